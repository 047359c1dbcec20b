"""The review form: every fact the letters will use, as an input filled in from the
notice, and the parent's answer read back as corrections.
"""

from __future__ import annotations

from typing import Any

from .. import corrections
from ..corrections import get_value, is_sure, shown
from ..corrections.paths import MAX_VALUE_CHARS
from ..knowledge import categories
from ..models import FUNDING_KINDS, Evidence, ParseResult
from .result_page import esc
from .review_store import Review

MAX_REVIEW_FIELDS = 600  # a notice with many claims and lines: each fact one input, plus ticks
REMEMBER_FIELD = "remember_layout"
OK_PREFIX = "ok:"  # a tick: "this unsure value is right"
FUNDING_WORDS = {
    "fully_insured": "Fully insured (an insurance company's plan)",
    "self_funded": "Self-funded by an employer (ASO, self-insured)",
    "medicaid": "Medicaid",
    "governmental": "A state, county, city or school district's plan",
    "medicare": "Medicare",
    "church": "A church's plan",
    "fehb": "Federal Employees Health Benefits (FEHB)",
    "tricare": "TRICARE",
    "short_term": "Short-term plan",
    "unknown": "Not sure",
}
# (path, label, input kind) for the facts every notice has
HEADER_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("member.name", "The member's name", "text"),
    ("member.id", "Member ID", "text"),
    ("plan.name", "Plan", "text"),
    ("plan.funding", "How the plan is funded", "funding"),
    ("member.state", "State (two letters)", "text"),
    ("notice_date", "Date of the notice", "date"),
    ("plan.type", "Plan type (HMO, PPO, …)", "text"),
    ("plan.group_number", "Group number", "text"),
)
CLAIM_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("denied", "Was this claim denied, or were you charged for it?", "denied"),
    ("claim_number", "Claim number", "text"),
    ("patient_name", "Patient", "text"),
    ("denial.primary_category", "Why they denied it", "category"),
    ("denial.reason_text", "Their reason, in the notice's words", "longtext"),
    ("totals.billed", "Amount billed", "money"),
    ("totals.paid", "Amount the plan paid", "money"),
    ("totals.patient_responsibility", "Amount billed to you", "money"),
)
LINE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("date_of_service", "Date of the visit", "date"),
    ("procedure_code", "Code billed", "text"),
)
# the codes the letters quote, shown when the notice printed them (comma-separated)
CLAIM_CODE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("denial.carc", "Denial codes (CARC, e.g. CO-242)", "text"),
    ("denial.rarc", "Remark codes (RARC, e.g. N130)", "text"),
    ("diagnosis_codes", "Diagnosis codes", "text"),
)
LINE_CODE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("modifiers", "Modifiers", "text"),
    ("diagnosis_codes", "Diagnosis codes", "text"),
)


def review_paths(result: ParseResult) -> list[tuple[str, str, str]]:
    """(path, label, kind) of every fact the form shows, in the order it shows them."""
    out = list(HEADER_FIELDS)
    for i, claim in enumerate(result.claims):
        for name, label, kind in CLAIM_FIELDS:
            out.append((f"claims.{i}.{name}", label, kind))
        for name, label, kind in CLAIM_CODE_FIELDS:
            if get_value(result, f"claims.{i}.{name}"):
                out.append((f"claims.{i}.{name}", label, kind))
        for j, _ in enumerate(claim.service_lines):
            base = f"claims.{i}.service_lines.{j}"
            for name, label, kind in LINE_FIELDS:
                out.append((f"{base}.{name}", f"Line {j + 1}: {label}", kind))
            for name, label, kind in LINE_CODE_FIELDS:
                if get_value(result, f"{base}.{name}"):
                    out.append((f"{base}.{name}", f"Line {j + 1}: {label}", kind))
    return out


# where the form's crop of a fact without a place of its own comes from: whether a claim
# was denied and why are read from its codes and its reason's words
WHERE_READ_FALLBACKS = {
    "denied": ("denial.carc", "denial.reason_text", "denial.rarc"),
    "denial.primary_category": ("denial.reason_text", "denial.carc", "denial.rarc"),
}


