"""What works with which payer: per payer and category, per argument, and money recovered.

``build_report`` turns the log into plain data; ``to_json`` / ``to_csv`` / ``to_html``
print it. The HTML report is one self-contained file — inline CSS and SVG, no script, no
network — with money recovered by month and the win rate by category.

Counting rules: *sent* is every case that went out (sent, or decided since); *decided* is
won + partly won + lost; the *win rate* is (won + partly won) / decided; *days to a
decision* runs from the day sent to the day decided, for cases with both dates;
*recovered* is the sum of the amounts paid. A case counts in ``--since`` when its notice
is dated on or after that day (or, with no notice date, when it was first logged then).
"""

from __future__ import annotations

import csv
import html
import io
import json
import statistics
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .record import DECIDED_STATUSES
from .worklist import LoggedCase

WINS = ("won", "partly_won")


@dataclass
class Tally:
    cases: int = 0
    sent: int = 0
    decided: int = 0
    won: int = 0
    partly_won: int = 0
    lost: int = 0
    win_rate: float | None = None
    median_days_to_decision: float | None = None
    recovered: Decimal = Decimal("0.00")
    at_stake: Decimal = Decimal("0.00")


@dataclass
class GroupRow(Tally):
    payer: str = ""
    category: str = ""


@dataclass
class ArgumentRow:
    argument: str
    cited: int = 0  # cases whose appeal made this argument
    decided: int = 0
    won: int = 0  # won or partly won, with this argument in the letter
    win_rate: float | None = None
    share_of_wins: float | None = None  # of all winning letters, how many made it


@dataclass
class Report:
    today: date
    filters: dict[str, str | None]
    total: Tally
    groups: list[GroupRow] = field(default_factory=list)
    arguments: list[ArgumentRow] = field(default_factory=list)
    recovered_by_month: list[tuple[str, Decimal]] = field(default_factory=list)
    win_rate_by_category: list[tuple[str, float, int]] = field(default_factory=list)


def _fill(t: Tally, cases: list[LoggedCase]) -> None:
    t.cases = len(cases)
    t.sent = sum(1 for c in cases if c.sent_on or c.status in ("sent", *DECIDED_STATUSES))
    t.won = sum(1 for c in cases if c.status == "won")
    t.partly_won = sum(1 for c in cases if c.status == "partly_won")
    t.lost = sum(1 for c in cases if c.status == "lost")
    t.decided = t.won + t.partly_won + t.lost
    t.win_rate = round((t.won + t.partly_won) / t.decided, 3) if t.decided else None
    days = [
        (c.decided_on - c.sent_on).days
        for c in cases
        if c.status in DECIDED_STATUSES and c.decided_on and c.sent_on
    ]
    t.median_days_to_decision = float(statistics.median(days)) if days else None
    t.recovered = sum((c.paid or Decimal(0) for c in cases), Decimal("0.00"))
    t.at_stake = sum((c.amount_at_stake or Decimal(0) for c in cases), Decimal("0.00"))


def _since_day(case: LoggedCase) -> date:
    return case.notice_date or date.fromisoformat(case.first_recorded[:10])


def matches_payer(case: LoggedCase, payer: str | None) -> bool:
    if not payer:
        return True
    from .migrations import payer_key

    want = payer_key(payer)
    return bool(want) and want in case.payer_key


