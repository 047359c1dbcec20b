"""How well an anchor's words fit a field: the field's synonyms in labels.yaml, and
the kind of place (column, label, prefix) that suits it.
"""

from __future__ import annotations

import functools

from .. import knowledge
from ..read.anchors import find_label, label_text
from ..read.layouts import FIELD_TYPES, LINE_FIELDS

_SYNONYMS = {  # field path -> the labels.yaml lists that name it
    "member.name": ("fields.member_name",),
    "member.id": ("fields.member_id",),
    "plan.name": ("fields.plan_name",),
    "plan.type": ("fields.plan_type",),
    "plan.group_number": ("fields.group_number",),
    "notice_date": ("fields.notice_date",),
    "claims.claim_number": ("fields.claim_number", "columns.claim_number"),
    "claims.patient_name": ("fields.patient_name", "columns.patient_name"),
    "claims.provider.name": ("fields.provider_name", "columns.provider_name"),
    "claims.provider.npi": ("fields.npi", "columns.npi"),
    "claims.totals.billed": ("fields.billed_total", "columns.billed"),
    "claims.totals.allowed": ("columns.allowed",),
    "claims.totals.paid": ("columns.paid",),
    "claims.totals.patient_responsibility": (
        "fields.patient_total",
        "columns.patient_responsibility",
    ),
    "claims.lines.date_of_service": ("fields.date_of_service", "columns.date_of_service"),
    "claims.lines.procedure_code": ("fields.procedure", "columns.procedure_code"),
    "claims.lines.units": ("columns.units",),
    "claims.lines.diagnosis_codes": ("fields.diagnosis", "columns.diagnosis_codes"),
    "claims.lines.billed": ("columns.billed",),
    "claims.lines.allowed": ("columns.allowed",),
    "claims.lines.paid": ("columns.paid",),
    "claims.lines.patient_responsibility": ("columns.patient_responsibility",),
    "claims.lines.codes": ("columns.carc",),
}


@functools.cache
def _synonyms(path: str) -> tuple[str, ...]:
    data = knowledge.load_yaml("rules/labels.yaml")
    out = []
    for ref in _SYNONYMS.get(path, ()):
        section, key = ref.split(".")
        out += [label_text(str(x)) for x in (data.get(section) or {}).get(key) or []]
    return tuple(x for x in out if x)


def _closeness(text: str, path: str) -> float:
    """How much of ``text`` is words of the field's synonyms (0..1)."""
    words = set(text.split())
    if not words:
        return 0.0
    return max((len(words & set(syn.split())) / len(words) for syn in _synonyms(path)), default=0)


def known_word(path: str, keys: dict[str, str]) -> float:
    """A tie-breaker from labels.yaml: lower when the label or heading is worded like this
    field's synonyms, higher when worded like another field's ("member owes" is not paid)."""
    text = keys.get("label") or keys.get("column") or ""
    if text in _synonyms(path):
        return -2.0  # "icd 10" itself, rather than "min icd 10" around it
    if any(find_label(text, syn) for syn in _synonyms(path)):
        return -1.0
    kind = FIELD_TYPES[path]
    others = [
        p
        for p in _SYNONYMS
        if p != path and FIELD_TYPES.get(p) == kind and p.split(".")[-1] != path.split(".")[-1]
    ]
    other = max((_closeness(text, p) for p in others), default=0.0)
    return other - _closeness(text, path)


def preference(path: str, anchor: tuple) -> tuple[int, int, int]:
    keys = dict(anchor)
    line_field = path in LINE_FIELDS or ".totals." in path
    said = " ".join(keys.get(k, "") for k in ("label", "prefix", "column")).split()
    if ".totals." in path and ("row" in keys or "total" in said or "totals" in said):
        rank = -1  # a table's totals row, a line of claim totals
    elif ".totals." in path and "column" in keys:
        rank = 2  # any row of a column: a claim's total only when it has one service
    elif "column" in keys:
        rank = 0 if line_field else 1
    elif "label" in keys:
        rank = 1 if line_field else 0
        if path in LINE_FIELDS and known_word(path, keys) >= 0:
            rank = 3  # words printed before a one-line service's value may be a value too
    else:
        rank = 2
    if keys.get("value") == "before":
        rank += 3  # most labels come before their values: one after it is the last resort
    elif keys.get("value") == "below":
        rank += 2  # a label over its value, as a stacked form prints it
    prefixed = 1 if "prefix" in keys else 0
    return rank, prefixed, known_word(path, keys), -len(keys.get("label", "").split())
