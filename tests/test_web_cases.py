"""The web page's panel of earlier cases: recorded from the page, shown with the next step."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from appealgen.caselog import all_cases, connect  # noqa: E402
from appealgen.web.app import create_app  # noqa: E402
from appealgen.web.cases import render_panel  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "northwind_eob_out_of_network.pdf"


def test_the_page_records_its_case_and_shows_it_next_time(monkeypatch) -> None:
    monkeypatch.setenv("APPEALGEN_TODAY", "2026-04-01")
    with TestClient(create_app(), base_url="http://127.0.0.1") as client:
        page = client.get("/")
        assert 'id="earlier-cases"' in page.text and "/static/cases.js" in page.text
        assert client.get("/cases").text == ""  # nothing yet, and no log file made
        token = re.search(r'name="token" value="([^"]+)"', page.text).group(1)
        answer = client.post(
            "/letters",
            data={"token": token, "member_name": "Rosa Alvarez"},
            files={"file": ("my denial.pdf", SAMPLE.read_bytes(), "application/pdf")},
        )
        assert answer.status_code == 200, answer.text
        # the review form, sent back as read: the letters are made and the case recorded
        action = re.search(r'<form id="review-form"[^>]*action="(/review/[^"]+)"', answer.text)
        made = client.post(action.group(1), data={"token": token})
        assert made.status_code == 200, made.text
        panel = client.get("/cases")
        assert client.get("/static/cases.js").status_code == 200
        case_id = re.search(r'data-case="([0-9a-f]{12})" data-status="sent"', panel.text).group(1)
        # the buttons need the page's token
        assert client.post(f"/cases/{case_id}/sent", data={"token": "nope"}).status_code == 403
        assert client.post(f"/cases/{case_id}/won2", data={"token": token}).status_code == 404
        sent = client.post(f"/cases/{case_id}/sent", data={"token": token})
        assert sent.status_code == 200
        assert (
            "Call Northwind Health Plan if there is no decision by then, by May 31, 2026"
            in sent.text
        )
        assert 'data-status="won"' in sent.text
    assert panel.status_code == 200
    assert "Your earlier cases on this computer" in panel.text
    assert "Northwind Health Plan: out of network" in panel.text
    assert "Send the appeal (appeal.docx) to Northwind Health Plan, by" in panel.text
    assert "Rosa" not in panel.text
    with connect() as db:
        [case] = all_cases(db)
    assert case.recorded_by == "web" and case.case_dir is None
    assert case.status == "sent" and str(case.sent_on) == "2026-04-01"


def test_the_panel_escapes_what_it_shows() -> None:
    from datetime import date

    from appealgen.caselog.worklist import LoggedCase, NextStep

    case = LoggedCase(
        case_id="abcdef012345",
        status="written",
        payer="<b>Evil</b> & Co",
        funding="unknown",
        state=None,
        category="out_of_network",
        categories=[],
        codes={},
        amount_at_stake=None,
        documents=[],
        arguments=[],
        venue_kind=None,
        venue_name=None,
        notice_date=None,
        internal_appeal_due=None,
        external_review_due=None,
        fair_hearing_due=None,
        final_internal_denial=False,
        claim_type="post_service",
        sent_on=None,
        decision_due=None,
        decided_on=None,
        paid=None,
        note=None,
        case_dir=None,
        stage=None,
        payer_key="evil",
        recorded_by="web",
        first_recorded="2026-01-01",
        last_recorded="x",
        next_step=NextStep("send_appeal", "Send <it>", date(2026, 1, 2), True, -3),
    )
    html = render_panel([case])
    assert "<b>" not in html and "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in html
    assert "Send &lt;it&gt;, by January 2, 2026" in html and 'class="overdue"' in html
