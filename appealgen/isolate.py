"""Run one document's read in a child process under a time limit and a memory ceiling.

The checks in ``appealgen.limits`` refuse known hostile shapes before the work;
this is the backstop for the shapes nobody thought of. The child:

- has an address-space ceiling (``RLIMIT_AS``), so an allocation past it fails
  inside the child instead of growing the computer's memory;
- leads its own process group, so the parent kills it with every program it
  started (tesseract) in one signal;
- dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and a parent-death check
  right after), so ``kill -9`` of appealgen leaves nothing running;
- writes its temporary files into a folder the parent made and removes itself,
  also after it had to kill the child (scans are health data).

``start="fork"`` forks the calling process as it is: nothing is imported again,
so the CLI's ``parse`` costs a fork more than an in-process read (measured by
``benchmarks/bench_hostile.py``: about 30 ms on a busy two-core machine, against
1.5-2 s for the whole command). Only a single-threaded caller may fork; a server with threads uses
``start="forkserver"``, whose clean server process forks each child.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import os
import pickle
import select
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from . import limits
from .errors import AppealgenError, InputError

TMP_PREFIX = "appealgen-read-"
_PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send ``sig`` to this process when its parent ends (no-op elsewhere).

    Also usable as a ``preexec_fn`` for programs a child starts.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        # the program's own symbols hold libc's prctl (find_library would run ldconfig)
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)


_IN_CHILD = False
# The reading child lives for one document: its cyclic collector runs after this many
# new objects (Python's default is 700), so importing the reader and reading a short
# notice, its JSON document included, run without a collection (a 2-page EOB leaves
# fewer than 60,000), a long one with one every 200,000 objects; the garbage it leaves
# between runs is a few MB at most (a 100-page EOB's reading child peaks at the same
# size as with 50,000).
CHILD_GC_THRESHOLD = (200_000, 10, 10)
# children running now (pid -> True), so a server can stop them all when it stops
_RUNNING: dict[int, bool] = {}
_RUNNING_LOCK = threading.Lock()


def kill_all() -> None:
    """Kill every reading child this process has running (a server stopping)."""
    with _RUNNING_LOCK:
        pids = list(_RUNNING)
    for pid in pids:
        _kill_group(pid)


def _started(pid: int) -> None:
    with _RUNNING_LOCK:
        _RUNNING[pid] = True


def _ended(pid: int) -> None:
    with _RUNNING_LOCK:
        _RUNNING.pop(pid, None)


def preexec() -> Callable[[], None] | None:
    """For ``subprocess`` in a reading child: programs it starts die with it too.

    None elsewhere (a ``preexec_fn`` is unsafe in a process with threads).
    """
    return die_with_parent if _IN_CHILD else None


def mark_child() -> None:
    """Tell ``preexec`` that this process is a single-threaded reading child."""
    global _IN_CHILD
    _IN_CHILD = True


def release_forkserver() -> None:
    """In a forkserver's child: close the copy of the forkserver's lifeline it was given.

    The forkserver ends when the process that started it ends, but only once no copy
    of that lifeline's write end is left: a child holding one would keep its own
    parent (and so itself, through die_with_parent) alive after a ``kill -9``.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]


def _libc_alive_check(parent: int) -> None:
    """After die_with_parent: a parent that ended before the call sent no signal."""
    if os.getppid() != parent:
        os._exit(1)


@contextlib.contextmanager
def memory_ceiling(limit: int) -> Iterator[None]:
    """Lower this process's address-space soft limit to ``limit`` bytes for a block.

    The soft limit goes back afterwards (a process may raise it up to the hard
    limit), so work after the read (LibreOffice for ``--pdf``) is not bound by it.
    """
    try:
        import resource
    except ImportError:  # not POSIX
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    new = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (new, hard))
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def memory_message(limit: int) -> str:
    return (
        f"reading the file needed more than {limit // limits.MB} MB of memory "
        "(the memory limit for one document); it may be damaged or built to exhaust memory"
    )


def time_message(seconds: float) -> str:
    return (
        f"reading the file took more than {seconds:g} s (the time limit for one document); "
        "it may be damaged, or too large a scan"
    )


# --------------------------------------------------------------------------
# The child


