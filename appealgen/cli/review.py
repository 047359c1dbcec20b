"""``appealgen review OUTDIR/<case>``: one case of a batch, in the web page's review form."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import handle_errors
from .options import EXISTING_FILE, load_profile_opt, profile_option
from .page import open_when_ready, page_options


@click.command("review")
@click.argument("case_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@page_options(default_port=0)
@profile_option("The profile the batch used (TOML), so the letters are made the same way.")
@click.option(
    "--notice",
    type=EXISTING_FILE,
    help="The notice the case was read from, for the pictures of where each fact was "
    "read (found through OUTDIR/summary.json when it is still in the batch's folder).",
)
@handle_errors
def review(
    case_dir: Path, port: int, no_browser: bool, profile_path: Path | None, notice: Path | None
) -> None:
    """Check and correct one case of a batch in the browser, then remake its letters.

    Opens the web page on the case's review form: every fact its letters state, the
    ones appealgen is not sure of marked. What you correct replaces the letters in
    CASE_DIR (and you can download them). Stop it with Ctrl+C. Needs: pip install
    'appealgen[web]'.

    \b
    Examples:
      appealgen batch denials/ -o out/          # cases to check are marked in summary.csv
      appealgen review out/3f2a9c1b7d4e
      appealgen review out/3f2a9c1b7d4e --profile practice.toml --no-browser
    """
    from ..web import load_app_module

    profile = load_profile_opt(profile_path)
    if not (case_dir / "case.json").is_file():
        raise click.UsageError(
            f"{case_dir} is not a case folder (no case.json); give OUTDIR/<case-id>"
        )
    server = load_app_module()
    ready = open_when_ready(f"appealgen review of {case_dir.name}", no_browser)
    server.serve(port, on_ready=ready, case_dir=case_dir, profile=profile, notice=notice)
    sys.stdout.flush()
