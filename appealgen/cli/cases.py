"""``cases``, ``outcome``, ``report``, ``outcomes export``, and the case-log hooks of
``generate`` / ``batch``: options in, one library call, print.

Recording never costs anyone their letters: it runs after they are written. When the log
cannot be written, ``generate`` and ``batch`` print one warning line and keep their exit
status — unless ``--db`` named the log on the command line: then the person asked for
that log in particular, so the failure is one error line and exit status 1 (the letters
are still there; running the same command again records them).
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import click

from . import EXIT_INPUT, fail_line, handle_errors

DB_HELP = (
    "The case log: a postgresql:// URL or a SQLite file "
    "(default: $APPEALGEN_DB, else cases.sqlite3 in $APPEALGEN_HOME / the user data folder)."
)


# --------------------------------------------------------------------------
# The hooks of generate and batch


@dataclass
class LogOptions:
    db: str | None = None  # --db (explicit: a failure is an error)
    keep_identities: bool = False
    enabled: bool = True


def log_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db``, ``--keep-identities`` and ``--no-log``, handed to ``fn`` as ``case_log``."""

    @functools.wraps(fn)
    def wrapper(*args: Any, db: str | None, keep_identities: bool, no_log: bool, **kw: Any) -> Any:
        return fn(*args, case_log=LogOptions(db, keep_identities, not no_log), **kw)

    wrapper = click.option(
        "--no-log", is_flag=True, help="Do not record the cases in the case log."
    )(wrapper)
    wrapper = click.option(
        "--keep-identities",
        is_flag=True,
        help="Also keep names, member IDs and claim numbers in the case log "
        "(by default it keeps only what helps learn what works).",
    )(wrapper)
    return click.option("--db", metavar="URL", help=DB_HELP)(wrapper)


def _log_failed(message: str, opts: LogOptions) -> None:
    if opts.db:
        fail_line(f"{message} (the letters are written; run the command again to record them)")
        sys.exit(EXIT_INPUT)
    click.echo(f"appealgen: warning: the case log was not updated: {message}", err=True)


def _record(records_fn: Callable[[], list[Any]], opts: LogOptions, recorded_by: str) -> int | None:
    from ..caselog import CaseLogError, connect, record_cases

    try:
        records = [r for r in records_fn() if r is not None]
        if not records:
            return 0
        db = connect(opts.db)
        assert db is not None
        with db:
            return record_cases(db, records, recorded_by=recorded_by)
    except CaseLogError as e:
        _log_failed(e.one_line(), opts)
    except Exception as e:  # noqa: BLE001 - the letters are written; the log must not undo that
        _log_failed(f"{type(e).__name__}: {' '.join(str(e).split())[:200]}", opts)
    return None


def record_generated(result: Any, opts: LogOptions, input_file: Path | None = None) -> None:
    """After ``generate``: record its case (one line on stdout when recorded)."""
    if not opts.enabled:
        return
    from ..caselog import record_from_case

    def records() -> list[Any]:
        docs = [p.name for p in result.files if p.name != "case.json"]
        return [
            record_from_case(
                result.case.to_dict(),
                case_dir=Path(result.case_dir).resolve(),
                documents=docs,
                keep_identities=opts.keep_identities,
                input_file=str(input_file) if input_file else None,
            )
        ]

    if _record(records, opts, "generate"):
        click.echo(f"\nCase log: {result.case_id} recorded ('appealgen cases' shows what is due).")


def record_batch(result: Any, opts: LogOptions) -> None:
    """After ``batch``: record every case folder it wrote or found already done."""
    if not opts.enabled:
        return
    from ..caselog import records_from_batch

    def records() -> list[Any]:
        return records_from_batch(result, keep_identities=opts.keep_identities)

    n = _record(records, opts, "batch")
    if n:
        click.echo(f"Case log: {n} case(s) recorded ('appealgen cases' lists them all).")


def track_record_for(case: Any) -> dict[str, str]:
    """For ``explain``: argument id -> how this payer answered it before, where the log
    holds enough decided cases. Quiet when there is no log or it cannot be read."""
    from ..batch import summary_fields
    from ..caselog import CaseLogError, all_cases, argument_history, connect

    category = summary_fields(case.to_dict(), only_sure=False)["primary_category"]
    try:
        db = connect(None, create=False)
        if db is None:
            return {}
        with db:
            cases = all_cases(db)
    except CaseLogError:
        return {}
    found = argument_history(
        cases, case.parse.payer.name, category, [a.id for a in case.decision.arguments]
    )
    return {arg: h.sentence() for arg, h in found.items()}


# --------------------------------------------------------------------------
# Reading the log


@contextmanager
def _open(db_url: str | None, *, create: bool = True) -> Iterator[Any]:
    from ..caselog import connect

    db = connect(db_url, create=create)
    if db is None:
        yield None
        return
    with db:
        yield db


