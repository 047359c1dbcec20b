"""The yonder set: text notices that print the member ID, plan, notice date, patient share and codes where the other sets do not, in a dev and a check half.

Ten layout families, ``k00``-``k09``, drawn from how real
explanations of benefits, remittance advices and denial letters print the fields the
reader reads least well on notices it was not tuned on: the member ID after "Enrollee
ID", "Policyholder ID", "Member #", "Cert. no.", "Subscriber No." or "Identification #",
in a card-like panel, as a line of the member's address block or in a letter's "RE:"
line; the plan's name as a line of the letterhead, after "Your plan:" or inside a
sentence ("under your Yonder Silver PPO plan"); the notice's date alone under the
letterhead or at the top right of the page, or after "Statement date", "Processed on",
"Date of this statement"; the patient's share per service as "Member liability", "You
owe", "Your cost", "Amount you may owe", "Patient liability", or as deductible, copay,
coinsurance and not-covered columns; and the procedure code in a column headed
"CPT/HCPCS", "Svc code" or "Proc", or inside the service's words.

Its dev half, ``k00``-``k04``, is open for tuning; its check half, ``k05``-``k09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/yonder --families k05 k06 k07 k08
k09``). ``python samples/yonder.py`` writes both to ``tests/data/varied/yonder/`` as
``k<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print,
``--families 5 --out DIR`` writes one family elsewhere. Records are drawn as the ahead
set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

ZERO = g.ZERO
SHADE = colors.HexColor("#e8e3d6")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on


def d_day_first(d: date) -> str:
    """``4 March 2026``."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def d_abbrev_dot(d: date) -> str:
    """``Mar. 4, 2026``."""
    return f"{d.strftime('%b')}. {d.day}, {d.year}"


def blank0(x: Decimal) -> str:
    """``1,234.50``, a zero left blank."""
    return "" if x == ZERO else f"{x:,.2f}"


# --------------------------------------------------------------------------
# The families


Family = ah.Family  # a layout, whether its services carry modifiers and how they are glued

FAMILIES = [
    # the dev half
    Family(0, "idcard", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, d_abbrev_dot,
           (1, 2), (1, 3), ("out_of_network", "not_covered", "cost_sharing"),
           funding="fully_insured", mixed=True, modifiers=True),
    Family(1, "reletter", "letter", "Times-Roman", "Times-Bold", 10.0, ah.dollars, g.d_long,
           (1, 1), (1, 3), ("provider_type", "medical_necessity", "prior_authorization"),
           npi=True, codes=False),
    Family(2, "costledger", "eob", "Helvetica", "Helvetica-Bold", 7.5, blank0, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "out_of_network", "frequency_limit"),
           funding="self_funded", mixed=True, infant=True),
    Family(3, "remitproc", "remit", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_iso,
           (3, 4), (1, 2), ("provider_type", "out_of_network", "cost_sharing"),
           mixed=True, modifiers=True),
    Family(4, "narrative", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, ah.d_abbrev,
           (1, 2), (1, 2), ("place_of_service", "cost_sharing", "medical_necessity"),
           funding="self_funded", mixed=True, modifiers=True, glue=" "),
    # the check half
    Family(5, "topdate", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("not_covered", "cost_sharing", "out_of_network"),
           funding="fully_insured", mixed=True, modifiers=True),
    Family(6, "reenrollee", "letter", "Helvetica", "Helvetica-Bold", 9.5, g.usd, d_day_first,
           (1, 1), (1, 2), ("out_of_network", "place_of_service", "frequency_limit"),
           npi=True, codes=False),
    Family(7, "notcovered", "eob", "Times-Roman", "Times-Bold", 8.5, blank0, ah.d_abbrev,
           (1, 2), (1, 3), ("cost_sharing", "medical_necessity", "out_of_network"),
           funding="self_funded", mixed=True, infant=True),
    Family(8, "remitliab", "remit", "Courier", "Courier-Bold", 7.5, g.num, g.d_us,
           (3, 4), (1, 2), ("medical_necessity", "provider_type", "cost_sharing"),
           mixed=True, modifiers=True, glue=" "),
    Family(9, "sentence", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, d_abbrev_dot,
           (1, 2), (1, 2), ("frequency_limit", "out_of_network", "not_covered"),
           funding="fully_insured", mixed=True, modifiers=True),
]  # fmt: skip

