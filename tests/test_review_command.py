"""`appealgen review OUTDIR/<case>`: one batch case in the web page's review form; the
corrected letters replace the case's."""

from __future__ import annotations

import re
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
