"""The batch runner: workers, time limits, atomic case folders and the work list.

The machinery is tested with an injected worker (``fake_worker``) whose
behaviour is driven by the input file's content, so these tests do not depend
on the parser or the letters; the end-to-end tests at the bottom use them.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from appealgen import batch as batch_mod
from appealgen.batch import (
    STATUS_DONE,
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_INTERRUPTED,
    STATUS_SKIPPED,
    SummaryRow,
    WorkerOptions,
    WorkerOutput,
    discover,
    excel_safe,
    file_sha256,
    run_batch,
    sort_rows,
    summary_fields,
)
from appealgen.errors import InputError
from appealgen.models import case_id_for

TIMEOUT = 1.5
TESTS_DIR = Path(__file__).resolve().parent
REPO = TESTS_DIR.parent


# --------------------------------------------------------------------------
# Injected workers (module level: worker processes import them by name)


def fake_worker(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    """Behaves as the file's JSON content says: ok / input_error / hang / crash / internal."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    mode = spec.get("mode", "ok")
    if mode == "input_error":
        raise InputError("not a PDF (the file starts with 'hello'); save the EOB as PDF")
    if mode == "hang":
        while True:
            time.sleep(0.05)
    if mode == "crash":
        os._exit(3)
    if mode == "internal":
        raise ValueError("boom\nsecond line")
    case_dir = staging / case_id_for(file_sha256(path))
    case_dir.mkdir(parents=True)
    case = {
        "schema_version": "1",
        "source": {"file": path.name, "sha256": file_sha256(path)},
        "payer": {"name": spec.get("payer", "Acme Health")},
        "member": {"name": spec.get("member", "Pat Doe"), "id": spec.get("member_id", "M1")},
        "claims": [
            {
                "claim_number": spec.get("claim", "C-1"),
                "denied": True,
                "totals": {"billed": spec.get("billed"), "patient_responsibility": spec.get("pr")},
                "denial": {"primary_category": spec.get("category", "out_of_network")},
            }
        ],
        # read surely (the work list shows only what the reader is sure of)
        "evidence": {
            p: {"confidence": 0.95, "sure": True, "reader": "labels"}
            for p in (
                "payer.name",
                "member.name",
                "member.id",
                "claims.0.claim_number",
                "claims.0.denied",
                "claims.0.denial.primary_category",
                "claims.0.totals.billed",
                "claims.0.totals.patient_responsibility",
            )
        },
        "decision": {
            "documents": [
                {"kind": "appeal", "file": "appeal.docx"},
                {"kind": "call_script", "file": "call_script.docx"},
            ],
            "deadlines": {"internal_appeal": spec.get("deadline")},
        },
    }
    (case_dir / "case.json").write_text(json.dumps(case), encoding="utf-8")
    for name in ("call_script.docx", "appeal.docx"):
        (case_dir / name).write_bytes(b"PK fake")
    return WorkerOutput(case_dir=str(case_dir), timings={"parse": 0.001})


def boom_worker(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    raise AssertionError("the worker should not have been called")


# --------------------------------------------------------------------------
# Helpers


def put(folder: Path, name: str, **spec: object) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(spec, sort_keys=True), encoding="utf-8")
    return p


def leftovers(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.iterdir() if p.name.startswith("."))


def by_file(result) -> dict[str, SummaryRow]:
    return {r.file: r for r in result.rows}


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "summary.csv must start with a BOM for Excel"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


# --------------------------------------------------------------------------
# Discovery and pure helpers


def test_discover_finds_supported_files_recursively_and_skips_hidden(tmp_path):
    indir = tmp_path / "in"
    for name in ("a.pdf", "B.PDF", "sub/c.png", "sub/deep/d.835", "e.txt", ".hidden.pdf"):
        put(indir, name)
    put(indir, ".git/x.pdf")
    put(indir, "out/already.pdf")  # the output folder inside INDIR is never read
    put(indir, "0123456789ab/appeal.pdf")  # a case folder: its PDFs are letters
    put(indir, "0123456789ab/case.json")
    found = [p.relative_to(indir).as_posix() for p in discover(indir, exclude=indir / "out")]
    assert found == ["B.PDF", "a.pdf", "sub/c.png", "sub/deep/d.835"]


