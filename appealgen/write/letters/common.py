"""What every letter of a case shares, gathered once per letter by :func:`shared`: the
people (``people.py``), the claim's facts and reference block (``reference.py``), the venue
and deadlines (``venue.py``), the arguments for the letter's audience, the enclosures
(``enclosures.py``) and the template variables every letter receives.

Each letter's own module (``write/letters/<kind>.py``) adds its variables from them. Facts
reach the letters only through ``sure.py``: a value the letter needs and nobody supplied
is a ``Placeholder``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ... import clock
from ...corrections import CheckItem, claim_index, claim_paths
from ...letters import letter as registry_entry
from ...models import Case, Claim, Decision, DocumentPlan, ParseResult, Venue
from ..profile import Profile
from .arguments import argument_library, chosen_arguments, place_first, reason_to_confirm
from .enclosures import enclosure_list
from .people import People, gather_people
from .reference import ClaimFacts, claim_facts
from .sure import Stater, claims_for, codes_text
from .text import Phrase, Placeholder, fmt_date, fmt_money
from .venue import plan_track, venue_values

# --------------------------------------------------------------------------
# What every letter shares


@dataclass
class Shared:
    """The facts of one case as one letter uses them (built by :func:`shared`): the people
    (``people``) and the claims' facts (``facts``) as gathered, then the decision's part."""

    case: Case
    prof: Profile
    voice: str
    kind: str
    plan: DocumentPlan | None
    prospective: bool
    seen: list[str]  # placeholder labels, in the order the letter renders them
    checks: list[CheckItem]  # facts the reader is not sure of, to ask the person first
    asked: list[str]  # placeholder labels a check answers (not listed again as blanks)
    claims: list[Claim]
    people: People  # who the letter names, sends and signs (people.py)
    facts: ClaimFacts  # the claims' facts, the reference block and footer (reference.py)
    # the decision
    venue: Venue
    venue_ctx: dict[str, str]
    deadlines: dict[str, str]
    final_denial: bool
    arguments: list[dict[str, Any]]
    sources: list[str]
    gap: bool  # the letter is about a network gap
    employer_phrase: Any
    today: str
    stater: Stater

    @property
    def pr(self) -> ParseResult:
        return self.case.parse

    @property
    def dec(self) -> Decision:
        return self.case.decision

    @property
    def provider_voice(self) -> bool:
        return self.voice == "provider"

    def need(self, value: Any, label: str) -> Any:
        """``value``, or a placeholder labelled ``label`` when it is empty."""
        if isinstance(value, list):
            value = [v for v in value if v]
            return value if value else [Placeholder(label, self.seen)]
        return value if value not in (None, "") else Placeholder(label, self.seen)

    def placeholder(self, label: str) -> Placeholder:
        return Placeholder(label, self.seen)

    def enclosures(self, *extra: str) -> list[str]:
        """The enclosure checklist: the notice, the bill, credentials, the doctor's note, the
        providers tried, then ``extra``, then (for the practice) the signed designation."""
        return enclosure_list(self, *extra)

    def plan_recipient(self) -> Any:
        """The decision's recipient for this document; "Your …" becomes a placeholder."""
        name: Any = (self.plan.recipient if self.plan and self.plan.recipient else "") or ""
        if isinstance(name, str) and name.lower().startswith("your "):
            return Placeholder(name[0].lower() + name[1:], self.seen)
        return name

    def appeals_recipient(self, attn: str, salutation: str = "Appeals Reviewer") -> dict:
        """The plan's appeals address, marked for ``attn``."""
        lines = self.need(
            list(self.prof.plan.appeals_address), "the appeals address printed on your notice"
        )
        return {
            "name": self.people.payer_name,
            "lines": [attn, *lines],
            "fax": self.prof.plan.appeals_fax,
            "url": "",
            "salutation": salutation,
        }

    def claim_values(self, c: Claim) -> dict[str, Any]:
        """One claim's facts for a template, each a placeholder when it is not sure."""
        st, i = self.stater, claim_index(self.pr, c)
        codes = st.unsure(claim_paths(self.pr, [c], "line.procedure_code", "line.modifiers"))
        return {
            "claim_number": st.value(
                f"claims.{i}.claim_number", c.claim_number, "the claim number"
            ),
            "patient_name": st.value(
                f"claims.{i}.patient_name", c.patient_name, "the patient's name"
            ),
            "codes": st.ask(codes, "the codes billed") if codes else codes_text([c]),
            "amount": st.value(
                f"claims.{i}.totals.patient_responsibility",
                fmt_money(c.totals.patient_responsibility),
                "the amount billed to you",
            ),
            "reason": st.value(
                f"claims.{i}.denial.reason_text",
                c.denial.reason_text if c.denial else "",
                "the reason printed on your notice",
            ),
        }

    def values(self) -> dict[str, Any]:
        """The variables every template receives (docs/templates.md); a letter's module adds
        or replaces its own."""
        prof, pr = self.prof, self.pr
        return {
            "kind": self.kind,
            "voice": self.voice,
            "today": self.today,
            "is_prospective": self.prospective,
            "we": self.people.we,
            "us": self.people.us,
            "we_cap": self.people.we_cap,
            "ask_verb": "request",
            "subject": Phrase(""),
            "footer": self.facts.footer,
            "sender": self.people.sender,
            "signer": self.people.signer,
            "member": {
                "name": self.people.member_name,
                "id": self.people.member_id,
                "phone": self.people.member_phone,
                "email": prof.member.email,
                "lines": self.people.member_lines,
                "state": self.people.state,
            },
            "baby": {"name": self.people.baby_name, "birth_date": fmt_date(prof.baby.birth_date)},
            "provider": {
                "name": self.people.ibclc_name,
                "credentials": self.people.ibclc_cred,
                "full": self.people.ibclc_full,
                "npi": self.people.ibclc_npi,
                "practice": self.people.practice_name,
                "lines": self.people.practice_lines,
                "phone": self.people.practice_phone,
            },
            "payer": {"name": self.people.payer_name, "phone": self.people.payer_phone},
            "plan": {
                "name": self.facts.plan_name,
                "funding": self.people.funding,
                "group_number": self.stater.value(
                    "plan.group_number", pr.plan.group_number, "your group number"
                )
                or prof.plan.group_number,
            },
            "recipient": {
                "name": self.people.payer_name,
                "lines": [],
                "fax": prof.plan.appeals_fax,
                "url": "",
                "salutation": "Appeals Reviewer",
            },
            "re": self.facts.re_block,
            "claims": [self.claim_values(c) for c in self.claims],
            "denial_reason": self.facts.denial_reason,
            "arguments": self.arguments,
            "sources": self.sources,
            "documents_requested": [],
            "enclosures": [],
            "venue": self.venue_ctx,
            "deadlines": self.deadlines,
            # after a final denial: Medicaid goes to a state fair hearing, others to external review
            "next_review": "a state fair hearing"
            if self.people.funding == "medicaid"
            else "an external review",
            "employer": {"name": prof.employer.name},
            "employer_phrase": self.employer_phrase,
            # a late request: what the letter asks first, and the good cause for it
            "late_request": "",
            "good_cause": [],
        }


