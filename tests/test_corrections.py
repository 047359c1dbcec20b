"""Corrections: PATH=VALUE checked against the contract, --set, an edited case.json, the
profile's plan facts; each shown in the letters (the .docx read back)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx_text
import pytest
from click.testing import CliRunner

from appealgen import corrections
from appealgen.cli import cli
from appealgen.errors import InputError
from appealgen.models import Evidence

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"  # fully insured, MA


def doc_text(path: Path) -> str:
    return docx_text.doc_text(path, footers=False)


@pytest.fixture(scope="module")
def parsed_json(tmp_path_factory) -> Path:
    """The sample's parse document, read once for the module."""
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("parsed") / "northwind.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("APPEALGEN_TODAY", "2026-03-20")


def _case_dir(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return folder


# --------------------------------------------------------------------------
# The library


@pytest.mark.parametrize(
    ("path", "raw", "value"),
    [
        ("member.id", "  XJH 4471209 ", "XJH 4471209"),
        ("plan.funding", "Self-Funded", "self_funded"),
        ("claims.0.denial.primary_category", "provider type", "provider_type"),
        (
            "claims.0.denial.categories",
            "provider_type, out_of_network",
            ["provider_type", "out_of_network"],
        ),
        ("notice_date", "2026-03-09", date(2026, 3, 9)),
        ("claims.0.totals.patient_responsibility", "$1,250.5", Decimal("1250.50")),
        ("claims.0.denied", "no", False),
        ("member.state", "ny", "NY"),
        ("claims.0.denial.carc", "co-242 pr-1", ["CO-242", "PR-1"]),
        ("claims.0.service_lines.1.procedure_code", "s9443", "S9443"),
        ("stage", "final internal denial", "final_internal_denial"),
        ("member.id", "", None),
    ],
    ids=lambda v: str(v)[:30],
)
def test_values_are_checked_and_normalised(path, raw, value):
    assert corrections.convert(path, raw) == value


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("member.idd=X", "unknown path 'member.idd' — did you mean 'member.id'?"),
        ("plan.funding=selffunded", "did you mean 'self_funded'?"),
        ("claims.0.denial.primary_category=wrong_doctor", "valid: out_of_network, provider_type"),
        ("notice_date=03/09/2026", "write the date as YYYY-MM-DD"),
        ("notice_date=2026-02-30", "not a date on the calendar"),
        ("claims.0.totals.billed=lots", "write the amount as a number"),
        ("claims.0.denied=maybe", "write true or false"),
        ("member.state=Massachusetts", "two-letter US state code"),
        ("claims.0.provider.npi=123", "an NPI is 10 digits"),
        ("claims.0.denial.carc=242", "GROUP-CODE codes such as CO-242"),
        ("stage=appealed", "valid: first_denial, final_internal_denial, external_review"),
    ],
)
def test_a_bad_correction_is_one_line_naming_the_valid_values(sample_case, assignment, message):
    path, raw = corrections.parse_assignment(assignment)
    with pytest.raises(InputError) as info:
        corrections.apply(sample_case.parse, [(path, raw)])
    line = info.value.one_line()
    assert message in line
    assert "\n" not in line


def test_a_position_that_does_not_exist_names_the_ones_that_do(sample_case):
    with pytest.raises(InputError, match=r"there is no claims\.3 \(positions: 0–0\)"):
        corrections.apply(sample_case.parse, [("claims.3.claim_number", "X")])


def test_a_correction_is_the_persons_and_sure(sample_case):
    before = sample_case.parse
    before.evidence["member.id"] = Evidence(
        confidence=0.4, sure=False, page=1, bbox=[1.0, 2.0, 3.0, 4.0], text="ID XJH44"
    )
    after = corrections.apply(before, {"member.id": "XJH4471209"})
    assert after.member.id == "XJH4471209"
    ev = after.evidence["member.id"]
    assert (ev.source, ev.sure, ev.page, ev.bbox) == ("person", True, 1, [1.0, 2.0, 3.0, 4.0])
    assert corrections.is_sure(after, "member.id")
    assert not corrections.is_sure(before, "member.id")  # the input is not changed
    assert before.member.id != "XJH4471209"


def test_setting_a_category_makes_the_claim_denied_and_keeps_categories_consistent(sample_case):
    parse = corrections.apply(sample_case.parse, {"claims.0.denied": "false"})
    assert parse.claims[0].denial is None
    parse = corrections.apply(parse, {"claims.0.denial.primary_category": "provider_type"})
    claim = parse.claims[0]
    assert claim.denied and claim.denial.primary_category == "provider_type"
    assert claim.denial.categories == ["provider_type"]


def test_no_evidence_is_not_sure(sample_case):
    parse = sample_case.parse
    parse.evidence.clear()
    assert not corrections.is_sure(parse, "member.id")
    assert corrections.source_of(parse, "member.id") == "notice (not sure)"
    parse.evidence["member.id"] = Evidence(confidence=0.99, sure=True)
    assert corrections.is_sure(parse, "member.id")