PAYERS = [
    ("Yarrowby Health Insurance Company", "Springfield", "IL", "62701"),
    ("Lindenhall Health Plan", "Hartford", "CT", "06103"),
    ("Copperline Benefit Trust", "Topeka", "KS", "66603"),
    ("Greywater Claims Administration", "Jackson", "MS", "39201"),
    ("Foxmere Group Health Plan", "Montpelier", "VT", "05602"),
    ("Saltmarsh Mutual Health", "Savannah", "GA", "31401"),
    ("Ravenscar Health Assurance", "Fargo", "ND", "58102"),
    ("Hollowbrook Employer Health Fund", "Lansing", "MI", "48933"),
    ("Quarry Hill Health Payments", "Concord", "NH", "03301"),
    ("Westmarch Health Insurance Co.", "Reno", "NV", "89501"),
]
PLAN_NAMES = {  # (plan name, plan type) per family; remittances name no plan
    0: ("Yarrowby Silver PPO", "PPO"),
    1: ("Lindenhall Essential HMO", "HMO"),
    2: ("Copperline Trust Health Plan", None),
    4: ("Foxmere Employee Medical Plan", None),
    5: ("Saltmarsh Gold Choice", None),
    6: ("Ravenscar Connect EPO", "EPO"),
    7: ("Hollowbrook Fund Medical Plan", None),
    9: ("Westmarch Bronze Value PPO", "PPO"),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    2: "This is a self-funded plan: your employer pays its claims and {payer} administers it.",
    4: "Your employer's self-funded plan pays these claims; {payer} handles them.",
    5: "This health insurance is underwritten by {payer}.",
    7: "This plan is self-funded by your employer. {payer} provides claims services only.",
    9: "Your health coverage is insured by {payer}.",
}
DESCRIPTIONS = {  # a service's words, as a description prints them
    "S9443": "Lactation class, nonphysician",
    "99401": "Preventive medicine counseling, 15 min",
    "99402": "Preventive medicine counseling, 30 min",
    "99403": "Preventive medicine counseling, 45 min",
    "99404": "Preventive medicine counseling, 60 min",
}
MODIFIERS = ("25", "33", "TH")  # a separate visit, a preventive service, postpartum care


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"YH{_digits(rng, 11)}",
        1: lambda: f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        2: lambda: f"CT{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 7)}",
        4: lambda: f"F{_digits(rng, 12)}",
        5: lambda: f"SM-{_digits(rng, 10)}",
        6: lambda: f"RH{_digits(rng, 5)}{_letters(rng, 1)}{_digits(rng, 4)}",
        7: lambda: _digits(rng, 14),
        8: lambda: f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 8)}",
        9: lambda: f"WM{_digits(rng, 4)}-{_digits(rng, 5)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        1: lambda: f"L{_digits(rng, 8)}-0{rng.randint(1, 4)}",
        2: lambda: f"{_digits(rng, 9)}",
        3: lambda: f"{_letters(rng, 2)}{_digits(rng, 8)}",
        4: lambda: f"FX{_digits(rng, 7)}",
        5: lambda: f"{_letters(rng, 3)} {_digits(rng, 7)}",
        6: lambda: f"R{_digits(rng, 10)}",
        7: lambda: f"{_digits(rng, 8)}-0{rng.randint(1, 3)}",
        8: lambda: f"{_letters(rng, 1)}{_digits(rng, 9)}",
        9: lambda: f"WHI{_digits(rng, 8)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: f"{_digits(rng, 6)}",
        2: lambda: f"CB-{_digits(rng, 5)}",
        5: lambda: f"G{_digits(rng, 7)}",
        7: lambda: f"{_digits(rng, 5)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("yonder", "k", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS, MODIFIERS,
                     _claim_number, _member_id, _group, trace_digits=10)  # fmt: skip
