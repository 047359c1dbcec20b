"""Claims opened by one printed line of LABEL value pairs, no colons, no amounts.

A provider paper remittance in the Standard Paper Remittance style prints each claim
as a key/value *line* above its services: ``NAME DOE, JANE  MID 1EG4TE5MK72  ACNT
LC40213  ICN 0226123456789  ASG Y``. The labels and what their values are come from
rules/claim_lines.yaml. Such a line names the claim (its number, its patient); it is
neither a row of the table its services sit in nor the end of that table, and its
account number (``ACNT``) is the provider's, never a claim or a group number.
"""

from __future__ import annotations

import re

from ..knowledge.checks import word_alternation, word_list
from ..knowledge.files import data_loader, fail, load_mapping
from ..patterns import compiled
from ..records import record
from .fields import Found
from .layout import Line
from .learned_values import last_first
from .normalize import is_amount
from .row_words import is_carried, is_rule
from .table import Row

CLAIM_LINES_FILE = "rules/claim_lines.yaml"
KINDS = ("patient_name", "member_id", "account", "claim_number", "assignment", "remark_codes")
NAMING = frozenset({"patient_name", "claim_number"})  # a claim line names one of these


@record(frozen=True)
class ClaimLineWords:
    """rules/claim_lines.yaml: each printed label's kind, and the lines under a totals row."""

    labels: dict[tuple[str, ...], str]  # a label's words (lower case) -> its kind
    longest: int  # words of the longest label
    after_totals: re.Pattern[str]


@data_loader
def claim_line_words() -> ClaimLineWords:
    """The labels and patterns of rules/claim_lines.yaml, validated."""
    doc = load_mapping(CLAIM_LINES_FILE, ("labels", "after_totals"))
    line = doc.get("__line__")
    section = doc["labels"]
    if not isinstance(section, dict):
        raise fail(CLAIM_LINES_FILE, line, "labels: expected a mapping of kind -> labels")
    labels: dict[tuple[str, ...], str] = {}
    for kind in list(section):
        if kind == "__line__":
            continue
        if kind not in KINDS:
            raise fail(CLAIM_LINES_FILE, section.get("__line__"),
                       f"labels: {kind!r} is not one of {', '.join(KINDS)}")  # fmt: skip
        for label in word_list(CLAIM_LINES_FILE, section, kind):
            key = _words(label)
            if key in labels and labels[key] != kind:
                raise fail(CLAIM_LINES_FILE, section.get("__line__"),
                           f"labels: {label!r} is listed for {labels[key]} and {kind}")  # fmt: skip
            labels[key] = kind
    after = word_alternation(CLAIM_LINES_FILE, doc, "after_totals")
    return ClaimLineWords(labels, max(len(k) for k in labels), after)


def is_account_label(label: str) -> bool:
    """``label`` names the provider's own patient account ("ACCT", "Patient acct #")."""
    return claim_line_words().labels.get(_words(label.rstrip(":. "))) == "account"


def _words(text: str) -> tuple[str, ...]:
    """A label's or a line's words, lower case, ``#`` a word of its own (``CLM#``), an
    abbreviation's point dropped (``Subscriber No.``, ``Cert. no``)."""
    return tuple(w.rstrip(".") or w for w in text.lower().replace("#", " # ").split())


def _label_at(words: list[str], i: int, known: ClaimLineWords) -> tuple[str, int] | None:
    """The longest label starting at word ``i``: its kind and its length in words."""
    for n in range(min(known.longest, len(words) - i), 0, -1):
        kind = known.labels.get(tuple(words[i : i + n]))
        if kind is not None:
            return kind, n
    return None


def claim_line_pairs(text: str) -> dict[str, str] | None:
    """The values of a claim line by kind (None: ``text`` is no claim line).

    The line starts with a label, holds two labels or more, one of them naming the
    claim or its patient, each followed by a value, and prints no amount and no colon.
    """
    pairs = _pairs(text)
    if pairs is None or len(pairs) < 2 or not NAMING & {k for k, _v in pairs}:
        return None
    out: dict[str, str] = {}
    for kind, value in pairs:
        out.setdefault(kind, " ".join(value))
    return out


def claim_line_at(lines: list[Line], k: int) -> dict[str, str] | None:
    """The values of line ``k`` as a claim line, or as the rest of the claim line right
    above it: a printout that wraps its claim line prints the last labels on a line of
    their own ("NAME DOE, JANE  HIC Z7024  ACNT 1405" then "ICN 9085656253676")."""
    pairs = claim_line_pairs(lines[k].text)
    if pairs is not None:
        return pairs
    head = claim_line_head(lines, k)
    return None if head is None else {kind: " ".join(v) for kind, v in _pairs(lines[k].text)}


HEAD_REACH = 8  # lines of a page break a claim line's rest may sit under


