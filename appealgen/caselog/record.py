"""case.json -> one row of the case log; recording the same input again updates that row.

What is kept is what a practice learns from: payer, funding, state, categories, codes,
amount at stake, the letters and arguments, the deadlines, and (later) the outcome.
Names, member IDs, claim numbers and the input's file name are kept only with
``keep_identities=True``, in a table of their own that no report or export reads.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..models import case_id_for
from .db import Database
from .migrations import payer_key

STATUS_WRITTEN = "written"  # letters written, not sent yet
OUTCOME_STATUSES: tuple[str, ...] = ("sent", "won", "partly_won", "lost", "withdrawn")
CASE_STATUSES: tuple[str, ...] = (STATUS_WRITTEN, *OUTCOME_STATUSES)
DECIDED_STATUSES: tuple[str, ...] = ("won", "partly_won", "lost")
RECORDERS: tuple[str, ...] = ("generate", "batch", "web")


@dataclass
class CaseRecord:
    """What the log keeps about one input file (one case folder)."""

    case_id: str
    input_sha256: str
    source_kind: str = "unknown"
    payer: str | None = None
    funding: str = "unknown"
    state: str | None = None
    stage: str | None = None
    category: str | None = None
    categories: list[str] = field(default_factory=list)
    codes: dict[str, list[str]] = field(default_factory=dict)
    claim_count: int = 0
    amount_at_stake: Decimal | None = None
    documents: list[str] = field(default_factory=list)
    arguments: list[str] = field(default_factory=list)
    venue_kind: str | None = None
    venue_name: str | None = None
    notice_date: date | None = None
    internal_appeal_due: date | None = None
    external_review_due: date | None = None
    fair_hearing_due: date | None = None
    final_internal_denial: bool = False
    claim_type: str = "post_service"
    case_dir: str | None = None
    identities: dict[str, Any] | None = None  # only with keep_identities


def cents(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).quantize(Decimal(1)))


def from_cents(value: int | None) -> Decimal | None:
    return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _unique(values: Any) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and str(v) not in out:
            out.append(str(v))
    return out


def record_from_case(
    case: dict[str, Any],
    *,
    case_dir: str | Path | None = None,
    documents: list[str] | None = None,
    keep_identities: bool = False,
    input_file: str | None = None,
) -> CaseRecord | None:
    """The log's row for one ``case.json`` document; None when nothing in it was denied."""
    from ..batch import summary_fields  # the work list's amount at stake, one definition

    claims = case.get("claims") or []
    denied = [c for c in claims if c.get("denied")]
    sha = str((case.get("source") or {}).get("sha256") or "")
    if not denied or not sha:
        return None
    summary = summary_fields(case, only_sure=False)
    decision = case.get("decision") or {}
    deadlines = decision.get("deadlines") or {}
    venue = decision.get("venue") or {}
    lines = [ln for c in denied for ln in c.get("service_lines") or []]
    denials = [c.get("denial") or {} for c in denied]
    codes = {
        "carc": _unique(x for d in denials for x in d.get("carc") or []),
        "rarc": _unique(x for d in denials for x in d.get("rarc") or []),
        "procedure": _unique(ln.get("procedure_code") for ln in lines),
        "diagnosis": _unique(
            [x for c in denied for x in c.get("diagnosis_codes") or []]
            + [x for ln in lines for x in ln.get("diagnosis_codes") or []]
        ),
    }
    try:
        amount = Decimal(summary["amount_at_stake"]) if summary["amount_at_stake"] else None
    except InvalidOperation:
        amount = None
    if documents is None:
        documents = [d.get("file") for d in decision.get("documents") or [] if d.get("file")]
    identities = None
    if keep_identities:
        member = case.get("member") or {}
        identities = {
            "input_file": input_file or (case.get("source") or {}).get("file"),
            "member_name": member.get("name"),
            "member_id": member.get("id"),
            "patient_names": _unique(c.get("patient_name") for c in denied),
            "claim_numbers": summary["claim_numbers"],
        }
    return CaseRecord(
        case_id=case_id_for(sha),
        input_sha256=sha,
        source_kind=(case.get("source") or {}).get("kind") or "unknown",
        payer=summary["payer"] or None,
        funding=decision.get("funding") or (case.get("plan") or {}).get("funding") or "unknown",
        state=(case.get("member") or {}).get("state") or (case.get("payer") or {}).get("state"),
        # a stage of the appeal, when the decision names one (read, never guessed)
        stage=decision.get("stage") if isinstance(decision.get("stage"), str) else None,
        category=summary["primary_category"] or None,
        categories=_unique(x for d in denials for x in d.get("categories") or []),
        codes=codes,
        claim_count=len(denied),
        amount_at_stake=amount,
        documents=list(documents),
        arguments=_unique(a.get("id") for a in decision.get("arguments") or []),
        venue_kind=venue.get("kind"),
        venue_name=venue.get("name"),
        notice_date=_date(case.get("notice_date")),
        internal_appeal_due=_date(deadlines.get("internal_appeal")),
        external_review_due=_date(deadlines.get("external_review")),
        fair_hearing_due=_date(deadlines.get("fair_hearing")),
        final_internal_denial=bool(decision.get("final_internal_denial")),
        case_dir=str(case_dir) if case_dir is not None else None,
        identities=identities,
    )