record = RECORDS.record


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _codes = u._m, u._phone, nv._line_codes
_code, share_parts = ah._code, ah.share_parts  # "99403-25"; the share no column holds


def _totals(fam: Family, claim: g.ClaimRec, keys: list[str | None]) -> list[str]:
    """A claim's totals of ``keys``, a zero printed as ``0.00`` where the family leaves a
    zero blank (a total is never left blank)."""
    return [(_m(fam, claim.total(k)) or g.num(ZERO)) if k else "" for k in keys]


def _letterhead(fam: Family, pdf: g.Pdf, doc: g.Doc, *, plan_line: bool = False,
                date_right: bool = False, title: str = "") -> None:  # fmt: skip
    """The payer's name, its address and phone under it; with ``plan_line`` the plan's name
    as the next line; ``title`` at the top right, the notice's date alone over it with
    ``date_right``."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 13, doc.payer_name, fam.bold, 13)
    pdf.text(pdf.margin, top - 25, f"{', '.join(doc.payer_addr)}   {_phone(doc, 'dots')}",
             fam.font, 8)  # fmt: skip
    if plan_line:
        pdf.text(pdf.margin, top - 36, doc.plan_name, fam.font, 8)
    right = pdf.w - pdf.margin
    if date_right:
        pdf.text(right, top - 10, fam.dates(doc.notice_date), fam.font, 9, align="right")
    if title:
        pdf.text(right, top - 24 if date_right else top - 13, title, fam.bold, 10, align="right")
    pdf.y = top - 52


def _card(fam: Family, pdf: g.Pdf, x: float, top: float, width: float, title: str,
          rows: list[tuple[str, str | None]]) -> float:  # fmt: skip
    """A boxed card like a member's ID card: ``title`` in a shaded band, then each label
    with its value beside it; returns the card's lowest point."""
    rows = [(k, v) for k, v in rows if v]
    h = 14 + len(rows) * fam.size * 1.6 + 4
    ls.titled_box(pdf, x, top, width, top - h, title, fam, SHADE)
    y = top - 14
    for label, value in rows:
        pdf.text(x + 6, y - fam.size - 2, label, fam.font, fam.size)
        pdf.text(x + 78, y - fam.size - 2, value, fam.bold, fam.size)
        y -= fam.size * 1.6
    return top - h


def _address_with_id(fam: Family, pdf: g.Pdf, doc: g.Doc, label: str,
                     rows: list[tuple[str, str | None]], label_w: float) -> None:  # fmt: skip
    """The member's name and address, the member ID as the block's last line after
    ``label``, label/value ``rows`` beside the block on the right."""
    top = pdf.y
    for s in [doc.member_name, *doc.member_addr, f"{label} {doc.member_id}"]:
        pdf.line(s, fam.font, fam.size + 0.5)
    pdf.space(6)
    left = pdf.y
    low = ls.pairs(fam, pdf, rows, pdf.w / 2 + 20, label_w, top, step=1.7)
    pdf.y = min(left, low) - 4


def _reason_and_rights(fam: Family, pdf: g.Pdf, reason: str, heads: tuple[str, str],
                       rights: str) -> None:  # fmt: skip
    """A letter's closing: the reason under its heading, then the appeal rights under theirs."""
    pdf.space(8)
    pdf.line(heads[0], fam.bold, fam.size + 0.5)
    pdf.para(reason, fam.font, fam.size, after=8)
    pdf.line(heads[1], fam.bold, fam.size + 0.5)
    pdf.para(rights, fam.font, fam.size)


