"""The web page's reason choice: a reason the reader is not sure of is a highlighted place in
the appeal until the parent chooses or confirms it on the review form; then the appeal
answers it in full (the .docx read back from the download)."""

from __future__ import annotations

import copy
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("starlette")
pytest.importorskip("multipart")
from starlette.testclient import TestClient  # noqa: E402

from appealgen.cli import cli  # noqa: E402
from appealgen.decide.explain import result_from_dict  # noqa: E402
from appealgen.web.app import create_app  # noqa: E402
from appealgen.web.review_form import OK_PREFIX  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "bluestem_eob_provider_type.pdf"
CATEGORY = "claims.{}.denial.primary_category"
PROVIDER_TYPE_TITLE = "The plan cannot refuse lactation support because of who gave it"


@pytest.fixture(scope="module")
def unsure_reading():
    """The sample as read, with the reader unsure of both claims' reasons."""
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for i in (0, 1):
        data["evidence"][CATEGORY.format(i)].update(sure=False, confidence=0.6)
    return result_from_dict(data)


@pytest.fixture
def client(unsure_reading, monkeypatch):
    app = create_app()
    monkeypatch.setattr(app.state.web.runner, "read", lambda source: copy.deepcopy(unsure_reading))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _appeal_after_review(client: TestClient, **form: str) -> tuple[str, list[str]]:
    """Upload, send the review form with ``form``, download: the appeal's text and its
    highlighted runs."""
    from docx import Document

    token = re.search(r'name="token" value="([^"]+)"', client.get("/").text).group(1)
    review = client.post(
        "/letters",
        data={"token": token},
        files={"file": ("notice.pdf", SAMPLE.read_bytes(), "application/pdf")},
    ).text
    action = re.search(r'<form id="review-form"[^>]*action="(/review/[^"]+)"', review).group(1)
    answer = client.post(action, data={"token": token, **form})
    assert answer.status_code == 200, answer.text[-500:]
    link = re.search(r'href="(/download/[^"]+)"', answer.text).group(1)
    with zipfile.ZipFile(io.BytesIO(client.get(link).content)) as zf:
        doc = Document(io.BytesIO(zf.read("appeal.docx")))
    text = "\n".join(p.text for p in doc.paragraphs)
    marks = [
        r.text
        for p in doc.paragraphs
        for r in p.runs
        if r._element.rPr is not None and r._element.rPr.highlight_val is not None
    ]
    return text, marks


def test_the_reason_left_unsure_is_a_highlighted_place(client):
    # the form sends the choice as shown (the reading), without its "This is right" box
    text, marks = _appeal_after_review(
        client, **{CATEGORY.format(i): "provider_type" for i in (0, 1)}
    )
    assert PROVIDER_TYPE_TITLE not in text
    assert any("answer to the plan's reason" in m for m in marks)


def test_the_reason_ticked_as_right_is_answered_in_full(client):
    # the form sends the choice as shown (the reading) with its "This is right" box
    form = {CATEGORY.format(i): "provider_type" for i in (0, 1)}
    form.update({OK_PREFIX + CATEGORY.format(i): "yes" for i in (0, 1)})
    text, marks = _appeal_after_review(client, **form)
    assert PROVIDER_TYPE_TITLE in text
    assert not any("answer to the plan's reason" in m for m in marks)


def test_the_reason_chosen_on_the_form_is_answered(client):
    chosen = {CATEGORY.format(i): "not_covered" for i in (0, 1)}
    text, marks = _appeal_after_review(client, **chosen)
    assert "Lactation support is preventive care the plan must cover in full" in text
    assert PROVIDER_TYPE_TITLE not in text  # the reason the parent replaced is gone
    assert not any("answer to the plan's reason" in m for m in marks)