def _duration_days(text: str) -> int:
    m = re.fullmatch(r"\s*(\d{1,4})\s*(d|days?|w|weeks?)?\s*", text.lower())
    if not m:
        raise click.BadParameter(f"{text!r}: write a number of days like 14d, or weeks like 2w")
    n = int(m.group(1))
    return n * 7 if (m.group(2) or "d").startswith("w") else n


def _day(text: str | None, what: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as e:
        raise click.BadParameter(f"{text!r}: write {what} as YYYY-MM-DD") from e


def _short(text: str | None, width: int) -> str:
    text = text or "-"
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command("cases")
@click.option(
    "--due-within",
    metavar="DAYS",
    help="Only cases whose next step is due within DAYS (14d, 2w); overdue ones included.",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(["written", "sent", "won", "partly_won", "lost", "withdrawn"]),
    help="Only cases with this status (repeat for several); closed ones too.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the cases as JSON.")
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@handle_errors
def cases_cmd(
    due_within: str | None, statuses: tuple[str, ...], as_json: bool, db_url: str | None
) -> None:
    """The open cases of every batch and every assistant: overdue first, then by date,
    each with its next step (send the appeal, call, complain to the regulator, external
    review, fair hearing).

    \b
    Examples:
      appealgen cases
      appealgen cases --due-within 14d
      appealgen cases --status sent --json
      APPEALGEN_DB=postgresql://office-server/appeals appealgen cases
    """
    from ..caselog import case_to_json, open_cases
    from ..clock import today

    days = _duration_days(due_within) if due_within else None
    day = today()
    with _open(db_url, create=False) as db:
        found = open_cases(db, due_within=days, statuses=statuses, today=day) if db else []
    if as_json:
        doc = {
            "schema": "appealgen-cases/1",
            "today": day.isoformat(),
            "cases": [case_to_json(c) for c in found],
        }
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("No open cases in the case log." if not statuses else "No such cases.")
        return
    overdue = sum(1 for c in found if c.next_step.overdue)
    click.echo(
        f"{len(found)} case(s)" + (f", {overdue} overdue" if overdue else "") + f" (today {day}):"
    )
    click.echo(f"{'due':<10} {'days':>5}  {'next step':<58} {'at stake':>9}  {'category':<18} case")
    for c in found:
        step = c.next_step
        due = step.due.isoformat() if step.due else "-"
        left = "-" if step.days_left is None else str(step.days_left)
        mark = "!" if step.overdue else " "
        amount = str(c.amount_at_stake) if c.amount_at_stake is not None else "-"
        click.echo(
            f"{due:<10} {left:>5}{mark} {_short(step.text or c.status, 58):<58} {amount:>9}  "
            f"{_short((c.category or '-').replace('_', ' '), 18):<18} {c.case_id}"
        )
    click.echo("\nRecord what happened: appealgen outcome CASE_ID --status sent|won|lost ...")


@click.command("outcome")
@click.argument("case_id", required=False)
@click.option(
    "--status",
    type=click.Choice(["sent", "won", "partly_won", "lost", "withdrawn"]),
    help="What happened.",
)
@click.option("--paid", metavar="AMOUNT", help="What the plan paid (won or partly_won).")
@click.option("--on", "on_date", metavar="DATE", help="When (YYYY-MM-DD; default today).")
@click.option("--note", help="A short note for the case (kept in the log, never exported).")
@click.option(
    "--from",
    "from_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read outcomes from a CSV work list (case_id or case_dir, outcome, paid, on, note).",
)
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@handle_errors
def outcome_cmd(
    case_id: str | None,
    status: str | None,
    paid: str | None,
    on_date: str | None,
    note: str | None,
    from_file: Path | None,
    db_url: str | None,
) -> None:
    """Record what happened to a case: sent, won, partly won, lost or withdrawn.

    Sending moves the case's next date to the day the plan's decision is due (60 days
    for care already given, 29 CFR 2560.503-1(i)); a loss opens external review.

    \b
    Examples:
      appealgen outcome ab12cd34ef56 --status sent
      appealgen outcome ab12cd34ef56 --status won --paid 120.00 --on 2026-05-02
      appealgen outcome ab12cd --status lost --note "upheld: says IBCLC not licensed"
      appealgen outcome --from out/summary.csv    # an 'outcome' column filled in a spreadsheet
    """
    from ..caselog import OutcomeChange, RowErrors, apply_outcomes, changes_from_csv
    from ..clock import today

    if from_file is not None:
        if case_id or status or paid or on_date or note:
            raise click.UsageError("--from reads everything from the file; give nothing else")
        try:
            changes = changes_from_csv(from_file)
        except RowErrors as e:
            for line in e.lines:
                fail_line(line)
            fail_line(e.one_line())
            sys.exit(EXIT_INPUT)
    else:
        if not case_id or not status:
            raise click.UsageError("give CASE_ID and --status (or --from FILE)")
        amount = None
        if paid is not None:
            try:
                amount = Decimal(paid.replace("$", "").replace(",", "").strip())
            except InvalidOperation as e:
                raise click.BadParameter(f"{paid!r} is not an amount", param_hint="--paid") from e
        changes = [
            OutcomeChange(case_id.strip().lower(), status, amount, _day(on_date, "the date"), note)
        ]
    if not changes:
        click.echo("No outcomes in the file (fill in its outcome column).")
        return
    with _open(db_url) as db:
        applied = apply_outcomes(db, changes, today=today())
    for a in applied:
        line = f"{a.case_id}: {a.status}" + ("" if a.changed else " (already recorded)")
        if a.decision_due:
            line += f"; the plan's decision is due by {a.decision_due}"
        click.echo(line)


@click.command("report")
@click.option("--payer", help="Only this payer (any part of its name).")
@click.option("--since", metavar="DATE", help="Only notices dated on or after DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print one CSV row per payer and category.")
@click.option(
    "--html",
    "html_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write a self-contained HTML report with charts to FILE.",
)
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@handle_errors
def report_cmd(
    payer: str | None,
    since: str | None,
    as_json: bool,
    as_csv: bool,
    html_file: Path | None,
    db_url: str | None,
) -> None:
    """What came back, per payer and category (cases, sent, won, win rate, median days to
    a decision, money recovered) and how often each argument was in a winning letter.

    \b
    Examples:
      appealgen report
      appealgen report --payer northwind --since 2026-01-01
      appealgen report --json
      appealgen report --html report.html     # one file, charts included, no network
    """
    from ..batch import atomic_write
    from ..caselog import all_cases, build_report
    from ..caselog import report as rep
    from ..clock import today

    if sum([as_json, as_csv, html_file is not None]) > 1:
        raise click.UsageError("choose one of --json, --csv and --html")
    day = today()
    with _open(db_url, create=False) as db:
        cases = all_cases(db, day) if db else []
    report = build_report(cases, today=day, payer=payer, since=_day(since, "--since"))
    if as_json:
        click.echo(rep.to_json(report), nl=False)
    elif as_csv:
        click.echo(rep.to_csv(report), nl=False)
    elif html_file is not None:
        atomic_write(html_file, rep.to_html(report).encode("utf-8"))
        click.echo(f"Wrote {html_file}")
    else:
        t = report.total
        rate = "-" if t.win_rate is None else f"{t.win_rate * 100:.0f}%"
        click.echo(
            f"{t.cases} case(s), {t.sent} sent, {t.decided} decided, "
            f"{t.won + t.partly_won} won or partly won ({rate}), ${t.recovered} recovered"
        )
        if report.groups:
            click.echo(
                f"\n{'payer':<28} {'category':<22} {'cases':>5} {'sent':>5} {'won':>4} "
                f"{'rate':>5} {'days':>5} {'recovered':>10}"
            )
        for g in report.groups:
            r = "-" if g.win_rate is None else f"{g.win_rate * 100:.0f}%"
            d = "-" if g.median_days_to_decision is None else f"{g.median_days_to_decision:g}"
            click.echo(
                f"{_short(g.payer, 28):<28} {_short(g.category.replace('_', ' '), 22):<22} "
                f"{g.cases:>5} {g.sent:>5} {g.won + g.partly_won:>4} {r:>5} {d:>5} "
                f"{g.recovered:>10}"
            )
        if report.arguments:
            click.echo(f"\n{'argument':<40} {'cited':>5} {'decided':>7} {'won':>4}")
            for a in report.arguments:
                click.echo(f"{_short(a.argument, 40):<40} {a.cited:>5} {a.decided:>7} {a.won:>4}")


@click.group("outcomes")
def outcomes_group() -> None:
    """Share what came back: outcomes with nothing that points at a person.

    \b
    Example:
      appealgen outcomes export --anonymous -o outcomes.csv
    """


@outcomes_group.command("export")
@click.option(
    "--anonymous",
    is_flag=True,
    help="Required: no case ids, hashes, names, member IDs, claim numbers, folders or "
    "notes; dates to the month.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON instead of CSV.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE."
)
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@handle_errors
def outcomes_export(
    anonymous: bool, as_json: bool, output: Path | None, db_url: str | None
) -> None:
    """Every logged case as one anonymous row, for a coalition to pool across practices.

    \b
    Examples:
      appealgen outcomes export --anonymous > outcomes.csv
      appealgen outcomes export --anonymous --json -o outcomes.json
    """
    from ..batch import atomic_write
    from ..caselog import all_cases, anonymous_rows
    from ..caselog import export as ex

    if not anonymous:
        raise click.UsageError("only the anonymous export exists: add --anonymous")
    with _open(db_url, create=False) as db:
        rows = anonymous_rows(all_cases(db)) if db else []
    text = ex.to_json(rows) if as_json else ex.to_csv(rows)
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text.encode("utf-8"))
        click.echo(f"Wrote {len(rows)} row(s) to {output}", err=True)