def build_report(
    cases: list[LoggedCase], *, today: date, payer: str | None = None, since: date | None = None
) -> Report:
    """The report over ``cases`` (all of the log, or a payer's, or since a day)."""
    chosen = [
        c for c in cases if matches_payer(c, payer) and (since is None or _since_day(c) >= since)
    ]
    total = Tally()
    _fill(total, chosen)
    report = Report(
        today=today,
        filters={"payer": payer, "since": since.isoformat() if since else None},
        total=total,
    )
    groups: dict[tuple[str, str], list[LoggedCase]] = {}
    names: dict[str, str] = {}
    for c in chosen:
        names.setdefault(c.payer_key, c.payer or "(payer not printed)")
        groups.setdefault((c.payer_key, c.category or "other"), []).append(c)
    for (key, category), members in sorted(
        groups.items(), key=lambda kv: (names[kv[0][0]].lower(), kv[0][1])
    ):
        row = GroupRow(payer=names[key], category=category)
        _fill(row, members)
        report.groups.append(row)

    all_wins = sum(1 for c in chosen if c.status in WINS)
    by_arg: dict[str, ArgumentRow] = {}
    for c in chosen:
        for arg in c.arguments:
            row = by_arg.setdefault(arg, ArgumentRow(arg))
            row.cited += 1
            if c.status in DECIDED_STATUSES:
                row.decided += 1
            if c.status in WINS:
                row.won += 1
    for row in by_arg.values():
        row.win_rate = round(row.won / row.decided, 3) if row.decided else None
        row.share_of_wins = round(row.won / all_wins, 3) if all_wins else None
    report.arguments = sorted(by_arg.values(), key=lambda r: (-r.won, -r.cited, r.argument))

    months: dict[str, Decimal] = {}
    for c in chosen:
        if c.paid and c.decided_on:
            month = c.decided_on.isoformat()[:7]
            months[month] = months.get(month, Decimal(0)) + c.paid
    report.recovered_by_month = sorted(months.items())
    cats: dict[str, list[LoggedCase]] = {}
    for c in chosen:
        if c.status in DECIDED_STATUSES:
            cats.setdefault(c.category or "other", []).append(c)
    report.win_rate_by_category = sorted(
        (cat, round(sum(1 for c in cs if c.status in WINS) / len(cs), 3), len(cs))
        for cat, cs in cats.items()
    )
    return report


# --------------------------------------------------------------------------
# JSON and CSV


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": "appealgen-case-report/1",
        "today": report.today.isoformat(),
        "filters": report.filters,
        "total": _plain(asdict(report.total)),
        "by_payer_and_category": [
            {"payer": g.payer, "category": g.category, **_plain(asdict(g))} for g in report.groups
        ],
        "by_argument": [_plain(asdict(a)) for a in report.arguments],
        "recovered_by_month": [
            {"month": m, "recovered": _plain(v)} for m, v in report.recovered_by_month
        ],
        "win_rate_by_category": [
            {"category": c, "win_rate": r, "decided": n} for c, r, n in report.win_rate_by_category
        ],
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), indent=2, ensure_ascii=False) + "\n"


GROUP_COLUMNS = (
    "payer",
    "category",
    "cases",
    "sent",
    "decided",
    "won",
    "partly_won",
    "lost",
    "win_rate",
    "median_days_to_decision",
    "recovered",
    "at_stake",
)


def to_csv(report: Report) -> str:
    """One row per payer and category (the spreadsheet view), formula-guarded."""
    from ..batch import excel_safe

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(GROUP_COLUMNS)
    for g in report.groups:
        d = _plain(asdict(g))
        w.writerow([excel_safe("" if d[c] is None else str(d[c])) for c in GROUP_COLUMNS])
    return buf.getvalue()


