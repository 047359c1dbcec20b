"""A claim's totals printed one labelled amount a line ("Billed ...... $670.00") in its
block, kept only when its services add up to them."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from appealgen.models import ServiceLine
from appealgen.read.claim_totals import labelled_totals_lines
from appealgen.read.labelled_amounts import labelled_line


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Billed ............................................ $670.00", ("billed", "670.00")),
        ("Your plan paid ..................................... $569.50", ("paid", "569.50")),
        ("You may owe: $0.00", ("patient_responsibility", "0.00")),
        ("Allowed amount      242.25", ("allowed", "242.25")),
        ("Amount you may owe (USD) 1,010.00", ("patient_responsibility", "1010.00")),
    ],
)
def test_a_labelled_amount_line(text, want):
    key, value = labelled_line(text)
    assert (key, value) == (want[0], Decimal(want[1]))


@pytest.mark.parametrize(
    "text",
    [
        "8/20/26 CPT 99401 Preventive medicine counseling, 15 min Dx: O92.79",
        "Billed $285.00 Allowed $242.25 Plan paid $242.25 You may owe $0.00",
        "Member ID ........................... XLW 743-52-2988-02",
        "Deductible ........................... $20.00",
        "If you have questions about what you were billed, call us at $0.00",
    ],
)
def test_other_lines_are_no_labelled_amount(text):
    assert labelled_line(text) is None


def _ctx(*texts: str) -> SimpleNamespace:
    return SimpleNamespace(lines=[SimpleNamespace(text=t) for t in texts], glossary_lines=set())


def _lines(*rows: tuple[str, str, str]) -> list[ServiceLine]:
    return [
        ServiceLine(billed=Decimal(b), paid=Decimal(p), patient_responsibility=Decimal(s))
        for b, p, s in rows
    ]


PANEL = (
    "Claim #612923358273",
    "Billed ........................ $670.00",
    "Your plan paid ................ $569.50",
    "You may owe ................... $0.00",
    "8/20/26 CPT 99401 Preventive medicine counseling",
    "Billed $285.00 Allowed $242.25 Plan paid $242.25 You may owe $0.00",
)


def test_totals_the_services_add_up_to_are_the_claims():
    lines = _lines(("285.00", "242.25", "0.00"), ("385.00", "327.25", "0.00"))
    totals, at = labelled_totals_lines(_ctx(*PANEL), [(0, len(PANEL))], lines)
    assert (totals.billed, totals.paid, totals.patient_responsibility) == (
        Decimal("670.00"),
        Decimal("569.50"),
        Decimal("0.00"),
    )
    assert totals.allowed is None
    assert at == {"billed": 1, "paid": 2, "patient_responsibility": 3}


def test_amounts_the_services_do_not_add_up_to_are_not_the_claims():
    # a notice's grand total, or another claim's, printed in this claim's block
    lines = _lines(("285.00", "242.25", "0.00"), ("300.00", "242.25", "0.00"))
    totals, at = labelled_totals_lines(_ctx(*PANEL), [(0, len(PANEL))], lines)
    assert at == {} and totals.billed is None


def test_one_services_own_labelled_amounts_are_no_claim_totals():
    lines = _lines(("435.00", "0.00", "435.00"))
    ctx = _ctx("Claim number: E33", "Billed: $435.00", "Paid: $0.00", "You owe: $435.00")
    assert labelled_totals_lines(ctx, [(0, 4)], lines, [1, 2, 3])[1] == {}


def test_one_services_claim_totals_printed_apart_from_its_line():
    lines = _lines(("190.00", "0.00", "190.00"))
    ctx = _ctx(
        "Claim #115111826381",
        "Billed ........ $190.00",
        "Your plan paid ........ $0.00",
        "You may owe ........ $190.00",
        "8/26/26 CPT 99403 Preventive medicine counseling, 45 min",
        "Billed $190.00 Allowed $0.00 Plan paid $0.00 You may owe $190.00",
    )
    totals, at = labelled_totals_lines(ctx, [(0, 6)], lines, [4, 5])
    assert at == {"billed": 1, "paid": 2, "patient_responsibility": 3}
    assert totals.allowed is None


def test_one_labelled_amount_is_no_totals():
    lines = _lines(("285.00", "242.25", "0.00"), ("385.00", "327.25", "0.00"))
    ctx = _ctx("Claim #1", "Billed ........ $670.00", "Dx: O92.79")
    assert labelled_totals_lines(ctx, [(0, 3)], lines)[1] == {}


def test_no_services_read_no_totals_checked():
    assert labelled_totals_lines(_ctx(*PANEL), [(0, len(PANEL))], [])[1] == {}
