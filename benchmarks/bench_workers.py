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


def generate_split_parse(path: Path, staging: Path, options: WorkerOptions) -> WorkerOutput:
    """The default worker with its parse stage split: reading the PDF's text and word
    positions (extract) and building the parse document from them (parse)."""
    import time

    from appealgen.read import parse as parse_mod

    t0 = time.perf_counter()
    doc = parse_mod.load(path, max_pages=parse_mod.MAX_PAGES)
    t1 = time.perf_counter()
    original = parse_mod.load
    parse_mod.load = lambda *a, **k: doc  # parse_file then reuses the extracted document
    try:
        out = generate_one(path, staging, options)
    finally:
        parse_mod.load = original
    extract = t1 - t0
    out.timings = {"extract": extract, **out.timings}
    return out
