"""One connection type over SQLite and PostgreSQL, with retries for two writers at once.

Plain DB-API, not SQLAlchemy Core: the log has about fifteen statements, all of them
portable SQL (``INSERT … ON CONFLICT … DO UPDATE`` works on SQLite >= 3.24 and on
PostgreSQL), so what a toolkit would abstract is three small things handled here —
the placeholder style (``?`` for sqlite3, ``%s`` for psycopg), explicit transactions, and
which errors mean "try again". SQLAlchemy would add a dependency (and ~0.2 s of import)
to every ``generate`` on a parent's laptop for that; sqlite3 ships with Python and
psycopg 3 is needed only for a practice's shared PostgreSQL (``appealgen[postgres]``).

Where the log lives, first match wins: ``--db`` on the command line, ``$APPEALGEN_DB``,
else ``<store>/cases.sqlite3`` (``appealgen.store.home()``). A value is a
``postgresql://`` (or ``postgres://``) URL, a ``sqlite:///path`` URL or a file path.

SQLite runs in WAL mode (readers never wait for the writer) with a busy timeout, and every
write transaction starts with ``BEGIN IMMEDIATE`` so two processes queue for the write lock
instead of failing half-way; "database is locked", a PostgreSQL deadlock or serialization
failure is retried with a growing pause before it becomes an error.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..errors import AppealgenError
from ..store import home

DB_ENV = "APPEALGEN_DB"
SQLITE_NAME = "cases.sqlite3"
# How long one statement waits for another process's write lock (SQLite).
BUSY_TIMEOUT_S = 30.0
# Whole transactions retried this many times on lock / deadlock / serialization errors.
MAX_ATTEMPTS = 8
RETRY_BASE_S = 0.05
# A PostgreSQL server that does not answer within this many seconds is "unreachable".
PG_CONNECT_TIMEOUT_S = 10
POSTGRES_HINT = "the shared case log needs PostgreSQL support: pip install 'appealgen[postgres]'"
# SQLSTATEs worth a retry: serialization_failure, deadlock_detected, lock_not_available
_PG_RETRY_STATES = frozenset({"40001", "40P01", "55P03"})

T = TypeVar("T")


class CaseLogError(AppealgenError):
    """The case log cannot be opened, read or written (one line, no secrets in it)."""


def redact(url: str) -> str:
    """A database address fit for a message: the password (if any) replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def resolve_url(explicit: str | None = None) -> str:
    """Where the log is: ``explicit`` (``--db``), ``$APPEALGEN_DB`` or the store's SQLite file."""
    for value in (explicit, os.environ.get(DB_ENV)):
        if value and value.strip():
            return value.strip()
    return str(home() / SQLITE_NAME)


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


def sqlite_path(url: str) -> Path:
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///") - 1 :])  # keep the leading / of the path
    if url.startswith("sqlite://"):
        raise CaseLogError(f"{url}: write a SQLite address as sqlite:///path/to/file")
    if "://" in url:
        scheme = url.split("://", 1)[0]
        raise CaseLogError(
            f"{scheme}:// is not a case-log database; use postgresql://… or a SQLite file path"
        )
    return Path(url).expanduser()


class Database:
    """One open connection to the case log. Use :func:`connect` to get one."""

    def __init__(self, url: str, conn: Any, dialect: str) -> None:
        self.url = url
        self.conn = conn
        self.dialect = dialect  # "sqlite" or "postgresql"

    # -- statements --------------------------------------------------------

    def _sql(self, sql: str) -> str:
        # the log's SQL is written with ? placeholders and no literal % or ?
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
        finally:
            cur.close()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as plain dicts (column name -> value)."""
        cur = self.conn.cursor()
        try:
            cur.execute(self._sql(sql), tuple(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        finally:
            cur.close()

    def table_exists(self, name: str) -> bool:
        if self.dialect == "sqlite":
            rows = self.query(
                "SELECT name FROM sqlite_master WHERE type='table' AND name=?", [name]
            )
        else:
            rows = self.query(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_name = ?",
                [name],
            )
        return bool(rows)

    # -- transactions -------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        try:
            yield
        except BaseException:
            with contextlib.suppress(Exception):
                self.execute("ROLLBACK")
            raise
        self.execute("COMMIT")

    def lock_schema(self) -> None:
        """Inside a transaction: hold the lock that orders schema changes between processes."""
        if self.dialect == "postgresql":
            # SQLite's BEGIN IMMEDIATE already holds the database's one write lock
            self.execute("SELECT pg_advisory_xact_lock(7213000013)")

    def write(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn(self)`` in one write transaction, retried when another writer is in the way."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                with self._transaction():
                    return fn(self)
            except Exception as e:
                if attempt == MAX_ATTEMPTS or not self._retryable(e):
                    raise self.wrap(e) from e
                time.sleep(RETRY_BASE_S * 2 ** (attempt - 1) * (1 + random.random()))
        raise AssertionError("unreachable")

    def read(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn(self)`` and wrap driver errors into one line."""
        try:
            if self.dialect == "postgresql":
                with self._transaction():  # one snapshot for every query of fn
                    return fn(self)
            return fn(self)
        except CaseLogError:
            raise
        except Exception as e:
            raise self.wrap(e) from e

    def _retryable(self, e: Exception) -> bool:
        if self.dialect == "sqlite":
            return isinstance(e, sqlite3.OperationalError) and (
                "locked" in str(e) or "busy" in str(e)
            )
        return getattr(e, "sqlstate", None) in _PG_RETRY_STATES

    def wrap(self, e: BaseException) -> CaseLogError:
        if isinstance(e, CaseLogError):
            return e
        text = " ".join(str(e).split())[:200] or type(e).__name__
        return CaseLogError(f"case log {redact(self.url)}: {text}")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect_sqlite(url: str, create: bool) -> Database | None:
    path = sqlite_path(url)
    if not create and not path.is_file():
        return None
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as e:
        raise CaseLogError(f"case log {path}: cannot open it ({e})") from e
    db = Database(str(path), conn, "sqlite")
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            _set_wal(conn)
    except sqlite3.Error as e:
        db.close()
        raise db.wrap(e) from e
    if create:
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)  # the log is about this family's or practice's cases
    return db


def _set_wal(conn: sqlite3.Connection) -> None:
    """WAL once per file (it persists); switching needs a moment with no other writer."""
    for attempt in range(MAX_ATTEMPTS):
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; fewer fsyncs
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == MAX_ATTEMPTS - 1:
                raise
            time.sleep(RETRY_BASE_S * 2**attempt)


def _connect_postgres(url: str) -> Database:
    try:
        import psycopg
    except ImportError as e:
        raise CaseLogError(POSTGRES_HINT) from e
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=PG_CONNECT_TIMEOUT_S)
    except Exception as e:  # psycopg.Error, and a malformed address (ProgrammingError)
        text = " ".join(str(e).split())[:200]
        raise CaseLogError(f"case log {redact(url)}: cannot connect ({text})") from e
    return Database(url, conn, "postgresql")


def connect(url: str | None = None, *, create: bool = True) -> Database | None:
    """Open the case log at ``url`` (see :func:`resolve_url`) and bring its schema up to date.

    ``create=False`` is for readers (``explain``, the web page): a SQLite log that does not
    exist yet gives ``None`` instead of an empty file.
    """
    from .migrations import migrate

    url = resolve_url(url)
    db = _connect_postgres(url) if is_postgres(url) else _connect_sqlite(url, create)
    if db is None:
        return None
    try:
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db
