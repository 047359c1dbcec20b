"""The ``appealgen`` command: parse options, call one library function, print.

Every command maps ``AppealgenError`` to one line on stderr and exit status 1;
click's usage errors exit with 2. No traceback reaches a user.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..errors import AppealgenError, printable

EXIT_OK = 0
EXIT_INPUT = 1


def fail_line(message: str) -> None:
    click.echo(f"appealgen: {message}", err=True)


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn AppealgenError (and any unexpected error) into one line on stderr, exit 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except AppealgenError as e:
            fail_line(e.one_line())
            sys.exit(EXIT_INPUT)
        except (KeyboardInterrupt, click.exceptions.Exit, click.ClickException):
            raise
        except MemoryError:
            fail_line("out of memory while reading the file")
            sys.exit(EXIT_INPUT)
        except Exception as e:  # noqa: BLE001 - last line of defence: never a traceback
            fail_line(f"internal error ({type(e).__name__}: {' '.join(str(e).split())[:200]})")
            sys.exit(EXIT_INPUT)

    return wrapper


def _set_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--set",
        "corrections",
        multiple=True,
        metavar="PATH=VALUE",
        help="Correct one value the reader got wrong, by its field path (repeatable): "
        "member.id=XJH4471209, claims.0.denial.primary_category=provider_type, "
        "plan.funding=self_funded, stage=final_internal_denial.",
    )(fn)


# Commands that load (and validate) only the data files they use, when they use them;
# every other command validates the whole knowledge base before it starts.
LAZY_DATA_COMMANDS = frozenset({"parse", "check"})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="appealgen")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn a denied lactation-care claim into the letters that get it paid.

    \b
    Read a denial, see what to do, write the letters:
      appealgen parse samples/northwind_eob_out_of_network.pdf
      appealgen explain samples/northwind_eob_out_of_network.pdf
      appealgen generate samples/northwind_eob_out_of_network.pdf -o out/

    \b
    A billing office with a folder of denials:
      appealgen batch denials/ -o out/ --as provider --profile practice.toml

    Everything runs on this computer; nothing is sent anywhere.
    """
    if ctx.invoked_subcommand in LAZY_DATA_COMMANDS:
        return  # a data file it reads still stops it with its file and line
    from .. import knowledge
    from ..errors import KnowledgeError

    try:
        knowledge.load_all()  # a mistake in a data file stops here, with its file and line
    except KnowledgeError as e:
        fail_line(e.one_line())
        sys.exit(EXIT_INPUT)


# --------------------------------------------------------------------------
# parse


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the contract's JSON document.")
@handle_errors
def parse(file: Path, as_json: bool) -> None:
    """Read one EOB, denial letter or 835 file and show what it says.

    \b
    Examples:
      appealgen parse denial.pdf            # a readable summary
      appealgen parse denial.pdf --json     # the JSON document, for scripts
    """
    from ..isolate import parse_file
    from ..read.summary import format_parse

    result = parse_file(file)  # in a child, under the time limit and memory ceiling
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_parse(result))


# --------------------------------------------------------------------------
# check


@cli.command()
@handle_errors
def check() -> None:
    """Validate every data file of the knowledge base, and say how many were read.

    Codes, categories, arguments, citations, venues, deadlines, tracks and the
    reader's rules are read again from their files, whatever was remembered
    from earlier runs. A mistake stops here with its file and line.

    \b
    Example:
      appealgen check
    """
    from .. import knowledge

    files = knowledge.validate_all()
    click.echo(f"{len(files)} data files checked: no problems found")


