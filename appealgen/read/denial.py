"""Whether a claim is denied, why (reason text), and its categories.

Denied: nothing paid on a billed service, a denial code or sentence, or a
patient share charged on a lactation service (the ACA forbids that cost sharing).
"""

from __future__ import annotations

import re

from ..knowledge import carc_codes, lactation_codes, reader_rules, reader_words
from ..models import Claim, Denial, Totals
from ..patterns import compiled
from . import normalize as nz
from .classify import classification, phrase_categories
from .codes import LineCodes, fill_codes_from_claim_text, is_payer_key
from .context import ZERO, ParseContext, sum_totals
from .prose_services import of_this_claim
from .reasons import (
    MAX_SENTENCES,
    denial_sentences,
    marked_notes,
    one_block,
    paragraph_mates,
    prose_sentences,
    reason_sentences,
    sentences_after,
)


def denial_words() -> re.Pattern[str]:
    """Words that say a claim was denied (rules/denial_words.yaml)."""
    return reader_rules().denied


def status_rx() -> re.Pattern[str]:
    """A claim's status beside its label (words of rules/reader_words.yaml)."""
    return compiled(
        rf"\b(?:claim |line |service )?status\s*[:\-]?\s*({reader_words().statuses})\b", re.I
    )


def printed_status(text: str) -> str | None:
    """A claim status printed beside its label ("Claim status: Denied"): denied, paid or None.

    A claim printing both (one line paid, one denied) counts as denied.
    """
    found = {m.group(1).lower() for m in status_rx().finditer(text)}
    if found & reader_words().status_denied:
        return "denied"
    return "paid" if found else None


def cell_status(ctx: ParseContext, claim: Claim) -> str | None:
    """A status printed alone in a service's cell (a "Decision" column: "Denied", "Paid")."""
    trace = ctx.traces.get(id(claim))
    found: set[str] = set()
    cell = compiled(rf"(?i)\s*({reader_words().statuses})\s*")
    for st in trace.services if trace is not None else []:
        for key, value in (st.cells or {}).items():
            m = cell.fullmatch(value or "")
            if m and not key.startswith(("billed", "paid", "allowed", "patient")):
                found.add(m.group(1).lower())
    if found & reader_words().status_denied:
        return "denied"
    return "paid" if found else None


