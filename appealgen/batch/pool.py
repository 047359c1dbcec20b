"""The parent side's pool: worker processes it starts, feeds and can kill one at a
time; signals, staging folders and atomic installs of finished case folders.
"""

from __future__ import annotations

import contextlib
import multiprocessing.connection
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .worker import PRELOAD_MODULES, WorkerOptions, worker_main

# A worker that has handled this many files is replaced by a fresh one, so the
# heap fragmentation of many renders (docxtpl + lxml) cannot grow without bound.
MAX_TASKS_PER_WORKER = 200
# A worker must be ready (imports done) within this many seconds.
STARTUP_TIMEOUT_S = 120.0
# How long the parent waits for a killed worker to go away.
KILL_GRACE_S = 5.0
# Start method: forkserver forks each worker from a clean process with the
# pipeline preloaded (cheap, and safe with threads in the parent).
START_METHOD = "forkserver" if sys.platform != "win32" else "spawn"
TMP_PREFIX = ".appealgen-tmp-"


@dataclass
class Task:
    index: int
    path: Path
    sha256: str
    staging: Path


class Slot:
    """One worker process with its own pipe."""

    def __init__(
        self, ctx: Any, fn_ref: tuple[str, str], options: WorkerOptions, tmp_root: Path
    ) -> None:
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        # the worker's temporary files (rendered scans): the parent removes them, also after a kill
        self.tmp = Path(tempfile.mkdtemp(prefix="worker-", dir=tmp_root))
        self.proc = ctx.Process(
            target=worker_main,
            args=(child_conn, fn_ref, options, str(self.tmp), _forkserver_pid()),
            daemon=True,
        )
        self.proc.start()
        child_conn.close()
        self.conn = parent_conn
        self.state = "starting"
        self.started = time.monotonic()
        self.task: Task | None = None
        self.handled = 0

    def send(self, task: Task) -> None:
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
def sigterm_as_interrupt() -> Iterator[None]:
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


def ignore_sigint() -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGINT, signal.SIG_IGN)


def restore_sigint(previous: Any) -> None:
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


def remove_stale_staging(outdir: Path) -> None:
    """Staging folders of batches that died without cleaning up (e.g. kill -9)."""
    for p in outdir.glob(TMP_PREFIX + "*"):
        try:
            pid = int(p.name[len(TMP_PREFIX) :].split("-")[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(p, ignore_errors=True)


BATCH_TMP_PREFIX = "appealgen-batch-"


def remove_orphaned_tmp() -> None:
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


def install_case(produced: Path, final: Path, trash: Path) -> None:
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


def mp_context() -> Any:
    ctx = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        ctx.set_forkserver_preload(PRELOAD_MODULES)
    return ctx
