"""What came back: a case moves to sent, won, partly won, lost or withdrawn.

Sending moves the case's date forward to the day the plan's decision is due (the
``appeal_decision`` rule for its funding, 29 CFR 2560.503-1(i)); a decision closes it or,
for a loss, opens the external-review / fair-hearing window. Every change is also kept as
an event; giving the same outcome again changes nothing, so a spreadsheet can be read
twice.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import CASE_ID_LENGTH
from .db import CaseLogError, Database
from .record import DECIDED_STATUSES, OUTCOME_STATUSES, cents
from .worklist import decision_due

MIN_ID_PREFIX = 6
_CASE_ID = re.compile(rf"[0-9a-f]{{{MIN_ID_PREFIX},{CASE_ID_LENGTH}}}")
_PAID_STATUSES = ("won", "partly_won")


class RowErrors(InputError):
    """Rows of an outcomes file that cannot be read; ``lines`` has one message per row."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(f"{len(lines)} row(s) could not be read; nothing was changed")
        self.lines = lines


@dataclass
class OutcomeChange:
    """One outcome to apply: ``case`` is a case id or a unique prefix of one."""

    case: str
    status: str
    paid: Decimal | None = None
    on: date | None = None
    note: str | None = None
    where: str = ""  # "summary.csv line 4", for messages


@dataclass
class Applied:
    case_id: str
    status: str
    changed: bool
    decision_due: date | None = None


def check_change(change: OutcomeChange) -> None:
    """InputError (one line) for an outcome that cannot be right."""
    where = f"{change.where}: " if change.where else ""
    if change.status not in OUTCOME_STATUSES:
        raise InputError(f"{where}status must be one of {', '.join(OUTCOME_STATUSES)}")
    if change.paid is not None:
        if change.status not in _PAID_STATUSES:
            raise InputError(f"{where}a paid amount goes with won or partly_won")
        if change.paid < 0:
            raise InputError(f"{where}the paid amount cannot be negative")
    if not _CASE_ID.fullmatch(change.case):
        raise InputError(
            f"{where}{change.case!r} is not a case id (12 letters and digits, or at least "
            f"the first {MIN_ID_PREFIX}; see 'appealgen cases')"
        )


def _find(db: Database, case: str) -> dict[str, Any]:
    rows = db.query(
        "SELECT case_id, status, funding, claim_type, sent_on, decided_on, paid_cents, note "
        "FROM cases WHERE case_id LIKE ?",
        [case.lower() + "%"],
    )
    if not rows:
        raise CaseLogError(f"no case {case} in the case log (see 'appealgen cases')")
    if len(rows) > 1:
        raise CaseLogError(f"case id {case} is ambiguous; give more of it")
    return rows[0]


def apply_outcomes(db: Database, changes: list[OutcomeChange], *, today: date) -> list[Applied]:
    """Apply every change in one transaction (all or none); the cases must exist."""
    for change in changes:
        check_change(change)

    def write(db: Database) -> list[Applied]:
        out: list[Applied] = []
        now = datetime.now(UTC).isoformat(timespec="seconds")
        for change in changes:
            row = _find(db, change.case)
            on = change.on or today
            sent_on, decided_on, due = row["sent_on"], row["decided_on"], None
            paid = cents(change.paid) if change.paid is not None else None
            if change.status == "sent":
                sent_on, decided_on, paid = on.isoformat(), None, None
                d = decision_due(row["funding"], row["claim_type"] or "post_service", on)
                due = d.isoformat() if d else None
            else:
                decided_on = on.isoformat() if change.status in DECIDED_STATUSES else None
                due = None
                if change.status == "withdrawn":
                    decided_on = None
                if change.status in _PAID_STATUSES and paid is None:
                    paid = row["paid_cents"]
            note = change.note if change.note is not None else row["note"]
            new = (change.status, sent_on, decided_on, paid, note)
            old = (row["status"], row["sent_on"], row["decided_on"], row["paid_cents"], row["note"])
            if change.status == "sent" and row["status"] == "sent" and row["sent_on"] == sent_on:
                changed = note != row["note"]
            else:
                changed = new != old
            if changed:
                db.execute(
                    "UPDATE cases SET status = ?, sent_on = ?, decision_due = ?, decided_on = ?, "
                    "paid_cents = ?, note = ? WHERE case_id = ?",
                    [change.status, sent_on, due, decided_on, paid, note, row["case_id"]],
                )
                db.execute(
                    "INSERT INTO case_events (event_id, case_id, at, status, on_date, "
                    "paid_cents, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        uuid.uuid4().hex,
                        row["case_id"],
                        now,
                        change.status,
                        on.isoformat(),
                        paid,
                        change.note,
                    ],
                )
            out.append(
                Applied(
                    row["case_id"], change.status, changed, date.fromisoformat(due) if due else None
                )
            )
        return out

    return db.write(write)


