"""Plain data objects for the contract's documents, and the one serializer.

The decision's objects and the case (``Decision``, ``Case``…) are defined in
``decision_models`` and importable from here as well.

Everything the library returns is built from these dataclasses. ``to_dict``
turns them into the JSON document of the contract: ``Decimal`` becomes a
two-place string, ``date`` an ISO string, unknown values stay ``None``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .records import record

SCHEMA_VERSION = "1"

CATEGORIES: tuple[str, ...] = (
    "out_of_network",
    "provider_type",
    "prior_authorization",
    "not_covered",
    "medical_necessity",
    "cost_sharing",
    "coding",
    "place_of_service",
    "frequency_limit",
    "timely_filing",
    "eligibility",
    "coordination_of_benefits",
    "duplicate",
    "other",
)
FUNDING_KINDS: tuple[str, ...] = (
    "fully_insured",
    "self_funded",
    "medicaid",
    "governmental",
    "medicare",
    # plan types the ACA reaches differently (extend the contract; see docs/contract.md)
    "church",
    "fehb",
    "tricare",
    "short_term",
    "unknown",
)
# What a notice decides (data/rules/stages.yaml reads it; the profile and --set may say it)
STAGES: tuple[str, ...] = (
    "first_denial",
    "final_internal_denial",
    "external_review_decision",
    "fair_hearing_decision",
)
SOURCE_KINDS: tuple[str, ...] = ("eob", "denial_letter", "remittance_835", "unknown")
# DOCUMENT_KINDS, the kinds a decision may choose, are the letter registry's chosen kinds
# (appealgen/letters.py), looked up when first asked for (``__getattr__`` below): reading a
# notice needs no letters.
if TYPE_CHECKING:
    from .decision_models import *  # noqa: F403 (its __all__, given by __getattr__)

    DOCUMENT_KINDS: tuple[str, ...]
VENUE_KINDS: tuple[str, ...] = (
    "state_regulator",
    "us_dol_ebsa",
    "cms",
    "medicaid_fair_hearing",
    "opm",
    "tricare",
    "unknown",
)


def __getattr__(name: str) -> Any:
    """``DOCUMENT_KINDS``, and the names of ``decision_models.__all__``: the decision's
    objects are imported from there when first asked for, so reading a notice creates none
    of them."""
    if name == "DOCUMENT_KINDS":
        from .letters import CHOSEN_KINDS

        return CHOSEN_KINDS
    if not name.startswith("__"):
        from . import decision_models

        if name in decision_models.__all__:
            value = getattr(decision_models, name)
            globals()[name] = value  # the next look-up does not come here
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------
# The parse document


@record
class Source:
    file: str
    sha256: str
    pages: int | None = None
    ocr_used: bool = False
    kind: str = "unknown"


@record
class Payer:
    name: str | None = None
    state: str | None = None
    phone: str | None = None


@record
class Plan:
    name: str | None = None
    type: str | None = None
    funding: str = "unknown"
    group_number: str | None = None


@record
class Member:
    name: str | None = None
    id: str | None = None
    state: str | None = None


@record
class Provider:
    name: str | None = None
    npi: str | None = None
    network: str | None = None  # "in", "out" or None


@record
class Adjustment:
    group: str | None
    code: str
    amount: Decimal | None = None


@record
class ServiceLine:
    date_of_service: date | None = None
    procedure_code: str | None = None
    modifiers: list[str] = field(default_factory=list)
    units: int | None = None
    diagnosis_codes: list[str] = field(default_factory=list)
    billed: Decimal | None = None
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient_responsibility: Decimal | None = None
    adjustments: list[Adjustment] = field(default_factory=list)
    remark_codes: list[str] = field(default_factory=list)


@record
class Totals:
    billed: Decimal | None = None
    allowed: Decimal | None = None
    paid: Decimal | None = None
    patient_responsibility: Decimal | None = None


@record
class Denial:
    reason_text: str | None = None
    carc: list[str] = field(default_factory=list)
    rarc: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    primary_category: str | None = None


@record
class Claim:
    claim_number: str | None = None
    patient_name: str | None = None
    provider: Provider = field(default_factory=Provider)
    service_lines: list[ServiceLine] = field(default_factory=list)
    diagnosis_codes: list[str] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)
    denied: bool = False
    denial: Denial | None = None


@record
class Evidence:
    """Where one value was read and how sure the reader is of it.

    Keyed in ``ParseResult.evidence`` by the value's contract path
    (``member.id``, ``claims.0.claim_number``,
    ``claims.0.service_lines.1.billed``, ``claims.0.denial.primary_category``).
    """

    confidence: float = 0.0  # 0..1
    sure: bool = False  # may a letter state it without asking the person?
    source: str = "notice"  # who says so: "notice", "profile" or "person"
    reader: str | None = None  # which reader found it (table, key_value, prose, x12, learned...)
    page: int | None = None  # 1-based
    bbox: list[float] | None = None  # [x0, top, x1, bottom] in PDF points from the page's top left
    text: str | None = None  # the printed words it was read from
    reason: str | None = None  # why the reader is not sure, when it is not


@record
class ParseResult:
    source: Source
    payer: Payer = field(default_factory=Payer)
    plan: Plan = field(default_factory=Plan)
    member: Member = field(default_factory=Member)
    notice_date: date | None = None
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION
    # Per value: where it was read and how sure the reader is (path -> Evidence).
    evidence: dict[str, Evidence] = field(default_factory=dict)
    # Contract paths the reader looked for and the notice does not print.
    not_printed: list[str] = field(default_factory=list)
    # The layout it was read as: {"fingerprint": "...", "learned": name or None}.
    layout: dict[str, Any] = field(default_factory=dict)
    # The notice's own words, for the decide stage (stated deadlines, "final" notices);
    # not part of the contract's document, so to_dict leaves it out.
    notice_text: str | None = None

    @property
    def denied_claims(self) -> list[Claim]:
        return [c for c in self.claims if c.denied]

    def to_dict(self) -> dict[str, Any]:
        d = to_dict(self)
        d.pop("notice_text", None)
        # schema_version first, as in the contract
        return {"schema_version": d.pop("schema_version"), **d}


# --------------------------------------------------------------------------
# Serializer


def _money(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01")))


def to_dict(obj: Any) -> Any:
    """Recursively convert dataclasses to JSON-ready values (the contract's rules)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Decimal):
        return _money(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    return obj
