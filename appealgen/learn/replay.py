"""Reading the chosen layout back over the same notice: a field whose anchor does not
give back the corrected values is dropped; the payer's own codes get their meaning.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..read import learned as rl
from ..read.layout import Line
from ..read.layouts import FIELD_TYPES, LINE_FIELDS, LearnedLayout
from ..read.learned_codes import line_codes
from ..read.learned_values import id_shape, printed_last_first, same_value
from .corrected import Instance

MIN_REPLAY = 0.8  # share of a field's corrected values its anchor must read back


def row_bound(path: str, cand: dict[str, str], best: dict[str, str] | None) -> bool:
    """A claim number printed on every service row ties the rows to their claim: its column
    is a better anchor than a label that reads back as well."""
    return path == "claims.claim_number" and "column" in cand and best is not None


def _trial(fields: dict[str, dict[str, str]], codes: dict[str, list[str]]) -> LearnedLayout:
    return LearnedLayout(
        name="trial", payer="", fingerprint="", words=[], fields=fields, codes=codes
    )


def _aligned(reading: rl.Reading, instances: list[Instance]) -> dict[int, rl.ReadClaim]:
    """Corrected claim index -> the claim the layout read (by claim number, else by order)."""
    numbers = {i.claim: i.value for i in instances if i.path == "claims.claim_number"}
    by_number = {c.number.value: c for c in reading.claims if c.number}
    out = {}
    for n in sorted({i.claim for i in instances if i.claim is not None}):
        if numbers.get(n) in by_number:
            out[n] = by_number[numbers[n]]
        elif n < len(reading.claims):
            out[n] = reading.claims[n]
    return out


def _value_read(
    reading: rl.Reading,
    claims: dict[int, rl.ReadClaim],
    inst: Instance,
    lines: list[Line],
    codes: dict[str, list[str]],
) -> Any:
    if inst.claim is None:
        occ = reading.header.get(inst.path)
        return occ.value if occ else None
    rc = claims.get(inst.claim)
    if rc is None:
        return None
    if inst.line is None:
        occ = rc.number if inst.path == "claims.claim_number" else rc.fields.get(inst.path)
        return occ.value if occ else None
    if inst.line >= len(rc.lines):
        return None
    occ = rc.lines[inst.line].get(inst.path)
    if inst.path == "claims.lines.codes":
        return line_codes(occ.value if occ else "", lines, codes)
    return occ.value if occ else None


def _same(inst: Instance, got: Any, column: bool = False) -> bool:
    if inst.path == "claims.lines.codes":
        if got is None:
            return False
        adj, rarc, own = got
        want_adj, want_rarc, denied = inst.value
        # a remark a codes column does not print (the notice's key gives it) is the
        # readers' to read
        remarks = set(rarc) <= set(want_rarc) if column else set(rarc) == set(want_rarc)
        ok = set(adj) == set(want_adj) and remarks
        # a denied service prints a code; one that was paid may print none
        return ok and (bool(own) or bool(want_adj) or bool(want_rarc) or not denied)
    if isinstance(inst.value, str) and isinstance(got, str):
        if " ".join(got.casefold().split()) == " ".join(inst.value.casefold().split()):
            return True
    return same_value(FIELD_TYPES[inst.path], inst.value, got) or _credit(inst.value, got)


def _credit(want: Any, got: Any) -> bool:
    """``got`` is the positive amount ``want`` printed as a credit ("($415.00)")."""
    return isinstance(want, Decimal) and want > 0 and got == -want


def replay(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    codes: dict[str, list[str]],
    insts: list[Instance],
    instances: list[Instance],
) -> float:
    """The share of ``insts`` the trial layout reads back from the same notice."""
    reading = rl.read_with(_trial(fields, codes), lines)
    if reading is None:
        return 0.0
    claims = _aligned(reading, instances)
    column = "column" in fields.get(insts[0].path, {})
    right = sum(_same(i, _value_read(reading, claims, i, lines, codes), column) for i in insts)
    share = right / len(insts)
    want_claims = len({i.claim for i in instances if i.claim is not None})
    if "claims.claim_number" in fields and len(reading.claims) > want_claims:
        share *= want_claims / len(reading.claims)  # a reference number read as a claim
    path = insts[0].path
    if path in LINE_FIELDS:
        want_lines = len({(i.claim, i.line) for i in instances if i.line is not None})
        got_lines = sum(len(c.lines) for c in reading.claims)
        if got_lines > want_lines:
            share *= want_lines / got_lines
    return share


def own_categories(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    own: set[str],
    instances: list[Instance],
    categories: dict[int, list[str]],
) -> dict[str, list[str]]:
    """What each of the payer's own codes means, from the corrected claims that print one."""
    table: dict[str, list[str]] = {t: [] for t in own}
    reading = rl.read_with(_trial(fields, table), lines)
    if reading is None:
        return table
    conflicts: set[str] = set()
    for n, rc in _aligned(reading, instances).items():
        printed: list[str] = []
        for svc in rc.lines:
            occ = svc.get("claims.lines.codes")
            printed += [t for t in line_codes(occ.value if occ else "", lines, table)[2]]
        distinct = set(printed)
        cats = categories.get(n) or []
        if len(distinct) == 1 and cats:
            t = distinct.pop()
            if table[t] and table[t] != cats:
                conflicts.add(t)
            table[t] = list(cats)
    for t in conflicts:
        table[t] = []
    return table


def value_forms(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    codes: dict[str, list[str]],
    instances: list[Instance],
) -> None:
    """How each labelled field prints its values, kept on its anchor (in place): a name
    printed surname first ("order"), the shape an ID's characters share ("shape"), and
    the printed spelling of a value that is not the corrected one ("printed": another
    spelling, or an OCR slip the layout was learned across), an amount printed as a
    credit the correction gave positive ("sign: drop"). A field that no longer reads
    its corrected values back once every field is placed (another field's label cuts it
    short) is dropped."""
    for path, anchor in fields.items():
        if FIELD_TYPES[path] == "id" and ("label" in anchor or "column" in anchor):
            shape = id_shape([str(i.value) for i in instances if i.path == path])
            if shape is not None:
                anchor["shape"] = shape  # first: the values are read back by it
    reading = rl.read_with(_trial(fields, codes), lines)
    if reading is None:
        return
    claims = _aligned(reading, instances)
    for path, anchor in list(fields.items()):
        if path == "claims.lines.codes":
            continue
        kind = FIELD_TYPES[path]
        insts = [i for i in instances if i.path == path]
        pairs = [(i.value, _value_read(reading, claims, i, lines, codes)) for i in insts]
        right = sum(_same(i, got) for i, (_, got) in zip(insts, pairs, strict=True))
        if path != "claims.claim_number" and right < MIN_REPLAY * len(insts):
            del fields[path]  # read back alone, but not beside the other fields' labels
            continue
        if kind == "money" and any(_credit(w, g) for w, g in pairs):
            anchor["sign"] = "drop"  # printed as a credit, read as the person gave it
        if kind == "name" and any(
            isinstance(g, str) and printed_last_first(w, g) for w, g in pairs
        ):
            anchor["order"] = "last, first"
        slips = [g for w, g in pairs if isinstance(g, str) and _differs(w, g)]
        if slips:
            anchor["printed"] = slips[0]


def _differs(want: Any, got: str) -> bool:
    """``got`` is ``want`` printed in another spelling (not only in other capitals)."""
    return isinstance(want, str) and " ".join(got.casefold().split()) != " ".join(
        want.casefold().split()
    )
