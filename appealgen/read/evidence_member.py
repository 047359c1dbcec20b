"""Evidence for the member: the name and ID printed beside their labels, in the address
block, or in a sentence that names the member; and their state."""

from __future__ import annotations

import re
from typing import Any

from ..knowledge import reader_words
from ..models import ParseResult
from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .claim_lines import is_account_label
from .context import ParseContext, clean_id, clean_name
from .evidence import INFERRED, LABELLED, SHAPED, WEAK, WRONG_SHAPE, Recorder
from .evidence_checks import name_trouble, wrapped_printing
from .evidence_labels import bare_label_field, labelled_value, names_field, rival_value
from .fields import all_of
from .member import address_blocks, member_state_near_name, name_before_id, prose_member_id
from .person_checks import person_problem
from .sure_wrap import continues_below, joined_spot, piece_after, printed_longer
from .value_shapes import bracketed_id


def member_evidence(rec: Recorder, ctx: ParseContext, result: ParseResult) -> None:

    m = result.member
    if m.name:
        where = rec.find(lc.text_finder(m.name)) or _wrapped(ctx, m.name)
        problem = person_problem(m.name, result) or name_trouble(
            ctx.lines, where.line if where else None, m.name
        )
        if problem:
            rec.put("member.name", WRONG_SHAPE, "labels", where, problem)
        elif row := on_a_patients_row(ctx, result, where):
            rec.put("member.name", WEAK, "labels", where, row)
        elif other := rival_value(ctx, "member_name", m.name, clean_name):
            rec.put("member.name", WEAK, "labels", where, f'another member is printed: "{other}"')
        elif labelled_value(ctx, "member_name", m.name):
            rec.put("member.name", LABELLED, "labels", where)
        elif any(b.name == m.name for b in address_blocks(ctx)):
            rec.put("member.name", 0.84, "address_block", where)
        elif (name_before_id(ctx) or "").casefold() == m.name.casefold() or _named_before_id(
            ctx, m.name
        ):
            # "Ann Lee  |  Member ID W123  |  Group 88": the member ID's label names it
            rec.put("member.name", SHAPED, "labels", where)
        elif _greeted(ctx, m.name):
            rec.put(
                "member.name", INFERRED - 0.05, "greeting", where, "name from the greeting only"
            )
        else:
            rec.put("member.name", INFERRED - 0.05, "text", where, "name from an unlabelled line")
    if m.id:
        _id_evidence(rec, ctx, result, m.id)
    if m.state:
        blocks = address_blocks(ctx)
        block = next(
            (b for b in blocks if m.name and b.name == m.name and b.state == m.state), None
        )
        where = None
        if block is not None:
            where = rec.find(lc.text_finder(m.state), [block.line])
            rec.put("member.state", SHAPED, "address_block", where)
        elif member_state_near_name(ctx, m.name) == m.state:
            where = rec.find(lc.text_finder(m.state))
            rec.put("member.state", 0.82, "address_block", where)
        else:
            where = rec.find(lc.text_finder(m.state))
            rec.put(
                "member.state",
                INFERRED,
                "address_block",
                where,
                "no address printed under the member's name",
            )


def _id_evidence(rec: Recorder, ctx: ParseContext, result: ParseResult, mid: str) -> None:
    """How sure the member ID ``mid`` is: its label, its shape and where it is printed."""
    name = result.member.name
    where = rec.find(lc.text_finder(mid))
    f = labelled_value(ctx, "member_id", mid, clean_id)
    if where is None and f is None:
        where, f = _joined(ctx, mid)
    line = where.line if where else None
    if nz.find_dates(mid) or len(mid.replace(" ", "")) < 5:
        rec.put("member.id", WRONG_SHAPE, "labels", where, "not shaped like a member ID")
    elif longer := printed_longer(ctx.lines, line, mid):
        why = f'only a part of the ID printed, "{longer}"'
        rec.put("member.id", WEAK, "labels", where, why)
    elif piece := piece_after(ctx.lines, line, mid) or continues_below(
        ctx.lines, line, mid, ctx.settings
    ):
        rec.put("member.id", WEAK, "labels", where, piece)
    elif row := on_a_patients_row(ctx, result, where):
        rec.put("member.id", WEAK, "labels", where, row)
    elif f is not None:
        if (
            f.label != "id"
            or bare_label_field(ctx.lines, f) == "member_id"
            or _id_after_member_name(ctx, f, name, rec.out.get("member.name"))
            or _id_under_member_name(ctx, f, name, rec.out.get("member.name"))
            or _id_among_coverage(ctx, f)
        ):
            rec.put("member.id", LABELLED, "labels", where)
        else:  # a bare "ID" label also names provider, claim and group IDs
            rec.put("member.id", INFERRED, "labels", where, 'labelled only "ID"')
    elif _bracketed_after_name(ctx, mid, name):
        # "Subscriber: Noor Iwu  (J856138167)": the member's label names the name and its ID
        rec.put("member.id", LABELLED, "labels", where)
    elif _said_as_members(ctx, result, mid):
        # "Our records show you as member LDB920499103", "…, enrollee R75915293"
        rec.put("member.id", SHAPED, "prose", where)
    elif _labelled_above_break(ctx, result, where, mid):
        # "… (member number" ending a line, "244-71-6439). You are …" opening the next
        rec.put("member.id", SHAPED, "labels", where)
    else:
        rec.put("member.id", WEAK, "labels", where, "no label names it")


