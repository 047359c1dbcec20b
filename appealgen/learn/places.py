"""Where the notice prints each corrected value, and what names that place (the
label before it, the heading over it, its position on a one-line service).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..patterns import compiled
from ..read import normalize as nz
from ..read.anchors import heading_above, is_total_text, just_below, label_text, words_of
from ..read.layout import Line
from ..read.layouts import FIELD_TYPES
from ..read.learned_before import caption_part, cell_over
from ..read.learned_codes import footnote_key, key_entry
from ..read.learned_forms import bracketed_spans, cents_spans, compact_spans
from ..read.learned_values import loose_spans
from .corrected import Instance
from .preference import preference

MAX_LABEL_WORDS = 4
CODE_SETS = frozenset({"cpt", "hcpcs", "hcpc"})  # names printed before a procedure code
_OWN_CODE = re.compile(r"^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,4}$")


def cell_x(cell: Any, start: int, end: int) -> tuple[float, float]:
    pos, x0, x1 = 0, None, None
    for w in cell.words:
        w_start, w_end = pos, pos + len(w.text)
        if w_end > start and w_start < end:
            x0 = w.x0 if x0 is None else x0
            x1 = w.x1
        pos = w_end + 1
    return (x0 if x0 is not None else cell.x0), (x1 if x1 is not None else cell.x1)


def value_spans(kind: str, value: Any, text: str) -> list[tuple[int, int]]:
    """Where ``value`` is printed in ``text`` (character spans)."""
    if kind == "date":  # as a date, else in a printout's digits only ("121925")
        found = [(s, e) for s, e, d in nz.find_dates(text) if d == value]
        return found or compact_spans(value, text)
    if kind == "money":  # "$0.00", or a printout's ".00"
        found = [(s, e) for s, e, v in nz.find_money(text) if v == value]
        return found or cents_spans(value, text) or bracketed_spans(value, text)
    if kind == "dx":
        value = value[0]
    needle = re.escape(str(value)).replace(r"\ ", r"\s+")
    exact = [m.span() for m in re.finditer(rf"(?<![\w]){needle}(?![\w])", text, re.I)]
    return exact or loose_spans(kind, value, text)


def heading_before(lines: list[Line], i: int, cell: Any, x0: float, x1: float) -> tuple:
    """A value under no heading word that ends a longer text ("Lactation class (HCPCS
    S9443)"): the heading over the nearest word before it in its cell that has one, and
    that word's left edge; (None, x0) when none has."""
    for w in reversed([w for w in cell.words if w.x1 <= x0]):
        heading = heading_above(lines, i, w.x0, x1)
        if heading:
            return heading, w.x0
    return None, x0


def _first_of_kind(kind: str, ln: Line, k: int, s: int) -> bool:
    """No value of ``kind`` is printed on the line before position ``s`` of cell ``k``."""
    texts = [c.text for c in ln.cells[:k]] + [ln.cells[k].text[:s]]
    if kind == "date":
        return not any(nz.find_dates(t) for t in texts)
    return not any(
        nz.is_cpt(w.strip(".,;:")) or nz.is_hcpcs(w.strip(".,;:")) for t in texts for w in t.split()
    )


def _label_words(ln: Line, k: int, s: int, values: tuple[str, ...] = ()) -> list[str]:
    """The words printed just before position ``s`` of cell ``k``, back to a digit or to
    another value ("Patient: Maya Hollis   Provider: ..." gives "provider")."""
    head = ln.cells[k].text[:s]
    # not across a number, an amount or a date, nor across the end of a sentence
    seg = re.split(r"(?<!\S)[^A-Za-z\s]*\d[^A-Za-z\s]*(?!\S)|[.;!?](?=\s+[A-Z])", head)[-1]
    low = seg.casefold()
    for v in values:
        at = low.rfind(v.casefold())
        if at >= 0:
            seg, low = seg[at + len(v) :], low[at + len(v) :]
    words = [w for w, _, _ in words_of(seg)]
    if words:
        return words[-MAX_LABEL_WORDS:]
    if not head.strip(" :#-–(=|.") and k > 0:
        prev = _without_values(ln.cells[k - 1].text, values)
        if not re.search(r"\d", prev) and 0 < len(prev.split()) <= MAX_LABEL_WORDS + 1:
            return label_text(prev).split()
    return []


def _before_values(text: str, values: tuple[str, ...]) -> str:
    """``text`` up to the first corrected value it prints."""
    low = text.casefold()
    cut = min((at for v in values if (at := low.find(v.casefold())) >= 0), default=len(text))
    return text[:cut]


def _without_values(text: str, values: tuple[str, ...]) -> str:
    """``text`` after the last corrected value it prints ("Ann Lee pt" gives "pt")."""
    low = text.casefold()
    for v in values:
        at = low.rfind(v.casefold())
        if at >= 0:
            text, low = text[at + len(v) :], low[at + len(v) :]
    return text


