"""The record of one claim being checked, which every claim evidence function takes."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Claim, ParseResult, ServiceLine
from .context import ClaimTrace, ParseContext, ServiceTrace
from .evidence import Recorder


@dataclass(frozen=True)
class ClaimCheck:
    """One claim of a document and all its evidence is checked against."""

    rec: Recorder  # the evidence recorded so far (and the lines to find values on)
    ctx: ParseContext  # the document as the parser saw it
    result: ParseResult  # the whole reading: the other claims, the member, the payer
    claim: Claim
    trace: ClaimTrace  # how the claim was read
    span: list[int]  # the indexes of the lines the claim was read from
    base: str  # the claim's path in the parse document: "claims.0"

    def others(self) -> list[Claim]:
        """The document's other claims."""
        return [c for c in self.result.claims if c is not self.claim]


@dataclass(frozen=True)
class LineCheck:
    """One service line of a claim being checked."""

    claim: ClaimCheck
    trace: ServiceTrace  # where the line was printed and which reader took it
    line: ServiceLine
    base: str  # the line's path in the parse document: "claims.0.service_lines.1"

    @property
    def rec(self) -> Recorder:
        return self.claim.rec
