"""The case log's schema, as numbered migrations that keep the data already logged.

A small numbered-SQL table, not Alembic: Alembic needs SQLAlchemy (see ``db.py`` for why
the log does without), and what the log needs from it is only "apply the steps this
database has not had yet, in order, once". Each step below is portable SQL (plus, where
a value has to be worked out, a Python function over the rows); ``schema_migrations``
records the steps applied. Each step runs in its own transaction, under a lock that two
processes opening an old log at the same moment queue for, and the version is read again
inside the lock, so a step never runs twice. Steps are only ever added at the end; a
released step is never edited. A log newer than this program is refused, not touched.

Types are the ones both databases read the same way: TEXT (dates as ISO ``YYYY-MM-DD``,
which sort as dates; times as ISO UTC; lists as JSON), BIGINT (money in cents, 0/1 flags).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .db import CaseLogError, Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    backfill: Callable[[Database], None] | None = field(default=None)


# Words a payer's name is printed with or without ("Northwind Health Plan, Inc.").
_PAYER_NOISE = frozenset({"inc", "incorporated", "llc", "co", "corp", "corporation", "the"})


def payer_key(name: str | None) -> str:
    """One spelling of a payer's name for grouping: lower case, letters and digits only."""
    words = re.findall(r"[a-z0-9]+", (name or "").lower().replace("&", " and "))
    return " ".join(w for w in words if w not in _PAYER_NOISE)


def _backfill_payer_key(db: Database) -> None:
    for row in db.query("SELECT case_id, payer FROM cases WHERE payer_key IS NULL"):
        db.execute(
            "UPDATE cases SET payer_key = ? WHERE case_id = ?",
            [payer_key(row["payer"]), row["case_id"]],
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "cases and their outcome events",
        (
            """CREATE TABLE cases (
                case_id TEXT PRIMARY KEY,
                input_sha256 TEXT NOT NULL UNIQUE,
                source_kind TEXT NOT NULL DEFAULT 'unknown',
                payer TEXT,
                funding TEXT NOT NULL DEFAULT 'unknown',
                state TEXT,
                stage TEXT,
                category TEXT,
                categories TEXT NOT NULL DEFAULT '[]',
                codes TEXT NOT NULL DEFAULT '{}',
                claim_count BIGINT NOT NULL DEFAULT 0,
                amount_at_stake_cents BIGINT,
                documents TEXT NOT NULL DEFAULT '[]',
                arguments TEXT NOT NULL DEFAULT '[]',
                venue_kind TEXT,
                venue_name TEXT,
                notice_date TEXT,
                internal_appeal_due TEXT,
                external_review_due TEXT,
                fair_hearing_due TEXT,
                final_internal_denial BIGINT NOT NULL DEFAULT 0,
                status TEXT NOT NULL DEFAULT 'written',
                sent_on TEXT,
                decision_due TEXT,
                decided_on TEXT,
                paid_cents BIGINT,
                note TEXT,
                case_dir TEXT,
                recorded_by TEXT,
                first_recorded TEXT NOT NULL,
                last_recorded TEXT NOT NULL
            )""",
            "CREATE INDEX cases_status ON cases (status)",
            """CREATE TABLE case_events (
                event_id TEXT PRIMARY KEY,
                case_id TEXT NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
                at TEXT NOT NULL,
                status TEXT NOT NULL,
                on_date TEXT,
                paid_cents BIGINT,
                note TEXT
            )""",
            "CREATE INDEX case_events_case ON case_events (case_id)",
        ),
    ),
    Migration(
        2,
        "payer spelled one way for reports; plan decision windows by claim type; "
        "identities kept apart",
        (
            "ALTER TABLE cases ADD COLUMN payer_key TEXT",
            "ALTER TABLE cases ADD COLUMN claim_type TEXT NOT NULL DEFAULT 'post_service'",
            "CREATE INDEX cases_payer_key ON cases (payer_key)",
            # names and member IDs, only with --keep-identities; never exported
            """CREATE TABLE case_identities (
                case_id TEXT PRIMARY KEY REFERENCES cases (case_id) ON DELETE CASCADE,
                input_file TEXT,
                member_name TEXT,
                member_id TEXT,
                patient_names TEXT NOT NULL DEFAULT '[]',
                claim_numbers TEXT NOT NULL DEFAULT '[]'
            )""",
        ),
        backfill=_backfill_payer_key,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

_CREATE_VERSIONS = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)"""


def current_version(db: Database) -> int:
    if not db.table_exists("schema_migrations"):
        return 0
    rows = db.query("SELECT MAX(version) AS v FROM schema_migrations")
    return int(rows[0]["v"] or 0)


def migrate(db: Database, *, target: int = SCHEMA_VERSION) -> int:
    """Apply every step above the database's version up to ``target``; return the version."""
    version = db.read(current_version)
    if version > SCHEMA_VERSION:
        raise CaseLogError(
            f"case log {db.url}: written by a newer appealgen (schema {version}, this one "
            f"knows {SCHEMA_VERSION}); update appealgen"
        )
    for step in MIGRATIONS:
        if version >= step.version or step.version > target:
            continue

        def apply(db: Database, step: Migration = step) -> int:
            db.lock_schema()
            db.execute(_CREATE_VERSIONS)
            now = current_version(db)
            if now >= step.version:  # another process got here first
                return now
            for statement in step.statements:
                db.execute(statement)
            if step.backfill is not None:
                step.backfill(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [step.version, step.name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            return step.version

        version = db.write(apply)
    return version
