"""The worker side: a long-lived process that runs parse -> decide -> generate on
one file after another, for the parent that hands them out.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import importlib
import logging
import os
import signal
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import isolate, limits
from ..errors import AppealgenError, InputError

# glibc keeps freed memory in its arenas; give it back every few files.
MALLOC_TRIM_EVERY = 10
PRELOAD_MODULES = [
    "appealgen.batch",
    "appealgen.api",
    "appealgen.read.parse",
    "appealgen.decide",
    "appealgen.write.render",
]


@dataclass
class WorkerOptions:
    """What every file of a batch is generated with (sent once to each worker)."""

    profile: Any = None
    voice: str = "member"
    pdf: bool = False
    templates_dir: str | None = None
    legislator: bool = False
    # the parent's APPEALGEN_* variables when the batch started (store, day, limits):
    # a worker forked from a forkserver would otherwise keep the ones of its start
    settings: dict[str, str] | None = None


@dataclass
class WorkerOutput:
    """What a worker function returns: the finished case folder it wrote inside
    its staging folder, and seconds spent per stage (for the benchmark)."""

    case_dir: str
    timings: dict[str, float] = field(default_factory=dict)


def generate_one(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    """The default worker: parse -> decide -> generate one file into ``staging``,
    timing each stage."""
    from .. import api

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
    from ..write import render

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


def function_ref(fn: Callable[..., Any]) -> tuple[str, str]:
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


def worker_main(
    conn: Any, fn_ref: tuple[str, str], options: WorkerOptions, tmp: str = "", parent: int = 0
) -> None:
    """A worker process: announce readiness, then handle (task, path, staging)
    messages until told to stop. Ctrl-C is the parent's to handle.

    It dies with its parent (the forkserver, which ends with the batch's main
    process), leads its own process group (so the batch kills it with the
    tesseract it started), and keeps its temporary files in ``tmp``, a folder
    the batch made and removes."""
    os.setpgid(0, 0)
    isolate.apply_settings(options.settings)
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