def where_read(result: ParseResult, path: str) -> Evidence | None:
    """The evidence whose page and box show where ``path`` was read: its own, or for a
    claim's denial and its category, the codes or reason words it was read from."""
    ev = result.evidence.get(path)
    if ev is not None and ev.page and ev.bbox:
        return ev
    parts = path.split(".")
    if parts[0] == "claims" and len(parts) > 2:
        for other in WHERE_READ_FALLBACKS.get(".".join(parts[2:]), ()):
            alt = result.evidence.get(f"claims.{parts[1]}.{other}")
            if alt is not None and alt.page and alt.bbox:
                return alt
    return None


def _input_value(result: ParseResult, path: str) -> str:
    value = get_value(result, path)
    if path.endswith(".denied"):
        return "yes" if value else "no"
    if value is None:
        return ""
    return shown(value) if not isinstance(value, str) else value


def _field_id(path: str) -> str:
    return "f-" + path.replace(".", "-")


# the kinds shown as a list of choices (radio buttons): each choice's words wrap on a
# phone, where a closed <select> would cut long wording off
CHOICE_KINDS = ("funding", "denied", "category")
DENIED_WORDS = (("yes", "Yes, denied or charged to me"), ("no", "No, it was paid"))
LONGTEXT_MAX_CHARS = MAX_VALUE_CHARS  # what a correction may hold


def _choices(kind: str) -> list[tuple[str, str]]:
    """(value, words) of a choice kind's options."""
    if kind == "funding":
        return [(k, FUNDING_WORDS.get(k, k)) for k in FUNDING_KINDS]
    if kind == "denied":
        return list(DENIED_WORDS)
    return [(k, c.choice) for k, c in categories().items()]


def _radios(path: str, fid: str, options: list[tuple[str, str]], current: str) -> str:
    """One radio button a choice, each with its own label (ids ``fid-<value>``)."""
    out = []
    for k, words in options:
        oid = f"{fid}-{k}"
        checked = " checked" if k == current else ""
        out.append(
            f'<span class="option"><input type="radio" id="{esc(oid)}" name="{esc(path)}" '
            f'value="{esc(k)}"{checked}><label for="{esc(oid)}">{esc(words)}</label></span>'
        )
    return f'<span class="options">{"".join(out)}</span>'


def _control(result: ParseResult, path: str, kind: str, fid: str, hint_id: str) -> str:
    value = _input_value(result, path)
    if kind in CHOICE_KINDS:
        options = _choices(kind)
        current = value if any(k == value for k, _ in options) else ""
        return _radios(path, fid, options, current)
    attrs = f'id="{fid}" name="{esc(path)}" aria-describedby="{hint_id}"'
    if kind == "longtext":
        return (
            f'<textarea {attrs} rows="3" maxlength="{LONGTEXT_MAX_CHARS}">{esc(value)}</textarea>'
        )
    typ = "date" if kind == "date" else "text"
    extra = ' inputmode="decimal"' if kind == "money" else ""
    return f'<input type="{typ}" {attrs} value="{esc(value)}" maxlength="300"{extra}>'


def render_review(review_id: str, review: Review, token: str) -> str:
    """The review form, as the page's ``#result`` section."""
    r = review.result
    out: list[str] = [
        '<section id="result" class="result review" aria-labelledby="result-title">',
        '<h2 id="result-title" tabindex="-1">Check what we read</h2>',
        f'<p class="lead">We read <strong>{esc(review.display_name)}</strong>. These are the '
        "facts your letters will state. Compare them with your notice and fix anything "
        'wrong. Facts marked <span class="unsure-tag">check this</span> are ones we are '
        "not sure of: correct them, or tick <em>This is right</em>; otherwise the letters "
        "leave a highlighted blank for you to fill in.</p>",
    ]
    question = corrections.denied_question(r)
    if question:
        out.append(f'<div class="callout" role="note"><p>{esc(question)}</p></div>')
    out.append(
        f'<form id="review-form" class="review-form" action="/review/{esc(review_id)}" '
        'method="post">'
        f'<input type="hidden" name="token" value="{esc(token)}">'
    )
    groups: list[tuple[str, list[tuple[str, str, str]]]] = [("About you and your plan", [])]
    for path, label, kind in review_paths(r):
        if path.startswith("claims."):
            i = int(path.split(".")[1])
            title = f"Claim {i + 1}"
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
        groups[-1][1].append((path, label, kind))
    for title, fields in groups:
        out.append(f'<fieldset class="facts"><legend>{esc(title)}</legend>')
        for path, label, kind in fields:
            out.append(_fact(review_id, review, path, label, kind))
        out.append("</fieldset>")
    out.append(
        '<p class="check"><input type="checkbox" id="remember_layout" '
        f'name="{REMEMBER_FIELD}" value="yes" aria-describedby="remember-hint">'
        '<label for="remember_layout">Remember this layout</label></p>'
        '<p class="hint" id="remember-hint">Next time a notice from this insurer looks like '
        "this one, appealgen reads it the way you corrected it. Kept on this computer only.</p>"
        '<p class="actions"><button type="submit" id="make-letters" class="button">'
        "Make my letters</button></p></form></section>"
    )
    return "\n".join(out)