# --------------------------------------------------------------------------
# explain  (decide stage)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the decision as JSON (the 'decision' of case.json).",
)
@click.option(
    "--profile",
    "profile_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your details (TOML): state, plan funding, no in-network IBCLC, ...",
)
@click.option("--legislator", is_flag=True, help="Also plan the letter to your state legislators.")
@_set_option
@handle_errors
def explain(
    file: Path,
    as_json: bool,
    profile_path: Path | None,
    legislator: bool,
    corrections: tuple[str, ...],
) -> None:
    """Show what to do about a denial: what was denied and why, what to send,
    to whom, by when, and which arguments (with their citations) the appeal makes.

    FILE is an EOB, denial letter or 835 file, or a saved parse document or
    case.json (.json).

    \b
    Examples:
      appealgen explain denial.pdf
      appealgen explain denial.pdf --profile me.toml     # your state, plan funding, ...
      appealgen explain denial.pdf --legislator          # add the legislator letter
      appealgen explain denial.pdf --json                # the decision as JSON
      appealgen parse denial.pdf --json > d.json && appealgen explain d.json
      appealgen explain denial.pdf --set claims.0.denial.primary_category=provider_type
    """
    from ..api import decide, read_case, with_case_facts
    from ..decide.explain import format_explain
    from ..isolate import parse_file
    from ..models import to_dict

    profile = None
    if profile_path is not None:
        from ..write.profile import load_profile

        profile = load_profile(profile_path)
    profile = with_case_facts(profile, corrections)
    result = read_case(file, corrections, parse=parse_file)
    case = decide(result, profile=profile, legislator=legislator)
    if as_json:
        click.echo(json.dumps(to_dict(case.decision), indent=2, ensure_ascii=False))
    else:
        from .cases import track_record_for

        click.echo(format_explain(case, track_record_for(case)))


# --------------------------------------------------------------------------
# generate, prepare, profile, templates  (write stage)

VOICE_CHOICE = click.Choice(["member", "provider"])


def _load_profile_opt(path: Path | None, **overrides: str | None) -> Any:
    from ..write.profile import apply_overrides, load_profile

    base = load_profile(path) if path else None
    if base is None and not any(overrides.values()):
        return None
    return apply_overrides(base, **overrides)


def _report_written(result: Any) -> None:
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


def _write_options(fn: Callable[..., Any]) -> Callable[..., Any]:
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
    fn = click.option(
        "--profile",
        "profile_path",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        help="TOML file with names, addresses, the IBCLC and providers tried "
        "(write one with 'appealgen profile init').",
    )(fn)
    fn = click.option(
        "-o",
        "--outdir",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder to write into; each case gets OUTDIR/<case-id>/.",
    )(fn)
    return fn


