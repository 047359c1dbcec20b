"""The batch work list never shows a guess as a fact: a value the reader was not sure of
leaves its cell empty and its field path in the ``review`` column."""

from __future__ import annotations

import csv
import json

from appealgen import corrections
from appealgen.batch import SummaryRow, summary_fields, write_summary
from appealgen.batch.worklist import row_from_case_dir
from appealgen.models import Evidence


def _unsure(case, path):
    case.parse.evidence[path] = Evidence(
        confidence=0.5, sure=False, reader="prose", page=1, text="…", reason="a loose reading"
    )


def test_sure_facts_are_shown(sample_case):
    fields = summary_fields(sample_case.to_dict())
    assert fields["review"] == []
    assert fields["payer"] and fields["member"] and fields["member_id"]
    assert fields["claim_numbers"] and fields["amount_at_stake"]
    assert fields["primary_category"] == "out_of_network"


def test_an_unsure_category_is_left_empty_and_named_for_review(sample_case, tmp_path):
    _unsure(sample_case, "claims.0.denial.primary_category")
    fields = summary_fields(sample_case.to_dict())
    assert fields["primary_category"] == ""  # never the guess "out_of_network"
    assert "claims.0.denial.primary_category" in fields["review"]
    row = SummaryRow(file="a.pdf", status="done", **fields)
    csv_path, json_path = write_summary(tmp_path, [row])
    (cells,) = list(csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert cells["primary_category"] == ""
    assert "claims.0.denial.primary_category" in cells["review"].split(";")
    assert json.loads(json_path.read_text())["rows"][0]["primary_category"] == ""


def test_every_fact_column_hides_its_guess(sample_case):
    shown = summary_fields(sample_case.to_dict())
    for path in ("payer.name", "member.name", "member.id", "claims.0.claim_number"):
        _unsure(sample_case, path)
    _unsure(sample_case, "claims.0.totals.billed")
    fields = summary_fields(sample_case.to_dict())
    assert fields["payer"] == fields["member"] == fields["member_id"] == ""
    assert fields["claim_numbers"] == []
    assert fields["amount_at_stake"] == ""  # counted from an amount not read surely
    for path in ("payer.name", "member.name", "member.id", "claims.0.claim_number"):
        assert path in fields["review"], path
    assert "claims.0.totals.billed" in fields["review"]
    # the deadline and the rest are untouched
    assert fields["internal_appeal_deadline"] == shown["internal_appeal_deadline"]
    # the case log's statistics keep every value as read
    raw = summary_fields(sample_case.to_dict(), only_sure=False)
    assert raw["member_id"] == shown["member_id"] and raw["amount_at_stake"]


def test_a_fact_the_person_confirmed_is_shown_again(sample_case):
    _unsure(sample_case, "claims.0.denial.primary_category")
    _unsure(sample_case, "member.id")
    fixed = corrections.apply(
        sample_case.parse,
        {"claims.0.denial.primary_category": "provider_type", "member.id": "XYZ123"},
    )
    sample_case.parse = fixed
    fields = summary_fields(sample_case.to_dict())
    assert fields["primary_category"] == "provider_type"
    assert fields["member_id"] == "XYZ123"
    assert "member.id" not in fields["review"]


def test_a_deadline_from_an_unsure_notice_date_says_so(sample_case, tmp_path):
    case_dir = tmp_path / "out" / "abc"
    case_dir.mkdir(parents=True)
    data = sample_case.to_dict()
    assert data["notice_date"] and data["decision"]["deadlines"]["internal_appeal"]
    (case_dir / "case.json").write_text(json.dumps(data))
    row = SummaryRow(file="a.pdf", status="done")
    row_from_case_dir(row, case_dir, tmp_path / "out")
    assert "not sure of (notice_date)" not in row.note
    _unsure(sample_case, "notice_date")
    (case_dir / "case.json").write_text(json.dumps(sample_case.to_dict()))
    row = SummaryRow(file="a.pdf", status="done")
    row_from_case_dir(row, case_dir, tmp_path / "out")
    assert row.internal_appeal_deadline  # the safe date stays: a deadline is never hidden
    assert "deadline counted from a notice date appealgen is not sure of (notice_date)" in row.note
    assert "notice_date" in row.review