def _label_words_after(ln: Line, k: int, e: int, values: tuple[str, ...] = ()) -> list[str]:
    """The words printed just after a value ending at ``e`` of cell ``k``, up to a digit,
    another value or the end of a sentence ("EHY568905438  mbr no", "195.00 chg")."""
    tail = ln.cells[k].text[e:]
    dates = nz.find_dates(tail)
    tail = tail[: dates[0][0]] if dates else tail  # "Statement date September 3": no month
    # no word with a digit: "$43.20 PR-2" prints a code after the amount, not a label
    seg = re.split(r"(?<!\S)\S*\d\S*(?!\S)|[.;!?](?=\s+[A-Z])", tail)[0]
    low = seg.casefold()
    for v in values:
        at = low.find(v.casefold())
        if at >= 0:
            seg, low = seg[:at], low[:at]
    words = [w for w, _, _ in words_of(seg)]
    if words:
        return words[:MAX_LABEL_WORDS]
    if not tail.strip(" :#-–(=|.,") and k + 1 < len(ln.cells):
        nxt = ln.cells[k + 1].text
        if not re.search(r"\d", nxt) and 0 < len(nxt.split()) <= MAX_LABEL_WORDS:
            return label_text(nxt).split()
    return []


def _labels_above(lines: list[Line], i: int, cell: Any, values: tuple[str, ...] = ()) -> list[dict]:
    """The label printed right above a value's cell ("Card no." over "GUK909949901")."""
    j = cell_over(lines, i, cell)
    if j is None or re.search(r"\d", lines[j].text):
        return []  # a line of labels prints no value of its own
    out = []
    for c in lines[j].cells:
        if min(c.x1, cell.x1) - max(c.x0, cell.x0) <= 0 or re.search(r"\d", c.text):
            continue
        if _without_values(c.text, values) != c.text:
            continue  # a value over a value ("Harrowgate Benefit Co" over the member)
        words = label_text(c.text).split()
        if 0 < len(words) <= MAX_LABEL_WORDS:
            out.append({"label": " ".join(words), "value": "below"})
    return out


def anchors(
    lines: list[Line], i: int, k: int, s: int, e: int, kind: str, values: tuple[str, ...] = ()
) -> list[dict]:
    """The anchors that could name a value printed at ``lines[i].cells[k][s:e]``."""
    ln = lines[i]
    cell = ln.cells[k]
    out: list[dict] = []
    inside = _inside_value(cell.text, s, e, values)
    label_words = [] if inside else _label_words(ln, k, s, values)
    if not label_words and k == 0 and not cell.text[:s].strip() and i > 0:
        above = lines[i - 1]  # "NPI:" ending the line above, its value wrapped below
        close = above.page == ln.page and ln.top - above.top <= 2.0 * (ln.bottom - ln.top + 1)
        if close and above.cells and above.text.rstrip().endswith((":", "#")):
            tail = above.cells[-1]
            label_words = _label_words(above, len(above.cells) - 1, len(tail.text), values)
    first = ln.words[0].text if ln.words else ""
    lead = " ".join(label_text(ln.text).split()[:2]) if re.match(r"[A-Za-z]", first) else ""
    if kind == "procedure" and label_words and label_words[-1].casefold() in CODE_SETS:
        label_words = []  # "(HCPCS S9443)": the code set's name is printed with its code
    for n in range(len(label_words), 0, -1):
        anchor = {"label": " ".join(label_words[-n:])}
        if lead:  # the same label, only on lines that start like this one
            out.append({**anchor, "prefix": lead})
        rest = re.sub(r"^\s*\([^)]*\)", "", cell.text[e:])  # "Select (HMO)": no stop word
        rest = _before_values(rest, values)  # "Clinic: Latch & Thrive": "clinic" ends it
        if kind == "name" and rest.strip(" ,.;"):
            after = [w for w, _, _ in words_of(rest)][:2]
            if after:
                anchor["until"] = " ".join(after)
        out.append(anchor)
    if (part := caption_part(cell.text, s)) is not None and not inside:
        out.append({"label": part[0], "part": str(part[1])})
    after = [] if inside else _label_words_after(ln, k, e, values)
    out += [{"label": " ".join(after[:n]), "value": "before"} for n in range(1, len(after) + 1)]
    if not cell.text[:s].strip(" :#-–(=|."):
        out += _labels_above(lines, i, cell, values)
    x0, x1 = cell_x(cell, s, e)
    heading = heading_above(lines, i, x0, x1)
    if heading is None:
        heading = heading_before(lines, i, cell, x0, x1)[0]
    if heading:
        total = any(is_total_text(c.text) for c in ln.cells)
        out.append({"column": heading, "row": "total"} if total else {"column": heading})
    if kind in ("date", "procedure") and _first_of_kind(kind, ln, k, s):
        out.append({"item": "first"})
    return out


