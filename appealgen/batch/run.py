"""``run_batch``: every supported file under a folder -> one case folder each and
the work list, through the pool of workers.
"""

from __future__ import annotations

import logging
import multiprocessing.connection
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import AppealgenError, output_folder_error
from ..isolate import current_settings
from ..models import case_id_for
from .inputs import default_jobs, discover, file_sha256
from .pool import (
    BATCH_TMP_PREFIX,
    MAX_TASKS_PER_WORKER,
    STARTUP_TIMEOUT_S,
    TMP_PREFIX,
    Slot,
    Task,
    ignore_sigint,
    install_case,
    mp_context,
    remove_orphaned_tmp,
    remove_stale_staging,
    restore_sigint,
    sigterm_as_interrupt,
)
from .progress import PROGRESS_INTERVAL_S, Progress
from .worker import WorkerOptions, WorkerOutput, function_ref, generate_one
from .worklist import (
    CASE_FIELDS,
    STATUS_DONE,
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_INTERRUPTED,
    STATUS_SKIPPED,
    STATUSES,
    SummaryRow,
    row_from_case_dir,
    sort_rows,
    write_summary,
)

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT_S = 60.0


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
    remove_stale_staging(outdir)

    files = discover(indir, exclude=outdir)
    rows: list[SummaryRow] = []
    tasks: list[Task] = []
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
                row_from_case_dir(row, case_dir, outdir)
                row.status, row.note = STATUS_SKIPPED, "already done (use --force to redo)"
                log.info("skip %s already done", digest[:12])
                continue
            except (OSError, ValueError) as e:
                log.info("redo %s: unreadable case.json (%s)", digest[:12], type(e).__name__)
        tasks.append(Task(len(rows) - 1, path, digest, staging_root / f"{len(rows) - 1:06d}"))

    n_jobs = max(1, min(jobs or default_jobs(), len(tasks) or 1))
    options = WorkerOptions(
        profile=profile,
        voice=voice,
        pdf=pdf,
        templates_dir=str(templates_dir) if templates_dir else None,
        legislator=legislator,
        settings=current_settings(),
    )
    fn_ref = function_ref(worker or DEFAULT_WORKER)
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

    def fail(task: Task, message: str) -> None:
        row = rows[task.index]
        row.status, row.error = STATUS_FAILED, message
        counters["failed"] += 1
        counters["finished"] += 1
        counters["processed"] += 1
        shutil.rmtree(task.staging, ignore_errors=True)
        log.info("failed %s", task.sha256[:12])

    def succeed(task: Task, produced: str, timings: dict[str, float]) -> None:
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
            install_case(produced_dir, final, task.staging / ".replaced")
            row_from_case_dir(row, final, outdir)
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
    slots: list[Slot] = []
    tmp_root: Path | None = None
    pending = list(reversed(tasks))  # pop() from the end = input order
    try:
        with sigterm_as_interrupt():
            report(force_draw=True)
            if pending:
                staging_root.mkdir()
                remove_orphaned_tmp()
                tmp_root = Path(tempfile.mkdtemp(prefix=f"{BATCH_TMP_PREFIX}{os.getpid()}-"))
                ctx = mp_context()
                slots = [Slot(ctx, fn_ref, options, tmp_root) for _ in range(n_jobs)]
            while pending or any(s.state == "busy" for s in slots):
                # Replace dead workers while there is work for them.
                for i, s in enumerate(slots):
                    if s.state == "dead" and pending:
                        slots[i] = Slot(ctx, fn_ref, options, tmp_root)
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
    previous = ignore_sigint()
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
                for k in CASE_FIELDS:
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
        restore_sigint(previous)
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