def test_summary_fields_amount_at_stake_uses_billed_when_patient_share_unknown():
    case = {
        "payer": {"name": "P"},
        "member": {"name": "M", "id": "1"},
        "claims": [
            {
                "claim_number": "A",
                "denied": True,
                "totals": {"billed": "300.00", "patient_responsibility": None},
                "denial": {"primary_category": "coding"},
            },
            {
                "claim_number": "B",
                "denied": True,
                "totals": {"billed": "90.00", "patient_responsibility": "40.00"},
                "denial": {"primary_category": "cost_sharing"},
            },
            {"claim_number": "C", "denied": False, "totals": {"billed": "999.00"}},
            {
                "claim_number": "D",
                "denied": True,
                # denied outright with no patient share: the practice is out all of it
                "totals": {"billed": "325.00", "paid": "0.00", "patient_responsibility": "0.00"},
                "denial": {"primary_category": "medical_necessity"},
            },
        ],
        "decision": {"deadlines": {"internal_appeal": "2026-08-29"}},
    }
    f = summary_fields(case, only_sure=False)  # no evidence: every value as read
    assert f["amount_at_stake"] == "665.00"
    assert f["claim_numbers"] == ["A", "B", "D"]
    assert f["primary_category"] == "medical_necessity"  # the claim with most at stake
    assert f["internal_appeal_deadline"] == "2026-08-29"


def test_rows_sort_by_deadline_then_amount_with_unknown_deadlines_last():
    rows = [
        SummaryRow("none.pdf", STATUS_FAILED),
        SummaryRow("late.pdf", STATUS_DONE, internal_appeal_deadline="2026-09-01"),
        SummaryRow(
            "soon-small.pdf",
            STATUS_DONE,
            internal_appeal_deadline="2026-05-01",
            amount_at_stake="10.00",
        ),
        SummaryRow(
            "soon-big.pdf",
            STATUS_DONE,
            internal_appeal_deadline="2026-05-01",
            amount_at_stake="1250.00",
        ),
        SummaryRow("nodeadline-big.pdf", STATUS_DONE, amount_at_stake="500.00"),
    ]
    assert [r.file for r in sort_rows(rows)] == [
        "soon-big.pdf",
        "soon-small.pdf",
        "late.pdf",
        "nodeadline-big.pdf",
        "none.pdf",
    ]


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+15551234", "'+15551234"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Acme Health", "Acme Health"),
        ("", ""),
    ],
)
def test_excel_safe(value, expected):
    assert excel_safe(value) == expected


# --------------------------------------------------------------------------
# The machinery with injected workers


