"""Where a learned layout's values sit: after a printed label, under a column heading.

Pure functions over the lines of a notice (``layout.Line``). A *label* is a run
of words compared in ``label_text`` form (digits kept); the value read after it
is typed (a date, an amount, an id, a name...) and checked by the normalisers
in ``normalize.py``, so a learned layout never returns a value the reader
would not accept from any other reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..knowledge import reader_words
from ..patterns import compiled
from . import normalize as nz
from .fingerprint import norm_words
from .layout import Line
from .learned_forms import cents_at_start, credit_at_start

HEADING_GAP = 1.8  # a heading's second line starts within this many line heights of its first
COLUMN_PAD = 6.0  # points a value may stick out of its heading and still sit under it
NEAREST_COLUMN = 40.0  # points: a word under no heading joins the nearest one this close
MAX_NAME_WORDS = 8

_WORD = compiled(r"[^\W_]+(?:['’][^\W_]+)?")  # label words keep digits: "ICD-10", "Box 24"
_SEP = compiled(r"^[\s:#.\-–—=(|]*")
_CODES_SEP = compiled(r"^[\s:#|]*")
_ID = compiled(r"[A-Z0-9][A-Z0-9-]{2,}[A-Z0-9]", re.I)
_INT = compiled(r"\d{1,3}(?![\d.,/])")
_HAS_DIGIT = compiled(r"\d")
_INITIAL_END = compiled(r"(?:^|[\s,])[^\W\d_]\.$")
ROW_CELLS = 3  # cells of a table row that prints one amount or date
_TRAILING_PAREN = compiled(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class Spot:
    """Where a value was printed: line index, cell index, character span in the cell."""

    line: int
    cell: int
    start: int
    end: int


def words_of(text: str) -> list[tuple[str, int, int]]:
    """Normalised words of ``text`` with their character spans."""
    return [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def label_text(text: str) -> str:
    """A label in the form ``find_label`` compares: lower-case words, digits kept."""
    return " ".join(w for w, _, _ in words_of(text))


def find_label(text: str, label: str) -> list[tuple[int, int]]:
    """Character spans of ``label`` (normalised words) in ``text``, word-aligned."""
    want = label.split()
    if not want:
        return []
    words = words_of(text)
    out = []
    for i in range(len(words) - len(want) + 1):
        if all(words[i + k][0] == w for k, w in enumerate(want)):
            out.append((words[i][1], words[i + len(want) - 1][2]))
    return out


def read_value(kind: str, text: str, until: str | None = None) -> tuple[Any, int] | None:
    """The value of ``kind`` printed at the start of ``text``, and where it ends."""
    if kind == "money" and (cents := cents_at_start(text) or credit_at_start(text)):
        return cents  # ".00": a printout's amount under a dollar; "($415.00)" a credit
    skip = (_CODES_SEP if kind == "codes" else _SEP).match(text).end()  # "(1)" is a code mark
    rest = text[skip:]
    if not rest.strip():
        return None
    got = _READERS[kind](rest, until)
    if got is None:
        return None
    value, end = got
    return value, skip + end


def _date(rest: str, _: str | None) -> tuple[date, int] | None:
    for start, end, d in nz.find_dates(rest[:40]):
        if start <= 1:
            return d, end
    return None


def _money(rest: str, _: str | None) -> tuple[Decimal, int] | None:
    for start, end, v in nz.find_money(rest[:30]):
        if start <= 1:
            return v, end
    return None


def _id(rest: str, _: str | None) -> tuple[str, int] | None:
    m = _ID.match(rest)
    if not m or not _HAS_DIGIT.search(m.group(0)):
        return None
    return m.group(0).upper(), m.end()


def _npi(rest: str, _: str | None) -> tuple[str, int] | None:
    m = nz.NPI_DIGITS.match(rest)
    if not m or not nz.is_valid_npi(m.group(0)):
        return None
    return m.group(0), m.end()


def _int(rest: str, _: str | None) -> tuple[int, int] | None:
    m = _INT.match(rest)
    if not m or not 0 < int(m.group(0)) < 1000:
        return None
    return int(m.group(0)), m.end()


def _procedure(rest: str, _: str | None) -> tuple[str, int] | None:
    token = rest.split()[0].strip(".,;:()")
    code, _mods = nz.split_procedure(token)
    if not code or not (nz.is_cpt(code) or nz.is_hcpcs(code)):
        return None
    return code.upper(), rest.index(rest.split()[0]) + len(rest.split()[0])


def _dx(rest: str, _: str | None) -> tuple[list[str], int] | None:
    codes: list[str] = []
    end = 0
    for m in re.finditer(r"[^\s,;/]+", rest):
        if codes and not re.search(r"[,;/]", rest[end : m.start()]):
            break  # a list of diagnoses is separated by commas; "O92.3 S9443" is not one
        dx = nz.normalize_icd10(m.group(0).strip(".,;"))
        if dx is None or not re.match(r"[A-Z]\d", dx):
            break
        if dx not in codes:
            codes.append(dx)
        end = m.end()
    return (codes, end) if codes else None


def _name(rest: str, until: str | None) -> tuple[str, int] | None:
    end = len(rest)
    if until:
        spans = find_label(rest, until)
        if not spans:
            return None
        end = spans[0][0]
    kept = _TRAILING_PAREN.sub("", rest[:end]).rstrip(" ,;:-|(")
    value = kept.strip(" ,;:.-|(")
    if _INITIAL_END.search(kept):
        value += "."  # "ACHTERBERG, ANNELIESE N.": a middle initial keeps its point
    if not value or _HAS_DIGIT.search(value) or len(value.split()) > MAX_NAME_WORDS:
        return None
    return value, end


def _plan_type(rest: str, _: str | None) -> tuple[str, int] | None:
    token = rest.split()[0].strip(".,;()")
    if token.upper() not in {t.upper() for t in reader_words().plan_types}:
        return None
    return token.upper(), rest.index(rest.split()[0]) + len(rest.split()[0])


MAX_MARK = 2  # letters of a note's mark a key explains ("A", "B C", "AB")


def _codes(rest: str, _: str | None) -> tuple[str, int] | None:
    if not _HAS_DIGIT.search(rest) and any(len(w) > MAX_MARK for w in rest.split()):
        return None  # codes have a digit, a key's marks are letters: "Reason codes" is neither
    return rest.strip(), len(rest)


_READERS = {
    "date": _date,
    "money": _money,
    "id": _id,
    "npi": _npi,
    "int": _int,
    "procedure": _procedure,
    "dx": _dx,
    "name": _name,
    "codes": _codes,
    "plan_type": _plan_type,
}


def clean_name(value: str, stop_labels: list[str]) -> str | None:
    """A name cut where another of the layout's labels starts ("Jane Doe NPI: ...")."""
    cut = len(value)
    for label in stop_labels:
        for start, _ in find_label(value, label):
            if start > 0:
                cut = min(cut, start)
    kept = value[:cut].rstrip(" ,;:-|")
    value = kept.strip(" ,;:.-|")
    if _INITIAL_END.search(kept):
        value += "."  # a middle initial keeps its point
    return value or None


