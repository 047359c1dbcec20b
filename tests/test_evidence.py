"""Evidence and confidence for every value the reader returns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines
from test_parse_samples import EXPECTED, _input_for

from appealgen import parse_file
from appealgen.read.evidence import value_at, value_paths
from appealgen.read.person_checks import person_problem
from appealgen.read.score import SureScore, score_sure
from appealgen.read.settings import DEFAULT_SETTINGS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INPUTS = [_input_for(p) for p in EXPECTED]


def _empty(v: object) -> bool:
    return v is None or v == [] or v == "unknown"


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_every_value_has_evidence_and_every_gap_is_not_printed(path: Path) -> None:
    result = parse_file(path)
    for field in value_paths(result):
        value = value_at(result, field)
        if _empty(value):
            assert field in result.not_printed, field
            assert field not in result.evidence, field
        else:
            assert field in result.evidence, f"{field} = {value!r} has no evidence"
            assert field not in result.not_printed, field
    threshold = DEFAULT_SETTINGS.sure_threshold
    for field, ev in result.evidence.items():
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.sure == (ev.confidence >= threshold), field
        assert (ev.reason is None) == ev.sure, field
        assert ev.source == "notice" and ev.reader
        if path.suffix == ".835":
            assert ev.bbox is None and ev.sure or field.endswith("category")
        elif ev.bbox is not None:
            x0, top, x1, bottom = ev.bbox
            assert 0 <= x0 < x1 <= 1000 and 0 <= top < bottom <= 1200, field
            assert ev.page is not None and ev.page >= 1 and ev.text


def test_json_carries_evidence_as_the_contract_shows() -> None:
    d = parse_file(SAMPLES / "northwind_eob_out_of_network.pdf").to_dict()
    ev = d["evidence"]["member.id"]
    assert set(ev) == {"confidence", "sure", "source", "reader", "page", "bbox", "text", "reason"}
    assert ev["text"] == "NWH884213907" and ev["sure"] and ev["page"] == 1
    assert d["evidence"]["claims.0.service_lines.0.billed"]["text"] == "$250.00"
    assert "plan.group_number" not in d["not_printed"]
    assert set(d["layout"]) == {"fingerprint", "learned"} and d["layout"]["learned"] is None
    assert len(d["layout"]["fingerprint"]) == 16  # the payer layout's id (read/fingerprint.py)


def test_sure_values_on_samples_are_right() -> None:
    """A value marked sure on a shipped sample is the expected value (OCR names aside)."""
    total = SureScore()
    for exp in EXPECTED:
        got = parse_file(_input_for(exp)).to_dict()
        total.merge(score_sure(got, json.loads(exp.read_text()), name=exp.name))
    wrong = [w for w in total.wrong_sure if "scan_" not in w and "photo_" not in w]
    assert not wrong, "\n".join(wrong)
    assert total.sure_right / (total.sure_right + total.unsure_right) >= 0.9, total.report()


@pytest.mark.parametrize(
    "name, problem",
    [
        ("Balance", "heading"),
        ("Patient responsibility", "heading"),
        ("Northwind Health Plan", "insurer"),
        ("Ann Lee", None),
        ("Zoë O'Brien", None),
        ("Ann Lee Group: 54452", "label"),
    ],
)
def test_a_person_is_not_a_heading_or_the_payer(name: str, problem: str | None) -> None:
    from appealgen.models import ParseResult, Payer, Source

    result = ParseResult(source=Source("x.pdf", "0"), payer=Payer(name="Northwind Health Plan"))
    got = person_problem(name, result)
    assert (got is None) == (problem is None)
    if problem:
        assert problem in got


def _table_eob(tmp_path: Path, claim: str, billed: str, paid: str, owe: str) -> Path:
    rows = text_lines(
        "**Harbor Mutual Health",
        "Explanation of Benefits",
        "Member: Ann Lee          Member ID: HMX4471209",
        f"Claim number: {claim}",
        "Provider: Kim Tran, IBCLC",
    )
    rows.append(
        [
            (60, "Date of service"),
            (170, "Code"),
            (240, "Billed"),
            (320, "Paid"),
            (400, "You owe"),
            (480, "Codes"),
        ]
    )
    rows.append(
        [
            (60, "02/11/2026"),
            (170, "S9443"),
            (240, billed),
            (320, paid),
            (400, owe),
            (480, "CO-242"),
        ]
    )
    return make_pdf(tmp_path / "eob.pdf", rows)


def test_amounts_that_add_up_are_sure(tmp_path: Path) -> None:
    result = parse_file(_table_eob(tmp_path, "HX26041100917", "250.00", "0.00", "250.00"))
    ev = result.evidence
    for f in ("billed", "paid", "patient_responsibility", "date_of_service", "procedure_code"):
        assert ev[f"claims.0.service_lines.0.{f}"].sure, f
    assert ev["claims.0.claim_number"].sure
    assert ev["claims.0.denial.primary_category"].sure  # CO-242 names it


def test_amounts_that_do_not_add_up_are_unsure(tmp_path: Path) -> None:
    result = parse_file(_table_eob(tmp_path, "HX26041100917", "250.00", "20.00", "100.00"))
    ev = result.evidence["claims.0.service_lines.0.billed"]
    assert not ev.sure and "add up" in ev.reason


def test_a_claim_number_glued_to_a_diagnosis_is_unsure(tmp_path: Path) -> None:
    result = parse_file(_table_eob(tmp_path, "HX26041100917Z39.1", "250.00", "0.00", "250.00"))
    ev = result.evidence["claims.0.claim_number"]
    assert not ev.sure and "diagnosis" in ev.reason


@pytest.mark.parametrize(
    "reason, sure",
    [
        # one phrase, in no sentence that says why the claim was denied: a guess
        ("The claim, billed by an out-of-network provider, was denied.", False),
        # the notice's own reason, one reason only: "denied because …"
        ("The claim was denied because the visit was billed by an out-of-network provider.", True),
        # a code printed in the reason confirms the phrase
        ("Your provider is not in our network. Reason code: CO-242.", True),
    ],
    ids=["one-phrase", "denied-because", "code-in-the-reason"],
)
def test_a_category_from_one_phrase_is_sure_only_when_confirmed(
    tmp_path: Path, reason: str, sure: bool
) -> None:
    path = make_pdf(
        tmp_path / "letter.pdf",
        text_lines(
            "**Harbor Mutual Health",
            "March 4, 2026",
            "Dear Ann Lee,",
            "We reviewed claim HX26041100917 for lactation services provided on February 11, 2026.",
            reason,
            "The amount billed was $250.00 and we paid $0.00.",
        ),
    )
    result = parse_file(path)
    claim = result.claims[0]
    assert claim.denial and claim.denial.primary_category == "out_of_network"
    ev = result.evidence["claims.0.denial.primary_category"]
    assert ev.sure == sure, ev
    if not sure:
        assert "one phrase" in ev.reason
    assert result.evidence["claims.0.claim_number"].sure


def test_an_835_is_sure_from_its_segments() -> None:
    result = parse_file(SAMPLES / "northwind_835_out_of_network.835")
    ev = result.evidence["claims.0.claim_number"]
    assert ev.sure and ev.bbox is None and ev.reader == "x12"


def test_debug_view_draws_the_evidence_boxes(tmp_path: Path) -> None:
    import runpy
    import sys

    from PIL import Image

    script = Path(__file__).resolve().parent.parent / "scripts" / "show_layout.py"
    mod = runpy.run_path(str(script))
    out = tmp_path / "png"
    argv = sys.argv
    try:
        mod["main"]([str(SAMPLES / "northwind_eob_out_of_network.pdf"), "--png", str(out)])
    finally:
        sys.argv = argv
    page = Image.open(out / "page-1.png").convert("RGB")
    # a sure value's box is drawn in green around the member ID (PDF points x2)
    ev = parse_file(SAMPLES / "northwind_eob_out_of_network.pdf").evidence["member.id"]
    x0, top = int(ev.bbox[0] * 2) - 1, int(ev.bbox[1] * 2) + 2
    assert page.getpixel((x0, top)) == (0, 150, 60)


def test_several_claim_numbers_in_one_claim_are_found() -> None:
    """A claim whose lines print two claim numbers may be two claims read as one."""
    from types import SimpleNamespace

    from appealgen.read.evidence import claim_ids

    lines = [
        SimpleNamespace(text="Claim identifier: E59-63745811 Member ID: DWC5599677"),
        SimpleNamespace(text="04/18/2026 99402 1 $380.00"),
        SimpleNamespace(text="Claim number: E26-48179523 Services for: Ann Lee"),
    ]
    assert claim_ids(lines, range(2)) == {"E59-63745811"}
    assert claim_ids(lines, range(3)) == {"E59-63745811", "E26-48179523"}


@pytest.mark.parametrize(
    "member_line, sure",
    [
        ("Member name: Ann Lee", True),  # the addressee is the member, under its own label
        ("Plan: Harbor Gold", False),  # only the address block and the greeting name her
    ],
    ids=["labelled-member", "addressee-only"],
)
def test_the_addressee_as_patient_is_sure_only_when_confirmed(
    tmp_path: Path, member_line: str, sure: bool
) -> None:
    path = make_pdf(
        tmp_path / "letter.pdf",
        text_lines(
            "**Harbor Mutual Health",
            "Ann Lee",
            "12 Elm Street",
            "Springfield, MA 01101",
            member_line,
            "Member ID: HMX4471209",
            "Dear Ann Lee,",
            "We reviewed the claim for lactation care on February 11, 2026. "
            "Claim number: HX26041100917.",
            "The claim was denied because the provider is out of network.",
        ),
    )
    result = parse_file(path)
    assert result.claims[0].patient_name == "Ann Lee"
    ev = result.evidence["claims.0.patient_name"]
    assert ev.reader == "addressee" and ev.sure is sure, ev
