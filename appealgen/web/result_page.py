"""The web page's answers as HTML: the letters' result page and the one-line error.

Every value from the notice, the form or the case is escaped here; the page around
them is the template static/index.html.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..corrections import denied_question
from ..knowledge import categories
from ..letters import BY_KIND
from ..models import Case
from ..write.render import GenerateResult


@dataclass
class Outcome:
    """What the result page shows: the upload's name, its case, the letters written and
    the download's id."""

    display_name: str
    case: Case
    written: GenerateResult
    job_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _day(d: date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "not known"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _list(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def render_result(outcome: Outcome, ttl_minutes: int) -> str:
    """The answer: the download, the deadline, what was denied and why, the letters and
    where each goes, what to fill in and enclose, and who oversees the plan."""
    case, written = outcome.case, outcome.written
    r, d = case.parse, case.decision
    descriptions = {k: v.description for k, v in categories().items()}
    out: list[str] = []
    out.append('<section id="result" class="result" aria-labelledby="result-title">')
    out.append('<h2 id="result-title" tabindex="-1">Your letters are ready</h2>')
    payer = r.payer.name or "your plan"
    denied = r.denied_claims
    notice = f", dated {_day(r.notice_date)}" if r.notice_date else ""
    out.append(
        f'<p class="lead">We read <strong>{esc(outcome.display_name)}</strong>, a notice from '
        f"{esc(payer)}{esc(notice)}: {esc(len(denied))} of {esc(_plural(len(r.claims), 'claim'))} "
        "denied or charged to you.</p>"
    )
    out.append(
        '<div class="download"><a class="button" id="download" '
        f'href="/download/{esc(outcome.job_id)}">Download your letters (.zip)</a>'
        '<p class="hint">Word files you can edit, the case file, and these notes. '
        "The download works once: afterwards, or after "
        f"{esc(ttl_minutes)} minutes, the letters are deleted from this computer's "
        "temporary folder.</p></div>"
    )
    if d.warnings:
        out.append('<div class="callout"><h3>Read this first</h3>')
        out.append(_list(d.warnings))
        out.append("</div>")

    dl = d.deadlines
    out.append('<h3>Your deadline</h3><div class="deadline">')
    kinds = {doc.kind for doc in d.documents}
    if "appeal" not in kinds and "corrected_claim_request" in kinds:
        # only a billing defect: the provider corrects the claim, no appeal is written
        out.append(
            '<p class="date">Send the corrected-claim request to your provider\'s billing '
            "office now: the provider corrects the claim and sends it again, which settles a "
            "billing error faster than an appeal.</p>"
        )
        if dl.internal_appeal:
            out.append(
                "<p>If the plan denies the corrected claim, the deadline to appeal this notice "
                f"is <strong>{esc(_day(dl.internal_appeal))}</strong>.</p>"
            )
    elif dl.internal_appeal and "internal_appeal" in d.overdue:
        # a passed deadline is said first, and what to do about it
        out.append(
            '<p class="date">The deadline to appeal was '
            f"<strong>{esc(_day(dl.internal_appeal))}</strong> and it has passed: send the "
            "appeal now. It asks the plan to accept it late for good cause.</p>"
        )
    elif dl.internal_appeal:
        out.append(
            f'<p class="date">Send the appeal by <strong>{esc(_day(dl.internal_appeal))}</strong></p>'
        )
    else:
        out.append('<p class="date">Send the appeal as soon as you can.</p>')
    if dl.reasons.get("internal_appeal"):
        out.append(f'<p class="why">{esc(dl.reasons["internal_appeal"])}</p>')
    if dl.external_review:
        out.append(f"<p>External review: by {esc(_day(dl.external_review))}.</p>")
    if d.funding == "medicaid" and dl.fair_hearing:
        out.append(f"<p>Medicaid fair hearing: by {esc(_day(dl.fair_hearing))}.</p>")
    out.append("</div>")

    out.append("<h3>What was denied, and why</h3>")
    for c in denied:
        dates = sorted({ln.date_of_service for ln in c.service_lines if ln.date_of_service})
        head = [f"Claim {c.claim_number}" if c.claim_number else "A claim"]
        if dates:
            days = [_day(x) for x in dates]
            head.append(
                ("visit on " if len(days) == 1 else "visits on ")
                + (", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else days[0])
            )
        owed = c.totals.patient_responsibility
        billed = f" — you are billed <strong>${esc(owed)}</strong>" if owed is not None else ""
        out.append(f'<div class="claim"><p class="claim-head">{esc(" — ".join(head))}{billed}</p>')
        if c.denial:
            cats = c.denial.categories or []
            primary = c.denial.primary_category or (cats[0] if cats else None)
            if primary:
                words = primary.replace("_", " ")
                out.append(
                    f'<p><strong>Reason:</strong> <span class="category">{esc(words)}</span>. '
                    f"{esc(descriptions.get(primary, ''))}</p>"
                )
                others = [x.replace("_", " ") for x in cats if x != primary]
                if others:
                    out.append(f'<p class="why">Also: {esc(", ".join(others))}.</p>')
            else:
                out.append(
                    "<p><strong>Reason:</strong> not recognised; the appeal asks the plan "
                    "to explain it.</p>"
                )
            if c.denial.reason_text:
                out.append(
                    f'<blockquote class="quote">The notice says: \u201c{esc(c.denial.reason_text)}'
                    "\u201d</blockquote>"
                )
        out.append("</div>")
    question = denied_question(r)
    if question:  # never "nothing was denied" on a guess: ask
        out.append(f'<p class="callout">{esc(question)}</p>')
    elif not denied:
        out.append("<p>Nothing on this notice was denied.</p>")

    plans = {doc.file: doc for doc in d.documents}
    letters = [p for p in written.files if p.suffix == ".docx"]
    out.append("<h3>Your letters, and who to send them to</h3>")
    out.append('<ol class="letters">')
    for path in letters:
        kind = path.stem
        doc = plans.get(path.name)
        entry = BY_KIND.get(kind)
        title = entry.title if entry else kind.replace("_", " ")
        recipient = (doc.recipient if doc else None) or (entry.addressed_to if entry else None)
        reason = (doc.reason if doc else "") or (entry.description if entry else "")
        out.append(
            f'<li><p class="letter-title"><strong>{esc(title)}</strong> '
            f'<span class="file">{esc(path.name)}</span></p>'
        )
        if recipient:
            verb = "Call" if kind == "call_script" else "Send to"
            out.append(f'<p class="to">{verb}: {esc(recipient)}</p>')
        if reason:
            out.append(f'<p class="why">{esc(reason)}</p>')
        out.append("</li>")
    out.append("</ol>")

    if written.check:
        out.append('<h3 id="check-first">Check before sending</h3>')
        out.append(
            "<p>We were not sure of these, so the letters leave them as highlighted blanks "
            "like <mark>[your member ID]</mark>. Check them on your notice and type them in "
            "Word, or upload the notice again and correct them in the form.</p>"
        )
        out.append(_list([c.line() for c in written.check], "missing check"))
    if written.missing:
        out.append("<h3>Fill in before sending</h3>")
        out.append(
            "<p>These are highlighted in the letters, like <mark>[your phone number]</mark>. "
            "Type them in Word, or add them to the form below and make the letters again.</p>"
        )
        out.append(_list(written.missing, "missing"))
    if written.enclosures:
        out.append("<h3>Put in the envelope with the appeal</h3>")
        out.append(_list(written.enclosures, "checklist"))
    for note in written.warnings:
        out.append(f'<p class="why">Note: {esc(note)}</p>')

    v = d.venue
    if v.name:
        out.append("<h3>Who oversees your plan</h3>")
        line = f"<p><strong>{esc(v.name)}</strong>"
        if v.phone:
            line += f" · {esc(v.phone)}"
        if v.url:
            line += (
                f' · <a href="{esc(v.url)}" rel="noopener noreferrer" target="_blank">'
                "their complaint page</a>"
            )
        out.append(line + "</p>")
        if v.guidance:
            out.append(f'<p class="why">{esc(v.guidance)}</p>')
    out.append('<p class="legal">This explains your options; it is not legal advice.</p>')
    out.append("</section>")
    return "\n".join(out)


def render_error(message: str, title: str = "We could not make letters from this file") -> str:
    return (
        '<section id="result" class="result result-error" role="alert" '
        'aria-labelledby="result-title">'
        f'<h2 id="result-title" tabindex="-1">{esc(title)}</h2>'
        f'<p class="error-line">{esc(message)}</p>'
        "</section>"
    )
