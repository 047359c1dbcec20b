"""The stray set: notices as real payers print them, unlike the wild set's, in a dev and a check half.

Ten layout families, ``s00``-``s09``, modelled on how public descriptions of real
notices say they are printed, and unlike the habits of the other generators
(``samples/generate.py``, ``varied.py``, ``fresh.py``, ``blind.py``, ``unseen.py``,
``novel.py``, ``remit.py``, ``wild.py``): notices where the member (the subscriber) is
not the patient, statements that group a household's claims under each person, provider
vouchers whose claims start with a heading row naming the patient, services given over
several days printed as a date range (``03/02/26-03/04/26``) with their units, codes with
modifiers in their own column, "Amount you owe" / "You may owe" / "Your share" columns,
plan names printed only in the letterhead or the page footer, member IDs with a prefix
or a suffix (``XYZ123456789 01``), claim numbers that wrap over two lines in a narrow
column, two-column key/value panels whose labels the reader does not list word for word
("Subscriber No.", "Insured's ID #", "Pt Name", "Svc Dt"), and totals rows under other
labels ("TOTALS:", "Sum for claim", "Claim totals").

Families ``s00``-``s04`` are the dev half (the reader may be tuned on them); ``s05``-``s09``
are the check half, split before anything was tuned: nobody tunes on them, and their
figure is the honest one. Both are written to ``tests/data/varied/stray/`` (text PDFs);
score one half with ``benchmarks/accuracy.py tests/data/varied/stray --families s05 s06
...``.

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``s<family>_<layout>_<n>``.

    python samples/stray.py                     # rewrite tests/data/varied/stray/
    python samples/stray.py --families 5 --out /tmp/stray-check
    python samples/stray.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import wild as w  # noqa: E402  - samples/wild.py: value shapes, panels, reasons

ZERO = g.ZERO
GREY = colors.HexColor("#e3e6ea")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on

# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(w.Family):
    """A stray layout: whether the subscriber is the mother's partner, services over days."""

    spouse: bool = False  # the member is the subscriber, the mother is covered as spouse
    ranges: bool = False  # some services run over days: a date range and its units


FAMILIES = [
    # the dev half
    Family(0, "insured", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("not_covered", "provider_type", "cost_sharing"),
           funding="fehb", spouse=True, infant=True, mixed=True),
    Family(1, "household", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, w.d_yy,
           (2, 3), (1, 2), ("out_of_network", "prior_authorization", "frequency_limit"),
           funding="fully_insured", spouse=True, infant=True, network=True, mixed=True),
    Family(2, "voucher", "remit", "Courier", "Courier-Bold", 7.5, g.num, w.d_yy,
           (3, 4), (1, 2), ("provider_type", "medical_necessity", "coding", "eligibility"),
           modifiers=True, ranges=True, mixed=True),
    Family(3, "twopanel", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, g.d_us,
           (1, 2), (1, 3), ("place_of_service", "not_covered", "cost_sharing"),
           funding="self_funded", spouse=True, modifiers=True, paid_doc=2),
    Family(4, "rangeletter", "letter", "Times-Roman", "Times-Bold", 10.0, g.usd, w.d_yy,
           (1, 1), (1, 2), ("prior_authorization", "out_of_network", "provider_type"),
           funding="medicaid", npi=True, ranges=True, codes=False),
    # the check half
    Family(5, "family", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_mon,
           (2, 3), (1, 2), ("provider_type", "not_covered", "cost_sharing"),
           funding="fully_insured", spouse=True, infant=True, mixed=True, modifiers=True),
    Family(6, "payment", "remit", "Helvetica", "Helvetica-Bold", 7.5, g.usd, g.d_us,
           (3, 4), (1, 2), ("out_of_network", "prior_authorization", "timely_filing",
                            "duplicate"), modifiers=True, ranges=True, mixed=True),
    Family(7, "boxes", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, w.d_yy,
           (1, 2), (1, 3), ("frequency_limit", "medical_necessity", "not_covered"),
           funding="governmental", spouse=True, modifiers=True, ranges=True, paid_doc=1),
    Family(8, "wrapped", "remit", "Helvetica", "Helvetica-Bold", 7.0, g.bare, g.d_us,
           (4, 5), (1, 1), ("provider_type", "medical_necessity", "eligibility"),
           mixed=True),
    Family(9, "footletter", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, w.d_words,
           (1, 1), (1, 2), ("frequency_limit", "place_of_service", "provider_type"),
           funding="fully_insured", spouse=True, ranges=True, codes=False, npi=True),
]  # fmt: skip

