"""Deadlines against today (``APPEALGEN_TODAY``): a passed deadline is said first, and the
appeal is then a late appeal asking for acceptance for good cause, never "filed within
the time"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import docx
import pytest

from appealgen import api
from appealgen.decide.explain import format_explain
from appealgen.write import render

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.pdf"))
LATE = "accept it for good cause"
ON_TIME = "filed within the time"


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.fixture(scope="module")
def parsed():
    return [api.parse_file(p) for p in SAMPLES if not p.name.startswith("scan_")]


def _start(result) -> date:
    dates = [ln.date_of_service for c in result.claims for ln in c.service_lines]
    return result.notice_date or max(d for d in dates if d)


@pytest.mark.parametrize(("days", "late"), [(14, False), (400, True)])
def test_every_sample_appeal_is_late_only_when_its_time_has_passed(
    parsed, tmp_path, monkeypatch, days, late
):
    checked = 0
    for result in parsed:
        if not result.denied_claims:
            continue
        monkeypatch.setenv("APPEALGEN_TODAY", (_start(result) + timedelta(days=days)).isoformat())
        case = api.decide(result)
        if "appeal" not in [doc.kind for doc in case.decision.documents]:
            continue  # only a billing defect: a corrected claim, no appeal
        for voice in ("member", "provider"):
            out = render.generate(case, tmp_path / f"{days}-{voice}", voice=voice)
            text = _text(out.case_dir / "appeal.docx")
            name = f"{result.source.file} ({voice})"
            assert (LATE in text) is late, name
            if late:
                assert ON_TIME not in text, name
                # said first: the late request comes before the letter's first request
                assert text.index(LATE) < text.index("full review"), name
                script = _text(out.case_dir / "call_script.docx")
                assert "passed" in script or case.decision.appeal_late == "maybe", name
        checked += 1
    assert checked >= 10


def test_a_passed_deadline_comes_first_in_explain_and_the_decision(parsed, monkeypatch):
    result = next(r for r in parsed if r.notice_date and r.denied_claims)
    monkeypatch.setenv("APPEALGEN_TODAY", (result.notice_date + timedelta(days=400)).isoformat())
    case = api.decide(result)
    d = case.decision
    assert "internal_appeal" in d.overdue and d.appeal_late == "passed"
    assert d.warnings[0].startswith("The deadline for the appeal to the plan was")
    text = " ".join(format_explain(case).split())
    assert text.index("has passed") < text.index("WHAT WAS DENIED")
    assert "PASSED" in text
    doc = json.loads(json.dumps(case.to_dict(), default=str))
    assert doc["decision"]["overdue"] == d.overdue
    assert doc["decision"]["today"] == (result.notice_date + timedelta(days=400)).isoformat()


def test_on_time_says_nothing_about_lateness(parsed, monkeypatch):
    result = next(r for r in parsed if r.notice_date and r.denied_claims)
    monkeypatch.setenv("APPEALGEN_TODAY", (result.notice_date + timedelta(days=14)).isoformat())
    d = api.decide(result).decision
    assert d.overdue == [] and d.appeal_late is None
    assert not any("has passed" in w for w in d.warnings)


def test_work_list_flags_overdue_cases_first(tmp_path, monkeypatch):
    from appealgen.batch import run_batch

    indir = tmp_path / "in"
    indir.mkdir()
    for p in SAMPLES[:2]:
        (indir / p.name).write_bytes(p.read_bytes())
    monkeypatch.setenv("APPEALGEN_TODAY", "2030-01-01")
    res = run_batch(indir, tmp_path / "out", jobs=1)
    rows = json.loads(res.summary_json.read_text(encoding="utf-8"))
    rows = rows["rows"] if isinstance(rows, dict) else rows
    assert rows and all(r["overdue"] is True for r in rows if r["status"] == "done")
    header = res.summary_csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "overdue" in header.split(",")


def test_each_batch_of_one_process_decides_on_its_own_day(tmp_path, monkeypatch):
    """Workers are forked from a server started once per process: a later batch must
    still use the day (and store, and limits) set when it runs, not the first batch's."""
    from appealgen.batch import run_batch

    indir = tmp_path / "in"
    indir.mkdir()
    for p in SAMPLES[:2]:
        (indir / p.name).write_bytes(p.read_bytes())
    seen = {}
    for day in ("2026-03-20", "2030-01-01"):
        monkeypatch.setenv("APPEALGEN_TODAY", day)
        res = run_batch(indir, tmp_path / f"out-{day}", jobs=1)
        rows = json.loads(res.summary_json.read_text(encoding="utf-8"))
        rows = rows["rows"] if isinstance(rows, dict) else rows
        seen[day] = {r["overdue"] for r in rows if r["status"] == "done"}
    assert seen == {"2026-03-20": {False}, "2030-01-01": {True}}


def test_the_web_page_says_a_passed_deadline_first(parsed, tmp_path, monkeypatch):
    pytest.importorskip("starlette")
    from appealgen.web.app import Outcome, render_result

    result = next(r for r in parsed if r.notice_date and r.denied_claims)
    monkeypatch.setenv("APPEALGEN_TODAY", (result.notice_date + timedelta(days=400)).isoformat())
    case = api.decide(result)
    written = render.generate(case, tmp_path)
    page = render_result(Outcome("notice.pdf", case, written, "job"), 20)
    assert "has passed" in page
    assert page.index("has passed") < page.index("What was denied")
    assert "Send the appeal by" not in page


@pytest.mark.parametrize(("days", "late"), [(14, False), (900, True)])
def test_external_review_and_fair_hearing_ask_for_good_cause_only_when_late(
    parsed, tmp_path, monkeypatch, days, late
):
    """After a final internal denial the next request has its own deadline: past it, the
    request asks to be accepted for good cause, first; before it, it says nothing of it."""
    profile = api.with_case_facts(None, ["stage=final_internal_denial"])
    seen: set[str] = set()
    for result in parsed:
        if not result.denied_claims:
            continue
        monkeypatch.setenv("APPEALGEN_TODAY", (_start(result) + timedelta(days=days)).isoformat())
        case = api.decide(result, profile=profile)
        kinds = [doc.kind for doc in case.decision.documents]
        for kind, deadline in (
            ("external_review", "external_review"),
            ("medicaid_fair_hearing", "fair_hearing"),
        ):
            when = getattr(case.decision.deadlines, deadline)
            if kind not in kinds or when is None:
                continue
            out = render.generate(case, tmp_path / f"{days}-{result.source.file}")
            text = _text(out.case_dir / f"{kind}.docx")
            name = f"{result.source.file} {kind}"
            assert (LATE in text) is late, name
            assert (deadline in case.decision.overdue) is late, name
            seen.add(kind)
    assert seen == {"external_review", "medicaid_fair_hearing"}
