"""Running the web page's uploads: each read in a bounded child, so none can block another.

A hostile or broken upload can take the whole time limit of a read; the page must
still answer the next parent at once. So every upload's read runs in a child
process of its own (``appealgen.isolate``: a time limit, a memory ceiling, killed
with everything it started), several at a time. Only deciding and writing the
letters, which take a second and use the library's caches, run one at a time.
When the page stops, every running read is killed, so Ctrl-C is prompt.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .. import isolate
from ..api import decide, generate
from ..models import Case, ParseResult
from ..write.profile import Profile
from ..write.render import GenerateResult
from . import cases

# Uploads read at once: each is a child process under the memory ceiling, so a few
# stuck ones (until their time limit) leave room for the next parent.
READS_AT_ONCE = 4


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