def decide_denial(
    ctx: ParseContext,
    claim: Claim,
    seg_text: str,
    line_codes: list[LineCodes],
) -> None:

    line_codes = settle_codes(ctx, claim, seg_text, line_codes)
    carc, rarc, own, explained = _codes_of(ctx, line_codes)
    # a note keyed by a mark on the claim's own line ("99403*") is its reason's heading
    notes = [n for n in marked_notes(seg_text, _claim_text(ctx, claim)) if _categories_of(n)]
    sentences = claim_reasons(seg_text)
    sentences += [n for n in notes if n not in sentences]
    headed = reason_sentences(seg_text) + notes
    # judge on the printed totals, or on the lines where none are printed
    t = claim.totals if claim.totals != Totals() else sum_totals(claim.service_lines)
    paid = t.paid
    share = t.patient_responsibility or ZERO
    denial_codes = _denial_codes(carc)
    denied, via = _judge(ctx, claim, seg_text, (carc, rarc, own, explained), sentences)
    trace = ctx.traces.get(id(claim))
    claim.denied = denied
    if trace is not None:
        trace.denied_via = via
    if not denied:
        claim.denial = None
        return
    unsaid = not sentences and not carc and not explained
    apart: list[str] = []
    own_block = False
    if unsaid:
        # no sentence says it was denied: the claim's sentences that name a reason
        sentences = unsaid_reasons(seg_text)
    elif not carc and not rarc and not explained and not any(map(_categories_of, sentences)):
        # "We will not pay for this claim." names no reason; another sentence names one:
        # in the same paragraph it is the claim's own reason, and so is the notice's
        # only block naming one elsewhere
        others = [s for s in unsaid_reasons(seg_text) if s not in sentences]
        mates = set(paragraph_mates(seg_text, sentences))
        near = [s for s in others if s in mates]
        apart = [] if near else others
        sentences = [*sentences, *(near or apart)]
    if not carc and not rarc and not explained and sentences:
        # a sentence or a status printed for the claim ("Denied in full") says it was
        # denied and names no reason: the notice's only block naming one is its own
        told = apart or sentences
        said = bool(apart) or _status_apart(ctx, claim, seg_text, told)
        own_block = said and one_block(seg_text, told)
    reason_parts = explained + [s for s in sentences if s not in explained]
    reason = " ".join(reason_parts).strip() or None
    if reason and len(reason) > 600:
        reason = reason[:597].rsplit(" ", 1)[0] + "…"
    c = classification(
        reason or (None if carc or rarc or explained else status_words(ctx, claim, seg_text)),
        carc,
        rarc,
        codes_explained=explained,
        procedure_codes=[sl.procedure_code for sl in claim.service_lines if sl.procedure_code],
        patient_share_only=bool(paid and paid > ZERO and share > ZERO and not denial_codes),
    )
    cats, primary = c.categories, c.primary
    if cats in ([], ["other"]) and share > ZERO:
        # a deductible, copay or coinsurance charged, and no other reason printed
        cats, primary, c.via = ["cost_sharing"], "cost_sharing", "patient share"
    if trace is not None:
        trace.category_via = c.via or "no reason printed"
        # under a reason's heading, or in a column headed as the reasons' ("Reason", "Remarks")
        in_column = [o[5:] for o in own if o.startswith("TEXT:")]
        trace.reason_headed = bool(reason and any(h in reason for h in headed + in_column))
        trace.reason_headed = trace.reason_headed or bool(own_block and reason)
        trace.reason_unsaid = bool(unsaid and reason and sentences and not own_block)
        trace.reason_apart = bool(apart and reason and not own_block)
        trace.category_overruled = c.overruled
    claim.denial = Denial(
        reason_text=reason, carc=carc, rarc=rarc, categories=cats, primary_category=primary
    )


def claim_reasons(text: str) -> list[str]:
    """The claim's reason in its own words: sentences saying it was denied, then the
    sentences under a reason's heading ("Why did we make this decision?")."""
    said = denial_sentences(text)
    # "We are not able to pay it." and the next sentence gives the cause
    said += sentences_after(text, said, _categories_of)
    # under a heading, a sentence that names a reason ("Why you are getting this notice"
    # may head words that name none)
    said += [s for s in reason_sentences(text) if s not in said and _categories_of(s)]
    # a sentence's tail read apart from its labelled first line is the same sentence
    said = [s for s in said if not any(s != o and s in o for o in said)]
    # "We have denied payment for:" only leads into a list; it gives no reason of its own
    told = [s for s in said if not (s.endswith(":") and not _categories_of(s))]
    return told or said


def _status_apart(ctx: ParseContext, claim: Claim, seg_text: str, told: list[str]) -> bool:
    """Does a status of the claim say it was denied ("Denied in full", "Status: Not
    payable"): a short line that is no sentence (it ends in no full stop) and no part of
    the sentences ``told``? A sentence saying so ("We will not pay for this claim.") is no
    status: a reason told apart from it is asked."""
    said = " ".join(" ".join(told).split())
    return any(
        " ".join(t.split()) not in said and not t.endswith((".", "!", "?"))
        for t in _status_lines(ctx, claim, seg_text)
    )


def _claim_text(ctx: ParseContext, claim: Claim) -> str:
    """The text of the claim's own lines (its services' rows too)."""
    trace = ctx.traces.get(id(claim))
    spans = trace.spans if trace is not None else []
    return "\n".join(ctx.lines[k].text for a, b in spans for k in range(a, b))


def unsaid_reasons(text: str) -> list[str]:
    """The sentences of a claim's prose that name a specific reason without saying the
    claim was denied ("The visit was billed by a provider outside your plan's network."):
    at most ``MAX_SENTENCES``, none that only names a patient share."""
    out = []
    for s in prose_sentences(text):
        if set(_categories_of(s)) - {"cost_sharing", "other"}:
            out.append(s)
    return out[:MAX_SENTENCES]