PAYERS = [
    ("Federal Harbor Benefit Plan", "Washington", "DC", "20036"),
    ("Kettle River Health Insurance Company", "Duluth", "MN", "55802"),
    ("Sagebrush Health Plans", "Boise", "ID", "83702"),
    ("Tidewater Trust Plan Administrators", "Norfolk", "VA", "23510"),
    ("Office of Medical Assistance Programs", "Harrisburg", "PA", "17101"),
    ("Lakemont Health Insurance Company", "Madison", "WI", "53703"),
    ("Copperline Health", "Phoenix", "AZ", "85004"),
    ("Bluewater County Employee Benefits", "Traverse City", "MI", "49684"),
    ("Marigold Health Plan", "Omaha", "NE", "68102"),
    ("Westbrook Mutual Health", "Hartford", "CT", "06103"),
]
PLAN_NAMES = {  # (plan name, plan type) per family
    0: ("Federal Harbor Standard Option", None),
    1: ("Kettle River Gold PPO", "PPO"),
    3: ("Tidewater Trust Employee Health Plan", None),
    4: ("Medical Assistance", None),
    5: ("Lakemont Silver HMO", "HMO"),
    7: ("Bluewater County Employees PPO", "PPO"),
    9: ("Westbrook Select EPO", "EPO"),
}
FUNDING_TEXT = {
    0: "This plan is offered under the Federal Employees Health Benefits Program.",
    1: "Your coverage is insured by {payer}.",
    3: "{sponsor} self-funds this plan; {payer} administers claims and does not insure it.",
    4: "This notice is about your Medicaid coverage from the {payer}.",
    5: "Your benefits are insured by {payer}.",
    7: "This is a governmental plan sponsored by Bluewater County for its employees.",
    9: "This coverage is insured by {payer}.",
}
SPONSORS = {3: "Quayside Shipfitters, Inc."}
PARTNERS = ["Tobias", "Anselm", "Ruairi", "Desmond", "Idris", "Mateo", "Leopold", "Caspian"]


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
        1: lambda: f"KR{_digits(rng, 10)}",
        2: lambda: f"{_digits(rng, 5)}-{_digits(rng, 7)}",
        3: lambda: f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
        4: lambda: _digits(rng, 13),
        5: lambda: f"{_letters(rng, 2)}-{_digits(rng, 9)}",
        6: lambda: f"{_digits(rng, 4)} {_digits(rng, 6)} {_digits(rng, 2)}",
        7: lambda: f"{_digits(rng, 11)}",
        8: lambda: f"{_letters(rng, 1)}{_digits(rng, 13)}",
        9: lambda: f"WM-{_digits(rng, 4)}-{_digits(rng, 6)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_digits(rng, 9)} 0{rng.randint(1, 3)}",
        1: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)} 0{rng.randint(1, 3)}",
        3: lambda: f"TT{_digits(rng, 7)}-0{rng.randint(1, 3)}",
        4: lambda: _digits(rng, 10),
        5: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        7: lambda: f"{_digits(rng, 8)}{_letters(rng, 1)}",
        9: lambda: f"W{_digits(rng, 8)} 0{rng.randint(1, 3)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        1: lambda: f"{_digits(rng, 6)}",
        3: lambda: f"{_letters(rng, 2)}{_digits(rng, 4)}",
        5: lambda: f"{_digits(rng, 5)}-{_digits(rng, 2)}",
        7: lambda: f"BC{_digits(rng, 5)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