def _bracketed_after_name(ctx: ParseContext, mid: str, name: str | None) -> bool:
    """Is ``mid`` printed in brackets closing the value of a member's name label, after
    the member's name ``name`` ("Subscriber: Noor Iwu  (J856138167)")?"""
    return bool(name) and any(
        bracketed_id(f.value) == mid and (clean_name(f.value) or "").casefold() == name.casefold()
        for f in all_of(ctx.found, "member_name")
    )


def _joined(ctx: ParseContext, mid: str) -> tuple[lc.Spot | None, Any]:
    """Where the ID ``mid``, printed across two lines of its cell and joined, starts, and
    the label of its first part ("Member no." beside "E36417", "43889" under it)."""
    spot = joined_spot(ctx.lines, range(len(ctx.lines)), mid, ctx.settings)
    if spot is None:
        return None, None
    return spot, labelled_value(ctx, "member_id", spot.text, clean_id)


def _wrapped(ctx: ParseContext, value: str) -> lc.Spot | None:
    return wrapped_printing(ctx.lines, range(len(ctx.lines)), value)


def _greeted(ctx: ParseContext, name: str) -> bool:
    """Is ``name`` printed in a greeting ("Dear Ann Lee,")?"""
    needle = name.casefold()
    return any(_GREETING.match(ln.text) and needle in ln.text.casefold() for ln in ctx.lines)


_GREETING = compiled(r"\s*(?:dear|hello|hi|greetings)\b", re.I)


def on_a_patients_row(ctx: ParseContext, result: ParseResult, where: lc.Spot | None) -> str | None:
    """Why a member's value printed at ``where`` may be one patient's among several: it
    sits on a service row of a claim, in a notice whose claims are of two or more patients
    (a remittance that lists each recipient's name and ID on the claim's row)."""
    patients = {c.patient_name.casefold() for c in result.claims if c.patient_name}
    if where is None or len(patients) < 2:
        return None
    for claim in result.claims:
        trace = ctx.traces.get(id(claim))
        rows = {k for st in trace.services for k in st.lines} if trace else set()
        if where.line in rows:
            return (
                f"printed on the row of claim {claim.claim_number or '(no number)'}, "
                "among the claims of several patients: maybe that patient's, not the member's"
            )
    return None


def _said_as_members(ctx: ParseContext, result: ParseResult, value: str) -> bool:
    """Is ``value`` printed right after a word naming the member in a sentence ("as
    member LDB920499103", "enrollee R75915293"), shaped like an ID (letters and digits,
    six or more, or digits alone the sentence names an ID: "your full member ID,
    21398810901, ..."), and no other field's number (a claim's, the group's)?"""

    compact = value.replace(" ", "").upper()
    others = {(c.claim_number or "").replace(" ", "").upper() for c in result.claims}
    others.add((result.plan.group_number or "").replace(" ", "").upper())
    return (
        prose_member_id(ctx.text) == value
        and len(compact) >= 6
        and (bool(re.search(r"[A-Z]", compact)) or compact.isdigit())
        and bool(re.search(r"\d", compact))
        and compact not in others
    )


def _id_after_member_name(ctx: ParseContext, f: Any, name: str | None, said: Any = None) -> bool:
    """Is the bare "ID" label printed right after the member's name, read under its own
    label on the same line ("Subscriber: Ann Lee ID: BA573972"), or in brackets after it,
    read surely (``said``: its evidence): "the subscriber, Ann Lee (ID BA573972)"? That ID
    is the member's."""
    if not name or not 0 <= f.line < len(ctx.lines):
        return False
    text = ctx.lines[f.line].text
    if said is not None and said.sure and re.search(re.escape(name) + r"\s*\(\s*id\b", text, re.I):
        return True
    for g in all_of(ctx.found, "member_name"):
        if g.line != f.line or (clean_name(g.value) or "").casefold() != name.casefold():
            continue
        at = text.casefold().find(name.casefold())
        if at >= 0 and re.match(r"[\s|,;]*id\b", text[at + len(name) :], re.I):
            return True
    return False


