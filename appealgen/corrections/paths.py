"""The paths a correction may set, the kind of value each takes, the facts the letters
state, and the plain words for each.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

# Who may say a value is right: the notice (through the reader), the profile, the person.
SOURCES = ("notice", "profile", "person")
NETWORK_VALUES = ("in", "out")
BOOL_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
MAX_VALUE_CHARS = 300
# Every path a correction may set, with the kind of value it takes. ``#`` is a list position.
FIELDS: dict[str, str] = {
    "payer.name": "text",
    "payer.state": "state",
    "payer.phone": "text",
    "plan.name": "text",
    "plan.type": "text",
    "plan.funding": "funding",
    "plan.group_number": "text",
    "member.name": "text",
    "member.id": "text",
    "member.state": "state",
    "notice_date": "date",
    "source.kind": "source_kind",
    "claims.#.claim_number": "text",
    "claims.#.patient_name": "text",
    "claims.#.provider.name": "text",
    "claims.#.provider.npi": "npi",
    "claims.#.provider.network": "network",
    "claims.#.diagnosis_codes": "codes",
    "claims.#.denied": "bool",
    "claims.#.totals.billed": "money",
    "claims.#.totals.allowed": "money",
    "claims.#.totals.paid": "money",
    "claims.#.totals.patient_responsibility": "money",
    "claims.#.denial.reason_text": "text",
    "claims.#.denial.primary_category": "category",
    "claims.#.denial.categories": "categories",
    "claims.#.denial.carc": "carcs",
    "claims.#.denial.rarc": "codes",
    "claims.#.service_lines.#.date_of_service": "date",
    "claims.#.service_lines.#.procedure_code": "code",
    "claims.#.service_lines.#.modifiers": "codes",
    "claims.#.service_lines.#.units": "int",
    "claims.#.service_lines.#.diagnosis_codes": "codes",
    "claims.#.service_lines.#.billed": "money",
    "claims.#.service_lines.#.allowed": "money",
    "claims.#.service_lines.#.paid": "money",
    "claims.#.service_lines.#.patient_responsibility": "money",
}
# Facts of the case that are not in the parse document: they reach the decision as
# the profile's ``grandfathered`` and ``stage``.
CASE_FACTS: dict[str, str] = {"plan.grandfathered": "bool", "stage": "stage"}
# The facts the letters state: what the review form shows and the benchmark counts.
LETTER_FACTS: tuple[str, ...] = (
    "member.name",
    "member.id",
    "plan.name",
    "plan.funding",
    "notice_date",
    "claims.#.claim_number",
    "claims.#.patient_name",
    "claims.#.denied",
    "claims.#.denial.primary_category",
    "claims.#.denial.reason_text",
    "claims.#.service_lines.#.date_of_service",
    "claims.#.service_lines.#.procedure_code",
    "claims.#.totals.billed",
    "claims.#.totals.paid",
    "claims.#.totals.patient_responsibility",
)
# Plain words for a fact, as the letters' placeholders and the review form name it.
LABELS: dict[str, str] = {
    "member.name": "your name",
    "member.id": "your member ID",
    "member.state": "your state",
    "plan.name": "your plan's name",
    "plan.type": "your plan's type",
    "plan.funding": "how your plan is funded",
    "plan.group_number": "your group number",
    "payer.name": "your insurance company's name",
    "notice_date": "the date of the notice",
    "claims.#.claim_number": "the claim number",
    "claims.#.patient_name": "the patient's name",
    "claims.#.denied": "whether the claim was denied",
    "claims.#.denial.primary_category": "the reason for the denial",
    "claims.#.denial.categories": "the reasons for the denial",
    "claims.#.denial.reason_text": "the reason printed on your notice",
    "claims.#.service_lines.#.date_of_service": "the date of the visit",
    "claims.#.service_lines.#.procedure_code": "the code billed",
    "claims.#.service_lines.#.diagnosis_codes": "the diagnosis codes",
    "claims.#.diagnosis_codes": "the diagnosis codes",
    "claims.#.totals.billed": "the amount billed",
    "claims.#.totals.paid": "the amount the plan paid",
    "claims.#.totals.patient_responsibility": "the amount billed to you",
}
_INDEX = re.compile(r"\.\d+(?=\.|$)")


@dataclass(frozen=True)
class Correction:
    """One checked ``PATH=VALUE``: the path, the value as the document holds it, the text."""

    path: str
    value: Any
    text: str


def pattern_of(path: str) -> str:
    """``claims.0.service_lines.1.billed`` -> ``claims.#.service_lines.#.billed``."""
    return _INDEX.sub(".#", path)


def label_of(path: str) -> str:
    """The plain words for a path (``member.id`` -> "your member ID")."""
    pattern = pattern_of(path)
    return LABELS.get(pattern) or pattern.rsplit(".", 1)[-1].replace("_", " ")


def valid_paths_hint(path: str) -> str:
    every = [*FIELDS, *CASE_FACTS]
    close = difflib.get_close_matches(pattern_of(path), every, n=1, cutoff=0.6)
    hint = f" — did you mean {close[0].replace('#', '0')!r}?" if close else ""
    return f"{hint} (valid: {', '.join(p.replace('#', 'N') for p in every)})"


def parse_assignment(text: str) -> tuple[str, str]:
    """``"member.id=XJH4471209"`` -> ``("member.id", "XJH4471209")``; InputError when no ``=``."""
    path, sep, value = text.partition("=")
    path = path.strip()
    if not sep or not path:
        raise InputError(f"--set {text!r}: write it as PATH=VALUE, e.g. member.id=XJH4471209")
    return path, value.strip()
