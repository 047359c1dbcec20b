"""Evidence for the people of a claim: its patient and its provider (name, NPI, network)."""

from __future__ import annotations

import re

from ..knowledge import reader_words, sentence_rules
from ..models import ParseResult
from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .evidence import INFERRED, LABELLED, SHAPED, WEAK, WRONG_SHAPE
from .evidence_blocks import npi_trouble, other_claims_line, own_block
from .evidence_checks import name_trouble, wrapped_printing
from .evidence_claim import ClaimCheck
from .fields import all_of
from .member import is_street
from .person_checks import person_problem
from .reader_prose import PROSE_PATIENT
from .sentence_ends import sentences


def people_evidence(c: ClaimCheck) -> None:
    """Evidence for the claim's patient and provider."""
    _patient(c)
    _provider(c)


def _patient(c: ClaimCheck) -> None:
    rec, claim, result, span, base = c.rec, c.claim, c.result, c.span, c.base
    if claim.patient_name:
        path = f"{base}.patient_name"
        where = (
            rec.find(lc.text_finder(claim.patient_name), span)
            or rec.find(lc.text_finder(claim.patient_name))
            or wrapped_printing(rec.lines, [*span, *range(len(rec.lines))], claim.patient_name)
        )
        problem = person_problem(claim.patient_name, result) or name_trouble(
            rec.lines, where.line if where else None, claim.patient_name
        )
        via = c.trace.patient_via
        if not problem and via in ("column", "label") and not _on_own_rows(c):
            if owner := other_claims_line(
                rec.lines,
                c.ctx.found,
                "patient_name",
                claim.patient_name,
                claim.claim_number,
                _other_numbers(c),
            ):
                problem = f"printed on the line of claim {owner}"
            elif via == "label" and where is not None and span and where.line >= max(span):
                # "Patient Quinn Lee, claim no. 2672651611664" below the claim: no heading
                # over it, the name of a claim told after it
                problem = "its label is printed after the claim's lines, not above them"
        if problem:
            rec.put(path, WRONG_SHAPE, via or "labels", where, problem)
        elif via in ("column", "label"):
            rec.put(path, LABELLED, "table" if via == "column" else "labels", where)
        elif via in ("group", "caption"):  # a group's heading, a claim's caption cell
            rec.put(path, SHAPED, "table" if via == "group" else "heading", where)
        elif via == "prose" and _member_surely(c, claim.patient_name):
            # "care given to Julia Schultz", and Julia Schultz is the member read surely
            # under a label or an address: two readings agree
            rec.put(path, 0.82, "prose", where)
        elif via == "prose" and _told_with_number(c, claim.patient_name):
            # "Claim 2026-55511 was filed by Ann Lee, IBCLC for Mia Lee": the sentence that
            # names the care's patient names the claim too
            rec.put(path, 0.82, "prose", where)
        elif via == "prose":
            rec.put(path, INFERRED, "prose", where, "named only in a sentence")
        elif _addressee_is_patient(c, claim.patient_name):
            rec.put(path, 0.82, "addressee", where)
        else:
            rec.put(path, 0.72, "addressee", where, "the letter's addressee, taken as the patient")


def _told_with_number(c: ClaimCheck, name: str) -> bool:
    """Does one sentence of the claim's lines name both the claim's number and ``name`` as
    the one the care was given to ("We received claim 2026-55511 for services to Mia Lee",
    "Claim 2026-55511 was filed by Ann Lee, IBCLC for Mia Lee")?"""

    number = c.claim.claim_number
    if not number:
        return False
    text = " ".join(c.rec.lines[k].text for k in c.span if 0 <= k < len(c.rec.lines))
    for sentence in sentences(text):
        if number not in sentence:
            continue
        m = PROSE_PATIENT.search(sentence)
        if m and m.group(1).rstrip(".").casefold() == name.casefold():
            return True
    return False