def just_below(ln: Line, nxt: Line) -> bool:
    """``nxt`` is the line right under ``ln`` on its page (a value may wrap onto it)."""
    return (
        nxt.page == ln.page
        and bool(nxt.cells)
        and nxt.top - ln.top <= 2.0 * (ln.bottom - ln.top + 1)
    )


def line_starts_with(line: Line, prefix: str) -> bool:
    return (label_text(line.text) + " ").startswith(prefix + " ")


# --------------------------------------------------------------------------
# Tables: headings and the columns under them


@dataclass
class Column:
    text: str  # normalised heading words
    x0: float
    x1: float


@dataclass(frozen=True)
class _HWord:
    text: str  # one normalised word ("CPT/HCPCS" gives two)
    x0: float
    x1: float


def _hwords(line: Line) -> list[_HWord]:
    return [_HWord(t, w.x0, w.x1) for w in line.words for t in norm_words(w.text).split()]


def is_heading_line(line: Line) -> bool:
    """Two words or more, no digits and no "Label: value": a table's heading."""
    text = line.text
    return len(line.words) >= 2 and not _HAS_DIGIT.search(text) and ": " not in text + " "


def _wraps(lines: list[Line], a: int) -> bool:
    """Line ``a + 1`` is the second line of a heading printed on two (titles wrapped)."""
    if a + 1 >= len(lines):
        return False
    first, second = lines[a], lines[a + 1]
    height = max(first.bottom - first.top, 1.0)
    if (
        second.page != first.page
        or _HAS_DIGIT.search(second.text)
        or not is_heading_line(first)
        or second.top - first.top > HEADING_GAP * height
        or len(second.words) > len(first.words)
    ):
        return False
    return all(
        any(min(u.x1, w.x1) - max(u.x0, w.x0) > -2 for u in first.words) for w in second.words
    )


def _is_row(line: Line) -> bool:
    """Two amounts or dates, or one in a line of three cells or more (a service row of
    a notice that prints no amounts: "04-20-2026   HCPCS S9443   1   O92.5   Denied")."""
    text = line.text
    values = len(nz.find_money(text)) + len(nz.find_dates(text))
    return values >= 2 or (values == 1 and len(line.cells) >= ROW_CELLS)


def heading_lines(lines: list[Line], i: int) -> list[int] | None:
    """The line(s) of the heading over table row ``i`` (two when its titles wrap); None
    when line ``i`` is no table row under a heading."""
    if not _is_row(lines[i]):
        return None  # a table row prints two values or more; "Paid: $0.00" is a label's
    j = i - 1
    while j >= 0 and lines[j].page == lines[i].page and _HAS_DIGIT.search(lines[j].text):
        j -= 1  # the rows above this one
    if j < 0 or lines[j].page != lines[i].page or not _HAS_DIGIT.search(lines[i].text):
        return None
    heading = [j - 1, j] if j > 0 and _wraps(lines, j - 1) else [j]
    if not is_heading_line(lines[heading[0]]):
        return None  # a sentence or a title: not inside a table
    return heading