def _id_under_member_name(ctx: ParseContext, f: Any, name: str | None, said: Any) -> bool:
    """Does a cell open with the bare "ID" label right under the member's name, read surely,
    at the name's left edge: the ID of the block that names the member (a card's "Name" /
    "Ann Lee" / "ID" / "BA573972", or "MEMBER" / "Ann Lee" / "ID BA573972")?"""
    if not name or said is None or not said.sure or not 1 <= f.line < len(ctx.lines):
        return False
    here, above = ctx.lines[f.line], ctx.lines[f.line - 1]
    if above.page != here.page:
        return False
    edges = [c.x0 for c in here.cells if c.text.split()[:1] and _bare_id(c.text.split()[0])]
    names = [c.x0 for c in above.cells if c.text.strip().casefold() == name.casefold()]
    tol = ctx.settings.under_align_pt
    return any(abs(a - b) <= tol for a in edges for b in names)


def _bare_id(word: str) -> bool:
    return word.strip(" :#.").casefold() == "id"


# the fields of the member's coverage, printed with the member ID on an ID card's line
_COVERAGE = frozenset({"member_name", "group_number", "plan_name", "plan_type"})


def _id_among_coverage(ctx: ParseContext, f: Any) -> bool:
    """Is the bare "ID" label printed on a line whose other labels are all of the member's
    coverage, a group's or a plan's among them ("ID: QXR448120937  Group: 55120  Plan:
    Silver PPO"), and that names no other party (a provider, a claim, a payee)?"""
    if not 0 <= f.line < len(ctx.lines):
        return False
    text = ctx.lines[f.line].text
    if f.value not in text or reader_words().another_party_words.search(text):
        return False  # values under a row of labels, or a line that names another party
    others = [g for g in ctx.found if g.line == f.line and g.field != "member_id"]
    fields = {g.field for g in others}
    if any(is_account_label(g.label) for g in others):
        return False  # an account's number is no coverage's
    return bool(fields & {"group_number", "plan_name"}) and fields <= _COVERAGE


def _labelled_above_break(
    ctx: ParseContext, result: ParseResult, where: lc.Spot | None, value: str
) -> bool:
    """Is ``value`` printed first on its line (after a bracket), the line before ending on
    a member ID's label, shaped like an ID (six or more letters and digits, four digits)
    and no other field's number (a claim's, the group's, an NPI)?"""

    if where is None or where.line < 1:
        return False
    text, prev = ctx.lines[where.line].text, ctx.lines[where.line - 1]
    at = text.find(value)
    if at < 0 or text[:at].strip(" ([") or prev.page != ctx.lines[where.line].page:
        return False
    words = prev.text.rstrip(" :#([").split()
    if not any(names_field(" ".join(words[-k:]).lstrip("(["), "member_id") for k in (1, 2, 3)):
        return False
    compact = re.sub(r"[\s-]", "", value).upper()
    others = {re.sub(r"[\s-]", "", c.claim_number or "").upper() for c in result.claims}
    others |= {re.sub(r"[\s-]", "", result.plan.group_number or "").upper()}
    others |= {c.provider.npi or "" for c in result.claims}
    return len(compact) >= 6 and sum(ch.isdigit() for ch in compact) >= 4 and compact not in others


def _named_before_id(ctx: ParseContext, name: str) -> bool:
    """Is ``name`` printed right before the member ID's label, a comma between, first on
    its line or after a heading's colon ("Re: Clementine Mbeki-Rowe, member ID A123"), or
    an opening bracket ("the coverage of Ann Lee (member number A123)")?"""
    for f in all_of(ctx.found, "member_id"):
        text = ctx.lines[f.line].text
        at = text.lower().find(f.label.lower())
        if at <= 0:
            continue
        before = text[:at].rstrip()
        if not before.endswith((",", "(")):
            continue
        head = before[:-1].rstrip()
        if head.casefold().endswith(name.casefold()):
            rest = head[: len(head) - len(name)].strip()
            # "… the coverage of Ann Lee (member number A123)": the bracket ties the two
            if before.endswith("(") or not rest or (rest.endswith(":") and len(rest.split()) <= 2):
                return True
    return False
