"""The template context: the ONE function that turns a Case + Profile + voice into letter data.

Every value handed to a template is data, never template code: strings are rendered
with autoescape (so ``&``, ``<`` and ``{{ 7*7 }}`` come out literally), ``None`` never
reaches a template, and a value the letter needs but nobody supplied becomes a
``Placeholder`` that renders as highlighted ``[your phone number]`` and records itself
in the letter's ``missing`` list. docs/templates.md lists every variable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from markupsafe import Markup, escape

from ..errors import TemplateError
from ..models import Case, Claim, DocumentPlan
from .profile import Profile

VOICES = ("member", "provider")
# Private-use characters that mark a placeholder in rendered XML until render.py highlights it
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
CALL_LOG_MIN_ROWS = 6
DEFAULT_CALL_CODES = "S9443 or 99401\u201399404"
LACTATION_DIAGNOSIS = "Z39.1"
REASON_MAX_CHARS = 300  # longest denial reason quoted in a letter
STANDARD_CODES = ("S9443", "99401", "99402", "99403", "99404")
# A billing provider named like a practice, not a person (no credential to ask for)
_ORG_WORDS = re.compile(
    r"\b(?:LLC|PLLC|Inc|Corp|Collaborative|Clinic|Center|Centre|Group|Services|Associates|"
    r"Practice|Partners|Hospital|Health|Care|Lactation|Network|Company)\b\.?",
    re.IGNORECASE,
)

# Verified in DOMAIN.md §5.3 (official EBSA page); used when the decision's venue is not EBSA
EBSA_NAME = "U.S. Department of Labor, Employee Benefits Security Administration (EBSA)"
EBSA_URL = "https://www.askebsa.dol.gov/WebIntake"
EBSA_PHONE = "1-866-444-3272"

# Characters XML 1.0 forbids, docxtpl's own control characters (\a new paragraph,
# \f page break, \v) and our placeholder marks: removed from every user value.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff" + MARK_OPEN + MARK_CLOSE + "]")


class Placeholder:
    """A missing value: renders as one highlighted ``[label]`` and records the label."""

    __slots__ = ("label", "_seen")

    def __init__(self, label: str, seen: list[str]) -> None:
        self.label = label
        self._seen = seen

    def __html__(self) -> Markup:
        if self.label not in self._seen:
            self._seen.append(self.label)
        return Markup(MARK_OPEN) + escape(f"[{self.label}]") + Markup(MARK_CLOSE)

    def __str__(self) -> str:
        return f"[{self.label}]"

    def __repr__(self) -> str:
        return f"Placeholder({self.label!r})"


class Phrase:
    """Text made of plain strings and placeholders, rendered escaped, piece by piece."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Any) -> None:
        self.parts = [p for p in parts if p is not None and p != ""]

    def __html__(self) -> Markup:
        return Markup("").join(escape(p) for p in self.parts)

    def __str__(self) -> str:
        return "".join(str(p) for p in self.parts)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


@dataclass
class LetterContext:
    """The values for one template, and the placeholders it rendered (filled during render)."""

    kind: str
    values: dict[str, Any]
    missing: list[str] = field(default_factory=list)
    enclosures: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Argument texts: the one place the write stage reads the knowledge base


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def argument_library() -> tuple[dict[str, Any], dict[str, Any]]:
    """(arguments by id, citations by id) from ``appealgen.knowledge``.

    Raises TemplateError when the knowledge base has no argument loader.
    """
    from .. import knowledge

    load_args = getattr(knowledge, "arguments", None)
    load_cites = getattr(knowledge, "citations", None)
    if load_args is None:
        raise TemplateError("the argument texts are not available (appealgen.knowledge.arguments)")
    return load_args(), (load_cites() if load_cites else {})


def plan_track(track_id: str | None) -> dict[str, Any]:
    """The decision's plan-type track (data/tracks.yaml); the unknown track when absent."""
    from .. import knowledge

    table = knowledge.tracks()
    return table.get(track_id or "unknown") or table["unknown"]


def _paragraphs(text: Any) -> list[str]:
    if text is None:
        return []
    if isinstance(text, list | tuple):
        out: list[str] = []
        for t in text:
            out.extend(_paragraphs(t))
        return out
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", str(text)) if chunk.strip()]


def _citation_text(cid: str, cites: dict[str, Any]) -> tuple[str, str]:
    entry = cites.get(cid)
    if entry is None:
        return cid, ""
    if isinstance(entry, str):
        return entry, ""
    variants = _get(entry, "variants")
    if isinstance(variants, dict) and variants:
        # a parallel-regulation pair: without the funding, print every variant
        texts = _unique(str(_get(v, "text") or "") for v in variants.values())
        urls = _unique(str(_get(v, "url") or "") for v in variants.values())
        return " and ".join(texts) or cid, (urls[0] if urls else "")
    return str(_get(entry, "text") or cid), str(_get(entry, "url") or "")


# Who a document's arguments speak to (``audiences`` in data/arguments/*.yaml). The
# legislator letter and the call script carry no arguments: the one argues for a change
# of policy, the other has its own call points.
DOCUMENT_AUDIENCE = {
    "appeal": "plan",
    "gap_exception": "plan",
    "external_review": "plan",
    # the hearing is the state's review after the plan's appeal, not a request to the plan
    "medicaid_fair_hearing": "regulator",
    "state_complaint": "regulator",
    "ebsa_request": "regulator",
    "employer_letter": "employer",
}
DEFAULT_AUDIENCES = ("plan", "regulator")


def argument_text_key(voice: str, prospective: bool, audience: str = "plan") -> str:
    """The argument field a letter reads: the member's own words, the practice's, the
    before-the-visit wording of either, or the employer's version, which is written in
    neither voice (see data/arguments/README.md)."""
    if audience == "employer":
        return "text_employer"
    if prospective:
        return "text_prospective_provider" if voice == "provider" else "text_prospective"
    return "text_provider" if voice == "provider" else "text"


def _argument_audiences(known: dict[str, Any], arg_id: str) -> tuple[str, ...]:
    arg = known.get(arg_id)
    return tuple((_get(arg, "audiences") if arg is not None else None) or DEFAULT_AUDIENCES)


