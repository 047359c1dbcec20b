"""Running the web page's uploads: each read in a bounded child, so none can block another.

A hostile or broken upload can take the whole time limit of a read; the page must
still answer the next parent at once. So every upload's read runs in a child
process of its own (``appealgen.isolate``: a time limit, a memory ceiling, killed
with everything it started), several at a time. Only deciding and writing the
letters, which take a second and use the library's caches, run one at a time.
When the page stops, every running read is killed, so Ctrl-C is prompt.

Each answered upload's letters wait in a private temporary folder (``JobStore``)
until their zip is downloaded, for at most ``RESULT_TTL_SECONDS``; the download
(``Sending``) holds the folder while the zip is sent and lets it go after its
last byte.
"""

from __future__ import annotations

import atexit
import secrets
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from .. import isolate
from ..api import decide, generate
from ..models import Case, ParseResult
from ..write.profile import Profile
from ..write.render import GenerateResult
from . import cases

# Uploads read at once: each is a child process under the memory ceiling, so a few
# stuck ones (until their time limit) leave room for the next parent.
READS_AT_ONCE = 4
RESULT_TTL_SECONDS = 20 * 60  # a result not downloaded by then is deleted


class Jobs:
    """Turns an upload into letters; ``close`` stops every read still running."""

    def __init__(self) -> None:
        self._write_lock = threading.Lock()  # decide and generate: one at a time
        self._closed = threading.Event()

    def make_letters(
        self, source: Path, workdir: Path, profile: Profile | None
    ) -> tuple[Case, GenerateResult]:
        """parse (in a bounded child) -> decide -> generate into ``workdir/letters``.

        The library's errors pass through: a read past its limits is an ``InputError``.
        """
        return self.write(self.read(source), workdir, profile, source)

    def read(self, source: Path) -> ParseResult:
        """Read one upload in a bounded child (the review form shows what it says)."""
        return isolate.parse_file(source, start="forkserver")

    def write(
        self, result: ParseResult, workdir: Path, profile: Profile | None, source: Path | None
    ) -> tuple[Case, GenerateResult]:
        """decide -> generate into ``workdir/letters``, one at a time."""
        with self._write_lock:
            case = decide(result, profile=profile)
            written = generate(case, workdir / "letters", profile=profile, source=source)
            cases.record(case, written)  # the parent's "earlier cases" panel
        return case, written

    def close(self) -> None:
        """Kill every read still running (the page is stopping)."""
        self._closed.set()
        isolate.kill_all()


# --------------------------------------------------------------------------
# Private temporary folders, and the download of their zip


@dataclass
class _Job:
    folder: Path
    zip_path: Path
    download_name: str
    created: float
    sending: int = 0  # answers reading the zip now: its folder stays until they end
    gone: bool = False  # out of the store: the folder goes once nothing is sending


class JobStore:
    """One private folder per answered upload, under one root made on first use.

    A folder leaves the store when its zip is downloaded (``take``), when it is older
    than ``ttl`` seconds (``sweep``), and with the root on ``close``.
    """

    def __init__(self, ttl: float = RESULT_TTL_SECONDS) -> None:
        self.ttl = ttl
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()
        self._root: Path | None = None

    @property
    def root(self) -> Path:
        with self._lock:
            if self._root is None or not self._root.exists():
                # mkdtemp: mode 0700, so other users on the computer cannot read it
                self._root = Path(tempfile.mkdtemp(prefix="appealgen-web-"))
                atexit.register(shutil.rmtree, self._root, ignore_errors=True)
            return self._root

    def new_folder(self) -> Path:
        return Path(tempfile.mkdtemp(dir=self.root))

    def add(self, folder: Path, zip_path: Path, download_name: str) -> str:
        job_id = secrets.token_urlsafe(18)
        with self._lock:
            self._jobs[job_id] = _Job(folder, zip_path, download_name, time.monotonic())
        return job_id

    def get(self, job_id: str) -> _Job | None:
        """The job, left in the store (None once expired: its folder is deleted then)."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None and time.monotonic() - job.created > self.ttl:
                del self._jobs[job_id]
            else:
                return job
        shutil.rmtree(job.folder, ignore_errors=True)
        return None

    def finish(self, job_id: str) -> None:
        """The job's letters were downloaded in full: the link goes now, the folder as
        soon as no other answer is reading the zip."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
            if job is None:
                return
            job.gone = True
            remove = job.sending == 0
        if remove:
            shutil.rmtree(job.folder, ignore_errors=True)

    def hold(self, job_id: str) -> _Job | None:
        """An answer starts reading the job's zip: the job, held so its folder stays until
        ``release``, or None when it is gone (checked and held in one step, so a download
        finishing at the same moment cannot delete the zip under this answer)."""
        job = self.get(job_id)
        with self._lock:
            if job is None or job.gone:
                return None
            job.sending += 1
            return job

    def release(self, job: _Job) -> None:
        """An answer has finished reading the zip; a finished job's folder goes with the last."""
        with self._lock:
            job.sending -= 1
            remove = job.gone and job.sending == 0
        if remove:
            shutil.rmtree(job.folder, ignore_errors=True)

    def take(self, job_id: str) -> _Job | None:
        """Remove and return a job (its folder stays until the caller deletes it)."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
        if job is not None and time.monotonic() - job.created > self.ttl:
            shutil.rmtree(job.folder, ignore_errors=True)
            return None
        return job

    def sweep(self) -> int:
        """Delete every folder older than ``ttl``; return how many."""
        now = time.monotonic()
        with self._lock:
            old = [k for k, j in self._jobs.items() if now - j.created > self.ttl]
            expired = [self._jobs.pop(k) for k in old]
            for job in expired:
                job.gone = True
        for job in expired:
            if job.sending == 0:
                shutil.rmtree(job.folder, ignore_errors=True)
        return len(expired)

    def close(self) -> None:
        with self._lock:
            self._jobs.clear()
            root, self._root = self._root, None
        if root is not None:
            shutil.rmtree(root, ignore_errors=True)

    def __len__(self) -> int:
        return len(self._jobs)


def remove_folder(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def reaches_end(headers: Headers, size: int) -> bool:
    """Whether a GET asks for the file's last byte (the whole file, or a resumed tail)."""
    spec = headers.get("range")
    if spec is None or headers.get("if-range") is not None:
        return spec is None
    unit, _, ranges = spec.partition("=")
    if unit.strip().lower() != "bytes":
        return False
    for part in ranges.split(","):
        first, _, last = part.strip().partition("-")
        try:
            if not first.strip() or not last.strip() or int(last) >= size - 1:
                return True
        except ValueError:
            return False
    return False


class Sending:
    """The zip's answer: holds the job's folder while it is sent, and when ``last`` (it
    ends with the file's last byte) finishes the job once its last body message has gone
    out — not when the client went away halfway."""

    def __init__(self, response: Response, jobs: JobStore, job_id: str, job: _Job, last: bool):
        self.response = response
        self.jobs = jobs
        self.job_id = job_id
        self.job = job
        self.last = last

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        finished = False

        async def tracking_send(message: Message) -> None:
            nonlocal finished
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                finished = True

        # the job was held by ``download``; released here once the answer has gone out
        try:
            await self.response(scope, receive, tracking_send)
        finally:
            if finished and self.last:
                self.jobs.finish(self.job_id)
            self.jobs.release(self.job)
