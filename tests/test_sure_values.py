"""benchmarks/sure_values.py and score_sure(): unsure values counted per field and doubt
reason, right, wrong or unexpected against the truth."""

from __future__ import annotations

import sys
from pathlib import Path

from appealgen.read.score import score_sure

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import sure_values  # noqa: E402


def _ev(sure: bool, reason: str | None = None) -> dict[str, object]:
    return {"confidence": 0.9 if sure else 0.5, "sure": sure, "reason": reason}


def test_each_unsure_value_is_kept_with_its_reason_and_verdict() -> None:
    got = {
        "member": {"id": "AB123", "name": "Ann Lee"},
        "plan": {"name": "Cedar Gold"},
        "claims": [
            {
                "claim_number": "C-1",
                "patient_name": "Mia Lee",
                "denial": {"primary_category": "provider_type"},
            },
            {"claim_number": "C-9", "patient_name": "Bo Lee"},
        ],
        "evidence": {
            "member.id": _ev(False, "labelled only 'ID'"),
            "member.name": _ev(True),
            "plan.name": _ev(False, "plan name from an unlabelled line"),
            "claims.0.denial.primary_category": _ev(False, "no code printed"),
            "claims.0.patient_name": _ev(False, None),
            "claims.1.claim_number": _ev(False, "several claim numbers"),
        },
    }
    want = {
        "member": {"id": "AB123", "name": "Ann Lee"},
        "plan": {"name": None},
        "claims": [
            {
                "claim_number": "C-1",
                "patient_name": "Ann Lee",
                "denial": {"primary_category": "provider_type"},
            }
        ],
    }
    s = score_sure(got, want, name="x")
    assert sorted(s.doubts) == sorted(
        [
            ("member.id", "labelled only 'ID'", "right"),
            ("plan.name", "plan name from an unlabelled line", "unexpected"),
            ("claims.0.denial.primary_category", "no code printed", "right"),
            ("claims.0.patient_name", None, "wrong"),
            ("claims.1.claim_number", "several claim numbers", "unexpected"),
        ]
    )
    assert (s.unsure_right, s.unsure_wrong, s.sure_right) == (2, 2, 1)


def test_a_category_expected_and_not_read_is_missed() -> None:
    got = {"claims": [{"claim_number": "C-1", "denial": None}], "evidence": {}}
    want = {"claims": [{"claim_number": "C-1", "denial": {"primary_category": "other"}}]}
    assert score_sure(got, want).doubts == [("claims.0.denial.primary_category", None, "missed")]


def test_reasons_count_as_one_whatever_their_particulars() -> None:
    doubts = [
        (
            "claims.0.service_lines.1.billed",
            "OCR read these words with low confidence (3/7)",
            "right",
        ),
        (
            "claims.2.service_lines.0.billed",
            "OCR read these words with low confidence (1/2)",
            "wrong",
        ),
        ("member.id", "labelled only 'ID'", "right"),
        ("member.id", 'labelled only "Ref"', "right"),
        ("plan.name", "kept over learned layout acme-1: it read 'X'", "unexpected"),
        ("claims.0.denial.primary_category", None, "missed"),
        ("claims.0.denial.primary_category", None, "right"),
    ]
    counts = sure_values.by_reason(doubts)
    ocr = "OCR read these words with low confidence (#/#)"
    assert counts[("service_lines.billed", ocr, "right")] == 1
    assert counts[("service_lines.billed", ocr, "wrong")] == 1
    assert counts[("member.id", "labelled only '…'", "right")] == 2
    assert counts[("plan.name", "kept over learned layout NAME: it read '…'", "unexpected")] == 1
    assert counts[("denial.primary_category", "(no category read)", "missed")] == 1
    assert counts[("denial.primary_category", "(no reason given)", "right")] == 1
    rows = sure_values.reason_table(counts)
    assert "member.id" in rows[1] and rows[1].split()[1:5] == ["2", "0", "0", "0"]


def test_totals_alone_name_no_reason(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.expected.json").write_text("{}", encoding="utf-8")
    assert sure_values.main([str(tmp_path), "--totals", "--by-reason"]) == 0
    out = capsys.readouterr().out
    assert "doubted: right 0, wrong 0, unexpected 0, missed 0" in out
    assert "reason" not in out
