"""Cross-checks that take sureness away from a value the readers agreed on.

Each check is a sign of trouble a reader cannot see from inside its own label or row:
a name that runs into the next label on its line ("Ann Lee Servicing practitioner:"),
a value cut where the line wraps ("Jane Doe," and the rest on the next line), a claim
whose printed procedure codes are not all among the service lines read (a line was
missed, so its dates and codes listed in a letter would be incomplete), and a name that
other printings of the same person contradict.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ..knowledge import lactation_codes
from ..patterns import compiled
from . import locate as lc
from .codes import KNOWN_MODIFIERS
from .fields import labels
from .label_words import place_by_words
from .places import US_STATES
from .sure_agree import printed_whole_elsewhere

# words of a label that may follow a value on its line: up to three, then ':' or '#'
_NEXT_LABEL = compiled(r"\s*([A-Za-z][\w'./()&-]*(?:\s+[A-Za-z][\w'./()&-]*){0,2})\s*[:#]")
# a greeting: a name and the comma or colon that closes it ("Dear Ann Lee,")
_GREETED = compiled(r"\s*(?:dear|hello|hi|greetings)\s+[^,:;]{2,60}[,:]\s*", re.I)
# a line cut inside a value: it ends on a comma, a hyphen, an ampersand or "and"
_WRAPS = compiled(r"(?:[,&/-]|\band)\s*$", re.I)
# a procedure code as a token of its own, with or without a modifier
_CODE_TOKEN = compiled(r"(?<![\w.$/-])([A-Z]?\d{4}[0-9A-Z]?)(?![\w.]|/\d)")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip(" :#.")


@functools.cache
def _label_texts() -> frozenset[str]:
    lab = labels()
    return frozenset(s for group in (lab.fields, lab.columns) for v in group.values() for s in v)


@functools.cache
def _label_first_words() -> frozenset[str]:
    return frozenset(s.split()[0] for s in _label_texts() if len(s.split()) > 1)


def is_label(text: str) -> bool:
    """Is ``text`` one of the field labels or column headings the readers know?"""
    return _norm(text) in _label_texts()


def runs_into_label(line_text: str, value: str) -> bool:
    """Does the label printed after ``value`` on its line start inside the value?

    "Ann Lee Servicing practitioner: Kim Tran": the value "Ann Lee Servicing" swallowed
    the first word of a label. True when the value's last words and the words before the
    next ':' make a known label, or when the value ends on a word that begins known labels
    and a one-word label follows it."""
    at = line_text.casefold().find(value.casefold())
    if at < 0:
        return False
    m = _NEXT_LABEL.match(line_text[at + len(value) :])
    if not m:
        return False
    follow = m.group(1)
    words = value.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        joined = _norm(" ".join([*words[-k:], follow]))
        # "… National provider ID:" begins "national provider identifier"
        if any(lab == joined or lab.startswith(joined) for lab in _label_texts()):
            return True
        if k <= 2 and is_label(" ".join(words[-k:])):
            return True  # "… Lactation National provider" + "ID:": a label inside the value
    # "… Servicing practitioner:": a label unknown as a whole, whose first word begins
    # known labels ("servicing provider") and ends the value
    last = _norm(words[-1]) if len(words) > 1 else ""
    return len(follow.split()) == 1 and last in _label_first_words() and not is_label(last)


def _label_like(text: str) -> bool:
    """A known label, the start of one ("national provider id"), or led by one ("npi no.")."""
    n = _norm(text)
    if not n:
        return False
    known = _label_texts()
    return n in known or n.split()[0] in known or any(lab.startswith(n) for lab in known)


# a label inside a value: up to three words, then ':' ("Grupo / Group: 42332-500")
_LABEL_INSIDE = compiled(r"([A-Za-z][\w'./()&-]*(?:\s+[A-Za-z][\w'./()&-]*){0,2})\s*:")


def label_inside(value: str) -> str | None:
    """A known field label printed inside ``value`` and followed by ':' (a value read
    together with the next label and its value), or None."""
    for m in _LABEL_INSIDE.finditer(value):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # the longest label first
            if is_label(" ".join(words[-k:])):
                return " ".join(words[-k:])
    return None


def _ends_line(line_text: str, value: str) -> bool:
    at = line_text.casefold().rfind(value.casefold())
    return at >= 0 and not line_text[at + len(value) :].strip(" ,&/-")


def wrapped(line_text: str, value: str, next_line: str | None) -> bool:
    """Is ``value`` printed at the end of its line, cut where the line wraps?

    "Provider: Jane Doe," with "IBCLC …" on the next line, or "Provider: First Latch"
    with "Lactation Services NPI: …" below: a value ending its line on a comma or a
    joining word, or followed below by words and then a label, continues there."""
    if next_line is None or not next_line.strip() or not _ends_line(line_text, value):
        return False
    if _GREETED.fullmatch(line_text):
        return False  # "Dear Ann Lee,": the comma ends the greeting, not a cut name
    if _WRAPS.search(line_text):
        return True
    m = re.match(r"\s*([^:#]{1,80})[:#]", next_line)
    if not m or _whole_label(m.group(1)):
        return False  # "Care Provided By:": the next line opens on a label of its own
    words = m.group(1).split()
    for i in range(1, min(3, len(words) - 1) + 1):
        if not is_label(" ".join(words[:i])) and _label_like(" ".join(words[i:])):
            return True
    return False


def _whole_label(text: str) -> bool:
    """Do all of ``text``'s words make one label, placed by its words ("Care Provided By")?"""
    placed = place_by_words(text)
    return placed.field is not None and placed.score >= 1.0