def _doc(fam: Family, n: int, rng: random.Random, own: random.Random, mother: str) -> g.Doc:
    payer = PAYERS[fam.id][0]
    phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
    notice = date(2026, 2, 2) + timedelta(days=rng.randrange(0, 270))
    subscriber = f"{rng.choice(PARTNERS)} {mother.split()[-1]}" if fam.spouse else mother
    doc = ls.notice_doc(f"s{fam.id:02d}_{fam.layout}_{n}", fam, PAYERS[fam.id],
                        f"PO Box {own.randrange(1000, 99999)}", phone, notice, rng,
                        subscriber, lambda: _member_id(fam, rng), nv.STREETS,
                        rng.choice(nv.CITIES))  # fmt: skip
    if fam.kind != "remit":
        doc.plan_name, doc.plan_type = PLAN_NAMES.get(fam.id, (None, None))
        doc.group = _group(fam, rng)
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    doc.extra["x"] = nv.Extra(
        payee=rng.choice(nv.PROVIDERS[1::2]),
        payee_npi=g.make_npi(f"1{_digits(rng, 8)}"),
        trace=f"EFT{_digits(rng, 9)}",
        reference=f"{_letters(rng, 2)}{_digits(rng, 8)}",
    )
    return doc


def _lines(fam: Family, rng: random.Random, dos: date, dx: list[str], cat: str | None):
    """A claim's services: some over two or three days (their units), some with a modifier."""
    out = []
    for j in range(rng.randint(*fam.lines)):
        code = rng.choice(fam.services)
        ln = nv._line(fam, rng, dos + timedelta(days=9 * j), code, rng.choice(dx), cat)
        ln.thru = ln.dos
        if fam.ranges and rng.random() < 0.6:
            ln.units = rng.randint(2, 3)
            ln.thru = ln.dos + timedelta(days=ln.units - 1)
        if fam.modifiers and code != "S9443" and rng.random() < 0.6:
            ln.modifiers = [rng.choice(w.MODIFIERS)]
        out.append(ln)
    return out


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-stray-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-stray-family-{fam.id}")
    mother = nv._person(rng)
    doc = _doc(fam, n, rng, own, mother)
    extra: nv.Extra = doc.extra["x"]
    patients = [mother]
    extra.relationship = {mother: "Spouse" if fam.spouse else "Self"}
    if fam.infant:
        infant = f"{rng.choice(nv.INFANTS)} {mother.split()[-1]}"
        patients.append(infant)
        extra.relationship[infant] = "Child"
    dos0 = doc.notice_date - timedelta(days=rng.randrange(30, 80))
    for i in range(rng.randint(*fam.claims)):
        patient = nv._person(rng) if fam.kind == "remit" else patients[i % len(patients)]
        cat = nv._category(fam, rng, n, i)
        dx = nv.INFANT_DX if patient in patients[1:] else nv.MOTHER_DX
        claim = g.ClaimRec(number=_claim_number(fam, rng), patient=patient,
                           provider=None if fam.kind == "remit" else rng.choice(nv.PROVIDERS),
                           lines=_lines(fam, rng, dos0 + timedelta(days=4 * i), dx, cat),
                           categories=[cat] if cat else [])  # fmt: skip
        if fam.npi:
            claim.npi = g.make_npi(f"1{_digits(rng, 8)}")
        if fam.network:
            claim.network = "out" if cat == "out_of_network" else "in"
        if fam.kind == "letter" and cat:
            claim.reason = w.REASONS[cat]
        if fam.kind == "remit":
            claim.member_id = f"{_letters(rng, 3)}{_digits(rng, 9)} 0{rng.randint(1, 3)}"
        extra.accounts[claim.number] = f"{_digits(rng, 6)}"
        doc.claims.append(claim)
    if fam.infant:
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(nv.MEANINGS)
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _codes, _code, _panel = u._m, u._phone, nv._line_codes, w._code, w._panel


def _dates(fam: Family, ln: g.Line) -> str:
    """``03/02/26-03/04/26`` for a service over days, ``03/02/26`` for one day."""
    if ln.thru == ln.dos:
        return fam.dates(ln.dos)
    return f"{fam.dates(ln.dos)}-{fam.dates(ln.thru)}"


def _totals(fam: Family, claim: g.ClaimRec, keys: list[str | None]) -> list[str]:
    """A totals row's amounts: each key a claim total, None an empty cell."""
    return [_m(fam, claim.total(k)) if k else "" for k in keys]


