"""What a coalition can pool across practices: outcomes with no case ids, hashes or names.

``anonymous_rows`` keeps what says what works — payer, funding, state, categories, codes,
arguments, letters, amounts and outcome — and drops everything that points at a person
or a file: case ids, input hashes, names, member IDs, claim numbers, folders and notes
(free text may name someone). Dates are cut to the month; the rows are sorted by their
content, so their order says nothing about when each case was logged.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from .worklist import LoggedCase

EXPORT_SCHEMA = "appealgen-outcomes-anonymous/1"
EXPORT_COLUMNS: tuple[str, ...] = (
    "payer",
    "funding",
    "state",
    "category",
    "categories",
    "carc",
    "rarc",
    "procedure_codes",
    "diagnosis_codes",
    "arguments",
    "documents",
    "amount_at_stake",
    "status",
    "paid",
    "notice_month",
    "sent_month",
    "decided_month",
    "days_to_decision",
)


def _month(d: Any) -> str | None:
    return d.isoformat()[:7] if d else None


def _money(v: Decimal | None) -> str | None:
    return str(v) if v is not None else None


def anonymous_rows(cases: list[LoggedCase]) -> list[dict[str, Any]]:
    rows = []
    for c in cases:
        days = (
            (c.decided_on - c.sent_on).days
            if c.decided_on and c.sent_on and c.status in ("won", "partly_won", "lost")
            else None
        )
        rows.append(
            {
                "payer": c.payer,
                "funding": c.funding,
                "state": c.state,
                "category": c.category,
                "categories": list(c.categories),
                "carc": list(c.codes.get("carc", [])),
                "rarc": list(c.codes.get("rarc", [])),
                "procedure_codes": list(c.codes.get("procedure", [])),
                "diagnosis_codes": list(c.codes.get("diagnosis", [])),
                "arguments": list(c.arguments),
                # the kinds of letter written, not the file names a practice may have added
                "documents": sorted(
                    {d.rsplit(".", 1)[0] for d in c.documents if d.endswith(".docx")}
                ),
                "amount_at_stake": _money(c.amount_at_stake),
                "status": c.status,
                "paid": _money(c.paid),
                "notice_month": _month(c.notice_date),
                "sent_month": _month(c.sent_on),
                "decided_month": _month(c.decided_on),
                "days_to_decision": days,
            }
        )
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))


def to_csv(rows: list[dict[str, Any]]) -> str:
    from ..batch import excel_safe

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(EXPORT_COLUMNS)
    for r in rows:
        cells = []
        for col in EXPORT_COLUMNS:
            v = r[col]
            text = ";".join(v) if isinstance(v, list) else ("" if v is None else str(v))
            cells.append(excel_safe(text))
        w.writerow(cells)
    return buf.getvalue()


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps({"schema": EXPORT_SCHEMA, "rows": rows}, indent=2, ensure_ascii=False) + "\n"
