"""Read a notice's lines through one learned layout: the labels, columns and positions
the layout stores give values, each with the words and place it was printed.

``read_with(layout, lines)`` is used by ``learned.apply`` when a stored layout matches
a notice, and by ``appealgen learn`` to check what a layout reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..patterns import compiled
from . import learned_before as before
from . import normalize as nz
from .anchors import (
    Spot,
    clean_name,
    find_label,
    just_below,
    line_starts_with,
    read_value,
)
from .label_match import label_spans, split_id, wrapped_label
from .layout import Line
from .layouts import CLAIM_FIELDS, FIELD_TYPES, HEADER_FIELDS, LearnedLayout
from .learned_forms import in_form, unsigned
from .learned_tables import HEADING_SHARE, MIN_HEADINGS, tables  # noqa: F401 (names of this module)
from .learned_values import fit_shape, last_first, spaced_like

_LABEL_END = " :#.-,;"  # what may end a label ("CLAIM NO," where a scan read its "." so)
_HAS_DIGIT = compiled(r"\d")
_TOKEN = compiled(r"\S+")


@dataclass
class Occ:
    """One value read through a layout: its field path, value and where it was printed."""

    path: str
    value: Any
    spot: Spot
    line: Line
    row: int | None = None  # the table row (line index) it was read from


@dataclass
class ReadClaim:
    number: Occ | None = None
    fields: dict[str, Occ] = field(default_factory=dict)
    lines: list[dict[str, Occ]] = field(default_factory=list)
    line_keys: list[int] = field(default_factory=list)  # the line or row each service began on


@dataclass
class Reading:
    header: dict[str, Occ] = field(default_factory=dict)
    claims: list[ReadClaim] = field(default_factory=list)


def _label_occurrences(lay: LearnedLayout, lines: list[Line]) -> list[Occ]:
    labelled = {p: a for p, a in lay.fields.items() if "label" in a}
    labels = [a["label"] for a in labelled.values()]
    found: list[tuple[tuple[int, int, int, int], str, dict[str, str]]] = []
    for i, ln in enumerate(lines):
        for k, cell in enumerate(ln.cells):
            for path, anchor in labelled.items():
                if "prefix" in anchor and not line_starts_with(ln, anchor["prefix"]):
                    continue
                spans = (label_spans if _scanned(ln) else find_label)(cell.text, anchor["label"])
                for start, end in spans:  # as OCR may misprint it only on a scan
                    found.append(((i, k, start, end), path, anchor))
        for path, anchor in labelled.items():  # "... Member" / "owes $0.00 ..."
            if "value" in anchor:
                continue
            at = wrapped_label(lines, i, anchor["label"])
            if at is not None and (
                "prefix" not in anchor or line_starts_with(ln, anchor["prefix"])
            ):
                found.append(((i + 1, 0, 0, at), path, anchor))
    # "Provider NPI:" is not also "Provider:" — the longer label wins
    found = [
        f
        for f in found
        if not any(
            g is not f
            and g[2].get("value") == f[2].get("value")  # a label before its value, or after
            and g[0][:2] == f[0][:2]
            and g[0][2] <= f[0][2]
            and f[0][3] <= g[0][3]
            and (g[0][3] - g[0][2]) > (f[0][3] - f[0][2])
            for g in found
        )
    ]
    out = []
    for (i, k, start, end), path, anchor in found:
        if anchor.get("value") == "before":
            occ = _value_before(lines, i, k, start, path, labels)
        elif anchor.get("value") == "below":
            occ = before.value_below(lines, i, k, path, labels)
        elif "part" in anchor:  # "Claim 6235634 - Ezra Fairweather - ..."
            occ = before.value_in_part(lines, i, k, end, path, int(anchor["part"]), labels)
        else:
            occ = _value_after(lines, i, k, end, path, anchor, labels)
        if occ is not None:
            out.append(occ)
    return out


def _value_before(
    lines: list[Line], i: int, k: int, start: int, path: str, labels: list
) -> Occ | None:
    """The value printed just before its label ("EHY568905438  mbr no")."""
    ln, kind = lines[i], FIELD_TYPES[path]
    text, cell = before.text_before(ln.cells, k, start)
    cut = before.after_other_labels(text, labels)
    got = before.read_value_before(kind, text[cut:])
    if got is None:
        return None
    value, s, e = got
    if kind == "name" and cell == 0 and not ln.cells[0].text[: cut + s].strip():
        head = before.name_from_above(lines, i)  # "... from Priya Raman," / "IBCLC, NPI"
        value = f"{head} {value}" if head else value
    if kind == "name":
        named = read_value("name", value)
        if named is None:
            return None
        value = named[0]
    return Occ(path, value, Spot(i, cell, cut + s, cut + e), ln)


def _value_after(
    lines: list[Line], i: int, k: int, end: int, path: str, anchor: dict[str, str], labels: list
) -> Occ | None:
    ln = lines[i]
    kind = FIELD_TYPES[path]
    text = ln.cells[k].text[end:]
    cell = k
    if not text.strip(_LABEL_END) and k + 1 < len(ln.cells):
        text, cell, end = ln.cells[k + 1].text, k + 1, 0
    elif not text.strip(_LABEL_END) and i + 1 < len(lines) and just_below(ln, lines[i + 1]):
        i, ln = i + 1, lines[i + 1]  # "NPI:" ends the line, its value wrapped to the next
        text, cell, end = ln.cells[0].text, 0, 0
    got = read_value(kind, text, anchor.get("until"))
    if got is None and kind == "date" and "form" in anchor:
        got = in_form(text, anchor["form"], at_start=True)  # "REMIT DATE 022126"
    if kind == "id" and "chars" in anchor and (_scanned(ln) or _short(got, anchor["chars"])):
        got = split_id(text, int(anchor["chars"])) or got  # a scan may cut an ID in two
    if got is None and kind == "name" and "until" in anchor and cell == len(ln.cells) - 1:
        got = _wrapped_name(lines, i, text, anchor["until"])
    if got is None and kind == "name" and "until" in anchor:
        got = read_value(kind, text)  # the name ends its cell: its end words are elsewhere
    if got is None and kind == "name":
        got = _name_before_number(text)
    if got is None:
        return None
    value, stop = got
    if kind == "name" and cell == len(ln.cells) - 1 and not text[stop:].strip(" ,;"):
        tail = before.name_from_below(lines, i)  # "... by Nest & Nourish" / "Feeding Center"
        comma = "," if text.rstrip().endswith(",") else ""
        value = f"{value}{comma} {tail}" if tail else value
    if kind == "name":
        value = clean_name(value, [lb for lb in labels if lb != anchor["label"]])
        if value is None:
            return None
        if anchor.get("order") == "last, first":
            value = last_first(value) or value
    if kind == "id" and "shape" in anchor:
        value = spaced_like(value, anchor["shape"])
        if _scanned(ln):  # OCR's look-alikes only
            value = fit_shape(value, anchor["shape"])
    return Occ(path, value, Spot(i, cell, end, end + stop), ln)


def _name_before_number(text: str) -> tuple[str, int] | None:
    """A name its cell carries on past, into a claim line's labelled number
    ("NAKASHIMA-REYES, HALLDORA J. HIC L252875979 ACNT 9556670"): the words before that
    label (rules/claim_lines.yaml), when a number follows it."""
    from .claim_lines import claim_line_words

    words = claim_line_words()
    tokens = list(_TOKEN.finditer(text))
    for n in range(1, len(tokens) - 1):
        for size in range(1, words.longest + 1):
            key = tuple(t.group(0).casefold() for t in tokens[n : n + size])
            after = tokens[n + size] if n + size < len(tokens) else None
            kind = words.labels.get(key)
            if kind not in (None, "patient_name") and after and _HAS_DIGIT.search(after.group(0)):
                return read_value("name", text[: tokens[n].start()])
    return None


def _scanned(ln: Line) -> bool:
    return bool(ln.words) and ln.words[0].conf is not None


def _short(got: tuple[Any, int] | None, chars: str) -> bool:
    """An ID read shorter than the learned one: printed in groups ("W123 456 789")."""
    return got is None or sum(ch.isalnum() for ch in str(got[0])) < int(chars)


def _wrapped_name(lines: list[Line], i: int, text: str, until: str) -> tuple[str, int] | None:
    """A name that ends the line and carries on at the start of the next, up to ``until``."""
    if i + 1 >= len(lines) or not just_below(lines[i], lines[i + 1]):
        return None
    got = read_value("name", text + " " + lines[i + 1].cells[0].text, until)
    if got is None or got[1] <= len(text):
        return None
    return got[0], len(text)


def read_with(lay: LearnedLayout, lines: list[Line]) -> Reading | None:
    """The values ``lay`` finds in ``lines``, grouped into header, claims and services."""
    occs = _label_occurrences(lay, lines) + tables(lay, lines)
    occs += _claim_mentions(occs, lines)
    for occ in occs:
        if lay.fields.get(occ.path, {}).get("sign") == "drop":
            occ.value = unsigned(occ.value)  # "($415.00)": a charge printed as a credit
    occs.sort(key=lambda o: (o.spot.line, o.spot.cell, o.spot.start))
    reading = Reading()
    items = {p: a for p, a in lay.fields.items() if "item" in a}
    current: ReadClaim | None = None
    scanned: set[int] = set()
    for n, occ in enumerate(occs):
        if occ.path in HEADER_FIELDS:
            reading.header.setdefault(occ.path, occ)
            continue
        if occ.path == "claims.claim_number":
            current = _claim_for(reading, current, occ)
            continue
        if current is None or _next_claim(current, occ, occs[n + 1 :]):
            current = ReadClaim()
            reading.claims.append(current)
        if occ.path in CLAIM_FIELDS:
            current.fields.setdefault(occ.path, occ)
            continue
        key = occ.row if occ.row is not None else occ.spot.line
        found: dict[str, Occ] = {}
        if items and occ.row is None and occ.spot.line not in scanned:
            scanned.add(occ.spot.line)
            found = _item_values(items, lines, occ.spot.line)
        svc = current.lines[-1] if current.lines else None
        fresh = (
            svc is None
            or occ.path in svc
            or (occ.row is not None and current.line_keys[-1] != occ.row)
            or bool(found)  # a one-line service begins with its date or code
        )
        if fresh:
            svc = {}
            current.lines.append(svc)
            current.line_keys.append(key)
        svc.update({p: o for p, o in found.items() if p not in svc})
        svc[occ.path] = occ
    if "claims.claim_number" in lay.fields and not any(c.number for c in reading.claims):
        return None
    if not reading.header and not reading.claims:
        return None
    return reading


def _next_claim(current: ReadClaim, occ: Occ, after: list[Occ]) -> bool:
    """A claim's field printed again after the claim's number and services begins the next
    claim when another claim number follows it before any service ("NAME HOLLIS, MAYA"
    over "ICN 1234"); its totals follow its services, and a page may print them twice
    (carried forward)."""
    if not (
        occ.path in CLAIM_FIELDS
        and occ.row is None  # a table prints a claim's patient on every row of it
        and not occ.path.startswith("claims.totals.")
        and occ.path in current.fields
        and current.number is not None
        and current.lines
    ):
        return False
    for nxt in after:
        if nxt.path == "claims.claim_number":
            return nxt.value != current.number.value
        if nxt.path not in CLAIM_FIELDS and nxt.path not in HEADER_FIELDS:
            return False  # a service of this claim comes first
    return False


def _claim_mentions(occs: list[Occ], lines: list[Line]) -> list[Occ]:
    """A line outside the table that prints a claim number the table gave ("Claim 123:
    provider ...") is about that claim: what follows it belongs to it."""
    rows = {o.row for o in occs if o.row is not None}
    numbers = {o.value for o in occs if o.path == "claims.claim_number" and o.row is not None}
    out = []
    for i, ln in enumerate(lines):
        if i in rows or not numbers:
            continue
        for k, cell in enumerate(ln.cells):
            for number in numbers:
                at = cell.text.find(number)
                if at >= 0 and not _inside_token(cell.text, at, len(number)):
                    out.append(Occ("claims.claim_number", number, Spot(i, k, at, at), ln))
    return out


def _inside_token(text: str, at: int, n: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + n] if at + n < len(text) else " "
    return before.isalnum() or after.isalnum()


def _claim_for(reading: Reading, current: ReadClaim | None, occ: Occ) -> ReadClaim:
    for claim in reading.claims:
        if claim.number is not None and claim.number.value == occ.value:
            return claim
    if current is not None and current.number is None:
        current.number = occ
        return current
    claim = ReadClaim(number=occ)
    reading.claims.append(claim)
    return claim


def _item_values(items: dict[str, dict[str, str]], lines: list[Line], i: int) -> dict[str, Occ]:
    """The first date, code... printed on a one-line service: values without a label."""
    ln = lines[i]
    out: dict[str, Occ] = {}
    for path in items:
        kind = FIELD_TYPES[path]
        for k, cell in enumerate(ln.cells):
            got = _first_of(kind, cell.text)
            if got is not None:
                out[path] = Occ(path, got, Spot(i, k, 0, 0), ln)
                break
    return out


def _first_of(kind: str, text: str) -> Any:
    if kind == "date":
        hits = nz.find_dates(text)
        return hits[0][2] if hits else None
    for token in text.split():
        got = read_value(kind, token)
        if got is not None and (kind != "procedure" or not nz.find_dates(token)):
            return got[0]
    return None