# a two-character token after a procedure code: a modifier when it is a known one
_AFTER_CODE = compiled(r"[\s:-]{1,3}([A-Z0-9]{2})(?=\s|$|[,;])")


def unread_modifier(line_text: str, code: str, read: list[str], units: int | None) -> str | None:
    """A known modifier printed right after ``code`` on its row and not read with it
    ("99402 33" read as 99402 alone): the code billed is then not the whole code."""
    text = line_text.upper()
    for m in re.finditer(rf"(?<![\w-]){re.escape(code.upper())}(?![\w])", text):
        at = m.end()
        for _ in range(3):
            nxt = _AFTER_CODE.match(text, at)
            if nxt is None:
                break
            mod = nxt.group(1)
            if mod in KNOWN_MODIFIERS and mod not in read and mod != str(units):
                return mod
            at = nxt.end()
    return None


# a state and its ZIP code ("Spokane, WA 99201"): five digits that are no procedure code
_STATE_BEFORE = compiled(r"\b([A-Z]{2}),?\s+$")


def _after_state(text: str, at: int) -> bool:
    m = _STATE_BEFORE.search(text[:at])
    return m is not None and m.group(1) in US_STATES


def printed_codes(lines: list[Any], span: list[int]) -> set[str]:
    """The lactation procedure codes (data/codes/lactation_codes.csv) printed in ``span``,
    a ZIP code after its state aside."""
    known = lactation_codes()
    found: set[str] = set()
    for k in span:
        if 0 <= k < len(lines):
            text = lines[k].text.upper()
            found.update(
                m.group(1)
                for m in _CODE_TOKEN.finditer(text)
                if m.group(1) in known and not _after_state(text, m.start(1))
            )
    return found


def missing_line_codes(lines: list[Any], span: list[int], read: list[str | None]) -> set[str]:
    """Procedure codes printed among a claim's lines that no service line read carries:
    a sign a service line was missed."""
    return printed_codes(lines, span) - {c.upper() for c in read if c}


