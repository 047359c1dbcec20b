"""Progress snapshots, and a progress line for a terminal (the CLI draws it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

# Progress is redrawn at most this often while waiting for workers.
PROGRESS_INTERVAL_S = 0.2


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
