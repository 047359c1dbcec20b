"""A claim whose codes give two reasons, and nothing printed says which one denied it: its
category is asked, not the higher-ranked one stated as sure."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.models import Adjustment, Claim, Denial, ServiceLine
from appealgen.read.classify import classification
from appealgen.read.evidence import Recorder
from appealgen.read.evidence_denial import category_evidence
from appealgen.read.settings import DEFAULT_SETTINGS
from samples import generate as g

D = Decimal


def _line(codes: list[str], paid: str) -> ServiceLine:
    adjustments = [Adjustment(c.split("-")[0], c.split("-")[1], None) for c in codes]
    return ServiceLine(procedure_code="99403", paid=D(paid), adjustments=adjustments)


def _category(lines: list[ServiceLine], reason: str | None = None, rarc: tuple = ()):
    carc = [f"{a.group}-{a.code}" for ln in lines for a in ln.adjustments]
    c = classification(reason, carc, list(rarc))
    denial = Denial(reason, carc, list(rarc), c.categories, c.primary)
    claim = Claim(claim_number="5512", denied=True, service_lines=lines, denial=denial)
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    category_evidence(rec, "claims.0.denial", claim, [], located=False)
    return c.primary, rec.out["claims.0.denial.primary_category"]


def test_two_unpaid_services_denied_for_two_reasons_are_asked() -> None:
    primary, ev = _category([_line(["CO-197"], "0"), _line(["PR-1"], "0")])
    assert primary == "prior_authorization"  # the higher-ranked reason is still read
    assert not ev.sure
    assert ev.reason.startswith("the claim's codes give several reasons: ")
    assert "approval" in ev.reason and "deductible" in ev.reason


def test_remark_codes_of_two_reasons_are_asked() -> None:
    primary, ev = _category([_line(["CO-96"], "0")], rarc=("N95", "N54"))
    assert primary is not None
    assert not ev.sure and "several reasons" in ev.reason


@pytest.mark.parametrize(
    "lines, reason",
    [
        # a service paid was not denied: its coinsurance is no second reason
        ([_line(["CO-197"], "0"), _line(["PR-2"], "40.00")], None),
        # the reasons every unpaid service shares
        ([_line(["CO-197"], "0"), _line(["CO-197", "PR-1"], "0")], None),
        # the notice's own reason names one of the two
        (
            [_line(["CO-197"], "0"), _line(["PR-1"], "0")],
            "We denied this claim because the visit needed prior authorization and none "
            "was obtained.",
        ),
        ([_line(["CO-197"], "0"), _line(["CO-197"], "0")], None),  # one reason
    ],
)
def test_one_reason_or_the_notice_saying_which_stays_sure(lines, reason) -> None:
    primary, ev = _category(lines, reason)
    assert primary == "prior_authorization"
    assert ev.sure, ev.reason


def _notice(tmp: Path, second: str, second_paid: str) -> Path:
    """A member's EOB of one claim: a visit denied for want of an authorization, and a
    second service adjusted with ``second`` (paid ``second_paid``)."""
    rng = random.Random(7)
    doc = g.random_doc(rng, "multi_claim", "two_reasons")
    dos = date(2026, 2, 3)
    first = g.Line(dos, "99403", "Preventive counseling, 45 min", D("180.00"), units=1)
    first.allowed, first.paid, first.owe = D("0.00"), D("0.00"), D("0.00")
    first.dx, first.adj = ["Z39.1"], [g.Adj("CO", "197", D("180.00"))]
    other = g.Line(dos, "99402", "Preventive counseling, 30 min", D("120.00"), units=1)
    other.dx, other.allowed, other.paid = ["Z39.1"], D("120.00"), D(second_paid)
    other.owe = D("120.00") - other.paid
    group, code = second.split("-")
    other.adj = [g.Adj(group, code, other.owe)]
    claim = g.ClaimRec(
        number="4471902231",
        patient=doc.member_name,
        provider="Jane Doe, IBCLC",
        npi=g.make_npi("112345678"),
        lines=[first, other],
        categories=["prior_authorization", "cost_sharing"],
    )
    doc.claims = [claim]
    doc.extra = {"summary": False}
    g.layout_multi_claim(doc, tmp)
    return tmp / "two_reasons.pdf"


def test_a_notice_denying_two_services_for_two_reasons_asks_which(tmp_path: Path) -> None:
    result = parse_file(_notice(tmp_path, "PR-1", "0.00"))
    [claim] = result.claims
    assert claim.denial.primary_category == "prior_authorization"
    ev = result.evidence["claims.0.denial.primary_category"]
    assert not ev.sure and "several reasons" in ev.reason


def test_a_notice_that_paid_the_other_service_keeps_its_reason_sure(tmp_path: Path) -> None:
    result = parse_file(_notice(tmp_path, "PR-2", "96.00"))
    [claim] = result.claims
    assert claim.denial.primary_category == "prior_authorization"
    assert result.evidence["claims.0.denial.primary_category"].sure
