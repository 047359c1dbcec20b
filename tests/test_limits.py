"""Hostile files and dying processes: real commands, real signals, files built on the fly.

Each hostile file gets one stderr line naming the limit, quickly and in bounded
memory; a read past its time limit is stopped; batch workers die with their
parent and leave no temporary files; FIFOs are skipped; output-folder problems
are one line.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from appealgen import isolate, limits
from appealgen.errors import InputError

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # samples/ is a folder of the repository, not a package
    sys.path.insert(0, str(REPO))

from samples import hostile  # noqa: E402

APPEALGEN = [sys.executable, "-m", "appealgen.cli"]
GOOD = REPO / "samples" / "northwind_eob_out_of_network.pdf"
SCAN = REPO / "samples" / "scan_summit_letter_medical_necessity.pdf"
GIB = 1024**3


def _env(tmpdir: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["TMPDIR"] = str(tmpdir)
    env.update(extra)
    return env


def run_measured(
    cmd: list[str], env: dict[str, str], timeout: float
) -> tuple[int, str, float, int]:
    """(exit status, stderr, seconds, peak RSS in bytes of the command and its children)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO
    )
    assert proc.stderr is not None
    err = b""
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            proc.kill()
            os.wait4(proc.pid, 0)
            pytest.fail(f"{cmd} took more than {timeout} s")
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read()
    proc.stderr.close()
    return proc.returncode, err.decode(), time.monotonic() - started, usage.ru_maxrss * 1024


def _one_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture
def tmpdir_env(tmp_path: Path) -> Path:
    d = tmp_path / "tmpdir"
    d.mkdir()
    return d


# --------------------------------------------------------------------------
# The three hostile files of the issue