def _payload(fn: Callable[..., Any], args: tuple[Any, ...], memory_limit: int) -> bytes:
    """Run ``fn(*args)`` and pickle what happened: ok, an AppealgenError, or a failure."""
    try:
        with memory_ceiling(memory_limit):
            result: tuple[Any, ...] = ("ok", fn(*args))
    except AppealgenError as e:
        cls = type(e)
        result = ("error", cls.__module__, cls.__qualname__, str(e), e.file)
    except MemoryError:
        result = ("memory",)
    except BaseException as e:  # noqa: BLE001 - the parent turns it into one line
        result = ("internal", type(e).__name__, " ".join(str(e).split())[:200])
    try:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as e:  # noqa: BLE001 - an unpicklable result is our bug, told in one line
        return pickle.dumps(("internal", type(e).__name__, str(e)[:200]))


def _child_setup(parent: int, tmp: str) -> None:
    os.setpgid(0, 0)
    die_with_parent()
    _libc_alive_check(parent)
    mark_child()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    tempfile.tempdir = tmp
    os.environ["TMPDIR"] = tmp
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # the parent prints the one line; library warnings and C noise must not reach stderr
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    import warnings

    warnings.simplefilter("ignore")


SETTINGS_PREFIX = "APPEALGEN_"  # the environment a read depends on (store, day, limits)


def current_settings() -> dict[str, str]:
    """The ``APPEALGEN_*`` variables of this process now (the store, the day, the limits)."""
    return {k: v for k, v in os.environ.items() if k.startswith(SETTINGS_PREFIX)}


def apply_settings(settings: dict[str, str] | None) -> None:
    """Make a forkserver child's ``APPEALGEN_*`` variables its parent's: the forkserver
    kept the ones of its start, which an earlier run of the same process may have set."""
    if settings is None:
        return
    for key in [k for k in os.environ if k.startswith(SETTINGS_PREFIX)]:
        del os.environ[key]
    os.environ.update(settings)


def _forkserver_child(
    conn: Any,
    parent: int,
    tmp: str,
    ref: tuple[str, str],
    args: tuple[Any, ...],
    memory_limit: int,
    settings: dict[str, str] | None = None,
) -> None:
    """The forkserver child's body: the same as a forked child's, over a Connection.

    ``settings`` are the parent's ``APPEALGEN_*`` variables now (the forkserver kept the
    ones of its start): the store a layout was just learned into, the day, the limits."""
    release_forkserver()
    apply_settings(settings)
    _child_setup(parent, tmp)
    fn = _resolve(ref)
    data = _payload(fn, args, memory_limit)
    with contextlib.suppress(OSError):
        conn.send_bytes(data)
        conn.close()


def _resolve(ref: tuple[str, str]) -> Callable[..., Any]:
    obj: Any = importlib.import_module(ref[0])
    for part in ref[1].split("."):
        obj = getattr(obj, part)
    return obj


# --------------------------------------------------------------------------
# The parent


def _rebuild(payload: tuple[Any, ...], memory_limit: int, file: str | None) -> Any:
    kind = payload[0]
    if kind == "ok":
        return payload[1]
    if kind == "error":
        _, module, qualname, message, efile = payload
        try:
            cls = _resolve((module, qualname))
            if not (isinstance(cls, type) and issubclass(cls, AppealgenError)):
                cls = AppealgenError
        except (ImportError, AttributeError):
            cls = AppealgenError
        err = cls.__new__(cls)
        AppealgenError.__init__(err, message, file=efile)
        raise err
    if kind == "memory":
        raise InputError(memory_message(memory_limit), file=file)
    raise AppealgenError(f"internal error ({payload[1]}: {payload[2]})", file=file)


def _kill_group(pid: int) -> None:
    for kill in (os.killpg, os.kill):
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            kill(pid, signal.SIGKILL)


def _died(status_or_code: int | None, memory_limit: int, file: str | None) -> AppealgenError:
    """The error for a child that ended without a word (a signal, or a C library's abort)."""
    return InputError(
        f"the reader stopped unexpectedly (exit {status_or_code}); "
        + memory_message(memory_limit).replace("reading the file needed", "it may have needed"),
        file=file,
    )


