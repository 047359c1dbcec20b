"""A learned layout's value that fails its field's checks leaves the readers' reading of
that field, with the reason in its evidence: a negative amount, one word for a person's
name, a service after the notice, claim totals that do not add up where the readers' do."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from page_lines import page_lines

from appealgen.models import Claim, Evidence, ParseResult, ServiceLine, Source, Totals
from appealgen.read import learned_guard as guard
from appealgen.read.anchors import Spot
from appealgen.read.layouts import LearnedLayout
from appealgen.read.learned_merge import merge
from appealgen.read.learned_read import Occ, ReadClaim, Reading

D = Decimal
ZERO = D("0.00")
LINES = page_lines(
    [
        "Claim ID:  CLM-20931    Patient:  Msg",
        "03/04/2026  99403  $150.00   $120.00   $-30.00",
        "Total billed: $150.00   Paid: $120.00   You owe: $90.00",
    ]
)
LAYOUT = LearnedLayout(
    name="bayou-mutual-1",
    payer="Bayou Mutual",
    fingerprint="f" * 16,
    words=[],
    fields={
        "claims.claim_number": {"label": "claim id"},
        "claims.patient_name": {"label": "patient"},
        "claims.totals.billed": {"label": "total billed"},
        "claims.totals.paid": {"label": "paid"},
        "claims.totals.patient_responsibility": {"label": "you owe"},
        "claims.lines.date_of_service": {"column": "date"},
        "claims.lines.billed": {"column": "billed"},
        "claims.lines.paid": {"column": "paid"},
        "claims.lines.patient_responsibility": {"column": "you owe"},
    },
)


def _readers() -> ParseResult:
    line = ServiceLine(
        date_of_service=date(2026, 3, 4),
        billed=D("150.00"),
        paid=D("120.00"),
        patient_responsibility=D("0.00"),
    )
    claim = Claim(
        claim_number="CLM-20931",
        patient_name="Maya Hollis",
        service_lines=[line],
        totals=Totals(billed=D("150.00"), paid=D("120.00"), patient_responsibility=D("0.00")),
    )
    result = ParseResult(Source("n.pdf", "0" * 64), notice_date=date(2026, 4, 1))
    result.claims = [claim]
    result.evidence["claims.0.patient_name"] = Evidence(confidence=0.9, sure=True)
    return result


def _occ(path: str, value, line: int = 0) -> Occ:
    return Occ(path, value, Spot(line, 0, 0, 0), LINES[line])


def _reading(share: Decimal, when: date = date(2026, 3, 4), owe: Decimal = ZERO) -> Reading:
    row = {
        "claims.lines.date_of_service": _occ("claims.lines.date_of_service", when, 1),
        "claims.lines.billed": _occ("claims.lines.billed", D("150.00"), 1),
        "claims.lines.paid": _occ("claims.lines.paid", D("120.00"), 1),
        "claims.lines.patient_responsibility": _occ(
            "claims.lines.patient_responsibility", share, 1
        ),
    }
    fields = {
        "claims.patient_name": _occ("claims.patient_name", "Msg"),
        "claims.totals.billed": _occ("claims.totals.billed", D("150.00"), 2),
        "claims.totals.paid": _occ("claims.totals.paid", D("120.00"), 2),
        "claims.totals.patient_responsibility": _occ(
            "claims.totals.patient_responsibility", owe, 2
        ),
    }
    number = _occ("claims.claim_number", "CLM-20931")
    return Reading(claims=[ReadClaim(number=number, fields=fields, lines=[row])])


def test_each_fields_checks():
    result = _readers()
    assert guard.failed_check("claims.totals.paid", D("-1.00"), result)
    assert guard.failed_check("claims.lines.billed", D("0.00"), result) is None
    assert guard.failed_check("claims.patient_name", "Msg", result)
    assert guard.failed_check("member.name", "NAKAGAWA, SOLVEIG", result) is None
    assert guard.failed_check("claims.provider.name", "Milkweed", result) is None  # no person
    after = date(2026, 4, 2)
    assert guard.failed_check("claims.lines.date_of_service", after, result)
    assert guard.failed_check("claims.lines.date_of_service", date(2026, 4, 1), result) is None


def test_claim_totals_add_up():
    assert guard.adds_up({"billed": D("150"), "paid": D("120"), "patient_responsibility": D("30")})
    assert not guard.adds_up(
        {"billed": D("150"), "paid": D("120"), "patient_responsibility": D("90")}
    )
    assert not guard.adds_up({"billed": D("150"), "allowed": D("200")})
    assert guard.adds_up({"paid": D("120"), "patient_responsibility": D("90")})  # no billed


def test_a_value_failing_its_check_leaves_the_readers_reading_with_the_reason():
    result = _readers()
    merge(result, _reading(share=D("-30.00")), LAYOUT, LINES)
    claim = result.claims[0]
    assert claim.patient_name == "Maya Hollis"
    assert "not a person's full name" in result.evidence["claims.0.patient_name"].reason
    assert claim.service_lines[0].patient_responsibility == D("0.00")
    reason = result.evidence["claims.0.service_lines.0.patient_responsibility"].reason
    assert "kept over learned layout bayou-mutual-1: a negative amount" in reason
    assert claim.service_lines[0].paid == D("120.00")  # a value passing its checks is read
    assert result.evidence["claims.0.service_lines.0.paid"].reader == "learned"


def test_a_service_after_the_notice_is_not_the_layouts():
    result = _readers()
    merge(result, _reading(share=D("0.00"), when=date(2026, 5, 4)), LAYOUT, LINES)
    assert result.claims[0].service_lines[0].date_of_service == date(2026, 3, 4)


def test_totals_that_do_not_add_up_leave_the_readers_totals():
    result = _readers()
    merge(result, _reading(share=D("0.00"), owe=D("90.00")), LAYOUT, LINES)
    totals = result.claims[0].totals
    assert totals.patient_responsibility == D("0.00")
    why = result.evidence["claims.0.totals.patient_responsibility"].reason
    assert "totals do not add up" in why
    assert totals.paid == D("120.00")
    # totals that add up, and that the claim's services make, are the layout's
    result = _readers()
    merge(result, _reading(share=D("30.00"), owe=D("30.00")), LAYOUT, LINES)
    assert result.claims[0].totals.patient_responsibility == D("30.00")
    assert result.evidence["claims.0.totals.patient_responsibility"].reader == "learned"
    # a total its services do not make, where the readers' is what they make, is theirs
    result = _readers()
    merge(result, _reading(share=D("0.00"), owe=D("30.00")), LAYOUT, LINES)
    assert result.claims[0].totals.patient_responsibility == D("0.00")
    why = result.evidence["claims.0.totals.patient_responsibility"].reason
    assert "services make the notice's own total" in why