HOSTILE = {
    "blank_200in.pdf": (hostile.blank_page_pdf, "OCR pixel limit"),
    "inflate_2gib.pdf": (hostile.inflation_bomb_pdf, "limit on inflated bytes"),
    "claims_300k.835": (hostile.huge_835, "segment limit"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_one_line_fast_and_small(name: str, tmp_path: Path, tmpdir_env: Path):
    make, limit = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    code, err, seconds, peak = run_measured(
        [*APPEALGEN, "parse", str(path)], _env(tmpdir_env), timeout=60
    )
    line = _one_line(err)
    assert code == 1
    assert line.startswith(f"appealgen: {path}: ")
    assert limit in line
    assert seconds <= 60
    assert peak < GIB, f"peak {peak / 2**20:.0f} MB"
    assert list(tmpdir_env.iterdir()) == []


def test_blank_page_pdf_is_the_issue_s_443_byte_shape():
    data = hostile.blank_page_pdf()
    assert len(data) < 500 and b"/MediaBox [0 0 14400 14400]" in data


def test_limits_are_decided_before_the_work():
    # a 200-inch page is refused from its size, a legal page gets 300 dpi, a poster less
    with pytest.raises(InputError, match="OCR pixel limit"):
        limits.ocr_dpi(14400, 14400, "x.pdf", 1)
    assert limits.ocr_dpi(612, 1008, "x.pdf", 1) == limits.OCR_DPI
    assert limits.OCR_MIN_DPI <= limits.ocr_dpi(36 * 72, 24 * 72, "x.pdf", 1) < limits.OCR_DPI
    with pytest.raises(InputError, match="claim limit"):
        limits.check_835("ISA*~" + "CLP*1~" * (limits.MAX_835_CLAIMS + 1), "*", "~")


def test_image_past_the_pixel_limit_is_one_line_and_no_pil_warning(tmp_path, tmpdir_env):
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    # a PNG header claiming 60,000 x 60,000 pixels (3.6 billion) and almost no data
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )
    path = tmp_path / "photo.png"
    path.write_bytes(png)
    code, err, seconds, _ = run_measured(
        [*APPEALGEN, "parse", str(path)], _env(tmpdir_env), timeout=60
    )
    assert code == 1
    assert "image size limit" in _one_line(err)


# --------------------------------------------------------------------------
# The time limit and the memory ceiling (the backstop)


def test_a_read_past_its_time_limit_is_stopped_with_nothing_left(tmp_path, tmpdir_env):
    path = tmp_path / "slow.pdf"
    path.write_bytes(hostile.slow_pdf(16))
    code, err, seconds, _ = run_measured(
        [*APPEALGEN, "parse", str(path)],
        _env(tmpdir_env, **{limits.TIME_LIMIT_ENV: "2"}),
        timeout=60,
    )
    assert code == 1
    assert "took more than 2 s (the time limit" in _one_line(err)
    assert seconds < 15
    assert list(tmpdir_env.iterdir()) == []


def _hog(n: int) -> int:
    return len(bytearray(n))


def test_memory_ceiling_is_one_input_error():
    with pytest.raises(InputError, match="memory limit"):
        isolate.run(_hog, 3 * GIB, memory_limit=GIB, time_limit=30)
    assert isolate.run(_hog, 1000, memory_limit=GIB, time_limit=30) == 1000


# --------------------------------------------------------------------------
# Only regular files; one line per file, whatever its name; output folders


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_parse_of_a_fifo_is_one_line_and_never_hangs(tmp_path, tmpdir_env):
    fifo = tmp_path / "x.pdf"
    os.mkfifo(fifo)
    code, err, seconds, _ = run_measured(
        [*APPEALGEN, "parse", str(fifo)], _env(tmpdir_env), timeout=30
    )
    assert code == 1
    assert "named pipe" in _one_line(err)


def test_a_file_name_with_a_newline_stays_on_one_line(tmp_path, tmpdir_env):
    path = tmp_path / "bad\nname.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    code, err, _, _ = run_measured([*APPEALGEN, "parse", str(path)], _env(tmpdir_env), timeout=60)
    assert code == 1
    assert "bad\\nname.pdf" in _one_line(err)


def test_output_folder_with_a_file_in_the_way_is_one_line(tmp_path, tmpdir_env):
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = blocker / "out"
    for cmd in (
        [*APPEALGEN, "generate", str(GOOD), "-o", str(out)],
        [*APPEALGEN, "batch", str(REPO / "samples"), "-o", str(out), "-q"],
    ):
        code, err, _, _ = run_measured(cmd, _env(tmpdir_env), timeout=120)
        assert code == 1
        line = _one_line(err)
        assert f"cannot write the output folder {out}: a file is in the way" in line


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_output_folder_is_one_line(tmp_path, tmpdir_env):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, err, _, _ = run_measured(
            [*APPEALGEN, "generate", str(GOOD), "-o", str(ro)], _env(tmpdir_env), timeout=120
        )
    finally:
        ro.chmod(0o755)
    assert code == 1
    assert f"cannot write the output folder {ro}: permission denied" in _one_line(err)


# --------------------------------------------------------------------------
# Batch: FIFOs skipped, temp folders removed, workers die with the batch


def test_batch_over_a_fifo_a_hostile_page_and_a_good_notice(tmp_path, tmpdir_env):
    indir = tmp_path / "in"
    indir.mkdir()
    os.mkfifo(indir / "x.pdf")
    (indir / "blank_200in.pdf").write_bytes(hostile.blank_page_pdf())
    shutil.copy(GOOD, indir / "good.pdf")
    out = tmp_path / "out"
    code, err, seconds, peak = run_measured(
        [*APPEALGEN, "batch", str(indir), "-o", str(out), "-q", "-j", "2"],
        _env(tmpdir_env),
        timeout=120,
    )
    assert code == 1  # two files failed, one line each
    lines = err.splitlines()
    assert "Traceback" not in err
    assert len(lines) == 2, err
    assert any("x.pdf: " in ln and "named pipe" in ln for ln in lines)
    assert any("blank_200in.pdf: " in ln and "OCR pixel limit" in ln for ln in lines)
    cases = [p for p in out.iterdir() if (p / "case.json").is_file()]
    assert len(cases) == 1 and (cases[0] / "appeal.docx").is_file()
    assert list(tmpdir_env.iterdir()) == []
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(not SCAN.exists(), reason="no scanned sample")
def test_batch_timeout_during_ocr_leaves_no_rendered_page(tmp_path, tmpdir_env):
    from appealgen.read import ocr

    if not ocr.available():
        pytest.skip("tesseract is not installed")
    indir = tmp_path / "in"
    indir.mkdir()
    shutil.copy(SCAN, indir / "scan.pdf")
    code, err, _, _ = run_measured(
        [*APPEALGEN, "batch", str(indir), "-o", str(tmp_path / "out"), "-q", "--timeout", "1"],
        _env(tmpdir_env),
        timeout=120,
    )
    assert code == 1
    assert "stopped after 1 s" in _one_line(err)
    assert list(tmpdir_env.iterdir()) == []


def _tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            continue
    return out


def test_kill_9_of_batch_leaves_no_process_alive(tmp_path, tmpdir_env):
    indir = tmp_path / "in"
    indir.mkdir()
    for i in range(2):
        (indir / f"slow{i}.pdf").write_bytes(hostile.slow_pdf(16 + i))
    proc = subprocess.Popen(
        [*APPEALGEN, "batch", str(indir), "-o", str(tmp_path / "out"), "-q", "-j", "2"],
        env=_env(tmpdir_env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )
    try:
        # wait for the forkserver and both workers to be busy
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            procs = _tree(proc.pid)
            if len(procs) >= 4:
                break
            time.sleep(0.2)
        time.sleep(1.0)
        procs = _tree(proc.pid)
        assert len(procs) >= 4, procs  # main, forkserver, two workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while _alive(procs) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _alive(procs) == []
    finally:
        for p in _alive(_tree(proc.pid)):
            p.kill()
    # the killed batch could not remove its temporary folder; the next batch does
    assert list(Path(tmpdir_env).glob("appealgen-batch-*")) != []
    good = tmp_path / "good"
    good.mkdir()
    shutil.copy(REPO / "samples" / "northwind_eob_out_of_network.pdf", good / "n.pdf")
    subprocess.run(
        [*APPEALGEN, "batch", str(good), "-o", str(tmp_path / "out2"), "-q"],
        env=_env(tmpdir_env),
        capture_output=True,
        timeout=120,
        cwd=REPO,
    )
    assert list(Path(tmpdir_env).glob("appealgen-batch-*")) == []


# --------------------------------------------------------------------------
# A claim number that looks like a path is data


def test_a_claim_number_like_a_path_is_kept_literally_and_never_used_as_one(tmp_path):
    import json

    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    lines = [
        "Northwind Health Plan",
        "Explanation of Benefits",
        "Notice date: March 2, 2026",
        "Member: Jane Doe    Member ID: W123456789",
        "Claim number: ../../etc/passwd",
        "Provider: Latch Lactation LLC   NPI: 1234567893",
        "Date of service   Procedure   Billed   Allowed   Paid   Your share   Codes",
        "02/11/2026        S9443       250.00   0.00      0.00   250.00       CO-242",
        "This claim was denied because the provider is out of network.",
    ]
    pdf = tmp_path / "notice.pdf"
    c = canvas.Canvas(str(pdf), pagesize=letter)
    for i, line in enumerate(lines):
        c.drawString(50, 740 - 18 * i, line)
    c.save()
    parsed = subprocess.run(
        [*APPEALGEN, "parse", str(pdf), "--json"], capture_output=True, text=True, cwd=REPO
    )
    assert parsed.returncode == 0, parsed.stderr
    assert json.loads(parsed.stdout)["claims"][0]["claim_number"] == "../../etc/passwd"

    out = tmp_path / "a" / "b" / "out"
    done = subprocess.run(
        [*APPEALGEN, "generate", str(pdf), "-o", str(out)], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != pdf]
    (case_dir,) = [p for p in out.iterdir() if p.is_dir()]
    assert written and all(p.parent == case_dir for p in written)
    case = json.loads((case_dir / "case.json").read_text())
    assert case["claims"][0]["claim_number"] == "../../etc/passwd"