def _inside_value(text: str, s: int, e: int, values: tuple[str, ...]) -> bool:
    """The value at ``text[s:e]`` is printed inside a longer corrected value ("PPO" in
    "Highgate Choice Plus PPO"): the words around it are that value, not a label."""
    low = text.casefold()
    for v in values:
        n = len(v)
        if n <= e - s:
            continue
        at = low.find(v.casefold())
        while at >= 0:
            if at <= s and e <= at + n:
                return True
            at = low.find(v.casefold(), at + 1)
    return False


def locate(
    lines: list[Line],
    inst: Instance,
    values: tuple[str, ...] = (),
    first_line: dict[tuple, int] | None = None,
) -> list[dict]:
    """The anchors of every place ``inst`` is printed; ``first_line`` gets, for each, the
    first line it was found on."""
    kind = FIELD_TYPES[inst.path]
    found: list[dict] = []
    for i, ln in enumerate(lines):
        for k, cell in enumerate(ln.cells):
            for s, e in value_spans(kind, inst.value, cell.text):
                for a in anchors(lines, i, k, s, e, kind, values):
                    if first_line is not None:
                        key = tuple(sorted(a.items()))
                        first_line[key] = min(first_line.get(key, i), i)
                    if a not in found:
                        found.append(a)
        if kind == "name":
            found += [a for a in _wrapped(lines, i, inst.value, values) if a not in found]
    return found


def _wrapped(lines: list[Line], i: int, value: str, values: tuple[str, ...]) -> list[dict]:
    """Label anchors of a name that begins at the end of line ``i`` and ends on the next
    line ("Provider: Milkweed Family" / "Lactation   NPI: ..."): the words after it there
    end it ("until")."""
    if i + 1 >= len(lines) or not lines[i].cells or not just_below(lines[i], lines[i + 1]):
        return []
    ln, k = lines[i], len(lines[i].cells) - 1
    head = ln.cells[k].text
    joined = head + " " + lines[i + 1].cells[0].text
    out = []
    for s, e in value_spans("name", value, joined):
        if not s < len(head) < e:
            continue
        after = [w for w, _, _ in words_of(joined[e:])][:2]
        if not after:
            continue
        for a in anchors(lines, i, k, s, len(head), "name", values):
            if "label" in a:
                out.append({**a, "until": " ".join(after)})
    return out


def _code_forms(adj: tuple, rarc: tuple) -> list[str]:
    forms = [rf"(?<![\w-]){g}[\s-]?{c}(?![\w])" for g, c in adj]
    return forms + [rf"(?<![\w-]){r}(?![\w])" for r in rarc]


def _own_key_tokens(lines: list[Line], printed: set[str]) -> set[str]:
    """Codes a notice explains in its own key ("4N   This provider is not in your network")."""
    out = set()
    for ln in lines:
        first = ln.text.split()[0].strip(":.-") if ln.text.split() else ""
        if _OWN_CODE.match(first) and len(ln.text.split()) > 2 and first not in printed:
            out.add(first)
    return out


_MEANING = compiled(r"\s*[-–—:=]\s*[^\W\d_]{2,}")


def _defined(text: str, m: re.Match) -> bool:
    """The code ``m`` opens ``text`` and its meaning follows it ("PR-242 - Services not
    provided..."): a line of the notice's code key, no service's codes."""
    return not text[: m.start()].strip() and bool(_MEANING.match(text, m.end()))


def code_spots(lines: list[Line], instances: list[Instance]) -> tuple[list[dict], set[str]]:
    """Anchor candidates for the codes of each service, and the payer's own codes."""
    printed = {c for i in instances if i.path == "claims.lines.codes" for c in i.value[1]}
    own = _own_key_tokens(lines, printed)
    key = footnote_key(lines)
    votes: Counter[tuple] = Counter()
    for inst in (i for i in instances if i.path == "claims.lines.codes"):
        adj, rarc, _denied = inst.value
        forms = _code_forms(adj, rarc)
        refs = [n for n, text in key.items() if any(re.search(f, text) for f in forms)]
        forms += [rf"\({n}\)" for n in refs] + [rf"(?<![\w-]){t}(?![\w-])" for t in own]
        forms += [rf"(?<![\w$.-]){n}(?![\w-]|\.\d)" for n in refs]  # "A", "1,2"
        seen: set[tuple] = set()
        for i, ln in enumerate(lines):
            if ln.text.split() and ln.text.split()[0].strip(":.-") in own:
                continue  # the key itself
            for k, cell in enumerate(ln.cells):
                for form in forms:
                    for m in re.finditer(form, cell.text):
                        if key_entry(ln.text) is not None or _defined(cell.text, m):
                            continue
                        for a in anchors(lines, i, k, m.start(), m.end(), "codes"):
                            seen.add(tuple(sorted(a.items())))
        votes.update(seen)
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], preference("claims.lines.codes", kv[0])))
    return [dict(a) for a, _ in ranked], own
