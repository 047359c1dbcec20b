"""batch: every denial under a folder -> one case folder each and the work list."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import printable
from . import fail_line, handle_errors
from .options import case_log_options, load_profile_opt, write_options

BATCH_PREVIEW_ROWS = 10


EXIT_INTERRUPTED = 130


@click.command()
@click.argument("indir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@write_options("Folder for the case folders and summary.csv.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the cores available).",
)
@click.option("--force", is_flag=True, help="Redo files whose case folder already exists.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=60.0,
    show_default=True,
    help="Seconds one file may take before it is stopped and reported as failed.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@case_log_options
@handle_errors
def batch(
    indir: Path,
    outdir: Path,
    profile_path: Path | None,
    pdf: bool,
    voice: str,
    templates_dir: Path | None,
    jobs: int | None,
    force: bool,
    timeout: float,
    quiet: bool,
    case_log: Any,
) -> None:
    """Write the letters for every EOB, denial letter and 835 file in a folder.

    Reads every supported file under INDIR (subfolders too), writes one case
    folder per file into OUTDIR, and OUTDIR/summary.csv: one row per file,
    soonest appeal deadline first, so it is the work list. Bad files are
    reported and skipped; a re-run skips files already done.

    \b
    Examples:
      appealgen batch denials/ -o out/
      appealgen batch denials/ -o out/ --as provider --profile practice.toml
      appealgen batch denials/ -o out/ --jobs 2 --force     # redo everything

    Exit status: 0 all done, 1 some file failed (one line each on stderr),
    130 interrupted (complete cases and the summary are kept).
    """
    from ..batch import TerminalProgress, run_batch

    bar = None if quiet or not sys.stderr.isatty() else TerminalProgress(sys.stderr)
    try:
        result = run_batch(
            indir,
            outdir,
            jobs=jobs,
            profile=load_profile_opt(profile_path),
            voice=voice,
            pdf=pdf,
            templates_dir=templates_dir,
            force=force,
            timeout=timeout,
            progress=bar,
        )
    finally:
        if bar is not None:
            bar.close()

    for row in sorted(result.failed, key=lambda r: r.file):
        fail_line(f"{printable(row.file)}: {row.error}")
    c = result.counts
    if not result.rows:
        fail_line(f"no supported files under {indir}")
    click.echo(
        f"{c['done']} done, {c['skipped']} skipped (already done), "
        f"{c['duplicate']} duplicate, {c['failed']} failed"
        f" in {result.elapsed:.1f} s. Work list: {result.summary_csv}"
    )
    todo = [r for r in result.rows if r.case_dir and r.status != "duplicate"]
    if todo:
        click.echo("")
        click.echo(f"{'deadline':<11} {'at stake':>10}  {'category':<26} file")
        for r in todo[:BATCH_PREVIEW_ROWS]:
            check = "[check first] " if r.review else ""
            click.echo(
                f"{r.internal_appeal_deadline or '-':<11} {r.amount_at_stake or '-':>10}  "
                f"{r.primary_category or '-':<26} {check}{r.file}"
            )
        to_review = [r for r in todo if r.review]
        if to_review:
            click.echo(
                f"\n{len(to_review)} case(s) marked [check first]: their letters leave blanks "
                "for facts the notice printed but appealgen is not sure of (column 'review'). "
                "Open one with: appealgen review OUTDIR/<case>"
            )
        if len(todo) > BATCH_PREVIEW_ROWS:
            click.echo(f"... {len(todo) - BATCH_PREVIEW_ROWS} more in {result.summary_csv.name}")
    if result.interrupted:
        fail_line(f"interrupted: {c['interrupted']} file(s) not processed; run again to finish")
    from .cases import record_batch

    record_batch(result, case_log)
    sys.exit(result.exit_code)