def shared(
    case: Case,
    profile: Profile | None,
    *,
    voice: str,
    kind: str,
    plan: DocumentPlan | None = None,
    today: date | None = None,
    prospective: bool = False,
    library: Callable[[], tuple[dict, dict]] | None = None,
) -> Shared:
    """Gather what every letter of ``case`` shares, as letter ``kind`` uses it."""
    prof = profile or Profile()
    seen: list[str] = []

    def need(value: Any, label: str) -> Any:
        if isinstance(value, list):
            value = [v for v in value if v]
            return value if value else [Placeholder(label, seen)]
        return value if value not in (None, "") else Placeholder(label, seen)

    pr, dec = case.parse, case.decision
    claims = [] if prospective else claims_for(case, plan)
    st = Stater(pr, seen, trust_all=prospective)
    who = gather_people(pr, dec, prof, claims, st, need, voice=voice)
    facts = claim_facts(pr, prof, claims, st, need, who)
    venue, venue_ctx, deadlines, final_denial = venue_values(dec, prof)

    # --- arguments, for the audience the letter speaks to --------------------------
    entry = registry_entry(kind)
    audience = entry.audience
    arguments, sources = (
        ([], [])
        if audience is None
        else chosen_arguments(
            case,
            library,
            voice=voice,
            prospective=prospective,
            audience=audience,
            to_plan=entry.to_plan,
        )
    )

    # a reason nobody confirmed is answered by a highlighted place (the decision chose no
    # argument for it)
    asked: list[str] = []
    if arguments:
        waiting = reason_to_confirm(case, [claim_index(pr, c) for c in claims], seen)
        if waiting:
            place_first(arguments, waiting, (library or argument_library)()[0])
            asked += [p.label for p in waiting["paragraphs"]]

    return Shared(
        case=case,
        prof=prof,
        voice=voice,
        kind=kind,
        plan=plan,
        prospective=prospective,
        seen=seen,
        checks=st.checks,
        asked=asked,
        claims=claims,
        people=who,
        facts=facts,
        venue=venue,
        venue_ctx=venue_ctx,
        deadlines=deadlines,
        final_denial=final_denial,
        arguments=arguments,
        sources=sources,
        gap="out_of_network" in facts.categories or prospective or kind == "gap_exception",
        employer_phrase=Phrase(" for ", prof.employer.name) if prof.employer.name else "",
        today=fmt_date(today or clock.today()),
        stater=st,
    )


