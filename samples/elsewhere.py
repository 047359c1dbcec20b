"""The elsewhere set: notices that print the member ID, the plan, the codes and the notice date where no other set does, in a dev and a check half.

Ten layout families, ``e00``-``e09``, drawn from how explanations of benefits print the
member ID, the plan, the service codes and the notice's date on layouts nobody tuned to:
the member ID in a ruled header cell under its label, on a card panel beside the address,
in a narrow column that wraps it over two lines, or on a line of numbers that look alike
(a group number, a claim number, an account number), after "Identification number",
"Subscriber/Member #", "Enrollee ID", "Cert #", "Policy ID" or "Recipient ID", some with a
suffix ("-01", " 02"); the plan as a product whose name holds no "Plan" ("Harbor Choice
2000"), in the letterhead, a header cell, a card, a footer or after "Coverage",
"Product", "Benefit plan" or "Program", beside an employer and a group name that are not
it; the procedure codes with modifiers ("99403-25", "S9443 U9") in a column headed
"Service", "Proc", "HCPCS/CPT" or "Rev/Proc" beside a revenue code, the diagnosis codes
printed without their dot ("Z391"), in a column or keyed by a pointer column; and the
notice's date as "Issued 03.12.26", "Run date" or "Statement date" beside received,
processed and paid dates that are not it. Some documents are scanned in grey.

Its dev half, ``e00``-``e04``, is open for tuning; its check half, ``e05``-``e09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/elsewhere --families e05 e06 e07 e08
e09``). ``python samples/elsewhere.py`` writes both to ``tests/data/varied/elsewhere/`` as
``e<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print.
Records are drawn as the ahead set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import mailed as ml  # noqa: E402  - samples/mailed.py: the corner, the date shapes
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scans
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
SCAN = ((2, "scan", 200),)  # the third document scanned in grey at 200 dpi
SHADE = ml.SHADE


@dataclass(frozen=True)
class Family(ah.Family):
    """An elsewhere layout: where and after which label it prints the member ID (and the
    suffix the ID ends with), where the plan, how the codes and under which label the date."""

    id_label: str = "Member ID"
    id_place: str = "line"  # "cells", "card", "narrow" (wrapped over two lines) or "line"
    suffix: str = ""  # "-01", " 02": the member's suffix, part of the ID
    plan_label: str = ""  # "Coverage", "Product", ...: where the plan is printed after one
    plan_place: str = "label"  # "letterhead", "label", "cells", "card" or "footer"
    code_head: str = "Service"  # the code column's heading ("Rev/Proc": the revenue code in it)
    rev: bool = False  # a revenue code column beside the code
    pointer: bool = False  # diagnoses listed above the table, a pointer column in it
    date_label: str = "Issued"  # the notice date's label
    others: tuple[str, ...] = ("Processed",)  # the dates printed beside it, that are not it


FAMILIES = [
    # the dev half
    Family(0, "headcell", "eob", "Helvetica", "Helvetica-Bold", 7.5, ah.dollars,
           ml.d_short_dots, (1, 2), (1, 3), ("not_covered", "provider_type", "cost_sharing"),
           funding="fully_insured", mixed=True, modifiers=True,
           id_label="Identification number", id_place="cells", plan_place="letterhead",
           code_head="HCPCS/CPT", rev=True, pointer=True, date_label="Issued",
           others=("Processed", "Received")),
    Family(1, "idcard", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 2), ("medical_necessity", "out_of_network", "prior_authorization"),
           scans=SCAN, mixed=True, modifiers=True, glue=" ",
           id_label="Subscriber/Member #", id_place="card", suffix=" 02",
           plan_label="Coverage", plan_place="label", code_head="Proc",
           date_label="Statement date", others=("Received", "Paid")),
    Family(2, "narrowcol", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, ml.d_caps,
           (1, 2), (1, 2), ("provider_type", "frequency_limit", "not_covered"),
           funding="self_funded", mixed=True, modifiers=True,
           id_label="Enrollee ID", id_place="narrow", suffix="-01", plan_label="Program",
           plan_place="label", code_head="Rev/Proc", pointer=True, date_label="Run date",
           others=("Paid",)),
    Family(3, "footer", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, ml.d_short_dots,
           (1, 2), (1, 3), ("out_of_network", "cost_sharing", "medical_necessity"),
           mixed=True, modifiers=True,
           id_label="Cert #", id_place="line", plan_label="Benefit plan", plan_place="footer",
           code_head="Service", rev=True, date_label="Issued", others=("Processed", "Paid")),
    Family(4, "policy", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_mon,
           (1, 2), (1, 2), ("prior_authorization", "not_covered", "provider_type"),
           scans=SCAN, mixed=True, modifiers=True, glue=" ",
           id_label="Policy ID", id_place="cells", plan_label="Product", plan_place="cells",
           code_head="Proc", pointer=True, date_label="Run date", others=("Received",)),
    # the check half
    Family(5, "recipient", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, ml.d_short_dots,
           (1, 2), (1, 2), ("provider_type", "medical_necessity", "out_of_network"),
           funding="medicaid", mixed=True, modifiers=True,
           id_label="Recipient ID", id_place="line", suffix="-01", plan_label="Program",
           plan_place="label", code_head="HCPCS/CPT", rev=True, date_label="Issued",
           others=("Received", "Processed")),
    Family(6, "panel", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (1, 2), (1, 3), ("not_covered", "cost_sharing", "frequency_limit"),
           scans=SCAN, mixed=True, modifiers=True,
           id_label="Enrollee ID", id_place="card", plan_label="Product", plan_place="card",
           code_head="Service", rev=True, pointer=True, date_label="Statement date",
           others=("Received", "Paid")),
    Family(7, "cells", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, ml.d_caps,
           (1, 2), (1, 2), ("medical_necessity", "prior_authorization", "provider_type"),
           funding="self_funded", mixed=True, modifiers=True, glue=" ",
           id_label="Subscriber/Member #", id_place="cells", suffix=" 02",
           plan_label="Benefit plan", plan_place="cells", code_head="Rev/Proc",
           date_label="Run date", others=("Processed",)),
    Family(8, "wrapped", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, g.d_mon,
           (1, 2), (1, 2), ("out_of_network", "not_covered", "medical_necessity"),
           scans=SCAN, mixed=True, modifiers=True,
           id_label="Identification number", id_place="narrow", plan_place="letterhead",
           code_head="Proc", pointer=True, date_label="Issued", others=("Received", "Paid")),
    Family(9, "certfoot", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, ml.d_short_dots,
           (1, 2), (1, 3), ("cost_sharing", "provider_type", "prior_authorization"),
           mixed=True, modifiers=True,
           id_label="Cert #", id_place="line", suffix="-01", plan_label="Coverage",
           plan_place="footer", code_head="HCPCS/CPT", rev=True, date_label="Statement date",
           others=("Processed", "Received")),
]  # fmt: skip

PAYERS = [
    ("Ardenwick Health Insurance Company", "Providence", "RI", "02903"),
    ("BlueRidge Mutual Health", "Roanoke", "VA", "24011"),
    ("Calloway Benefit Services", "Dayton", "OH", "45402"),
    ("Harbor Crest Health", "Savannah", "GA", "31401"),
    ("Kestrel Plains Insurance Co.", "Fargo", "ND", "58102"),
    ("Lindenfield Community Health", "Trenton", "NJ", "08608"),
    ("Moraine Valley Health Assurance", "Peoria", "IL", "61602"),
    ("Northbrae Employee Trust", "Spokane", "WA", "99201"),
    ("Quillmark Health Partners", "Burlington", "VT", "05401"),
    ("Saltmarsh Health Company", "Charleston", "SC", "29401"),
]
PLAN_NAMES = {  # a product's name, with no "Plan" in it, and its type
    0: ("Ardenwick Premier 3000", None),
    1: ("BlueRidge Select PPO", "PPO"),
    2: ("Calloway Core 1500", None),
    3: ("Harbor Choice 2000", None),
    4: ("Kestrel Access EPO", "EPO"),
    5: ("Lindenfield Family Care", None),
    6: ("Moraine Advantage HMO", "HMO"),
    7: ("Northbrae Gold 500", None),
    8: ("Quillmark Open Access POS", "POS"),
    9: ("Saltmarsh Value 4500", None),
}
EMPLOYERS = ["Fenwick Lumber Co.", "Ostrander Tool & Die", "Pemberly Textile Mills",
             "Castine Freight Lines", "Brightwater Dental Group", "Dunmore Paper Mills"]  # fmt: skip
GROUP_NAMES = ["Salaried Staff", "Hourly Employees", "Retiree Group", "Union Local 214"]
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    2: "Your employer pays the claims of this self-funded plan; {payer} administers it.",
    5: "This program is paid for by the state Medicaid agency; {payer} manages it.",
    7: "Your employer's self-funded plan pays these claims. {payer} only processes them.",
}
DESCRIPTIONS = {
    "S9443": "Lactation class",
    "99401": "Prev counsel 15 min",
    "99402": "Prev counsel 30 min",
    "99403": "Prev counsel 45 min",
    "99404": "Prev counsel 60 min",
}
MODIFIERS = ("25", "U9", "TH", "33")
REVENUE = {"S9443": "0942", "99401": "0940", "99402": "0940", "99403": "0940", "99404": "0949"}

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters

SHAPES: dict[int, Callable[[random.Random], str]] = {  # the member ID's shape per family
    0: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 9)}",
    1: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 9)}",
    2: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 10)}",
    3: lambda rng: _digits(rng, 11),
    4: lambda rng: f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
    5: lambda rng: _digits(rng, 10),
    6: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 9)}",
    7: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 8)}",
    8: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 10)}",
    9: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 9)}",
}


def _claim_number(fam: Family, rng: random.Random) -> str:
    """A claim number shaped like the member ID (numbers that look alike)."""
    return SHAPES[fam.id](rng) + _digits(rng, 1)


def _member_id(fam: Family, rng: random.Random) -> str:
    return SHAPES[fam.id](rng) + fam.suffix


def _group(fam: Family, rng: random.Random) -> str | None:
    return SHAPES[fam.id](rng)[:-3]


RECORDS = ah.Records("elsewhere", "e", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS,
                     MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip


@dataclass
class Printed:
    """What a page prints that the parse document does not hold: the employer, the group's
    name, an account number per claim and the dates that are not the notice's."""

    employer: str
    group_name: str
    accounts: dict[str, str]
    others: dict[str, date]  # label -> date, each a day or more from the notice's


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``, with what else its page prints."""
    doc = RECORDS.record(fam, n)
    rng = random.Random(f"appealgen-elsewhere-more-{fam.id}-{n}")
    last = max(ln.dos for c in doc.claims for ln in c.lines)
    others = {}
    for k, label in enumerate(fam.others):
        if label == "Received":
            others[label] = last + timedelta(days=rng.randrange(2, 8))
        else:
            others[label] = doc.notice_date - timedelta(days=rng.randrange(1, 4) + 3 * k)
    doc.extra["e"] = Printed(
        employer=rng.choice(EMPLOYERS),
        group_name=rng.choice(GROUP_NAMES),
        accounts={c.number: SHAPES[fam.id](rng)[:-1] for c in doc.claims},
        others=others,
    )
    return doc


# --------------------------------------------------------------------------
# Drawing


def _more(doc: g.Doc) -> Printed:
    return doc.extra["e"]


def undotted(dx: str) -> str:
    """``Z391`` for ``Z39.1``: a diagnosis code printed without its dot."""
    return dx.replace(".", "")


def _plan_text(fam: Family, doc: g.Doc) -> str:
    """The plan after its label, with the employer and the group's name beside it."""
    more = _more(doc)
    return (f"{fam.plan_label}: {doc.plan_name}    Employer: {more.employer}    "
            f"Group name: {more.group_name}")  # fmt: skip