def record_from_case_dir(
    case_dir: Path, *, keep_identities: bool = False, input_file: str | None = None
) -> CaseRecord | None:
    """The row for a written case folder (its case.json and the files in it)."""
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    present = sorted(p.name for p in case_dir.iterdir() if p.is_file() and p.name != "case.json")
    return record_from_case(
        case,
        case_dir=case_dir.resolve(),
        documents=present,
        keep_identities=keep_identities,
        input_file=input_file,
    )


# Columns a new recording of the same input overwrites; status, outcome dates, paid and
# note belong to the people working the case and are never touched by a re-run.
_FACT_COLUMNS = (
    "source_kind",
    "payer",
    "payer_key",
    "funding",
    "state",
    "stage",
    "category",
    "categories",
    "codes",
    "claim_count",
    "amount_at_stake_cents",
    "documents",
    "arguments",
    "venue_kind",
    "venue_name",
    "notice_date",
    "internal_appeal_due",
    "external_review_due",
    "fair_hearing_due",
    "final_internal_denial",
    "claim_type",
    "case_dir",
    "recorded_by",
    "last_recorded",
)


def _row(rec: CaseRecord, recorded_by: str, now: str) -> dict[str, Any]:
    return {
        "case_id": rec.case_id,
        "input_sha256": rec.input_sha256,
        "source_kind": rec.source_kind,
        "payer": rec.payer,
        "payer_key": payer_key(rec.payer),
        "funding": rec.funding,
        "state": rec.state,
        "stage": rec.stage,
        "category": rec.category,
        "categories": json.dumps(rec.categories),
        "codes": json.dumps(rec.codes, sort_keys=True),
        "claim_count": rec.claim_count,
        "amount_at_stake_cents": cents(rec.amount_at_stake),
        "documents": json.dumps(rec.documents),
        "arguments": json.dumps(rec.arguments),
        "venue_kind": rec.venue_kind,
        "venue_name": rec.venue_name,
        "notice_date": _iso(rec.notice_date),
        "internal_appeal_due": _iso(rec.internal_appeal_due),
        "external_review_due": _iso(rec.external_review_due),
        "fair_hearing_due": _iso(rec.fair_hearing_due),
        "final_internal_denial": int(rec.final_internal_denial),
        "claim_type": rec.claim_type,
        "case_dir": rec.case_dir,
        "recorded_by": recorded_by,
        "first_recorded": now,
        "last_recorded": now,
    }


_IDENTITY_COLUMNS = ("input_file", "member_name", "member_id", "patient_names", "claim_numbers")


def record_cases(db: Database, records: list[CaseRecord], *, recorded_by: str) -> int:
    """Insert or update ``records`` in one transaction; return how many were written.

    The same input (sha256) always lands on the same row. Rows are written in case-id
    order, so two processes recording overlapping sets lock rows in the same order.
    """
    if recorded_by not in RECORDERS:
        raise ValueError(f"recorded_by must be one of {RECORDERS}")
    records = sorted({r.case_id: r for r in records}.values(), key=lambda r: r.case_id)
    if not records:
        return 0
    now = datetime.now(UTC).isoformat(timespec="seconds")
    first = _row(records[0], recorded_by, now)
    columns = list(first)
    insert = (
        f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)}) "
        f"ON CONFLICT (case_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _FACT_COLUMNS)
    )
    ident = (
        f"INSERT INTO case_identities (case_id, {', '.join(_IDENTITY_COLUMNS)}) "
        f"VALUES (?, {', '.join('?' for _ in _IDENTITY_COLUMNS)}) "
        "ON CONFLICT (case_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in _IDENTITY_COLUMNS)
    )

    def write(db: Database) -> int:
        for rec in records:
            row = _row(rec, recorded_by, now)
            db.execute(insert, [row[c] for c in columns])
            if rec.identities is not None:
                values = [
                    json.dumps(v) if isinstance(v, list) else v
                    for v in (rec.identities.get(c) for c in _IDENTITY_COLUMNS)
                ]
                db.execute(ident, [rec.case_id, *values])
        return len(records)

    return db.write(write)


def as_plain(rec: CaseRecord) -> dict[str, Any]:
    """A record as JSON-ready data (Decimal and dates as strings)."""
    d = asdict(rec)
    d["amount_at_stake"] = str(rec.amount_at_stake) if rec.amount_at_stake is not None else None
    for k, v in d.items():
        if isinstance(v, date):
            d[k] = v.isoformat()
    return d


def records_from_batch(result: Any, *, keep_identities: bool = False) -> list[CaseRecord]:
    """The rows for every case folder a batch wrote or found already done (a
    ``batch.BatchResult``); inputs with nothing denied are left out."""
    out = []
    for row in result.rows:
        if row.status in ("done", "skipped") and row.case_dir:
            rec = record_from_case_dir(
                Path(result.outdir) / row.case_dir,
                keep_identities=keep_identities,
                input_file=row.file,
            )
            if rec is not None:
                out.append(rec)
    return out
