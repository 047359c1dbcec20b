"""The web page as a real server process: a stuck upload blocks no one, Ctrl-C is prompt
and quiet, HEAD and partial downloads keep the link."""

from __future__ import annotations

import io
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from pathlib import Path

import psutil
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from samples import hostile  # noqa: E402

GOOD = REPO / "samples" / "northwind_eob_out_of_network.pdf"


def request(
    url: str,
    *,
    method: str | None = None,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one HTTP request; an error status is an answer too."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class Server:
    def __init__(self, tmpdir: Path, **env: str) -> None:
        full = dict(os.environ, TMPDIR=str(tmpdir), **env)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "appealgen.cli", "web", "--port", "0", "--no-browser"],
            env=full,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        assert match, line
        self.url = match.group(1)

    def token(self) -> str:
        _, _, page = request(self.url)
        match = re.search(r'name="token" value="([^"]+)"', page.decode())
        assert match
        return match.group(1)

    def upload(self, token: str, name: str, content: bytes, timeout: float) -> tuple[int, str]:
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        status, _, page = request(
            self.url + "letters",
            data=body,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            timeout=timeout,
        )
        return status, page.decode()

    def make(self, token: str, review_page: str, timeout: float) -> tuple[int, str]:
        """Send the review form back unchanged: the letters from what was read."""
        action = re.search(r'<form id="review-form"[^>]*action="/(review/[^"]+)"', review_page)
        assert action, review_page[:500]
        status, _, page = request(
            self.url + action.group(1),
            data=f"token={token}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
            timeout=timeout,
        )
        return status, page.decode()

    def stop(self, timeout: float = 10) -> tuple[int, str, float]:
        started = time.monotonic()
        self.proc.send_signal(signal.SIGINT)
        try:
            _, err = self.proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()
            pytest.fail(f"the page did not stop within {timeout} s of Ctrl-C")
        return self.proc.returncode, err, time.monotonic() - started

    def kill(self) -> None:
        if self.proc.poll() is None:
            for p in psutil.Process(self.proc.pid).children(recursive=True):
                p.kill()
            self.proc.kill()
            self.proc.communicate()


def test_idle_page_stops_on_ctrl_c_with_exit_0_and_nothing_on_stderr(tmp_path):
    server = Server(tmp_path)
    try:
        server.token()
        code, err, seconds = server.stop()
    finally:
        server.kill()
    assert code == 0
    assert err == ""
    assert seconds < 5


def test_a_stuck_upload_blocks_no_one_and_ctrl_c_still_stops_at_once(tmp_path):
    server = Server(tmp_path, APPEALGEN_READ_TIME_LIMIT="90")
    stuck: dict[str, object] = {}

    def upload_stuck() -> None:
        try:
            stuck["answer"] = server.upload(token, "slow.pdf", hostile.slow_pdf(32), timeout=120)
        except OSError as e:
            stuck["error"] = e

    try:
        token = server.token()
        thread = threading.Thread(target=upload_stuck, daemon=True)
        thread.start()
        time.sleep(2.0)  # the stuck read is under way
        assert "answer" not in stuck and "error" not in stuck

        started = time.monotonic()
        status, page = server.upload(token, "notice.pdf", GOOD.read_bytes(), timeout=30)
        seconds = time.monotonic() - started
        assert status == 200, page[:500]
        assert seconds <= 10, f"the second upload took {seconds:.1f} s"
        assert "answer" not in stuck  # still stuck
        status, page = server.make(token, page, timeout=30)
        assert status == 200, page[:500]

        link = server.url.rstrip("/") + re.search(r'href="(/download/[^"]+)"', page).group(1)
        # HEAD does not use up the download
        status, headers, _ = request(link, method="HEAD")
        assert status == 200 and int(headers["content-length"]) > 100
        size = int(headers["content-length"])
        # a partial download, then the rest: resumed
        status, _, first = request(link, headers={"Range": "bytes=0-99"})
        assert status == 206 and len(first) == 100
        status, _, rest = request(link, headers={"Range": "bytes=100-"})
        assert status == 206 and len(rest) == size - 100
        with zipfile.ZipFile(io.BytesIO(first + rest)) as zf:
            assert "appeal.docx" in zf.namelist()
        # the whole file has been sent: the link is gone (a moment after the last byte)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                if request(link, method="HEAD")[0] == 410:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        assert request(link)[0] == 410

        family = [psutil.Process(server.proc.pid), *psutil.Process(server.proc.pid).children(True)]
        code, err, seconds = server.stop()
        assert code == 0
        assert "Traceback" not in err and "Aborted" not in err, err
        assert seconds < 8
        thread.join(10)
        assert not thread.is_alive()
        time.sleep(0.5)
        alive = [p for p in family if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
        assert alive == []
        assert list(tmp_path.iterdir()) == []
    finally:
        server.kill()