# --------------------------------------------------------------------------
# A work list edited in a spreadsheet

# header -> what it holds; the first header found wins
_CASE_HEADERS = ("case_id", "case", "case_dir")
_STATUS_HEADERS = ("outcome", "result", "appeal_status", "status")
_PAID_HEADERS = ("paid", "amount_paid", "recovered")
_DATE_HEADERS = ("on", "outcome_date", "decided_on", "date")
_NOTE_HEADERS = ("outcome_note", "note")
# statuses a batch writes into summary.csv's own status column: not outcomes
_BATCH_STATUSES = frozenset({"done", "skipped", "duplicate", "failed", "interrupted"})


def _cell(row: dict[str, str], headers: tuple[str, ...], present: list[str]) -> str:
    for h in headers:
        if h in present:
            value = (row.get(h) or "").strip()
            return value[1:] if value.startswith("'") else value  # the formula guard
    return ""


def _status_word(text: str) -> str:
    return "_".join(text.lower().replace("-", " ").split())


def changes_from_csv(path: Path) -> list[OutcomeChange]:
    """Outcomes from a CSV: a case column (``case_id``, or ``case_dir`` whose last part is
    the id) and an ``outcome`` column (or ``status`` holding outcome words), with optional
    ``paid``, ``on`` (a date) and ``note``. Rows with no outcome are skipped.

    InputError lists every row that cannot be read, one per line, and applies none.
    """
    from ..read.normalize import parse_date, parse_money

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read it ({e})", file=str(path)) from e
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [h.strip().lower() for h in reader.fieldnames or []]
    reader.fieldnames = headers
    if not any(h in headers for h in _CASE_HEADERS):
        raise InputError("no case_id or case_dir column", file=str(path))
    if not any(h in headers for h in _STATUS_HEADERS):
        raise InputError(
            "no outcome column (sent, won, partly_won, lost or withdrawn)", file=str(path)
        )
    changes: list[OutcomeChange] = []
    errors: list[str] = []
    for row in reader:
        where = f"{Path(path).name} line {reader.line_num}"
        status = _status_word(_cell(row, _STATUS_HEADERS, headers))
        if not status or status in _BATCH_STATUSES:
            continue
        case = _cell(row, _CASE_HEADERS, headers).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        paid_text = _cell(row, _PAID_HEADERS, headers)
        date_text = _cell(row, _DATE_HEADERS, headers)
        paid = parse_money(paid_text) if paid_text else None
        on = parse_date(date_text) if date_text else None
        note = _cell(row, _NOTE_HEADERS, headers) or None
        change = OutcomeChange(case.strip().lower(), status, paid, on, note, where)
        try:
            if paid_text and paid is None:
                raise InputError(f"{where}: {paid_text!r} is not an amount")
            if date_text and on is None:
                raise InputError(f"{where}: {date_text!r} is not a date")
            check_change(change)
        except InputError as e:
            errors.append(e.one_line())
            continue
        changes.append(change)
    if errors:
        raise RowErrors(errors)
    return changes