# --------------------------------------------------------------------------
# HTML: one file, no script, no network

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:64rem;
padding:0 1rem;color:#1d2433}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.3rem .5rem;
border-bottom:1px solid #dde1e8;text-align:right}th:first-child,td:first-child,th.l,td.l{text-align:left}
th{background:#f3f5f8}.kpi{display:flex;gap:1rem;flex-wrap:wrap}.kpi div{background:#f3f5f8;
padding:.6rem 1rem;border-radius:.4rem}.kpi b{display:block;font-size:1.3rem}
.note{color:#59606e;font-size:.85rem}svg text{font:12px system-ui,sans-serif;fill:#1d2433}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def _money(value: Decimal) -> str:
    return f"${value:,.2f}"


def _bar_chart_months(items: list[tuple[str, Decimal]]) -> str:
    if not items:
        return '<p class="note">No money recovered yet.</p>'
    width, height, pad = 640, 220, 40
    top = max(v for _, v in items) or Decimal(1)
    bw = (width - 2 * pad) / len(items)
    parts = [
        f'<svg role="img" aria-label="Money recovered by month" width="{width}" '
        f'height="{height + 30}" viewBox="0 0 {width} {height + 30}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (month, value) in enumerate(items):
        h = float(value / top) * (height - pad)
        x = pad + i * bw
        parts.append(
            f'<rect x="{x + 4:.1f}" y="{height - h:.1f}" width="{max(bw - 8, 2):.1f}" '
            f'height="{h:.1f}" fill="#2f6f9f"><title>{_e(month)}: {_e(_money(value))}</title></rect>'
        )
        parts.append(
            f'<text x="{x + bw / 2:.1f}" y="{height + 16}" text-anchor="middle">{_e(month)}</text>'
        )
        parts.append(
            f'<text x="{x + bw / 2:.1f}" y="{height - h - 4:.1f}" text-anchor="middle">'
            f"{_e(_money(value))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _bar_chart_rates(items: list[tuple[str, float, int]]) -> str:
    if not items:
        return '<p class="note">No decided cases yet.</p>'
    width, row, label = 640, 26, 190
    height = row * len(items) + 10
    parts = [
        f'<svg role="img" aria-label="Win rate by category" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (cat, rate, n) in enumerate(items):
        y = 5 + i * row
        w = rate * (width - label - 90)
        parts.append(f'<text x="0" y="{y + 16}">{_e(cat.replace("_", " "))}</text>')
        parts.append(
            f'<rect x="{label}" y="{y + 4}" width="{max(w, 1):.1f}" height="{row - 8}" '
            f'fill="#3c8d5a"><title>{_e(cat)}: {_e(_pct(rate))} of {n}</title></rect>'
        )
        parts.append(f'<text x="{label + w + 6:.1f}" y="{y + 16}">{_e(_pct(rate))} of {n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def to_html(report: Report) -> str:
    t = report.total
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>appealgen case report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>What came back from the appeals</h1>",
    ]
    scope = [f"as of {report.today.isoformat()}"]
    if report.filters.get("payer"):
        scope.append(f"payer {report.filters['payer']}")
    if report.filters.get("since"):
        scope.append(f"notices since {report.filters['since']}")
    out.append(f'<p class="note">{_e(", ".join(scope))}</p>')
    out.append('<div class="kpi">')
    for label, value in (
        ("cases", t.cases),
        ("sent", t.sent),
        ("decided", t.decided),
        ("won or partly won", t.won + t.partly_won),
        ("win rate", _pct(t.win_rate)),
        ("recovered", _money(t.recovered)),
    ):
        out.append(f"<div><b>{_e(value)}</b>{_e(label)}</div>")
    out.append("</div>")
    out.append("<h2>Money recovered by month</h2>")
    out.append(_bar_chart_months(report.recovered_by_month))
    out.append("<h2>Win rate by category</h2>")
    out.append(_bar_chart_rates(report.win_rate_by_category))
    out.append("<h2>By payer and category</h2><table><thead><tr>")
    heads = (
        "payer",
        "category",
        "cases",
        "sent",
        "won",
        "partly won",
        "lost",
        "win rate",
        "median days to decision",
        "recovered",
    )
    out.append("".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr></thead><tbody>")
    for g in report.groups:
        days = "–" if g.median_days_to_decision is None else f"{g.median_days_to_decision:g}"
        cells = (
            g.payer,
            g.category.replace("_", " "),
            g.cases,
            g.sent,
            g.won,
            g.partly_won,
            g.lost,
            _pct(g.win_rate),
            days,
            _money(g.recovered),
        )
        out.append(
            "<tr>"
            + "".join(
                f'<td class="l">{_e(c)}</td>' if i == 1 else f"<td>{_e(c)}</td>"
                for i, c in enumerate(cells)
            )
            + "</tr>"
        )
    out.append("</tbody></table>")
    out.append("<h2>Arguments in winning letters</h2><table><thead><tr>")
    out.append(
        "".join(
            f"<th>{_e(h)}</th>"
            for h in (
                "argument",
                "cited",
                "decided",
                "won",
                "win rate when cited",
                "share of all wins",
            )
        )
        + "</tr></thead><tbody>"
    )
    for a in report.arguments:
        cells = (a.argument, a.cited, a.decided, a.won, _pct(a.win_rate), _pct(a.share_of_wins))
        out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    out.append(
        '<p class="note">From the case log on this computer or the practice\'s shared log. '
        "Which arguments a letter makes follows the law and the denial, never these figures. "
        "Not legal advice.</p>"
    )
    out.append("</body></html>")
    return "\n".join(out) + "\n"
