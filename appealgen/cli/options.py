"""Options and output shared by the commands that write letters (generate, prepare, batch)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def set_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--set",
        "corrections",
        multiple=True,
        metavar="PATH=VALUE",
        help="Correct one value the reader got wrong, by its field path (repeatable): "
        "member.id=XJH4471209, claims.0.denial.primary_category=provider_type, "
        "plan.funding=self_funded, stage=final_internal_denial.",
    )(fn)


VOICE_CHOICE = click.Choice(["member", "provider"])


def load_profile_opt(path: Path | None, **overrides: str | None) -> Any:
    from ..write.profile import apply_overrides, load_profile

    base = load_profile(path) if path else None
    if base is None and not any(overrides.values()):
        return None
    return apply_overrides(base, **overrides)


def report_written(result: Any) -> None:
    """Print what was written, the enclosure checklist and what is still missing."""
    click.echo(f"Wrote {result.case_dir}/:")
    for path in result.files:
        click.echo(f"  {path.name}")
    if result.enclosures:
        click.echo("\nEnclose with each letter:")
        for item in result.enclosures:
            click.echo(f"  [ ] {item}")
    check = getattr(result, "check", None) or []
    if check:
        click.echo("\nCheck before sending: the notice may say these, but appealgen is not sure")
        click.echo("(highlighted in the letters; confirm with --set PATH=VALUE or edit case.json):")
        for item in check:
            click.echo(f"  - {item.line()}")
    if result.missing:
        click.echo("\nFill in before sending (highlighted in the letters; or add to the profile):")
        for item in result.missing:
            click.echo(f"  - [{item}]")
    for warning in result.warnings:
        click.echo(f"\nNote: {warning}")


EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
PROFILE_HELP = (
    "TOML file with names, addresses, the IBCLC and providers tried "
    "(write one with 'appealgen profile init')."
)
OUTDIR_HELP = "Folder to write into; each case gets OUTDIR/<case-id>/."


def profile_option(help_text: str = PROFILE_HELP) -> Callable[[Any], Any]:
    """--profile PATH (an existing TOML file), passed on as ``profile_path``."""
    return click.option("--profile", "profile_path", type=EXISTING_FILE, help=help_text)


def write_options(outdir_help: str = OUTDIR_HELP) -> Callable[[Any], Any]:
    """-o/--outdir, --profile, --pdf, --as and --templates: how and where letters are written."""

    def add(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option(
            "--templates",
            "templates_dir",
            type=click.Path(file_okay=False, exists=True, path_type=Path),
            help="Use restyled templates from DIR (see 'appealgen templates export').",
        )(fn)
        fn = click.option(
            "--as",
            "voice",
            type=VOICE_CHOICE,
            default="member",
            show_default=True,
            help="Who writes: the parent (member) or the practice's billing office "
            "as the member's authorized representative (provider).",
        )(fn)
        fn = click.option(
            "--pdf",
            is_flag=True,
            help="Also write a PDF of each letter (needs LibreOffice) and packet.pdf.",
        )(fn)
        fn = profile_option()(fn)
        return click.option(
            "-o",
            "--outdir",
            required=True,
            type=click.Path(file_okay=False, path_type=Path),
            help=outdir_help,
        )(fn)

    return add


default_write_options = write_options()


def case_log_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --keep-identities and --no-log, passed on as ``case_log`` (see cli/cases.py)."""
    from .cases import log_options

    return log_options(fn)
