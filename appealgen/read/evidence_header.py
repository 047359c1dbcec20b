"""Evidence for the notice's own fields: insurer, plan, member, notice date."""

from __future__ import annotations

import re
from typing import Any

from ..knowledge import reader_words
from ..models import ParseResult
from . import locate as lc
from . import normalize as nz
from .context import ParseContext, clean_id
from .dates import date_cell
from .evidence import INFERRED, LABELLED, SHAPED, WEAK, WRONG_SHAPE, Recorder
from .evidence_checks import (
    across_break,
    label_inside,
)
from .evidence_dates import compact_finder
from .evidence_labels import bare_label_field, label_before, labelled_value, typed_part
from .evidence_member import member_evidence
from .fields import all_of
from .header import funding_basis, payer_heading, plan_name_values, plan_type_rx
from .letterhead import letterhead_name
from .notice_date import HEADING, Dated, disagreeing, notice_dates
from .places import STATE_NAMES
from .plan_names import a_plan_type, plans_in_sentences, printed_with_type, product_line
from .sure_twins import misread_twin
from .wrapped_values import wrapped_value


def header_evidence(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:

    _payer(rec, ctx, result)
    _plan(rec, ctx, result)
    member_evidence(rec, ctx, result)
    _notice_date(rec, ctx, result)


def _payer(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:
    p = result.payer
    if p.name:
        where = rec.find(lc.text_finder(p.name)) or rec.find(lc.text_finder(p.name.split()[0]))
        heading = payer_heading(ctx)
        if reader_words().document_words.search(p.name):
            why = "reads as the document's title, not the insurer's name"
            rec.put("payer.name", INFERRED, "heading", where, why)
        elif heading and heading[1].casefold() in p.name.casefold():
            rec.put("payer.name", 0.88, "heading", where)
        elif labelled_value(ctx, "payer_name", p.name, None):
            rec.put("payer.name", LABELLED, "labels", where)
        elif (sender := letterhead_name(ctx)) and sender[1] == p.name:
            reason = "the sender over its return address, with no insurer's word in its name"
            rec.put("payer.name", INFERRED, "letterhead", where, reason)
        else:
            rec.put(
                "payer.name",
                INFERRED,
                "signature",
                where,
                "not printed as a heading; taken from the text",
            )
    if p.state:
        names = [p.state, *[k.title() for k, v in STATE_NAMES.items() if v == p.state]]
        where = None
        for n in names:
            where = where or rec.find(lc.text_finder(n), range(min(len(ctx.lines), 60)))
        rec.put("payer.state", 0.82, "address", where)
    if p.phone:
        digits = re.sub(r"\D", "", p.phone)
        rx = re.compile(r"\D{0,3}".join(digits[-10:]))

        def finder(t: str) -> list[tuple[int, int]]:
            return [(m.start(), m.end()) for m in rx.finditer(t)]

        rec.put("payer.phone", SHAPED, "phone", rec.find(finder))


def _plan(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:
    plan = result.plan
    if plan.name:
        labelled, where = _plan_printed(rec, ctx, plan.name)
        if inside := label_inside(plan.name):
            why = f'holds the label "{inside}": another field was read with it'
            rec.put("plan.name", WRONG_SHAPE, "labels", where, why)
        elif labelled:
            rec.put("plan.name", LABELLED, "labels", where)
        elif printed_with_type(ctx.lines, plan.name):
            rec.put("plan.name", SHAPED, "plan_type", where)  # "Granary Choice (HMO)"
        elif plan.type and typed_part(ctx, plan.name, plan.type):
            # a part of a header line that is a name ending in its plan type: "Highgate
            # Choice Plus PPO  |  PO Box 80 ..."; no sentence, no other plan before it
            rec.put("plan.name", SHAPED, "plan_type", where)
        elif told := told_plan(rec, ctx, result):
            rec.put("plan.name", SHAPED if told == "type" else 0.82, "sentence", where)
        elif product_of_payer(rec, ctx, plan.name):
            # "Haverline Choice Plus" alone under "Haverline Health Insurance Company":
            # the letterhead's product line, opening with the insurer's own first word
            rec.put("plan.name", 0.82, "letterhead", where)
        else:
            rec.put("plan.name", INFERRED, "heading", where, "plan name from an unlabelled line")
        if rec.ocr and (twin := misread_twin(plan.name, ctx.lines, ctx.settings)):
            rec.cap("plan.name", f'the page prints "{twin}" beside the same words: OCR misread one')
        if labelled and (why := _runs_on(ctx, plan.name)):
            rec.cap("plan.name", why)
        # a type read for the name: "enrolled in Northgate Employer" over "Health Plan POS (POS)"
        if _a_type_alone(plan.name):
            rec.cap("plan.name", f'"{plan.name}" is a plan\'s type, not its name')
        if plan.type is None and (printed := unread_plan_type(ctx)):
            # the letters name the plan with its type: without it the plan is not whole
            rec.cap("plan.name", f'the plan type "{printed}" is printed after its label, not read')
    if plan.type:
        where = rec.find(lc.code_finder(plan.type))
        if any(plan.type.upper() in f.value.upper() for f in all_of(ctx.found, "plan_type")):
            rec.put("plan.type", LABELLED, "labels", where)
        elif where is not None and label_before(ctx.lines, where.line, plan.type, "plan_type"):
            rec.put("plan.type", LABELLED, "labels", where)  # "Plan type PPO"
        elif plan.name and plan.type.upper() in plan.name.upper():
            rec.put("plan.type", SHAPED, "labels", where)
        elif where is not None and f"({plan.type.upper()})" in where.text.upper():
            rec.put("plan.type", 0.82, "text", where)  # "Summit Choice (PPO)"
        elif told_plan(rec, ctx, result) == "type":
            rec.put("plan.type", SHAPED, "sentence", where)  # "covered by Cedar Gold, a PPO plan"
        else:
            rec.put(
                "plan.type", 0.75, "text", where, "plan type from a line that does not label it"
            )
    if plan.group_number:
        where = rec.find(lc.text_finder(plan.group_number))
        f = labelled_value(ctx, "group_number", plan.group_number, clean_id)
        rec.put("plan.group_number", LABELLED if f else WEAK, "labels", where)
    if plan.funding != "unknown":
        _, said = funding_basis(ctx, plan.name)
        where = rec.find(lc.text_finder(said)) if said else None
        if said and reader_words().funding_outright.search(said):
            rec.put("plan.funding", 0.88, "funding_rules", where, text=said)
        else:
            rec.put(
                "plan.funding",
                0.72,
                "funding_rules",
                where,
                "funding inferred from a regulator named in the appeal rights, not stated",
                text=said,
            )


def _plan_printed(rec: Recorder, ctx: ParseContext, name: str) -> tuple[bool, lc.Spot | None]:
    """Is the plan ``name`` printed after a plan's label, and where: on one line, or
    across the break of the labelled value a narrow panel wraps ("Plan: Northgate Choice"
    over "Plus PPO", the part under printed where the value began)? A plan a sentence
    wraps stays where it is not found: a sentence's plan is not sure of its words
    (re-told letters state other plans so)."""
    where = rec.find(lc.text_finder(name))
    values = plan_name_values(ctx)
    labelled = any(name.casefold() in f.value.casefold() for f in values)
    for f in values if where is None else ():
        value = f.value.strip()
        if name.casefold() == value.casefold() and value not in ctx.lines[f.line].text:
            # the label finder read the value on with its wrapped part (kv_pairs.py)
            return True, across_break(ctx.lines, [f.line], lc.text_finder(name))
        if name.casefold() == wrapped_value(ctx.lines, f, ctx.settings).casefold():
            # the label finder read the line's part, the part under is read on with it
            return True, rec.find(lc.text_finder(value), [f.line])
    return labelled, where


def _runs_on(ctx: ParseContext, name: str) -> str | None:
    """Why the plan ``name`` read after its label may be cut short: label and value end a
    line of running sentences with no full stop, and the next line goes on with words of
    no label ("... is EXN912599766. Plan: Thornfield" over "Silver (HMO). Group number:
    473366.")."""
    for f in plan_name_values(ctx):
        text, value = ctx.lines[f.line].text.rstrip(), f.value.strip()
        if name.casefold() not in value.casefold() or not text.endswith(value):
            continue
        after = value[value.casefold().find(name.casefold()) + len(name) :]
        if re.match(r"\.\s+[A-Z]", after):
            continue  # "... Health Plan. Please use ...": its full stop ends the name
        if f.line + 1 >= len(ctx.lines) or ctx.lines[f.line + 1].page != ctx.lines[f.line].page:
            continue
        before = text[: len(text) - len(value)]
        lower = sum(1 for w in before.split() if w.isalpha() and w.islower())
        running = lower >= 2 and re.search(r"(?:\w{2}|\w[)\]\"'’])[.!?]\s+[A-Z]", before)
        nxt = ctx.lines[f.line + 1].text
        opening = nxt.strip().split(" ", 1)[0].rstrip(".,;")
        if opening.startswith("(") and _a_type_alone(opening):  # "Plan: Gold" over "(POS). ..."
            return "the next line opens with a plan's type in brackets: the name goes on there"
        if running and nxt.strip() and not re.match(r"\s*[A-Z][\w #/.'-]{0,30}:", nxt):
            return "its label and name end a line of sentences: the name may go on at the next"
    return None


def unread_plan_type(ctx: ParseContext) -> str | None:
    """A plan type (rules/reader_words.yaml) printed right after a plan type's label
    ("Plan type POS", "Product type: HMO") on a line of the notice, or None."""
    for k, ln in enumerate(ctx.lines):
        for m in plan_type_rx().finditer(ln.text):
            if label_before(ctx.lines, k, m.group(1), "plan_type"):
                return m.group(1)
    return None


def product_of_payer(rec: Recorder, ctx: ParseContext, name: str) -> bool:
    """Is the plan ``name`` the product line printed alone under the insurer's name in the
    letterhead (plan_names.product_line: a run of capitalised words opening with the
    insurer's first word, no office, address or label), the insurer's name read surely
    from that heading?"""
    payer = rec.out.get("payer.name")
    heading = payer_heading(ctx)
    if payer is None or not payer.sure or heading is None:
        return False
    product = product_line(ctx.lines, *heading, ctx.settings)
    return product is not None and product.casefold() == name.casefold()


def told_plan(rec: Recorder, ctx: ParseContext, result: ParseResult) -> str | None:
    """Is the plan's name read from the notice's sentences, and what supports it: "type"
    when a sentence prints it with its plan type ("covered by Cedar Gold, a PPO plan",
    "through the Cedar Gold PPO plan"), "insurer" when a sentence calls it a plan and it
    opens with the first word of the insurer's name, read surely ("Cedar Gold" of "Cedar
    Mutual"); None when no sentence names it, or the sentences name another plan too."""
    name, payer = result.plan.name or "", result.payer.name or ""
    told = list(plans_in_sentences(ctx.text[:3000], payer or None))

    def same(told_name: str, ptype: str | None) -> bool:
        # "covered by Westbrook Select EPO, a EPO plan": its type is a word of the name
        whole = f"{told_name} {ptype}" if ptype else told_name
        return name.casefold() in (told_name.casefold(), whole.casefold())

    if not told or not all(same(n, t) for n, t in told):
        return None
    if any(t is not None and t == result.plan.type for _, t in told):
        return "type"
    insurer = rec.out.get("payer.name")
    brand = payer.split()[0].casefold() if payer else ""
    sure_payer = insurer is not None and insurer.sure
    return "insurer" if sure_payer and name.split()[0].casefold() == brand else None


def _notice_date(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:
    d = result.notice_date
    if d is None:
        return
    # the dates the reader ranked (kept from the read when the claims' numbers are the same)
    dated = notice_dates(ctx, tuple(c.claim_number or "" for c in result.claims))
    _notice_date_read(rec, ctx, result, dated)
    if dated and dated[0].when == d and (other := disagreeing(dated)):
        # two dates the notice gives itself as well as each other, and nothing general
        # tells which is the notice's ("Processed 08/12/2026" for one claim, "Processed
        # 07/27/2026" for another)
        said = other[0].said if other[0].found else "a date heading the letter"
        when = other[0].when
        rec.cap(
            "notice_date", f'the notice also prints {when:%B} {when.day}, {when.year} ("{said}")'
        )


def _notice_date_read(
    rec: Recorder, ctx: ParseContext, result: ParseResult, dated: tuple[Dated, ...]
) -> None:
    d = result.notice_date
    # "REMIT DATE 022126": a compact date beside its label, as read/notice_date.py reads it
    labelled = [
        f
        for f in all_of(ctx.found, "notice_date")
        if (nz.parse_date(f.value) or date_cell(f.value)) == d
    ]
    if labelled:
        f = min(labelled, key=lambda f: (f.label == "date", f.line))
        # beside its label, or under it when the labels are printed above the values
        near = [f.line, f.line + 1, f.line + 2]
        where = rec.find(lc.date_finder(d), near) or rec.find(compact_finder(d), near)
        # a bare "Date" the reader ranked as heading the letter, above every claim
        heading = any(x.found is f and x.rank == HEADING for x in dated)
        if f.label != "date" or bare_label_field(ctx.lines, f) == "notice_date":
            rec.put("notice_date", LABELLED, "labels", where)
        elif heading and not _a_visits_day(result, d):
            rec.put("notice_date", SHAPED, "labels", where)  # "Date 04-18-2026" atop the letter
        else:  # a bare "Date" label also ends "Visit date", "Service date"
            rec.put("notice_date", INFERRED, "labels", where, 'labelled only "Date"')
        return
    where = rec.find(lc.date_finder(d), range(min(len(ctx.lines), 25)))
    if where is not None and len(ctx.lines[where.line].text) < 40:
        rec.put("notice_date", 0.84, "letter_date", where)
    else:
        rec.put("notice_date", INFERRED, "letter_date", where, "a date at the top, not labelled")


def _a_visits_day(result: ParseResult, d: Any) -> bool:
    """Is ``d`` the date of a service of the notice's claims?"""
    return any(sl.date_of_service == d for c in result.claims for sl in c.service_lines)


def _a_type_alone(text: str) -> bool:
    """Is ``text`` a plan's type and nothing else ("POS", "(PPO)")?"""
    return a_plan_type(text.strip().removeprefix("(").removesuffix(")"))
