"""``appealgen review OUTDIR/<case>``: one case of a batch, in the web page's review form."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import handle_errors


@click.command("review")
@click.argument("case_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--port",
    default=0,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option(
    "--profile",
    "profile_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The profile the batch used (TOML), so the letters are made the same way.",
)
@click.option(
    "--notice",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
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
    from .page import _can_open_browser

    profile = None
    if profile_path is not None:
        from ..write.profile import load_profile

        profile = load_profile(profile_path)
    if not (case_dir / "case.json").is_file():
        raise click.UsageError(
            f"{case_dir} is not a case folder (no case.json); give OUTDIR/<case-id>"
        )
    server = load_app_module()

    def ready(url: str) -> None:
        click.echo(f"appealgen review of {case_dir.name}: {url}  (Ctrl+C to stop)")
        if not no_browser and _can_open_browser():
            import webbrowser

            webbrowser.open(url)

    server.serve(port, on_ready=ready, case_dir=case_dir, profile=profile, notice=notice)
    sys.stdout.flush()
