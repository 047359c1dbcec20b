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

One module a job: ``inputs`` (the folder walk), ``worklist`` (the work list),
``worker`` (the worker side), ``pool`` (the parent's workers), ``run``
(``run_batch``), ``progress``.
"""

from __future__ import annotations

from .inputs import SUPPORTED_SUFFIXES, default_jobs, discover, file_sha256
from .pool import (
    BATCH_TMP_PREFIX,
    KILL_GRACE_S,
    MAX_TASKS_PER_WORKER,
    START_METHOD,
    STARTUP_TIMEOUT_S,
    TMP_PREFIX,
)
from .progress import PROGRESS_INTERVAL_S, Progress, TerminalProgress
from .run import DEFAULT_TIMEOUT_S, DEFAULT_WORKER, BatchError, BatchResult, run_batch
from .worker import MALLOC_TRIM_EVERY, PRELOAD_MODULES, WorkerOptions, WorkerOutput, generate_one
from .worklist import CASE_ID_RE as CASE_ID_RE
from .worklist import (
    STATUS_DONE,
    STATUS_DUPLICATE,
    STATUS_FAILED,
    STATUS_INTERRUPTED,
    STATUS_SKIPPED,
    STATUSES,
    SUMMARY_COLUMNS,
    SUMMARY_CSV,
    SUMMARY_JSON,
    SUMMARY_SCHEMA,
    SummaryRow,
    excel_safe,
    sort_rows,
    summary_fields,
    write_summary,
)
from .worklist import atomic_write as atomic_write

__all__ = [
    "BATCH_TMP_PREFIX",
    "BatchError",
    "BatchResult",
    "DEFAULT_TIMEOUT_S",
    "DEFAULT_WORKER",
    "KILL_GRACE_S",
    "MALLOC_TRIM_EVERY",
    "MAX_TASKS_PER_WORKER",
    "PRELOAD_MODULES",
    "PROGRESS_INTERVAL_S",
    "Progress",
    "STARTUP_TIMEOUT_S",
    "START_METHOD",
    "STATUSES",
    "STATUS_DONE",
    "STATUS_DUPLICATE",
    "STATUS_FAILED",
    "STATUS_INTERRUPTED",
    "STATUS_SKIPPED",
    "SUMMARY_COLUMNS",
    "SUMMARY_CSV",
    "SUMMARY_JSON",
    "SUMMARY_SCHEMA",
    "SUPPORTED_SUFFIXES",
    "SummaryRow",
    "TMP_PREFIX",
    "TerminalProgress",
    "WorkerOptions",
    "WorkerOutput",
    "default_jobs",
    "discover",
    "excel_safe",
    "file_sha256",
    "generate_one",
    "run_batch",
    "sort_rows",
    "summary_fields",
    "write_summary",
]
