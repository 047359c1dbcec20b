"""explain, generate, prepare: one notice (or none, before the visit) -> the decision and the letters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from . import handle_errors
from .options import (
    case_log_options,
    default_write_options,
    load_profile_opt,
    profile_option,
    report_written,
    set_option,
)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the decision as JSON (the 'decision' of case.json).",
)
@profile_option("Your details (TOML): state, plan funding, no in-network IBCLC, ...")
@click.option("--legislator", is_flag=True, help="Also plan the letter to your state legislators.")
@set_option
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


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@default_write_options
@case_log_options
@click.option("--legislator", is_flag=True, help="Also write the letter to your state legislators.")
@click.option("--member-name", help="The parent's name (overrides the profile).")
@click.option("--member-phone", help="The parent's phone number.")
@click.option("--member-email", help="The parent's email address.")
@click.option("--baby-name", help="The baby's name.")
@click.option("--ibclc-name", help="The lactation consultant's name.")
@click.option("--ibclc-npi", help="The lactation consultant's NPI.")
@set_option
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

    profile = with_case_facts(load_profile_opt(profile_path, **overrides), corrections)
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
    report_written(result)
    from .cases import record_generated

    record_generated(result, case_log, file)


@click.command()
@default_write_options
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

    profile = load_profile_opt(profile_path)
    if profile is None:
        raise click.UsageError("prepare needs --profile (write one with 'appealgen profile init')")
    result = _prepare(profile, outdir, voice=voice, pdf=pdf, templates_dir=templates_dir)
    report_written(result)