def claim_line_head(lines: list[Line], k: int) -> int | None:
    """The claim line whose rest line ``k`` prints: right above it, or above a page break
    between them (printed rules, totals carried forward, the page's repeated headings);
    None when ``k`` is no such rest."""
    rest = _pairs(lines[k].text)
    if not rest or claim_line_pairs(lines[k].text) is not None:
        return None
    h = k - 1
    while h >= max(0, k - 1 - HEAD_REACH) and _page_break_line(lines, h):
        h -= 1
    if h < 0 or (h == k - 1 and lines[h].page != lines[k].page):
        return None
    above = claim_line_pairs(lines[h].text)
    if above is None or any(kind in above for kind, _v in rest):
        return None
    return h


def _page_break_line(lines: list[Line], h: int) -> bool:
    """Line ``h`` is printed only for a page break: a rule, totals carried to or from a
    page, or a line at the top of a page that an earlier page printed too (its heading)."""
    text = lines[h].text
    if is_rule(text) or is_carried(text):
        return True
    page = lines[h].page
    return any(ln.page < page and ln.text == text for ln in lines[:h])


def _pairs(text: str) -> list[tuple[str, list[str]]] | None:
    """``text``'s (kind, value words) pairs: it starts with a label, each label has its
    value, and it prints no amount and no colon; None otherwise."""
    if ":" in text or any(is_amount(t.rstrip(",;.")) for t in text.split()):
        return None  # "Patient name: Ann Lee  Member ID: …" is read as labelled values
    known = claim_line_words()
    words = list(_words(text))
    printed = text.replace("#", " # ").split()
    if _label_at(words, 0, known) is None:
        return None
    pairs: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(words):
        hit = _label_at(words, i, known)
        if hit is not None and pairs and not pairs[-1][1]:
            return None  # a label without its value
        if hit is not None:
            pairs.append((hit[0], []))
            i += hit[1]
            continue
        pairs[-1][1].append(printed[i])
        i += 1
    if not all(v for _k, v in pairs):
        return None
    return pairs


def first_name_first(name: str) -> str:
    """``DOE, JANE`` as ``JANE DOE``: an SPR prints the surname first, then a comma."""
    return last_first(name) or name


# a word holding a digit: no part of a person's name ("XGN149395254" run into a name cell)
_DIGIT_WORD = compiled(r"\s+\S*\d")


def person_cell(value: str | None) -> str | None:
    """A person's name as a column printed it: cut before the first word holding a digit
    (the next column's member ID run into the cell) and, printed surname first with a
    comma ("KOWALCZYK, PERPETUA"), turned first name first."""
    if not value:
        return value
    name = _DIGIT_WORD.split(value, maxsplit=1)[0].strip(" ,;")
    if not name or re.search(r"\d", name):
        return value
    return first_name_first(name)


def is_claim_line(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a claim line, or the rest of the one right above it."""
    return claim_line_at(lines, k) is not None


def is_after_totals(ln: Line) -> bool:
    """A line under a claim's totals row that is no service ("ADJ TO TOTALS: …", "NET …")."""
    return bool(claim_line_words().after_totals.search(ln.text))


def claim_line_found(lines: list[Line], found: list[Found]) -> list[Found]:
    """``found`` with each claim line read as its pairs: its claim number and patient.

    What other readers took from a claim line gives way to its pairs: the line's labels
    say what each value is (its account number is no group number, its name is printed
    surname first, its member ID is the claim's patient's).
    """
    out = list(found)
    for k in range(len(lines)):
        pairs = claim_line_at(lines, k)
        if pairs is None:
            continue
        out = [f for f in out if f.line != k]
        head = claim_line_head(lines, k)
        if head is not None and head < k - 1:
            # a page break between a claim line and its number: its pairs are read where
            # its number is, so the claim printed above the break does not take them
            moved = [Found(f.field, f.value, k, f.label) for f in out if f.line == head]
            out = [f for f in out if f.line != head] + moved
        if "claim_number" in pairs:
            out.append(Found("claim_number", pairs["claim_number"], k, "claim line number"))
        if "patient_name" in pairs:
            name = first_name_first(pairs["patient_name"])
            out.append(Found("patient_name", name, k, "claim line patient"))
        if "member_id" in pairs:  # each claim's own: several tell a remittance
            out.append(Found("member_id", pairs["member_id"], k, "claim line member id"))
    out.sort(key=lambda f: f.line)
    return out


def past_claim_notes(lines: list[Line], j: int, total: Row) -> int:
    """The first line at ``j`` or after that is no note under a claim's totals row
    ("ADJ TO TOTALS: PREV PD 0.00", "NET 160.00"); the notes go with the totals row."""
    while j < len(lines) and is_after_totals(lines[j]):
        total.extra.append(lines[j].text)
        total.extra_lines.append(j)
        j += 1
    return j
