"""The work list: one row per input (``summary.csv`` / ``summary.json``), sorted by
the internal-appeal deadline, with the case's facts read from its ``case.json``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

SUMMARY_CSV = "summary.csv"
SUMMARY_JSON = "summary.json"
SUMMARY_SCHEMA = "appealgen-batch-summary/1"
STATUS_DONE = "done"
STATUS_FAILED = "failed"
STATUS_SKIPPED = "skipped"
STATUS_DUPLICATE = "duplicate"
STATUS_INTERRUPTED = "interrupted"
STATUSES = (STATUS_DONE, STATUS_SKIPPED, STATUS_DUPLICATE, STATUS_FAILED, STATUS_INTERRUPTED)
SUMMARY_COLUMNS: tuple[str, ...] = (
    "file",
    "status",
    "error",
    "note",
    "payer",
    "member",
    "member_id",
    "claim_numbers",
    "primary_category",
    "amount_at_stake",
    "internal_appeal_deadline",
    "overdue",
    "review",
    "documents",
    "case_dir",
)
# Excel/LibreOffice treat a cell starting with one of these as a formula.
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CASE_ID_RE = re.compile(r"^[0-9a-f]{12}$")
# The row fields that describe the case (a duplicate copies them from its original).
CASE_FIELDS = SUMMARY_COLUMNS[SUMMARY_COLUMNS.index("payer") :]


@dataclass
class SummaryRow:
    """One input file in the work list."""

    file: str
    status: str
    error: str = ""
    note: str = ""
    payer: str = ""
    member: str = ""
    member_id: str = ""
    claim_numbers: list[str] = field(default_factory=list)
    primary_category: str = ""
    amount_at_stake: str = ""
    internal_appeal_deadline: str = ""
    overdue: bool = False  # a deadline of the case has passed (said first in the work list)
    # printed facts the letters left as placeholders, and claims that may be denied but
    # are not in the letters (``claims.N.denied``), as field paths: check these cases first
    review: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    case_dir: str = ""
    sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        d = {c: getattr(self, c) for c in SUMMARY_COLUMNS}
        d["sha256"] = self.sha256
        return d


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _sum(values: list[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None


def _claim_at_stake(claim: dict[str, Any]) -> Decimal | None:
    """What the appeal can win back on a denied claim.

    Nothing paid: the billed amount (the practice or the family is out all of it).
    Paid, but with a deductible, copay or coinsurance charged: the patient's share.
    """
    totals = claim.get("totals") or {}
    lines = claim.get("service_lines") or []

    def total(key: str) -> Decimal | None:
        value = _dec(totals.get(key))
        return value if value is not None else _sum([_dec(sl.get(key)) for sl in lines])

    billed, paid, share = total("billed"), total("paid"), total("patient_responsibility")
    if billed is not None and paid == 0:
        return billed
    if paid is None:
        return share if share else billed
    if billed is not None and paid is not None and share is not None:
        # paid in part: the unpaid lines plus the share charged on the paid ones
        unpaid = _sum(
            [
                _dec(sl.get("billed"))
                for sl in lines
                if _dec(sl.get("paid")) == 0 and _dec(sl.get("billed"))
            ]
        )
        return max(share, unpaid or Decimal(0))
    return share if share is not None else billed


def _result_of(case: dict[str, Any]) -> Any:
    """The parse document of a ``case.json`` (with its evidence), or None when it cannot
    be read back."""
    from ..decide.explain import result_from_dict

    try:
        return result_from_dict(case)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


class _Facts:
    """The case's facts as the work list may show them: a value the reader was not sure
    of (and neither the profile nor the person confirmed) is left out, and its path is
    kept in ``unsure`` so the ``review`` column names it."""

    def __init__(self, case: dict[str, Any], only_sure: bool = True) -> None:
        self.result = _result_of(case)
        self.only_sure = only_sure
        self.unsure: list[str] = []

    def sure(self, path: str, value: Any) -> bool:
        from ..corrections import is_sure

        if value in (None, "", []) or not self.only_sure:
            return True  # nothing shown: nothing to doubt
        if self.result is not None and is_sure(self.result, path):
            return True
        if path not in self.unsure:
            self.unsure.append(path)
        return False

    def text(self, path: str, value: Any) -> str:
        return _text(value) if self.sure(path, value) else ""

    def amounts_sure(self, i: int, claim: dict[str, Any]) -> bool:
        """Are the amounts the claim's stake is counted from all sure? (the printed totals,
        else the lines' own amounts)"""
        totals = claim.get("totals") or {}
        ok = True
        for key in ("billed", "paid", "patient_responsibility"):
            if totals.get(key) is not None:
                ok &= self.sure(f"claims.{i}.totals.{key}", totals[key])
                continue
            for j, sl in enumerate(claim.get("service_lines") or []):
                ok &= self.sure(f"claims.{i}.service_lines.{j}.{key}", sl.get(key))
        return ok


