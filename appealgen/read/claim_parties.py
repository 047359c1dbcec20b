"""The patient and provider a claim's heading line prints in cells of their own, unlabelled.

"Claim S7534764 | Ann Lee | Cradle & Crest Feeding Clinic": after the claim number, a cell
shaped like a person's name is the claim's patient, and a cell holding a provider's word (a
credential or a practice's word, rules/reader_words.yaml) is its provider. A line holding
any other cell (an amount, a date, a label) is not such a heading and gives nothing.
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled
from .fields import Found, is_label_cell
from .layout import Line
from .member import is_person

_PARTS = compiled(r"\s+\|\s+")
# a lower-case word other than a name's particle: words of a sentence, not a name
_LOWER = compiled(r"(?<![\w'’-])(?!(?:of|and|de|van|von|la|le|du|da|del|y)\b)[a-z]")


def _parts(ln: Line) -> list[str]:
    return [p.strip() for c in ln.cells for p in _PARTS.split(c.text) if p.strip()]


def _party(text: str) -> str | None:
    """ "provider_name", "patient_name" or None for one cell of a claim's heading."""
    words = reader_words()
    if re.search(r"\d", text) or is_label_cell(text) or _LOWER.search(text):
        return None  # a sentence ("Ann Lee, services by ..."), a number or a label
    if words.provider_words.search(text):
        return "provider_name"
    if is_person(text) and not words.organisation.search(text):
        return "patient_name"
    return None


def _split_known(parts: list[str], known: set[str]) -> list[str]:
    """ "Ann Lee Cradle Feeding Clinic" in one cell: a person named elsewhere, then the rest."""
    out: list[str] = []
    for p in parts:
        name = next((k for k in known if p.startswith(k + " ") and is_person(k)), None)
        out += [name, p[len(name) :].strip()] if name else [p]
    return out


def heading_parties(lines: list[Line], found: list[Found]) -> list[Found]:
    """``found`` with the patient and provider of every unlabelled claim heading added."""
    out = list(found)
    known = {g.value.strip() for g in found if g.field in ("member_name", "patient_name")}
    for f in found:
        if f.field != "claim_number" or f.label not in ("claim", "claim #", "claim no"):
            continue
        parts = _parts(lines[f.line])
        at = next((k for k, p in enumerate(parts) if f.value in p), None)
        if at is None:
            continue
        tail = parts[at].split(f.value, 1)[1].strip(" -–—|:")
        rest = _split_known([tail, *parts[at + 1 :]] if tail else parts[at + 1 :], known)
        if not 1 <= len(rest) <= 3:
            continue
        if any(g.line == f.line and g.field in ("patient_name", "provider_name") for g in found):
            continue
        placed = [(_party(p), p) for p in rest]
        kinds = [k for k, _ in placed]
        if None in kinds or len(set(kinds)) != len(kinds):
            continue  # a cell that is neither, or two of one kind: not a heading of parties
        for kind, text in placed:
            out.append(Found(kind or "", text, f.line, f.label, exact=False, score=0.8))
    return sorted(out, key=lambda g: g.line)
