"""Each denied claim sorted before the choice: is it lactation care at all, and is its
denial a billing defect the provider fixes with a corrected claim (rules/claims.yaml)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import knowledge
from ..knowledge import BillingDefect
from ..models import Claim

YES, NO, UNKNOWN = "yes", "no", "unknown"


@dataclass
class Triage:
    """One denied claim, sorted."""

    claim: Claim
    lactation: str  # "yes", "no" or "unknown" (nothing says either way: kept)
    lactation_reason: str
    defects: list[BillingDefect] = field(default_factory=list)
    # the defect codes and the reason were read with certainty (decide/facts.py doubts them)
    defects_sure: bool = True

    @property
    def defect_only(self) -> bool:
        """The only reason given is a billing defect, surely read: a corrected claim, not an
        appeal. A defect read without sureness still gets its appeal."""
        cats = set(self.claim.denial.categories) if self.claim.denial else set()
        return bool(self.defects) and cats <= {"coding"} and self.defects_sure

    @property
    def label(self) -> str:
        return f"claim {self.claim.claim_number}" if self.claim.claim_number else "a claim"


def _codes(claim: Claim) -> tuple[list[str], list[str]]:
    procs = [ln.procedure_code.upper() for ln in claim.service_lines if ln.procedure_code]
    diags = [
        d.strip().upper()
        for d in [
            *claim.diagnosis_codes,
            *(d for ln in claim.service_lines for d in ln.diagnosis_codes),
        ]
        if d and d.strip()
    ]
    return procs, diags


def lactation_care(claim: Claim) -> tuple[str, str]:
    """Whether ``claim`` is lactation care ("yes", "no", "unknown") and why."""
    rules = knowledge.claim_rules()
    table = knowledge.lactation_codes()
    procs, diags = _codes(claim)
    for code in procs:
        row = table.get(code)
        if code in rules.procedure_codes or (row is not None and row.role in rules.procedure_roles):
            return YES, f"procedure code {code} is lactation care"
    for code in diags:
        if any(code.startswith(p) for p in rules.diagnosis_prefixes):
            return YES, f"diagnosis {code} is about lactation or the baby's feeding"
    name = claim.provider.name or ""
    if any(rx.search(name) for rx in rules.provider_patterns):
        return YES, f"the provider ({name}) gives lactation care"
    reason = claim.denial.reason_text if claim.denial and claim.denial.reason_text else ""
    if any(rx.search(reason) for rx in rules.reason_patterns):
        return YES, "the notice's reason is about lactation care"
    if not procs and not diags:
        return UNKNOWN, "the notice prints no codes for this claim"
    if any((row := table.get(c)) is not None and row.role in rules.neutral_roles for c in procs):
        return UNKNOWN, "its codes are ones lactation consultants often bill with"
    printed = ", ".join([*procs, *diags])
    return NO, (
        f"its codes ({printed}) and its provider do not describe lactation care, so no letter "
        "argues it as lactation care"
    )


def billing_defects(claim: Claim) -> list[BillingDefect]:
    """The billing-defect codes among the claim's denial codes, in the rules' order."""
    if claim.denial is None:
        return []
    carcs = {c.split("-", 1)[-1].strip().upper() for c in claim.denial.carc}
    rarcs = {r.strip().upper() for r in claim.denial.rarc}
    found = []
    for d in knowledge.claim_rules().billing_defects:
        if (d.kind == "carc" and d.code in carcs) or (d.kind == "rarc" and d.code in rarcs):
            found.append(d)
    return found


def triage(claims: list[Claim]) -> list[Triage]:
    """Every denied claim, sorted."""
    out = []
    for claim in claims:
        verdict, why = lactation_care(claim)
        out.append(Triage(claim, verdict, why, billing_defects(claim)))
    return out
