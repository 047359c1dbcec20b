"""The open cases across every batch and every assistant, each with its next step and date.

The next step follows the case's status and the plan's funding, with dates from the
deadlines the decision worked out and the rules in ``data/deadlines.yaml``:

- written (letters not sent): send the appeal by the internal-appeal deadline; after a
  final internal denial, ask for external review (or a Medicaid fair hearing) instead;
- sent: call the plan by the day its decision is due (``appeal_decision`` rules, counted
  from the day the appeal was sent); once that day has passed, complain to the regulator;
- lost: ask for external review (4 months) or a Medicaid fair hearing (120 days), counted
  from the day of the decision; the case closes when that window has passed;
- won, partly won, withdrawn: closed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from .. import knowledge
from ..clock import today as clock_today
from .db import Database
from .record import STATUS_WRITTEN, from_cents

CLOSED_STATUSES = ("won", "partly_won", "withdrawn")
# stages (models.STAGES) after which the plan's own appeals and the review are over
_REVIEW_DECISIONS = ("external_review_decision", "fair_hearing_decision")
STEP_KINDS = (
    "send_appeal",
    "send_corrected_claim",
    "call",
    "complain",
    "external_review",
    "fair_hearing",
    "none",
)

_VENUE_WORDS = {
    "state_regulator": "the state insurance regulator",
    "us_dol_ebsa": "the U.S. Department of Labor (EBSA)",
    "cms": "CMS",
    "medicaid_fair_hearing": "the state Medicaid agency",
}


@dataclass
class NextStep:
    kind: str  # one of STEP_KINDS
    text: str
    due: date | None = None
    overdue: bool = False
    days_left: int | None = None


@dataclass
class LoggedCase:
    """One case as the log holds it (no names unless they were kept on purpose)."""

    case_id: str
    status: str
    payer: str | None
    funding: str
    state: str | None
    category: str | None
    categories: list[str]
    codes: dict[str, list[str]]
    amount_at_stake: Decimal | None
    documents: list[str]
    arguments: list[str]
    venue_kind: str | None
    venue_name: str | None
    notice_date: date | None
    internal_appeal_due: date | None
    external_review_due: date | None
    fair_hearing_due: date | None
    final_internal_denial: bool
    claim_type: str
    sent_on: date | None
    decision_due: date | None
    decided_on: date | None
    paid: Decimal | None
    note: str | None
    case_dir: str | None
    stage: str | None
    payer_key: str
    recorded_by: str | None
    first_recorded: str
    last_recorded: str
    next_step: NextStep = field(default_factory=lambda: NextStep("none", ""))

    @property
    def is_open(self) -> bool:
        return self.next_step.kind != "none"


def _d(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def from_row(row: dict[str, Any], today: date) -> LoggedCase:
    case = LoggedCase(
        case_id=row["case_id"],
        status=row["status"],
        payer=row["payer"],
        funding=row["funding"] or "unknown",
        state=row["state"],
        category=row["category"],
        categories=json.loads(row["categories"] or "[]"),
        codes=json.loads(row["codes"] or "{}"),
        amount_at_stake=from_cents(row["amount_at_stake_cents"]),
        documents=json.loads(row["documents"] or "[]"),
        arguments=json.loads(row["arguments"] or "[]"),
        venue_kind=row["venue_kind"],
        venue_name=row["venue_name"],
        notice_date=_d(row["notice_date"]),
        internal_appeal_due=_d(row["internal_appeal_due"]),
        external_review_due=_d(row["external_review_due"]),
        fair_hearing_due=_d(row["fair_hearing_due"]),
        final_internal_denial=bool(row["final_internal_denial"]),
        claim_type=row.get("claim_type") or "post_service",
        sent_on=_d(row["sent_on"]),
        decision_due=_d(row["decision_due"]),
        decided_on=_d(row["decided_on"]),
        paid=from_cents(row["paid_cents"]),
        note=row["note"],
        case_dir=row["case_dir"],
        stage=row["stage"],
        payer_key=row.get("payer_key") or "",
        recorded_by=row["recorded_by"],
        first_recorded=row["first_recorded"],
        last_recorded=row["last_recorded"],
    )
    case.next_step = next_step(case, today)
    return case


# --------------------------------------------------------------------------
# Dates from the deadline rules


def rule_for(kind: str, funding: str, claim_type: str | None = None) -> dict[str, Any] | None:
    for rule in knowledge.deadline_rules().values():
        if rule["kind"] != kind or funding not in rule["funding"]:
            continue
        if claim_type is not None and rule.get("claim_type") not in (None, claim_type):
            continue
        return rule
    return None


def window_end(rule: dict[str, Any], start: date) -> date:
    from ..decide.deadlines import add_months, next_business_day

    window = rule["window"]
    if "months" in window:
        end, _ = add_months(start, window["months"])
    else:
        end = start + timedelta(days=window["days"])
    return next_business_day(end) if rule.get("roll_forward") else end


def decision_due(funding: str, claim_type: str, sent_on: date) -> date | None:
    """The day the plan's appeal decision is due, or None when no rule covers the plan."""
    rule = rule_for("appeal_decision", funding, claim_type)
    return window_end(rule, sent_on) if rule else None


def _after_loss(case: LoggedCase) -> tuple[str, date | None]:
    """External review or fair hearing after an appeal was lost, and its last day."""
    kind = "fair_hearing" if case.funding == "medicaid" else "external_review"
    rule = rule_for(kind, case.funding)
    if rule is None or case.decided_on is None:
        return kind, None
    return kind, window_end(rule, case.decided_on)


