"""The ahead set: text notices that print their fields the ways the other sets do not, in a dev and a check half.

Ten layout families, ``a00``-``a09``, drawn from how real explanations of benefits and
remittance advices print the fields the reader reads least well on notices it was not
tuned on: the patient's share as "What you owe", "Member responsibility", "Amount you
may owe the provider", "Your share" or as deductible, copay, coinsurance and not-covered
columns with no column of their own; the plan's name as a product line under the payer's
name or after "Coverage:", "Product:", "Benefit plan:"; procedure codes inside a service
description ("Lactation consult (S9443)", "CPT 99403 - preventive counselling") and
modifiers glued to them ("99403-25", "S9443 TH"); member IDs after "ID #", "Subscriber
number", "Member number", "Identification no.", with a prefix ("XWZ 123456789"); and the
notice's date as "Statement date", "Date processed", "Processed on", "Date of this
notice" or "Issued".

Families ``a00``-``a04`` are the dev half (the reader may be tuned on them); ``a05``-``a09``
are the check half, split before the reader read any of them: nobody tunes on them, and
their figure is the honest one. Both are written to ``tests/data/varied/ahead/`` (text
PDFs); score one half with ``benchmarks/accuracy.py tests/data/varied/ahead --families
a05 a06 a07 a08 a09``.

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``a<family>_<layout>_<n>``.

    python samples/ahead.py                     # rewrite tests/data/varied/ahead/
    python samples/ahead.py --families 5 --out /tmp/ahead-check
    python samples/ahead.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import wild as w  # noqa: E402  - samples/wild.py: reasons in words

ZERO = g.ZERO
SHADE = colors.HexColor("#dfe7ef")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on


def d_dots(d: date) -> str:
    """``03.14.2026``."""
    return d.strftime("%m.%d.%Y")


def d_abbrev(d: date) -> str:
    """``Mar 4, 2026``."""
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def dollars(x: Decimal) -> str:
    """``$1,234.50``, a zero as ``$0.00``."""
    return f"${x:,.2f}"


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(nv.Family):
    """An ahead layout: whether its services carry modifiers, and their spelling."""

    modifiers: bool = False  # some services carry a modifier
    glue: str = "-"  # how a modifier follows its code: "99403-25", "S9443 TH"


FAMILIES = [
    # the dev half
    Family(0, "product", "eob", "Helvetica", "Helvetica-Bold", 8.0, dollars, g.d_us,
           (1, 2), (1, 3), ("not_covered", "provider_type", "cost_sharing"),
           funding="fully_insured", mixed=True),
    Family(1, "advice", "remit", "Helvetica", "Helvetica-Bold", 7.5, g.num, d_dots,
           (3, 4), (1, 2), ("provider_type", "medical_necessity", "out_of_network"),
           mixed=True, modifiers=True),
    Family(2, "coverage", "eob", "Times-Roman", "Times-Bold", 9.0, dollars, d_abbrev,
           (1, 2), (1, 2), ("prior_authorization", "cost_sharing", "frequency_limit"),
           funding="self_funded", infant=True, mixed=True),
    Family(3, "stacked", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_mon,
           (1, 2), (1, 2), ("out_of_network", "place_of_service", "cost_sharing"),
           network=True, paid_doc=2, modifiers=True, glue=" "),
    Family(4, "sharecols", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "out_of_network", "not_covered"),
           funding="fully_insured", mixed=True),
    # the check half
    Family(5, "benefit", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, d_abbrev,
           (1, 2), (1, 2), ("provider_type", "cost_sharing", "not_covered"),
           funding="self_funded", mixed=True, modifiers=True, glue=" "),
    Family(6, "owecol", "eob", "Helvetica", "Helvetica-Bold", 8.0, dollars, g.d_us,
           (2, 3), (1, 2), ("frequency_limit", "out_of_network", "cost_sharing"),
           infant=True, mixed=True),
    Family(7, "remitlist", "remit", "Courier", "Courier-Bold", 7.5, g.num, d_dots,
           (3, 4), (1, 2), ("eligibility", "prior_authorization", "coding"),
           mixed=True, modifiers=True),
    Family(8, "boxed", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_mon,
           (1, 2), (1, 3), ("cost_sharing", "medical_necessity", "out_of_network"),
           funding="fully_insured", mixed=True),
    Family(9, "notice", "letter", "Times-Roman", "Times-Bold", 10.0, dollars, d_abbrev,
           (1, 1), (1, 2), ("provider_type", "place_of_service", "medical_necessity"),
           npi=True, codes=False),
]  # fmt: skip

PAYERS = [
    ("Haverline Health Insurance Company", "Columbus", "OH", "43215"),
    ("Corbel Benefit Administrators", "Louisville", "KY", "40202"),
    ("Stonegate Employee Health Trust", "Richmond", "VA", "23219"),
    ("Orchard Valley Health Plan", "Fresno", "CA", "93721"),
    ("Quillan Mutual Assurance", "Providence", "RI", "02903"),
    ("Redfern Plan Services", "Albuquerque", "NM", "87102"),
    ("Halcyon Coast Health", "Charleston", "SC", "29401"),
    ("Tamarack Health Payments", "Spokane", "WA", "99201"),
    ("Northfield Heartland Insurance Co.", "Des Moines", "IA", "50309"),
    ("Bellwether Care Plans", "Little Rock", "AR", "72201"),
]
PLAN_NAMES = {  # (plan name, plan type) per family; remittances name no plan
    0: ("Haverline Choice Plus", None),
    2: ("Stonegate Trust Medical Plan", None),
    3: ("Orchard Valley Access PPO", "PPO"),
    4: ("Quillan Bronze Essential", None),
    5: ("Redfern Employer Health Plan", None),
    6: ("Halcyon Advantage HMO", "HMO"),
    8: ("Northfield Value Silver", None),
    9: ("Bellwether Open Access EPO", "EPO"),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    2: "Your employer pays the claims of this self-funded plan; {payer} administers it.",
    4: "This health insurance is underwritten by {payer}.",
    5: "This is a self-funded group health plan. {payer} provides claims administration only.",
    8: "This plan is insured by {payer}.",
}
DESCRIPTIONS = {  # a service's words, as a description cell prints them
    "S9443": "Lactation consult",
    "99401": "Preventive counselling, 15 min",
    "99402": "Preventive counselling, 30 min",
    "99403": "Preventive counselling, 45 min",
    "99404": "Preventive counselling, 60 min",
}
MODIFIERS = ("25", "33", "TH")  # a separate visit, a preventive service, postpartum care


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"HV{_digits(rng, 10)}",
        1: lambda: f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 5)}",
        2: lambda: f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        3: lambda: f"OV{_digits(rng, 9)}",
        4: lambda: _digits(rng, 12),
        5: lambda: f"RP-{_digits(rng, 8)}",
        6: lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 8)}",
        7: lambda: f"T{_digits(rng, 11)}",
        8: lambda: f"{_digits(rng, 10)}-0{rng.randint(1, 4)}",
        9: lambda: f"BC{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)} {_digits(rng, 9)}",
        1: lambda: f"{_letters(rng, 3)}{_digits(rng, 8)}",
        2: lambda: f"{_digits(rng, 9)}-0{rng.randint(1, 3)}",
        3: lambda: f"OVH{_digits(rng, 9)}",
        4: lambda: f"Q{_digits(rng, 8)}",
        5: lambda: f"{_letters(rng, 3)} {_digits(rng, 9)}",
        6: lambda: f"H{_digits(rng, 9)}0{rng.randint(1, 3)}",
        7: lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        8: lambda: f"{_letters(rng, 3)}-{_digits(rng, 8)}",
        9: lambda: f"{_digits(rng, 10)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: f"{_digits(rng, 7)}",
        2: lambda: f"SG-{_digits(rng, 4)}",
        5: lambda: f"{_digits(rng, 6)}",
        8: lambda: f"G{_digits(rng, 6)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


@dataclass(frozen=True)
class Records:
    """How a set of text notices draws each document's record: the letter its documents'
    names open with, its seed, payers, plans, funding sentences, services' words and
    modifiers, and the shapes of its numbers (each a function of the family and the
    document's draw)."""

    name: str  # the set: "ahead"
    letter: str  # its documents' names open with it: "a00_product_0"
    payers: list[tuple[str, str, str, str]]
    plan_names: dict[int, tuple[str, str | None]]
    funding_text: dict[int, str]
    descriptions: dict[str, str]
    modifiers: tuple[str, ...]
    claim_number: Callable[[Family, random.Random], str]
    member_id: Callable[[Family, random.Random], str]
    group: Callable[[Family, random.Random], str | None]
    trace_digits: int = 10

    def _doc(self, fam: Family, n: int, rng: random.Random, own: random.Random) -> g.Doc:
        payer = self.payers[fam.id][0]
        phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
        notice = date(2026, 1, 20) + timedelta(days=rng.randrange(0, 280))
        doc = ls.notice_doc(f"{self.letter}{fam.id:02d}_{fam.layout}_{n}", fam,
                            self.payers[fam.id], f"PO Box {own.randrange(1000, 99999)}", phone,
                            notice, rng, nv._person(rng), lambda: self.member_id(fam, rng),
                            nv.STREETS, rng.choice(nv.CITIES))  # fmt: skip
        if fam.kind != "remit":
            doc.plan_name, doc.plan_type = self.plan_names.get(fam.id, (None, None))
            doc.group = self.group(fam, rng)
        if fam.id in self.funding_text:
            doc.funding_text = self.funding_text[fam.id].format(payer=payer)
        doc.extra["x"] = nv.Extra(
            payee=rng.choice(nv.PROVIDERS[::2]),
            payee_npi=g.make_npi(f"1{_digits(rng, 8)}"),
            trace=f"{_digits(rng, self.trace_digits)}",
        )
        return doc

    def record(self, fam: Family, n: int) -> g.Doc:
        """The record of document ``n`` of ``fam`` (the same on every run)."""
        rng = random.Random(f"appealgen-{self.name}-doc-{fam.id}-{n}")
        own = random.Random(f"appealgen-{self.name}-family-{fam.id}")
        doc = self._doc(fam, n, rng, own)
        extra: nv.Extra = doc.extra["x"]
        member = doc.member_name
        patients = [member]
        if fam.infant:
            patients.append(f"{rng.choice(nv.INFANTS)} {member.split()[-1]}")
        dos0 = doc.notice_date - timedelta(days=rng.randrange(25, 70))
        for i in range(rng.randint(*fam.claims)):
            cat = nv._category(fam, rng, n, i)
            patient = nv._person(rng) if fam.kind == "remit" else patients[i % len(patients)]
            dx = nv.INFANT_DX if patient in patients[1:] else nv.MOTHER_DX
            lines = []
            for j in range(rng.randint(*fam.lines)):
                code = rng.choice(fam.services)
                ln = nv._line(fam, rng, dos0 + timedelta(days=6 * j + 2 * i), code,
                              rng.choice(dx), cat)  # fmt: skip
                ln.desc = self.descriptions[code]
                if fam.modifiers and rng.random() < 0.5:
                    ln.modifiers = [rng.choice(self.modifiers)]
                lines.append(ln)
            claim = g.ClaimRec(number=self.claim_number(fam, rng), patient=patient,
                               provider=None if fam.kind == "remit" else rng.choice(nv.PROVIDERS),
                               lines=lines, categories=[cat] if cat else [])  # fmt: skip
            if fam.npi:
                claim.npi = g.make_npi(f"1{_digits(rng, 8)}")
            if fam.network:
                claim.network = "out" if cat == "out_of_network" else "in"
            if fam.kind == "letter" and cat:
                claim.reason = w.REASONS[cat]
            if fam.kind == "remit":
                claim.member_id = self.member_id(fam, rng)
            extra.accounts[claim.number] = f"{_digits(rng, 7)}"
            doc.claims.append(claim)
        if fam.infant:
            doc.claims.sort(key=lambda c: patients.index(c.patient))
        doc.meanings = dict(nv.MEANINGS)
        return doc


RECORDS = Records("ahead", "a", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS, MODIFIERS,
                  _claim_number, _member_id, _group)  # fmt: skip
record = RECORDS.record


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _codes = u._m, u._phone, nv._line_codes


def _code(fam: Family, ln: g.Line) -> str:
    """The code with its modifiers as the family glues them: ``99403-25``, ``S9443 TH``."""
    return fam.glue.join([ln.code, *ln.modifiers])


def _in_words(fam: Family, ln: g.Line) -> str:
    """A description cell that holds the code: ``Lactation consult (S9443)``."""
    return f"{ln.desc} ({_code(fam, ln)})"


def _cpt_first(fam: Family, ln: g.Line) -> str:
    """A description cell that starts with the code: ``CPT 99403 - Preventive counselling``."""
    system = "HCPCS" if ln.code.startswith("S") else "CPT"
    return f"{system} {_code(fam, ln)} - {ln.desc.split(',')[0].lower()}"


def share_parts(ln: g.Line) -> tuple[Decimal, Decimal]:
    """The part of the patient's share no cost-share column holds (what the plan does not
    cover and the member owes), and the provider's write-off (the plan's saving)."""
    owe, paid, billed = ln.owe or ZERO, ln.paid or ZERO, ln.billed or ZERO
    rest = owe - ln.deductible - ln.copay - ln.coins
    return rest, billed - paid - owe


def _totals(fam: Family, claim: g.ClaimRec, keys: list[str | None]) -> list[str]:
    return [_m(fam, claim.total(k)) if k else "" for k in keys]


def _owed_table(fam: Family, pdf: g.Pdf, claim: g.ClaimRec, titles: list[str],
                widths: list[float], cell, total: str) -> None:  # fmt: skip
    """A claim's services by date, ``cell`` (its code's cell), billed, not covered, allowed,
    paid and owed, with their codes; a totals row labelled ``total`` under them."""
    rows = [[fam.dates(ln.dos), cell(fam, ln), _m(fam, ln.billed), fam.money(ln.not_covered),
             _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
            for ln in claim.lines]  # fmt: skip
    rows.append([total, "", *_totals(fam, claim, ["billed", None, "allowed", "paid", "owe"]), ""])
    pdf.table(u._cols(pdf, titles, widths, {2, 3, 4, 5, 6}), rows, font=fam.font, bold=fam.bold,
              size=fam.size - 0.5, header_bg=SHADE, bold_rows={len(rows) - 1})  # fmt: skip


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    ls.letterhead(fam, pdf, doc, title, _phone(doc, "one"), size=13, title_size=10,
                  under=under, below=36)  # fmt: skip


def beside_address(fam: Family, pdf: g.Pdf, doc: g.Doc, rows: list[tuple[str, str | None]],
                   label_w: float = 80, gap: float = 20) -> None:  # fmt: skip
    """The member's address at the left, label/value ``rows`` beside it on the right,
    ``gap`` points right of the page's middle."""
    top = pdf.y
    ls.address(fam, pdf, doc)
    left = pdf.y
    low = ls.pairs(fam, pdf, rows, pdf.w / 2 + gap, label_w, top, step=1.7)
    pdf.y = min(left, low) - 4


# --------------------------------------------------------------------------
# The dev layouts


def draw_product(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB: the product line under the payer's name, a "What you owe" column last."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits", doc.plan_name)
    beside_address(fam, pdf, doc, [("Prepared for", doc.member_name), ("ID #", doc.member_id),
                                    ("Group #", doc.group),
                                    ("Statement date", fam.dates(doc.notice_date))])  # fmt: skip
    pdf.para(f"THIS IS NOT A BILL. {doc.funding_text}", font, size, after=8)
    titles = ["Date of service", "Service description", "Amount\nbilled", "Plan\ndiscount",
              "Allowed\namount", "Plan\npaid", "What you\nowe", "Notes"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Patient: {claim.patient}     Provider: {claim.provider}", bold, size)
        pdf.line(f"Claim number {claim.number}", font, size)
        _owed_table(fam, pdf, claim, titles, [70, 170, 56, 56, 56, 56, 60, 60], _in_words,
                    "Claim total")  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Notes on your claims", sep=" - ")


def draw_advice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's remittance advice: cost-share columns and a member responsibility column."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Provider Remittance Advice")
    pdf.line(f"Payee: {x.payee}    Payee NPI: {x.payee_npi}    Check/EFT no. {x.trace}",
             font, size)  # fmt: skip
    pdf.line(f"Date processed: {fam.dates(doc.notice_date)}", font, size, gap=size * 2.2)
    titles = ["Service date", "Procedure", "Charges", "Allowed", "Deduct", "Coins", "Copay",
              "Payment", "Member\nresponsibility", "Adj codes"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.rule(0.5)
        pdf.line(f"Patient: {ls.surname_first(claim.patient)}    Subscriber number: "
                 f"{claim.member_id}    Claim ID: {claim.number}    Acct: "
                 f"{x.accounts[claim.number]}", bold, size)  # fmt: skip
        rows = [[fam.dates(ln.dos), _code(fam, ln), _m(fam, ln.billed), _m(fam, ln.allowed),
                 fam.money(ln.deductible), fam.money(ln.coins), fam.money(ln.copay),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Claim totals", "", *_totals(fam, claim, ["billed", "allowed", None, None,
                                                               None, "paid", "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [60, 56, 52, 52, 44, 44, 44, 52, 70, 70],
                          set(range(2, 9))), rows, font=font, bold=bold, size=size,
                  ruled=False, header_bg=None, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Adjustment codes", sep="  ")


def draw_coverage(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A statement in a serif face: "Coverage:" and "Member number:", codes in the words."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Statement of Benefits")
    beside_address(fam, pdf, doc, [("Coverage:", doc.plan_name), ("Member:", doc.member_name),
                                    ("Member number:", doc.member_id), ("Group:", doc.group),
                                    ("Date of this notice:", fam.dates(doc.notice_date))],
                    92)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Dates", "Service description", "Billed", "Allowed", "Plan paid", "Your share",
              "Remarks"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"{claim.patient} - care from {claim.provider} - claim {claim.number}",
                 bold, size)  # fmt: skip
        rows = [[fam.dates(ln.dos), _cpt_first(fam, ln), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 ", ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["", "Totals", *_totals(fam, claim, ["billed", "allowed", "paid", "owe"]),
                     ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [74, 200, 56, 56, 56, 56, 60], {2, 3, 4, 5}), rows,
                  font=font, bold=bold, size=size - 0.5, ruled=False, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "What the remarks mean", sep=": ")


def _stack(fam: Family, pdf: g.Pdf, cells: list[tuple[str, str | None]], per_row: int) -> None:
    """Labels in small type, each over its value, ``per_row`` to a row, unruled."""
    cells = [(k, v) for k, v in cells if v]
    width = (pdf.w - 2 * pdf.margin) / per_row
    for i, (label, value) in enumerate(cells):
        row, col = divmod(i, per_row)
        cx, top = pdf.margin + col * width, pdf.y - row * fam.size * 3.2
        pdf.text(cx, top - fam.size, label, fam.font, fam.size - 1)
        pdf.text(cx, top - fam.size * 2.3, value, fam.bold, fam.size + 0.5)
    pdf.y -= fam.size * 3.2 * -(-len(cells) // per_row) + 6


def draw_stacked(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A member portal's claim page: labels over values, "Amount you may owe the provider"."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Claim Details")
    ls.address(fam, pdf, doc)
    _stack(fam, pdf, [("Member", doc.member_name), ("Identification no.", doc.member_id),
                      ("Product", f"{doc.plan_name}"),
                      ("Processed on", fam.dates(doc.notice_date))], 4)  # fmt: skip
    titles = ["Service date", "Code", "Provider\ncharged", "Not\ncovered", "Plan\nallowed",
              "Plan\npaid", "Amount you may\nowe the provider", "Why"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        net = "in-network" if claim.network == "in" else "out-of-network"
        pdf.line(f"Claim {claim.number} for {claim.patient}", bold, size + 0.5)
        pdf.line(f"{claim.provider} ({net})", font, size)
        _owed_table(fam, pdf, claim, titles, [70, 60, 60, 56, 56, 56, 90, 70], _code, "Total")
        pdf.space(8)
    u._key(fam, pdf, doc, "Why", sep=" ")


def draw_sharecols(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB whose patient share is its deductible, copay, coinsurance and not-covered
    columns; only the claim's line says what the member owes in all."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "EXPLANATION OF BENEFITS")
    beside_address(fam, pdf, doc, [("Member", doc.member_name), ("Member ID", doc.member_id),
                                    ("Benefit plan", doc.plan_name),
                                    ("Issued", fam.dates(doc.notice_date))])  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date", "Service", "Billed", "Network\nsavings", "Allowed", "Deductible",
              "Copay", "Coinsurance", "Not\ncovered", "Plan\npaid", "Code"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim {claim.number}   Patient {claim.patient}   Provider {claim.provider}",
                 bold, size)  # fmt: skip
        rows = []
        for ln in claim.lines:
            rest, saving = share_parts(ln)
            rows.append([fam.dates(ln.dos), ln.code, _m(fam, ln.billed), fam.money(saving),
                         _m(fam, ln.allowed), fam.money(ln.deductible), fam.money(ln.copay),
                         fam.money(ln.coins), fam.money(rest), _m(fam, ln.paid),
                         " ".join(_codes(ln))])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [54, 44, 50, 50, 50, 50, 44, 56, 50, 50, 60],
                          set(range(2, 10))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=SHADE)  # fmt: skip
        pdf.line(f"Total billed {_m(fam, claim.total('billed'))}    Plan paid "
                 f"{_m(fam, claim.total('paid'))}    Member responsibility "
                 f"{_m(fam, claim.total('owe'))}", bold, size)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Codes", sep=" - ")


# --------------------------------------------------------------------------
# The check layouts


def draw_benefit(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An administrator's EOB: "Benefit plan:", "Subscriber number:", "Issued", "Your share"."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    low = ls.label_rows(fam, pdf, [("Subscriber", doc.member_name),
                                   ("Subscriber number", doc.member_id),
                                   ("Benefit plan:", doc.plan_name), ("Group", doc.group),
                                   ("Issued", fam.dates(doc.notice_date))],
                        pdf.margin, pdf.y, 96, leader=True)  # fmt: skip
    pdf.y = low - 4
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Service date", "Service description", "Charge", "Plan allowance",
              "Paid by plan", "Your share", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"Claim # {claim.number}  |  {claim.patient}  |  {claim.provider}", bold, size)
        rows = [[fam.dates(ln.dos), f"{_code(fam, ln)} {ln.desc}", _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Total for claim", "", *_totals(fam, claim, ["billed", "allowed", "paid",
                                                                  "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [74, 180, 56, 64, 60, 60, 60], {2, 3, 4, 5}), rows,
                  font=font, bold=bold, size=size - 0.5, header_bg=SHADE,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Remark codes", sep=": ")


def draw_owecol(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A family statement: plan name in the letterhead, "You owe" after "Plan paid"."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Your Claims Statement", f"{doc.plan_name} ({doc.plan_type})")
    beside_address(fam, pdf, doc, [("Member name", doc.member_name),
                                    ("Member number", doc.member_id),
                                    ("Date of this notice", fam.dates(doc.notice_date))],
                    90)  # fmt: skip
    titles = ["Service date", "What was done", "Billed", "Plan paid", "You owe", "Note"]
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"{claim.patient} - Claim {claim.number} - {claim.provider}", bold, size)
        rows = [[fam.dates(ln.dos), _cpt_first(fam, ln), _m(fam, ln.billed), _m(fam, ln.paid),
                 _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Claim total", "", *_totals(fam, claim, ["billed", "paid", "owe"]), ""])
        pdf.table(u._cols(pdf, titles, [74, 220, 64, 64, 64, 70], {2, 3, 4}), rows,
                  font=font, bold=bold, size=size - 0.5, ruled=False, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Notes", sep=" - ")


def draw_remitlist(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A monospace remittance: per patient an identification line, "PT RESPONS" column."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(f"{doc.payer_name.upper()}  -  REMITTANCE ADVICE", bold, 10, gap=14)
    pdf.line(f"{' '.join(doc.payer_addr)}   {_phone(doc, 'dots')}", font, size)
    pdf.line(f"PROVIDER {x.payee}   NPI {x.payee_npi}   PROCESSED ON {fam.dates(doc.notice_date)}",
             font, size, gap=size * 2.5)  # fmt: skip
    head = f"{'SERVICE DATE':<14}{'PROC-MOD':<11}{'BILLED':>9}{'ALLOWED':>9}{'PAID':>9}" \
           f"{'PT RESPONS':>12}  CODES"  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 9)
        pdf.line(f"NAME {ls.surname_first(claim.patient)}  IDENTIFICATION NO. {claim.member_id}"
                 f"  CLAIM {claim.number}", bold, size)  # fmt: skip
        pdf.line(head, bold, size - 0.5)
        for ln in claim.lines:
            pdf.line(f"{fam.dates(ln.dos):<14}{_code(fam, ln):<11}{_m(fam, ln.billed):>9}"
                     f"{_m(fam, ln.allowed):>9}{_m(fam, ln.paid):>9}{_m(fam, ln.owe):>12}  "
                     f"{' '.join(_codes(ln))}", font, size - 0.5)  # fmt: skip
        t = _totals(fam, claim, ["billed", "allowed", "paid", "owe"])
        pdf.line(f"{'CLAIM TOTAL':<25}{t[0]:>9}{t[1]:>9}{t[2]:>9}{t[3]:>12}", bold, size - 0.5)
        pdf.space(size)
    u._key(fam, pdf, doc, "CODE MEANINGS", sep="  ")


def draw_boxed(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB with a boxed header panel and cost-share columns beside a "Total you owe"."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    w._panel(fam, pdf, [("Member name", doc.member_name), ("Member ID", doc.member_id),
                        ("Product", doc.plan_name), ("Group", doc.group),
                        ("Date of this notice", fam.dates(doc.notice_date))], 3, h=22)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Service date", "Service description", "Billed", "Allowed", "Deductible",
              "Copay", "Coinsurance", "Plan paid", "Total\nyou owe", "Code"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"Claim {claim.number} - {claim.patient} - {claim.provider}", bold, size)
        rows = [[fam.dates(ln.dos), _in_words(fam, ln), _m(fam, ln.billed), _m(fam, ln.allowed),
                 fam.money(ln.deductible), fam.money(ln.copay), fam.money(ln.coins),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Claim total", "", *_totals(fam, claim, ["billed", "allowed", None, None,
                                                              None, "paid", "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [60, 150, 50, 50, 52, 44, 56, 50, 52, 50],
                          set(range(2, 9))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=SHADE, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Codes", sep=" - ")


def draw_notice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A plan's denial letter: "Issued", "Member number", the services in a short table."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 15)
    pdf.text(pdf.margin, top - 27, doc.plan_name, font, 9)
    pdf.text(pdf.margin, top - 39, f"{', '.join(doc.payer_addr)}  {_phone(doc, 'one')}", font, 9)
    pdf.y = top - 60
    pdf.line(f"Issued: {fam.dates(doc.notice_date)}", font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    low = ls.pairs(fam, pdf, [("Member:", doc.member_name), ("Member number:", doc.member_id),
                              ("Patient:", claim.patient), ("Claim:", claim.number),
                              ("Provider:", f"{claim.provider}, NPI {claim.npi}")],
                   pdf.margin, 100, pdf.y)  # fmt: skip
    pdf.y = low - 8
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para("We reviewed the claim below and we cannot pay it.", font, size, after=6)
    rows = [[fam.dates(ln.dos), _in_words(fam, ln), _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    pdf.table(u._cols(pdf, ["Date", "Service", "Charged", "Amount you may owe the provider"],
                      [90, 200, 70, 150], {2, 3}), rows, font=font, bold=bold, size=size - 1,
              header_bg=SHADE)  # fmt: skip
    pdf.space(8)
    pdf.line("Why we made this decision", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You or your provider may appeal within 180 days of the date of this letter.",
             font, size)  # fmt: skip


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "product": (_AMOUNTS, _AMOUNTS),
    "advice": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "coverage": (_AMOUNTS, _AMOUNTS),
    "stacked": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "sharecols": (_AMOUNTS, {"billed", "paid", "owe"}),
    "benefit": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "owecol": ({"billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "remitlist": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "boxed": (_AMOUNTS, _AMOUNTS),
    "notice": ({"billed", "owe"}, set()),
}
FOOTERS = {
    "product": "Haverline Health Insurance Company - this is not a bill",
    "owecol": "Keep this statement with your records.",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


SET = ls.LayoutSet("ahead", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, text=nv._text, capitals=True,
                   more_checks=ls.reasons_printed(nv.MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