def summary_fields(case: dict[str, Any], *, only_sure: bool = True) -> dict[str, Any]:
    """The work-list fields of one case (a ``case.json`` document).

    A fact the reader was not sure of is not shown as one: its cell is left empty and its
    field path is in ``review`` (the person checks it in the case's review form).
    ``only_sure=False`` keeps every value as read (the case log's statistics).
    """
    facts = _Facts(case, only_sure)
    claims = case.get("claims") or []
    denied = [(i, c) for i, c in enumerate(claims) if c.get("denied")]
    amounts = [(_claim_at_stake(c), i, c) for i, c in denied]
    stake_sure = all([facts.amounts_sure(i, c) for _, i, c in amounts])
    total = _sum([a for a, _, _ in amounts])
    primary = ""
    ranked = sorted(amounts, key=lambda ac: ac[0] if ac[0] is not None else Decimal(-1))
    for _, i, claim in reversed(ranked):  # the category of the claim with most at stake
        cat = (claim.get("denial") or {}).get("primary_category")
        if cat:
            primary = facts.text(f"claims.{i}.denial.primary_category", cat)
            break
    numbered = denied or list(enumerate(claims))
    numbers = [facts.text(f"claims.{i}.claim_number", c.get("claim_number")) for i, c in numbered]
    decision = case.get("decision") or {}
    row = {
        "payer": facts.text("payer.name", (case.get("payer") or {}).get("name")),
        "member": facts.text("member.name", (case.get("member") or {}).get("name")),
        "member_id": facts.text("member.id", (case.get("member") or {}).get("id")),
        "claim_numbers": [n for n in numbers if n],
        "primary_category": primary,
        "amount_at_stake": (
            str(total.quantize(Decimal("0.01"))) if total is not None and stake_sure else ""
        ),
        "internal_appeal_deadline": _text((decision.get("deadlines") or {}).get("internal_appeal")),
        "overdue": bool(decision.get("overdue")) or decision.get("appeal_late") == "passed",
    }
    review = _to_review(case, facts.result)
    row["review"] = review + [p for p in facts.unsure if p not in review]
    return row


def deadline_note(case: dict[str, Any]) -> str:
    """Said in the ``note`` column when the deadline is counted from a notice date the
    reader was not sure of ("" otherwise): the date shown is then only as good as it."""
    from ..corrections import is_sure

    deadline = ((case.get("decision") or {}).get("deadlines") or {}).get("internal_appeal")
    result = _result_of(case)
    if not deadline or result is None or result.notice_date is None:
        return ""
    if is_sure(result, "notice_date"):
        return ""
    return "deadline counted from a notice date appealgen is not sure of (notice_date)"


def _to_review(case: dict[str, Any], result: Any = None) -> list[str]:
    """The printed facts of a case the reader was not sure of (its letters hold
    placeholders for them), as field paths."""
    from ..corrections import to_check

    result = result if result is not None else _result_of(case)
    if result is None:
        return []
    try:
        return to_check(result)
    except (TypeError, ValueError, KeyError, AttributeError):
        return []


def _maybe_denied(case: dict[str, Any]) -> list[str]:
    """The claims (numbers, else "claim N") that may be denied but no letter argues."""
    from ..corrections import maybe_denied
    from ..decide.explain import result_from_dict

    try:
        result = result_from_dict(case)
        positions = maybe_denied(result)
    except (TypeError, ValueError, KeyError, AttributeError):
        return []
    return [result.claims[i].claim_number or f"claim {i + 1}" for i in positions]


