"""The census set: notices that print who the member is, which plan and which codes where no other set does, in a dev and a check half.

Ten layout families, ``c00``-``c09``, drawn from how explanations of benefits print the
member, the member ID, the plan and the service codes on layouts nobody tuned to: a
two-column header whose labels are right-aligned in one column and their values left-aligned
in the next; the member's name and ID in one string ("Solveig Nakagawa  (W123456789)");
the ID and the group number on one line ("Cert. No. ZGP 4410 2231   Group 0044120"); a
subscriber and a patient who differ, each with an ID; an ID on the line under its label;
after "Identification #", "Alt ID", "Member/Group", "Participant ID", "Covered person ID",
"Insured", "Enrollee ID" or "Subscriber ID", with letters and dashes, spaces or a two-digit
suffix; the plan as "Health plan name", "Product", "Benefit plan", "Coverage", in the
header's column or only inside a sentence ("your coverage under the Tamarack Choice
PPO"), its name holding the year or the employer; the funding told as "self-insured",
"administrative services only (ASO)", "fully insured" or "ERISA" alone (which settles
nothing); and the codes in a column headed "Svc Code", "Proc", "Proc code" or "Service",
with the modifiers in a column of their own, prefixed ("CPT 99403-25", "HC:S9443:U9") or
with their words in the same cell ("99403 Preventive counseling 45 min"), and the
diagnoses listed above the table ("Dx 1: Z39.1") and keyed by a pointer column. Some
documents are scanned in grey.

Its dev half, ``c00``-``c04``, is open for tuning; its check half, ``c05``-``c09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/census --families c05 c06 c07 c08
c09``). ``python samples/census.py`` writes both to ``tests/data/varied/census/`` as
``c<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print.
Records are drawn as the ahead set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import mailed as ml  # noqa: E402  - samples/mailed.py: the date shapes, the shade
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scans
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
SCAN = ((2, "scan", 200),)  # the third document scanned in grey at 200 dpi
SHADE = ml.SHADE


@dataclass(frozen=True)
class Family(ah.Family):
    """A census layout: where and after which label it prints the member's ID (``id_place``:
    "rightcol", "paren", "group", "twoids" or "under"), where the plan (``plan_place``:
    "rightcol", "label" or "sentence") and how the codes (``code_style``: "modcol",
    "desc", "prefixed" or "hc") and the diagnoses (``dx_lines``: listed above the table)."""

    scans: tuple[tuple[int, str, int], ...] = ()
    id_label: str = "Member ID"
    id_place: str = "rightcol"
    patient_label: str = "Patient ID"  # "twoids": the patient's own ID's label
    plan_label: str = "Plan"
    plan_place: str = "label"
    code_head: str = "Svc Code"
    code_style: str = "modcol"
    dx_lines: bool = False
    date_label: str = "Date of notice"


FAMILIES = [
    # the dev half
    Family(0, "rightcol", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (1, 2), (1, 3), ("not_covered", "provider_type", "cost_sharing"),
           funding="self_funded", mixed=True, modifiers=True,
           id_label="Identification #", id_place="rightcol", plan_label="Health plan name",
           plan_place="rightcol", code_head="Svc Code", code_style="modcol"),
    Family(1, "namedid", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, ah.d_abbrev,
           (1, 2), (1, 2), ("medical_necessity", "out_of_network", "prior_authorization"),
           funding="self_funded", scans=SCAN, mixed=True, modifiers=True,
           id_label="Subscriber", id_place="paren", plan_place="sentence",
           code_head="Service", code_style="desc", dx_lines=True),
    Family(2, "idgroup", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, ml.d_caps,
           (1, 2), (1, 3), ("provider_type", "frequency_limit", "not_covered"),
           funding="self_funded", mixed=True, modifiers=True,
           id_label="Cert. No.", id_place="group", plan_label="Product", plan_place="label",
           code_head="Proc", code_style="prefixed", date_label="Statement date"),
    Family(3, "twoids", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_mon,
           (2, 3), (1, 2), ("out_of_network", "cost_sharing", "medical_necessity"),
           scans=SCAN, infant=True, mixed=True, modifiers=True,
           id_label="Enrollee ID", id_place="twoids", patient_label="Patient ID",
           plan_label="Benefit plan", plan_place="label", code_head="Proc code",
           code_style="modcol", dx_lines=True),
    Family(4, "undertag", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, g.d_us,
           (1, 2), (1, 2), ("prior_authorization", "not_covered", "provider_type"),
           mixed=True, modifiers=True, id_label="Alt ID", id_place="under",
           plan_label="Coverage", plan_place="label", code_head="Svc Code",
           code_style="desc", date_label="Notice date"),
    # the check half
    Family(5, "memgroup", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, ml.d_short_dots,
           (1, 2), (1, 3), ("provider_type", "medical_necessity", "out_of_network"),
           funding="fully_insured", mixed=True, modifiers=True,
           id_label="Member/Group", id_place="rightcol", plan_label="Product",
           plan_place="rightcol", code_head="Proc", code_style="prefixed", dx_lines=True),
    Family(6, "insured", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (1, 2), (1, 2), ("not_covered", "cost_sharing", "frequency_limit"),
           scans=SCAN, mixed=True, modifiers=True, id_label="Insured", id_place="paren",
           plan_label="Health plan name", plan_place="label", code_head="Proc",
           code_style="modcol", date_label="Statement date"),
    Family(7, "participant", "eob", "Times-Roman", "Times-Bold", 9.0, g.num, ah.d_abbrev,
           (1, 2), (1, 2), ("medical_necessity", "prior_authorization", "provider_type"),
           funding="self_funded", mixed=True, modifiers=True,
           id_label="Participant ID", id_place="group", plan_place="sentence",
           code_head="Service", code_style="desc"),
    Family(8, "dependent", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, ml.d_caps,
           (2, 3), (1, 2), ("out_of_network", "not_covered", "medical_necessity"),
           scans=SCAN, infant=True, mixed=True, modifiers=True,
           id_label="Subscriber ID", id_place="twoids", patient_label="Dependent ID",
           plan_label="Coverage", plan_place="rightcol", code_head="Svc Code",
           code_style="hc", dx_lines=True, date_label="Notice date"),
    Family(9, "covered", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, g.d_mon,
           (1, 2), (1, 3), ("cost_sharing", "provider_type", "prior_authorization"),
           funding="self_funded", mixed=True, modifiers=True,
           id_label="Covered person ID", id_place="under", plan_label="Benefit plan",
           plan_place="label", code_head="Svc Code", code_style="modcol", dx_lines=True),
]  # fmt: skip

PAYERS = [
    ("Tamarack Health Services", "Missoula", "MT", "59802"),
    ("Wrenfield Benefit Administrators", "Akron", "OH", "44308"),
    ("Cobblestone Health Plan Services", "Lowell", "MA", "01852"),
    ("Ridgeline Mutual Health", "Pueblo", "CO", "81003"),
    ("Sablewood Health Insurance Company", "Macon", "GA", "31201"),
    ("Foxhollow Health Partners", "Erie", "PA", "16501"),
    ("Meadowlark Assurance Company", "Wichita", "KS", "67202"),
    ("Pinecrest Employee Benefits Trust", "Eugene", "OR", "97401"),
    ("Lakemont Health Cooperative", "Rochester", "MN", "55902"),
    ("Ravensbrook Claims Services", "Nashua", "NH", "03060"),
]
PLAN_NAMES = {  # the plan's name (the year or the employer in some) and its type
    0: ("Tamarack Choice PPO", "PPO"),
    1: ("Lockhart Foods Employee Medical Program", None),
    2: ("2026 Cobblestone Saver 3000", None),
    3: ("Ridgeline Valley Mills Health Benefit", None),
    4: ("Sablewood Essentials HMO", "HMO"),
    5: ("Foxhollow 2026 Bronze HSA", None),
    6: ("Meadowlark Preferred EPO", "EPO"),
    7: ("Pinecrest School District Medical", None),
    8: ("Lakemont Co-op Standard POS", "POS"),
    9: ("Ravensbrook Hospital Employees PPO 2026", "PPO"),
}
FUNDING_TEXT = {  # the sentences that tell the funding, and one that settles nothing
    0: "Your employer's group health plan is self-insured; {payer} provides claims "
    "administration only.",
    1: "{payer} processes claims for this plan under an administrative services only (ASO) "
    "agreement; your employer funds the benefits.",
    2: "This is a self-insured plan. {payer} is the claims administrator and does not insure it.",
    4: "This plan is subject to the Employee Retirement Income Security Act of 1974 (ERISA).",
    5: "This plan is fully insured by {payer}.",
    7: "{payer} provides administrative services only (ASO) for your employer's self-insured plan.",
    9: "Your plan is a self-insured plan governed by ERISA; {payer} administers it.",
}
DESCRIPTIONS = {
    "S9443": "Lactation classes, non-physician",
    "99401": "Preventive counseling 15 min",
    "99402": "Preventive counseling 30 min",
    "99403": "Preventive counseling 45 min",
    "99404": "Preventive counseling 60 min",
}
MODIFIERS = ("25", "U9", "TH", "33", "HD")

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters

SHAPES: dict[int, Callable[[random.Random], str]] = {  # the member ID's shape per family
    0: lambda rng: (
        f"{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}-{_digits(rng, 2)}-{_digits(rng, 4)}"
    ),
    1: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 9)}",
    2: lambda rng: f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
    3: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 7)} 01",
    4: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 2)}-{_letters(rng, 2)}{_digits(rng, 5)}",
    5: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 8)}",
    6: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 6)}-01",
    7: lambda rng: f"{_digits(rng, 4)}-{_letters(rng, 1)}-{_digits(rng, 4)}",
    8: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
    9: lambda rng: f"{_letters(rng, 4)}{_digits(rng, 6)}02",
}


def _claim_number(fam: Family, rng: random.Random) -> str:
    return f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 8)}"


def _member_id(fam: Family, rng: random.Random) -> str:
    return SHAPES[fam.id](rng)


def _group(fam: Family, rng: random.Random) -> str | None:
    return f"00{_digits(rng, 5)}"


RECORDS = ah.Records("census", "c", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS,
                     MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``, with each patient's own ID (the member's
    is the member ID; a dependent's ends in another suffix) and an account number."""
    doc = RECORDS.record(fam, n)
    rng = random.Random(f"appealgen-census-more-{fam.id}-{n}")
    ids = {doc.member_name: doc.member_id}
    for claim in doc.claims:
        if claim.patient not in ids:
            ids[claim.patient] = f"{_letters(rng, 2)}{_digits(rng, 7)} 02"
    doc.extra["ids"] = ids
    doc.extra["account"] = _digits(rng, 8)
    return doc