def _address_and_card(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str,
                      rows: list[tuple[str, str | None]]) -> None:  # fmt: skip
    """The member's address block with a card (``_card``) beside it on the page's right
    half; the page goes on below whichever ends lower."""
    top = pdf.y
    ls.address(fam, pdf, doc)
    low = _card(fam, pdf, pdf.w / 2 + 10, top, pdf.w / 2 - 10 - pdf.margin, title, rows)
    pdf.y = min(pdf.y, low) - 8


def _table(fam: Family, pdf: g.Pdf, titles: list[str], widths: list[float], right: set[int],
           rows: list[list[str]], total: list[str] | None, ruled: bool = True) -> None:  # fmt: skip
    """A claim's rows under ``titles``, a bold totals row ``total`` last if given."""
    rows = [*rows, total] if total else rows
    pdf.table(u._cols(pdf, titles, widths, right), rows, font=fam.font, bold=fam.bold,
              size=fam.size - 0.5, ruled=ruled, header_bg=SHADE if ruled else None,
              bold_rows={len(rows) - 1} if total else set())  # fmt: skip


def _coded_claims(fam: Family, pdf: g.Pdf, doc: g.Doc, titles: list[str], widths: list[float],
                  caption, total: str = "Claim total") -> None:  # fmt: skip
    """Each claim under its ``caption(claim)``: a table of its services (date, code with its
    modifiers, words, billed, allowed, paid, the member's share, remarks) under ``titles``,
    a totals row labelled ``total`` last."""
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(caption(claim), fam.bold, fam.size)
        rows = [[fam.dates(ln.dos), _code(fam, ln), ln.desc, _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        _table(
            fam,
            pdf,
            titles,
            widths,
            {3, 4, 5, 6},
            rows,
            [total, "", "", *_totals(fam, claim, ["billed", "allowed", "paid", "owe"]), ""],
        )
        pdf.space(8)


# --------------------------------------------------------------------------
# The dev layouts


def draw_idcard(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB: the plan's name in the letterhead, the date alone at the top right, the
    member ID in a card beside the address, a "CPT/HCPCS" column, "Member liability"."""
    size, font = fam.size, fam.font
    _letterhead(fam, pdf, doc, plan_line=True, date_right=True, title="Explanation of Benefits")
    _address_and_card(fam, pdf, doc, "Member card",
                      [("Enrollee", doc.member_name), ("Enrollee ID", doc.member_id),
                       ("Group no.", doc.group)])  # fmt: skip
    pdf.para(f"This is not a bill. {doc.funding_text}", font, size, after=8)
    titles = ["Service date", "CPT/HCPCS", "Description", "Billed", "Allowed", "Plan paid",
              "Member\nliability", "Remarks"]  # fmt: skip
    _coded_claims(fam, pdf, doc, titles, [62, 60, 170, 52, 52, 52, 56, 56],
                  lambda c: f"Claim no. {c.number} for {c.patient}, seen by {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes explained", sep=" - ")


def draw_reletter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter: its date alone under the letterhead, the member ID in the "RE:"
    line, the plan named in a sentence, "Amount you may owe"."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 15, doc.payer_name, bold, 15)
    pdf.text(pdf.margin, top - 28, f"{', '.join(doc.payer_addr)}  |  {_phone(doc, 'paren')}",
             font, 9)  # fmt: skip
    pdf.y = top - 54
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"RE: Policyholder ID {doc.member_id}; claim {claim.number}", bold, size)
    pdf.line(f"Patient: {claim.patient}    Provider: {claim.provider} (NPI {claim.npi})",
             font, size, gap=size * 2)  # fmt: skip
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(f"We reviewed the claim below for care under your {doc.plan_name} plan, and we "
             "are not able to pay for it.", font, size, after=6)  # fmt: skip
    rows = [[fam.dates(ln.dos), f"{ln.desc} ({ln.code})", _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    _table(fam, pdf, ["Date", "Service", "Charged", "Amount you may owe"], [90, 230, 70, 110],
           {2, 3}, rows, None)  # fmt: skip
    _reason_and_rights(fam, pdf, claim.reason, ("The reason for our decision", "If you disagree"),
                       "You may appeal this decision within 180 days of the date of this letter.")  # fmt: skip


def draw_costledger(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB whose member share is its deductible, copay, coinsurance and not-covered
    columns (zeros blank), the member ID a line of the address block, "Your plan:",
    "Statement date" and a "Svc code" column."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, title="Statement of Benefits")
    _address_with_id(fam, pdf, doc, "Member #", [("Your plan:", doc.plan_name),
                                                 ("Group:", doc.group),
                                                 ("Statement date:", fam.dates(doc.notice_date))],
                     70)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date", "Svc code", "Billed", "Discount", "Allowed", "Deductible", "Copay",
              "Coinsurance", "Not\ncovered", "Plan\npaid", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"{claim.patient}  -  {claim.provider}  -  Claim {claim.number}", bold, size)
        rows = []
        for ln in claim.lines:
            rest, saving = share_parts(ln)
            rows.append([fam.dates(ln.dos), ln.code, _m(fam, ln.billed), fam.money(saving),
                         _m(fam, ln.allowed), fam.money(ln.deductible), fam.money(ln.copay),
                         fam.money(ln.coins), fam.money(rest), _m(fam, ln.paid),
                         " ".join(_codes(ln))])  # fmt: skip
        _table(fam, pdf, titles, [54, 48, 50, 50, 50, 52, 42, 56, 48, 48, 50],
               set(range(2, 10)), rows, None)  # fmt: skip
        t = _totals(fam, claim, ["billed", "paid", "owe"])
        pdf.line(f"Claim totals:  billed {t[0]}   plan paid {t[1]}   you owe {t[2]}", bold, size)
        pdf.space(8)
    u._key(fam, pdf, doc, "Remarks", sep=": ")


def draw_remitproc(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider remittance: "Processed on", each claim's "Subscriber No.", a "Proc" and a
    "Mod" column, "Patient liability"."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, title="Provider Remittance")
    pdf.line(f"Pay to: {x.payee}   NPI {x.payee_npi}   Payment no. {x.trace}", font, size)
    pdf.line(f"Processed on {fam.dates(doc.notice_date)}", font, size, gap=size * 2.2)
    titles = ["Svc date", "Proc", "Mod", "Billed", "Allowed", "Paid", "Patient\nliability",
              "Adj / remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.rule(0.5)
        pdf.line(f"Patient {claim.patient}   Subscriber No. {claim.member_id}   Claim # "
                 f"{claim.number}   Acct {x.accounts[claim.number]}", bold, size)  # fmt: skip
        rows = [[fam.dates(ln.dos), ln.code, " ".join(ln.modifiers), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        _table(fam, pdf, titles, [62, 48, 34, 58, 58, 58, 62, 90], {3, 4, 5, 6}, rows,
               ["Claim total", "", "", *_totals(fam, claim, ["billed", "allowed", "paid",
                                                             "owe"]), ""], ruled=False)  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Adjustment and remark codes", sep="  ")


def draw_narrative(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB that names the plan in its opening sentence, "Identification #" and "Date of
    this statement" in rows under the address, codes inside the services' words, "Your
    cost"."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, title="Your Explanation of Benefits")
    ls.address(fam, pdf, doc)
    low = ls.label_rows(fam, pdf, [("Member", doc.member_name),
                                   ("Identification #", doc.member_id),
                                   ("Date of this statement", fam.dates(doc.notice_date))],
                        pdf.margin, pdf.y, 110)  # fmt: skip
    pdf.y = low - 4
    pdf.para(f"This statement explains how we processed claims under your {doc.plan_name} "
             f"plan. {doc.funding_text}", font, size, after=8)  # fmt: skip
    titles = ["Date of service", "What you received", "Charged", "Allowed", "Plan paid",
              "Your cost", "Notes"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"Claim {claim.number}: {claim.patient}, from {claim.provider}", bold, size)
        rows = [[fam.dates(ln.dos), f"{ln.desc} - {_code(fam, ln)}", _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        _table(fam, pdf, titles, [76, 210, 56, 56, 56, 56, 60], {2, 3, 4, 5}, rows,
               ["Totals", "", *_totals(fam, claim, ["billed", "allowed", "paid", "owe"]), ""],
               ruled=False)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "What the notes mean", sep=": ")


# --------------------------------------------------------------------------
# The check layouts


def draw_topdate(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB: the date alone at the top right, the plan's name in the letterhead, "Cert.
    no." in a card, a "Proc" column and "You owe"."""
    size, font = fam.size, fam.font
    _letterhead(fam, pdf, doc, plan_line=True, date_right=True, title="Claim Statement")
    _address_and_card(fam, pdf, doc, "Your coverage",
                      [("Subscriber", doc.member_name), ("Cert. no.", doc.member_id),
                       ("Group", doc.group)])  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date", "Proc", "Service", "Charge", "Allowed", "Plan paid", "You owe", "Code"]
    _coded_claims(fam, pdf, doc, titles, [58, 56, 176, 54, 54, 54, 54, 56],
                  lambda c: f"Claim {c.number}   Patient {c.patient}   Provider {c.provider}",
                  "Total")  # fmt: skip
    u._key(fam, pdf, doc, "Codes", sep=" - ")


def draw_reenrollee(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter: its date alone under the letterhead, "RE: Enrollee ID" with the
    claim, the plan in a sentence, the services with their codes in "CPT/HCPCS"."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 14)
    pdf.text(pdf.margin, top - 27, f"{' '.join(doc.payer_addr)}   {_phone(doc, 'one')}", font,
             8.5)  # fmt: skip
    pdf.y = top - 50
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"RE: Enrollee ID {doc.member_id}, claim number {claim.number}", bold, size)
    pdf.line(f"Patient: {claim.patient}   Provider: {claim.provider}, NPI {claim.npi}", font,
             size, gap=size * 2)  # fmt: skip
    pdf.line(f"Dear {doc.member_name},", font, size, gap=size * 1.8)
    pdf.para(f"Your {doc.plan_name} plan will not pay for the services listed here.", font,
             size, after=6)  # fmt: skip
    rows = [[fam.dates(ln.dos), ln.code, ln.desc, _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    _table(fam, pdf, ["Date of service", "CPT/HCPCS", "Description", "Billed",
                      "Amount you may owe"], [80, 64, 200, 64, 100], {3, 4}, rows, None)  # fmt: skip
    _reason_and_rights(fam, pdf, claim.reason, ("Why we decided this", "Your appeal rights"),
                       "You have 180 days from the date of this letter to ask us to review it.")  # fmt: skip


def draw_notcovered(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB in a serif face: the member ID a line of the address block, "Benefit plan:",
    "Processed on", a "Proc" column and cost-share columns with no share column."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, title="Explanation of Benefits")
    _address_with_id(fam, pdf, doc, "Member #", [("Benefit plan:", doc.plan_name),
                                                 ("Group no.:", doc.group),
                                                 ("Processed on:", fam.dates(doc.notice_date))],
                     74)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date", "Proc", "Amount\nbilled", "Plan\nsavings", "Deductible", "Copay",
              "Coinsurance", "Not\ncovered", "Plan\npaid", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim {claim.number} - {claim.patient} - {claim.provider}", bold, size)
        rows = []
        for ln in claim.lines:
            rest, saving = share_parts(ln)
            rows.append([fam.dates(ln.dos), ln.code, _m(fam, ln.billed), fam.money(saving),
                         fam.money(ln.deductible), fam.money(ln.copay), fam.money(ln.coins),
                         fam.money(rest), _m(fam, ln.paid), " ".join(_codes(ln))])  # fmt: skip
        _table(fam, pdf, titles, [64, 46, 56, 52, 56, 44, 60, 50, 50, 56], set(range(2, 9)),
               rows, None)  # fmt: skip
        t = _totals(fam, claim, ["billed", "paid", "owe"])
        pdf.line(f"Totals for this claim: billed {t[0]}; paid by plan {t[1]}; your share {t[2]}",
                 bold, size)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Remarks", sep=" - ")


def draw_remitliab(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A monospace remittance: "STATEMENT DATE", "ENROLLEE ID" per claim, a "SVC CODE" and
    a "MEMBER LIAB" column."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(f"{doc.payer_name.upper()}  *  PROVIDER VOUCHER", bold, 10, gap=14)
    pdf.line(f"{', '.join(doc.payer_addr)}   {_phone(doc, 'paren')}", font, size)
    pdf.line(f"STATEMENT DATE {fam.dates(doc.notice_date)}   PAYEE {x.payee}   NPI "
             f"{x.payee_npi}   EFT {x.trace}", font, size, gap=size * 2.5)  # fmt: skip
    head = (f"{'DOS':<12}{'SVC CODE':<11}{'CHARGE':>9}{'ALLOWED':>9}{'PAID':>9}"
            f"{'MEMBER LIAB':>13}  ADJ")  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 9)
        pdf.line(f"PATIENT {ls.surname_first(claim.patient)}  ENROLLEE ID {claim.member_id}"
                 f"  CLAIM {claim.number}", bold, size)  # fmt: skip
        pdf.line(head, bold, size - 0.5)
        for ln in claim.lines:
            pdf.line(f"{fam.dates(ln.dos):<12}{_code(fam, ln):<11}{_m(fam, ln.billed):>9}"
                     f"{_m(fam, ln.allowed):>9}{_m(fam, ln.paid):>9}{_m(fam, ln.owe):>13}  "
                     f"{' '.join(_codes(ln))}", font, size - 0.5)  # fmt: skip
        t = _totals(fam, claim, ["billed", "allowed", "paid", "owe"])
        pdf.line(f"{'CLAIM TOTAL':<23}{t[0]:>9}{t[1]:>9}{t[2]:>9}{t[3]:>13}", bold, size - 0.5)
        pdf.space(size)
    u._key(fam, pdf, doc, "ADJUSTMENT CODES", sep="  ")


def draw_sentence(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB naming the plan only in a sentence, "Policyholder ID" and "Date of this
    statement" beside the address, a "Svc code" column and "Your cost"."""
    size, font = fam.size, fam.font
    _letterhead(fam, pdf, doc, title="Explanation of Benefits")
    ah.beside_address(fam, pdf, doc, [("Policyholder", doc.member_name),
                                      ("Policyholder ID", doc.member_id),
                                      ("Date of this statement", fam.dates(doc.notice_date))],
                      104, gap=6)  # fmt: skip
    pdf.para(f"Here is how your {doc.plan_name} plan handled recent claims. "
             f"{doc.funding_text}", font, size, after=8)  # fmt: skip
    titles = ["Service date", "Svc code", "Description", "Billed", "Allowed", "Paid by plan",
              "Your cost", "Remark"]  # fmt: skip
    _coded_claims(fam, pdf, doc, titles, [62, 56, 170, 54, 54, 58, 54, 56],
                  lambda c: f"Claim # {c.number}  |  Patient: {c.patient}  |  {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=": ")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
_SPLIT = {"billed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "idcard": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "reletter": ({"billed", "owe"}, set()),
    "costledger": (_AMOUNTS, _SPLIT),
    "remitproc": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "narrative": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "topdate": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "reenrollee": ({"billed", "owe"}, set()),
    "notcovered": (_SPLIT, _SPLIT),
    "remitliab": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "sentence": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
}
FOOTERS = {
    "idcard": "Yarrowby Health Insurance Company - this is not a bill",
    "notcovered": "Keep this notice with your health records.",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


SET = ls.LayoutSet("yonder", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, text=nv._text, capitals=True,
                   more_checks=ls.reasons_printed(nv.MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