def _judge(
    ctx: ParseContext,
    claim: Claim,
    seg_text: str,
    codes: tuple[list[str], list[str], list[str], list[str]],
    sentences: list[str],
) -> tuple[bool, str]:
    """Denied or not, and what decided it (the evidence rates each reason).

    A printed status decides ("Status: Denied", a "Decision" cell "Paid"); then nothing
    paid with a code or reason printed, a denial code, a patient share on lactation care.
    Nothing paid and no reason printed is denied only weakly: the person is asked.
    """
    carc, rarc, own, explained = codes
    # judge on the printed totals, or on the lines where none are printed
    t = claim.totals if claim.totals != Totals() else sum_totals(claim.service_lines)
    billed, paid, share = t.billed or ZERO, t.paid, t.patient_responsibility or ZERO
    denial_codes = _denial_codes(carc)
    own_denial = bool(own) and any(_names_a_denial(e) for e in explained)
    share_codes = [c for c in carc if c.split("-")[-1] in ("1", "2", "3")] or [
        e for e in explained if "cost_sharing" in _categories_of(e)
    ]
    nothing_paid = (paid is not None and paid == ZERO and billed > ZERO) or any(
        sl.paid is not None and sl.paid == ZERO and sl.billed is not None and sl.billed > ZERO
        for sl in claim.service_lines
    )
    trace = ctx.traces.get(id(claim))
    lines = [k for a, b in trace.spans for k in range(a, b)] if trace is not None else []
    # the claim's whole text: a status line may look like a code key's ("Code (1) Status: Denied")
    full = "\n".join(ctx.lines[k].text for k in lines) or seg_text
    said = "\n".join(ctx.lines[k].text for k in lines if k not in ctx.glossary_lines)
    # a reason's sentence without a denial word counts when it names a reason to deny
    named = any(denial_words().search(s) or _names_a_denial(s) for s in sentences)
    worded = bool(named or denial_words().search(seg_text) or denial_sentences(said))
    denied, via = False, "paid, with no denial code or patient share"
    if nothing_paid and (carc or rarc or own or worded):
        denied, via = True, "nothing paid on a billed service"
    elif denial_codes or own_denial:
        denied, via = True, "a denial code"
    elif (share > ZERO and (_is_lactation(claim) or carc)) or (
        paid and share_codes and _is_lactation(claim)
    ):
        denied, via = True, "a patient share on a lactation service"
    elif nothing_paid:
        denied, via = True, "nothing paid, no reason printed"
    elif paid is None and worded:
        denied, via = True, "denial wording only"
    elif paid is None:
        via = "no amount paid and no denial printed"
    if reader_rules().paid.search(of_this_claim(seg_text)) and share == ZERO and not denial_codes:
        denied, via = False, "printed as paid in full"
    status = printed_status(full) or cell_status(ctx, claim)
    if status == "denied":
        denied, via = True, "a printed status"
    elif status == "paid" and share == ZERO and not denial_codes and not share_codes:
        denied, via = False, "a printed status"
    return denied, via


def _denial_codes(carc: list[str]) -> list[str]:
    """The claim's CARCs that give a reason to deny: not a pricing or bookkeeping
    adjustment (45, a discount, sequestration: no categories in codes/carc.csv), nor a
    deductible, coinsurance or copay (cost_sharing alone)."""

    known = carc_codes()
    out = []
    for c in carc:
        info = known.get(c.split("-")[-1])
        cats = set(info.categories) if info else set()
        if cats - {"cost_sharing"}:
            out.append(c)
    return out


def status_words(ctx: ParseContext, claim: Claim, seg_text: str) -> str | None:
    """Short printed lines that say denied ("… $0.00  Not covered") when no reason is printed.

    They classify the denial (a "not covered" status is not_covered); a bare "Denied"
    names no reason and leaves the category undecided.
    """
    return " ".join(_status_lines(ctx, claim, seg_text)) or None