def _header(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The letterhead (the plan under the payer's name where the family prints it there)
    with the notice date and the dates that are not it in the corner."""
    more = _more(doc)
    rows = [f"{fam.date_label} {fam.dates(doc.notice_date)}"]
    rows += [f"{label} {fam.dates(d)}" for label, d in more.others.items()]
    under = doc.plan_name if fam.plan_place == "letterhead" else ""
    ls.letterhead(fam, pdf, doc, "Explanation of Benefits", u._phone(doc, "paren"),
                  under=under, below=34 + 11 * len(rows))  # fmt: skip
    top = pdf.h - pdf.margin - 13
    for k, text in enumerate(rows):
        pdf.text(pdf.w - pdf.margin, top - 12 - 11 * k, text, fam.font, fam.size + 0.5,
                 align="right")  # fmt: skip


def _ids_cells(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A ruled row of cells, each value under its label: name, ID, group, account, plan."""
    more = _more(doc)
    cells = [("Member name", doc.member_name), (fam.id_label, doc.member_id),
             ("Group number", doc.group),
             ("Account number", more.accounts[doc.claims[0].number])]  # fmt: skip
    if fam.plan_place == "cells":
        cells.append((fam.plan_label, doc.plan_name))
    widths = [110, 100, 80, 90] + ([110] if fam.plan_place == "cells" else [])
    pdf.table(u._cols(pdf, [c[0] for c in cells], widths, set()), [[c[1] for c in cells]],
              font=fam.font, bold=fam.bold, size=fam.size, header_bg=SHADE)  # fmt: skip
    pdf.space(6)


def _ids_card(fam: Family, pdf: g.Pdf, doc: g.Doc) -> float:
    """A card panel at the right: name, ID, group (and the plan); returns its lowest point."""
    rows = [("Name", doc.member_name), (fam.id_label, doc.member_id), ("Group", doc.group)]
    if fam.plan_place == "card":
        rows.append((fam.plan_label, doc.plan_name))
    rows.append(("Rx BIN", "610014"))
    width = 230
    x, top = pdf.w - pdf.margin - width, pdf.y + 6
    low = top - 16 - len(rows) * fam.size * 1.6 - 4
    ls.titled_box(pdf, x, top, width, low, "Member card", fam, SHADE)
    ls.pairs(fam, pdf, rows, x + 6, 90, top - 16)
    return low


def _ids_narrow(fam: Family, pdf: g.Pdf, doc: g.Doc) -> float:
    """A narrow column at the right that wraps the ID over two lines; returns its lowest point."""
    more = _more(doc)
    rows = [(fam.id_label, ls.cut(doc.member_id, 6)), ("Group no.", doc.group),
            ("Account no.", more.accounts[doc.claims[0].number])]  # fmt: skip
    return ls.label_rows(fam, pdf, rows, pdf.w - pdf.margin - 150, pdf.y, 80)


def _ids_line(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The ID on a line beside a group, a claim and an account number that look like it."""
    first = doc.claims[0].number
    pdf.line(f"{fam.id_label} {doc.member_id}   Group {doc.group}   Claim {first}   "
             f"Account {_more(doc).accounts[first]}", fam.font, fam.size)  # fmt: skip
    pdf.space(4)


def _identity(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member's address and IDs as the family prints them, then the plan's line."""
    top = pdf.y
    low = top
    if fam.id_place == "card":
        low = _ids_card(fam, pdf, doc)
    elif fam.id_place == "narrow":
        low = _ids_narrow(fam, pdf, doc)
    pdf.y = top
    ls.address(fam, pdf, doc)
    pdf.y = min(pdf.y, low - 6)
    if fam.id_place == "cells":
        _ids_cells(fam, pdf, doc)
    elif fam.id_place == "line":
        _ids_line(fam, pdf, doc)
    if fam.plan_place == "label":
        pdf.line(_plan_text(fam, doc), fam.font, fam.size)
    else:  # the employer and the group's name are printed all the same
        more = _more(doc)
        pdf.line(f"Employer: {more.employer}    Group name: {more.group_name}", fam.font,
                 fam.size)  # fmt: skip
    if doc.funding_text:
        pdf.para(doc.funding_text, fam.font, fam.size, after=4)
    pdf.space(6)


def _code_cell(fam: Family, ln: g.Line) -> str:
    code = ah._code(fam, ln)
    return f"{REVENUE[ln.code]}/{code}" if fam.code_head == "Rev/Proc" else code


def _table(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """A claim's services: date, (revenue code,) code, words, diagnosis or pointer, amounts,
    remark codes, with a totals row."""
    dxs = list(dict.fromkeys(d for ln in claim.lines for d in ln.dx))
    if fam.pointer:
        keyed = "   ".join(f"{k + 1} {undotted(d)}" for k, d in enumerate(dxs))
        pdf.line(f"Diagnosis codes: {keyed}", fam.font, fam.size)
    cols: list[tuple[str, float, Callable[[g.Line], str]]] = [
        ("Date", 56, lambda ln: fam.dates(ln.dos))
    ]
    if fam.rev:
        cols.append(("Rev", 30, lambda ln: REVENUE[ln.code]))
    cols += [(fam.code_head, 62, lambda ln: _code_cell(fam, ln)),
             ("Description", 96, lambda ln: ln.desc)]  # fmt: skip
    if fam.pointer:
        cols.append(("Dx ptr", 34, lambda ln: ",".join(str(dxs.index(d) + 1) for d in ln.dx)))
    else:
        cols.append(("Diag", 36, lambda ln: " ".join(undotted(d) for d in ln.dx)))
    money = [("Billed", "billed"), ("Allowed", "allowed"), ("Paid", "paid"),
             ("Your share", "owe")]  # fmt: skip
    cols += [(t, 52, lambda ln, a=a: u._m(fam, getattr(ln, a))) for t, a in money]
    cols.append(("Remarks", 48, lambda ln: " ".join(nv._line_codes(ln))))
    rows = [[cell(ln) for _, _, cell in cols] for ln in claim.lines]
    first = len(cols) - 5
    total = ["Total"] + [""] * (first - 1) + [u._m(fam, claim.total(a)) for _, a in money] + [""]
    rows.append(total)
    right = set(range(first, first + 4))
    pdf.table(u._cols(pdf, [c[0] for c in cols], [c[1] for c in cols], right), rows,
              font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE,
              bold_rows={len(rows) - 1})  # fmt: skip


def draw(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Every family's page: the header, the IDs and plan as the family prints them, each
    claim under its caption with its table, and a key of the codes used."""
    _header(fam, pdf, doc)
    _identity(fam, pdf, doc)
    more = _more(doc)
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim {claim.number}   Patient: {claim.patient}   Account "
                 f"{more.accounts[claim.number]}", fam.bold, fam.size)  # fmt: skip
        pdf.line(f"Provider: {claim.provider}", fam.font, fam.size)
        _table(fam, pdf, claim)
        pdf.space(8)
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def _decorate(fam: Family, doc: g.Doc):
    """A footer naming the plan (with the group's name beside it) where the family prints it there."""
    if fam.plan_place != "footer":
        return None
    text = f"{doc.payer_name}  |  {fam.plan_label}: {doc.plan_name}  |  Group name: "
    return ls.footer(fam, text + _more(doc).group_name)


DRAW = {fam.layout: draw for fam in FAMILIES}
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {fam.layout: (_AMOUNTS | {"modifiers", "dx"}, _AMOUNTS) for fam in FAMILIES}


# --------------------------------------------------------------------------
# The set


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix), if its family scans it."""
    return nv.scanned(fam, n, text_pdf, base=7900)


def _reasons(fam: Family, text: str, exp: dict) -> list[str]:
    """Each denied claim's codes' meanings are printed."""
    return ls.reasons_printed(nv.MEANINGS)(fam, " ".join(text.split()), exp)


@dataclass(frozen=True)
class ElsewhereSet(ls.LayoutSet):
    """The set, whose check finds a diagnosis code printed without its dot and an ID
    wrapped over two lines printed."""

    def missing(self, fam: Family, text_pdf: bytes, exp: dict) -> list[str]:
        text = ls.page_text(text_pdf)
        dxs = {d for c in exp["claims"] for d in c["diagnosis_codes"]}
        out = []
        for miss in super().missing(fam, text_pdf, exp):
            if miss in dxs and undotted(miss) in text:
                continue
            if miss == exp["member"]["id"] and fam.id_place == "narrow":
                if all(part in text for part in ls.cut(miss, 6)):
                    continue
            out.append(miss)
        return out


SET = ElsewhereSet("elsewhere", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=scanned, more_checks=_reasons)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