def _case_log_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --keep-identities and --no-log, passed on as ``case_log`` (see cli/cases.py)."""
    from .cases import log_options

    return log_options(fn)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@_write_options
@_case_log_options
@click.option("--legislator", is_flag=True, help="Also write the letter to your state legislators.")
@click.option("--member-name", help="The parent's name (overrides the profile).")
@click.option("--member-phone", help="The parent's phone number.")
@click.option("--member-email", help="The parent's email address.")
@click.option("--baby-name", help="The baby's name.")
@click.option("--ibclc-name", help="The lactation consultant's name.")
@click.option("--ibclc-npi", help="The lactation consultant's NPI.")
@_set_option
@handle_errors
def generate(
    file: Path,
    outdir: Path,
    profile_path: Path | None,
    pdf: bool,
    voice: str,
    templates_dir: Path | None,
    legislator: bool,
    case_log: Any,
    corrections: tuple[str, ...],
    **overrides: str | None,
) -> None:
    """Write the letters for every denied claim in FILE into OUTDIR/<case-id>/.

    FILE is the notice (PDF, scan, photo, 835), or a case.json this command wrote,
    edited: every value you changed in it counts as confirmed by you.

    \b
    Examples:
      appealgen generate denial.pdf -o out/
      appealgen generate denial.pdf -o out/ --profile profile.toml --pdf
      appealgen generate eob.pdf -o out/ --member-name "Jane Doe" --member-phone 555-123-4567
      appealgen generate eob.pdf -o out/ --as provider --profile practice.toml
      appealgen generate eob.pdf -o out/ --templates my-templates/ --legislator
      appealgen generate eob.pdf -o out/ --set member.id=XJH4471209
      appealgen generate out/3f2a9c1b7d4e/case.json -o out/     # after editing it

    Writes case.json, the appeal and every other letter that fits the denial, a call
    script, and a request to the pediatrician or OB; lists what to enclose and any
    value still missing (shown highlighted in the letters, like [your phone number]).
    """
    from ..api import decide, generate, read_case, with_case_facts
    from ..isolate import parse_file

    profile = with_case_facts(_load_profile_opt(profile_path, **overrides), corrections)
    result_ = read_case(file, corrections, parse=parse_file)
    case = decide(result_, profile=profile, legislator=legislator)
    result = generate(
        case,
        outdir,
        profile,
        voice=voice,
        pdf=pdf,
        templates_dir=templates_dir,
        source=None if file.suffix.lower() == ".json" else file,
    )
    _report_written(result)
    from .cases import record_generated

    record_generated(result, case_log, file)


@cli.command()
@_write_options
@handle_errors
def prepare(
    outdir: Path, profile_path: Path | None, pdf: bool, voice: str, templates_dir: Path | None
) -> None:
    """Before the visit: a call script and a gap-exception request, from the profile alone.

    \b
    Examples:
      appealgen profile init profile.toml      # then fill it in
      appealgen prepare --profile profile.toml -o out/
      appealgen prepare --profile practice.toml -o out/ --as provider --pdf
    """
    from ..api import prepare as _prepare

    profile = _load_profile_opt(profile_path)
    if profile is None:
        raise click.UsageError("prepare needs --profile (write one with 'appealgen profile init')")
    result = _prepare(profile, outdir, voice=voice, pdf=pdf, templates_dir=templates_dir)
    _report_written(result)


@cli.group("profile")
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


@cli.group("templates")
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


# --------------------------------------------------------------------------
# batch

BATCH_PREVIEW_ROWS = 10
EXIT_INTERRUPTED = 130


@cli.command()
@click.argument("indir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "-o",
    "--outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the case folders and summary.csv.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the cores available).",
)
@click.option(
    "--profile",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your details (TOML) for the letters.",
)
@click.option(
    "--as",
    "voice",
    type=click.Choice(["member", "provider"]),
    default="member",
    show_default=True,
    help="Who writes the letters: the parent, or the practice as their representative.",
)
@click.option("--pdf", is_flag=True, help="Also write PDFs (needs LibreOffice).")
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder with your own letter templates.",
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
@_case_log_options
@handle_errors
def batch(
    indir: Path,
    outdir: Path,
    jobs: int | None,
    profile: Path | None,
    voice: str,
    pdf: bool,
    templates_dir: Path | None,
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

    prof = None
    if profile is not None:
        from ..write.profile import load_profile

        prof = load_profile(profile)
    bar = None if quiet or not sys.stderr.isatty() else TerminalProgress(sys.stderr)
    try:
        result = run_batch(
            indir,
            outdir,
            jobs=jobs,
            profile=prof,
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


# --------------------------------------------------------------------------
# web  (the local page for parents; needs the `web` extra, imported only here)


def _can_open_browser() -> bool:
    import os

    if sys.platform in ("darwin", "win32"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


@cli.command()
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port on 127.0.0.1 (0 picks a free one).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@handle_errors
def web(port: int, no_browser: bool) -> None:
    """Open a page where a parent drops a denial letter and downloads the letters.

    The page runs on this computer only (127.0.0.1); nothing is sent anywhere.
    Uploads and letters live in a private temporary folder, deleted after the
    download, after 20 minutes, and when the page stops. Stop it with Ctrl+C.
    Needs: pip install 'appealgen[web]'.

    \b
    Examples:
      appealgen web
      appealgen web --port 8080 --no-browser
    """
    from ..web import load_app_module

    server = load_app_module()

    def ready(url: str) -> None:
        click.echo(f"appealgen web page: {url}  (Ctrl+C to stop)")
        if not no_browser and _can_open_browser():
            import webbrowser

            webbrowser.open(url)

    try:
        server.serve(port, on_ready=ready)
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the page is meant to stop: exit 0, quietly


# --------------------------------------------------------------------------
# Commands that live in modules of their own (one import and one line each).


def _register_commands() -> None:
    """Add the commands kept in their own modules under ``appealgen/cli/``."""
    from . import cases, layouts
    from .review import review

    for command in layouts.COMMANDS:
        cli.add_command(command)
    cases.register(cli)
    cli.add_command(review)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="appealgen")