def _fact(review_id: str, review: Review, path: str, label: str, kind: str) -> str:
    r = review.result
    fid = _field_id(path)
    hint_id = fid + "-hint"
    value = get_value(r, path)
    present = value not in (None, "", []) and not (kind == "funding" and value == "unknown")
    unsure = present and not is_sure(r, path)
    ev = r.evidence.get(path)
    classes = "fact" + (" unsure" if unsure else "")
    tag = ' <span class="unsure-tag">check this</span>' if unsure else ""
    if kind in CHOICE_KINDS:  # a group of choices, named by its legend
        bits = [
            f'<fieldset class="{classes} choice" data-path="{esc(path)}" '
            f'aria-describedby="{hint_id}"><legend>{esc(label)}{tag}</legend>'
        ]
    else:
        bits = [f'<div class="{classes}" data-path="{esc(path)}">']
        bits.append(f'<label for="{fid}">{esc(label)}{tag}</label>')
    bits.append(_control(r, path, kind, fid, hint_id))
    notes: list[str] = []
    if ev is not None and ev.source in ("profile", "person"):
        notes.append("from your profile" if ev.source == "profile" else "your correction")
    elif not present and path in r.not_printed:
        notes.append("not printed on the notice")
    elif not present:
        notes.append("not found on the notice")
    if unsure and ev is not None and ev.reason:
        notes.append(f"not sure: {ev.reason}")
    elif unsure:
        notes.append("not sure")
    if kind == "category":
        claim = r.claims[int(path.split(".")[1])]
        words = claim.denial.reason_text if claim.denial else None
        if words:
            notes.append(f"the notice says: \u201c{words}\u201d")
    bits.append(f'<span class="hint" id="{hint_id}">{esc("; ".join(notes))}</span>')
    crop = review.crops.get(path)
    if crop:
        where = where_read(r, path)
        page = f" (page {where.page})" if where and where.page else ""
        bits.append(
            f'<img class="crop" src="/crop/{esc(review_id)}/{esc(crop)}" '
            f'alt="Where the notice shows it{esc(page)}" loading="lazy">'
        )
    if unsure:
        ok = OK_PREFIX + path
        bits.append(
            f'<span class="ok"><input type="checkbox" id="{fid}-ok" name="{esc(ok)}" value="yes">'
            f'<label for="{fid}-ok">This is right</label></span>'
        )
    bits.append("</fieldset>" if kind in CHOICE_KINDS else "</div>")
    return "".join(bits)


def corrections_from_form(result: ParseResult, form: Any) -> list[tuple[str, str]]:
    """``PATH=VALUE`` pairs for what the parent changed or ticked as right.

    A value that differs from what was read is the parent's; an unsure value left alone
    stays unsure unless its "This is right" box is ticked. Values outside a path's
    vocabulary raise InputError (one line) from ``corrections.apply``.
    """
    pairs: list[tuple[str, str]] = []
    for path, _, kind in review_paths(result):
        raw = form.get(path)
        if not isinstance(raw, str):
            continue
        raw = raw.strip()
        before = _input_value(result, path)
        if kind == "denied":
            raw = "true" if raw == "yes" else "false"
            before = "true" if before == "yes" else "false"
        if kind == "category" and raw == "" and before == "":
            continue
        if kind == "longtext":  # a text box sends its line ends as CR LF
            raw, before = " ".join(raw.split()), " ".join(before.split())
        if raw != before or form.get(OK_PREFIX + path) == "yes":
            pairs.append((path, raw))
    return pairs
