"""A reason for the denial the reader is not sure of never picks the letter's argument.

With an unsure ``claims.N.denial.primary_category`` the appeal argues only what holds for
any denial of lactation care, and the answer to the plan's reason is a highlighted
placeholder naming the notice's words. ``--set`` or an edited case.json that gives the
reason yields the full argument, unhighlighted. Each is read back from the .docx.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx_text
import pytest
from click.testing import CliRunner
from conftest import read_surely
from docx_text import highlighted

from appealgen.cli import cli
from appealgen.decide import decide
from appealgen.decide.explain import format_explain
from appealgen.models import (
    Claim,
    Denial,
    Evidence,
    ParseResult,
    Plan,
    Provider,
    ServiceLine,
    Source,
)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "bluestem_eob_provider_type.pdf"  # two claims, CO-170 / N95
CATEGORY = "claims.{}.denial.primary_category"
# the title of the argument that answers a provider-type denial (data/arguments)
PROVIDER_TYPE_TITLE = "The plan cannot refuse lactation support because of who gave it"
ANY_DENIAL_TITLE = "Lactation support is preventive care the plan must cover in full"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("APPEALGEN_TODAY", "2026-03-20")


def doc_text(path: Path) -> str:
    return docx_text.doc_text(path, footers=False)


def _case_dir(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return folder


def _generate(source: Path, out: Path, *sets: str) -> Path:
    args = ["generate", str(source), "-o", str(out)]
    for s in sets:
        args += ["--set", s]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return _case_dir(out)


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> tuple[Path, Path]:
    """The sample's parse document as read (both reasons sure), and the same document with
    the reader unsure of both reasons."""
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    folder = tmp_path_factory.mktemp("parsed")
    sure = folder / "sure.json"
    sure.write_text(result.stdout, encoding="utf-8")
    data = json.loads(result.stdout)
    for i in (0, 1):
        assert data["claims"][i]["denial"]["primary_category"] == "provider_type"
        ev = data["evidence"][CATEGORY.format(i)]
        ev.update(sure=False, confidence=0.6, reason="one phrase names it")
    unsure = folder / "unsure.json"
    unsure.write_text(json.dumps(data), encoding="utf-8")
    return sure, unsure


def test_an_unsure_reason_argues_only_what_holds_for_any_denial(parsed, tmp_path):
    _, unsure = parsed
    case_dir = _generate(unsure, tmp_path / "out")
    appeal = case_dir / "appeal.docx"
    text = doc_text(appeal)
    assert PROVIDER_TYPE_TITLE not in text  # the guessed reason is not answered
    assert ANY_DENIAL_TITLE in text  # the ACA's preventive coverage holds for any denial
    marks = [m for m in highlighted(appeal) if "answer to the plan's reason" in m]
    assert len(marks) == 2  # one place a claim, each naming the notice's own words
    for mark in marks:
        assert "the notice says \u201cPayment is denied when performed/billed" in mark
        assert "They say only an OB or pediatrician" in mark and "not sure" in mark
    # no letter answers the guess: the gap exception it would bring is not written either
    assert not (case_dir / "gap_exception.docx").exists()
    for name in ("state_complaint.docx", "call_script.docx"):
        if (case_dir / name).exists():
            assert PROVIDER_TYPE_TITLE not in doc_text(case_dir / name)
    data = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    decision = data["decision"]
    assert "provider_scope_of_license" not in [a["id"] for a in decision["arguments"]]
    waiting = decision["reasons_to_confirm"]
    assert [w["path"] for w in waiting] == [CATEGORY.format(0), CATEGORY.format(1)]
    assert all(w["read_as"] == "provider_type" for w in waiting)
    assert "provider_scope_of_license" in waiting[0]["arguments"]
    assert "is not sure why the plan denied" in " ".join(decision["warnings"])


def test_the_reason_is_asked_first_and_not_again_among_the_blanks(parsed, tmp_path):
    from appealgen import api

    _, unsure = parsed
    written = api.generate_file(unsure, tmp_path)
    assert [c.path for c in written.check[:2]] == [CATEGORY.format(0), CATEGORY.format(1)]
    assert not [m for m in written.missing if "reason" in m]


def test_setting_the_reason_gives_the_full_argument_unhighlighted(parsed, tmp_path):
    sure, unsure = parsed
    confirmed = _generate(
        unsure,
        tmp_path / "set",
        f"{CATEGORY.format(0)}=provider_type",
        f"{CATEGORY.format(1)}=provider_type",
    )
    appeal = confirmed / "appeal.docx"
    assert PROVIDER_TYPE_TITLE in doc_text(appeal)
    assert not [m for m in highlighted(appeal) if "reason" in m]
    # once confirmed, the letter is the one a sure reading writes, word for word
    as_read = _generate(sure, tmp_path / "sure")
    assert doc_text(appeal) == doc_text(as_read / "appeal.docx")
    data = json.loads((confirmed / "case.json").read_text(encoding="utf-8"))
    assert data["decision"]["reasons_to_confirm"] == []
    assert data["evidence"][CATEGORY.format(0)]["source"] == "person"


def test_an_edited_case_json_with_another_reason_answers_that_one(parsed, tmp_path):
    _, unsure = parsed
    out = tmp_path / "out"
    case_json = _generate(unsure, out) / "case.json"
    data = json.loads(case_json.read_text(encoding="utf-8"))
    for i in (0, 1):
        data["claims"][i]["denial"]["primary_category"] = "not_covered"
    case_json.write_text(json.dumps(data), encoding="utf-8")
    appeal = _generate(case_json, out) / "appeal.docx"
    text = doc_text(appeal)
    assert ANY_DENIAL_TITLE in text
    # the reason the person replaced no longer shapes the letter
    assert PROVIDER_TYPE_TITLE not in text
    assert not [m for m in highlighted(appeal) if "reason" in m]
    written = json.loads((_case_dir(out) / "case.json").read_text(encoding="utf-8"))
    assert written["claims"][0]["denial"]["categories"] == ["not_covered"]


# --------------------------------------------------------------------------
# The decision


def _parse(category: str, *, network: str | None = None) -> ParseResult:
    claim = Claim(
        claim_number="CLM-1",
        provider=Provider(name="A. Lactation, IBCLC", network=network),
        service_lines=[ServiceLine(procedure_code="S9443", diagnosis_codes=["Z39.1"])],
        denied=True,
        denial=Denial(
            reason_text="We denied it.", categories=[category], primary_category=category
        ),
    )
    source = Source(file="denial.pdf", sha256="ab" * 32, pages=1, kind="denial_letter")
    return read_surely(
        ParseResult(source=source, plan=Plan(funding="fully_insured"), claims=[claim])
    )


def _doubt(result: ParseResult, path: str) -> ParseResult:
    result.evidence[path] = Evidence(confidence=0.5, sure=False, reason="a guess")
    return result


@pytest.mark.parametrize(
    ("category", "answer"),
    [
        ("provider_type", "provider_scope_of_license"),
        ("cost_sharing", "no_cost_sharing_preventive"),
        ("medical_necessity", "preventive_not_illness_based"),
        ("prior_authorization", "prior_authorization_exception"),
    ],
)
def test_the_decision_waits_for_an_unsure_reason(category, answer):
    sure = decide(_parse(category))
    assert sure.decision.arguments[0].id == answer
    assert sure.decision.reasons_to_confirm == []

    unsure = decide(_doubt(_parse(category), CATEGORY.format(0)))
    ids = [a.id for a in unsure.decision.arguments]
    assert answer not in ids and ids[0] == "preventive_lactation_coverage"
    (entry,) = unsure.decision.reasons_to_confirm
    assert entry["read_as"] == category and answer in entry["arguments"]
    assert "not sure" in unsure.decision.arguments[0].reason
    explained = " ".join(format_explain(unsure).split())
    assert "Reason (not sure: check it)" in explained
    assert f"until you confirm it ({CATEGORY.format(0)})" in explained


@pytest.mark.parametrize(
    "funding",
    ["self_funded", "governmental", "church", "medicaid", "fehb", "tricare", "short_term"],
)
def test_every_funding_argues_only_what_answers_any_denial(funding):
    from appealgen import knowledge

    result = _doubt(_parse("provider_type"), CATEGORY.format(0))
    result.plan.funding = funding
    chosen = decide(result).decision.arguments
    assert chosen, "a denial of lactation care always has an argument"
    table = knowledge.arguments()
    for arg in chosen:
        entry = table[arg.id]
        assert entry["supporting"] or "other" in entry["answers"], arg.id


def test_an_unsure_network_reading_does_not_argue_the_network_gap():
    sure = decide(_parse("not_covered", network="out"))
    assert "no_in_network_provider" in [a.id for a in sure.decision.arguments]
    unsure = decide(_doubt(_parse("not_covered", network="out"), "claims.0.provider.network"))
    assert "no_in_network_provider" not in [a.id for a in unsure.decision.arguments]


# --------------------------------------------------------------------------
# The batch work list


@pytest.mark.parametrize("read_as_denied", [False, True], ids=["reads-as-paid", "set-aside"])
def test_batch_lists_a_claim_that_may_be_denied_but_is_not_in_the_letters(
    sample_case, tmp_path, read_as_denied
):
    import copy
    import csv

    from appealgen.batch import SummaryRow, write_summary
    from appealgen.batch.worklist import row_from_case_dir
    from appealgen.write import render

    parse = copy.deepcopy(sample_case.parse)
    maybe = copy.deepcopy(parse.claims[0])
    maybe.claim_number, maybe.denied = "MAYBE-5511", read_as_denied
    if not read_as_denied:
        maybe.denial = None
    parse.claims.append(maybe)
    read_surely(parse)
    parse.evidence["claims.1.denied"] = Evidence(
        confidence=0.55, sure=False, reason="no amount paid and no denial printed"
    )
    case = decide(parse)
    assert all(d.claim_numbers == ["NW-2026-0042"] for d in case.decision.documents)
    written = render.generate(case, tmp_path)
    row = SummaryRow(file="notice.pdf", status="done")
    row_from_case_dir(row, tmp_path / written.case_id, tmp_path)
    assert row.review[0] == "claims.1.denied"  # whether it was denied is asked first
    assert "maybe denied, not in the letters: MAYBE-5511" in row.note
    csv_path, _ = write_summary(tmp_path, [row])
    (line,) = csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines())
    assert line["review"].split(";")[0] == "claims.1.denied"
    assert "MAYBE-5511" in line["note"]


def test_batch_review_of_a_case_where_every_denial_is_sure_is_empty(sample_case, tmp_path):
    from appealgen.batch.worklist import summary_fields

    parse = read_surely(sample_case.parse)
    case = decide(parse)
    assert summary_fields(case.to_dict())["review"] == []
