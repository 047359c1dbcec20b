"""What independent evidence makes sure: a member named beside the member ID's label, a
plan printed as a header part ending in its type, the addressee whose own care the notice
tells, the day heading a claim; and what a rival makes unsure: a date under a label that
names another date."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from page_lines import page_lines

from appealgen import parse_file
from appealgen.read import locate as lc
from appealgen.read.evidence_dates import another_date, heading_printing
from appealgen.read.score import score_sure

WILD = Path(__file__).parent / "data" / "varied" / "wild"


def _parsed(name: str):
    src = WILD / f"{name}.pdf"
    got = parse_file(src)
    want = json.loads((WILD / f"{name}.expected.json").read_text("utf-8"))
    return got, score_sure(got.to_dict(), want, name=name)


@pytest.mark.parametrize(
    "name, paths",
    [
        # "Clementine Mbeki-Rowe | Member ID AFJ… | Group …" / "Highgate Choice Plus PPO | PO Box …"
        ("w01_portal_0", ["member.name", "plan.name"]),
        # "Dear Noor Jessup: … On January 1, 2026, you received services from …"
        ("w02_agency_0", ["claims.0.patient_name"]),
        # "March 4, 2026" over the provider over "Claim number 26-…"
        ("w00_msn_0", ["claims.1.service_lines.0.date_of_service"]),
    ],
)
def test_what_independent_evidence_supports_is_sure(name, paths):
    got, score = _parsed(name)
    for path in paths:
        assert got.evidence[path].sure, (path, got.evidence[path])
    assert not score.wrong_sure, score.wrong_sure


def test_the_day_heading_a_claim_is_found_over_its_number():
    lines = page_lines(["March 4, 2026", "Priya Raman, IBCLC", "Claim number 26-51300-118"])
    spot = heading_printing(lines, 2, date(2026, 3, 4))
    assert spot is not None and spot.text == "March 4, 2026"
    assert heading_printing(lines, 2, date(2026, 3, 5)) is None
    # an amount between: the date heads the services of the claim above
    lines = page_lines(["March 4, 2026", "Total  $225.00", "Claim number 26-51300-118"])
    assert heading_printing(lines, 2, date(2026, 3, 4)) is None


@pytest.mark.parametrize(
    "label, rival",
    [
        ("Claims Processed Between", "processed"),
        ("Date received", "received"),
        ("Date of service", None),
        ("Visit dates", None),
    ],
)
def test_a_date_under_a_label_naming_another_date_is_not_the_visit(label, rival):
    lines = page_lines([label, "Mar 1, 2026 - May 12, 2026"])
    spot = lc.find(lines, lc.date_finder(date(2026, 3, 1)), [1])
    why = another_date(lines, spot, date(2026, 3, 1))
    assert (why is None) if rival is None else (f'"{rival}"' in why)


def test_a_name_a_sentence_wraps_is_found_on_its_first_line():
    from appealgen.read.evidence_checks import wrapped_printing

    lines = page_lines(["Your coverage is through the Maplewood", "Bronze PPO plan. Your group"])
    spot = wrapped_printing(lines, range(2), "Maplewood Bronze")
    assert spot is not None and spot.line == 0 and spot.text == "Maplewood"
    assert wrapped_printing(lines, range(2), "Maplewood Gold") is None


@pytest.mark.parametrize(
    "name, service",
    [
        ("Preventive Medicine Counseling", True),
        ("Lactation Classes", True),
        ("Home Visit", True),
        ("Mia Lee", False),
        ("Grace Okafor-Lindqvist", False),
    ],
)
def test_a_service_is_no_person(name, service):
    from types import SimpleNamespace

    from appealgen.read.person_checks import person_problem

    result = SimpleNamespace(payer=SimpleNamespace(name="Summit Health"))
    assert (person_problem(name, result) is not None) is service