def chosen_arguments(
    case: Case,
    library: Callable[[], tuple[dict, dict]] | None = None,
    *,
    voice: str = "member",
    prospective: bool = False,
    audience: str = "plan",
) -> tuple[list[dict[str, Any]], list[str]]:
    """The decision's arguments as readable prose, and the list of sources they cite.

    The decision carries each argument's title, member-voice text and readable citations
    (picked for the plan's regime). The member's claim letters use that text; the
    provider's voice, the prospective request and the employer letter take their wording
    from the knowledge base, by argument id, and keep the decision's citations. Only the
    arguments whose ``audiences`` include ``audience`` are kept (an argument the
    knowledge base does not know speaks to the plan and the regulator).
    """
    choices = case.decision.arguments
    if not choices:
        return [], []
    key = argument_text_key(voice, prospective, audience)
    library_data = (library or argument_library)()
    args, cites = library_data
    choices = [c for c in choices if audience in _argument_audiences(args, c.id)]
    out, sources = [], []
    for choice in choices:
        title, text = getattr(choice, "title", ""), getattr(choice, "text", "")
        names = list(choice.citations)
        urls = list(getattr(choice, "citation_urls", []) or [])
        if key != "text" or not text:
            arg = args.get(choice.id)
            text = _get(arg, key) if arg is not None else None
            if not text:
                raise TemplateError(
                    f"argument {choice.id!r} chosen by the decision has no {key!r} "
                    "in appealgen/data/arguments"
                    + (f" ({_get(arg, 'file')})" if arg is not None and _get(arg, "file") else "")
                )
            # the knowledge base's title is written for every voice
            title = str(_get(arg, "title") or "") or title
            if not names:
                pairs = [_citation_text(cid, cites) for cid in _get(arg, "citations") or []]
                names, urls = [n for n, _ in pairs], [u for _, u in pairs]
        for i, name in enumerate(names):
            url = urls[i] if i < len(urls) and urls[i] else ""
            src = f"{name} \u2014 {url}" if url else name
            if src not in sources:
                sources.append(src)
        out.append(
            {
                "id": choice.id,
                "title": str(title or ""),
                "paragraphs": _paragraphs(text),
                "citations": names,
                "citation_line": _sources_line(names),
            }
        )
    return out, sources


def _sources_line(names: list[str]) -> str:
    """The "Sources: a; b." line, without a doubled full stop after "et seq." and the like."""
    if not names:
        return ""
    line = "Sources: " + "; ".join(names)
    return line if line.endswith(".") else line + "."


# --------------------------------------------------------------------------
# Small formatters


def fmt_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return f"{value:%B} {value.day}, {value.year}"


def fmt_money(value: Decimal | None) -> str:
    return "" if value is None else f"${value.quantize(Decimal('0.01')):,}"


def _join(items: Iterable[str], last: str = " and ") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


def _unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _shorten(text: str, limit: int = REASON_MAX_CHARS) -> str:
    """A quoted reason cut at a word boundary, so a misread notice cannot flood the letter."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " \u2026"


def clean_text(text: str) -> str:
    """A user value made safe for docxtpl: no XML-illegal or control characters, and
    docxtpl's escaped delimiters (``{_{``) kept literal with a zero-width space."""
    text = _BAD_CHARS.sub("", text)
    return text.replace("{_", "{\u200b_").replace("_}", "_\u200b}")


def _sanitize(obj: Any) -> Any:
    if obj is None:
        return ""
    if isinstance(obj, str):
        return clean_text(obj)
    if isinstance(obj, Phrase):
        obj.parts = [_sanitize(p) for p in obj.parts]
        return obj
    if isinstance(obj, dict):
        return {k: _sanitize(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_sanitize(v) for v in obj]
    if isinstance(obj, bool | int | Placeholder):
        return obj
    return clean_text(str(obj))


# --------------------------------------------------------------------------
# The context


def _claims_for(case: Case, plan: DocumentPlan | None) -> list[Claim]:
    denied = case.parse.denied_claims or case.parse.claims
    if plan and plan.claim_numbers:
        chosen = [c for c in denied if c.claim_number in plan.claim_numbers]
        return chosen or denied
    return denied


def _codes(claims: list[Claim]) -> str:
    procs, diags = [], []
    for c in claims:
        for line in c.service_lines:
            if line.procedure_code:
                mods = "-".join(line.modifiers)
                procs.append(f"{line.procedure_code}-{mods}" if mods else line.procedure_code)
            diags.extend(line.diagnosis_codes)
        diags.extend(c.diagnosis_codes)
    procs, diags = _unique(procs), _unique(diags)
    text = ", ".join(procs)
    if diags:
        text += ("; " if text else "") + "diagnosis " + ", ".join(diags)
    return text


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal("0")) if present else None


def _state_name(code: str) -> str:
    """ "Massachusetts" for "MA", from the regulators table; the code itself if unknown."""
    if not code:
        return ""
    try:
        from .. import knowledge

        row = getattr(knowledge, "regulators", dict)().get(code.upper())
    except Exception:  # noqa: BLE001 - a name is a nicety; the code still reads fine
        row = None
    return str(_get(row, "state_name") or code) if row else code


def _ebsa_venue(venue: Any) -> dict[str, str]:
    """EBSA's name, url and phone: the decision's venue, else the knowledge base, else DOMAIN.md."""
    if venue.kind == "us_dol_ebsa" and venue.name:
        return {
            "name": venue.name,
            "url": venue.url or EBSA_URL,
            "phone": venue.phone or EBSA_PHONE,
        }
    try:
        from .. import knowledge

        for entry in getattr(knowledge, "federal_venues", dict)().values():
            if _get(entry, "kind") == "us_dol_ebsa" and _get(entry, "name"):
                return {
                    "name": _get(entry, "name"),
                    "url": _get(entry, "url") or EBSA_URL,
                    "phone": _get(entry, "phone") or EBSA_PHONE,
                }
    except Exception:  # noqa: BLE001 - the constants below are verified fallbacks
        pass
    return {"name": EBSA_NAME, "url": EBSA_URL, "phone": EBSA_PHONE}


