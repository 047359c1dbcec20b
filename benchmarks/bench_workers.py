"""Worker functions for bench_batch.py (importable by name in the worker processes)."""

from __future__ import annotations

from pathlib import Path

from appealgen.batch import WorkerOptions, WorkerOutput, generate_one


def generate_without_template_cache(
    path: Path, staging: Path, options: WorkerOptions
) -> WorkerOutput:
    """The default worker with the letter templates read and parsed again for every letter."""
    from appealgen.write import render

    render.CACHE_ENABLED = False  # read by render on every letter
    return generate_one(path, staging, options)