def _status_lines(ctx: ParseContext, claim: Claim, seg_text: str) -> list[str]:
    """The claim's short printed lines that say it was denied."""
    trace = ctx.traces.get(id(claim))
    lines = [k for a, b in trace.spans for k in range(a, b)] if trace is not None else []
    texts = [ctx.lines[k].text for k in lines if k not in ctx.glossary_lines] or [
        *seg_text.splitlines()
    ]
    return [
        t.strip()
        for t in texts
        if len(t.split()) <= 16
        and denial_words().search(t)
        and not reader_words().appeal_rights.search(t)
        and not reader_rules().general.search(t)
        and not re.search(r"(?i)whole or in part", t)
    ]


def _categories_of(text: str) -> list[str]:

    return phrase_categories(text)


def settle_codes(
    ctx: ParseContext, claim: Claim, seg_text: str, line_codes: list[LineCodes]
) -> list[LineCodes]:
    """Every reader's codes, settled the same way before the denial is judged.

    A RARC-shaped key the document explains as its own ("M5 This service was not
    medically necessary.") becomes an own code, and codes printed once for the claim
    ("Denial reason code: CO-B7.") go to its unpaid lines when no line prints any.
    """
    out: list[LineCodes] = []
    for i, (carcs, rarcs, own) in enumerate(line_codes):
        payer = [r for r in rarcs if is_payer_key(ctx, r)]
        if payer and i < len(claim.service_lines):
            sl = claim.service_lines[i]
            sl.remark_codes = [r for r in sl.remark_codes if r not in payer]
        out.append(
            (
                list(carcs),
                [r for r in rarcs if r not in payer],
                [*own, *(p for p in payer if p not in own)],
            )
        )
    via = fill_codes_from_claim_text(ctx, claim.service_lines, out, seg_text)
    trace = ctx.traces.get(id(claim))
    if via and trace is not None:
        trace.codes_via = via
    return out


def _names_a_denial(explanation: str) -> bool:
    """A payer's own code whose printed meaning is a reason to deny, not a share or a note."""

    cats = set(phrase_categories(explanation)) - {"cost_sharing", "other"}
    return bool(cats or denial_words().search(explanation))


def _names_other_code(explanation: str, code: str) -> bool:
    """An explanation that starts by naming a code other than ``code`` ("CO 11 - …")."""
    head = explanation[:30]
    named = {c for _g, c in nz.find_carcs(head)} | set(nz.find_rarcs(head))
    return bool(named) and code not in named


def _codes_of(
    ctx: ParseContext, line_codes: list[LineCodes]
) -> tuple[list[str], list[str], list[str], list[str]]:
    """The claim's CARCs, RARCs and own codes, and the printed explanations of them."""
    carc: list[str] = []
    rarc: list[str] = []
    own: list[str] = []
    for carcs, rarcs, owns in line_codes:
        for g, code in carcs:
            v = nz.format_carc(g, code)
            if v not in carc:
                carc.append(v)
        for r in rarcs:
            if r not in rarc:
                rarc.append(r)
        for o in owns:
            if o not in own:
                own.append(o)
    explained = [ctx.glossary[o] for o in own if o in ctx.glossary]
    explained += [o[5:] for o in own if o.startswith("TEXT:") and o[5:] not in explained]
    for v in carc + rarc:
        key = v.upper()
        for k in (key, key.replace("-", " "), key.split("-")[-1]):
            if k in ctx.glossary and ctx.glossary[k] not in explained:
                if k != key and _names_other_code(ctx.glossary[k], key.split("-")[-1]):
                    continue  # footnote "1" explains CO 11, not PR-1
                explained.append(ctx.glossary[k])
                break
    return carc, rarc, own, explained


def _is_lactation(claim: Claim) -> bool:

    known = lactation_codes()
    for sl in claim.service_lines:
        if sl.procedure_code and sl.procedure_code in known:
            return True
        if any(d.startswith(("Z39", "O92", "O91", "P92")) for d in sl.diagnosis_codes):
            return True
    return any(d.startswith(("Z39", "O92", "O91", "P92")) for d in claim.diagnosis_codes)