def test_profile_plan_facts_override_what_was_read(sample_case, sample_profile):
    sample_profile.plan.funding = "self_funded"
    sample_profile.member.state = "NY"
    parse = corrections.apply_profile(sample_case.parse, sample_profile)
    assert parse.plan.funding == "self_funded"
    assert parse.member.state == "NY"
    assert parse.evidence["plan.funding"].source == "profile"
    # the person's own correction beats the profile
    mine = corrections.apply(sample_case.parse, {"plan.funding": "medicaid"})
    assert corrections.apply_profile(mine, sample_profile).plan.funding == "medicaid"


# --------------------------------------------------------------------------
# The commands, read back from the .docx


def test_generate_with_set_puts_the_corrected_id_in_the_appeal(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        [
            "generate",
            str(SAMPLE),
            "-o",
            str(out),
            "--set",
            "member.id=XYZ123",
            "--set",
            "claims.0.denial.primary_category=provider_type",
        ],
    )
    assert result.exit_code == 0, result.output
    case_dir = _case_dir(out)
    appeal = doc_text(case_dir / "appeal.docx")
    assert "XYZ123" in appeal
    data = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    assert data["member"]["id"] == "XYZ123"
    assert data["evidence"]["member.id"]["source"] == "person"
    assert data["claims"][0]["denial"]["primary_category"] == "provider_type"
    assert data["as_read"]["member.id"] == "XYZ123"


def test_generate_with_a_bad_set_is_one_line_exit_1(tmp_path):
    result = CliRunner().invoke(
        cli, ["generate", str(SAMPLE), "-o", str(tmp_path), "--set", "plan.funding=aso"]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "plan.funding='aso': not a plan funding" in result.stderr
    assert "self_funded" in result.stderr
    assert not any(tmp_path.iterdir())


def test_generate_an_edited_case_json(parsed_json, tmp_path):
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["generate", str(parsed_json), "-o", str(out)])
    assert first.exit_code == 0, first.output
    case_json = _case_dir(out) / "case.json"
    data = json.loads(case_json.read_text(encoding="utf-8"))
    assert data["member"]["id"] != "EDITED42"
    data["member"]["id"] = "EDITED42"
    data["claims"][0]["patient_name"] = "Baby O'Brien"
    case_json.write_text(json.dumps(data, indent=2), encoding="utf-8")

    again = CliRunner().invoke(cli, ["generate", str(case_json), "-o", str(out)])
    assert again.exit_code == 0, again.output
    case_dir = _case_dir(out)
    assert "EDITED42" in doc_text(case_dir / "appeal.docx")
    written = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    assert written["evidence"]["member.id"]["source"] == "person"
    assert written["evidence"]["claims.0.patient_name"]["source"] == "person"
    # what the person left alone keeps the reader's word
    assert written["evidence"].get("claims.0.claim_number", {}).get("source") != "person"


def test_an_edited_case_json_with_a_value_outside_the_vocabulary(parsed_json, tmp_path):
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["generate", str(parsed_json), "-o", str(out)])
    case_json = _case_dir(out) / "case.json"
    data = json.loads(case_json.read_text(encoding="utf-8"))
    data["claims"][0]["denial"]["primary_category"] = "wrong doctor"
    case_json.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(cli, ["generate", str(case_json), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "not a denial category" in result.stderr and "provider_type" in result.stderr


def test_profile_plan_facts_reach_the_letters(parsed_json, tmp_path):
    profile = tmp_path / "p.toml"
    profile.write_text(
        'grandfathered = true\n[member]\nname = "Zoë O\'Brien"\nstate = "NY"\n'
        '[plan]\nfunding = "self_funded"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["generate", str(parsed_json), "-o", str(out), "--profile", str(profile)]
    )
    assert result.exit_code == 0, result.output
    case_dir = _case_dir(out)
    names = {p.name for p in case_dir.iterdir()}
    # the notice says fully insured; the profile says self-funded: EBSA, not the state
    assert "ebsa_request.docx" in names
    assert "state_complaint.docx" not in names
    assert "grandfathered status" in doc_text(case_dir / "appeal.docx")
    data = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    assert data["plan"]["funding"] == "self_funded"
    assert data["evidence"]["plan.funding"]["source"] == "profile"

    explained = CliRunner().invoke(cli, ["explain", str(parsed_json), "--profile", str(profile)])
    assert explained.exit_code == 0, explained.output
    assert "your profile says it is a self-funded plan" in " ".join(explained.output.split())
    assert "Plan funding: self funded [plan.funding] - your profile" in explained.output


def test_set_stage_final_writes_the_external_review(parsed_json, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["generate", str(parsed_json), "-o", str(out), "--set", "stage=final_internal_denial"],
    )
    assert result.exit_code == 0, result.output
    case_dir = _case_dir(out)
    assert (case_dir / "external_review.docx").exists()
    data = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    assert data["decision"]["final_internal_denial"] is True


def test_explain_says_where_each_fact_comes_from(parsed_json):
    result = CliRunner().invoke(cli, ["explain", str(parsed_json), "--set", "member.id=XYZ123"])
    assert result.exit_code == 0, result.output
    assert "WHERE THE FACTS COME FROM" in result.output
    assert "Member ID: XYZ123 [member.id] - you" in result.output