def _on_own_rows(c: ClaimCheck) -> bool:
    """Is the patient read from a column printed on the claim's own service rows? Then the
    row says whose care it was, whatever other claims' rows print."""
    rec, trace, claim = c.rec, c.trace, c.claim
    name = (claim.patient_name or "").casefold()
    rows = [k for st in trace.services for k in st.lines if 0 <= k < len(rec.lines)]
    return (
        trace.patient_via == "column"
        and bool(name)
        and any(name in rec.lines[k].text.casefold() for k in rows)
    )


def _provider(c: ClaimCheck) -> None:
    rec, claim, result, span, base = c.rec, c.claim, c.result, c.span, c.base
    trace = c.trace
    p = claim.provider
    if p.name:
        path = f"{base}.provider.name"
        where = rec.find(lc.text_finder(p.name), span) or rec.find(lc.text_finder(p.name))
        where = where or wrapped_printing(rec.lines, [*span, *range(len(rec.lines))], p.name)
        where = where or rec.find(lc.text_finder(" ".join(p.name.split()[:2])), span)
        payer = (result.payer.name or "").casefold()
        if payer and p.name.casefold() == payer:
            rec.put(path, WRONG_SHAPE, "labels", where, "the insurer's name, not the provider's")
        elif is_street(p.name):
            rec.put(path, WRONG_SHAPE, "labels", where, "reads as a street address, not a name")
        elif nz.NPI_DIGITS.search(p.name):
            rec.put(path, WEAK, "labels", where, "holds a number of ten digits (its NPI?)")
        elif trouble := name_trouble(rec.lines, where.line if where else None, p.name):
            rec.put(path, WEAK, "labels", where, trouble)
        elif payee := _heading_for_several(c, where):
            rec.put(path, INFERRED, "labels", where, payee)
        elif owner := _another_claims(c, where):
            rec.put(path, WEAK, "labels", where, f"printed with claim {owner}, not this one")
        elif trace.provider_via in ("column", "label", "document"):
            rec.put(path, LABELLED if trace.provider_via != "document" else SHAPED, "labels", where)
        elif trace.provider_via in ("heading", "claim heading"):
            # "… seen by Kim Tran" says it; a name after "Claim 123 -" is a provider's by its words
            rec.put(path, SHAPED if trace.provider_via == "heading" else 0.82, "heading", where)
        elif re.search(r"(?:,\s*[A-Z]{2,5}\.?|\bLLC|\bInc\.?)$", p.name):
            rec.put(path, 0.82, "prose", where)  # "provided by Jane Doe, IBCLC" / "… LLC"
        else:
            rec.put(path, INFERRED, "prose", where, "named only in a sentence")
    if p.npi:
        here = rec.find(lc.code_finder(p.npi), span)
        where = here or rec.find(lc.code_finder(p.npi))
        others = frozenset(o.claim_number or "" for o in result.claims) | {result.member.id or ""}
        trouble = npi_trouble(rec.lines, span, p.npi, claim.claim_number, others)
        trouble = trouble or _heading_for_several(c, where)
        if trouble is None and here is None:
            # another claim's, the payee's or the document's NPI: maybe not this provider's
            trouble = "printed outside this claim's lines"
            rec.put(f"{base}.provider.npi", INFERRED, "npi_check_digit", where, trouble)
        else:
            rec.put(
                f"{base}.provider.npi", WEAK if trouble else 0.93, "npi_check_digit", where, trouble
            )
    if p.network:
        rx = reader_words().network
        where = rec.find(lambda t: [(m.start(), m.end()) for m in rx.finditer(t)], span)
        path = f"{base}.provider.network"
        reason = (claim.denial.reason_text or "") if claim.denial else ""
        if any(f.field == "network" and f.line in span for f in c.ctx.found):
            rec.put(path, LABELLED, "labels", where)
        elif where is not None and where.text.casefold() in reason.casefold():
            # "We denied this claim because the provider is not in our network": the
            # plan's reason (its category says so), not the provider's printed status
            rec.put(path, INFERRED, "phrases", where, "said only as the reason for the denial")
        else:
            rec.put(path, SHAPED, "phrases", where)


