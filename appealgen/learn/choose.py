"""Choosing, for each field, the anchor every instance agrees on (label words that
are known synonyms first, then the closest).
"""

from __future__ import annotations

from collections import Counter

from ..read.anchors import find_label, is_total_text
from ..read.layout import Line
from ..read.layouts import CLAIM_FIELDS, FIELD_TYPES, HEADER_FIELDS, LINE_FIELDS
from ..read.learned_forms import printed_form
from .corrected import Instance
from .geometry import PLACE_KEYS, add_column_places
from .places import code_spots, locate, value_spans
from .preference import known_word, preference
from .replay import MIN_REPLAY, own_categories, replay, row_bound

TRIES_PER_FIELD = 6


def _level(path: str) -> int:
    return 0 if path in HEADER_FIELDS else 1 if path in CLAIM_FIELDS else 2


def _same_place(a: dict[str, str], b: dict[str, str]) -> bool:
    if a.get("value") != b.get("value") or a.get("part") != b.get("part"):
        return False  # a label's value before it, another's after it, or further on
    if "label" in a and "label" in b and a.get("prefix") == b.get("prefix"):
        x, y = f" {a['label']} ", f" {b['label']} "
        return x in y or y in x  # "owes" is where "member owes" is
    return _place(a) == _place(b)


def _place(anchor: dict[str, str]) -> dict[str, str]:
    """The anchor without where its column was printed (``heading_at``...)."""
    return {k: v for k, v in anchor.items() if k not in PLACE_KEYS}


def _used(fields: dict[str, dict[str, str]], path: str, cand: dict[str, str]) -> bool:
    """The anchor already names another field of the same level (one place, one field);
    a letter's addressee may be both the member and the patient."""
    return "item" not in cand and any(
        _same_place(a, cand) and _level(p) == _level(path) for p, a in fields.items()
    )


def _candidates(
    lines: list[Line],
    insts: list[Instance],
    values: tuple[str, ...] = (),
    all_insts: list[Instance] = (),
) -> list[dict]:
    votes: Counter[tuple] = Counter()
    first_line: dict[tuple, int] = {}
    for inst in insts:
        anchors = locate(lines, inst, values, first_line)
        if FIELD_TYPES[inst.path] == "int":  # "1" is printed everywhere: a heading or label
            anchors = [a for a in anchors if "column" in a or "label" in a]
        votes.update({tuple(sorted(a.items())) for a in anchors})
    path = insts[0].path

    def printed(anchor: tuple) -> int:
        # a notice's own field is labelled once; a label printed for every claim is not it
        label = dict(anchor).get("label")
        if path not in HEADER_FIELDS or not label:
            return 0
        return max(0, sum(len(find_label(c.text, label)) for ln in lines for c in ln.cells) - 1)

    start = claims_start(lines, all_insts)

    def misplaced(anchor: tuple) -> bool:
        # the member who is also the patient: the notice's field is read in its header,
        # above the first claim, and a claim's field beside the claim
        if path in HEADER_FIELDS:
            return 0 < start <= first_line.get(anchor, 0)
        return first_line.get(anchor, 0) < start

    ranked = sorted(
        votes.items(),
        key=lambda kv: (-kv[1], misplaced(kv[0]), printed(kv[0]), preference(path, kv[0])),
    )
    return [dict(a) for a, _ in ranked]


def claims_start(lines: list[Line], instances: list[Instance]) -> int:
    """The first line that prints a corrected claim number (0: none does)."""
    numbers = [i for i in instances if i.path == "claims.claim_number"]
    for n, ln in enumerate(lines):
        if any(value_spans("id", i.value, c.text) for i in numbers for c in ln.cells):
            return n
    return 0


def _order(path: str) -> int:
    if path == "claims.claim_number":
        return 0
    if path in HEADER_FIELDS:
        return 1
    if path in CLAIM_FIELDS:
        return 2
    return 4 if path == "claims.lines.codes" else 3


