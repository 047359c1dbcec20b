"""Diagnoses keyed by a pointer: a claim lists its diagnosis codes once, each after a key
("Diagnosis codes: 1 O9213  2 O9279", "Dx: A. Z39.1 B. O92.5", or a line each: "Dx 1:
Z39.1" over "Dx 2: O92.5"), and each service's pointer cell names the keys of its own
("1", "1,2", "A")."""

from __future__ import annotations

import re

from ..patterns import compiled
from . import normalize as nz

# a line naming the claim's diagnoses, then its keyed codes
_LABEL = compiled(r"\b(?:diagnos[ei]s|diag|dx|icd(?:-?10)?(?:-cm)?)(?:\s+codes?)?\s*[:#]?\s*", re.I)
# one key and its code: "1 O9213", "A. Z39.1", "(2) O92.5", "3: O92.79"
_KEYED = compiled(r"\(?([1-9]|1[0-2]|[A-L])[.:)]?\s+([A-Z]\d{2}\.?[0-9A-Z]{0,4})(?![\w.])")
# a pointer cell: keys apart by commas, spaces or nothing ("1", "1,2", "1 3", "AB")
_POINTERS = compiled(
    r"(?:[1-9]|1[0-2])(?:\s*[,;\s]\s*(?:[1-9]|1[0-2]))*|[A-L](?:\s*[,;]?\s*[A-L])*"
)


def keyed_diagnoses(text: str) -> dict[str, str]:
    """The diagnosis codes ``text`` lists by key after a diagnosis label, key -> dotted
    code; nothing unless every keyed token after the label is a diagnosis code and the
    keys run from the first on without a gap ("1 O9213 2 O9279": {"1": "O92.13", ...}),
    on one line or on lines that each go on from the keys above them ("Dx 1: Z39.1" over
    "Dx 2: O92.5")."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _LABEL.search(line)
        if not m:
            continue
        rest = line[m.end() :].strip()
        pairs = list(_KEYED.finditer(rest))
        if len(pairs) < 1 or rest[: pairs[0].start()].strip():
            continue
        found: dict[str, str] = {}
        for p in pairs:
            code = nz.normalize_icd10(p.group(2))
            if code is None or nz.is_hcpcs(p.group(2)) or nz.is_cpt(p.group(2)):
                return {}
            found[p.group(1)] = code
        if _in_order(list(found)):
            out.update(found)
        elif out and not set(found) & set(out) and _in_order([*out, *found]):
            out.update(found)
    return out


def _in_order(keys: list[str]) -> bool:
    """Keys that run 1, 2, 3 ... or A, B, C ... from the first."""
    first = "1" if keys[0].isdigit() else "A"
    want = [str(k + 1) if first == "1" else chr(ord("A") + k) for k in range(len(keys))]
    return keys == want


def pointed(cell: str, keyed: dict[str, str]) -> list[str]:
    """The codes a service's pointer ``cell`` names among ``keyed``; none when the cell is
    no run of pointers or names a key the list does not hold."""
    text = cell.strip()
    if not keyed or not _POINTERS.fullmatch(text):
        return []
    keys = re.findall(r"1[0-2]|[1-9]|[A-L]", text)
    if any(k not in keyed for k in keys):
        return []
    return list(dict.fromkeys(keyed[k] for k in keys))
