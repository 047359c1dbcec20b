"""Today against the deadlines: which have passed, and whether the appeal is late.

Kept apart from ``deadlines`` (which works the dates out) so that the comparison with
today is one small step: the dates come in, ``clock.today()`` (or ``APPEALGEN_TODAY``)
is the other side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..models import Deadlines

# With no deadline worked out, an appeal sent more than this long after the notice (or,
# without a notice date, after the last visit) may be late: group health plans must allow
# at least 180 days (29 CFR 2560.503-1(h)(3)(i)), and most allow no more. The letter then
# asks the plan to accept it for good cause *if* it counts it late; it never says it is.
MAYBE_LATE_AFTER = timedelta(days=180)
DEADLINE_KINDS = ("internal_appeal", "external_review", "fair_hearing")
LABELS = {
    "internal_appeal": "the appeal to the plan",
    "external_review": "the external review request",
    "fair_hearing": "the fair hearing request",
}


@dataclass
class Lateness:
    """Which deadlines have passed by ``today``, and whether the appeal may be late."""

    today: date
    overdue: list[str] = field(default_factory=list)  # deadline kinds before today
    appeal_late: str | None = None  # "passed" (a known date), "maybe" (none known), or None
    warnings: list[str] = field(default_factory=list)  # said first, in explain and the page


def _day(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def compare_with_today(
    deadlines: Deadlines,
    today: date,
    *,
    notice_date: date | None,
    service_dates: list[date],
) -> Lateness:
    """Which of ``deadlines`` have passed by ``today``, and whether the appeal is late."""
    out = Lateness(today=today)
    for kind in DEADLINE_KINDS:
        when = getattr(deadlines, kind, None)
        if when is not None and when < today:
            out.overdue.append(kind)
            out.warnings.append(
                f"The deadline for {LABELS[kind]} was {_day(when)}, and it has passed "
                f"(today is {_day(today)}). Send it anyway, at once: the letter asks the plan "
                "to accept it late for good cause, and plans and reviewers often do when a "
                "family with a newborn explains why."
            )
    if "internal_appeal" in out.overdue:
        out.appeal_late = "passed"
    elif deadlines.internal_appeal is None:
        start = notice_date or (max(service_dates) if service_dates else None)
        if start is not None and today - start > MAYBE_LATE_AFTER:
            out.appeal_late = "maybe"
            since = "the notice" if notice_date else "the last visit"
            out.warnings.append(
                f"More than 180 days have passed since {since} ({_day(start)}), and no "
                "appeal deadline could be worked out: the time to appeal may have run out. "
                "Send the appeal at once; it asks the plan to accept it for good cause if it "
                "counts it late."
            )
    return out