def run(
    fn: Callable[..., Any],
    *args: Any,
    time_limit: float | None = None,
    memory_limit: int | None = None,
    start: str = "fork",
    file: str | None = None,
) -> Any:
    """``fn(*args)`` in a child process; its result, or its ``AppealgenError`` raised here.

    ``fn`` must be a module-level function (``start="forkserver"`` imports it by
    name) returning something picklable. Past ``time_limit`` seconds (default
    ``limits.read_time_limit()``) the child and everything it started are killed
    and ``InputError`` names the limit; an allocation past ``memory_limit`` bytes
    (default ``limits.read_memory_limit()``) fails in the child and becomes an
    ``InputError`` too. ``file`` names the document in those errors. Ctrl-C kills
    the child and is raised here as ``KeyboardInterrupt``.
    """
    seconds = time_limit if time_limit is not None else limits.read_time_limit()
    ceiling = memory_limit if memory_limit is not None else limits.read_memory_limit()
    tmp = tempfile.mkdtemp(prefix=TMP_PREFIX)
    try:
        if start == "fork" and hasattr(os, "fork"):
            return _run_forked(fn, args, seconds, ceiling, tmp, file)
        return _run_forkserver(fn, args, seconds, ceiling, tmp, file)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _run_forked(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    seconds: float,
    ceiling: int,
    tmp: str,
    file: str | None,
) -> Any:
    parent = os.getpid()
    r, w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    # what the child inherits is never scanned by its collector, so never copied into it
    # (the pattern the gc module documents for fork without exec)
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        raise
    if pid == 0:  # the child: never returns
        code = 0
        try:
            os.close(r)
            _child_setup(parent, tmp)
            gc.set_threshold(*CHILD_GC_THRESHOLD)
            data = _payload(fn, args, ceiling)
            view = memoryview(data)
            while view:
                view = view[os.write(w, view) :]
        except BaseException:  # noqa: BLE001 - nothing may escape a forked child
            code = 1
        finally:
            os._exit(code)
    gc.unfreeze()
    os.close(w)
    # the parent puts the child in its group too, so a kill right after fork finds it
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)
    _started(pid)
    chunks: list[bytes] = []
    reaped = False
    try:
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise InputError(time_message(seconds), file=file)
            ready, _, _ = select.select([r], [], [], left)
            if not ready:
                continue
            chunk = os.read(r, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        reaped = True
        if not chunks:
            code = os.waitstatus_to_exitcode(status)
            raise _died(code, ceiling, file)
        try:
            payload = pickle.loads(b"".join(chunks))
        except Exception as e:  # noqa: BLE001 - a cut-off answer: the child died writing it
            raise _died(os.waitstatus_to_exitcode(status), ceiling, file) from e
        return _rebuild(payload, ceiling, file)
    finally:
        os.close(r)
        if not reaped:
            _kill_group(pid)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        else:
            _kill_group(pid)  # anything the child started and left behind
        _ended(pid)


_CONTEXT: Any = None


def _forkserver_context() -> Any:
    global _CONTEXT
    if _CONTEXT is None:
        import multiprocessing

        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["appealgen.isolate", "appealgen.api", "appealgen.read.parse"])
        _CONTEXT = ctx
    return _CONTEXT


def _run_forkserver(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    seconds: float,
    ceiling: int,
    tmp: str,
    file: str | None,
) -> Any:
    ctx = _forkserver_context()
    receiver, sender = ctx.Pipe(duplex=False)
    # the forkserver is the child's parent: its death check compares with it
    parent = _forkserver_pid()
    proc = ctx.Process(
        target=_forkserver_child,
        args=(
            sender,
            parent,
            tmp,
            (fn.__module__, fn.__qualname__),
            args,
            ceiling,
            current_settings(),
        ),
        daemon=True,
    )
    proc.start()
    sender.close()
    if proc.pid is not None:
        _started(proc.pid)
    try:
        deadline = time.monotonic() + seconds
        data: bytes | None = None
        while data is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise InputError(time_message(seconds), file=file)
            if receiver.poll(min(left, 0.5)):
                try:
                    data = receiver.recv_bytes()
                except (EOFError, OSError):
                    break
            elif not proc.is_alive() and not receiver.poll(0):
                break
        if data is None:
            proc.join(5)
            raise _died(proc.exitcode, ceiling, file)
        return _rebuild(pickle.loads(data), ceiling, file)
    finally:
        receiver.close()
        if proc.pid is not None:
            _kill_group(proc.pid)
            _ended(proc.pid)
        proc.join(5)
        with contextlib.suppress(ValueError):
            proc.close()


def _forkserver_pid() -> int:
    """The forkserver's pid (started if need be), which is each of its children's parent."""
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return int(forkserver._forkserver._forkserver_pid or 0)  # type: ignore[attr-defined]


# --------------------------------------------------------------------------
# The read, bounded


def parse_file(path: str | os.PathLike[str], *, start: str = "fork") -> Any:
    """``api.parse_file(path)`` under the read's time limit and memory ceiling."""
    from .api import parse_file as _parse

    return run(_parse, os.fspath(path), start=start, file=os.fspath(path))
