"""The web page: upload -> answer -> zip, the token, the limits, cleanup, and a real browser."""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")
from starlette.testclient import TestClient  # noqa: E402

from appealgen.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"
CHROMIUM = Path("/usr/bin/chromium")
# every form control with its name, and those smaller than a finger (WCAG 2.5.8: 24 px)
CONTROLS_JS = """() => Array.from(document.querySelectorAll(
    'main input:not([type=hidden]), main select, main textarea, main button'))
  .filter(el => el.getClientRects().length && getComputedStyle(el).opacity !== '0')
  .map(el => {
    const r = el.getBoundingClientRect();
    const label = el.labels && el.labels.length ? el.labels[0].innerText
      : (el.getAttribute('aria-label') || (el.tagName === 'BUTTON' ? el.innerText : ''));
    return {name: el.name || el.id, label: label.trim(), w: r.width, h: r.height};
  })"""
MIN_TARGET_PX = 24
# a notice's words can be anything: a long reference number in every text of the answer
LONG_WORDS_JS = """() => { for (const el of document.querySelectorAll(
    '#result p, #result li, #result .hint, #result blockquote, #result label'))
  el.append(' REF' + '0123456789'.repeat(6)); }"""
# each choice of the reason: its words' right edge and whether the label cuts them off
REASON_LABELS_JS = """(name) => Array.from(document.querySelectorAll(
    `input[type=radio][name="${name}"]`)).map(el => {
  const label = el.labels[0];
  const r = label.getBoundingClientRect();
  return {text: label.innerText, right: r.right,
          clipped: label.scrollWidth > label.clientWidth + 1 || r.width < 40};
})"""
CATEGORY_PATH = "claims.0.denial.primary_category"
PROVIDER_TYPE_CHOICE = (
    "They say only an OB or pediatrician (not this kind of provider) can bill this"
)
PROVIDER_TYPE_TITLE = "The plan cannot refuse lactation support because of who gave it"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture
def app():
    return create_app()


@pytest.fixture
def client(app):
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def _token(client: TestClient) -> str:
    page = client.get("/")
    assert page.status_code == 200
    match = re.search(r'name="token" value="([^"]+)"', page.text)
    assert match, "the page carries the token"
    return match.group(1)


def _post(client: TestClient, token: str | None, name: str, content: bytes, **fields: str):
    data = dict(fields)
    if token is not None:
        data["token"] = token
    return client.post("/letters", data=data, files={"file": (name, content, "application/pdf")})


def _make(client: TestClient, token: str, review_page: str, **changes: str):
    """Send the review form as the parent does: with ``changes`` (field path -> value)."""
    action = re.search(r'<form id="review-form"[^>]*action="(/review/[^"]+)"', review_page)
    assert action, "the upload answers with the review form"
    return client.post(action.group(1), data={"token": token, **changes})


def _error_line(html: str) -> str:
    match = re.search(r'<p class="error-line">([^<]*)</p>', html)
    assert match, "the answer shows an error line"
    return match.group(1)


def _case_folders(app) -> list[Path]:
    return [p for p in app.state.web.jobs.root.iterdir() if p.is_dir()]


# --------------------------------------------------------------------------
# The page


def test_page_has_form_labels_and_headers(client):
    page = client.get("/")
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["cache-control"] == "no-store"
    html = page.text
    assert 'action="/letters" method="post"' in html
    assert 'enctype="multipart/form-data"' in html
    # every input but the token has a label
    ids = re.findall(r'<(?:input|textarea)[^>]*\bid="([^"]+)"', html)
    assert ids
    for field_id in ids:
        assert f'for="{field_id}"' in html, field_id
    # no third-party assets
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/page.js").status_code == 200


def test_other_hosts_are_refused():
    """A rebound DNS name pointing at 127.0.0.1 must not read the page (and its token)."""
    with TestClient(create_app(), base_url="http://evil.example") as c:
        assert c.get("/").status_code == 400


# --------------------------------------------------------------------------
# The work


