"""Deadlines: the notice's own stated deadline wins; otherwise the rule for the plan's funding."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache

from .. import knowledge
from ..models import Deadlines
from .arguments import resolve_citations
from .facts import Facts
from .tracks import track_of

# Number words a notice may spell out ("within sixty (60) days").
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fourteen": 14,
    "fifteen": 15,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "one hundred twenty": 120,
    "one hundred and twenty": 120,
    "one hundred eighty": 180,
    "one hundred and eighty": 180,
}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9

_WORDS_RE = "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True))
_WINDOW = re.compile(
    r"(?:within|no later than|not later than|no more than|up to|you have|you will have)\s+"
    rf"(?:(?P<word>{_WORDS_RE})\s*)?(?:\(\s*)?(?P<num>\d{{1,3}})?(?:\s*\))?\s*"
    r"(?P<kind>calendar\s+|business\s+|working\s+)?(?P<unit>days?|months?)\b",
    re.IGNORECASE,
)
_DATE_TEXT = (
    r"(?P<date>(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}/\d{1,2}/\d{2,4})"
    r"|(?:\d{4}-\d{2}-\d{2}))"
)
_BY_DATE = re.compile(
    rf"(?:received by|postmarked by|submitted by|filed by|on or before|no later than|"
    rf"not later than|\bby|\bbefore)\s+{_DATE_TEXT}",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(])")


def _parse_date(text: str) -> date | None:
    text = text.strip().rstrip(",.")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", text)
        if m:
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(year, int(m[1]), int(m[2]))
        m = re.fullmatch(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})", text)
        if m and m[1].lower() in _MONTHS:
            return date(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    except ValueError:
        return None
    return None


def add_months(start: date, months: int) -> tuple[date, bool]:
    """(start + months, True) or, when that month has no such day, (first of the next, False)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if start.day <= calendar.monthrange(year, month)[1]:
        return date(year, month, start.day), True
    month_index += 1
    return date(start.year + month_index // 12, month_index % 12 + 1, 1), False


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return day + timedelta(weeks=n - 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@cache
def federal_holidays(year: int) -> frozenset[date]:
    """U.S. federal holidays of a year, as observed (Saturday -> Friday, Sunday -> Monday)."""
    mon, thu = 0, 3
    fixed = [
        date(year, 1, 1),
        date(year, 6, 19),
        date(year, 7, 4),
        date(year, 11, 11),
        date(year, 12, 25),
    ]
    observed = set()
    for d in fixed:
        if d.weekday() == 5:
            observed.add(d - timedelta(days=1))
        elif d.weekday() == 6:
            observed.add(d + timedelta(days=1))
        else:
            observed.add(d)
    observed |= {
        _nth_weekday(year, 1, mon, 3),  # Martin Luther King Jr. Day
        _nth_weekday(year, 2, mon, 3),  # Washington's Birthday
        _nth_weekday(year, 5, mon, -1),  # Memorial Day
        _nth_weekday(year, 9, mon, 1),  # Labor Day
        _nth_weekday(year, 10, mon, 2),  # Columbus Day
        _nth_weekday(year, 11, thu, 4),  # Thanksgiving
    }
    if date(year + 1, 1, 1).weekday() == 5:  # next New Year's Day observed on Dec 31
        observed.add(date(year, 12, 31))
    return frozenset(observed)


def next_business_day(d: date) -> date:
    """d itself, or the next day that is neither a weekend nor a federal holiday."""
    while d.weekday() >= 5 or d in federal_holidays(d.year):
        d += timedelta(days=1)
    return d


def _add_window(start: date, amount: int, unit: str, business: bool = False) -> date:
    if unit.startswith("month"):
        return add_months(start, amount)[0]
    if not business:
        return start + timedelta(days=amount)
    d = start
    while amount:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in federal_holidays(d.year):
            amount -= 1
    return d


def find_stated_deadline(
    text: str | None, notice_date: date | None, kind: str = "internal_appeal"
) -> tuple[date | None, str | None]:
    """(deadline, the sentence that states it) for ``kind``, or (None, None).

    When the notice states a window ("within 60 days") but the notice date is unknown,
    the sentence is returned with a None date so the caller can warn.
    """
    if not text:
        return None, None
    best: tuple[date | None, str | None] = (None, None)
    words = knowledge.decide_words()  # rules/decide_words.yaml
    for sentence in _SENTENCE_SPLIT.split(" ".join(text.split())):
        kinds = [k for k, rx in words.deadline_kinds if rx.search(sentence)]
        if (
            not kinds
            or kinds[0] != kind
            or words.plan_clock.search(sentence)  # the plan's own clock
            or words.continuation.search(sentence)  # the window to keep services going
        ):
            continue  # external review and hearing sentences also say "appeal"; first wins
        found: list[date] = []
        for m in _BY_DATE.finditer(sentence):
            d = _parse_date(m["date"])
            if d:
                found.append(d)
        has_window = False
        for m in _WINDOW.finditer(sentence):
            amount = int(m["num"]) if m["num"] else _NUMBER_WORDS.get((m["word"] or "").lower())
            if not amount:
                continue
            has_window = True
            if notice_date and not words.later_start.search(sentence):
                business = bool(m["kind"]) and m["kind"].strip().lower() in ("business", "working")
                found.append(_add_window(notice_date, amount, m["unit"].lower(), business))
        if found:
            d = min(found)
            if best[0] is None or d < best[0]:
                best = (d, sentence)
        elif has_window and best == (None, None):
            best = (None, sentence)
    return best


def stated_deadline(
    text: str | None, notice_date: date | None, kind: str = "internal_appeal"
) -> date | None:
    """The deadline the notice itself prints ("within 60 days", "received by June 1, 2026")."""
    return find_stated_deadline(text, notice_date, kind)[0]


def _rule(kind: str, funding: str, track: str | None = None) -> dict | None:
    """The rule for a deadline kind: one naming the case's track first, then any for
    its funding that names no track."""
    fitting = [
        r
        for r in knowledge.deadline_rules().values()
        if r["kind"] == kind
        and funding in r["funding"]
        and (not r.get("tracks") or track in r["tracks"])
    ]
    fitting.sort(key=lambda r: not r.get("tracks"))
    return fitting[0] if fitting else None


def _from_rule(rule: dict, start: date) -> date:
    window = rule["window"]
    if "months" in window:
        d, exact = add_months(start, window["months"])
    else:
        d = start + timedelta(days=window["days"])
    return next_business_day(d) if rule["roll_forward"] else d


def _cite(rule: dict, facts: Facts) -> str:
    texts, _ = resolve_citations(rule["citations"], facts.regimes)
    return f" ({'; '.join(texts)})" if texts else ""


def compute_deadlines(facts: Facts) -> tuple[Deadlines, list[str]]:
    """Internal appeal, external review and (Medicaid) fair-hearing dates, each with a reason."""
    out = Deadlines()
    warnings: list[str] = []
    if not facts.denied:
        return out, warnings
    notice = facts.notice_date
    no_date_said = False

    def decide_one(kind: str, applies: bool, why_not: str) -> date | None:
        nonlocal no_date_said
        if not applies:
            out.reasons[kind] = why_not
            return None
        stated, sentence = find_stated_deadline(facts.notice_text, notice, kind)
        if stated:
            out.reasons[kind] = (
                f"Your notice states this deadline: \u201c{sentence}\u201d "
                "A deadline printed on the notice wins over the general rule."
            )
            return stated
        rule = _rule(kind, facts.funding, facts.track)
        if sentence and notice is None:
            out.reasons[kind] = (
                f"Your notice states a time limit (\u201c{sentence}\u201d), "
                "but the date of the notice is unknown."
            )
            no_date_said = True
            return None
        if rule is None:
            out.reasons[kind] = (
                "No general rule applies to this plan; use the deadline printed on your notice."
            )
            return None
        if notice is None:
            out.reasons[kind] = (
                f"{rule['reason']}{_cite(rule, facts)} The notice date is "
                "unknown, so no date could be worked out."
            )
            no_date_said = True
            return None
        if rule.get("at_most"):
            latest = _from_rule(rule, notice)
            out.reasons[kind] = (
                f"{rule['reason']}{_cite(rule, facts)} Counted from the notice's date, the "
                f"federal limit would fall on {latest.isoformat()}, but your state may allow "
                "less and the notice itself must say how long you have: use the date it "
                "gives, and send the request now."
            )
            return None
        out.reasons[kind] = f"{rule['reason']}{_cite(rule, facts)}"
        return _from_rule(rule, notice)

    is_final = facts.final_denial
    track = track_of(facts)
    medicare = facts.funding == "medicare"
    medicaid = facts.funding == "medicaid"
    stated_internal, _ = find_stated_deadline(facts.notice_text, notice, "internal_appeal")
    out.internal_appeal = decide_one(
        "internal_appeal",
        track["plan_appeal"] and (not is_final or stated_internal is not None),
        "This notice is the plan's final internal decision, so the next step is outside the "
        "plan (see the other deadlines)."
        if track["plan_appeal"]
        else f"With {track['label']} there is no plan appeal first: the next step is the "
        "review outside the plan (see the other deadlines).",
    )
    if medicare and out.internal_appeal is None and "internal_appeal" not in out.reasons:
        out.reasons["internal_appeal"] = "Use the deadline printed on your Medicare notice."
    if facts.grandfathered and track["external_review"]:
        not_external = (
            "A grandfathered plan is not bound by the ACA's external-review rule (45 CFR "
            "147.136(a)(1) covers plans that are not grandfathered), so no external-review "
            "request is made. The appeal first asks the plan to prove its grandfathered "
            "status; if it cannot, ask it in writing how to request external review."
        )
    elif not track["external_review"]:
        not_external = f"The ACA's external review does not apply to {track['label']}; " + (
            "Medicaid uses a state fair hearing instead."
            if medicaid
            else "Medicare has its own appeal steps."
            if medicare
            else "its own review comes after the plan's appeal (see where to complain)."
        )
    else:
        not_external = (
            "External review opens only after the plan's final internal denial; this notice "
            "is not one yet. If your appeal is denied, the clock starts then."
        )
    out.external_review = decide_one(
        "external_review",
        is_final and track["external_review"] and not facts.grandfathered,
        not_external,
    )
    if medicaid:
        out.fair_hearing = decide_one(
            "fair_hearing",
            is_final or not track["plan_appeal"],
            "A state fair hearing is asked for after the plan's appeal decision; this notice "
            "is not that decision yet.",
        )
    if no_date_said:
        warnings.append(
            "The notice date could not be read, so the deadlines are not worked out. Count "
            "them from the date you received the notice (the date on the envelope or portal "
            "message), and send your appeal well before."
        )
    return out, warnings