def test_mixed_folder_good_bad_hanging_and_crashing(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a_good.pdf", deadline="2026-06-01", pr="250.00")
    put(indir, "b_bad.pdf", mode="input_error")
    put(indir, "c_hang.pdf", mode="hang")
    put(indir, "d_crash.pdf", mode="crash")
    put(indir, "e_internal.pdf", mode="internal")
    put(indir, "sub/f_good.pdf", deadline="2026-05-01", pr="80.00")
    put(indir, "z_good.pdf", deadline="2026-07-01", pr="10.00")

    t0 = time.monotonic()
    result = run_batch(indir, outdir, jobs=2, timeout=TIMEOUT, worker=fake_worker)
    assert time.monotonic() - t0 < 20

    rows = by_file(result)
    assert {f for f, r in rows.items() if r.status == STATUS_DONE} == {
        "a_good.pdf",
        "sub/f_good.pdf",
        "z_good.pdf",
    }
    assert rows["b_bad.pdf"].status == STATUS_FAILED
    assert rows["b_bad.pdf"].error.startswith("not a PDF")
    assert "stopped after 1.5 s" in rows["c_hang.pdf"].error
    assert "worker stopped unexpectedly (exit code 3)" in rows["d_crash.pdf"].error
    assert rows["e_internal.pdf"].error == "internal error (ValueError: boom second line)"
    assert result.counts[STATUS_FAILED] == 4
    assert result.exit_code == 1
    # the work list: soonest deadline first, failures (no deadline) last
    assert [r.file for r in result.rows][:3] == ["sub/f_good.pdf", "a_good.pdf", "z_good.pdf"]
    # only complete case folders, named by hash; no temp folders
    assert leftovers(outdir) == []
    case_dirs = sorted(p for p in outdir.iterdir() if p.is_dir())
    assert len(case_dirs) == 3
    assert all((d / "case.json").is_file() for d in case_dirs)
    good = rows["a_good.pdf"]
    assert good.case_dir == case_id_for(file_sha256(indir / "a_good.pdf"))
    assert good.documents == ["appeal.docx", "call_script.docx"]  # decision order
    assert good.amount_at_stake == "250.00"
    assert set(result.stage_seconds) >= {"parse", "finish"}


def test_a_killed_worker_is_replaced_and_the_rest_still_run(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a_hang.pdf", mode="hang")
    put(indir, "b_crash.pdf", mode="crash")
    for i in range(4):
        put(indir, f"c{i}.pdf", n=i)
    result = run_batch(indir, outdir, jobs=1, timeout=1.0, worker=fake_worker)
    assert result.counts[STATUS_DONE] == 4
    assert result.counts[STATUS_FAILED] == 2


def test_summary_csv_and_json_are_written_guarded_and_sorted(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(
        indir,
        "a.pdf",
        member='=HYPERLINK("http://evil","x")',
        payer="+Acme",
        member_id="@1",
        claim="-7",
        deadline="2026-06-01",
        pr="5.00",
    )
    put(indir, "b.pdf", member='Zoë O\'Brien, "Jr"\nline2', deadline="2026-04-01", pr="7.00")
    put(indir, "c.pdf", mode="input_error")
    run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, worker=fake_worker)

    rows = read_csv(outdir / "summary.csv")
    assert list(rows[0]) == list(batch_mod.SUMMARY_COLUMNS)
    assert [r["file"] for r in rows] == ["b.pdf", "a.pdf", "c.pdf"]
    a = rows[1]
    assert a["member"] == '\'=HYPERLINK("http://evil","x")'
    assert a["payer"] == "'+Acme"
    assert a["member_id"] == "'@1"
    assert a["claim_numbers"] == "'-7"
    assert a["documents"] == "appeal.docx;call_script.docx"
    assert rows[0]["member"] == 'Zoë O\'Brien, "Jr" line2'
    assert rows[2]["status"] == "failed" and rows[2]["error"].startswith("not a PDF")

    doc = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    assert doc["counts"]["done"] == 2 and doc["counts"]["failed"] == 1
    assert doc["rows"][1]["member"].startswith("=HYPERLINK")  # JSON keeps values as they are
    assert doc["rows"][1]["claim_numbers"] == ["-7"]
    assert not [p for p in outdir.iterdir() if p.name.endswith(".tmp")]


def test_same_content_under_two_names_is_one_case(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", deadline="2026-06-01", pr="5.00")
    put(indir, "copies/a (1).pdf", deadline="2026-06-01", pr="5.00")
    result = run_batch(indir, outdir, jobs=2, timeout=TIMEOUT, worker=fake_worker)
    rows = by_file(result)
    assert rows["a.pdf"].status == STATUS_DONE
    dup = rows["copies/a (1).pdf"]
    assert dup.status == STATUS_DUPLICATE
    assert dup.note == "duplicate of a.pdf"
    assert dup.case_dir == rows["a.pdf"].case_dir
    assert dup.internal_appeal_deadline == "2026-06-01"
    assert len([p for p in outdir.iterdir() if p.is_dir()]) == 1
    assert result.exit_code == 0


def test_rerun_skips_done_cases_and_force_redoes_them(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", deadline="2026-06-01", pr="5.00", member="Pat")
    put(indir, "b.pdf", mode="input_error")
    first = run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, worker=fake_worker)
    case_dir = outdir / by_file(first)["a.pdf"].case_dir
    (case_dir / "marker").write_text("old")

    # boom_worker would fail every file it is given: a.pdf must not reach it
    again = run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, worker=boom_worker)
    a = by_file(again)["a.pdf"]
    assert a.status == STATUS_SKIPPED and "already done" in a.note
    assert (a.member, a.internal_appeal_deadline, a.amount_at_stake) == (
        "Pat",
        "2026-06-01",
        "5.00",
    )
    assert by_file(again)["b.pdf"].status == STATUS_FAILED  # failures are retried

    forced = run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, force=True, worker=fake_worker)
    assert by_file(forced)["a.pdf"].status == STATUS_DONE
    assert not (case_dir / "marker").exists()  # replaced by the new folder
    assert (case_dir / "case.json").is_file()
    assert leftovers(outdir) == []


def test_case_folder_names_are_safe_whatever_the_document_says(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", claim="../../etc/passwd", member="C:\\con\\aux", pr="1.00")
    result = run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, worker=fake_worker)
    (row,) = result.rows
    assert batch_mod.CASE_ID_RE.match(row.case_dir)
    assert sorted(p.name for p in outdir.iterdir()) == [row.case_dir, "summary.csv", "summary.json"]


def _interrupt_after_first(p):
    if p.finished >= 1:
        raise KeyboardInterrupt


def test_interrupt_keeps_complete_cases_and_writes_the_summary(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", pr="1.00")
    put(indir, "b_hang.pdf", mode="hang")
    for i in range(5):
        put(indir, f"c{i}.pdf", n=i)
    result = run_batch(
        indir, outdir, jobs=2, timeout=30, worker=fake_worker, progress=_interrupt_after_first
    )
    assert result.interrupted and result.exit_code == 130
    assert result.counts[STATUS_INTERRUPTED] >= 1
    assert leftovers(outdir) == []
    for d in (p for p in outdir.iterdir() if p.is_dir()):
        assert (d / "case.json").is_file()
    doc = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    assert doc["interrupted"] is True
    assert len(doc["rows"]) == 7


def test_stale_temp_folders_of_a_dead_batch_are_removed(tmp_path):
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", pr="1.00")
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = outdir / f".appealgen-tmp-{proc.stdout.strip()}-abcdef" / "000001"
    stale.mkdir(parents=True)
    run_batch(indir, outdir, jobs=1, timeout=TIMEOUT, worker=fake_worker)
    assert leftovers(outdir) == []


def test_empty_folder_writes_an_empty_summary(tmp_path):
    (tmp_path / "in").mkdir()
    result = run_batch(tmp_path / "in", tmp_path / "out", worker=fake_worker)
    assert result.rows == [] and result.exit_code == 0
    assert read_csv(tmp_path / "out" / "summary.csv") == []


def test_sigint_to_a_running_batch_exits_cleanly(tmp_path):
    """A real Ctrl-C (SIGINT to the process group): complete cases and a summary."""
    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "a.pdf", pr="1.00")
    for i in range(3):
        put(indir, f"h{i}.pdf", mode="hang", n=i)
    script = textwrap.dedent(
        f"""
        import signal, sys
        # Ctrl-C as a terminal delivers it, even when this test runs under a parent that
        # ignores SIGINT (a background job), which the child would inherit
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.path.insert(0, {str(TESTS_DIR)!r})
        from test_batch import fake_worker
        from appealgen.batch import run_batch
        r = run_batch({str(indir)!r}, {str(outdir)!r}, jobs=2, timeout=60, worker=fake_worker,
                      progress=lambda p: print("progress", p.finished, flush=True))
        sys.exit(r.exit_code)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    assert proc.stdout is not None
    for line in proc.stdout:  # wait until a.pdf is done and the hangs are running
        if line.split()[-1] == "1":
            break
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches every process of the group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert leftovers(outdir) == []
    doc = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    assert doc["counts"]["done"] == 1 and doc["counts"]["interrupted"] == 3


# --------------------------------------------------------------------------
# The command


@pytest.fixture
def fake_default_worker(monkeypatch):
    from appealgen.batch import run

    monkeypatch.setattr(run, "DEFAULT_WORKER", fake_worker)


def test_cli_exit_1_and_one_stderr_line_per_failed_file(tmp_path, fake_default_worker):
    from appealgen.cli import cli

    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "good.pdf", deadline="2026-06-01", pr="12.50")
    put(indir, "bad.pdf", mode="input_error")
    put(indir, "hang.pdf", mode="hang")
    result = CliRunner().invoke(
        cli, ["batch", str(indir), "-o", str(outdir), "--jobs", "2", "--timeout", "1"]
    )
    assert result.exit_code == 1, result.output
    err_lines = result.stderr.splitlines()
    assert err_lines == [
        "appealgen: bad.pdf: not a PDF (the file starts with 'hello'); save the EOB as PDF",
        "appealgen: hang.pdf: stopped after 1 s: the file took too long to read",
    ]
    assert "Traceback" not in result.output
    assert "1 done, 0 skipped (already done), 0 duplicate, 2 failed" in result.stdout
    assert "2026-06-01" in result.stdout and "12.50" in result.stdout
    assert (outdir / "summary.csv").is_file()


def test_cli_exit_0_when_all_done_and_on_rerun(tmp_path, fake_default_worker):
    from appealgen.cli import cli

    indir, outdir = tmp_path / "in", tmp_path / "out"
    put(indir, "good.pdf", pr="1.00")
    args = ["batch", str(indir), "-o", str(outdir), "--quiet"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0
    assert "0 done, 1 skipped" in again.stdout


def test_cli_usage_errors_exit_2(tmp_path):
    from appealgen.cli import cli

    assert CliRunner().invoke(cli, ["batch", str(tmp_path)]).exit_code == 2  # no -o
    r = CliRunner().invoke(cli, ["batch", str(tmp_path), "-o", "x", "--jobs", "0"])
    assert r.exit_code == 2
    assert "Examples:" in CliRunner().invoke(cli, ["batch", "--help"]).output


def test_batch_module_does_not_import_click():
    code = "import sys, appealgen.batch; sys.exit('click' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_terminal_progress_line():
    stream = io.StringIO()
    bar = batch_mod.TerminalProgress(stream)
    bar(batch_mod.Progress(total=10, finished=4, failed=1, processed=4, elapsed=2.0))
    bar.close()
    out = stream.getvalue()
    assert out.startswith("\r[##########..............] 4/10  1 failed  2.0 files/s  ETA 3 s")
    assert out.endswith("\n")


# --------------------------------------------------------------------------
# End to end over real files (once the parser, the letters and the samples exist)


def _pipeline_ready() -> bool:
    if str(REPO) not in sys.path:  # samples/ is a folder of the repository, not a package
        sys.path.insert(0, str(REPO))
    try:
        for name in ("appealgen.read.parse", "appealgen.decide", "appealgen.write.render"):
            importlib.import_module(name)
        gen = importlib.import_module("samples.generate")
    except ImportError:
        return False
    decide = sys.modules["appealgen.decide"]
    render = sys.modules["appealgen.write.render"]
    return all(
        hasattr(mod, attr)
        for mod, attr in (
            (decide, "decide"),
            (render, "generate"),
            (gen, "generate_synthetic"),
            (gen, "make_bad_inputs"),
        )
    )


e2e = pytest.mark.skipif(not _pipeline_ready(), reason="parser, letters or samples not in place")


def hang_or_generate(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    """The real pipeline, except that a file named *hang* spins like a pathological PDF."""
    if "hang" in path.name:
        while True:
            pass
    return batch_mod.generate_one(path, staging, options)


def _real_folder(tmp_path: Path, n_good: int = 3) -> tuple[Path, list[str]]:
    from samples.generate import generate_synthetic, make_bad_inputs

    indir = tmp_path / "in"
    generate_synthetic(n_good, indir / "good", seed=11)
    make_bad_inputs(indir / "bad")
    # image_only.pdf is a scan: read by OCR where tesseract is installed, refused where not
    (indir / "bad" / "image_only.pdf").unlink()
    bad = sorted(p.relative_to(indir).as_posix() for p in discover(indir / "bad"))
    return indir, bad


@e2e
def test_end_to_end_good_corrupt_and_hanging_files(tmp_path):
    indir, bad = _real_folder(tmp_path)
    (indir / "hang.pdf").write_bytes(b"%PDF-1.4\n% spins forever\n")
    outdir = tmp_path / "out"
    # long enough for a real parse and letters on a busy machine; the hang still stops
    result = run_batch(indir, outdir, jobs=2, timeout=12, worker=hang_or_generate)
    rows = by_file(result)
    good = [r for f, r in rows.items() if f.startswith("good/")]
    assert good and all(r.status == STATUS_DONE for r in good), [(r.file, r.error) for r in good]
    for r in good:
        case = json.loads((outdir / r.case_dir / "case.json").read_text(encoding="utf-8"))
        assert case_id_for(case["source"]["sha256"]) == r.case_dir  # same id as Case.case_id
        assert "appeal.docx" in r.documents and "call_script.docx" in r.documents
        assert all((outdir / r.case_dir / d).is_file() for d in r.documents)
    for f in bad:
        assert rows[f].status == STATUS_FAILED and rows[f].error, f
        assert "Traceback" not in rows[f].error
    assert "stopped after 12 s" in rows["hang.pdf"].error
    assert result.exit_code == 1
    assert leftovers(outdir) == []
    csv_rows = read_csv(outdir / "summary.csv")
    assert len(csv_rows) == len(good) + len(bad) + 1


@e2e
def test_end_to_end_cli_exit_status_and_stderr(tmp_path):
    indir, bad = _real_folder(tmp_path, n_good=2)
    outdir = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "appealgen.cli", "batch", str(indir), "-o", str(outdir)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == len(bad), lines
    assert all(line.startswith("appealgen: bad/") for line in lines)
    assert "2 done" in proc.stdout
    again = subprocess.run(
        [sys.executable, "-m", "appealgen.cli", "batch", str(indir), "-o", str(outdir), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1 and "0 done, 2 skipped" in again.stdout