def test_upload_answers_with_the_category_and_a_zip(app, client):
    token = _token(client)
    answer = _post(
        client,
        token,
        "my denial.pdf",
        SAMPLE.read_bytes(),
        member_name="Jane Doe",
        ibclc_npi="1234567893",
        no_in_network="yes",
    )
    assert answer.status_code == 200
    review = answer.text
    # the review: every fact as a field named by its contract path
    for path in (
        "member.id",
        "member.name",
        "plan.funding",
        "notice_date",
        "claims.0.claim_number",
        "claims.0.denial.primary_category",
        "claims.0.service_lines.0.date_of_service",
        "claims.0.totals.patient_responsibility",
    ):
        assert f'name="{path}"' in review, path
    assert 'id="make-letters"' in review
    assert 'name="remember_layout"' in review
    assert "They say the lactation consultant is out of network" in review  # plain words
    assert "Services not provided by network/primary care providers" in review  # its words
    # the form's labels, as on the first page
    for field_id in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', review):
        assert f'for="{field_id}"' in review, field_id

    answer = _make(client, token, review, **{"member.id": "XYZ123"})
    assert answer.status_code == 200, answer.text[-500:]
    html = answer.text
    assert '<span class="category">out of network</span>' in html
    assert "my denial.pdf" in html
    assert "September 5, 2026" in html  # the internal-appeal deadline
    assert "appeal.docx" in html
    assert "Northwind Health Plan Appeals" in html  # where to send it
    link = re.search(r'href="(/download/[^"]+)"', html)
    assert link

    download = client.get(link.group(1))
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/zip"
    assert "attachment" in download.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(download.content)) as zf:
        names = set(zf.namelist())
        assert {"appeal.docx", "case.json", "what-to-do.txt"} <= names
        assert zf.testzip() is None
        appeal = zf.read("appeal.docx")
    from docx import Document

    text = "\n".join(p.text for p in Document(io.BytesIO(appeal)).paragraphs)
    assert "Jane Doe" in text  # the form reached the letters
    assert "Member ID: XYZ123" in text  # and the correction too

    # the folder is gone after the download, and the link works only once
    assert _case_folders(app) == []
    again = client.get(link.group(1))
    assert again.status_code == 410


def test_corrupt_file_gives_the_one_line_error(app, client):
    answer = _post(client, _token(client), "broken.pdf", b"%PDF-1.4 this is not really a pdf")
    assert answer.status_code == 400
    line = _error_line(answer.text)
    assert line.startswith("broken.pdf: ")
    assert "\n" not in line
    assert "/tmp" not in answer.text and str(app.state.web.jobs.root) not in answer.text
    assert _case_folders(app) == []  # nothing kept for a refused file


def test_not_a_pdf_names_what_appealgen_reads(client):
    answer = _post(client, _token(client), "photo.txt", b"hello")
    assert answer.status_code == 400
    assert "not a PDF, image or X12 835 file" in _error_line(answer.text)


def test_no_file_chosen(client):
    answer = client.post("/letters", data={"token": _token(client)})
    assert answer.status_code == 400
    assert "choose the denial letter" in _error_line(answer.text)


@pytest.mark.parametrize("token", [None, "", "not-the-token"], ids=["missing", "empty", "wrong"])
def test_missing_or_invalid_token_is_403(app, client, token):
    _token(client)
    answer = _post(client, token, "eob.pdf", SAMPLE.read_bytes())
    assert answer.status_code == 403
    assert "reload" in _error_line(answer.text)
    assert not app.state.web.jobs.root.exists() or _case_folders(app) == []


