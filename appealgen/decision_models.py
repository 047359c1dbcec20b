"""The decision's data objects (what the decide stage chooses for a parse result) and
the case that holds both: ``case.json``.

``appealgen.models`` gives these names too (imported from here when first asked for).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .models import ParseResult, to_dict

# the names ``appealgen.models`` gives as well (and its type checking sees)
__all__ = [
    "CASE_ID_LENGTH",
    "ArgumentChoice",
    "Case",
    "Deadlines",
    "Decision",
    "DocumentPlan",
    "Venue",
    "case_id_for",
]


@dataclass
class DocumentPlan:
    kind: str
    file: str
    claim_numbers: list[str] = field(default_factory=list)
    recipient: str | None = None
    reason: str = ""


@dataclass
class ArgumentChoice:
    id: str
    answers: list[str] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)
    reason: str = ""
    title: str = ""
    text: str = ""  # the paragraph(s) the letters use
    citation_urls: list[str | None] = field(default_factory=list)  # aligned with citations


@dataclass
class Venue:
    kind: str = "unknown"
    name: str | None = None
    url: str | None = None
    phone: str | None = None
    reason: str = ""
    state: str | None = None  # two letters, for a state regulator
    guidance: str | None = None  # plain sentences on how to use this venue


@dataclass
class Deadlines:
    internal_appeal: date | None = None
    external_review: date | None = None
    reasons: dict[str, str] = field(default_factory=dict)
    fair_hearing: date | None = None  # Medicaid: after the plan's appeal decision


@dataclass
class Decision:
    documents: list[DocumentPlan] = field(default_factory=list)
    arguments: list[ArgumentChoice] = field(default_factory=list)
    venue: Venue = field(default_factory=Venue)
    deadlines: Deadlines = field(default_factory=Deadlines)
    warnings: list[str] = field(default_factory=list)
    call_points: list[str] = field(default_factory=list)  # the phone script, member's words
    call_points_provider: list[str] = field(default_factory=list)  # the same, practice's words
    suggestions: list[str] = field(default_factory=list)
    funding: str = "unknown"  # the plan funding the decision was made for
    final_internal_denial: bool = False  # the notice or the profile: internal appeals are done
    track: str = "unknown"  # the plan type's track (data/tracks.yaml): law, venue, deadlines
    stage: str = "first_denial"  # what the notice decides (STAGES); a decision input
    stage_reason: str = ""  # where the stage comes from
    today: date | None = None  # the day the deadlines were compared with (clock.today())
    overdue: list[str] = field(default_factory=list)  # deadline kinds passed by then
    appeal_late: str | None = None  # "passed", "maybe" (no date known, long ago) or None
    grandfathered: bool = (
        False  # the notice or the profile: a grandfathered plan (no ACA appeal rules)
    )
    # denied claims no letter argues: {"claim": index, "claim_number", "reason"}
    not_lactation_care: list[dict[str, Any]] = field(default_factory=list)
    # claims whose denial names a billing defect: {"claim": index, "claim_number", "codes"}
    billing_defects: list[dict[str, Any]] = field(default_factory=list)
    # denied claims whose reason the reader is not sure of: {"claim": index, "claim_number",
    # "path", "read_as" (the category as read), "words" (the notice's), "arguments" (the ids
    # that wait for the person to confirm the reason)}; the letters argue none of them
    reasons_to_confirm: list[dict[str, Any]] = field(default_factory=list)


CASE_ID_LENGTH = 12


def case_id_for(sha256: str) -> str:
    """The case id (and folder name) of an input file: the first 12 hex of its sha256.

    Shared by ``Case.case_id`` and the batch runner's skip-if-done check, so both
    name the same folder before and after a file is parsed.
    """
    return sha256[:CASE_ID_LENGTH]


@dataclass
class Case:
    """A parse result with the decision taken on it: what ``case.json`` holds."""

    parse: ParseResult
    decision: Decision

    @property
    def case_id(self) -> str:
        return case_id_for(self.parse.source.sha256)

    def to_dict(self) -> dict[str, Any]:
        d = self.parse.to_dict()
        d["decision"] = to_dict(self.decision)
        return d
