"""Values printed before their label ("EHY568905438   mbr no", "195.00 chg") or under it.

Some notices print a value first and name it after ("W123 member no.", a column of
values with their labels to the right, a service line "8/19/26 svc dt 99403 proc").
A learned layout keeps such a field as ``{label: ..., value: before}``; the value is
read back from the end of the text before the label (in the same cell, else the cell
before it), no further back than the end of another of the layout's labels. A name
that begins its line may have begun on the line above, a sentence wrapped inside it.
"""

from __future__ import annotations

import re
from typing import Any

from .anchors import Spot, clean_name, find_label, just_below, read_value
from .fingerprint import norm_words
from .layout import Line
from .layouts import FIELD_TYPES

MAX_VALUE_WORDS = 4  # a date may be printed as three words ("Mar 4, 2026")
MIN_SENTENCE_WORDS = 6  # a line of fewer words is a heading or a label, not a sentence
MAX_WRAPPED_WORDS = 3  # words of a name a sentence may carry onto its next line
_TRAIL = " ,;:|-–"
_BRACKETS = "()[]"  # "Claim 3019892712 (Jacinta V. Ferreira) Status:": a name prints none


def text_before(cells: list[Any], k: int, start: int) -> tuple[str, int]:
    """The text a value printed before a label at ``cells[k].text[start]`` is in, and
    its cell: the same cell up to the label, else the whole cell before it."""
    text = cells[k].text[:start]
    if not text.strip(_TRAIL + ".#") and k > 0:
        return cells[k - 1].text, k - 1
    return text, k


def after_other_labels(text: str, labels: list[str]) -> int:
    """Where ``text`` starts to be free of the layout's other labels (0: none in it)."""
    at = 0
    for label in labels:
        for _s, e in find_label(text, label):
            at = max(at, e)
    return at


def read_value_before(kind: str, text: str) -> tuple[Any, int, int] | None:
    """The value of ``kind`` that ends ``text`` (punctuation aside): value, start, end."""
    end = len(text.rstrip(_TRAIL + " "))
    body = text[:end]
    if not body.strip():
        return None
    if kind in ("name", "codes"):
        return _words_before(kind, body)
    starts = [m.start() for m in re.finditer(r"\S+", body)][-MAX_VALUE_WORDS:]
    for s in reversed(starts):
        got = read_value(kind, body[s:])
        if got is not None and not body[s + got[1] :].strip(_TRAIL):
            return got[0], s, end
    return None


def _words_before(kind: str, body: str) -> tuple[Any, int, int] | None:
    """A name: the words without digits that end ``body``; codes: all of ``body``."""
    tokens = list(re.finditer(r"\S+", body))
    if kind == "name":
        run = []
        for m in reversed(tokens):
            if re.search(r"\d", m.group(0)):
                break
            run.append(m)
        tokens = run[::-1]
    if not tokens:
        return None
    s = tokens[0].start()
    value = body[s:].strip(_TRAIL + (_BRACKETS if kind == "name" else ""))
    return (value, s, len(body)) if value else None


def name_from_above(lines: list[Line], i: int) -> str:
    """The capitalised words that end the line above ``lines[i]`` when a sentence wraps
    there ("... from Priya Raman," over "IBCLC, NPI ..."): the start of a name that
    begins a line; "" when the line above is not right above or is no sentence (a word
    not capitalised before the name, ``MIN_SENTENCE_WORDS`` words or more)."""
    if i == 0 or not just_below(lines[i - 1], lines[i]):
        return ""
    tokens = lines[i - 1].text.split()
    run: list[str] = []
    for token in reversed(tokens):
        if len(run) >= MAX_WRAPPED_WORDS or not _name_word(token.strip(_TRAIL + ".()")):
            break
        run.append(token)
    rest = tokens[: len(tokens) - len(run)]
    if len(tokens) < MIN_SENTENCE_WORDS or not rest or rest[-1][:1].isupper():
        return ""
    return " ".join(reversed(run))


def name_from_below(lines: list[Line], i: int) -> str:
    """The capitalised words that begin the line under ``lines[i]`` when a sentence wraps
    inside a name ("... sent to us by Nest & Nourish" over "Feeding Center (NPI ..."):
    the end of a name that ends a line; "" when they start a sentence of their own (a
    lower-case word follows them) or the line is no sentence."""
    if i + 1 >= len(lines) or not just_below(lines[i], lines[i + 1]):
        return ""
    if len(lines[i].text.split()) < MIN_SENTENCE_WORDS:
        return ""
    tokens = lines[i + 1].cells[0].text.split()
    run: list[str] = []
    for token in tokens[:MAX_WRAPPED_WORDS]:
        if not _name_word(token.strip(_TRAIL + ".")):
            break
        run.append(token)
        if token[-1] in ",.;":
            break
    after = tokens[len(run)] if len(run) < len(tokens) else ""
    if not run or (after and not after.startswith("(") and run[-1][-1] not in ",.;"):
        return ""
    return " ".join(run).rstrip(",.;")


def _name_word(bare: str) -> bool:
    """A word a name may hold: capitalised ("Raman", "IBCLC") or "&", without digits."""
    return bool(bare) and (bare[0].isupper() or bare == "&") and not re.search(r"\d", bare)