def _opening(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    """The letterhead, then the member's address block."""
    _letterhead(fam, pdf, doc, title, under)
    ls.address(fam, pdf, doc)


def _letterhead(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    ls.letterhead(fam, pdf, doc, title, _phone(doc), size=14, title_size=11, under=under, below=38)


# --------------------------------------------------------------------------
# The dev layouts


def draw_insured(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A federal employees' plan EOB: labels stacked in one column, their values in the next."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "EXPLANATION OF BENEFITS", doc.plan_name)
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 26, "THIS IS NOT A BILL", bold, 9,
             align="right")  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.para(doc.funding_text, font, size, after=6)
    titles = ["Dates of\nService", "Service", "Billed\nAmount", "Contractual\nAdjustment",
              "Approved\nAmount", "Copay", "Deductible", "Coinsurance", "Plan\nPaid",
              "Member's Responsibility\nto Provider"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(120)
        pdf.line("Payments made on behalf of:", bold, size + 0.5)
        top = pdf.y
        labels = ["Insured:", "Patient:", "ID Number:", "Date:", "Claim Number:", "Provider:"]
        for k, label in enumerate(labels):
            pdf.text(pdf.margin, top - size - k * size * 1.6, label, font, size)
        values = [doc.member_name, claim.patient, doc.member_id, fam.dates(doc.notice_date),
                  claim.number, claim.provider]  # fmt: skip
        for k, value in enumerate(values):
            pdf.text(pdf.margin + 150, top - size - k * size * 1.6, value, bold, size)
        pdf.y = top - len(labels) * size * 1.6 - 4
        rows = [[fam.dates(ln.dos), _code(ln), _m(fam, ln.billed), fam.money(ln.not_covered),
                 _m(fam, ln.allowed), fam.money(ln.copay), fam.money(ln.deductible),
                 fam.money(ln.coins), _m(fam, ln.paid), _m(fam, ln.owe)]
                for ln in claim.lines]  # fmt: skip
        rows.append(["TOTALS:", "", *_totals(fam, claim, ["billed", None, "allowed", None,
                                                          None, None, "paid", "owe"])])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [52, 44, 50, 60, 50, 40, 50, 54, 44, 96],
                          set(range(2, 10))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=GREY, bold_rows={len(rows) - 1})  # fmt: skip
        codes = ", ".join(g.claim_codes(claim))
        if codes:
            pdf.line(f"Remarks: {codes}", font, size)
        pdf.space(8)
    u._key(fam, pdf, doc, "Remark code explanations", sep=" - ")


def draw_household(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A statement grouping a household's claims under each person; plan in the letterhead."""
    size, font, bold = fam.size, fam.font, fam.bold
    _opening(fam, pdf, doc, "Health Care Statement", f"{doc.plan_name} - member services")
    pdf.line(f"Subscriber: {doc.member_name}   Subscriber ID: {doc.member_id}   Group: "
             f"{doc.group}   Statement date: {fam.dates(doc.notice_date)}", bold, size)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date(s)", "Service", "Provider", "Charged", "Discount", "Covered",
              "Plan paid", "Your share", "Notes"]  # fmt: skip
    x: nv.Extra = doc.extra["x"]
    for person in g._uniq(c.patient for c in doc.claims):
        pdf.need(90)
        pdf.c.setFillColor(GREY)
        pdf.c.rect(pdf.margin, pdf.y - 14, pdf.w - 2 * pdf.margin, 14, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        pdf.text(pdf.margin + 4, pdf.y - 10, f"Claims for {ls.surname_first(person)} "
                 f"({x.relationship[person]})", bold, size + 0.5)  # fmt: skip
        pdf.y -= 18
        for claim in [c for c in doc.claims if c.patient == person]:
            net = "In network" if claim.network == "in" else "Out of network"
            pdf.line(f"Claim # {claim.number}   {net}", font, size)
            rows = [[fam.dates(ln.dos), _code(ln), claim.provider, _m(fam, ln.billed),
                     fam.money(ln.not_covered), _m(fam, ln.allowed), _m(fam, ln.paid),
                     _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
            rows.append(["Subtotal", "", "", *_totals(fam, claim, ["billed", None, "allowed",
                                                                   "paid", "owe"]), ""])  # fmt: skip
            pdf.table(u._cols(pdf, titles, [50, 46, 150, 50, 50, 50, 50, 54, 60],
                              set(range(3, 8))), rows, font=font, bold=bold, size=size - 0.5,
                      ruled=False, header_bg=None, bold_rows={len(rows) - 1})  # fmt: skip
            pdf.space(6)
    u._key(fam, pdf, doc, "Notes", sep=": ")


_wrap_two = ls.cut  # a value cut where a narrow column wraps it


def draw_voucher(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's payment voucher: each claim opens with a heading row naming the patient."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(f"{doc.payer_name.upper()}  PROVIDER PAYMENT VOUCHER", bold, 10, gap=14)
    pdf.line(f"{' '.join(doc.payer_addr)}  PROVIDER SVCS {_phone(doc, 'dots')}", font, size)
    pdf.line(f"PAYEE: {x.payee}  NPI: {x.payee_npi}  EFT: {x.trace}  DATE: "
             f"{fam.dates(doc.notice_date)}", font, size, gap=size * 2.5)  # fmt: skip
    head = f"  {'SVC DATES':<19}{'PROC':<7}{'MOD':<5}{'UNITS':<6}{'CHARGED':>9}{'ALLOWED':>9}" \
           f"{'PAID':>9}{'PT RESP':>9}  ADJ"  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 10)
        pdf.rule(0.4)
        pdf.space(3)
        pdf.line(f"PATIENT: {ls.surname_first(claim.patient)}   MEMBER #: {claim.member_id}"
                 f"   ACCT: {x.accounts[claim.number]}   CLAIM #: {claim.number}", bold, size)  # fmt: skip
        pdf.line(head, bold, size - 0.5)
        for ln in claim.lines:
            adj = " ".join(f"{a.key} {_m(fam, a.amount)}" for a in ln.adj)
            pdf.line(f"  {_dates(fam, ln):<19}{ln.code:<7}{''.join(ln.modifiers):<5}"
                     f"{ln.units!s:<6}{_m(fam, ln.billed):>9}{_m(fam, ln.allowed):>9}"
                     f"{_m(fam, ln.paid):>9}{_m(fam, ln.owe):>9}  {adj}", font, size - 0.5)  # fmt: skip
            if ln.rarc:
                pdf.line(f"  {'':<19}REMARKS: {' '.join(ln.rarc)}", font, size - 0.5)
        t = _totals(fam, claim, ["billed", "allowed", "paid", "owe"])
        pdf.line(f"  {'CLM TOTAL':<37}{t[0]:>9}{t[1]:>9}{t[2]:>9}{t[3]:>9}", bold, size - 0.5)
        pdf.space(size)
    u._key(fam, pdf, doc, "ADJUSTMENT AND REMARK CODES", sep="  ")


def draw_twopanel(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A TPA's EOB: two key/value panels side by side in short label forms, then the table."""
    size, font, bold = fam.size, fam.font, fam.bold
    x: nv.Extra = doc.extra["x"]
    _opening(fam, pdf, doc, "Explanation of Benefits")
    pdf.para(doc.funding_text, font, size, after=8)
    cols = ["Svc Dt", "Proc", "Mod", "Chg Amt", "Disc", "Allowed", "Ded", "Coins", "Copay",
            "Paid", "You Owe", "Rsn"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(150)
        pdf.rule(0.6)
        top = pdf.y - 4
        low = ls.pairs(fam, pdf, [("Subscriber Name", doc.member_name),
                                ("Subscriber No.", doc.member_id), ("Group No.", doc.group),
                                ("Plan", doc.plan_name)], pdf.margin, 86, top)  # fmt: skip
        right = ls.pairs(fam, pdf, [("Pt Name", claim.patient),
                                  ("Relationship", x.relationship[claim.patient]),
                                  ("Clm No.", claim.number),
                                  ("Stmt Dt", fam.dates(doc.notice_date)),
                                  ("Rendering Prov", claim.provider)], pdf.w / 2 + 10, 80, top)  # fmt: skip
        pdf.y = min(low, right) - 4
        rows = [[fam.dates(ln.dos), ln.code, " ".join(ln.modifiers), _m(fam, ln.billed),
                 fam.money(ln.not_covered), _m(fam, ln.allowed), fam.money(ln.deductible),
                 fam.money(ln.coins), fam.money(ln.copay), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Sum for claim", "", "", *_totals(fam, claim, ["billed", None, "allowed",
                     None, None, None, "paid", "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, cols, [60, 40, 30, 50, 44, 48, 40, 40, 40, 46, 48, 60],
                          set(range(3, 11))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=GREY, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Reason codes", sep=" = ")


def draw_rangeletter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid agency's letter: a Regarding panel, the services over days in a small table."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.text(pdf.w / 2, pdf.h - 50, f"COMMONWEALTH OF {PAYERS[fam.id][2]}", bold, 11,
             align="center")  # fmt: skip
    pdf.text(pdf.w / 2, pdf.h - 63, doc.payer_name, bold, 12, align="center")
    pdf.text(pdf.w / 2, pdf.h - 76, f"{', '.join(doc.payer_addr)}   {_phone(doc)}", font, 8.5,
             align="center")  # fmt: skip
    pdf.y = pdf.h - 100
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    top = pdf.y
    pdf.line("Regarding:", bold, size)
    low = ls.pairs(fam, pdf, [("Recipient:", doc.member_name), ("Recipient No.:", doc.member_id),
                            ("Program:", doc.plan_name), ("ICN:", claim.number)],
                 pdf.margin + 70, 90, top)  # fmt: skip
    pdf.y = low - 8
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(f"{doc.funding_text} We received a claim from {claim.provider} (NPI {claim.npi}) "
             "for the services listed below. We will not pay for them.", font, size, after=6)  # fmt: skip
    rows = [[_dates(fam, ln), ln.code, str(ln.units), _m(fam, ln.billed), ", ".join(ln.dx)]
            for ln in claim.lines]  # fmt: skip
    if len(claim.lines) > 1:
        rows.append(["Claim totals", "", "", _m(fam, claim.total("billed")), ""])
    pdf.table(u._cols(pdf, ["Service dates", "Procedure", "Units", "Amount billed", "Diagnosis"],
                      [120, 70, 50, 80, 90], {3}), rows, font=font, bold=bold, size=size - 1,
              header_bg=GREY)  # fmt: skip
    pdf.space(8)
    pdf.line("Why we made this decision", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=8)
    pdf.line("If you disagree", bold, size + 0.5)
    pdf.para("You may ask for a fair hearing within 30 days of the date of this letter. Call "
             "us or write to us at the address above.", font, size)  # fmt: skip


# --------------------------------------------------------------------------
# The check layouts


def draw_family(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A family EOB: a summary row per person first, then every claim's services."""
    size, font, bold = fam.size, fam.font, fam.bold
    x: nv.Extra = doc.extra["x"]
    _letterhead(fam, pdf, doc, "Your Explanation of Benefits", doc.plan_name)
    y0 = pdf.y
    ls.address(fam, pdf, doc)
    left = pdf.y
    pdf.y = y0
    _panel(fam, pdf, [("Primary member", doc.member_name), ("Member ID", doc.member_id),
                      ("Group number", doc.group), ("Date issued", fam.dates(doc.notice_date))],
           2, x=pdf.w / 2, h=22)  # fmt: skip
    pdf.y = min(pdf.y, left)
    pdf.para(doc.funding_text, font, size, after=8)
    pdf.line("Summary for your family", bold, size + 2, gap=size * 2)
    rows = []
    for person in g._uniq(c.patient for c in doc.claims):
        mine = [c for c in doc.claims if c.patient == person]
        rows.append([person, x.relationship[person],
                     fam.money(sum((c.total("billed") for c in mine), ZERO)),
                     fam.money(sum((c.total("paid") for c in mine), ZERO)),
                     fam.money(sum((c.total("owe") for c in mine), ZERO))])  # fmt: skip
    pdf.table(u._cols(pdf, ["Family member", "Relationship", "Billed", "Plan paid",
                            "You may owe"], [170, 90, 80, 80, 80], {2, 3, 4}), rows, font=font,
              bold=bold, size=size - 0.5, header_bg=GREY, ruled=False)  # fmt: skip
    pdf.space(10)
    titles = ["Date", "Service", "Code", "Billed", "Plan discount", "Allowed", "Plan paid",
              "You may owe", "See note"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"{claim.patient} - {claim.provider}", bold, size + 1)
        pdf.line(f"Claim {claim.number}", font, size)
        rows = [[fam.dates(ln.dos), ln.desc, _code(ln), _m(fam, ln.billed),
                 fam.money(ln.not_covered), _m(fam, ln.allowed), _m(fam, ln.paid),
                 _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["", "Claim totals", "", *_totals(fam, claim, ["billed", None, "allowed",
                                                                   "paid", "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [66, 160, 50, 50, 56, 50, 50, 56, 46], set(range(3, 8))),
                  rows, font=font, bold=bold, size=size - 0.5, ruled=False, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Notes", sep=" - ")


def draw_payment(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's explanation of payment: a shaded heading band per claim names the patient."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "Explanation of Payment")
    pdf.line(f"Pay to: {x.payee}    NPI {x.payee_npi}    Payment date "
             f"{fam.dates(doc.notice_date)}    Trace {x.trace}", bold, size, gap=size * 2.4)  # fmt: skip
    titles = ["From-Thru", "Code-Mod", "Qty", "Billed", "Approved", "Paid Amt", "Member Owes",
              "Reason"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.c.setFillColor(GREY)
        pdf.c.rect(pdf.margin, pdf.y - 13, pdf.w - 2 * pdf.margin, 13, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        pdf.text(pdf.margin + 4, pdf.y - 9.5, f"Patient Name: {claim.patient}    Patient ID: "
                 f"{claim.member_id}    Claim: {claim.number}", bold, size)  # fmt: skip
        pdf.y -= 15
        rows = [[_dates(fam, ln), _code(ln), str(ln.units), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Claim Totals", "", "", *_totals(fam, claim, ["billed", "allowed", "paid",
                                                                   "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [120, 64, 34, 60, 60, 60, 66, 80], {3, 4, 5, 6}), rows,
                  font=font, bold=bold, size=size, ruled=False, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Reason codes", sep=" ")


def draw_boxes(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A county plan's EOB: boxed key/value panel in two columns, a table per claim."""
    size, font, bold = fam.size, fam.font, fam.bold
    x: nv.Extra = doc.extra["x"]
    _opening(fam, pdf, doc, "EXPLANATION OF BENEFITS")
    claim0 = doc.claims[0]
    _panel(fam, pdf, [("Insured's Name", doc.member_name), ("Insured's ID #", doc.member_id),
                      ("Patient", claim0.patient),
                      ("Relationship to Insured", x.relationship[claim0.patient]),
                      ("Plan", doc.plan_name), ("Grp #", doc.group),
                      ("Date Processed", fam.dates(doc.notice_date))], 2, h=22)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Svc Dt", "Description", "CPT-Mod", "Units", "Amt Billed", "Not Allowed",
              "Plan Allowance", "Plan Payment", "Your Share", "Ref"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.line(f"Claim Ref: {claim.number}     Provider: {claim.provider}", bold, size)
        rows = [[_dates(fam, ln), ln.desc, _code(ln), str(ln.units), _m(fam, ln.billed),
                 fam.money(ln.not_covered), _m(fam, ln.allowed), _m(fam, ln.paid),
                 _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Sum", "", "", "", *_totals(fam, claim, ["billed", None, "allowed",
                                                              "paid", "owe"]), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [90, 140, 50, 32, 50, 50, 56, 52, 50, 40],
                          set(range(4, 9))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=GREY, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Reference codes", sep=" ")


def draw_wrapped(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's claim list whose narrow claim-number column wraps each number in two."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.text(pdf.margin, pdf.h - pdf.margin - 12, doc.payer_name, bold, 12)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 24, f"{', '.join(doc.payer_addr)}  |  "
             f"{_phone(doc)}", font, 7.5)  # fmt: skip
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 12, "Remittance Summary", bold, 11,
             align="right")  # fmt: skip
    pdf.y = pdf.h - pdf.margin - 40
    pdf.line(f"Provider: {x.payee}   NPI: {x.payee_npi}   Run date: "
             f"{fam.dates(doc.notice_date)}", font, size + 0.5, gap=size * 2.4)  # fmt: skip
    heads = [("Patient", 0, "left"), ("Member ID", 100, "left"), ("Claim No.", 180, "left"),
             ("Svc Date", 240, "left"), ("Proc", 292, "left"), ("Billed", 362, "right"),
             ("Allowed", 408, "right"), ("Paid", 448, "right"),
             ("Amount Due\nFrom Patient", 510, "right")]  # fmt: skip
    x0 = pdf.margin
    for title, dx, align in heads:
        for k, part in enumerate(title.split("\n")):
            pdf.text(x0 + dx, pdf.y - size - k * size * 1.2, part, bold, size, align=align)
    pdf.y -= size * 3
    pdf.rule(0.5)
    for claim in doc.claims:
        ln = claim.lines[0]
        first, rest = _wrap_two(claim.number, 8)
        values = [ls.surname_first(claim.patient), claim.member_id, first, fam.dates(ln.dos),
                  ln.code, _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid),
                  _m(fam, ln.owe)]  # fmt: skip
        pdf.need(size * 5)
        for (_t, dx, align), value in zip(heads, values, strict=True):
            pdf.text(x0 + dx, pdf.y - size - 3, value, font, size, align=align)
        pdf.text(x0 + 180, pdf.y - 2 * size - 5, rest, font, size)
        codes = " ".join(_codes(ln))
        if codes:
            pdf.text(x0 + 292, pdf.y - 2 * size - 5, f"Adj: {codes}", font, size - 0.5)
        pdf.y -= size * 3.4
    pdf.space(8)
    pdf.line("Adjustment reason and remark codes", bold, size + 0.5)
    for code in u._used(doc):
        pdf.line(f"{code}  {doc.meanings[code]}", font, size)


def draw_footletter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A plan's denial letter: a Regarding panel in short labels; the plan named in the footer."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 15)
    pdf.text(pdf.margin, top - 28, f"{', '.join(doc.payer_addr)}  -  {_phone(doc, 'one')}",
             font, 9)  # fmt: skip
    pdf.y = top - 50
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    ln0 = claim.lines[0]
    span = f"{fam.dates(ln0.dos)} to {fam.dates(ln0.thru)}" if ln0.thru != ln0.dos else \
        fam.dates(ln0.dos)  # fmt: skip
    low = ls.pairs(fam, pdf, [("Subscriber:", doc.member_name), ("Subscriber ID:", doc.member_id),
                            ("Patient:", claim.patient), ("Claim #:", claim.number),
                            ("Dates of Service:", span)], pdf.margin, 100, pdf.y)  # fmt: skip
    pdf.y = low - 10
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(f"We reviewed the claim {claim.provider} (NPI {claim.npi}) sent us for care given "
             f"to {claim.patient}. {doc.funding_text}", font, size, after=6)  # fmt: skip
    for ln in claim.lines:
        days = f" on {ln.units} days" if ln.units and ln.units > 1 else ""
        pdf.para(f"Service {_code(ln)}{days}, starting {fam.dates(ln.dos)}: billed "
                 f"{_m(fam, ln.billed)}.", font, size, after=3)  # fmt: skip
    if len(claim.lines) > 1:
        pdf.para(f"Total billed: {_m(fam, claim.total('billed'))}.", font, size, after=3)
    pdf.space(4)
    pdf.line("Our decision", bold, size + 0.5)
    pdf.para(f"We cannot pay this claim. {claim.reason}", font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You may appeal this decision within 180 days of receiving this letter.", font, size)


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "insured": (_AMOUNTS, _AMOUNTS),
    "household": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "voucher": (_AMOUNTS | {"modifiers", "units", "adj_amount"}, _AMOUNTS),
    "twopanel": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "rangeletter": ({"billed", "units", "dx"}, {"billed"}),
    "family": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "payment": (_AMOUNTS | {"modifiers", "units"}, _AMOUNTS),
    "boxes": (_AMOUNTS | {"modifiers", "units"}, _AMOUNTS),
    "wrapped": (_AMOUNTS, set()),
    "footletter": ({"billed", "modifiers", "units"}, {"billed"}),
}
FOOTERS = {
    "household": "This is not a bill. Keep this statement for your records.",
    "family": "Explanation of Benefits - this is not a bill",
    "boxes": "Bluewater County Employees PPO - retain for your records",
    "footletter": "Westbrook Select EPO is a plan of Westbrook Mutual Health.",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


class StraySet(ls.LayoutSet):
    """The stray set: a claim number a narrow column wraps counts as printed in two parts."""

    def missing(self, fam: Family, text_pdf: bytes, exp: dict) -> list[str]:
        misses = super().missing(fam, text_pdf, exp)
        if fam.layout != "wrapped":
            return misses
        text = " ".join(ls.page_text(text_pdf).split())
        printed = {n for n in (c["claim_number"] for c in exp["claims"])
                   if all(part in text for part in _wrap_two(n, 8))}  # fmt: skip
        return [m for m in misses if m not in printed]


SET = StraySet("stray", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
               decorate=_decorate, text=nv._text, more_checks=ls.reasons_printed(nv.MEANINGS),
               capitals=True)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