# --------------------------------------------------------------------------
# The next step


def next_step(case: LoggedCase, today: date) -> NextStep:
    payer = case.payer or "the plan"
    regulator = case.venue_name or _VENUE_WORDS.get(case.venue_kind or "", "the regulator")
    kind, due, text = "none", None, ""
    final = case.final_internal_denial or case.stage == "final_internal_denial"
    if case.status == STATUS_WRITTEN and case.stage in _REVIEW_DECISIONS:
        # the independent review or the hearing upheld the denial: outside the plan now
        kind = "complain"
        text = f"The review upheld the denial: complain to {regulator}"
    elif case.status == STATUS_WRITTEN:
        if final and case.funding == "medicaid":
            kind, due = "fair_hearing", case.fair_hearing_due
            text = "Ask for a state fair hearing (medicaid_fair_hearing.docx)"
        elif final and case.internal_appeal_due is None:
            kind, due = "external_review", case.external_review_due
            text = "Ask for external review (external_review.docx)"
        elif "appeal" not in case.documents and "corrected_claim_request" in case.documents:
            # only a billing defect: the provider corrects the claim; no appeal was written
            kind, due = "send_corrected_claim", case.internal_appeal_due
            text = "Send the corrected-claim request (corrected_claim_request.docx) to the provider"
        else:
            kind, due = "send_appeal", case.internal_appeal_due
            text = f"Send the appeal (appeal.docx) to {payer}"
    elif case.status == "sent":
        due = case.decision_due
        if due is not None and due < today:
            kind = "complain"
            text = f"The decision is late: call {payer}, then complain to {regulator}"
        else:
            kind = "call"
            text = f"Call {payer} if there is no decision by then"
    elif case.status == "lost":
        kind, due = _after_loss(case)
        if due is not None and due < today:
            kind, due, text = "none", None, ""  # the window has closed
        elif kind == "fair_hearing":
            text = "Ask for a state fair hearing (medicaid_fair_hearing.docx)"
        else:
            text = f"Ask for external review (external_review.docx); or complain to {regulator}"
    if kind == "none":
        return NextStep("none", "")
    overdue = bool(due and due < today)
    if overdue and kind in ("send_appeal", "external_review", "fair_hearing"):
        # as the letters say (decide/lateness.py): send it anyway, asking for good cause
        text += " at once: the date has passed, and the letter asks to accept it late"
    days_left = (due - today).days if due else None
    return NextStep(kind, text, due, overdue, days_left)


def _sort_key(case: LoggedCase) -> tuple[int, str, Decimal, str]:
    step = case.next_step
    group = 0 if step.overdue else (1 if step.due else 2)
    amount = case.amount_at_stake or Decimal(0)
    return (group, step.due.isoformat() if step.due else "", -amount, case.case_id)


def all_cases(db: Database, today: date | None = None) -> list[LoggedCase]:
    day = today or clock_today()
    rows = db.read(lambda db: db.query("SELECT * FROM cases"))
    return [from_row(r, day) for r in rows]


def open_cases(
    db: Database,
    *,
    due_within: int | None = None,
    statuses: tuple[str, ...] = (),
    today: date | None = None,
) -> list[LoggedCase]:
    """Open cases (or every case with one of ``statuses``), overdue first, then by date.

    ``due_within`` days keeps the cases whose next step is due by today + that many days
    (overdue ones included; cases with no date left out).
    """
    day = today or clock_today()
    cases = all_cases(db, day)
    if statuses:
        cases = [c for c in cases if c.status in statuses]
    else:
        cases = [c for c in cases if c.is_open]
    if due_within is not None:
        limit = day + timedelta(days=due_within)
        cases = [c for c in cases if c.next_step.due is not None and c.next_step.due <= limit]
    return sorted(cases, key=_sort_key)


def case_to_json(case: LoggedCase) -> dict[str, Any]:
    """A case as plain JSON data (the ``cases --json`` row)."""
    step = case.next_step

    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    def money(v: Decimal | None) -> str | None:
        return str(v) if v is not None else None

    return {
        "case_id": case.case_id,
        "status": case.status,
        "next_step": {
            "kind": step.kind,
            "text": step.text,
            "due": iso(step.due),
            "overdue": step.overdue,
            "days_left": step.days_left,
        },
        "payer": case.payer,
        "funding": case.funding,
        "state": case.state,
        "stage": case.stage,
        "category": case.category,
        "categories": case.categories,
        "codes": case.codes,
        "amount_at_stake": money(case.amount_at_stake),
        "documents": case.documents,
        "arguments": case.arguments,
        "venue": {"kind": case.venue_kind, "name": case.venue_name},
        "notice_date": iso(case.notice_date),
        "deadlines": {
            "internal_appeal": iso(case.internal_appeal_due),
            "external_review": iso(case.external_review_due),
            "fair_hearing": iso(case.fair_hearing_due),
            "decision_due": iso(case.decision_due),
        },
        "sent_on": iso(case.sent_on),
        "decided_on": iso(case.decided_on),
        "paid": money(case.paid),
        "note": case.note,
        "case_dir": case.case_dir,
        "recorded_by": case.recorded_by,
        "first_recorded": case.first_recorded,
        "last_recorded": case.last_recorded,
    }