def name_trouble(
    lines: list[Any], line: int | None, value: str, *, elsewhere: bool = True
) -> str | None:
    """Why a name read on line ``line`` may be cut wrong, or None. A name that seems to
    wrap is whole when another line prints it ending its cell (sure_agree.py; looked
    for when ``elsewhere``)."""
    if line is None or not 0 <= line < len(lines):
        return None
    text = lines[line].text
    below = _under(lines, line, value)
    # a value ending its line may run into a label that continues on the next one
    joined = f"{text} {below}" if below and _ends_line(text, value) else text
    if runs_into_label(joined, value):
        return "it runs into the next label on its line"
    if wrapped(text, value, below) and not (
        elsewhere and printed_whole_elsewhere(lines, line, value)
    ):
        return "its line wraps; the rest of it may be on the next line"
    return None


def _under(lines: list[Any], line: int, value: str) -> str | None:
    """The next line's words a wrapped ``value`` would go on in: those of its cells under
    the last cell of line ``line`` that prints it (a name in a panel beside the address
    wraps in the panel, not in the street beside it), or the whole next line."""
    if line + 1 >= len(lines):
        return None
    here, nxt = lines[line], lines[line + 1]
    cells = [c for c in getattr(here, "cells", []) if value.casefold() in c.text.casefold()]
    if not cells or len(getattr(nxt, "cells", [])) < 2:
        return nxt.text
    at = cells[-1]
    return " ".join(c.text for c in nxt.cells if c.x1 > at.x0 and c.x0 < at.x1)


# fields that name one kind of printed thing: one printing cannot be two of them
_KINDS = {
    "notice_date": "date",
    "date_of_service": "date",
    "member.id": "id",
    "claim_number": "id",
    "plan.group_number": "id",
    "provider.npi": "id",
}


def _field_name(path: str) -> str:
    parts = [p for p in path.split(".") if not p.isdigit()]
    tail = ".".join(parts[-2:])
    return tail if tail in _KINDS else parts[-1]


def one_printing_two_fields(evidence: dict[str, Any]) -> dict[str, str]:
    """Paths whose value was read from the same printed words as a different field of the
    same kind (a date read as both the notice's date and the visit's): path -> why. When
    one of them was read under its own table column heading, that one stands."""
    by_spot: dict[tuple[Any, ...], list[str]] = {}
    for path, ev in evidence.items():
        name = _field_name(path)
        if name in _KINDS and ev.bbox is not None and ev.page is not None:
            by_spot.setdefault((_KINDS[name], ev.page, *ev.bbox), []).append(path)
    out: dict[str, str] = {}
    for paths in by_spot.values():
        names = sorted({_field_name(p) for p in paths})
        if len(names) < 2:
            continue
        # a value under its own column heading keeps it; the other reading yields
        in_column = {_field_name(p) for p in paths if evidence[p].reader == "table"}
        keep = in_column if len(in_column) == 1 else set()
        for p in paths:
            if _field_name(p) not in keep:
                out[p] = f"the same printed words were read as {' and '.join(names)}"
    return out


def printed_beside_label(lines: list[Any], rows: list[int], field: str) -> set[Decimal]:
    """The amounts printed right after a label of the amount ``field`` on ``rows``
    ("ALLOWED 0.00"), a label led by "not"/"non" ("Not allowed") aside."""
    found: set[Decimal] = set()
    for syn in labels().columns.get(field, ()):
        if len(syn) < 4 or syn == "amount":
            continue
        rx = compiled(
            rf"(?<![\w'-]){re.escape(syn)}\s*[:#]?\s*\$?(-?\d[\d,]*\.\d{{2}})(?![\d.])", re.I
        )
        for k in rows:
            if not 0 <= k < len(lines):
                continue
            text = lines[k].text
            for m in rx.finditer(text):
                if re.search(r"(?:\bnot|\bnon)[\s-]*$", text[: m.start()], re.I):
                    continue
                found.add(Decimal(m.group(1).replace(",", "")))
    return found