# --------------------------------------------------------------------------
# Drawing


def _header(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The letterhead, with the notice's date in its corner."""
    ls.letterhead(fam, pdf, doc, "Explanation of Benefits", u._phone(doc, "paren"), below=46)
    top = pdf.h - pdf.margin - 13
    pdf.text(pdf.w - pdf.margin, top - 12, f"{fam.date_label}: {fam.dates(doc.notice_date)}",
             fam.font, fam.size + 0.5, align="right")  # fmt: skip


def _id_value(fam: Family, doc: g.Doc) -> str:
    """The ID as the family prints it: "Member/Group" prints the group after it."""
    if fam.id_label == "Member/Group":
        return f"{doc.member_id} / {doc.group}"
    return doc.member_id


def _rightcol(fam: Family, pdf: g.Pdf, doc: g.Doc) -> float:
    """At the right, labels right-aligned in one column and values left-aligned in the
    next (the member's and the plan's where the family prints them there, and an account
    number); returns the lowest point."""
    rows = []
    if fam.id_place == "rightcol":
        rows += [("Member name", doc.member_name), (fam.id_label, _id_value(fam, doc))]
        if fam.id_label != "Member/Group":
            rows.append(("Group number", doc.group))
    if fam.plan_place == "rightcol":
        rows.append((fam.plan_label, doc.plan_name))
    rows.append(("Account", doc.extra["account"]))
    edge, y = pdf.w - pdf.margin - 150, pdf.y
    for label, value in rows:
        pdf.text(edge, y - fam.size, label, fam.font, fam.size, align="right")
        pdf.text(edge + 8, y - fam.size, value, fam.bold, fam.size)
        y -= fam.size * 1.6
    return y


def _ids(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member's ID (and group) under the address, as the family prints them."""
    ident = _id_value(fam, doc)
    if fam.id_place == "paren":
        pdf.line(f"{fam.id_label}: {doc.member_name}  ({ident})", fam.font, fam.size)
        pdf.line(f"Group: {doc.group}    Account: {doc.extra['account']}", fam.font, fam.size)
    elif fam.id_place == "group":
        pdf.line(f"{fam.id_label} {ident}   Group {doc.group}   Account "
                 f"{doc.extra['account']}", fam.font, fam.size)  # fmt: skip
    elif fam.id_place == "twoids":
        pdf.line(f"Subscriber: {doc.member_name}    {fam.id_label}: {ident}", fam.font, fam.size)
        pdf.line(f"Group no. {doc.group}", fam.font, fam.size)
    elif fam.id_place == "under":
        x2 = pdf.margin + 150
        y = pdf.y
        pdf.text(pdf.margin, y - fam.size, fam.id_label, fam.font, fam.size)
        pdf.text(x2, y - fam.size, "Group", fam.font, fam.size)
        pdf.text(pdf.margin, y - 2.3 * fam.size, ident, fam.bold, fam.size)
        pdf.text(x2, y - 2.3 * fam.size, doc.group, fam.bold, fam.size)
        pdf.y = y - 3 * fam.size
    pdf.space(4)


def _plan(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The plan after its label or inside a sentence, and the funding sentence."""
    if fam.plan_place == "label":
        pdf.line(f"{fam.plan_label}: {doc.plan_name}", fam.font, fam.size)
    elif fam.plan_place == "sentence":
        pdf.para(f"This statement explains how the claims below were processed under your "
                 f"coverage under the {doc.plan_name}.", fam.font, fam.size, after=2)  # fmt: skip
    if doc.funding_text:
        pdf.para(doc.funding_text, fam.font, fam.size, after=2)
    pdf.space(6)


def _identity(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    top = pdf.y
    low = top
    if "rightcol" in (fam.id_place, fam.plan_place):
        low = _rightcol(fam, pdf, doc)
    pdf.y = top
    ls.address(fam, pdf, doc)
    pdf.y = min(pdf.y, low - 6)
    _ids(fam, pdf, doc)
    _plan(fam, pdf, doc)


def _code(fam: Family, ln: g.Line) -> str:
    """The code cell: alone (modifiers in their own column), with its words, or prefixed."""
    if fam.code_style == "modcol":
        return ln.code
    if fam.code_style == "desc":
        return f"{ah._code(fam, ln)} {ln.desc}"
    if fam.code_style == "hc":
        return ":".join(["HC", ln.code, *ln.modifiers])
    system = "HCPCS" if ln.code.startswith("S") else "CPT"
    return f"{system} {ah._code(fam, ln)}"


def _table(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """A claim's services: date, code (modifiers, words), diagnosis or its pointer, amounts
    and remark codes, with a totals row; the diagnoses listed above where the family does."""
    dxs = list(dict.fromkeys(d for ln in claim.lines for d in ln.dx))
    if fam.dx_lines:
        for k, d in enumerate(dxs):
            pdf.line(f"Dx {k + 1}: {d}", fam.font, fam.size)
    wide = fam.code_style == "desc"
    cols: list[tuple[str, float, Callable[[g.Line], str]]] = [
        ("Date", 56, lambda ln: fam.dates(ln.dos)),
        (fam.code_head, 150 if wide else 66, lambda ln: _code(fam, ln)),
    ]
    if fam.code_style == "modcol":
        cols.append(("Mod", 30, lambda ln: " ".join(ln.modifiers)))
    if not wide:
        cols.append(("Description", 110, lambda ln: ln.desc))
    if fam.dx_lines:
        cols.append(("Dx", 26, lambda ln: ",".join(str(dxs.index(d) + 1) for d in ln.dx)))
    else:
        cols.append(("Diagnosis", 44, lambda ln: " ".join(ln.dx)))
    money = [("Billed", "billed"), ("Allowed", "allowed"), ("Paid", "paid"),
             ("You owe", "owe")]  # fmt: skip
    first = len(cols)
    cols += [(t, 50, lambda ln, a=a: u._m(fam, getattr(ln, a))) for t, a in money]
    cols.append(("Remarks", 48, lambda ln: " ".join(nv._line_codes(ln))))
    rows = [[cell(ln) for _, _, cell in cols] for ln in claim.lines]
    total = ["Total"] + [""] * (first - 1) + [u._m(fam, claim.total(a)) for _, a in money] + [""]
    rows.append(total)
    pdf.table(u._cols(pdf, [c[0] for c in cols], [c[1] for c in cols],
                      set(range(first, first + 4))), rows,
              font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE,
              bold_rows={len(rows) - 1})  # fmt: skip


def _caption(fam: Family, pdf: g.Pdf, doc: g.Doc, claim: g.ClaimRec) -> None:
    """The claim's number and patient (with the patient's own ID where the family prints it)."""
    text = f"Claim number {claim.number}   Patient: {claim.patient}"
    if fam.id_place == "twoids":
        text += f"   {fam.patient_label}: {doc.extra['ids'][claim.patient]}"
    pdf.line(text, fam.bold, fam.size)
    pdf.line(f"Provider: {claim.provider}", fam.font, fam.size)


def draw(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Every family's page: the header, who and which plan as the family prints them,
    each claim under its caption with its table, and a key of the codes used."""
    _header(fam, pdf, doc)
    _identity(fam, pdf, doc)
    for claim in doc.claims:
        pdf.need(110)
        _caption(fam, pdf, doc, claim)
        _table(fam, pdf, claim)
        pdf.space(8)
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def _decorate(fam: Family, doc: g.Doc):
    """The payer's name and "Page X of N" at each page's foot."""
    return ls.footer(fam, doc.payer_name)


DRAW = {fam.layout: draw for fam in FAMILIES}
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {fam.layout: (_AMOUNTS | {"modifiers", "dx"}, _AMOUNTS) for fam in FAMILIES}


# --------------------------------------------------------------------------
# The set


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix), if its family scans it."""
    return nv.scanned(fam, n, text_pdf, base=8700)


def _reasons(fam: Family, text: str, exp: dict) -> list[str]:
    """Each denied claim's codes' meanings are printed."""
    return ls.reasons_printed(nv.MEANINGS)(fam, " ".join(text.split()), exp)


SET = ls.LayoutSet("census", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=scanned, more_checks=_reasons)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
