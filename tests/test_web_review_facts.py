"""The review form shows every fact the letters state: a field filled from the notice,
the unsure ones marked, each beside a crop of the place it was read; and "remember this
layout" teaches the next notice of the same layout."""

from __future__ import annotations

import copy
import html
import re
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")
from starlette.testclient import TestClient  # noqa: E402

from appealgen import parse_file  # noqa: E402
from appealgen.corrections import letter_paths  # noqa: E402
from appealgen.web.app import create_app  # noqa: E402
from appealgen.web.review_form import OK_PREFIX, where_read  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "bluestem_eob_provider_type.pdf"  # two claims
# one layout, two notices: the plan's name is printed but not read without a lesson
LAYOUT = ROOT / "tests" / "data" / "varied" / "blind"
FIRST, SECOND = LAYOUT / "b03_tableinprose_1.pdf", LAYOUT / "b03_tableinprose_2.pdf"


def _token(client: TestClient) -> str:
    return re.search(r'name="token" value="([^"]+)"', client.get("/").text).group(1)


def _upload(client: TestClient, token: str, path: Path) -> str:
    answer = client.post(
        "/letters",
        data={"token": token},
        files={"file": (path.name, path.read_bytes(), "application/pdf")},
    )
    assert answer.status_code == 200, answer.text[-400:]
    assert 'id="make-letters"' in answer.text
    return answer.text


def _block(page: str, path: str) -> str:
    """The form's block of one fact (its field, hint, crop and tick)."""
    m = re.search(rf'<(div|fieldset) class="([^"]*)" data-path="{re.escape(path)}"', page)
    assert m, f"no block for {path}"
    end = page.index(f"</{m.group(1)}>", m.end())
    return page[m.start() : end]


def _field_value(page: str, path: str) -> str | None:
    block = _block(page, path)
    m = re.search(r'<input type="(?:text|date)"[^>]*\bvalue="([^"]*)"', block)
    if m:
        return html.unescape(m.group(1))
    m = re.search(r"<textarea[^>]*>([^<]*)</textarea>", block)
    if m:
        return html.unescape(m.group(1))
    m = re.search(r'<input type="radio"[^>]*value="([^"]*)" checked', block)
    return html.unescape(m.group(1)) if m else ""


def test_every_fact_the_letters_state_is_a_field_filled_from_the_notice_with_its_crop():
    reading = parse_file(SAMPLE)
    facts = letter_paths(reading)
    assert len(facts) > 15 and "claims.1.denial.reason_text" in facts
    with TestClient(create_app(), base_url="http://127.0.0.1") as client:
        page = _upload(client, _token(client), SAMPLE)
    # and the facts the letters quote beside them: the plan's type and group, the codes
    quoted = ["plan.type", "plan.group_number"]
    for i, claim in enumerate(reading.claims):
        for name in ("carc", "rarc"):
            if claim.denial and getattr(claim.denial, name):
                quoted.append(f"claims.{i}.denial.{name}")
        quoted += [f"claims.{i}.diagnosis_codes"] if claim.diagnosis_codes else []
        for j, line in enumerate(claim.service_lines):
            if line.diagnosis_codes:
                quoted.append(f"claims.{i}.service_lines.{j}.diagnosis_codes")
    assert "claims.0.denial.carc" in quoted and reading.claims[0].denial.carc
    for path in facts + quoted:
        assert f'name="{path}"' in page, path
        block = _block(page, path)
        if where_read(reading, path) is not None:
            assert '<img class="crop" src="/crop/' in block, path
    assert _field_value(page, "member.id") == reading.member.id
    assert _field_value(page, "claims.1.denial.primary_category") == "provider_type"
    assert _field_value(page, "claims.0.denial.reason_text") == reading.claims[0].denial.reason_text
    # whether a claim was denied and why: shown beside the codes and words they were read from
    assert where_read(reading, "claims.0.denied") is not None
    assert where_read(reading, "claims.0.denial.primary_category") is not None


def test_unsure_facts_are_marked_and_a_left_alone_reason_text_stays_unsure(monkeypatch):
    from appealgen.models import Evidence

    reading = parse_file(SAMPLE)
    for path in ("member.id", "claims.0.denial.primary_category", "claims.0.denial.reason_text"):
        old = reading.evidence[path]
        reading.evidence[path] = Evidence(
            confidence=0.5, sure=False, reader=old.reader, page=old.page, bbox=old.bbox,
            text=old.text, reason="a loose reading",
        )  # fmt: skip
    app = create_app()
    monkeypatch.setattr(app.state.web.runner, "read", lambda source: copy.deepcopy(reading))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        token = _token(client)
        page = _upload(client, token, SAMPLE)
        for path in ("member.id", "claims.0.denial.primary_category"):
            block = _block(page, path)
            assert 'class="fact unsure' in block and "check this" in block, path
            assert "not sure: a loose reading" in block
            assert f'name="{OK_PREFIX}{path}"' in block  # "This is right"
        assert "check this" not in _block(page, "member.name")
        assert "check this" not in _block(page, "claims.1.denial.primary_category")
        # the form sent back as shown (a text box's line ends come back as CR LF):
        # nothing the parent did not touch becomes the parent's word
        from appealgen.web.review_form import corrections_from_form

        form = {"claims.0.denial.reason_text": reading.claims[0].denial.reason_text + "\r\n"}
        assert corrections_from_form(reading, form) == []


def test_remember_this_layout_teaches_the_next_notice_of_the_layout():
    # the plan is printed in a sentence as "Brightwater Select (HMO)": marked for checking
    # when the reader is not sure of it, and kept by the lesson either way
    first_read = parse_file(FIRST)
    sure = bool(first_read.plan.name) and first_read.evidence["plan.name"].sure
    with TestClient(create_app(), base_url="http://127.0.0.1") as client:
        token = _token(client)
        page = _upload(client, token, FIRST)
        assert _field_value(page, "plan.name") in ("", "Brightwater Select")
        assert ("check this" in _block(page, "plan.name")) is (
            bool(first_read.plan.name) and not sure
        )
        action = re.search(r'action="(/review/[^"]+)"', page).group(1)
        made = client.post(
            action,
            data={"token": token, "plan.name": "Brightwater Select", "remember_layout": "yes"},
        )
        assert made.status_code == 200, made.text[-400:]
        assert "could not remember" not in made.text
        # the next notice of the layout: read with the lesson, sure, not marked
        page = _upload(client, token, SECOND)
    assert _field_value(page, "plan.name") == "Brightwater Select"
    assert "check this" not in _block(page, "plan.name")
    assert parse_file(SECOND).layout["learned"] is not None