def _documents(case_dir: Path, case: dict[str, Any]) -> list[str]:
    """The files written in a case folder: the decision's order first."""
    try:
        present = {p.name for p in case_dir.iterdir() if p.is_file()}
    except OSError:
        return []
    present.discard("case.json")
    planned = [d.get("file") for d in (case.get("decision") or {}).get("documents") or []]
    ordered = [f for f in planned if f in present]
    return ordered + sorted(present - set(ordered))


def row_from_case_dir(row: SummaryRow, case_dir: Path, outdir: Path) -> None:
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    for k, v in summary_fields(case).items():
        setattr(row, k, v)
    row.documents = _documents(case_dir, case)
    row.case_dir = os.path.relpath(case_dir, outdir)
    set_aside = (case.get("decision") or {}).get("not_lactation_care") or []
    if set_aside:
        numbers = [x.get("claim_number") for x in set_aside if x.get("claim_number")]
        note = "not lactation care" + (f": {', '.join(numbers)}" if numbers else "")
        row.note = f"{row.note}; {note}" if row.note else note
    note = deadline_note(case)
    if note:
        row.note = f"{row.note}; {note}" if row.note else note
    maybe = _maybe_denied(case)
    if maybe:
        note = "maybe denied, not in the letters: " + ", ".join(maybe)
        row.note = f"{row.note}; {note}" if row.note else note


def sort_rows(rows: list[SummaryRow]) -> list[SummaryRow]:
    """Overdue cases first, then the cases to review (letters with placeholders for printed
    facts), then by internal-appeal deadline (unknown last), then amount at stake, largest
    first."""

    def key(r: SummaryRow) -> tuple[int, int, int, str, Decimal, str]:
        amount = _dec(r.amount_at_stake) or Decimal(0)
        deadline = r.internal_appeal_deadline
        return (
            0 if r.overdue else 1,
            0 if r.review else 1,
            0 if deadline else 1,
            deadline,
            -amount,
            r.file,
        )

    return sorted(rows, key=key)


def excel_safe(value: str) -> str:
    """A cell that Excel shows as text: a leading =, +, -, @, tab or CR gets a quote."""
    return "'" + value if value.startswith(_FORMULA_PREFIXES) else value


def _csv_cell(value: Any) -> str:
    if isinstance(value, bool):
        value = "yes" if value else ""
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    # One line per cell (a newline in a name would break naive readers), then guard.
    return excel_safe(" ".join(text.split()))


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_summary(
    outdir: Path, rows: list[SummaryRow], meta: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    """Write ``summary.csv`` (UTF-8 with BOM, formula-guarded) and ``summary.json``
    atomically; ``rows`` are written in the order given."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SUMMARY_COLUMNS)
    for r in rows:
        writer.writerow([_csv_cell(getattr(r, c)) for c in SUMMARY_COLUMNS])
    csv_path = outdir / SUMMARY_CSV
    json_path = outdir / SUMMARY_JSON
    atomic_write(csv_path, buf.getvalue().encode("utf-8-sig"))
    doc = {"schema": SUMMARY_SCHEMA, **(meta or {}), "rows": [r.to_json() for r in rows]}
    atomic_write(json_path, (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode())
    return csv_path, json_path


def refresh_summary(outdir: Path, case_name: str) -> bool:
    """After a case of a batch was reviewed and its letters remade: its rows of the work
    list (``summary.csv`` / ``summary.json`` in ``outdir``) are read again from its
    ``case.json``, so what the person confirmed leaves the ``review`` column. False when
    ``outdir`` has no work list naming the case (nothing is written then)."""
    try:
        doc = json.loads((outdir / SUMMARY_JSON).read_text(encoding="utf-8"))
        rows = [
            SummaryRow(**{k: r[k] for k in (*SUMMARY_COLUMNS, "sha256") if k in r})
            for r in doc["rows"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    case_dir = outdir / case_name
    mine = [r for r in rows if r.case_dir and Path(r.case_dir).name == case_name]
    if not mine or not (case_dir / "case.json").is_file():
        return False
    for row in mine:
        kept = row.note.split("; ")[0] if row.status in (STATUS_SKIPPED, STATUS_DUPLICATE) else ""
        row.note = kept
        row_from_case_dir(row, case_dir, outdir)
    meta = {k: v for k, v in doc.items() if k not in ("schema", "rows")}
    write_summary(outdir, sort_rows(rows), meta)
    return True