def build_context(
    case: Case,
    profile: Profile | None,
    *,
    voice: str = "member",
    kind: str,
    plan: DocumentPlan | None = None,
    today: date | None = None,
    prospective: bool = False,
    library: Callable[[], tuple[dict, dict]] | None = None,
) -> LetterContext:
    """Everything one template may use (see docs/templates.md), for one document kind.

    ``plan`` is the decision's DocumentPlan for this document (recipient, claims);
    ``prospective`` is True for ``appealgen prepare`` (no claim yet).
    """
    if voice not in VOICES:
        raise TemplateError(f"unknown voice {voice!r} — use 'member' or 'provider'")
    prof = profile or Profile()
    seen: list[str] = []

    def need(value: Any, label: str) -> Any:
        if isinstance(value, list):
            value = [v for v in value if v]
            return value if value else [Placeholder(label, seen)]
        return value if value not in (None, "") else Placeholder(label, seen)

    pr, dec = case.parse, case.decision
    claims = [] if prospective else _claims_for(case, plan)
    provider_voice = voice == "provider"

    # --- people ------------------------------------------------------------
    member_name = need(prof.member.name or pr.member.name, "your name")
    member_id = need(pr.member.id or prof.member.id, "your member ID")
    member_phone = need(prof.member.phone, "your phone number")
    member_lines = need(list(prof.member.address), "your mailing address")
    state = prof.member.state or pr.member.state or pr.payer.state or ""
    state_name = _state_name(state)
    claim_provider = next((c.provider for c in claims if c.provider and c.provider.name), None)
    ibclc_name = need(
        prof.provider.name or (claim_provider.name if claim_provider else None), "the IBCLC's name"
    )
    # "Jane Doe, IBCLC" already carries its credential; asking again reads oddly
    named = prof.provider.name or (claim_provider.name if claim_provider else None) or ""
    printed_cred = re.search(
        r",\s*((?:IBCLC|RN|CLC|MD|DO|NP|CNM|LC|RLC)(?:,\s*[A-Z-]{2,6})*)\s*$", named
    )
    ibclc_cred = need(
        prof.provider.credentials or (printed_cred.group(1) if printed_cred else None),
        "the IBCLC's credentials",
    )
    if printed_cred and not prof.provider.credentials and not prof.provider.name:
        ibclc_name = named[: printed_cred.start()].strip()
    # a claim billed by a practice ("Ohio Valley Lactation Collaborative") names no person:
    # no credential to ask for, and in the provider's voice it is the practice itself
    provider_is_org = not prof.provider.name and not printed_cred and bool(_ORG_WORDS.search(named))
    if provider_is_org and not prof.provider.credentials:
        ibclc_cred = ""
    ibclc_full = Phrase(ibclc_name, ", ", ibclc_cred) if ibclc_cred else Phrase(ibclc_name)
    ibclc_npi = need(
        prof.provider.npi or (claim_provider.npi if claim_provider else None), "the IBCLC's NPI"
    )
    practice_name = need(
        prof.provider.practice_name or prof.provider.name or (named if provider_is_org else None),
        "the practice's name",
    )
    practice_lines = need(list(prof.provider.address), "the practice's address")
    practice_phone = need(prof.provider.phone, "the practice's phone number")
    patients = _unique(c.patient_name for c in claims)
    patient_text = _join(patients) or prof.baby.name or ""
    patient_phrase = patient_text or need(None, "the patient's name")
    baby_name = need(prof.baby.name, "your baby's name")

    payer_name = need(pr.payer.name or prof.plan.payer, "your insurance company's name")
    payer_phone = need(
        pr.payer.phone or prof.plan.member_services_phone,
        "the member services phone number on your ID card",
    )
    funding = pr.plan.funding if pr.plan.funding != "unknown" else (prof.plan.funding or "unknown")
    if getattr(dec, "funding", "unknown") != "unknown":  # the decision may have settled it
        funding = dec.funding
    track = plan_track(getattr(dec, "track", None))

    if provider_voice:
        sender = {
            "name": practice_name,
            "credentials": Phrase(prof.provider.name, ", ", prof.provider.credentials)
            if prof.provider.practice_name and prof.provider.name
            else "",
            "lines": practice_lines,
            "phone": practice_phone,
            "email": prof.provider.email,
            "letterhead": prof.provider.letterhead,
            "ids": Phrase(
                "NPI ",
                ibclc_npi,
                " \u00b7 Tax ID ",
                need(prof.provider.tax_id, "the practice's tax ID"),
            ),
        }
        signer_name = prof.provider.billing_contact or (
            need(None, "the name of the person signing") if provider_is_org else ibclc_full
        )
        signer = {
            "name": signer_name,
            "lines": [practice_name, Phrase("Authorized representative of ", member_name)],
        }
        we, us, we_cap = "we", "us", "We"
    else:
        sender = {
            "name": member_name,
            "credentials": "",
            "lines": member_lines,
            "phone": member_phone,
            "email": prof.member.email,
            "letterhead": "",
            "ids": "",
        }
        signer = {"name": member_name, "lines": []}
        we, us, we_cap = "I", "me", "I"

    # --- the claim -----------------------------------------------------------
    claim_numbers = ", ".join(_unique(c.claim_number for c in claims))
    dates = sorted(
        _unique(ln.date_of_service for c in claims for ln in c.service_lines if ln.date_of_service)
    )
    dates_text = _join([fmt_date(d) for d in dates])
    owed = _sum(c.totals.patient_responsibility for c in claims)
    billed = _sum(c.totals.billed for c in claims)
    paid = _sum(c.totals.paid for c in claims)
    amount = ""
    # the family's share when there is one; else what the plan left unpaid (a claim the
    # plan cut with nothing billed to the family is still in dispute, not "$0.00")
    family_owes = bool(owed)
    if not family_owes and billed is not None and paid is not None and billed > paid:
        disputed: Decimal | None = billed - paid
    else:
        disputed = owed if owed is not None else billed
    if disputed is not None:
        bits = [
            f"billed {fmt_money(billed)}" if billed is not None else "",
            f"paid {fmt_money(paid)}" if paid is not None else "",
        ]
        amount = fmt_money(disputed)
        extra = ", ".join(b for b in bits if b)
        if extra:
            amount += f" ({extra})"
    reasons = _unique(c.denial.reason_text for c in claims if c.denial and c.denial.reason_text)
    codes_given = _unique(
        code for c in claims if c.denial for code in c.denial.carc + c.denial.rarc
    )
    categories = _unique(cat for c in claims if c.denial for cat in c.denial.categories)
    if reasons:
        denial_reason: Any = _shorten(" / ".join(r.strip().rstrip(".") for r in reasons))
    elif codes_given:
        denial_reason = "denial code " + ", ".join(codes_given)
    else:
        denial_reason = need(None, "the reason printed on your notice")
    plan_name = pr.plan.name or prof.plan.name or ""
    if pr.plan.type and pr.plan.type.lower() not in plan_name.lower():
        plan_name = f"{plan_name} ({pr.plan.type})" if plan_name else pr.plan.type
    notice_kind = {"denial_letter": "denial letter", "remittance_835": "remittance advice"}.get(
        pr.source.kind, "Explanation of Benefits (EOB)"
    )
    billed_procs = _unique(
        ln.procedure_code
        for c in claims
        for ln in c.service_lines
        if ln.procedure_code and ln.procedure_code not in STANDARD_CODES
    )
    call_codes = (", ".join(billed_procs) + " (as billed), or " if billed_procs else "") + (
        f"{DEFAULT_CALL_CODES} with diagnosis {LACTATION_DIAGNOSIS}"
    )

    re_block = {
        "member": member_name,
        "member_id": member_id,
        "plan": plan_name,
        "group_number": pr.plan.group_number or prof.plan.group_number,
        "patient": patient_text,
        "patient_phrase": patient_phrase,
        "claim_numbers": claim_numbers,
        "dates": dates_text,
        "dates_phrase": dates_text or need(None, "the date of the visit"),
        "provider": Phrase(ibclc_full, " (NPI ", ibclc_npi, ")"),
        "codes": _codes(claims),
        "amount": amount,
        "notice_date": fmt_date(pr.notice_date),
    }

    # --- venue and deadlines ---------------------------------------------------
    venue = dec.venue
    venue_ctx = {
        "kind": venue.kind,
        "name": venue.name or "",
        "url": venue.url or "",
        "phone": venue.phone or "",
        "short": "office" if venue.kind != "state_regulator" else "department",
    }
    deadlines = {
        "internal_appeal": fmt_date(dec.deadlines.internal_appeal),
        "external_review": fmt_date(dec.deadlines.external_review),
        "fair_hearing": fmt_date(getattr(dec.deadlines, "fair_hearing", None)),
    }
    final_denial = bool(getattr(dec, "final_internal_denial", False) or prof.final_internal_denial)

    # --- arguments ---------------------------------------------------------------
    # the legislator letter argues for a change of policy, not this claim's appeal
    audience = DOCUMENT_AUDIENCE.get(kind)
    arguments, sources = (
        ([], [])
        if audience is None
        else chosen_arguments(
            case, library, voice=voice, prospective=prospective, audience=audience
        )
    )
    if kind in (
        "employer_letter",
        "legislator_letter",
        "physician_request",
        "authorized_representative",
    ):
        sources = []
    gap = "out_of_network" in categories or prospective or kind == "gap_exception"

    # --- documents requested ----------------------------------------------------
    docs_requested: list[Any] = []
    if kind in ("appeal", "gap_exception", "medicaid_fair_hearing") and not prospective:
        docs_requested += [
            "the complete claim file, including notes, reviews and call records about this claim",
            "any internal rule, guideline, protocol or criterion used in deciding the claim",
            "the diagnosis and treatment codes on the claim and what they mean",
        ]
        if track["erisa_claims"]:
            docs_requested.insert(
                1,
                "the sections of the plan document and summary plan description "
                "on lactation support, preventive care and out-of-network services",
            )
    if gap and kind in ("appeal", "gap_exception"):
        docs_requested.append(
            Phrase(
                "the plan's list of in-network lactation consultants (IBCLCs) who serve ",
                state_name or "my area",
                ", with their phone numbers",
            )
        )
    if prof.grandfathered and kind in ("appeal", "external_review"):
        docs_requested.append(
            "the plan's notice of grandfathered status and the plan terms in "
            "effect on March 23, 2010"
        )
    if (
        docs_requested
        and track["erisa_claims"]
        and kind in ("appeal", "gap_exception")
        and not prospective
        and not any("2560.503-1" in src for src in sources)
    ):
        sources.append(
            "29 CFR 2560.503-1(h)(2)(iii) and (m)(8): free access to all documents relevant "
            "to the claim; (g)(1)(v)(A): any internal rule relied on, free on request"
        )

    # --- enclosures ----------------------------------------------------------------
    ibclc_plain = (
        prof.provider.name
        or (named[: printed_cred.start()].strip() if printed_cred else named)
        or "the IBCLC"
    )
    enclosures: list[str] = []
    if not prospective:
        when = f" dated {fmt_date(pr.notice_date)}" if pr.notice_date else ""
        enclosures.append(f"Copy of the {notice_kind}{when}")
        enclosures.append(f"Superbill or receipt from {ibclc_plain}")
    npi_plain = prof.provider.npi or (claim_provider.npi if claim_provider else None)
    if ibclc_plain == "the IBCLC":
        enclosures.append(
            "The IBCLC's credential" + (f" and NPI {npi_plain}" if npi_plain else " and NPI")
        )
    elif provider_is_org:
        enclosures.append(
            f"IBCLC credential of the lactation consultant at {ibclc_plain}"
            + (f", and NPI {npi_plain}" if npi_plain else "")
        )
    elif npi_plain:
        enclosures.append(f"IBCLC credential of {ibclc_plain} and NPI {npi_plain}")
    else:
        enclosures.append(f"IBCLC credential and NPI of {ibclc_plain}")
    enclosures.append(
        "Referral or letter of medical necessity from the baby's pediatrician or the OB, "
        "if you have one"
    )
    if gap or prof.in_network_tried:
        enclosures.append("List of in-network providers contacted, with dates and what they said")
    if kind in ("state_complaint", "ebsa_request", "external_review", "medicaid_fair_hearing"):
        enclosures.append("Copy of the appeal letter sent to the plan, and any answer to it")
    if provider_voice:
        enclosures.append("Signed designation of authorized representative")
    letter_enclosures = (
        []
        if kind
        in ("call_script", "physician_request", "authorized_representative", "legislator_letter")
        else enclosures
    )

    # --- recipients -----------------------------------------------------------------
    plan_recipient: Any = (plan.recipient if plan and plan.recipient else "") or ""
    if isinstance(plan_recipient, str) and plan_recipient.lower().startswith("your "):
        plan_recipient = Placeholder(plan_recipient[0].lower() + plan_recipient[1:], seen)
    appeals_lines = need(
        list(prof.plan.appeals_address), "the appeals address printed on your notice"
    )
    recipient: dict[str, Any] = {
        "name": payer_name,
        "lines": [],
        "fax": prof.plan.appeals_fax,
        "url": "",
        "salutation": "Appeals Reviewer",
    }
    if kind in ("appeal", "gap_exception", "external_review"):
        attn = {
            "appeal": "Attn: Appeals",
            "gap_exception": "Attn: Network exceptions / Utilization management",
            "external_review": "Attn: Appeals (external review request)",
        }[kind]
        recipient["lines"] = [attn, *appeals_lines]
        if kind == "gap_exception":
            recipient["salutation"] = "Sir or Madam"
    elif kind == "state_complaint":
        recipient = {
            "name": venue.name
            if venue.kind == "state_regulator" and venue.name
            else plan_recipient or need(None, "your state insurance department"),
            "lines": ["Consumer Services / Complaints"],
            "fax": "",
            "url": venue.url if venue.kind == "state_regulator" else "",
            "salutation": "Consumer Services staff",
        }
    elif kind == "ebsa_request":
        ebsa = _ebsa_venue(venue)
        recipient = {
            "name": ebsa["name"],
            "lines": ["Phone: " + ebsa["phone"]] if ebsa["phone"] else [],
            "fax": "",
            "url": ebsa["url"],
            "salutation": "Benefits Advisor",
        }
    elif kind == "medicaid_fair_hearing":
        is_mfh = venue.kind == "medicaid_fair_hearing"
        recipient = {
            "name": venue.name
            if is_mfh and venue.name
            else plan_recipient or need(None, "your state Medicaid agency's fair hearing office"),
            "lines": need([], "the fair hearing address printed on your notice"),
            "fax": "",
            "url": venue.url if is_mfh else "",
            "salutation": "Hearing Officer",
        }
    elif kind == "employer_letter":
        recipient = {
            "name": prof.employer.contact
            or (f"{prof.employer.name} Benefits Office" if prof.employer.name else None)
            or plan_recipient
            or need(None, "your employer's benefits (HR) office"),
            "lines": need(list(prof.employer.address), "your employer's HR address"),
            "fax": "",
            "url": "",
            "salutation": prof.employer.contact or "Benefits Team",
        }

    legislators = [
        {
            "name": leg.name or need(None, "your state legislator's name"),
            "lines": need(list(leg.address), "your legislator's office address"),
        }
        for leg in prof.legislators
    ] or [
        {
            "name": need(None, "your state legislators' names"),
            "lines": need([], "their office addresses"),
        }
    ]
    leg_names = [leg.name for leg in prof.legislators if leg.name]

    physician = {
        "name": need(prof.physician.name, "the pediatrician's or OB's name"),
        "lines": [p for p in [prof.physician.practice, *prof.physician.address] if p]
        or [Placeholder("the doctor's office address", seen)],
        "fax": prof.physician.fax,
        "salutation": prof.physician.name or "Doctor",
    }

    # --- per-kind wording ------------------------------------------------------------
    subject = {
        "appeal": Phrase(
            "Appeal of denied claim ", claim_numbers or None, " \u2014 lactation care"
        ),
        "gap_exception": Phrase(
            "Request for a network gap exception \u2014 lactation care",
            " (before the visit)" if prospective else "",
        ),
        "state_complaint": Phrase("Complaint about ", payer_name, ": denied lactation care"),
        "ebsa_request": Phrase("Request for help: a self-funded plan denied lactation care"),
        "medicaid_fair_hearing": Phrase("Request for a fair hearing \u2014 denied lactation care"),
        "external_review": Phrase("Request for external review \u2014 lactation care"),
        "employer_letter": Phrase("Coverage of lactation care (IBCLC) in the company health plan"),
        "legislator_letter": Phrase(
            "Coverage of lactation care by IBCLCs", f" in {state_name}" if state_name else ""
        ),
    }.get(kind, Phrase(""))

    requests = [
        Phrase(
            "Reverse the denial and reprocess claim ",
            claim_numbers or "above",
            " as a covered preventive service.",
        ),
        "Pay it with no deductible, copay or coinsurance, and refund anything already collected "
        "for it.",
    ]
    if gap:
        requests.append(
            "Treat the lactation consultant as in-network for this care (a network gap "
            "exception), because no in-network provider could provide it."
        )
    requests.append(
        "Confirm in writing that further lactation visits during breastfeeding will be "
        "covered the same way."
    )

    gap_requests = [
        Phrase(
            "Approve coverage of lactation care from ",
            ibclc_name,
            " at the in-network level, with no cost sharing.",
        ),
        Phrase(
            "If you believe an in-network provider can give this care, send the name, address and "
            "phone number of an in-network lactation consultant (IBCLC) near ",
            "our patient" if provider_voice else "us",
            " who takes new patients, can see ",
            "the family" if provider_voice else "us",
            " within a few days, and makes home visits when needed.",
        ),
        "Send your answer in writing, with the reference number for this request.",
    ]
    if not prospective and claim_numbers:
        gap_requests.insert(
            1, Phrase("Reprocess claim ", claim_numbers, " on that basis and pay it in full.")
        )

    tried = [
        {
            "name": t.name or need(None, "provider name"),
            "date": fmt_date(t.date) or "date not noted",
            "result": t.result or "no appointment available",
        }
        for t in prof.in_network_tried
    ]
    access_needs = (
        "Lactation problems cannot wait: help is needed within days of birth, close to home "
        "or at home while the parent recovers, from a clinician trained in lactation care. "
        "A provider who is far away, not taking patients, not a lactation specialist or "
        "available only weeks later does not give real access to this care."
    )

    notice_when = f" (notice dated {fmt_date(pr.notice_date)})" if pr.notice_date else ""
    timeline = [
        Phrase(
            "On ",
            dates_text or need(None, "the date of the visit"),
            ", ",
            ibclc_full,
            ", provided lactation support to ",
            patient_phrase,
            ".",
        ),
        Phrase(
            payer_name,
            " denied claim ",
            claim_numbers or need(None, "the claim number"),
            notice_when,
            ", giving this reason: \u201c",
            denial_reason,
            "\u201d.",
        ),
    ]
    if amount:
        timeline.append(
            Phrase(
                "The amount the plan left to the family: " if family_owes else "Left unpaid: ",
                amount,
                ".",
            )
        )
    timeline.append(
        "The plan has decided the internal appeal against us; its decision is final."
        if final_denial
        else Phrase(we_cap, " have also appealed to the plan; a copy of the appeal is enclosed.")
    )
    regulator_requests = [
        "Review whether the plan followed the federal preventive-services rules in denying this "
        "claim.",
        Phrase(
            "Ask the plan to reprocess claim ",
            claim_numbers or "above",
            " and pay it without cost sharing.",
        ),
        "Ask the plan to cover lactation care by IBCLCs, including home visits, for other "
        "members too.",
        Phrase("Tell ", us, " what you find."),
    ]
    hearing_requests = [
        "A fair hearing on this decision.",
        Phrase("Coverage of the lactation care provided on ", dates_text or "the dates above", "."),
        Phrase("The case file and the rules relied on, sent to ", us, " before the hearing."),
    ]
    review_requests = [
        "Overturn the plan's decision and require it to pay the claim in full, without cost "
        "sharing.",
        Phrase("Send the decision in writing to ", us, " and to the plan."),
    ]
    employer_phrase = Phrase(" for ", prof.employer.name) if prof.employer.name else ""
    if provider_voice:
        member_plain = prof.member.name or pr.member.name or ""
        employer_opening = Phrase(
            "are the lactation practice caring for ",
            *(
                (patient_text, ", whose family is covered through ", member_name, " by")
                if patient_text and patient_text != member_plain
                else (member_name, ", who is covered by")
            ),
            " the company health plan that ",
            payer_name,
            " administers. The plan denied our claim for lactation care, and we write to ask the "
            "company to fix this for the member and for other families.",
        )
    else:
        employer_opening = Phrase(
            "am covered by the company health plan that ",
            payer_name,
            " administers. After my baby was born, the plan denied coverage for the lactation "
            "care I "
            "needed, and I write to ask the company to fix this for me and for other families.",
        )
    employer_requests = [
        Phrase(
            "Ask ",
            payer_name,
            " to pay claim ",
            claim_numbers or "the denied claim",
            " in full, as a preventive service.",
        ),
        "Cover lactation care by IBCLCs, home visits included, with no cost sharing, for as "
        "long as "
        "a parent is breastfeeding.",
        "Tell the plan administrator to cover an out-of-network IBCLC at the in-network level "
        "when the "
        "network has none who can see a family in time.",
    ]
    medicaid = funding == "medicaid"
    place = state_name or "our state"
    legislator_opening = Phrase(
        (
            f"We are a lactation practice serving families in {place}, including families in "
            "your district. We write"
            if provider_voice
            else f"I am a parent in {place} and a constituent in your district. I am writing"
        ),
        " about families who cannot get care from lactation consultants covered by their "
        "health plans.",
    )
    legislator_story = Phrase(
        ("A family we care for" if provider_voice else "My family"),
        " is covered by ",
        payer_name,
        ". ",
        (
            "The plan, a Medicaid plan, does not cover care by International Board Certified "
            "Lactation Consultants."
            if medicaid
            else Phrase(
                "The plan denied coverage of the lactation care ",
                "our patient" if provider_voice else "I",
                " received",
                f" on {dates_text}" if dates_text else "",
                ".",
            )
        ),
        " Appeals help one family at a time; a change in the rules would help every family.",
    )
    legislator_requests = [
        "Support licensing of lactation consultants (IBCLCs) in our state, so that health plans "
        "and "
        "Medicaid can recognize them as providers.",
        "Support coverage of IBCLC care, home visits included, in Medicaid and in the health "
        "plans the "
        "state regulates.",
        "Ask the state Medicaid agency and the insurance regulator how families in our state get "
        "lactation care covered today, and where they are turned away.",
    ]
    # the doctor's patients: the baby and the patient(s) named on the claim (or the member);
    # the practice may not know the baby's name, so it names the claim's patient instead
    baby_label = "the baby's name" if provider_voice else "your baby's name"
    baby_known = bool(prof.baby.name)
    people: list[Any] = []
    if baby_known or not (provider_voice and patients):
        people.append(
            Phrase(
                need(prof.baby.name, baby_label),
                f" (born {fmt_date(prof.baby.birth_date)})" if prof.baby.birth_date else "",
            )
        )
    people += [p for p in patients if p != prof.baby.name] or ([] if patients else [member_name])
    physician_patients = Phrase(
        *(
            part
            for i, person in enumerate(people)
            for part in (
                (", " if 0 < i < len(people) - 1 else " and " if i else ""),
                person,
            )
        )
    )
    if provider_voice:
        physician_opening = Phrase(
            "We are the lactation practice caring for your patient",
            "s " if len(people) > 1 else " ",
            physician_patients,
            ". ",
            payer_name,
            " asks for a referral or a letter of medical necessity ",
            "before it will cover our care"
            if prospective
            else "to reconsider its denial of our claim",
            ", and we would be grateful for your help.",
        )
        physician_send_to = Phrase("our office at ", practice_phone, ", or at the address above")
        physician_thanks = "this family"
    else:
        physician_opening = Phrase(
            "I am writing to ask for your help with my health plan. ",
            baby_name,
            " and I " + ("plan to see " if prospective else "saw "),
            ibclc_full,
            ", for lactation (breastfeeding) care. ",
            payer_name,
            (
                " asks for a referral or a letter of medical necessity before it will cover the "
                "care."
                if prospective
                else " has denied coverage, and a note from you would help my appeal."
            ),
        )
        physician_send_to = "me at the address above"
        physician_thanks = "us"
    physician_points = [
        Phrase(
            "that you referred ",
            patient_phrase,
            " for lactation care with an IBCLC, or that you support it;",
        ),
        "the feeding difficulty or diagnosis you have seen (for example, trouble feeding at the "
        "breast, "
        "low milk supply or nipple pain);",
        "that this care is medically necessary, and why it could not wait for a distant or "
        "later appointment;",
        Phrase(
            "the dates of care, if you know them", f" ({dates_text})" if dates_text else "", "."
        ),
    ]

    # --- call script -------------------------------------------------------------------
    if provider_voice:
        call_opening = Phrase(
            "Hello, I am calling from ",
            practice_name,
            *(
                (" about our patient ", patient_text, ", on the plan of ", member_name)
                if patient_text and patient_text != (prof.member.name or pr.member.name or "")
                else (" on behalf of our patient ", member_name)
            ),
            ", member ID ",
            member_id,
            ", as the member's authorized representative.",
            f" I am calling about claim {claim_numbers}." if claim_numbers else "",
        )
    else:
        call_opening = Phrase(
            "Hello, my name is ",
            member_name,
            ". I am calling about lactation care for my baby and me. My member ID is ",
            member_id,
            ".",
            f" I am calling about claim {claim_numbers}." if claim_numbers else "",
        )
    call_purpose = (
        Phrase(
            "Before the visit: find out what ",
            payer_name,
            " covers, and ask for a gap exception if no in-network IBCLC can see you.",
        )
        if prospective
        else Phrase(
            "About the denied claim ",
            claim_numbers or "",
            f" ({dates_text})" if dates_text else "",
            ": what to ask, what to answer, and a log of every call.",
        )
    )
    call_have_ready = [Phrase("Member ID: ", member_id)]
    if claim_numbers:
        call_have_ready.append(
            Phrase(
                "Claim number: ",
                claim_numbers,
                f" (date of service {dates_text})" if dates_text else "",
            )
        )
    call_have_ready += [
        Phrase("Lactation consultant: ", ibclc_full, ", NPI ", ibclc_npi),
        Phrase("Codes billed: ", _codes(claims))
        if claims and _codes(claims)
        else Phrase("Codes to ask about: ", call_codes),
        "The in-network providers you already tried, with dates and what they said",
    ]
    reason_q = (
        [
            Phrase(
                "Why exactly was claim ",
                claim_numbers,
                " denied, and which plan rule was used? "
                "Can it be reprocessed as preventive care with no cost sharing?",
            )
        ]
        if claim_numbers
        else []
    )
    mine, me = ("the member's", "the member") if provider_voice else ("my", "me")
    call_questions = [
        f"Is lactation (breastfeeding) support by an IBCLC covered under {mine} plan, as "
        f"preventive care "
        "with no cost sharing? Are home visits covered?",
        Phrase(
            f"Is there an in-network IBCLC near {me}",
            f" in {state}" if state else "",
            " who takes new patients, can see ",
            "them" if provider_voice else "us",
            " within a few days and makes home visits? Please give ",
            "us" if provider_voice else "me",
            " names and phone numbers.",
        ),
        Phrase(
            "If there is none, will you grant a network gap exception so that ",
            ibclc_name,
            " is covered at the in-network level with no cost sharing? How do ",
            "we" if provider_voice else "I",
            " ask for it?",
        ),
        Phrase("Are ", call_codes, " covered in full, with no deductible, copay or coinsurance?"),
        *reason_q,
        f"Is there a health concierge, nurse navigator or case manager who can help {me} with "
        f"this?",
        f"Can you note today's answers on {mine} account and send them to {me} in writing?",
    ]
    # the caller is the member, or the practice's staff speaking for the member's family
    family = "the family" if provider_voice else "us"
    near = "the member" if provider_voice else "me"
    send_to = "us" if provider_voice else "me"
    if prospective:
        approval_next = "and treat this call as a request for approval or a gap exception."
        code_next = (
            "We will bill with it. Please note it on the member's account."
            if provider_voice
            else "I will ask the practice to bill with it. Please note it on my account."
        )
    else:
        approval_next = "and reprocess the claim or treat this as a gap exception."
        code_next = (
            "We will correct and resubmit the claim if needed. Please note the code you want "
            "on the member's account."
            if provider_voice
            else "I will ask the practice to correct and resubmit the claim if needed. Please "
            "note the code you want on my account."
        )
    pushback = [
        {
            "says": "\u201cOnly your OB or pediatrician can provide lactation care.\u201d",
            "answer": (
                "An OB or a pediatrician is not a feeding specialist. "
                if provider_voice
                else "My OB and pediatrician are not feeding specialists. "
            )
            + "The federal women's preventive services guidelines name lactation consultants, "
            "including IBCLCs, among the clinicians who provide this care. Please cover the "
            f"IBCLC, or name an in-network IBCLC who can see {family} now.",
        },
        {
            "says": "\u201cYou needed prior approval.\u201d"
            if not prospective
            else "\u201cYou need prior approval.\u201d",
            "answer": (
                "Lactation support is preventive care that the Affordable Care Act "
                "requires the plan to cover without cost sharing. "
                if track["aca_preventive"]
                else ""
            )
            + f"Which written plan rule requires approval? Please send it to {send_to}, "
            f"{approval_next}",
        },
        {
            "says": "\u201cHome visits are not covered.\u201d",
            "answer": "The guidelines cover lactation support after birth without limiting it "
            "to an office, and many parents cannot travel in the first weeks. Which written "
            f"plan rule excludes home visits? Please send it to {send_to}, and tell {send_to} how "
            "to ask for an exception.",
        },
        {
            "says": "\u201cThat is the wrong code.\u201d"
            if prospective
            else "\u201cIt was the wrong code.\u201d",
            "answer": Phrase(
                "Which code should be used? Are ", call_codes, " covered in full? ", code_next
            ),
        },
        {
            "says": "\u201cThere is an in-network provider.\u201d",
            "answer": f"Please give {'us' if provider_voice else 'me'} the name, phone number and "
            "first available appointment of "
            f"an in-network IBCLC near {near} who takes new patients. If none can see {family} "
            f"in time, {'we ask' if provider_voice else 'I ask'} for a gap exception.",
        },
    ]
    regulator_named: Any = venue.name or (
        "the U.S. Department of Labor (EBSA)"
        if funding == "self_funded"
        else "the state insurance department"
    )
    if regulator_named.startswith("Your "):  # "Your state Medicaid agency": mid-sentence here
        regulator_named = "your " + regulator_named[5:]
    account = "the member's account" if provider_voice else "your account"
    not_received = "the family did not receive" if provider_voice else "you did not receive or use"
    escalation = [
        "Ask for a supervisor or a patient advocate, and ask your questions again.",
        "Ask them to record a gap-exception request today, and to tell you in writing how and "
        "by when it will be decided."
        if prospective
        else "Ask them to reprocess the claim as preventive care with no cost sharing, and to "
        f"reverse any claims on {account} for services {not_received}.",
        "Get the reference number for the call, and write the date and the representative's "
        "name in the log.",
        Phrase(
            "Say that if the plan cannot name an in-network IBCLC who can see the family in "
            "time and will not grant the exception, you will send a written request and, if "
            "needed, a complaint to "
            if prospective
            else "Say that if it is not fixed, you will file a written appeal and a complaint "
            "with ",
            regulator_named,
            f" ({venue.url})" if venue.url else "",
            ".",
        ),
    ]
    if deadlines["internal_appeal"]:
        escalation.append(
            f"Keep to the deadline: send the written appeal by {deadlines['internal_appeal']}."
        )
    call_log = [
        {"date": fmt_date(c.date), "rep": c.rep, "reference": c.reference, "notes": c.notes}
        for c in prof.calls
    ]
    call_log += [{"date": "", "rep": "", "reference": "", "notes": ""}] * max(
        0, CALL_LOG_MIN_ROWS - len(call_log)
    )

    representative = {
        "name": practice_name,
        "who": Phrase(ibclc_full, ", and the practice's billing office")
        if not provider_is_org
        else Phrase(ibclc_name, " and its billing office"),
        "lines": practice_lines,
        "phone": practice_phone,
        "signer": prof.provider.billing_contact or ibclc_name,
    }
    footer_bits = [
        str(x)
        for x in (
            prof.member.name or pr.member.name,
            f"Member ID {pr.member.id or prof.member.id}"
            if (pr.member.id or prof.member.id)
            else "",
            f"Claim {claim_numbers}" if claim_numbers else "",
        )
        if x
    ]

    values: dict[str, Any] = {
        "kind": kind,
        "voice": voice,
        "today": fmt_date(today or date.today()),
        "is_prospective": prospective,
        "we": we,
        "us": us,
        "we_cap": we_cap,
        "ask_verb": "request",
        "subject": subject,
        "footer": " \u00b7 ".join(footer_bits),
        "sender": sender,
        "signer": signer,
        "member": {
            "name": member_name,
            "id": member_id,
            "phone": member_phone,
            "email": prof.member.email,
            "lines": member_lines,
            "state": state,
        },
        "baby": {"name": baby_name, "birth_date": fmt_date(prof.baby.birth_date)},
        "provider": {
            "name": ibclc_name,
            "credentials": ibclc_cred,
            "full": ibclc_full,
            "npi": ibclc_npi,
            "practice": practice_name,
            "lines": practice_lines,
            "phone": practice_phone,
        },
        "payer": {"name": payer_name, "phone": payer_phone},
        "plan": {
            "name": plan_name,
            "funding": funding,
            "group_number": pr.plan.group_number or prof.plan.group_number,
        },
        "recipient": recipient,
        "re": re_block,
        "claims": [
            {
                "claim_number": c.claim_number,
                "patient_name": c.patient_name,
                "codes": _codes([c]),
                "amount": fmt_money(c.totals.patient_responsibility),
                "reason": c.denial.reason_text if c.denial else "",
            }
            for c in claims
        ],
        "denial_reason": denial_reason,
        "arguments": arguments,
        "sources": sources,
        "call_points": list(
            (getattr(dec, "call_points_provider", None) or dec.call_points)
            if provider_voice
            else dec.call_points
        ),
        "documents_requested": docs_requested,
        "enclosures": letter_enclosures,
        "venue": venue_ctx,
        "deadlines": deadlines,
        # after a final denial: Medicaid goes to a state fair hearing, other plans to external review
        "next_review": "a state fair hearing" if funding == "medicaid" else "an external review",
        "requests": requests,
        "gap_requests": gap_requests,
        "in_network_tried": tried,
        "tried_placeholder": Placeholder(
            "the in-network providers you contacted, when, and what they said", seen
        ),
        "access_needs": access_needs,
        "timeline": timeline,
        "regulator_requests": regulator_requests,
        "hearing_requests": hearing_requests,
        "review_requests": review_requests,
        "employer": {"name": prof.employer.name},
        "employer_phrase": employer_phrase,
        "employer_opening": employer_opening,
        "employer_requests": employer_requests,
        "legislators": legislators,
        "legislator_salutation": " and ".join(leg_names)
        or Placeholder("your state legislators' names", seen),
        "legislator_opening": legislator_opening,
        "legislator_story": legislator_story,
        "legislator_requests": legislator_requests,
        "physician": physician,
        "physician_patients": physician_patients,
        "physician_opening": physician_opening,
        "physician_points": physician_points,
        "physician_send_to": physician_send_to,
        "physician_thanks": physician_thanks,
        "representative": representative,
        "call_purpose": call_purpose,
        "call_opening": call_opening,
        "call_have_ready": call_have_ready,
        "call_questions": call_questions,
        "pushback": pushback,
        "escalation": escalation,
        "call_log": call_log,
    }
    return LetterContext(kind=kind, values=_sanitize(values), missing=seen, enclosures=enclosures)
