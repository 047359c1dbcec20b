"""The web page's "your earlier cases" panel: what a parent made here before, what comes next.

``GET /cases`` answers an HTML fragment (every value escaped) that ``static/cases.js``
puts into the page; an empty answer when the log holds nothing. Its buttons ("I sent
it", "The plan paid", "The plan said no") ``POST /cases/{id}/{status}`` with the page's
token, which records that outcome for today and answers the panel again. ``record``
adds a case the page just wrote to the case log on this computer (no names: the log
keeps only what helps learn what works). None of them ever makes the page fail: a log
that cannot be read or written is left out.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from ..caselog import CaseLogError, LoggedCase, OutcomeChange, all_cases, apply_outcomes, connect
from ..caselog.record import record_cases, record_from_case
from ..clock import today
from ..errors import AppealgenError
from .guards import cross_site, token_matches
from .result_page import esc

log = logging.getLogger(__name__)

SHOWN = 8  # cases in the panel, soonest first
# the buttons under a case: status it is in -> (status a click records, label)
BUTTONS: dict[str, list[tuple[str, str]]] = {
    "written": [("sent", "I sent the appeal today")],
    "sent": [("won", "The plan paid"), ("lost", "The plan said no")],
}
_WORDS = {
    "written": "letters written, not sent yet",
    "sent": "appeal sent",
    "won": "won",
    "partly_won": "partly won",
    "lost": "appeal denied",
    "withdrawn": "withdrawn",
}


def record(case: Any, written: Any) -> None:
    """Log a case the page wrote; its letters leave with the download, so no folder is kept."""
    try:
        rec = record_from_case(case.to_dict(), documents=[p.name for p in written.files])
        if rec is None:
            return
        db = connect()
        assert db is not None
        with db:
            record_cases(db, [rec], recorded_by="web")
    except CaseLogError as e:
        log.warning("case log not updated (%s)", type(e.__cause__ or e).__name__)
    except Exception as e:  # noqa: BLE001 - the letters are written; the log must not undo that
        log.warning("case log not updated (%s)", type(e).__name__)


def earlier_cases(day: date | None = None) -> list[LoggedCase]:
    """The cases in the log on this computer: open ones soonest first, then the rest."""
    day = day or today()
    try:
        db = connect(create=False)
        if db is None:
            return []
        with db:
            cases = all_cases(db, day)
    except CaseLogError as e:
        log.warning("case log not read (%s)", type(e.__cause__ or e).__name__)
        return []

    def key(c: LoggedCase) -> tuple[int, str, str]:
        due = c.next_step.due.isoformat() if c.next_step.due else "9999"
        return (0 if c.is_open else 1, due, c.last_recorded)

    return sorted(cases, key=key)[:SHOWN]


def _day(d: date) -> str:
    return d.strftime("%B %-d, %Y")


def render_panel(cases: list[LoggedCase]) -> str:
    """The panel's HTML (empty when there is nothing to show)."""
    if not cases:
        return ""
    out = [
        '<h2 id="earlier-title">Your earlier cases on this computer</h2>',
        '<ul class="earlier">',
    ]
    for c in cases:
        what = (c.category or "denial").replace("_", " ")
        head = f"{c.payer or 'Your plan'}: {what}"
        if c.amount_at_stake is not None:
            head += f", ${c.amount_at_stake}"
        if c.notice_date:
            head += f" (notice of {_day(c.notice_date)})"
        step = c.next_step
        if step.kind == "none":
            nxt = _WORDS.get(c.status, c.status).capitalize() + "."
        elif step.due:
            late = " — this date has passed; do it as soon as you can" if step.overdue else ""
            nxt = f"Next: {step.text}, by {_day(step.due)}{late}."
        else:
            nxt = f"Next: {step.text}."
        cls = ' class="overdue"' if step.overdue else ""
        buttons = "".join(
            f'<button type="button" class="small" data-case="{esc(c.case_id)}" '
            f'data-status="{esc(status)}">{esc(label)}</button> '
            for status, label in BUTTONS.get(c.status, [])
        )
        out.append(
            f'<li{cls}><p class="claim-head">{esc(head)}</p><p>{esc(nxt)}</p>'
            f'<p class="hint">Case {esc(c.case_id)} · {esc(_WORDS.get(c.status, c.status))}</p>'
            + (f'<p class="case-actions">{buttons.strip()}</p>' if buttons else "")
            + "</li>"
        )
    out.append("</ul>")
    return "".join(out)


async def cases_panel(request: Request) -> HTMLResponse:
    """GET /cases: the panel as an HTML fragment."""
    return HTMLResponse(render_panel(earlier_cases()))


async def case_outcome(request: Request) -> HTMLResponse:
    """POST /cases/{case_id}/{status}: record sent / won / lost for today; the panel again."""
    token = getattr(getattr(request.app.state, "web", None), "token", "")
    if cross_site(request):
        return HTMLResponse("", status_code=403)
    form = await request.form(max_files=0, max_fields=2)
    if not token or not token_matches(form, token):
        return HTMLResponse("", status_code=403)
    status = request.path_params["status"]
    if status not in {s for choices in BUTTONS.values() for s, _ in choices}:
        return HTMLResponse("", status_code=404)
    try:
        db = connect(create=False)
        if db is None:
            return HTMLResponse("", status_code=404)
        with db:
            change = OutcomeChange(request.path_params["case_id"].lower(), status)
            apply_outcomes(db, [change], today=today())
    except AppealgenError as e:
        log.warning("outcome not recorded (%s)", type(e).__name__)
        return HTMLResponse("", status_code=400)
    return HTMLResponse(render_panel(earlier_cases()))


def routes() -> list[Route]:
    return [
        Route("/cases", cases_panel, methods=["GET"]),
        Route("/cases/{case_id}/{status}", case_outcome, methods=["POST"]),
    ]