def test_cross_site_post_is_403_even_with_the_token(client):
    token = _token(client)
    answer = client.post(
        "/letters",
        data={"token": token},
        files={"file": ("eob.pdf", SAMPLE.read_bytes(), "application/pdf")},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert answer.status_code == 403


def test_only_post_does_the_work(client):
    assert client.get("/letters").status_code == 405


def test_too_large_is_413():
    app = create_app(max_bytes=100_000)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        answer = _post(c, _token(c), "big.pdf", b"%PDF-1.4\n" + b"0" * 200_000)
        assert answer.status_code == 413
        assert "larger than" in _error_line(answer.text)


def test_too_large_without_content_length_is_413():
    """A chunked body has no Content-Length; the limit is counted while reading."""
    app = create_app(max_bytes=100_000)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        token = _token(c)
        boundary = "XyZ"
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()

        def body():
            yield head
            for _ in range(30):
                yield b"0" * 10_000
            yield f"\r\n--{boundary}--\r\n".encode()

        answer = c.post(
            "/letters",
            content=body(),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert answer.status_code == 413


def test_form_value_too_long(client):
    answer = _post(client, _token(client), "eob.pdf", SAMPLE.read_bytes(), member_name="x" * 400)
    assert answer.status_code == 400
    assert "Your name: too long" in _error_line(answer.text)


def test_a_value_outside_the_vocabulary_shows_the_form_again(client):
    token = _token(client)
    review = _post(client, token, "eob.pdf", SAMPLE.read_bytes()).text
    answer = _make(client, token, review, **{"notice_date": "last Tuesday"})
    assert answer.status_code == 400
    assert "write the date as YYYY-MM-DD" in answer.text
    assert 'id="make-letters"' in answer.text  # the review is still there
    answer = _make(client, token, review, **{"notice_date": "2026-03-09"})
    assert answer.status_code == 200
    assert re.search(r'id="download" href="/download/', answer.text)


def test_remember_this_layout_stores_the_reviewed_layout(client):
    import os

    from appealgen.read.layouts import layouts_dir

    token = _token(client)
    review = _post(client, token, "notice.pdf", SAMPLE.read_bytes()).text
    assert list(layouts_dir().glob("*.yaml")) == []
    answer = _make(client, token, review, remember_layout="yes")
    assert answer.status_code == 200, answer.text[-500:]
    assert "could not remember" not in answer.text
    assert "cannot remember" not in answer.text
    stored = list(layouts_dir().glob("*.yaml"))
    assert len(stored) == 1, os.listdir(layouts_dir())


def test_a_review_needs_the_token_and_expires(client):
    token = _token(client)
    review = _post(client, token, "eob.pdf", SAMPLE.read_bytes()).text
    action = re.search(r'action="(/review/[^"]+)"', review).group(1)
    assert client.post(action, data={"token": "wrong"}).status_code == 403
    assert client.post("/review/not-a-review", data={"token": token}).status_code == 410
    assert client.get("/crop/not-a-review/crop-0.png").status_code == 404


def test_results_expire_and_shutdown_removes_everything():
    app = create_app(ttl=0)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        review = _post(c, _token(c), "eob.pdf", SAMPLE.read_bytes())
        assert review.status_code == 200
        time.sleep(0.01)
        assert app.state.web.reviews.sweep() == 1  # a review not answered in time goes
        assert _case_folders(app) == []
        app.state.web.reviews.ttl = 600
        answer = _make(c, _token(c), _post(c, _token(c), "eob.pdf", SAMPLE.read_bytes()).text)
        assert answer.status_code == 200
        root = app.state.web.jobs.root
        assert len(_case_folders(app)) == 1
        time.sleep(0.01)
        assert app.state.web.jobs.sweep() == 1
        assert _case_folders(app) == []
        link = re.search(r'href="(/download/[^"]+)"', answer.text).group(1)
        assert c.get(link).status_code == 410
        _post(c, _token(c), "eob.pdf", SAMPLE.read_bytes())
    assert not root.exists()  # the lifespan's shutdown removed the root and what was left


def test_no_health_data_in_logs(client, caplog):
    caplog.set_level("DEBUG")
    token = _token(client)
    review = _post(client, token, "Jane-Doe-eob.pdf", SAMPLE.read_bytes(), member_name="Jane Doe")
    _make(client, token, review.text, **{"member.id": "SECRETID9"})
    _post(client, _token(client), "Jane-Doe-broken.pdf", b"garbage")
    # appealgen's own records (pdfminer's DEBUG output is the reader's, off by default)
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("appealgen"))
    assert "letters written" in logged
    for secret in ("Jane", "E26061A0042", "425.00", "Northwind", "SECRETID9"):
        assert secret not in logged


# --------------------------------------------------------------------------
# The command


def test_parse_does_not_import_the_web_stack():
    code = (
        "import sys; from click.testing import CliRunner; from appealgen.cli import cli; "
        "CliRunner().invoke(cli, ['parse', '--help']); "
        "print(sorted(m for m in ('starlette', 'uvicorn', 'multipart') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_web_command_without_the_extra_says_how_to_install(monkeypatch):
    from click.testing import CliRunner

    import appealgen.web
    from appealgen.cli import cli

    monkeypatch.delitem(sys.modules, "appealgen.web.app", raising=False)
    monkeypatch.delattr(appealgen.web, "app", raising=False)
    for name in [m for m in sys.modules if m == "starlette" or m.startswith("starlette.")]:
        monkeypatch.setitem(sys.modules, name, None)  # as if the extra were not installed
    result = CliRunner().invoke(cli, ["web", "--no-browser"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "appealgen: the web page needs more packages: pip install 'appealgen[web]'"
    )


def test_web_command_serves_on_the_port(monkeypatch):
    from click.testing import CliRunner

    import appealgen.web.app as web_app
    from appealgen.cli import cli

    calls = []
    opened = []
    monkeypatch.setattr(
        web_app, "serve", lambda port, on_ready: (calls.append(port), on_ready("http://x/"))
    )
    monkeypatch.setattr("webbrowser.open", opened.append)
    monkeypatch.setenv("DISPLAY", ":0")
    result = CliRunner().invoke(cli, ["web", "--port", "9123", "--no-browser"])
    assert result.exit_code == 0, result.output
    assert calls == [9123]
    assert "http://x/" in result.output
    assert opened == []
    result = CliRunner().invoke(cli, ["web", "--port", "9123"])
    assert opened == ["http://x/"]


def test_port_in_use_is_one_line():
    from appealgen.errors import AppealgenError
    from appealgen.web.app import bind

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(AppealgenError, match=f"cannot listen on 127.0.0.1:{port}"):
            bind(port)


# --------------------------------------------------------------------------
# A real browser


def _browser_or_skip():
    """playwright's sync API, once Debian's Chromium is there. Without them the test is
    skipped on a developer's machine, but fails in CI (CI=true), where scripts/test.sh
    installs both: a browser test that silently skips there tests nothing."""
    missing = []
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        missing.append(f"Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright import sync_api
    except ImportError:
        sync_api = None
        missing.append("playwright (pip install -e '.[test]')")
    if missing:
        reason = "the browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason + "; scripts/test.sh installs them")
        pytest.skip(reason)
    return sync_api


@pytest.fixture
def live_server():
    uvicorn = pytest.importorskip("uvicorn")
    from appealgen.web.app import bind

    app = create_app()
    sock = bind(0)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield app, f"http://127.0.0.1:{sock.getsockname()[1]}/"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.mark.slow
@pytest.mark.parametrize("width", [1000, 390], ids=["desktop", "phone"])
def test_browser_upload_correct_the_id_make_download(live_server, tmp_path, width):
    """A parent's way through the page, in Chromium: upload, check every fact beside the
    place it was read, fix the member ID, choose the reason from words that fit the
    screen, make the letters, download them; the appeal carries the corrections."""
    sync_api = _browser_or_skip()
    from appealgen import parse_file
    from appealgen.corrections import letter_paths
    from appealgen.web.review_form import where_read

    reading = parse_file(SAMPLE)
    facts = letter_paths(reading)
    cropped = [p for p in facts if where_read(reading, p) is not None]
    assert "claims.0.denial.primary_category" in cropped  # beside the reason's words
    app, url = live_server
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900}, accept_downloads=True)
            errors: list[str] = []
            page.on(
                "console",
                lambda m: (
                    errors.append(f"{m.text} ({m.location.get('url')})")
                    if m.type == "error"
                    else None
                ),
            )
            page.goto(url)
            page.get_by_label("Your name").fill("Jane Doe")
            page.set_input_files("#file", str(SAMPLE))
            assert "northwind_eob_out_of_network.pdf" in page.inner_text("#chosen")
            page.get_by_role("button", name="Read my notice").click()
            page.wait_for_selector("#make-letters", timeout=60_000)
            # focus moved to the answer, for keyboard and screen-reader users
            assert page.evaluate("document.activeElement.id") == "result-title"
            member_id = page.locator('[name="member.id"]')
            assert member_id.is_visible()
            member_id.fill("XYZ123")
            # every fact the letters state has its field, filled from the notice
            for path in facts:
                assert page.locator(f'[name="{path}"]').count() >= 1, path
            # the reason is a list of choices whose words wrap, never a closed <select>
            # that cuts them off at phone width
            assert page.locator("#review-form select").count() == 0
            reasons = page.evaluate(REASON_LABELS_JS, CATEGORY_PATH)
            assert len(reasons) >= 10
            cut = [r["text"] for r in reasons if r["right"] > width or r["clipped"]]
            assert cut == []  # every reason's words are on the screen, whole
            page.get_by_label(PROVIDER_TYPE_CHOICE).check()  # a finger on its words
            assert page.locator(f'[name="{CATEGORY_PATH}"]:checked').get_attribute("value") == (
                "provider_type"
            )
            # nothing wider than the screen: no sideways scrolling on a phone
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            controls = page.evaluate(CONTROLS_JS)
            assert len(controls) > 10
            assert [c["name"] for c in controls if not c["label"]] == []  # each has a label
            small = [c for c in controls if min(c["w"], c["h"]) < MIN_TARGET_PX]
            assert small == []  # big enough to hit with a finger
            page.screenshot(path=str(tmp_path / f"web-review-{width}.png"), full_page=True)
            page.evaluate(LONG_WORDS_JS)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            # a parent scrolls past every crop: each loads while the review lives (none is
            # still loading, to fail after the letters end the review)
            crops = page.locator("img.crop")
            assert crops.count() > 3
            for path in cropped:  # each fact beside the place it was read
                assert page.locator(f'[data-path="{path}"] img.crop').count() == 1, path
            for i in range(crops.count()):
                crops.nth(i).scroll_into_view_if_needed()
            page.wait_for_function(
                "Array.from(document.querySelectorAll('img.crop'))"
                ".every(i => i.complete && i.naturalWidth > 0)"
            )
            page.locator("#make-letters").focus()  # by keyboard, as with a screen reader
            page.keyboard.press("Enter")
            page.wait_for_selector("#download", timeout=60_000)
            # the new page starts at its answer, not at the top of the page
            assert page.evaluate("document.activeElement.id") == "result-title"
            result = page.inner_text("#result")
            assert "provider type" in result.lower()  # the reason chosen on the form
            assert "Send the appeal by" in result or "The deadline to appeal was" in result
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            page.evaluate(LONG_WORDS_JS)
            assert page.evaluate("document.documentElement.scrollWidth") <= width

            with page.expect_download() as info:
                page.locator("#download").click()
            saved = tmp_path / info.value.suggested_filename
            info.value.save_as(saved)
            with zipfile.ZipFile(saved) as zf:
                appeal = zf.read("appeal.docx")
            from docx import Document

            text = "\n".join(par.text for par in Document(io.BytesIO(appeal)).paragraphs)
            assert "Member ID: XYZ123" in text
            assert PROVIDER_TYPE_TITLE in text  # the chosen reason is answered in full
            assert errors == []  # no CSP violation, no script error
        finally:
            browser.close()
    deadline = time.monotonic() + 5
    while _case_folders(app) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _case_folders(app) == []