def value_below(lines: list[Line], i: int, k: int, path: str, labels: list[str]) -> Any:
    """The value printed in the cell right under the label cell ``lines[i].cells[k]``
    (a stacked form: "Card no." over "GUK909949901"), as an ``Occ``; None if none is."""
    found = cell_under(lines, i, lines[i].cells[k])
    if found is None:
        return None
    j, n = found
    return _occ_at(lines, j, n, 0, lines[j].cells[n].text, path, labels)


def _occ_at(
    lines: list[Line], i: int, k: int, start: int, text: str, path: str, labels: list[str]
) -> Any:
    """The value of ``path``'s kind printed at the start of ``text`` (which begins at
    ``start`` of ``lines[i].cells[k]``), as an ``Occ``; None when none is (a name only
    once it is cleaned of the labels)."""
    from .learned_read import Occ  # the reading's value type; it imports this module

    kind = FIELD_TYPES[path]
    got = read_value(kind, text)
    if got is None:
        return None
    value = got[0]
    if kind == "name":
        value = clean_name(value, labels)
        if value is None:
            return None
    return Occ(path, value, Spot(i, k, start, start + got[1]), lines[i])


NEAR_LINES = 40  # lines of a page, before or after in reading order, a stacked pair may be


def _over(cell: Any, line: Line) -> tuple[float, int]:
    """How far the widest of ``line``'s cells spans ``cell``'s width, and its index."""
    spans = [(min(c.x1, cell.x1) - max(c.x0, cell.x0), n) for n, c in enumerate(line.cells)]
    return max(spans, default=(0.0, 0))


def cell_under(lines: list[Line], i: int, cell: Any) -> tuple[int, int] | None:
    """The line and cell printed right under ``cell`` of ``lines[i]`` (a stacked form:
    "Card no." over "GUK909949901"): on the next line, else on the nearest line below it
    within two line heights that prints over the same width, as a form beside a letter's
    paragraphs is read (their lines between the label and its value, or the form's
    column read after the letter's)."""
    if i + 1 < len(lines) and just_below(lines[i], lines[i + 1]):
        overlap, n = _over(cell, lines[i + 1])
        if overlap > 0:
            return i + 1, n
    return _nearest(lines, i, cell, below=True)


def cell_over(lines: list[Line], i: int, cell: Any) -> int | None:
    """The line printed right over ``cell`` of ``lines[i]``: the line before it, else the
    nearest line above it within two line heights that prints over the same width."""
    if i > 0 and just_below(lines[i - 1], lines[i]) and _over(cell, lines[i - 1])[0] > 0:
        return i - 1
    found = _nearest(lines, i, cell, below=False)
    return found[0] if found else None


def _nearest(lines: list[Line], i: int, cell: Any, below: bool) -> tuple[int, int] | None:
    here, best = lines[i], None
    for j in range(max(0, i - NEAR_LINES), min(len(lines), i + NEAR_LINES + 1)):
        other = lines[j]
        if j == i or other.page != here.page or not other.cells:
            continue
        upper, lower = (here, other) if below else (other, here)
        if lower.top <= upper.top or not just_below(upper, lower):
            continue
        overlap, n = _over(cell, other)
        if overlap > 0 and (best is None or abs(other.top - here.top) < best[0]):
            best = (abs(other.top - here.top), j, n)
    return (best[1], best[2]) if best else None


# parts of a claim's caption line: "Claim 6235634 - Ezra Fairweather - Greta Hollis, RN"
_PART_SEP = re.compile(r"\s[-–|]\s")
_CAPTION_LEAD = re.compile(r"^\s*([^\W\d_][^\d:#]*?)[\s:#.]*\S*\d\S*\s*$")
MAX_CAPTION_LABEL = 3  # words of the label a caption begins with ("Claim", "Claim no.")


def caption_part(text: str, s: int) -> tuple[str, int] | None:
    """A value at ``text[s]`` that begins a part of a caption line, parted by dashes
    after a label and its number ("Claim 6235634 - Ezra Fairweather - Greta Hollis"):
    the label's words and the part's place (1 the part after the number)."""
    head = text[:s]
    seps = list(_PART_SEP.finditer(head))
    if not seps or head[seps[-1].end() :].strip():
        return None
    m = _CAPTION_LEAD.match(head[: seps[0].start()])
    if not m:
        return None
    words = norm_words(m.group(1)).split()
    if not 0 < len(words) <= MAX_CAPTION_LABEL:
        return None
    return " ".join(words), len(seps)


def part_after(text: str, n: int) -> tuple[int, int] | None:
    """Where part ``n`` of a caption's text after its label is printed (part 0 its
    number): from the ``n``-th dash to the next, or to the end."""
    seps = list(_PART_SEP.finditer(text))
    if n < 1 or len(seps) < n:
        return None
    start = seps[n - 1].end()
    end = seps[n].start() if len(seps) > n else len(text)
    return start, end


def value_in_part(
    lines: list[Line], i: int, k: int, end: int, path: str, n: int, labels: list[str]
) -> Any:
    """The value printed in part ``n`` of a caption after its label (ending at ``end`` of
    ``lines[i].cells[k]``), as an ``Occ``; None when the caption has no such part."""
    text = lines[i].cells[k].text
    at = part_after(text[end:], n)
    if at is None:
        return None
    start, stop = end + at[0], end + at[1]
    return _occ_at(lines, i, k, start, text[start:stop], path, labels)
