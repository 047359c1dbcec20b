"""`appealgen review OUTDIR/<case>`: one batch case in the web page's review form; the
corrected letters replace the case's."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from appealgen.cli import cli  # noqa: E402
from appealgen.web.app import create_app  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "northwind_eob_out_of_network.pdf"


@pytest.fixture
def case_dir(tmp_path) -> Path:
    """A batch's case folder (its notice found through summary.json)."""
    indir = tmp_path / "in"
    indir.mkdir()
    (indir / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(indir), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return folder


def test_the_opened_case_is_reviewed_and_its_letters_replaced(case_dir):
    app = create_app(case_dir=case_dir)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/").text
        assert 'id="make-letters"' in page and 'name="member.id"' in page
        assert re.search(r'<img class="crop" src="/crop/[^"]+"', page)  # the notice was found
        crop = re.search(r'<img class="crop" src="(/crop/[^"]+)"', page).group(1)
        answer = client.get(crop)
        assert answer.status_code == 200 and answer.content.startswith(b"\x89PNG")
        token = re.search(r'name="token" value="([^"]+)"', page).group(1)
        action = re.search(r'action="(/review/[^"]+)"', page).group(1)
        made = client.post(action, data={"token": token, "member.id": "FIXED55"})
        assert made.status_code == 200, made.text[-400:]
        assert 'id="download"' in made.text
        assert "were replaced" in made.text
        # the case stays open for another round
        assert 'id="make-letters"' in client.get("/").text
    appeal = docx.Document(str(case_dir / "appeal.docx"))
    assert "Member ID: FIXED55" in "\n".join(p.text for p in appeal.paragraphs)


def test_review_command_serves_the_case(case_dir, monkeypatch):
    import appealgen.web.app as web_app

    calls = []
    monkeypatch.setattr(
        web_app, "serve", lambda port, on_ready, **kw: (calls.append(kw), on_ready("http://x/"))
    )
    result = CliRunner().invoke(cli, ["review", str(case_dir), "--no-browser"])
    assert result.exit_code == 0, result.output
    assert calls[0]["case_dir"] == case_dir
    assert "http://x/" in result.output


def test_review_of_a_folder_without_a_case_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["review", str(tmp_path), "--no-browser"])
    assert result.exit_code == 2
    assert "not a case folder" in result.output


def _summary_row(case_dir: Path) -> dict[str, str]:
    text = (case_dir.parent / "summary.csv").read_text(encoding="utf-8-sig")
    (row,) = [r for r in csv.DictReader(text.splitlines()) if r["case_dir"] == case_dir.name]
    return row


def _make_unsure(case_dir: Path, path: str) -> None:
    """The case as a batch writes it when the reader was not sure of ``path``."""
    from appealgen.batch.worklist import refresh_summary

    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    case["evidence"][path].update(sure=False, confidence=0.5, reason="a loose reading")
    (case_dir / "case.json").write_text(json.dumps(case), encoding="utf-8")
    assert refresh_summary(case_dir.parent, case_dir.name)


def test_the_work_list_shows_the_reviewed_case_as_corrected(case_dir):
    _make_unsure(case_dir, "member.id")
    row = _summary_row(case_dir)
    assert row["member_id"] == "" and "member.id" in row["review"].split(";")
    app = create_app(case_dir=case_dir)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/").text
        assert SAMPLE.name in page  # the notice's name, as the work list says
        assert 'data-path="member.id"' in page and "check this" in page
        token = re.search(r'name="token" value="([^"]+)"', page).group(1)
        action = re.search(r'action="(/review/[^"]+)"', page).group(1)
        made = client.post(action, data={"token": token, "member.id": "FIXED55"})
        assert made.status_code == 200, made.text[-400:]
    row = _summary_row(case_dir)
    assert row["member_id"] == "FIXED55"
    assert "member.id" not in row["review"]
    summary = json.loads((case_dir.parent / "summary.json").read_text(encoding="utf-8"))
    assert summary["indir"] and summary["rows"][0]["member_id"] == "FIXED55"


@pytest.mark.slow
def test_review_command_in_a_browser_replaces_the_letters(case_dir, tmp_path):
    """``appealgen review OUTDIR/<case>`` as a person runs it: the command serves the case,
    Chromium corrects the member ID and chooses the reason, the case's appeal and the
    work list carry the corrections."""
    from test_web import CHROMIUM, CHROMIUM_ARGS, _browser_or_skip

    sync_api = _browser_or_skip()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "appealgen.cli", "review", str(case_dir), "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        start_new_session=True,
    )
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 390, "height": 900})
                page.goto(url.group(0))
                page.wait_for_selector("#make-letters", timeout=60_000)
                page.locator('[name="member.id"]').fill("BROWSER88")
                page.get_by_label("They say the plan does not cover this service").check()
                page.locator("#make-letters").click()
                page.wait_for_selector("#download", timeout=60_000)
                assert "were replaced" in page.inner_text("#result")
            finally:
                browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    appeal = docx.Document(str(case_dir / "appeal.docx"))
    text = "\n".join(p.text for p in appeal.paragraphs)
    assert "Member ID: BROWSER88" in text
    assert "Lactation support is preventive care the plan must cover in full" in text
    row = _summary_row(case_dir)
    assert row["member_id"] == "BROWSER88" and row["primary_category"] == "not_covered"
