"""Folders of denials -> one case folder each and a work list, in worker processes.

``run_batch`` finds every supported file under a folder, hashes it (the same
content under two names is one case; a case already written is skipped), and
hands the rest to long-lived worker processes that call the library's
parse -> decide -> generate. The parent owns everything else:

- a per-file time limit that really stops a file: each worker has its own pipe,
  so the parent can kill a worker that spins on a pathological PDF and start a
  fresh one without disturbing the others;
- atomic case folders: a worker writes into ``OUTDIR/.appealgen-tmp-<pid>/``
  and the parent renames the finished folder into place, so ``OUTDIR`` only
  ever holds complete cases, whatever happens (a failure, a kill, Ctrl-C);
- ``summary.csv`` / ``summary.json``: one row per input, sorted by the
  internal-appeal deadline, so it is the assistant's work list.

Logs carry file hashes, statuses and timings only, never names, IDs or amounts.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import ctypes.util
import hashlib
import importlib
import io
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from . import isolate, limits
from .errors import AppealgenError, InputError, output_folder_error
from .models import case_id_for

log = logging.getLogger(__name__)

# Inputs the pipeline reads: PDFs now; scans/photos (OCR) and X12 835 remittances.
SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".pdf",
    ".png",
    ".jpg",
    ".jpeg",
    ".tif",
    ".tiff",
    ".835",
    ".edi",
    ".x12",
)
DEFAULT_TIMEOUT_S = 60.0
# A worker that has handled this many files is replaced by a fresh one, so the
# heap fragmentation of many renders (docxtpl + lxml) cannot grow without bound.
MAX_TASKS_PER_WORKER = 200
# glibc keeps freed memory in its arenas; give it back every few files.
MALLOC_TRIM_EVERY = 10
# A worker must be ready (imports done) within this many seconds.
STARTUP_TIMEOUT_S = 120.0
# How long the parent waits for a killed worker to go away.
KILL_GRACE_S = 5.0
# Progress is redrawn at most this often while waiting for workers.
PROGRESS_INTERVAL_S = 0.2
# Start method: forkserver forks each worker from a clean process with the
# pipeline preloaded (cheap, and safe with threads in the parent).
START_METHOD = "forkserver" if sys.platform != "win32" else "spawn"
PRELOAD_MODULES = [
    "appealgen.batch",
    "appealgen.api",
    "appealgen.read.parse",
    "appealgen.decide",
    "appealgen.write.render",
]
TMP_PREFIX = ".appealgen-tmp-"
SUMMARY_CSV = "summary.csv"
SUMMARY_JSON = "summary.json"
SUMMARY_SCHEMA = "appealgen-batch-summary/1"

STATUS_DONE = "done"
STATUS_FAILED = "failed"
STATUS_SKIPPED = "skipped"
STATUS_DUPLICATE = "duplicate"
STATUS_INTERRUPTED = "interrupted"
STATUSES = (STATUS_DONE, STATUS_SKIPPED, STATUS_DUPLICATE, STATUS_FAILED, STATUS_INTERRUPTED)

SUMMARY_COLUMNS: tuple[str, ...] = (
    "file",
    "status",
    "error",
    "note",
    "payer",
    "member",
    "member_id",
    "claim_numbers",
    "primary_category",
    "amount_at_stake",
    "internal_appeal_deadline",
    "overdue",
    "review",
    "documents",
    "case_dir",
)
# Excel/LibreOffice treat a cell starting with one of these as a formula.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_CASE_ID_RE = re.compile(r"^[0-9a-f]{12}$")
# The row fields that describe the case (a duplicate copies them from its original).
_CASE_FIELDS = SUMMARY_COLUMNS[SUMMARY_COLUMNS.index("payer") :]


# --------------------------------------------------------------------------
# Plain data


@dataclass
class WorkerOptions:
    """What every file of a batch is generated with (sent once to each worker)."""

    profile: Any = None
    voice: str = "member"
    pdf: bool = False
    templates_dir: str | None = None
    legislator: bool = False


@dataclass
class WorkerOutput:
    """What a worker function returns: the finished case folder it wrote inside
    its staging folder, and seconds spent per stage (for the benchmark)."""

    case_dir: str
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class SummaryRow:
    """One input file in the work list."""

    file: str
    status: str
    error: str = ""
    note: str = ""
    payer: str = ""
    member: str = ""
    member_id: str = ""
    claim_numbers: list[str] = field(default_factory=list)
    primary_category: str = ""
    amount_at_stake: str = ""
    internal_appeal_deadline: str = ""
    overdue: bool = False  # a deadline of the case has passed (said first in the work list)
    # printed facts the letters left as placeholders (field paths): check these cases first
    review: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    case_dir: str = ""
    sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        d = {c: getattr(self, c) for c in SUMMARY_COLUMNS}
        d["sha256"] = self.sha256
        return d


@dataclass
class Progress:
    """A snapshot for a progress display."""

    total: int
    finished: int
    failed: int
    processed: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Files per second through the workers (skips and duplicates not counted)."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class BatchResult:
    rows: list[SummaryRow]
    counts: dict[str, int]
    elapsed: float
    outdir: Path
    summary_csv: Path
    summary_json: Path
    jobs: int
    interrupted: bool = False
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[SummaryRow]:
        return [r for r in self.rows if r.status == STATUS_FAILED]

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.counts.get(STATUS_FAILED, 0) else 0


class BatchError(AppealgenError):
    """The batch itself cannot run (worker processes cannot start, OUTDIR unusable)."""


# --------------------------------------------------------------------------
# Finding and hashing inputs


def discover(indir: Path, *, exclude: Path | None = None) -> list[Path]:
    """Every supported file under ``indir`` (recursive, sorted), skipping hidden
    files and folders, the output folder when it sits inside ``indir``, and case
    folders (their PDFs are letters, not denials)."""
    indir = Path(indir)
    exclude_real = os.path.realpath(exclude) if exclude is not None else None
    found: list[Path] = []
    for root, dirs, files in os.walk(indir):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and (exclude_real is None or os.path.realpath(os.path.join(root, d)) != exclude_real)
            and not os.path.exists(os.path.join(root, d, "case.json"))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            if os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return found


def file_sha256(path: Path) -> str:
    """The file's SHA-256; ``InputError`` for a FIFO, socket or device (reading it would hang)."""
    h = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        limits.check_regular_file(os.fstat(fd), str(path))
        with os.fdopen(fd, "rb", closefd=False) as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    finally:
        os.close(fd)
    return h.hexdigest()


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# --------------------------------------------------------------------------
# The work list


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _sum(values: list[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None


def _claim_at_stake(claim: dict[str, Any]) -> Decimal | None:
    """What the appeal can win back on a denied claim.

    Nothing paid: the billed amount (the practice or the family is out all of it).
    Paid, but with a deductible, copay or coinsurance charged: the patient's share.
    """
    totals = claim.get("totals") or {}
    lines = claim.get("service_lines") or []

    def total(key: str) -> Decimal | None:
        value = _dec(totals.get(key))
        return value if value is not None else _sum([_dec(sl.get(key)) for sl in lines])

    billed, paid, share = total("billed"), total("paid"), total("patient_responsibility")
    if billed is not None and paid == 0:
        return billed
    if paid is None:
        return share if share else billed
    if billed is not None and paid is not None and share is not None:
        # paid in part: the unpaid lines plus the share charged on the paid ones
        unpaid = _sum(
            [
                _dec(sl.get("billed"))
                for sl in lines
                if _dec(sl.get("paid")) == 0 and _dec(sl.get("billed"))
            ]
        )
        return max(share, unpaid or Decimal(0))
    return share if share is not None else billed


def summary_fields(case: dict[str, Any]) -> dict[str, Any]:
    """The work-list fields of one case (a ``case.json`` document)."""
    claims = case.get("claims") or []
    denied = [c for c in claims if c.get("denied")]
    amounts = [(_claim_at_stake(c), c) for c in denied]
    total = _sum([a for a, _ in amounts])
    primary = ""
    ranked = sorted(amounts, key=lambda ac: ac[0] if ac[0] is not None else Decimal(-1))
    for _, claim in reversed(ranked):  # the category of the claim with most at stake
        cat = (claim.get("denial") or {}).get("primary_category")
        if cat:
            primary = cat
            break
    numbers = [c.get("claim_number") for c in (denied or claims)]
    decision = case.get("decision") or {}
    return {
        "payer": _text((case.get("payer") or {}).get("name")),
        "member": _text((case.get("member") or {}).get("name")),
        "member_id": _text((case.get("member") or {}).get("id")),
        "claim_numbers": [_text(n) for n in numbers if n],
        "primary_category": primary,
        "amount_at_stake": str(total.quantize(Decimal("0.01"))) if total is not None else "",
        "internal_appeal_deadline": _text((decision.get("deadlines") or {}).get("internal_appeal")),
        "overdue": bool(decision.get("overdue")) or decision.get("appeal_late") == "passed",
        "review": _to_review(case),
    }


def _to_review(case: dict[str, Any]) -> list[str]:
    """The printed facts of a case the reader was not sure of (its letters hold
    placeholders for them), as field paths."""
    from .corrections import to_check
    from .decide.explain import result_from_dict

    try:
        return to_check(result_from_dict(case))
    except (TypeError, ValueError, KeyError, AttributeError):
        return []


def _documents(case_dir: Path, case: dict[str, Any]) -> list[str]:
    """The files written in a case folder: the decision's order first."""
    try:
        present = {p.name for p in case_dir.iterdir() if p.is_file()}
    except OSError:
        return []
    present.discard("case.json")
    planned = [d.get("file") for d in (case.get("decision") or {}).get("documents") or []]
    ordered = [f for f in planned if f in present]
    return ordered + sorted(present - set(ordered))


def _row_from_case_dir(row: SummaryRow, case_dir: Path, outdir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    for k, v in summary_fields(case).items():
        setattr(row, k, v)
    row.documents = _documents(case_dir, case)
    row.case_dir = os.path.relpath(case_dir, outdir)
    set_aside = (case.get("decision") or {}).get("not_lactation_care") or []
    if set_aside:
        numbers = [x.get("claim_number") for x in set_aside if x.get("claim_number")]
        note = "not lactation care" + (f": {', '.join(numbers)}" if numbers else "")
        row.note = f"{row.note}; {note}" if row.note else note


def sort_rows(rows: list[SummaryRow]) -> list[SummaryRow]:
    """Overdue cases first, then the cases to review (letters with placeholders for printed
    facts), then by internal-appeal deadline (unknown last), then amount at stake, largest
    first."""

    def key(r: SummaryRow) -> tuple[int, int, int, str, Decimal, str]:
        amount = _dec(r.amount_at_stake) or Decimal(0)
        deadline = r.internal_appeal_deadline
        return (
            0 if r.overdue else 1,
            0 if r.review else 1,
            0 if deadline else 1,
            deadline,
            -amount,
            r.file,
        )

    return sorted(rows, key=key)


def excel_safe(value: str) -> str:
    """A cell that Excel shows as text: a leading =, +, -, @, tab or CR gets a quote."""
    return "'" + value if value.startswith(_FORMULA_PREFIXES) else value


def _csv_cell(value: Any) -> str:
    if isinstance(value, bool):
        value = "yes" if value else ""
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    # One line per cell (a newline in a name would break naive readers), then guard.
    return excel_safe(" ".join(text.split()))


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_summary(
    outdir: Path, rows: list[SummaryRow], meta: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    """Write ``summary.csv`` (UTF-8 with BOM, formula-guarded) and ``summary.json``
    atomically; ``rows`` are written in the order given."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SUMMARY_COLUMNS)
    for r in rows:
        writer.writerow([_csv_cell(getattr(r, c)) for c in SUMMARY_COLUMNS])
    csv_path = outdir / SUMMARY_CSV
    json_path = outdir / SUMMARY_JSON
    _atomic_write(csv_path, buf.getvalue().encode("utf-8-sig"))
    doc = {"schema": SUMMARY_SCHEMA, **(meta or {}), "rows": [r.to_json() for r in rows]}
    _atomic_write(json_path, (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode())
    return csv_path, json_path


# --------------------------------------------------------------------------
# The worker side


def generate_one(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    """The default worker: parse -> decide -> generate one file into ``staging``,
    timing each stage."""
    from . import api

    t0 = time.perf_counter()
    # the parent's time limit kills this worker; the ceiling bounds the read's memory
    with isolate.memory_ceiling(limits.read_memory_limit()):
        try:
            result = api.parse_file(path)
        except MemoryError as e:
            raise InputError(isolate.memory_message(limits.read_memory_limit())) from e
    t1 = time.perf_counter()
    case = api.decide(result, profile=options.profile, legislator=options.legislator)
    t2 = time.perf_counter()
    from .write import render

    # render.generate directly (not api.generate) to hand it the original file:
    # the parse document holds only its name, and --pdf's packet.pdf appends it.
    written = render.generate(
        case,
        staging,
        profile=options.profile,
        voice=options.voice,
        pdf=options.pdf,
        templates_dir=Path(options.templates_dir) if options.templates_dir else None,
        source=path,
    )
    t3 = time.perf_counter()
    return WorkerOutput(
        case_dir=str(written.case_dir),
        timings={"parse": t1 - t0, "decide": t2 - t1, "generate": t3 - t2},
    )


def _warm_up_pipeline() -> None:
    """Import the pipeline before the first file, so imports don't count against
    a file's time limit (forkserver has usually preloaded them already)."""
    for name in PRELOAD_MODULES[1:]:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _fn_ref(fn: Callable[..., Any]) -> tuple[str, str]:
    return fn.__module__, fn.__qualname__


def _resolve(ref: tuple[str, str]) -> Callable[..., Any]:
    obj: Any = importlib.import_module(ref[0])
    for part in ref[1].split("."):
        obj = getattr(obj, part)
    return obj


def _malloc_trim() -> Callable[[], None]:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0) and None


def _one_line(e: BaseException) -> str:
    if isinstance(e, AppealgenError):
        return " ".join(str(e).split()) or type(e).__name__
    if isinstance(e, MemoryError):
        return "out of memory while reading the file"
    msg = " ".join(str(e).split())[:200]
    return (
        f"internal error ({type(e).__name__}: {msg})"
        if msg
        else f"internal error ({type(e).__name__})"
    )


def _worker_main(
    conn: Any, fn_ref: tuple[str, str], options: WorkerOptions, tmp: str = "", parent: int = 0
) -> None:
    """A worker process: announce readiness, then handle (task, path, staging)
    messages until told to stop. Ctrl-C is the parent's to handle.

    It dies with its parent (the forkserver, which ends with the batch's main
    process), leads its own process group (so the batch kills it with the
    tesseract it started), and keeps its temporary files in ``tmp``, a folder
    the batch made and removes."""
    os.setpgid(0, 0)
    if parent:
        isolate.release_forkserver()
    isolate.die_with_parent()
    if parent and os.getppid() != parent:
        os._exit(1)  # the parent ended before the line above
    isolate.mark_child()
    if tmp:
        tempfile.tempdir = tmp
        os.environ["TMPDIR"] = tmp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract: 5x slower without it
    # stderr is the user's list of failed files: library warnings (pdfminer's
    # "CropBox missing", DeprecationWarnings) must not reach it from a worker.
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())
    try:
        fn = _resolve(fn_ref)
        if fn is generate_one:
            _warm_up_pipeline()
    except Exception as e:  # noqa: BLE001 - reported to the parent as one line
        conn.send(("fatal", _one_line(e)))
        return
    trim = _malloc_trim()
    conn.send(("ready",))
    handled = 0
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task_id, path, staging = msg
        try:
            out = fn(Path(path), Path(staging), options)
            if not isinstance(out, WorkerOutput):
                out = WorkerOutput(case_dir=str(out))
            timings = {str(k): float(v) for k, v in out.timings.items()}
            reply: tuple[Any, ...] = ("ok", task_id, str(out.case_dir), timings)
        except BaseException as e:  # noqa: BLE001 - every failure becomes a row (even SystemExit)
            reply = ("error", task_id, _one_line(e))
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
        handled += 1
        if handled % MALLOC_TRIM_EVERY == 0:
            trim()


# --------------------------------------------------------------------------
# The parent side: a pool of workers it can kill one at a time


@dataclass
class _Task:
    index: int
    path: Path
    sha256: str
    staging: Path


class _Slot:
    """One worker process with its own pipe."""

    def __init__(
        self, ctx: Any, fn_ref: tuple[str, str], options: WorkerOptions, tmp_root: Path
    ) -> None:
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        # the worker's temporary files (rendered scans): the parent removes them, also after a kill
        self.tmp = Path(tempfile.mkdtemp(prefix="worker-", dir=tmp_root))
        self.proc = ctx.Process(
            target=_worker_main,
            args=(child_conn, fn_ref, options, str(self.tmp), _forkserver_pid()),
            daemon=True,
        )
        self.proc.start()
        child_conn.close()
        self.conn = parent_conn
        self.state = "starting"
        self.started = time.monotonic()
        self.task: _Task | None = None
        self.handled = 0

    def send(self, task: _Task) -> None:
        self.conn.send((task.index, str(task.path), str(task.staging)))
        self.task = task
        self.state = "busy"
        self.started = time.monotonic()

    def stop(self, *, kill: bool = False) -> int | None:
        """End the process (politely unless ``kill``); return its exit code."""
        if not kill and self.proc.is_alive():
            with contextlib.suppress(OSError, BrokenPipeError):
                self.conn.send(None)
            self.proc.join(KILL_GRACE_S)
        if self.proc.is_alive() and self.proc.pid is not None:
            with contextlib.suppress(OSError):
                os.killpg(self.proc.pid, signal.SIGKILL)  # the worker and its tesseract
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(KILL_GRACE_S)
        shutil.rmtree(self.tmp, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.conn.close()
        code = self.proc.exitcode
        with contextlib.suppress(ValueError):
            self.proc.close()
        self.state = "dead"
        return code


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C while a case folder is being swapped into place."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda s, f: caught.append(s))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """A polite kill (SIGTERM) stops the batch like Ctrl-C: complete cases and a summary."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _ignore_sigint() -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.SIG_IGN)


def _restore_sigint(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGINT, previous)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_staging(outdir: Path) -> None:
    """Staging folders of batches that died without cleaning up (e.g. kill -9)."""
    for p in outdir.glob(TMP_PREFIX + "*"):
        try:
            pid = int(p.name[len(TMP_PREFIX) :].split("-")[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(p, ignore_errors=True)


BATCH_TMP_PREFIX = "appealgen-batch-"


def _remove_orphaned_tmp() -> None:
    """Temporary folders of batches that died without cleaning up (kill -9): they may
    hold rendered pages of a notice, so the next batch removes them."""
    for p in Path(tempfile.gettempdir()).glob(BATCH_TMP_PREFIX + "*"):
        try:
            pid = int(p.name[len(BATCH_TMP_PREFIX) :].split("-")[0])
            mine = p.stat().st_uid == os.getuid()
        except (ValueError, OSError):
            continue
        if mine and pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(p, ignore_errors=True)


def _install_case(produced: Path, final: Path, trash: Path) -> None:
    """Move a finished case folder into place, replacing an older one if any."""
    with _sigint_deferred():
        if final.exists():
            os.rename(final, trash)
        os.rename(produced, final)
    shutil.rmtree(trash, ignore_errors=True)


def _forkserver_pid() -> int:
    """The forkserver's pid (each worker's parent), or 0 with another start method."""
    if START_METHOD != "forkserver":
        return 0
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return int(getattr(forkserver._forkserver, "_forkserver_pid", 0) or 0)


def _mp_context() -> Any:
    ctx = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        ctx.set_forkserver_preload(PRELOAD_MODULES)
    return ctx


def run_batch(
    indir: str | os.PathLike[str],
    outdir: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    profile: Any = None,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: str | os.PathLike[str] | None = None,
    legislator: bool = False,
    force: bool = False,
    timeout: float = DEFAULT_TIMEOUT_S,
    progress: Callable[[Progress], None] | None = None,
    worker: Callable[[Path, Path, WorkerOptions], WorkerOutput | str | os.PathLike[str]]
    | None = None,
) -> BatchResult:
    """Generate a case folder for every supported file under ``indir``.

    Keeps going past bad files (each becomes a ``failed`` row with a one-line
    reason); a file that takes longer than ``timeout`` seconds has its worker
    killed. Writes ``outdir/summary.csv`` and ``summary.json`` even when
    interrupted (Ctrl-C / SIGTERM: ``BatchResult.interrupted``, exit code 130).

    ``worker`` replaces the per-file function (a module-level function taking
    ``(path, staging_dir, WorkerOptions)`` and returning the case folder it wrote
    inside ``staging_dir``); by default it is :func:`generate_one`.
    """
    t_start = time.monotonic()
    indir = Path(indir)
    outdir = Path(outdir)
    if not indir.is_dir():
        raise BatchError(f"{indir}: not a folder")
    if voice not in ("member", "provider"):
        raise BatchError(f"voice must be 'member' or 'provider', not {voice!r}")
    if timeout <= 0:
        raise BatchError("the time limit must be more than 0 seconds")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=TMP_PREFIX + "probe-", dir=outdir)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        raise output_folder_error(outdir, e) from e
    _remove_stale_staging(outdir)

    files = discover(indir, exclude=outdir)
    rows: list[SummaryRow] = []
    tasks: list[_Task] = []
    first_by_hash: dict[str, SummaryRow] = {}
    duplicates: list[tuple[SummaryRow, SummaryRow]] = []
    staging_root = outdir / f"{TMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:6]}"

    for path in files:
        row = SummaryRow(file=path.relative_to(indir).as_posix(), status="")
        rows.append(row)
        try:
            digest = file_sha256(path)
        except AppealgenError as e:
            row.status, row.error = STATUS_FAILED, " ".join(str(e).split())
            continue
        except OSError as e:
            row.status, row.error = STATUS_FAILED, f"cannot read the file ({e.strerror})"
            continue
        row.sha256 = digest
        if digest in first_by_hash:
            duplicates.append((row, first_by_hash[digest]))
            continue
        first_by_hash[digest] = row
        case_dir = outdir / case_id_for(digest)
        if not force and (case_dir / "case.json").is_file():
            try:
                _row_from_case_dir(row, case_dir, outdir)
                row.status, row.note = STATUS_SKIPPED, "already done (use --force to redo)"
                log.info("skip %s already done", digest[:12])
                continue
            except (OSError, ValueError) as e:
                log.info("redo %s: unreadable case.json (%s)", digest[:12], type(e).__name__)
        tasks.append(_Task(len(rows) - 1, path, digest, staging_root / f"{len(rows) - 1:06d}"))

    n_jobs = max(1, min(jobs or default_jobs(), len(tasks) or 1))
    options = WorkerOptions(
        profile=profile,
        voice=voice,
        pdf=pdf,
        templates_dir=str(templates_dir) if templates_dir else None,
        legislator=legislator,
    )
    fn_ref = _fn_ref(worker or DEFAULT_WORKER)
    stage_seconds: dict[str, float] = {}
    counters = {"finished": sum(1 for r in rows if r.status), "failed": 0, "processed": 0}
    counters["failed"] = sum(1 for r in rows if r.status == STATUS_FAILED)
    total = len(rows) - len(duplicates)
    t_dispatch = time.monotonic()
    last_progress = 0.0

    def report(force_draw: bool = False) -> None:
        nonlocal last_progress
        now = time.monotonic()
        if progress is None or (not force_draw and now - last_progress < PROGRESS_INTERVAL_S):
            return
        last_progress = now
        progress(
            Progress(
                total=total,
                finished=counters["finished"],
                failed=counters["failed"],
                processed=counters["processed"],
                elapsed=now - t_dispatch,
            )
        )

    def fail(task: _Task, message: str) -> None:
        row = rows[task.index]
        row.status, row.error = STATUS_FAILED, message
        counters["failed"] += 1
        counters["finished"] += 1
        counters["processed"] += 1
        shutil.rmtree(task.staging, ignore_errors=True)
        log.info("failed %s", task.sha256[:12])

    def succeed(task: _Task, produced: str, timings: dict[str, float]) -> None:
        t0 = time.perf_counter()
        row = rows[task.index]
        produced_dir = Path(produced)
        staging_real = os.path.realpath(task.staging)
        if os.path.commonpath([os.path.realpath(produced_dir), staging_real]) != staging_real:
            fail(task, "internal error (the case was written outside its staging folder)")
            return
        if not (produced_dir / "case.json").is_file():
            fail(task, "internal error (no case.json was written)")
            return
        final = outdir / case_id_for(task.sha256)
        try:
            _install_case(produced_dir, final, task.staging / ".replaced")
            _row_from_case_dir(row, final, outdir)
        except (OSError, ValueError) as e:
            fail(task, f"could not finish the case folder ({type(e).__name__}: {e})")
            return
        finally:
            shutil.rmtree(task.staging, ignore_errors=True)
        row.status = STATUS_DONE
        counters["finished"] += 1
        counters["processed"] += 1
        timings = dict(timings)
        timings["finish"] = time.perf_counter() - t0
        for k, v in timings.items():
            stage_seconds[k] = stage_seconds.get(k, 0.0) + float(v)
        log.info(
            "done %s %s",
            task.sha256[:12],
            " ".join(f"{k}={v:.3f}s" for k, v in timings.items()),
        )

    interrupted = False
    error: BaseException | None = None
    slots: list[_Slot] = []
    tmp_root: Path | None = None
    pending = list(reversed(tasks))  # pop() from the end = input order
    try:
        with _sigterm_as_interrupt():
            report(force_draw=True)
            if pending:
                staging_root.mkdir()
                _remove_orphaned_tmp()
                tmp_root = Path(tempfile.mkdtemp(prefix=f"{BATCH_TMP_PREFIX}{os.getpid()}-"))
                ctx = _mp_context()
                slots = [_Slot(ctx, fn_ref, options, tmp_root) for _ in range(n_jobs)]
            while pending or any(s.state == "busy" for s in slots):
                # Replace dead workers while there is work for them.
                for i, s in enumerate(slots):
                    if s.state == "dead" and pending:
                        slots[i] = _Slot(ctx, fn_ref, options, tmp_root)
                for s in slots:
                    if s.state == "idle" and pending:
                        task = pending.pop()
                        task.staging.mkdir()
                        try:
                            s.send(task)
                        except (BrokenPipeError, OSError):
                            pending.append(task)
                            s.stop(kill=True)
                if not any(s.state in ("busy", "starting") for s in slots):
                    if pending:
                        continue
                    break
                now = time.monotonic()
                deadlines = [
                    s.started + (timeout if s.state == "busy" else STARTUP_TIMEOUT_S)
                    for s in slots
                    if s.state in ("busy", "starting")
                ]
                wait_s = max(0.0, min(min(deadlines) - now, PROGRESS_INTERVAL_S))
                waitables: list[Any] = []
                for s in slots:
                    if s.state in ("busy", "starting"):
                        waitables += [s.conn, s.proc.sentinel]
                multiprocessing.connection.wait(waitables, wait_s)
                now = time.monotonic()
                for s in slots:
                    if s.state not in ("busy", "starting"):
                        continue
                    msg = None
                    try:
                        if s.conn.poll():
                            msg = s.conn.recv()
                    except (EOFError, OSError):
                        msg = None
                    if msg is not None:
                        if msg[0] == "ready":
                            s.state = "idle"
                        elif msg[0] == "fatal":
                            raise BatchError(f"the worker processes cannot start: {msg[1]}")
                        elif msg[0] == "ok" and s.task is not None:
                            task, s.task, s.state = s.task, None, "idle"
                            s.handled += 1
                            succeed(task, msg[2], msg[3])
                        elif msg[0] == "error" and s.task is not None:
                            task, s.task, s.state = s.task, None, "idle"
                            s.handled += 1
                            fail(task, msg[2])
                        if s.state == "idle" and s.handled >= MAX_TASKS_PER_WORKER:
                            s.stop()
                        continue
                    if not s.proc.is_alive():
                        code = s.stop(kill=True)
                        if s.task is None:
                            raise BatchError(
                                f"a worker process stopped while starting (exit code {code})"
                            )
                        task, s.task = s.task, None
                        fail(task, f"the worker stopped unexpectedly (exit code {code})")
                        continue
                    limit = timeout if s.state == "busy" else STARTUP_TIMEOUT_S
                    if now - s.started > limit:
                        task = s.task
                        s.stop(kill=True)
                        if task is None:
                            raise BatchError(
                                f"a worker process did not start within {STARTUP_TIMEOUT_S:.0f} s"
                            )
                        s.task = None
                        fail(task, f"stopped after {timeout:g} s: the file took too long to read")
                report()
    except KeyboardInterrupt:
        interrupted = True
    except BaseException as e:  # noqa: BLE001 - clean up first, then re-raise below
        error = e

    # From here on Ctrl-C would leave temp folders or no summary behind: hold it.
    previous = _ignore_sigint()
    try:
        for s in slots:
            if s.state != "dead":
                s.stop(kill=interrupted or s.state == "busy")
        shutil.rmtree(staging_root, ignore_errors=True)
        if tmp_root is not None:
            shutil.rmtree(tmp_root, ignore_errors=True)
        if error is not None:
            raise error

        for row in rows:
            if not row.status:
                row.status, row.note = STATUS_INTERRUPTED, "not processed: the batch was stopped"
        for row, original in duplicates:
            row.status, row.note = STATUS_DUPLICATE, f"duplicate of {original.file}"
            if original.status in (STATUS_DONE, STATUS_SKIPPED):
                for k in _CASE_FIELDS:
                    setattr(row, k, getattr(original, k))
        try:
            report(force_draw=True)
        except KeyboardInterrupt:
            interrupted = True

        ordered = sort_rows(rows)
        counts = {s: sum(1 for r in rows if r.status == s) for s in STATUSES}
        elapsed = time.monotonic() - t_start
        meta = {
            "indir": str(indir),
            "outdir": str(outdir),
            "jobs": n_jobs,
            "elapsed_s": round(elapsed, 3),
            "interrupted": interrupted,
            "counts": counts,
        }
        csv_path, json_path = write_summary(outdir, ordered, meta)
    finally:
        _restore_sigint(previous)
    log.info("batch %s in %.2fs", " ".join(f"{k}={v}" for k, v in counts.items()), elapsed)
    return BatchResult(
        rows=ordered,
        counts=counts,
        elapsed=elapsed,
        outdir=outdir,
        summary_csv=csv_path,
        summary_json=json_path,
        jobs=n_jobs,
        interrupted=interrupted,
        stage_seconds=stage_seconds,
    )


DEFAULT_WORKER: Callable[..., Any] = generate_one


# --------------------------------------------------------------------------
# A progress line for a terminal (the CLI draws it; no click in the library)


class TerminalProgress:
    """``[#####.....]  37/100  2 failed  5.3 files/s  ETA 12 s`` redrawn in place."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.drawn = False

    def __call__(self, p: Progress) -> None:
        frac = p.finished / p.total if p.total else 1.0
        filled = int(round(frac * self.WIDTH))
        bar = "#" * filled + "." * (self.WIDTH - filled)
        parts = [f"[{bar}] {p.finished}/{p.total}"]
        if p.failed:
            parts.append(f"{p.failed} failed")
        parts.append(f"{p.rate:.1f} files/s")
        left = p.total - p.finished
        if p.rate > 0 and left:
            parts.append(f"ETA {left / p.rate:.0f} s")
        self.stream.write("\r" + "  ".join(parts) + "\033[K")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
