"""The case log: every case ``generate`` and ``batch`` write, what came back, what worked.

One database behind one code path (plain DB-API, see ``db.py``): SQLite in the store by
default (``$APPEALGEN_HOME/cases.sqlite3``, WAL, safe with several processes writing), or
a practice's PostgreSQL with ``APPEALGEN_DB=postgresql://…`` / ``--db``. The schema grows
by numbered migrations that keep the data (``migrations.py``).

    from appealgen import caselog
    with caselog.connect() as db:                       # or connect("postgresql://…")
        caselog.record_cases(db, [caselog.record_from_case_dir(path)], recorded_by="batch")
        for case in caselog.open_cases(db, due_within=14):
            print(case.case_id, case.next_step.text, case.next_step.due)

It sits beside the stages: it reads what they wrote (``case.json``) and the deadline rules,
and no stage imports it. Everything it returns is plain data.
"""

from __future__ import annotations

from .db import CaseLogError, Database, connect, resolve_url
from .export import anonymous_rows
from .history import ArgumentHistory, argument_history
from .outcome import Applied, OutcomeChange, RowErrors, apply_outcomes, changes_from_csv
from .record import (
    CASE_STATUSES,
    OUTCOME_STATUSES,
    CaseRecord,
    record_cases,
    record_from_case,
    record_from_case_dir,
    records_from_batch,
)
from .report import Report, build_report
from .worklist import LoggedCase, NextStep, all_cases, case_to_json, open_cases

__all__ = [
    "CASE_STATUSES",
    "OUTCOME_STATUSES",
    "Applied",
    "ArgumentHistory",
    "CaseLogError",
    "CaseRecord",
    "Database",
    "LoggedCase",
    "NextStep",
    "OutcomeChange",
    "Report",
    "RowErrors",
    "all_cases",
    "anonymous_rows",
    "apply_outcomes",
    "argument_history",
    "build_report",
    "case_to_json",
    "changes_from_csv",
    "connect",
    "open_cases",
    "record_cases",
    "record_from_case",
    "record_from_case_dir",
    "records_from_batch",
    "resolve_url",
]
