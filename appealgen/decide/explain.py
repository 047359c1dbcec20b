"""The decision, printed for a person: what was denied and why, what to send, to whom, by when."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..corrections import confirm_edits, denied_question, get_value, source_of
from ..errors import InputError
from ..letters import LETTERS
from ..models import (
    Adjustment,
    Case,
    Claim,
    Denial,
    Evidence,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
)
from .facts import FUNDING_LABELS

WIDTH = 78
# How each letter is named for a person (the letter registry)
DOCUMENT_TITLES = {x.kind: x.title for x in LETTERS}


# What each stage means for a person, in the words explain uses
STAGE_WORDS = {
    "first_denial": "a first denial: the next step is an internal appeal to the plan",
    "final_internal_denial": "the plan's final internal decision: internal appeals are finished",
    "external_review_decision": "the decision of an external (independent) review",
    "fair_hearing_decision": "the decision of a state fair hearing",
}


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()), WIDTH, initial_indent=first or indent, subsequent_indent=indent
    )


def _day(d: date | None) -> str:
    return d.strftime("%B %-d, %Y") if d else "not known"


def format_explain(case: Case, track_record: dict[str, str] | None = None) -> str:
    """A readable account of the decision for a parent (plain text).

    ``track_record`` maps an argument id to a sentence on how this payer answered it
    before (from the case log); it is printed under the argument and changes nothing else.
    """
    r, d = case.parse, case.decision
    out: list[str] = []
    payer = r.payer.name or "Your plan"
    denied = r.denied_claims
    out.append(
        f"{payer}: {len(denied)} of {len(r.claims)} claim(s) denied or charged to you"
        + (f" (notice dated {_day(r.notice_date)})" if r.notice_date else "")
    )
    out.append(
        _wrap(f"This notice is {STAGE_WORDS.get(d.stage, d.stage)} ({d.stage_reason}).", "  ")
    )
    out.append("")
    if d.warnings:
        out.append("READ FIRST")
        out += [_wrap(w, "    ", "  ! ") for w in d.warnings]
        out.append("")

    out.append("WHAT WAS DENIED AND WHY")
    for c in denied:
        codes = ", ".join(ln.procedure_code for ln in c.service_lines if ln.procedure_code)
        dates = ", ".join(
            sorted({ln.date_of_service.isoformat() for ln in c.service_lines if ln.date_of_service})
        )
        owed = c.totals.patient_responsibility
        head = f"  Claim {c.claim_number or '(no number)'}"
        head += f", {dates}" if dates else ""
        head += f", {codes}" if codes else ""
        head += f": you are billed ${owed}" if owed is not None else ""
        out.append(head)
        if c.denial:
            cats = ", ".join(x.replace("_", " ") for x in c.denial.categories) or "not recognised"
            unsure = any(e["claim"] == r.claims.index(c) for e in d.reasons_to_confirm)
            out.append(
                _wrap(
                    ("Reason (not sure: check it): " if unsure else "Reason: ")
                    + cats
                    + (
                        f" ({' '.join(c.denial.carc + c.denial.rarc)})"
                        if c.denial.carc or c.denial.rarc
                        else ""
                    ),
                    "    ",
                )
            )
            if c.denial.reason_text:
                out.append(_wrap(f"The notice says: \u201c{c.denial.reason_text}\u201d", "    "))
        index = r.claims.index(c)
        for x in d.not_lactation_care:
            if x["claim"] == index:
                out.append(_wrap(f"Not lactation care: no letter for it ({x['reason']}).", "    "))
        for x in d.billing_defects:
            if x["claim"] == index:
                out.append(
                    _wrap(
                        "Billing error: the provider corrects the claim and sends it again "
                        "(see the corrected-claim request)"
                        + ("; no appeal for this claim." if x["only_reason"] else "."),
                        "    ",
                    )
                )
    question = denied_question(r)
    if question:  # the reader cannot tell: ask, never "nothing was denied" on a guess
        out.append(_wrap(question, "    ", "  ? "))
    elif not denied:
        out.append("  Nothing was denied.")
    out.append("")

    out += where_facts_come_from(r)

    out.append(f"THE PLAN (funding: {FUNDING_LABELS.get(d.funding, d.funding)})")
    v = d.venue
    out.append(
        _wrap(
            f"Who oversees it: {v.name or 'not known yet'}"
            + (f" - {v.url}" if v.url else "")
            + (f" - {v.phone}" if v.phone else ""),
            "    ",
            "  ",
        )
    )
    out.append(_wrap(v.reason, "    "))
    if v.guidance:
        out.append(_wrap(v.guidance, "    "))
    out.append("")

    out.append("BY WHEN")
    dl = d.deadlines
    for label, key, value in (
        ("Internal appeal", "internal_appeal", dl.internal_appeal),
        ("External review", "external_review", dl.external_review),
        ("Fair hearing", "fair_hearing", dl.fair_hearing),
    ):
        if key == "fair_hearing" and d.funding != "medicaid":
            continue
        passed = (
            " - PASSED, send it now and ask for acceptance for good cause"
            if key in d.overdue
            else ""
        )
        out.append(f"  {label}: {_day(value) if value else 'no date'}{passed}")
        if dl.reasons.get(key):
            out.append(_wrap(dl.reasons[key], "    "))
    out.append("")

    out.append("WHAT TO SEND, AND TO WHOM")
    for i, doc in enumerate(d.documents, 1):
        out.append(
            f"  {i}. {DOCUMENT_TITLES.get(doc.kind, doc.kind)} ({doc.file})"
            f" -> {doc.recipient or 'see the letter'}"
        )
        out.append(_wrap(doc.reason, "     "))
    if not d.documents:
        out.append("  Nothing to send.")
    out.append("")

    out.append("WHAT THE APPEAL ARGUES, IN ORDER")
    for i, a in enumerate(d.arguments, 1):
        out.append(_wrap(a.title or a.id, "     ", f"  {i}. "))
        out.append(_wrap(a.reason, "     "))
        for cite in a.citations:
            out.append(_wrap(cite, "       ", "     - "))
        if track_record and a.id in track_record:
            out.append(_wrap(track_record[a.id], "     "))
    if not d.arguments:
        out.append("  No legal argument applies; the appeal asks the plan to look again.")
    out += _waiting_for_reason(d.reasons_to_confirm)
    also = [s for s in d.suggestions if s != v.guidance]
    if also:
        out.append("")
        out.append("ALSO")
        out += [_wrap(s, "    ", "  - ") for s in also]
    if d.call_points:
        out.append("")
        out.append("WHEN YOU CALL")
        out += [_wrap(p, "    ", "  - ") for p in d.call_points]
    out.append("")
    out.append("This explains your options; it is not legal advice.")
    return "\n".join(out)


def _waiting_for_reason(entries: list[dict[str, Any]]) -> list[str]:
    """The arguments that wait for the person to confirm a reason the reader is not sure of."""
    from .. import knowledge

    out: list[str] = []
    categories, arguments = knowledge.categories(), knowledge.arguments()
    for e in entries:
        info = categories.get(e.get("read_as") or "")
        name = f"claim {e['claim_number']}" if e.get("claim_number") else f"claim {e['claim'] + 1}"
        reading = (
            f"appealgen reads it as \u201c{info.choice}\u201d"
            if info and e.get("read_as") != "other"
            else "appealgen does not recognise it"
        )
        titles = [
            f"\u201c{arguments[a]['title']}\u201d" for a in e.get("arguments", []) if a in arguments
        ]
        line = (
            f"The reason for {name} is not sure ({reading}); the letters leave a highlighted "
            f"place for its answer until you confirm it ({e['path']})"
        )
        line += (": then they also argue " + "; ".join(titles) + ".") if titles else "."
        out.append(_wrap(line, "    ", "  ? "))
    return out


SOURCE_WORDS = {
    "notice": "the notice",
    "notice (not sure)": "the notice, NOT SURE: check it",
    "profile": "your profile",
    "person": "you",
    "not printed": "not printed",
}


SHOWN_MAX_CHARS = 70


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and len(value) > SHOWN_MAX_CHARS:
        return value[:SHOWN_MAX_CHARS].rsplit(" ", 1)[0] + " \u2026"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("_", " ") if isinstance(value, str) else str(value)


def fact_rows(r: ParseResult) -> list[tuple[str, str, Any, str]]:
    """(label, path, value, source words) for each fact the letters state, present or not."""
    rows: list[tuple[str, str]] = [
        ("Member", "member.name"),
        ("Member ID", "member.id"),
        ("Plan", "plan.name"),
        ("Plan funding", "plan.funding"),
        ("State", "member.state"),
        ("Date of the notice", "notice_date"),
    ]
    for i, c in enumerate(r.claims):
        if not c.denied:
            continue
        rows += [
            (f"Claim {i + 1}: claim number", f"claims.{i}.claim_number"),
            (f"Claim {i + 1}: patient", f"claims.{i}.patient_name"),
            (f"Claim {i + 1}: denied", f"claims.{i}.denied"),
            (f"Claim {i + 1}: reason", f"claims.{i}.denial.primary_category"),
            (f"Claim {i + 1}: reason printed", f"claims.{i}.denial.reason_text"),
        ]
        for j, _ in enumerate(c.service_lines):
            rows += [
                (
                    f"Claim {i + 1}, line {j + 1}: date",
                    f"claims.{i}.service_lines.{j}.date_of_service",
                ),
                (
                    f"Claim {i + 1}, line {j + 1}: code",
                    f"claims.{i}.service_lines.{j}.procedure_code",
                ),
            ]
        rows.append((f"Claim {i + 1}: billed to you", f"claims.{i}.totals.patient_responsibility"))
    out = []
    for label, path in rows:
        value = get_value(r, path)
        if value in (None, "", []) or (path == "plan.funding" and value == "unknown"):
            continue
        out.append((label, path, value, SOURCE_WORDS[source_of(r, path)]))
    return out


def where_facts_come_from(r: ParseResult) -> list[str]:
    """The explain section naming, for each fact the letters use, who says so."""
    out = ["WHERE THE FACTS COME FROM (the notice, your profile, or you)"]
    for label, path, value, words in fact_rows(r):
        out.append(_wrap(f"{label}: {_shown(value)} [{path}] - {words}", "      ", "  "))
    out.append(
        _wrap(
            "Correct a value with --set PATH=VALUE (e.g. --set member.id=XJH4471209), or "
            "edit case.json and run generate on it.",
            "  ",
        )
    )
    out.append("")
    return out


# --------------------------------------------------------------------------
# Reading a parse document (or case.json) back, so `explain` works on saved JSON.


def _date(v: Any) -> date | None:
    try:
        return date.fromisoformat(v) if v else None
    except (TypeError, ValueError):
        return None


def _money(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)) if v not in (None, "") else None
    except InvalidOperation:
        return None


def result_from_dict(data: dict[str, Any]) -> ParseResult:
    """A ParseResult from the contract's parse document (extra keys such as decision ignored)."""

    def pick(cls: type, src: Any, **conv: Any) -> Any:
        src = src or {}
        kw = {
            k: conv[k](src[k]) if k in conv else src[k]
            for k in cls.__dataclass_fields__
            if k in src
        }
        return cls(**kw)

    def line(ln: dict[str, Any]) -> ServiceLine:
        money = {k: _money for k in ("billed", "allowed", "paid", "patient_responsibility")}
        return pick(
            ServiceLine,
            ln,
            date_of_service=_date,
            adjustments=lambda a: [
                Adjustment(
                    group=x.get("group"), code=x.get("code", ""), amount=_money(x.get("amount"))
                )
                for x in a or []
            ],
            **money,
        )

    def claim(c: dict[str, Any]) -> Claim:
        money = {k: _money for k in ("billed", "allowed", "paid", "patient_responsibility")}
        return pick(
            Claim,
            c,
            provider=lambda p: pick(Provider, p),
            service_lines=lambda s: [line(x) for x in s or []],
            totals=lambda t: pick(Totals, t, **money),
            denial=lambda d: pick(Denial, d) if d else None,
        )

    src = data.get("source") or {}
    evidence = data.get("evidence") or {}
    return ParseResult(
        source=pick(Source, {"file": src.get("file", ""), "sha256": src.get("sha256", ""), **src}),
        payer=pick(Payer, data.get("payer")),
        plan=pick(Plan, data.get("plan")),
        member=pick(Member, data.get("member")),
        notice_date=_date(data.get("notice_date")),
        claims=[claim(c) for c in data.get("claims") or []],
        warnings=list(data.get("warnings") or []),
        evidence={str(k): pick(Evidence, v) for k, v in evidence.items() if isinstance(v, dict)}
        if isinstance(evidence, dict)
        else {},
        not_printed=[str(p) for p in data.get("not_printed") or []],
        layout=dict(data.get("layout") or {}),
    )


def load_parse_json(path: Path) -> ParseResult:
    """Read a saved parse document or case.json; InputError when it is not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read this JSON file: {e}", file=str(path)) from e
    if not isinstance(data, dict) or "claims" not in data or "source" not in data:
        raise InputError(
            "this JSON file is not a parse document (no source/claims)", file=str(path)
        )
    result = result_from_dict(data)
    read = data.get("as_read")
    if isinstance(read, dict):
        # an edited case.json: what the person changed counts as the person's word
        result = confirm_edits(result, read)
    return result