# --------------------------------------------------------------------------
# Pieces several letters use


def claim_file_requests(s: Shared) -> list[Any]:
    """The documents to ask the plan for (29 CFR 2560.503-1(h)(2)(iii)): the claim file,
    the plan's terms, the internal rule relied on, the codes; and, where the letter is
    about a network gap, the plan's list of in-network lactation consultants."""
    docs: list[Any] = []
    if not s.prospective:
        docs += [
            "the complete claim file, including notes, reviews and call records about this claim",
            "any internal rule, guideline, protocol or criterion used in deciding the claim",
            "the diagnosis and treatment codes on the claim and what they mean",
        ]
        if plan_track(s)["erisa_claims"]:  # an ERISA-style plan document and SPD
            docs.insert(
                1,
                "the sections of the plan document and summary plan description "
                "on lactation support, preventive care and out-of-network services",
            )
    return docs


def network_list_request(s: Shared) -> Phrase:
    return Phrase(
        "the plan's list of in-network lactation consultants (IBCLCs) who serve ",
        s.people.state_name or "my area",
        ", with their phone numbers",
    )


def with_document_rule(s: Shared, docs: list[Any]) -> list[str]:
    """The letter's sources, plus the rule that gives free access to the documents asked for
    (commercial plans; Medicaid and Medicare have their own)."""
    sources = list(s.sources)
    if (
        docs
        and plan_track(s)["erisa_claims"]
        and not s.prospective
        and not any("2560.503-1" in src for src in sources)
    ):
        sources.append(
            "29 CFR 2560.503-1(h)(2)(iii) and (m)(8): free access to all documents relevant "
            "to the claim; (g)(1)(v)(A): any internal rule relied on, free on request"
        )
    return sources


# --------------------------------------------------------------------------
# Citations printed in a letter's own sentences (data/citations.yaml)

_REGIME = {"self_funded": ("erisa",), "fully_insured": ("hhs",), "governmental": ("hhs",)}
# Plans the ERISA claims rule and the ACA appeal rules reach
CLAIMS_RULE_FUNDING = ("fully_insured", "self_funded", "governmental", "unknown")


def cite(s: Shared, cid: str) -> str:
    """A citation's text for this plan (the regime's variant; every variant when unknown),
    added to the letter's sources with its URL."""
    from ... import knowledge

    entry = knowledge.citations()[cid]
    variants = entry.get("variants") or {}
    picked = [variants[k] for k in _REGIME.get(s.people.funding, ("hhs", "erisa")) if k in variants]
    picked = picked or list(variants.values())
    texts = [str(v["text"]) for v in picked]
    for v in picked:
        src = f"{v['text']} \u2014 {v['url']}" if v.get("url") else str(v["text"])
        if src not in s.sources:
            s.sources.append(src)
    return " and ".join(texts)


def co_amount(s: Shared) -> Decimal | None:
    """What the plan adjusted under group CO on the letter's claims (not the family's to pay)."""
    amounts = [
        adj.amount
        for claim in s.claims
        for ln in claim.service_lines
        for adj in ln.adjustments
        if (adj.group or "").upper() == "CO" and adj.amount
    ]
    return sum(amounts, Decimal(0)) if amounts else None
