"""A parse result as plain text for a person (``appealgen parse FILE`` without --json)."""

from __future__ import annotations

from decimal import Decimal

from ..models import ParseResult

FUNDING_WORDS = {
    "fully_insured": "fully insured (regulated by the state insurance department)",
    "self_funded": "self-funded by the employer (regulated by the US Department of Labor)",
    "medicaid": "Medicaid",
    "governmental": "a government employer's plan",
    "medicare": "Medicare",
    "unknown": "not stated on the notice",
}


def _m(v: Decimal | None) -> str:
    return f"${v:,.2f}" if v is not None else "—"


def _v(v: object) -> str:
    return "—" if v in (None, "", []) else str(v)


def format_parse(result: ParseResult) -> str:
    r = result
    out = [
        f"{r.source.file}  ({r.source.kind.replace('_', ' ')}, {r.source.pages} page(s)"
        + (", read by OCR" if r.source.ocr_used else "")
        + ")",
        "",
        f"Insurer:      {_v(r.payer.name)}" + (f"  ({r.payer.state})" if r.payer.state else ""),
        f"Phone:        {_v(r.payer.phone)}",
        f"Plan:         {_v(r.plan.name)}  type {_v(r.plan.type)}  group {_v(r.plan.group_number)}",
        f"Funding:      {FUNDING_WORDS.get(r.plan.funding, r.plan.funding)}",
        f"Member:       {_v(r.member.name)}  ID {_v(r.member.id)}"
        + (f"  ({r.member.state})" if r.member.state else ""),
        f"Notice date:  {_v(r.notice_date)}",
        "",
    ]
    for n, c in enumerate(r.claims, 1):
        status = "DENIED" if c.denied else "paid"
        out.append(f"Claim {n}: {_v(c.claim_number)}  [{status}]")
        out.append(f"  Patient:   {_v(c.patient_name)}")
        prov = c.provider
        out.append(f"  Provider:  {_v(prov.name)}  NPI {_v(prov.npi)}  network {_v(prov.network)}")
        for sl in c.service_lines:
            mods = ("-" + "-".join(sl.modifiers)) if sl.modifiers else ""
            codes = " ".join(
                [a.group + "-" + a.code if a.group else a.code for a in sl.adjustments]
                + sl.remark_codes
            )
            out.append(
                f"  {_v(sl.date_of_service)}  {_v(sl.procedure_code)}{mods:<4} "
                f"dx {','.join(sl.diagnosis_codes) or '—':<8} billed {_m(sl.billed):>10}  "
                f"allowed {_m(sl.allowed):>10}  paid {_m(sl.paid):>10}  you owe "
                f"{_m(sl.patient_responsibility):>10}  {codes}"
            )
        t = c.totals
        out.append(
            f"  Totals: billed {_m(t.billed)}, allowed {_m(t.allowed)}, paid {_m(t.paid)}, "
            f"you owe {_m(t.patient_responsibility)}"
        )
        if c.denial:
            d = c.denial
            out.append(
                f"  Denial: {_v(d.primary_category)}  (all: {', '.join(d.categories) or '—'})"
            )
            if d.carc or d.rarc:
                out.append(f"  Codes:  {' '.join(d.carc + d.rarc)}")
            if d.reason_text:
                out.append(f"  Reason: {d.reason_text}")
        out.append("")
    for w in r.warnings:
        out.append(f"Note: {w}")
    return "\n".join(out).rstrip() + "\n"
