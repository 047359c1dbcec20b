"""profile init, templates export|check: the files a person or a practice keeps and edits."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import EXIT_INPUT, fail_line, handle_errors


@click.group("profile")
def profile_group() -> None:
    """The profile: what the insurer's notice does not say (names, addresses, the IBCLC).

    \b
    Example:
      appealgen profile init profile.toml
    """


@profile_group.command("init")
@click.argument(
    "path", required=False, default="profile.toml", type=click.Path(dir_okay=False, path_type=Path)
)
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
@handle_errors
def profile_init(path: Path, force: bool) -> None:
    """Write a commented example profile to PATH (default profile.toml).

    \b
    Examples:
      appealgen profile init                   # writes ./profile.toml
      appealgen profile init ~/baby/profile.toml
    Then edit it and use it:  appealgen generate denial.pdf -o out/ --profile profile.toml
    """
    from ..write.profile import example_profile_toml

    if path.exists() and not force:
        raise click.UsageError(f"{path} already exists (use --force to overwrite)")
    path.write_text(example_profile_toml(), encoding="utf-8")
    click.echo(f"Wrote {path}. Fill it in, then: appealgen generate FILE -o out/ --profile {path}")


@click.group("templates")
def templates_group() -> None:
    """Restyle the letters in Word: export the templates, edit them, check them, use them.

    \b
    Example:
      appealgen templates export my-templates/
      (edit the .docx files in Word)
      appealgen templates check my-templates/
      appealgen generate denial.pdf -o out/ --templates my-templates/
    """


@templates_group.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite templates already in DIRECTORY.")
@handle_errors
def templates_export(directory: Path, force: bool) -> None:
    """Copy the built-in letter templates into DIRECTORY for editing in Word.

    \b
    Example:
      appealgen templates export my-templates/
    Keep the {{ … }} and {% … %} tags; restyle or reword everything around them.
    """
    from ..write.templates import export_templates

    for path in export_templates(directory, force=force):
        click.echo(str(path))


@templates_group.command("check")
@click.argument("directory", type=click.Path(file_okay=False, exists=True, path_type=Path))
@handle_errors
def templates_check(directory: Path) -> None:
    """Report unknown or missing variables and broken tags in DIRECTORY's templates.

    \b
    Example:
      appealgen templates check my-templates/
    Exit status 1 when a template has an error (it would fail in a batch).
    """
    from ..write.templates import check_templates

    problems = check_templates(directory)
    for problem in problems:
        click.echo(problem.line())
    errors = [p for p in problems if p.level == "error"]
    if errors:
        fail_line(f"{len(errors)} template error(s) in {directory}")
        sys.exit(EXIT_INPUT)
    click.echo(
        f"{directory}: templates OK" + (f" ({len(problems)} warning(s))" if problems else "")
    )