def heading_above(lines: list[Line], i: int, x0: float, x1: float) -> str | None:
    """The heading over a value at ``x0..x1`` on table row ``i``, in normalised words."""
    heading = heading_lines(lines, i)
    if heading is None:
        return None
    j = heading[-1]
    # the column's extent: the words of its rows that overlap the value (not those of a
    # line between rows, "NAME HAVERFORD, MIREILLE   HIC Z702430505", nor of a totals
    # row, "CLAIM TOTALS  485.00": they span columns or are printed off them)
    lo, hi = x0, x1
    k = j + 1
    while k < len(lines) and lines[k].page == lines[i].page:
        if k > i and not _is_row(lines[k]):
            break
        spans = _is_row(lines[k]) and not is_total_text(lines[k].text)
        for w in lines[k].words if spans or k == i else ():
            if min(w.x1, x1) - max(w.x0, x0) > 0:
                lo, hi = min(lo, w.x0), max(hi, w.x1)
        k += 1
    words = [
        w.text for h in heading for w in _hwords(lines[h]) if min(w.x1, hi) - max(w.x0, lo) > 0
    ]
    return " ".join(words) or None


def _match_phrase(
    first: list[_HWord],
    second: list[_HWord],
    phrase: list[str],
    taken: tuple[set[int], set[int]] = (set(), set()),
) -> tuple[Column, set[int], set[int]] | None:
    """``phrase`` printed on the heading's first line, or begun there and ended below it,
    in words no longer phrase ``taken`` (first line's, second line's): "Service" is the
    column beside "Date of service"."""
    for start in range(len(first)):
        k = 0
        while k < len(phrase) and start + k < len(first) and first[start + k].text == phrase[k]:
            k += 1
        used1 = set(range(start, start + k))
        if k == 0 or used1 & taken[0]:
            continue
        x0, x1 = first[start].x0, first[start + k - 1].x1
        if k == len(phrase):
            return Column(" ".join(phrase), x0, x1), used1, set()
        rest = phrase[k:]
        for s2 in range(len(second) - len(rest) + 1):
            run = second[s2 : s2 + len(rest)]
            if set(range(s2, s2 + len(rest))) & taken[1]:
                continue
            if [w.text for w in run] == rest and min(run[-1].x1, x1) - max(run[0].x0, x0) > -2:
                col = Column(" ".join(phrase), min(x0, run[0].x0), max(x1, run[-1].x1))
                return col, used1, set(range(s2, s2 + len(rest)))
    return None


def table_columns(
    lines: list[Line], i: int, phrases: set[str]
) -> tuple[list[Column], set[str], int]:
    """The columns of a heading at line ``i``: the learned ``phrases`` found there (and
    every other heading word as a column of its own), which phrases matched, its last line."""
    last = i + 1 if _wraps(lines, i) else i
    first = _hwords(lines[i])
    second = _hwords(lines[last]) if last != i else []
    cols: list[Column] = []
    found: set[str] = set()
    used1: set[int] = set()
    used2: set[int] = set()
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        got = _match_phrase(first, second, phrase.split(), (used1, used2))
        if got is not None:
            cols.append(got[0])
            found.add(phrase)
            used1 |= got[1]
            used2 |= got[2]
    cols += [Column(w.text, w.x0, w.x1) for n, w in enumerate(first) if n not in used1]
    cols += [Column(w.text, w.x0, w.x1) for n, w in enumerate(second) if n not in used2]
    return sorted(cols, key=lambda c: c.x0), found, last


def column_of(cols: list[Column], x0: float, x1: float) -> Column | None:
    """The column a word at ``x0..x1`` sits under (overlap first, then the nearest)."""
    best, best_overlap = None, 0.0
    for c in cols:
        ov = min(c.x1 + COLUMN_PAD, x1) - max(c.x0 - COLUMN_PAD, x0)
        if ov > best_overlap:
            best, best_overlap = c, ov
    if best is not None:
        return best
    mid = (x0 + x1) / 2
    near = min(cols, key=lambda c: abs((c.x0 + c.x1) / 2 - mid), default=None)
    if near is not None and abs((near.x0 + near.x1) / 2 - mid) <= NEAREST_COLUMN:
        return near
    return None


_TOTAL_WORDS = frozenset({"total", "totals", "subtotal", "subtotals"})


def is_total_text(text: str) -> bool:
    """``text`` names a totals row ("Claim total", "Claim 123 subtotal")."""
    return not _TOTAL_WORDS.isdisjoint(norm_words(text).split())
