"""The headids set: text notices whose header prints the member, the member ID and the plan as no other set does, in a dev and a check half.

Ten layout families, ``h00``-``h09``, drawn from how real explanations of benefits print
the block that names the member: each label over its value (in ruled boxes, or in a grid
with no rule), the member's block and the provider's block side by side, the member ID
only in a block drawn like the member's ID card, a label cell shaded beside its value
cell, several "Label: value" pairs on one line; member IDs split by spaces or dashes or
ending in a suffix ("-01", " 02"), with a group or account number beside them; the plan's
name as a product line under the payer's name, or only inside a sentence ("under your
... plan"); and labels other sets do not print (subscriber identification, enrollee no.,
beneficiary number, insured, coverage, product, program, card holder, policy holder).
The claims, their services and the codes' key are printed as the yonder set prints them.

Its dev half, ``h00``-``h04``, is open for tuning; its check half, ``h05``-``h09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/headids --families h05 h06 h07 h08
h09``). ``python samples/headids.py`` writes both to ``tests/data/varied/headids/`` as
``h<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print,
``--families 5 --out DIR`` writes one family elsewhere. Records are drawn as the ahead
set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import yonder as yd  # noqa: E402  - samples/yonder.py: claims drawn as tables

SHADE = colors.HexColor("#e4e9e1")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on

# --------------------------------------------------------------------------
# The families

Family = ah.Family

FAMILIES = [
    # the dev half
    Family(0, "abovebox", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("out_of_network", "not_covered", "cost_sharing"),
           funding="fully_insured", mixed=True),
    Family(1, "twocol", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, ah.d_abbrev,
           (1, 1), (1, 3), ("provider_type", "cost_sharing", "medical_necessity")),
    Family(2, "cardblock", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, yd.d_day_first,
           (1, 2), (1, 2), ("not_covered", "out_of_network", "frequency_limit"),
           funding="self_funded", mixed=True),
    Family(3, "productline", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "provider_type", "out_of_network"),
           funding="fully_insured", mixed=True),
    Family(4, "pairline", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, yd.d_abbrev_dot,
           (1, 2), (1, 2), ("medical_necessity", "cost_sharing", "not_covered"),
           mixed=True),
    # the check half
    Family(5, "labeltop", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, ah.d_abbrev,
           (1, 2), (1, 3), ("not_covered", "cost_sharing", "provider_type"),
           funding="fully_insured", mixed=True),
    Family(6, "provleft", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, g.d_us,
           (1, 1), (1, 3), ("out_of_network", "medical_necessity", "cost_sharing")),
    Family(7, "idcard", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, yd.d_day_first,
           (1, 2), (1, 2), ("cost_sharing", "not_covered", "out_of_network"),
           funding="self_funded", mixed=True),
    Family(8, "enrolled", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, ah.d_abbrev,
           (1, 2), (1, 2), ("provider_type", "frequency_limit", "cost_sharing"),
           mixed=True),
    Family(9, "shadedcells", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, g.d_us,
           (1, 2), (1, 3), ("not_covered", "out_of_network", "medical_necessity"),
           funding="fully_insured", mixed=True),
]  # fmt: skip

PAYERS = [
    ("Harrowgate Health Insurance Company", "Columbus", "OH", "43215"),
    ("Bramblecote Health Plan", "Boise", "ID", "83702"),
    ("Stillwater Employer Benefit Trust", "Little Rock", "AR", "72201"),
    ("Kestrel Point Health", "Albany", "NY", "12207"),
    ("Marrowfield Mutual Health", "Dover", "DE", "19901"),
    ("Thistledown Health Assurance", "Madison", "WI", "53703"),
    ("Orchard Vale Health Plan", "Salem", "OR", "97301"),
    ("Pennywhistle Benefit Fund", "Richmond", "VA", "23219"),
    ("Larkspur Ridge Health Insurance", "Helena", "MT", "59601"),
    ("Tidemark Health Company", "Providence", "RI", "02903"),
]
PLAN_NAMES = {  # (plan name, plan type) per family
    0: ("Harrowgate Choice PPO", "PPO"),
    1: ("Bramblecote Select HMO", "HMO"),
    2: ("Stillwater Trust Medical Plan", None),
    3: ("Copper 3500 EPO", "EPO"),
    4: ("Marrowfield Silver 2000 HMO", "HMO"),
    5: ("Thistledown Bronze Saver", None),
    6: ("Orchard Vale Open Access PPO", "PPO"),
    7: ("Pennywhistle Fund Health Plan", None),
    8: ("Larkspur Gold 1500 EPO", "EPO"),
    9: ("Tidemark Essential HMO", "HMO"),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    2: "This plan is self-funded by your employer; {payer} administers its claims.",
    3: "Your health coverage is insured by {payer}.",
    5: "This health insurance is underwritten by {payer}.",
    7: "Your employer's self-funded plan pays these claims; {payer} handles them.",
    9: "Your coverage is insured by {payer}.",
}

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"HG{_digits(rng, 10)}",
        1: lambda: f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        2: lambda: f"ST{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 8)}",
        4: lambda: f"M{_digits(rng, 12)}",
        5: lambda: f"TD-{_digits(rng, 9)}",
        6: lambda: f"OV{_digits(rng, 11)}",
        7: lambda: _digits(rng, 13),
        8: lambda: f"LR{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 5)}",
        9: lambda: f"{_digits(rng, 4)}-{_digits(rng, 6)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}-01",
        1: lambda: f"J{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
        2: lambda: f"{_letters(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)} 0{rng.randint(1, 4)}",
        3: lambda: f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        4: lambda: f"{_letters(rng, 1)}{_digits(rng, 8)} 0{rng.randint(1, 3)}",
        5: lambda: f"{_digits(rng, 9)}-0{rng.randint(1, 3)}",
        6: lambda: f"{_letters(rng, 2)}{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        7: lambda: f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-0{rng.randint(1, 3)}",
        8: lambda: f"{_letters(rng, 3)}{_digits(rng, 8)}",
        9: lambda: f"{_letters(rng, 3)}-{_digits(rng, 9)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: f"{_digits(rng, 6)}",
        2: lambda: f"SB-{_digits(rng, 5)}",
        5: lambda: f"G{_digits(rng, 6)}",
        7: lambda: f"{_digits(rng, 6)}",
        9: lambda: f"{_digits(rng, 5)}-{_letters(rng, 1)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("headids", "h", PAYERS, PLAN_NAMES, FUNDING_TEXT, yd.DESCRIPTIONS,
                     yd.MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip
record = RECORDS.record


# --------------------------------------------------------------------------
# Drawing helpers

Cell = tuple[str, str | None]


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    """The payer's letterhead with ``title`` at the top right (``under`` a line below it)."""
    ls.letterhead(fam, pdf, doc, title, u._phone(doc, "paren"), under=under,
                  below=44 if under else 34)  # fmt: skip