def choose(
    lines: list[Line],
    instances: list[Instance],
    categories: dict[int, list[str]],
    payer: str = "",
) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The anchor of each field that reads back the corrected values, and the own codes."""
    by_path: dict[str, list[Instance]] = {}
    for inst in instances:
        by_path.setdefault(inst.path, []).append(inst)
    fields: dict[str, dict[str, str]] = {}
    codes: dict[str, list[str]] = {}
    values = tuple(
        sorted(
            {i.value for i in instances if isinstance(i.value, str) and len(i.value) >= 3}
            | ({payer} if len(payer) >= 3 else set()),
            key=len,
        )
    )
    deferred: list[str] = []
    queue = sorted(by_path, key=_order)
    while queue:
        path = queue.pop(0)
        insts = by_path[path]
        if path == "claims.lines.codes":
            cands, own = code_spots(lines, instances)
        else:
            cands, own = _candidates(lines, insts, values, instances), set()
        form = _date_form(lines, insts)
        cands = [_with_chars(c, insts, form) for c in cands if not _used(fields, path, c)]
        if path in LINE_FIELDS:
            cands = [c for c in cands if "row" not in c and not _totals_label(lines, c)]
        elif path.startswith("claims.totals."):
            cands = _totals_rows_first(cands)
        if path not in deferred and _needs_others(path, cands, fields):
            deferred.append(path)
            queue.append(path)  # after the other fields
            continue
        best = _pick(lines, fields, path, cands, own, insts, instances)
        if best is None and _retry_later(path, deferred, fields):
            deferred.append(path)  # a claim's field read back once its services are
            queue.append(path)
            continue
        if best is not None:
            fields[path] = best
            if path == "claims.lines.codes":
                codes = own_categories(lines, fields, own, instances, categories)
    return fields, codes


def _date_form(lines: list[Line], insts: list[Instance]) -> str | None:
    """The compact form a date field's corrected values are printed in ("121925")."""
    if FIELD_TYPES[insts[0].path] != "date":
        return None
    return printed_form([i.value for i in insts], [c.text for ln in lines for c in ln.cells])


def _with_chars(
    anchor: dict[str, str], insts: list[Instance], form: str | None = None
) -> dict[str, str]:
    """An ID read after a label or in a column keeps the length its corrected values share
    ("chars"): an ID printed in groups ("RT 552 0918") or cut in two by a scan is read
    whole. A date printed in digits only keeps its ``form`` ("%m%d%y")."""
    if form is not None and "item" not in anchor:
        return {**anchor, "form": form}
    if FIELD_TYPES[insts[0].path] != "id" or not ("label" in anchor or "column" in anchor):
        return anchor
    sizes = {sum(ch.isalnum() for ch in i.value) for i in insts}
    return {**anchor, "chars": str(sizes.pop())} if len(sizes) == 1 else anchor


def _totals_label(lines: list[Line], anchor: dict[str, str]) -> bool:
    """A label printed only on totals lines ("Totals for this claim: ... your share
    440.00"): a claim's total, never a service's, though a claim of one service prints
    the same amount for both."""
    label = anchor.get("label")
    if not label:
        return False
    where = [
        is_total_text(ln.text) for ln in lines if any(find_label(c.text, label) for c in ln.cells)
    ]
    return bool(where) and all(where)


def _totals_rows_first(cands: list[dict]) -> list[dict]:
    """A claim's total printed on its table's totals row is read there, not in the same
    column's first row (which holds a service's amount when a claim has more than one)."""
    rows = {c["column"] for c in cands if "row" in c and "column" in c}
    return [c for c in cands if "row" in c or c.get("column") not in rows]


def _retry_later(path: str, deferred: list[str], fields: dict[str, dict[str, str]]) -> bool:
    """A claim's field no anchor reads back before any service field is chosen is tried
    again after them: a claim's patient printed above its number ("NAME HOLLIS, MAYA" over
    "ICN 1234") is read with the claim its services close."""
    return (
        path in CLAIM_FIELDS and path not in deferred and not any(p in LINE_FIELDS for p in fields)
    )


def _needs_others(path: str, cands: list[dict], fields: dict[str, dict[str, str]]) -> bool:
    """An unlabelled value on a one-line service ("item") is read on the lines where other
    service fields are found, a claim's total on its table's totals row cut by the
    table's columns: choose them once those are."""
    first = cands[:TRIES_PER_FIELD]
    waits = any("item" in c for c in first) or (
        path.startswith("claims.totals.") and any("row" in c for c in first)
    )
    return waits and not any(p in LINE_FIELDS for p in fields)


def _pick(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    path: str,
    cands: list[dict],
    own: set[str],
    insts: list[Instance],
    instances: list[Instance],
) -> dict[str, str] | None:
    """The first of ``cands`` that reads back the corrected values best (None: none does)."""
    best, best_score = None, 0.0
    for cand in cands[: TRIES_PER_FIELD * 2]:
        trial_codes = {t: [] for t in own}
        if "column" in cand:  # read back as it will be read: cut by the columns' places
            cand = dict(cand)
            add_column_places(lines, {**fields, path: cand}, instances)
        score = replay(lines, {**fields, path: cand}, trial_codes, insts, instances)
        if score > best_score or (score == best_score and row_bound(path, cand, best)):
            best, best_score = cand, score
        if score == 1.0 and (path != "claims.claim_number" or "column" in best):
            break
    if best is not None and _zeros_only(insts) and known_word(path, best) >= 0:
        return None  # any place printing a zero gives these back: no place of this field
    return best if best_score >= MIN_REPLAY else None


def _zeros_only(insts: list[Instance]) -> bool:
    """Every corrected value of an amount field is a zero (a share split over columns that
    each print 0.00 on the corrected notice)."""
    values = [i.value for i in insts]
    return FIELD_TYPES[insts[0].path] == "money" and all(
        v is not None and not isinstance(v, str) and v == 0 for v in values
    )