def _another_claims(c: ClaimCheck, where: lc.Spot | None) -> str | None:
    """The number of the other claim whose lines print the value, when this claim's own
    lines do not: a value carried over from the claim above."""
    if where is None or where.line in c.span:
        return None
    for other in c.others():
        trace = c.ctx.traces.get(id(other))
        if trace is None:
            continue
        if any(s <= where.line < e for s, e in trace.spans):
            return other.claim_number or "above"
    return None


def _heading_for_several(c: ClaimCheck, where: lc.Spot | None) -> str | None:
    """A provider (or NPI) printed once, above the claims, on a remittance of several
    patients' claims: the heading names the payee, maybe not who gave this claim's care."""
    rec, result = c.rec, c.result
    if where is None or len({o.patient_name for o in result.claims if o.patient_name}) < 2:
        return None
    if where.line in own_block(rec.lines, c.span, c.claim.claim_number):
        return None
    starts = [
        k
        for o in result.claims
        for k in range(len(rec.lines))
        if o.claim_number and o.claim_number in rec.lines[k].text
    ]
    if starts and where.line < min(starts):
        return "printed once above the claims of several patients: the payee, maybe not this care's"
    return None


_GREETING = compiled(r"\s*(dear|hello|hi|greetings)\b", re.I)


def _member_surely(c: ClaimCheck, name: str) -> bool:
    """Is ``name`` the member's name, read surely on its own?"""
    member = c.rec.out.get("member.name")
    return (
        member is not None
        and member.sure
        and (c.result.member.name or "").casefold() == name.casefold()
    )


def _addressee_is_patient(c: ClaimCheck, name: str) -> bool:
    """The addressee taken as the patient, confirmed: the same name is the member's, read
    surely under its own label or atop the address block, and the notice either calls the
    care the addressee's own ("services you received", "you received services") or, the
    name printed again in full in the letter's text, names no patient apart from the
    member."""
    rec, ctx, result = c.rec, c.ctx, c.result
    member = rec.out.get("member.name")
    if (
        member is None
        or not member.sure
        or member.reader not in ("labels", "address_block")
        or (result.member.name or "").casefold() != name.casefold()
    ):
        return False
    text = "\n".join(ln.text for ln in ctx.lines)
    # the notice speaks of the care as the addressee's own (rules/sentences.yaml)

    own_care = sentence_rules().matches("your_care", text)
    if member.reader == "address_block" and not own_care:
        needle = name.casefold()
        body = [
            ln.text
            for ln in ctx.lines
            if needle in ln.text.casefold() and not _GREETING.match(ln.text)
        ]
        if len(body) < 2:
            return False  # only the address block (and the greeting) names the person
    if own_care:
        return True
    # a notice naming no patient, but naming another of the member's family, may be about
    # that person's care: the member is then only a guess at the patient
    return not all_of(ctx.found, "patient_name") and not _names_kin(text, name)


def _names_kin(text: str, name: str) -> bool:
    """Does ``text`` name a person of ``name``'s surname with another given name ("Wilder
    Castellano" or "CASTELLANO, WILDER" beside the member Idris Castellano)?"""
    parts = name.split()
    if len(parts) < 2:
        return False
    given, surname = parts[0].casefold(), re.escape(parts[-1])
    pattern = compiled(
        rf"\b([A-Z][A-Za-z'-]+)\s+(?:[A-Z]\.?\s+)?{surname}\b|\b{surname},\s*([A-Z][A-Za-z'-]+)",
        re.IGNORECASE,
    )
    titles = reader_words().name_titles
    for m in pattern.finditer(text):
        other = (m.group(1) or m.group(2)).casefold()
        if other != given and other not in titles:
            return True
    return False


def _other_numbers(c: ClaimCheck) -> set[str]:
    return {o.claim_number for o in c.others() if o.claim_number}


def claim_npis(result: ParseResult) -> list[str]:
    return [c.provider.npi for c in result.claims if c.provider.npi]