def _one_more(longer: str, shorter: str) -> bool:
    """Is ``longer`` ``shorter`` with one character more, anywhere in it?"""
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
    )


def twin_numbers(numbers: list[str | None]) -> dict[int, str]:
    """Claims whose numbers are one printing read twice: one is the other with a character
    more ("AB1234567" and "ABS1234567": an OCR slip), or the same once spaces are dropped
    ("AB12 34567"). Two claims numbered alike are one claim read twice, or a claim's
    totals row (which repeats its number) taken for a claim of its own; numbers of claims
    in a run ("AB1234567", "AB1234568") differ by a character changed, not added.
    Position -> the other number."""
    out: dict[int, str] = {}
    compact = [re.sub(r"\s+", "", n or "").upper() for n in numbers]
    for i, a in enumerate(compact):
        for j, b in enumerate(compact):
            if i == j or len(a) < 6 or len(b) < 6:
                continue
            if (a == b and numbers[i] != numbers[j]) or _one_more(a, b) or _one_more(b, a):
                out[i] = numbers[j] or ""
    return out


# a line that sums up a claim: "Claim AB123 subtotal", "Total for AB123"
_TOTAL_WORD = compiled(r"\b(?:sub)?totals?\b", re.I)


def on_totals_row(lines: list[Any], line: int | None, value: str | None = None) -> bool:
    """Is line ``line`` a claim's totals row ("Claim AB123 subtotal | 410.00")? With
    ``value``, the totals word must share its cell ("Claim number: AB123 | Claim totals"
    heads a claim beside its totals box). A claim number read there closes the claim
    above; the rows after it are the next claim's."""
    if line is None or not 0 <= line < len(lines):
        return False
    cells = getattr(lines[line], "cells", None) or [lines[line]]
    return any(_TOTAL_WORD.search(c.text) and (value is None or value in c.text) for c in cells)


def cut_word(name: str) -> str | None:
    """A word of ``name`` cut in pieces: a lone lower-case letter after a word
    ("Lindqvis t", "Okonkwo-Bair d"), which no name prints; the letters of one word set
    apart on the page, read as two words. None when every word is whole."""
    words = name.split()
    for before, word in zip(words, words[1:], strict=False):
        if len(word) == 1 and word.isalpha() and word.islower() and before[-1:].isalpha():
            return f"{before} {word}"
    return None


def wrapped_printing(lines: list[Any], search: Iterable[int], value: str) -> Any:
    """The start of the name ``value`` printed across a line break, as a letter's
    sentences wrap ("… through the Maplewood" / "Bronze PPO plan."): the words of it on
    the first line, or None."""
    return across_break(lines, search, lc.text_finder(value))


def across_break(lines: list[Any], search: Iterable[int], finder: Any) -> Any:
    """The first printing that ``finder`` matches across the break after one of the lines
    ``search`` (a line and the next one, read as one): the words of it on the first line,
    or None."""
    for k in dict.fromkeys(search):
        if not 0 <= k < len(lines) - 1:
            continue
        text = lines[k].text
        for start, end in finder(f"{text} {lines[k + 1].text}"):
            if start < len(text) < end:
                return lc.spot(lines, k, start, len(text))
    return None


@functools.cache
def _service_words() -> frozenset[str]:
    """The words of the lactation codes' descriptions (codes/lactation_codes.csv) of three
    letters or more: "preventive", "medicine", "counseling", "lactation", "classes" ..."""
    return frozenset(
        w
        for info in lactation_codes().values()
        for w in re.findall(r"[a-z]{3,}", info.description.lower())
    )


def names_a_service(name: str) -> bool:
    """Is ``name`` made only of words that describe lactation services ("Preventive
    Medicine Counseling", "Lactation Classes")? A sentence's "claim 123 for Preventive
    Counseling" names a service there, not the patient."""
    words = re.findall(r"[a-z]+", name.lower())
    return len(words) >= 2 and all(w in _service_words() for w in words)