def _boxes(fam: Family, pdf: g.Pdf, cells: list[Cell], height: float = 24) -> None:
    """A row of ruled boxes across the page at the cursor, each with its label at its top
    in small type and its value under it in bold."""
    cells = [(k, v) for k, v in cells if v]
    width = (pdf.w - 2 * pdf.margin) / len(cells)
    top, x = pdf.y, pdf.margin
    pdf.c.setLineWidth(0.6)
    for label, value in cells:
        pdf.c.rect(x, top - height, width, height, stroke=1, fill=0)
        pdf.text(x + 3, top - 8, label, fam.font, fam.size - 1.5)
        pdf.text(x + 3, top - 19, value, fam.bold, ls.fit(value, fam.bold, fam.size, width - 6))
        x += width
    pdf.y = top - height - 10


def _grid(fam: Family, pdf: g.Pdf, rows: list[list[Cell]], x: float, width: float) -> None:
    """Rows of labels, each over its value, in columns ``width`` wide from ``x`` (no rule)."""
    for row in rows:
        top = pdf.y
        for k, (label, value) in enumerate(row):
            if value:
                pdf.text(x + k * width, top - fam.size, label, fam.font, fam.size - 1)
                pdf.text(x + k * width, top - 2 * fam.size - 3, value, fam.bold, fam.size)
        pdf.y = top - 2 * fam.size - 12


def _block(fam: Family, pdf: g.Pdf, x: float, top: float, title: str, rows: list[Cell],
           label_w: float) -> float:  # fmt: skip
    """``title`` in bold over label/value rows at ``x``; returns the lowest point."""
    pdf.text(x, top - fam.size, title, fam.bold, fam.size + 0.5)
    return ls.pairs(fam, pdf, rows, x, label_w, top - fam.size * 1.8, step=1.6)


def _card(fam: Family, pdf: g.Pdf, doc: g.Doc, x: float, top: float, width: float,
          lines: list[list[Cell]]) -> float:  # fmt: skip
    """A box drawn like the member's ID card: the payer's name in a shaded band, then each
    line's cells side by side, each label small over its value; returns its lowest point."""
    h = 16 + len(lines) * (2 * fam.size + 8) + 4
    ls.titled_box(pdf, x, top, width, top - h, doc.payer_name, fam, SHADE)
    y = top - 18
    for cells in lines:
        step = (width - 12) / len(cells)
        for k, (label, value) in enumerate(cells):
            if value:
                pdf.text(x + 6 + k * step, y - fam.size + 1, label, fam.font, fam.size - 1.5)
                pdf.text(x + 6 + k * step, y - 2 * fam.size - 1, value, fam.bold, fam.size + 1)
        y -= 2 * fam.size + 8
    return top - h


def _shaded_cells(fam: Family, pdf: g.Pdf, rows: list[list[Cell]], label_w: float,
                  value_w: float) -> None:  # fmt: skip
    """Rows of pairs of cells: each label in a shaded cell, its value in a ruled cell beside."""
    h = fam.size + 7
    for row in rows:
        top, x = pdf.y, pdf.margin
        for label, value in row:
            pdf.c.setFillColor(SHADE)
            pdf.c.rect(x, top - h, label_w, h, stroke=0, fill=1)
            pdf.c.setFillColor(colors.black)
            pdf.c.setLineWidth(0.5)
            pdf.c.rect(x, top - h, label_w + value_w, h, stroke=1, fill=0)
            pdf.text(x + 3, top - h + 4, label, fam.bold, fam.size)
            pdf.text(x + label_w + 4, top - h + 4, value or "", fam.font, fam.size)
            x += label_w + value_w + 8
        pdf.y = top - h
    pdf.space(10)


def _claims(fam: Family, pdf: g.Pdf, doc: g.Doc, key: str = "Remark codes") -> None:
    """Each claim's services under "Claim ... for ..., seen by ...", then the codes' key."""
    titles = ["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid",
              "Your share", "Remarks"]  # fmt: skip
    yd._coded_claims(fam, pdf, doc, titles, [62, 48, 172, 54, 54, 54, 56, 60],
                     lambda c: f"Claim {c.number} for {c.patient}, seen by {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, key, sep=" - ")


def _account(doc: g.Doc) -> str:
    """The member's account number (not a claim's, not the member ID)."""
    return doc.extra["x"].trace[:8]


def _provider_no(doc: g.Doc) -> str:
    """The provider's own number with the payer (no NPI)."""
    return f"PV{doc.extra['x'].trace[-6:]}"


# --------------------------------------------------------------------------
# The dev layouts


def draw_abovebox(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member, the member ID, the plan, the group and the date in a row of ruled
    boxes, each label over its value."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    _boxes(fam, pdf, [("Subscriber", doc.member_name), ("Subscriber Identification", doc.member_id),
                      ("Benefit Plan", doc.plan_name), ("Group Number", doc.group),
                      ("Statement Date", fam.dates(doc.notice_date))])  # fmt: skip
    pdf.para(f"This is not a bill. {doc.funding_text}", fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


def draw_twocol(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member's block on the left and the provider's on the right, side by side."""
    claim = doc.claims[0]
    _head(fam, pdf, doc, "Claim Statement")
    pdf.line(f"Date: {fam.dates(doc.notice_date)}", fam.font, fam.size, gap=fam.size * 2)
    ls.address(fam, pdf, doc)
    top = pdf.y
    low = _block(fam, pdf, pdf.margin, top, "Member information",
                 [("Enrollee", doc.member_name), ("Enrollee No.", doc.member_id),
                  ("Coverage", doc.plan_name)], 70)  # fmt: skip
    right = _block(fam, pdf, pdf.w / 2 + 10, top, "Provider information",
                   [("Provider", claim.provider), ("Provider No.", _provider_no(doc)),
                    ("Tax ID", f"{doc.extra['x'].trace[:2]}-{doc.extra['x'].trace[2:9]}")], 70)  # fmt: skip
    pdf.y = min(low, right) - 6
    _claims(fam, pdf, doc, "What the remarks mean")


def draw_cardblock(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID only in a block drawn like the member's card at the top right, the
    account number beside it; the address on the left."""
    _head(fam, pdf, doc, "Your Benefits Statement")
    top = pdf.y
    pdf.line(fam.dates(doc.notice_date), fam.font, fam.size, gap=fam.size * 2)
    ls.address(fam, pdf, doc)
    x = pdf.w / 2 + 20
    low = _card(fam, pdf, doc, x, top, pdf.w - pdf.margin - x,
                [[("Name", doc.member_name)],
                 [("ID", doc.member_id), ("Account", _account(doc))],
                 [("Plan", doc.plan_name)], [("Group", doc.group)]])  # fmt: skip
    pdf.y = min(pdf.y, low) - 10
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


def draw_productline(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The plan's name as a product line in a band under the payer's name, no label; the
    member and the member ID as labels over values."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 14)
    pdf.c.setFillColor(SHADE)
    pdf.c.rect(pdf.margin, top - 32, 180, 13, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)
    pdf.text(pdf.margin + 4, top - 28, doc.plan_name, fam.bold, 9)
    pdf.text(pdf.margin, top - 44, f"{', '.join(doc.payer_addr)}   {u._phone(doc, 'dots')}",
             fam.font, 8)  # fmt: skip
    pdf.text(pdf.w - pdf.margin, top - 14, "Explanation of Benefits", fam.bold, 10, align="right")
    pdf.y = top - 62
    ls.address(fam, pdf, doc)
    _grid(fam, pdf, [[("Beneficiary", doc.member_name), ("Beneficiary Number", doc.member_id),
                      ("Date Issued", fam.dates(doc.notice_date))]], pdf.margin, 150)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


def draw_pairline(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member, the member ID and the product as "Label: value" pairs on one line; the
    plan's name in a sentence too."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    pdf.line(f"Processed on: {fam.dates(doc.notice_date)}", fam.font, fam.size, gap=fam.size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"Insured: {doc.member_name}      Identification: {doc.member_id}      "
             f"Product: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)  # fmt: skip
    pdf.para(f"Here is how your {doc.plan_name} plan handled these claims.", fam.font, fam.size,
             after=8)  # fmt: skip
    _claims(fam, pdf, doc)


# --------------------------------------------------------------------------
# The check layouts


def draw_labeltop(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Labels over their values in a grid with no rule: the person covered, the
    identification number, the program, the group, the date and an account number."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    _grid(fam, pdf, [[("Covered Person", doc.member_name),
                      ("Identification Number", doc.member_id), ("Program", doc.plan_name)],
                     [("Group", doc.group), ("Date of Notice", fam.dates(doc.notice_date)),
                      ("Account", _account(doc))]], pdf.margin, 170)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


def draw_provleft(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The provider's block on the left, the card holder's on the right, side by side."""
    claim = doc.claims[0]
    _head(fam, pdf, doc, "Benefit Statement")
    pdf.line(f"Statement date: {fam.dates(doc.notice_date)}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    ls.address(fam, pdf, doc)
    top = pdf.y
    low = _block(fam, pdf, pdf.margin, top, "Billed by",
                 [("Billing Provider", claim.provider), ("Provider No.", _provider_no(doc))],
                 80)  # fmt: skip
    right = _block(fam, pdf, pdf.w / 2 + 10, top, "Coverage",
                   [("Card Holder", doc.member_name), ("Card Holder ID", doc.member_id),
                    ("Benefit Plan", doc.plan_name)], 80)  # fmt: skip
    pdf.y = min(low, right) - 6
    _claims(fam, pdf, doc, "Remarks")


def draw_idcard(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A block drawn like the member's card on the left: "MEMBER", "ID#" with "GRP" beside
    it, "PLAN"; the address on the right."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    top = pdf.y
    low = _card(fam, pdf, doc, pdf.margin, top, 230,
                [[("MEMBER", doc.member_name)], [("ID#", doc.member_id), ("GRP", doc.group)],
                 [("PLAN", doc.plan_name)]])  # fmt: skip
    pdf.y = top
    ls.address(fam, pdf, doc, x=pdf.w / 2 + 20)
    pdf.line(f"Date: {fam.dates(doc.notice_date)}", fam.font, fam.size, x=pdf.w / 2 + 20)
    pdf.y = min(pdf.y, low) - 10
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


def draw_enrolled(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The plan named only in a sentence; the policy holder and the number in rows."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    low = ls.label_rows(fam, pdf, [("Policy holder:", doc.member_name),
                                   ("Policy holder number:", doc.member_id),
                                   ("Date of this notice:", fam.dates(doc.notice_date))],
                        pdf.margin, pdf.y, 110)  # fmt: skip
    pdf.y = low - 4
    pdf.para(f"You are enrolled in the {doc.plan_name} plan. This notice explains the claims "
             "we processed for you.", fam.font, fam.size, after=8)  # fmt: skip
    _claims(fam, pdf, doc)


def draw_shadedcells(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Each label in a shaded cell with its value in the ruled cell beside it, two pairs a
    row."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    _shaded_cells(fam, pdf, [[("Insured Person", doc.member_name),
                              ("Insured ID", doc.member_id)],
                             [("Coverage Name", doc.plan_name), ("Group Plan", doc.group)],
                             [("Notice Date", fam.dates(doc.notice_date)),
                              ("Account", _account(doc))]], 70, 170)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc)


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {name: (_AMOUNTS | {"modifiers"}, _AMOUNTS) for name in DRAW}


# --------------------------------------------------------------------------
# The set


SET = ls.LayoutSet("headids", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   text=nv._text, more_checks=ls.reasons_printed(nv.MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
