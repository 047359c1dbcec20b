"""The drift set: notices unlike every other set's, as text PDFs and as scans, in a dev and a check half.

Ten layout families, ``d00``-``d09``, modelled on how public descriptions of real
notices say they are printed, and unlike the habits of the other generators
(``samples/generate.py``, ``varied.py``, ``fresh.py``, ``blind.py``, ``unseen.py``,
``novel.py``, ``remit.py``, ``wild.py``, ``stray.py``): a Medicaid managed-care notice of
action whose services sit in a table at the end, after the appeal rights; a claim-status
portal printout with two side-by-side key/value panels and a plan name wrapped over two
lines; a monospace remittance printout whose claims run over pages with totals carried
forward and brought forward; a self-funded plan's statement with one paragraph per service
line and the plan named only in the footer; a provider's itemised statement with the
payer's processing in a section of its own; and in the check half a third-party
administrator's grid of claims over pages with repeated headings and carried-forward
subtotals, a state plan's notice of action in sentences, an EOB of two boxed panels whose
claim numbers and member IDs wrap over two lines, a provider's claim-status printout of
dotted-leader rows, and a plan's letter with the services in a table at its end. Values
are printed as real notices print them: dates in words (``March 3, 2026``), ``030326``,
``Mar 3, 2026``; credits as ``25.00 CR`` or ``($25.00)``; names with a middle initial,
apostrophes and hyphens, a remittance's surname first in capitals.

Every family's three documents are written twice: as text PDFs (``_0``-``_2``) and as
scans of the same pages (``_3``-``_5``: a flatbed, a fax, a low-resolution scan, a phone
photo, a tilted, shaded, compressed or lid-shadowed scan, by family), so the set gives a
text figure and a scan figure for the same notices.

Families ``d00``-``d04`` are the dev half (the reader may be tuned on them); ``d05``-``d09``
are the check half, split before anything was tuned: nobody tunes on them, and their
figure is the honest one. Both are written to ``tests/data/varied/drift/``; score one half
with ``benchmarks/accuracy.py tests/data/varied/drift --families d05 d06 d07 d08 d09``.

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``d<family>_<layout>_<n>``.

    python samples/drift.py                     # rewrite tests/data/varied/drift/
    python samples/drift.py --families 5 --out /tmp/drift-check
    python samples/drift.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples"))
sys.path.insert(0, str(ROOT / "benchmarks"))
import blind as b  # noqa: E402  - samples/blind.py: the flatbed scanner
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: services, codes, lines
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import wild as w  # noqa: E402  - samples/wild.py: value shapes, reasons

ZERO = g.ZERO
GREY = colors.HexColor("#e4e7ea")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
TEXT_DOCS = 3  # documents _0.._2 are text PDFs; _3.._5 are the same records scanned

# --------------------------------------------------------------------------
# Value shapes


def d_compact(d: date) -> str:
    """``030326``: a mainframe printout's date."""
    return d.strftime("%m%d%y")


def cr(x: Decimal) -> str:
    """``25.00 CR`` for an amount taken off, ``.00`` for none (a printout's zero)."""
    return f"{x:,.2f} CR" if x else ".00"


def mono(x: Decimal) -> str:
    """``235.00``, and ``.00`` for nothing: a mainframe printout's amounts."""
    return f"{x:.2f}" if x else ".00"


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(w.Family):
    """A drift layout, and the look each of its scanned documents has."""

    looks: tuple[str, str, str] = ("flatbed", "fax", "lowdpi")
    same_provider: bool = False  # a provider's own statement: one provider for every claim
    middle: bool = False  # some names carry a middle initial


FAMILIES = [
    # the dev half
    Family(0, "mcnotice", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, w.d_words,
           (1, 1), (1, 2), ("provider_type", "prior_authorization", "not_covered"),
           funding="medicaid", npi=True, codes=False, middle=True,
           looks=("fax", "photo", "flatbed")),
    Family(1, "portal", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_mon,
           (1, 1), (1, 3), ("out_of_network", "cost_sharing", "frequency_limit"),
           funding="fully_insured", network=True, modifiers=True, paid_doc=2,
           looks=("lowdpi", "skew", "jpeg")),
    Family(2, "monospace", "remit", "Courier", "Courier-Bold", 7.5, mono, d_compact,
           (7, 9), (1, 2), ("provider_type", "medical_necessity", "coding", "eligibility"),
           mixed=True, modifiers=True, middle=True, looks=("flatbed", "fax204", "shaded")),
    Family(3, "perline", "eob", "Helvetica", "Helvetica-Bold", 9.0, g.usd, w.d_words,
           (1, 2), (1, 3), ("not_covered", "place_of_service", "cost_sharing"),
           funding="self_funded", infant=True, mixed=True, looks=("border", "flatbed", "fax")),
    Family(4, "itemised", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 2), ("out_of_network", "provider_type", "medical_necessity"),
           funding="fully_insured", same_provider=True, middle=True,
           looks=("photo", "lowdpi", "skew")),
    # the check half
    Family(5, "tpagrid", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_us,
           (4, 5), (2, 3), ("frequency_limit", "not_covered", "provider_type"),
           funding="self_funded", infant=True, mixed=True, modifiers=True,
           looks=("flatbed", "jpeg", "fax")),
    Family(6, "noaction", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, w.d_words,
           (1, 1), (1, 3), ("out_of_network", "medical_necessity", "place_of_service"),
           funding="medicaid", npi=True, codes=False, middle=True,
           looks=("shaded", "fax204", "lowdpi")),
    Family(7, "sidepanels", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_mon,
           (1, 2), (1, 3), ("prior_authorization", "cost_sharing", "not_covered"),
           funding="fully_insured", infant=True, modifiers=True, paid_doc=1,
           looks=("skew", "border", "photo")),
    Family(8, "statusprint", "remit", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_mon,
           (2, 4), (1, 2), ("provider_type", "timely_filing", "out_of_network"),
           mixed=True, middle=True, looks=("fax", "flatbed", "jpeg")),
    Family(9, "endtable", "letter", "Times-Roman", "Times-Bold", 10.0, g.usd, w.d_words,
           (1, 1), (1, 3), ("frequency_limit", "provider_type", "prior_authorization"),
           funding="fully_insured", npi=True, codes=False, looks=("lowdpi", "photo", "shaded")),
]  # fmt: skip

PAYERS = [
    ("Prairie Sun Health Plan", "Santa Fe", "NM", "87505"),
    ("Northgate Health Insurance Company", "Des Moines", "IA", "50309"),
    ("Consolidated Benefit Services", "Columbus", "OH", "43215"),
    ("Alder Benefit Administrators", "Spokane", "WA", "99201"),
    ("Summit Ridge Health Plan", "Denver", "CO", "80202"),
    ("Keystone Valley Administrators", "Allentown", "PA", "18101"),
    ("Riverlands Community Health Plan", "Little Rock", "AR", "72201"),
    ("Brightline Mutual Insurance Company", "Providence", "RI", "02903"),
    ("Cascade Crest Health", "Salem", "OR", "97301"),
    ("Ironwood Health Plans", "Duluth", "MN", "55802"),
]
PLAN_NAMES = {  # (plan name, plan type) per family; none where the notice prints none
    0: ("Prairie Sun Community Care", None),
    1: ("Northgate Choice Plus PPO", "PPO"),
    3: ("Alder Valley Cooperative Employee Benefit Plan", None),
    4: ("Summit Ridge Open Access POS", "POS"),
    5: ("Keystone Valley Schools Health Plan", None),
    6: ("Riverlands Healthy Families", None),
    7: ("Brightline Premier HMO Select", "HMO"),
    9: ("Ironwood Advantage EPO", "EPO"),
}
FUNDING_TEXT = {
    0: "Prairie Sun Community Care is a Medicaid managed care plan for the State of New Mexico.",
    1: "This coverage is insured by {payer}.",
    3: "{sponsor} pays this plan's claims from its own funds; {payer} administers the plan "
    "and does not insure it.",
    4: "Your coverage is insured by {payer}.",
    5: "{sponsor} self-funds this plan. {payer} processes its claims and is not the insurer.",
    6: "This notice is about your Medicaid coverage through Riverlands Healthy Families.",
    7: "Your benefits are insured by {payer}.",
    9: "This coverage is insured by {payer}.",
}
SPONSORS = {3: "Alder Valley Cooperative", 5: "Keystone Valley School District"}
FOOTERS = {  # a family whose plan is named only at the foot of each page
    "perline": "Alder Valley Cooperative Employee Benefit Plan - administered by Alder Benefit "
    "Administrators",
    "noaction": "Riverlands Healthy Families - a Medicaid plan of Riverlands Community Health Plan",
    "endtable": "Ironwood Advantage EPO is a plan of Ironwood Health Plans.",
    "tpagrid": "Keystone Valley Schools Health Plan",
    "portal": "Northgate member portal - printed copy of claim detail",
}

FIRST = ["Anneliese", "Bronwen", "Chidinma", "Dagny", "Esperanza", "Fionnuala", "Guadalupe",
         "Halldora", "Jacinta", "Kalani", "Lucinda", "Mireille", "Nkechi", "Oona", "Philippa",
         "Rosalind", "Saoirse", "Tamsin", "Wilhelmina", "Yesenia"]  # fmt: skip
LAST = ["O'Sullivan", "Nakashima-Reyes", "MacAllister", "Delacroix-Hale", "Oyelaran",
        "Lindqvist", "Kowalczyk", "Vanderhoek", "Achterberg", "Quintanilla", "Brightwater",
        "Ferreira", "Haverford", "Szczepanski", "Okonkwo", "D'Angelo"]  # fmt: skip
INFANTS = ["Arlo", "Wren", "Ines", "Bodhi", "Clementine", "Ptolemy"]
PARTNERS = ["Evander", "Lachlan", "Osric", "Thaddeus", "Bartholomew", "Rafferty"]
STREETS = ["Juniper Hollow Rd", "Ferncliff Way", "Osprey Point Dr", "Tallow St",
           "Bellwether Ln", "Cobblestone Row"]  # fmt: skip
CITIES = [("Wexford Falls", "NM", "87501"), ("Pell Harbor", "ME", "04101"),
          ("Cinder Ridge", "KY", "40601"), ("Marlow Bend", "AR", "72201"),
          ("Sorrel Valley", "MT", "59601"), ("Eastwick", "RI", "02903")]  # fmt: skip
PROVIDERS = ["Hollis Marsh, IBCLC", "Nursing Nook Lactation LLC", "Tova Reinholt, RN, IBCLC",
             "Cradle and Latch Family Care", "Amara Obi, CLC", "Bayview Lactation Associates"]  # fmt: skip


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _person(fam: Family, rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if fam.middle and rng.random() < 0.5:
        return f"{first} {_letters(rng, 1)}. {last}"
    return f"{first} {last}"


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 7)}",
        1: lambda: f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 5)}",
        2: lambda: f"{_digits(rng, 13)}",
        3: lambda: f"AB{_digits(rng, 9)}",
        4: lambda: f"{_digits(rng, 10)}",
        5: lambda: f"K{_digits(rng, 6)}-{_digits(rng, 4)}",
        6: lambda: f"{_digits(rng, 5)} {_digits(rng, 5)} {_digits(rng, 3)}",
        7: lambda: f"BL{_digits(rng, 14)}",
        8: lambda: f"{_digits(rng, 4)}{_letters(rng, 3)}{_digits(rng, 6)}",
        9: lambda: f"IW-{_digits(rng, 3)}-{_digits(rng, 7)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 1)}{_digits(rng, 8)}",
        1: lambda: f"NHI{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-0{rng.randint(1, 4)}",
        4: lambda: f"SRH{_digits(rng, 8)}{_letters(rng, 1)}",
        5: lambda: f"KVA{_digits(rng, 11)}",
        6: lambda: f"{_digits(rng, 11)}",
        7: lambda: f"BMX{_digits(rng, 12)}",
        9: lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}-{_digits(rng, 2)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        1: lambda: f"G{_digits(rng, 7)}",
        3: lambda: f"{_digits(rng, 5)}",
        4: lambda: f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        5: lambda: f"KV{_digits(rng, 4)}",
        7: lambda: f"{_digits(rng, 6)}-{_letters(rng, 2)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


def _doc(fam: Family, n: int, name: str, rng: random.Random, own: random.Random) -> g.Doc:
    payer = PAYERS[fam.id][0]
    phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
    notice = date(2026, 2, 9) + timedelta(days=rng.randrange(0, 260))
    mother = _person(fam, rng)
    doc = ls.notice_doc(name, fam, PAYERS[fam.id], f"PO Box {own.randrange(1000, 99999)}",
                        phone, notice, rng, mother, lambda: _member_id(fam, rng), STREETS,
                        rng.choice(CITIES))  # fmt: skip
    if fam.kind != "remit":
        doc.plan_name, doc.plan_type = PLAN_NAMES.get(fam.id, (None, None))
        doc.group = _group(fam, rng)
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    doc.extra["x"] = nv.Extra(
        payee=rng.choice(PROVIDERS),
        payee_npi=g.make_npi(f"1{_digits(rng, 8)}"),
        trace=f"{_digits(rng, 10)}",
        reference=f"{_letters(rng, 3)}-{_digits(rng, 7)}",
    )
    doc.extra["mother"] = mother
    if fam.layout == "portal":  # a printout from a website prints no mailing address
        doc.member_addr, doc.member_state = [], None
    return doc


def _claim(fam: Family, rng: random.Random, doc: g.Doc, i: int, n: int, patient: str,
           dos: date, dx_pool: list[str]) -> g.ClaimRec:  # fmt: skip
    cat = nv._category(fam, rng, n, i)
    lines = []
    for j in range(rng.randint(*fam.lines)):
        code = rng.choice(fam.services)
        ln = nv._line(fam, rng, dos + timedelta(days=6 * j), code, rng.choice(dx_pool), cat)
        if fam.modifiers and code != "S9443" and rng.random() < 0.5:
            ln.modifiers = [rng.choice(w.MODIFIERS)]
        lines.append(ln)
    provider = None if fam.kind == "remit" else rng.choice(PROVIDERS)
    if fam.same_provider:
        provider = doc.extra["x"].payee
    claim = g.ClaimRec(number=_claim_number(fam, rng), patient=patient, provider=provider,
                       lines=lines, categories=[cat] if cat else [])  # fmt: skip
    if fam.npi:
        claim.npi = g.make_npi(f"1{_digits(rng, 8)}")
    if fam.network:
        claim.network = "out" if cat == "out_of_network" else "in"
    if fam.kind == "letter" and cat:
        claim.reason = w.REASONS[cat]
    return claim


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run); documents
    ``_3``-``_5`` are the records of ``_0``-``_2``, to be scanned."""
    rng = random.Random(f"appealgen-drift-doc-{fam.id}-{n % TEXT_DOCS}")
    own = random.Random(f"appealgen-drift-family-{fam.id}")
    doc = _doc(fam, n % TEXT_DOCS, f"d{fam.id:02d}_{fam.layout}_{n}", rng, own)
    extra: nv.Extra = doc.extra["x"]
    mother = doc.extra["mother"]
    patients = [mother]
    extra.relationship = {mother: "Self"}
    if fam.infant:
        infant = f"{rng.choice(INFANTS)} {mother.split()[-1]}"
        patients.append(infant)
        extra.relationship[infant] = "Dependent"
    span = 6 * (fam.lines[1] - 1) + 3 * (fam.claims[1] - 1)
    dos0 = doc.notice_date - timedelta(days=span + rng.randrange(14, 70))
    for i in range(rng.randint(*fam.claims)):
        patient = _person(fam, rng) if fam.kind == "remit" else patients[i % len(patients)]
        pool = nv.INFANT_DX if patient in patients[1:] else nv.MOTHER_DX
        claim = _claim(fam, rng, doc, i, n % TEXT_DOCS, patient, dos0 + timedelta(days=3 * i),
                       pool)  # fmt: skip
        if fam.kind == "remit":
            claim.member_id = f"{_letters(rng, 1)}{_digits(rng, 9)}"
        extra.accounts[claim.number] = f"{_digits(rng, 7)}"
        doc.claims.append(claim)
    if fam.infant:
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(nv.MEANINGS)
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _codes, _code = u._m, u._phone, nv._line_codes, w._code
_cut, _cut_words, _kv = ls.cut, ls.cut_words, ls.label_rows


def _letterhead(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, size: float = 13) -> None:
    ls.letterhead(fam, pdf, doc, title, _phone(doc), size=size)


def _box(pdf: g.Pdf, x: float, top: float, width: float, low: float, title: str, fam: Family):
    ls.titled_box(pdf, x, top, width, low, title, fam, GREY)


def _key(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, sep: str = " - ") -> None:
    u._key(fam, pdf, doc, title, sep=sep)


# --------------------------------------------------------------------------
# The dev layouts


def draw_mcnotice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid managed-care notice of action: the services in a table at the very end."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.text(pdf.w / 2, pdf.h - 52, doc.payer_name, bold, 13, align="center")
    pdf.text(pdf.w / 2, pdf.h - 65, f"{', '.join(doc.payer_addr)}  |  Member Services "
             f"{_phone(doc, 'one')}", font, 8.5, align="center")  # fmt: skip
    pdf.y = pdf.h - 92
    pdf.line("NOTICE OF ACTION", bold, 12, gap=18)
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    low = _kv(fam, pdf, [("Beneficiary:", doc.member_name), ("MID:", doc.member_id),
                         ("Claim Control No.:", claim.number)], pdf.margin, pdf.y, 105)  # fmt: skip
    pdf.y = low - 8
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(f"{doc.funding_text} {claim.provider} (NPI {claim.npi}) asked us to pay for care "
             "you already received. We have denied this request for payment. The services are "
             "listed at the end of this notice.", font, size, after=6)  # fmt: skip
    pdf.line("Why did we make this decision?", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You may ask us for a plan appeal within 60 days of the date of this notice. You "
             "may ask by phone or in writing. After the plan appeal you may ask for a State "
             "Fair Hearing. You will not lose your other Medicaid services while you appeal. "
             "This is not a bill; you do not have to pay for these services.", font, size,
             after=8)  # fmt: skip
    pdf.line("Sincerely,", font, size)
    pdf.line("Utilization Management Department", font, size, gap=size * 2.4)
    pdf.need(90)
    pdf.line("Services on this notice", bold, size + 0.5)
    rows = [[fam.dates(ln.dos), ln.code, ln.desc, _m(fam, ln.billed), "Denied"]
            for ln in claim.lines]  # fmt: skip
    pdf.table(u._cols(pdf, ["Date of service", "Code", "Service", "Amount billed", "Decision"],
                      [110, 55, 200, 80, 60], {3}), rows, font=font, bold=bold, size=size - 1.5,
              header_bg=GREY)  # fmt: skip


def draw_portal(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A claim-status portal printout: two side-by-side panels, then the service lines."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    x: nv.Extra = doc.extra["x"]
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, bold, 12)
    pdf.text(pdf.w - pdf.margin, top - 12, "Claim Detail", bold, 12, align="right")
    pdf.text(pdf.margin, top - 24, f"Questions? Call {_phone(doc)}   Mail: "
             f"{', '.join(doc.payer_addr)}", font, 7.5)  # fmt: skip
    pdf.y = top - 40
    half = (pdf.w - 2 * pdf.margin - 12) / 2
    plan = _cut_words(doc.plan_name, 2)
    left = [("Member", doc.member_name), ("Member ID", doc.member_id), ("Group", doc.group),
            ("Plan", plan)]  # fmt: skip
    right = [("Claim #", claim.number), ("Patient", claim.patient), ("Provider", claim.provider),
             ("Network", "In network" if claim.network == "in" else "Out of network"),
             ("Processed", fam.dates(doc.notice_date)),
             ("Status", "Denied" if claim.denied else "Processed")]  # fmt: skip
    y0 = pdf.y
    low = min(_kv(fam, pdf, left, pdf.margin + 6, y0 - 16, 62),
              _kv(fam, pdf, right, pdf.margin + half + 18, y0 - 16, 62))  # fmt: skip
    _box(pdf, pdf.margin, y0, half, low - 4, "Member information", fam)
    _box(pdf, pdf.margin + half + 12, y0, half, low - 4, "Claim information", fam)
    pdf.y = low - 16
    pdf.para(doc.funding_text, font, size, after=8)
    rows = [[fam.dates(ln.dos), _code(ln), ln.desc, _m(fam, ln.billed),
             w.usd_parens(ln.not_covered), _m(fam, ln.allowed), _m(fam, ln.paid),
             _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
    rows.append(["Claim totals", "", "", _m(fam, claim.total("billed")), "",
                 _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                 _m(fam, claim.total("owe")), ""])  # fmt: skip
    pdf.table(u._cols(pdf, ["Date(s)", "Procedure", "Description", "Charged", "Discount",
                            "Allowed", "Plan paid", "Your\nresponsibility", "Codes"],
                      [62, 50, 150, 52, 52, 52, 52, 62, 50], {3, 4, 5, 6, 7}), rows, font=font,
              bold=bold, size=size - 0.5, ruled=False, header_bg=None,
              bold_rows={len(rows) - 1})  # fmt: skip
    pdf.space(8)
    _key(fam, pdf, doc, "What the codes mean")
    pdf.line(f"Printed {g.d_us(doc.notice_date + timedelta(days=x.trace.count('7') + 3))} from "
             "the member website", font, 6.5)  # fmt: skip


def draw_monospace(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A monospace remittance printout: fixed columns, totals carried from page to page."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    step = size * 1.45
    per_page = 30  # printed rows a page holds

    def out(s: str, f: str = font) -> None:
        pdf.text(pdf.margin, pdf.y - size, s, f, size)
        pdf.y -= step

    def heading() -> None:
        out(f"{doc.payer_name.upper():<44}PROVIDER REMITTANCE ADVICE", bold)
        out(f"{' '.join(doc.payer_addr).upper():<44}PHONE {_phone(doc, 'dots')}")
        out(f"PAYEE {x.payee.upper():<38}NPI {x.payee_npi}   CHECK/EFT {x.trace}")
        out(f"REMIT DATE {fam.dates(doc.notice_date)}")
        out("SERV-DT  PROC   MOD    BILLED    ALLOWED   PROV-PD   PT-RESP   ADJ", bold)
        out("-" * 78)

    rows: list[tuple[str, tuple[Decimal, Decimal] | None]] = []
    for claim in doc.claims:
        rows.append((f"NAME {ls.surname_first(claim.patient):<28} HIC {claim.member_id}  "
                     f"ACNT {x.accounts[claim.number]}", None))  # fmt: skip
        rows.append((f"ICN {claim.number}", None))
        for ln in claim.lines:
            adj = " ".join(f"{a.group}-{a.code} {cr(a.amount)}" for a in ln.adj if a.amount)
            rows.append((f"{fam.dates(ln.dos):<9}{ln.code:<7}{' '.join(ln.modifiers):<4}"
                         f"{_m(fam, ln.billed):>9}{_m(fam, ln.allowed):>11}{_m(fam, ln.paid):>10}"
                         f"{_m(fam, ln.owe):>10}   {adj}", (ln.billed, ln.paid)))  # fmt: skip
        rows.append((f"CLAIM TOTALS     {_m(fam, claim.total('billed')):>9}"
                     f"{_m(fam, claim.total('allowed')):>11}{_m(fam, claim.total('paid')):>10}"
                     f"{_m(fam, claim.total('owe')):>10}", None))  # fmt: skip
        rows.append(("", None))
    heading()
    billed = paid = ZERO
    used = 0
    for text, amounts in rows:
        if used == per_page:
            out(f"TOTALS CARRIED FORWARD  BILLED {billed:.2f}  PAID {paid:.2f}", bold)
            pdf.new_page()
            heading()
            out(f"TOTALS BROUGHT FORWARD  BILLED {billed:.2f}  PAID {paid:.2f}", bold)
            used = 0
        out(text)
        used += 1
        if amounts:
            billed, paid = billed + amounts[0], paid + amounts[1]
    out(f"REMITTANCE TOTALS  BILLED {billed:.2f}  PAID {paid:.2f}", bold)
    out("")
    out("ADJUSTMENT REASON AND REMARK CODES", bold)
    for code in u._used(doc):
        out(f"{code:<8}{doc.meanings[code]}")


def draw_perline(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A self-funded plan's statement: one paragraph per service; the plan only in the footer."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    low = _kv(fam, pdf, [("Prepared for", doc.member_name), ("Participant ID", doc.member_id),
                         ("Group", doc.group), ("Statement date", fam.dates(doc.notice_date))],
              pdf.margin, pdf.y, 90)  # fmt: skip
    pdf.y = low - 6
    pdf.para(doc.funding_text, font, size, after=8)
    for claim in doc.claims:
        pdf.need(80)
        pdf.line(f"Claim {claim.number} for {claim.patient}", bold, size + 1)
        pdf.line(f"Provider: {claim.provider}", font, size)
        for ln in claim.lines:
            codes = " ".join(_codes(ln))
            note = f" Reason: {codes}." if codes else ""
            pdf.para(f"On {fam.dates(ln.dos)}, {ln.desc.lower()} ({_code(ln)}). Billed "
                     f"{_m(fam, ln.billed)}. Plan allowance {_m(fam, ln.allowed)}. Paid by the "
                     f"plan {_m(fam, ln.paid)}. Your responsibility {_m(fam, ln.owe)}.{note}",
                     font, size, after=4)  # fmt: skip
        pdf.para(f"Claim total: billed {_m(fam, claim.total('billed'))}; allowed "
                 f"{_m(fam, claim.total('allowed'))}; paid {_m(fam, claim.total('paid'))}; "
                 f"you owe {_m(fam, claim.total('owe'))}.", bold, size, after=10)  # fmt: skip
    _key(fam, pdf, doc, "Reason codes")


def draw_itemised(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's itemised statement; the payer's processing in a section of its own."""
    size, font, bold = fam.size, fam.font, fam.bold
    x: nv.Extra = doc.extra["x"]
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 13, x.payee, bold, 13)
    pdf.text(pdf.margin, top - 25, f"NPI {x.payee_npi}   Billing questions: 555-0148", font, 8)
    pdf.text(pdf.w - pdf.margin, top - 13, "ITEMIZED STATEMENT", bold, 11, align="right")
    pdf.y = top - 44
    pdf.line("Guarantor", bold, size)
    ls.address(fam, pdf, doc)
    acct = x.accounts[doc.claims[0].number]
    pdf.line(f"Account {acct}    Statement date {fam.dates(doc.notice_date)}", font, size,
             gap=size * 2.2)  # fmt: skip
    rows = []
    for claim in doc.claims:
        for ln in claim.lines:
            rows.append([fam.dates(ln.dos), claim.patient, ln.code, ln.desc, _m(fam, ln.billed),
                         _m(fam, ln.paid), _m(fam, ln.owe)])  # fmt: skip
    pdf.table(u._cols(pdf, ["Date", "Patient", "Code", "Description", "Charges",
                            "Insurance paid", "Patient balance"],
                      [60, 110, 45, 160, 55, 62, 62], {4, 5, 6}), rows, font=font, bold=bold,
              size=size - 0.5, header_bg=GREY)  # fmt: skip
    pdf.space(12)
    pdf.line("INSURANCE PROCESSING", bold, size + 1.5)
    pdf.line(f"Billed to: {doc.payer_name}, {', '.join(doc.payer_addr)}, {_phone(doc)}",
             font, size)  # fmt: skip
    pdf.line(f"Plan: {doc.plan_name}    Member ID: {doc.member_id}    Group: {doc.group}",
             font, size, gap=size * 2)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=6)
    for claim in doc.claims:
        pdf.need(60)
        status = "DENIED" if claim.denied else "PAID"
        pdf.line(f"Claim {claim.number}  ({claim.patient})  Status: {status}", bold, size)
        pdf.line(f"Insurance billed {_m(fam, claim.total('billed'))}   Allowed "
                 f"{_m(fam, claim.total('allowed'))}   Paid {_m(fam, claim.total('paid'))}   "
                 f"Patient responsibility {_m(fam, claim.total('owe'))}", font, size)  # fmt: skip
        codes = g._uniq(c for ln in claim.lines for c in _codes(ln))
        if codes:
            pdf.line(f"Payer codes: {', '.join(codes)}", font, size)
        pdf.space(6)
    _key(fam, pdf, doc, "Payer code descriptions", sep=": ")


# --------------------------------------------------------------------------
# The check layouts


def draw_tpagrid(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A TPA's grid of claims over pages: headings repeated, subtotals carried forward."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "EXPLANATION OF BENEFITS")
    ls.address(fam, pdf, doc)
    first, rest = _cut(doc.member_id, 8)
    low = _kv(fam, pdf, [("Employee", doc.member_name), ("Participant ID", (first, rest)),
                         ("Group No.", doc.group), ("Date", fam.dates(doc.notice_date))],
              pdf.w / 2, pdf.h - pdf.margin - 60, 70)  # fmt: skip
    pdf.y = min(pdf.y, low) - 6
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Claim No.", "Patient", "Provider", "Svc Date", "Code", "Charge", "Ineligible",
              "Allowed", "Plan Paid", "Pt Resp", "Rmk"]  # fmt: skip
    cols = u._cols(pdf, titles, [66, 90, 100, 50, 46, 48, 52, 48, 48, 48, 40], set(range(5, 10)))
    per_page, rows, run = 8, [], [ZERO, ZERO]
    for claim in doc.claims:
        for j, ln in enumerate(claim.lines):
            first = j == 0
            rows.append(([claim.number if first else "", claim.patient if first else "",
                          claim.provider if first else "", fam.dates(ln.dos), _code(ln), _m(fam, ln.billed), cr(ln.not_covered),
                          _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                          " ".join(_codes(ln))], ln))  # fmt: skip
        rows.append((["", "Claim total", "", "", "", _m(fam, claim.total("billed")), "",
                      _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                      _m(fam, claim.total("owe")), ""], None))  # fmt: skip
    for start in range(0, len(rows), per_page):
        chunk = rows[start : start + per_page]
        body = [r for r, _ in chunk]
        if start:
            pdf.new_page()
            body.insert(0, ["", "Brought forward", "", "", "", fam.money(run[0]), "", "",
                            fam.money(run[1]), "", ""])  # fmt: skip
        for _, ln in chunk:
            if ln is not None:
                run = [run[0] + ln.billed, run[1] + ln.paid]
        if start + per_page < len(rows):
            body.append(["", "Carried forward", "", "", "", fam.money(run[0]), "", "",
                         fam.money(run[1]), "", ""])  # fmt: skip
        pdf.table(cols, body, font=font, bold=bold, size=size - 0.5, header_bg=GREY)
    pdf.space(8)
    _key(fam, pdf, doc, "Remark codes", sep=" ")


def draw_noaction(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A state plan's notice of action in sentences, one per service; the plan in the footer."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 14)
    pdf.text(pdf.margin, top - 27, f"{', '.join(doc.payer_addr)}   Toll free {_phone(doc, 'one')}",
             font, 8.5)  # fmt: skip
    pdf.y = top - 50
    pdf.line(f"Date: {fam.dates(doc.notice_date)}", font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"Member: {doc.member_name}    Member ID: {doc.member_id}", bold, size)
    pdf.line(f"Claim number: {claim.number}", bold, size, gap=size * 2)
    pdf.line("Notice of Action: Payment Denied", bold, size + 1.5, gap=size * 2)
    pdf.para(f"{doc.funding_text} We have decided not to pay for the care described below.",
             font, size, after=6)  # fmt: skip
    for ln in claim.lines:
        pdf.para(f"On {fam.dates(ln.dos)}, you received {ln.desc.lower()} (procedure code "
                 f"{ln.code}) from {claim.provider}, NPI {claim.npi}. The amount billed for this "
                 f"service was {_m(fam, ln.billed)}. We denied payment for this service.",
                 font, size, after=5)  # fmt: skip
    pdf.line("The reason for our decision", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=8)
    pdf.line("If you do not agree", bold, size + 0.5)
    pdf.para("You can ask for an appeal within 60 days of the date on this notice. Call us or "
             "write to us. You may also ask for a State Fair Hearing after your appeal is "
             "decided.", font, size)  # fmt: skip


def draw_sidepanels(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB of two boxed panels whose values wrap over two lines, a table per claim."""
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    claim0 = doc.claims[0]
    half = (pdf.w - 2 * pdf.margin - 12) / 2
    left = [("Subscriber", doc.member_name), ("ID", _cut(doc.member_id, 9)),
            ("Group", doc.group), ("Plan", _cut_words(doc.plan_name, 2)),
            ("Issued", fam.dates(doc.notice_date))]  # fmt: skip
    right = [("Claim", _cut(claim0.number, 9)), ("For", claim0.patient),
             ("Provider", claim0.provider)]  # fmt: skip
    y0 = pdf.y
    low = min(_kv(fam, pdf, left, pdf.margin + 6, y0 - 16, 56),
              _kv(fam, pdf, right, pdf.margin + half + 18, y0 - 16, 56))  # fmt: skip
    _box(pdf, pdf.margin, y0, half, low - 4, "Subscriber", fam)
    _box(pdf, pdf.margin + half + 12, y0, half, low - 4, "This claim", fam)
    pdf.y = low - 14
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Service dates", "Code", "Amount\ncharged", "Discount", "Covered",
              "Paid by plan", "Your share", "Notes"]  # fmt: skip
    for k, claim in enumerate(doc.claims):
        pdf.need(80)
        if k:
            first, rest = _cut(claim.number, 9)
            pdf.line(f"Claim {first}", bold, size)
            pdf.line(f"{rest}    For {claim.patient}    Provider {claim.provider}", font, size)
        rows = [[fam.dates(ln.dos), _code(ln), _m(fam, ln.billed), w.usd_parens(ln.not_covered),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Totals", "", *[_m(fam, claim.total(a)) for a in ("billed",)], "",
                     *[_m(fam, claim.total(a)) for a in ("allowed", "paid", "owe")], ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [80, 55, 60, 60, 60, 60, 60, 60], set(range(2, 7))),
                  rows, font=font, bold=bold, size=size - 0.5, header_bg=GREY,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    _key(fam, pdf, doc, "Notes")


def draw_statusprint(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's claim-status printout: a block of dotted-leader rows per claim."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    _letterhead(fam, pdf, doc, "Claim Status Inquiry", 12)
    pdf.line(f"Provider {x.payee}   NPI {x.payee_npi}   Inquiry date "
             f"{fam.dates(doc.notice_date)}", font, size, gap=size * 2.4)  # fmt: skip
    for claim in doc.claims:
        pdf.need(130)
        status = "Denied" if claim.denied else "Finalized - paid"
        low = _kv(fam, pdf, [("Claim Number", claim.number),
                             ("Patient", ls.surname_first(claim.patient)),
                             ("Subscriber ID", claim.member_id), ("Claim Status", status),
                             ("Total Billed", _m(fam, claim.total("billed"))),
                             ("Total Paid", _m(fam, claim.total("paid"))),
                             ("Patient Resp", _m(fam, claim.total("owe")))],
                  pdf.margin, pdf.y, 120, leader=True)  # fmt: skip
        pdf.y = low - 2
        rows = [[fam.dates(ln.dos), _code(ln), _m(fam, ln.billed), _m(fam, ln.allowed),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        pdf.table(u._cols(pdf, ["From Date", "Proc/Mod", "Billed", "Allowed", "Paid", "Pt Resp",
                                "Adj Codes"], [80, 70, 60, 60, 60, 60, 90], {2, 3, 4, 5}),
                  rows, font=font, bold=bold, size=size - 0.5, ruled=False, header_bg=None)  # fmt: skip
        pdf.space(6)
        pdf.rule(0.4)
        pdf.space(6)
    _key(fam, pdf, doc, "Code descriptions", sep=" ")


def draw_endtable(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A plan's letter: the decision in words first, the claim and its services at the end."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.w - pdf.margin, top - 14, doc.payer_name, bold, 14, align="right")
    pdf.text(pdf.w - pdf.margin, top - 27, ", ".join(doc.payer_addr), font, 8.5, align="right")
    pdf.text(pdf.w - pdf.margin, top - 38, _phone(doc, "dots"), font, 8.5, align="right")
    pdf.y = top - 60
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(f"We have finished reviewing the claim for the care {claim.patient} received from "
             f"{claim.provider} (NPI {claim.npi}). {doc.funding_text} We are not able to pay "
             "this claim.", font, size, after=6)  # fmt: skip
    pdf.para(claim.reason, font, size, after=6)
    pdf.para("You have the right to appeal this decision within 180 days of the date you "
             "receive this letter. Send your appeal to the address above, or call us.", font,
             size, after=8)  # fmt: skip
    pdf.line("Sincerely,", font, size)
    pdf.line("Member Appeals Unit", font, size, gap=size * 2.4)
    pdf.need(120)
    pdf.line("Claim information", bold, size + 0.5)
    low = _kv(fam, pdf, [("Member ID", doc.member_id), ("Claim number", claim.number),
                         ("Patient", claim.patient)], pdf.margin, pdf.y, 90)  # fmt: skip
    pdf.y = low - 4
    rows = [[fam.dates(ln.dos), ln.code, ln.desc, _m(fam, ln.billed), cr(ln.billed)]
            for ln in claim.lines]  # fmt: skip
    rows.append(["Total", "", "", _m(fam, claim.total("billed")), cr(claim.total("billed"))])
    pdf.table(u._cols(pdf, ["Date of service", "Code", "Service", "Charge", "Not payable"],
                      [110, 50, 200, 70, 80], {3, 4}), rows, font=font, bold=bold,
              size=size - 1.5, header_bg=GREY, bold_rows={len(rows) - 1})  # fmt: skip


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "mcnotice": ({"billed"}, set()),
    "portal": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "monospace": (_AMOUNTS | {"modifiers", "adj_amount"}, _AMOUNTS),
    "perline": (_AMOUNTS, _AMOUNTS),
    "itemised": ({"billed", "paid", "owe"}, _AMOUNTS),
    "tpagrid": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "noaction": ({"billed"}, set()),
    "sidepanels": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "statusprint": (_AMOUNTS | {"modifiers"}, {"billed", "paid", "owe"}),
    "endtable": ({"billed"}, {"billed"}),
}
WRAPPED = {  # layout -> the values it prints cut in two (member ID, claim number, plan)
    "portal": {"plan"},
    "tpagrid": {"member"},
    "sidepanels": {"member", "claim", "plan"},
}


# --------------------------------------------------------------------------
# Scans: each family's documents _3.._5 are its _0.._2 as one of its looks makes them


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix) if it is one of the scanned three."""
    if n < TEXT_DOCS:
        return None
    import scan_looks

    look, seed, pages = fam.looks[n - TEXT_DOCS], 7700 + fam.id * 10 + n, _pages(text_pdf)
    if look == "flatbed":
        return (*b.scan_pdf(text_pdf, nv._Optics(200), seed), ".pdf")
    data, suffix, _ = scan_looks.make(look, text_pdf, 200, seed)
    return data, (1 if suffix == ".jpg" else pages), suffix


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


class DriftSet(ls.LayoutSet):
    """The drift set: a value a narrow cell wraps counts as printed in its two parts."""

    def missing(self, fam: Family, text_pdf: bytes, exp: dict) -> list[str]:
        misses = super().missing(fam, text_pdf, exp)
        wrapped = WRAPPED.get(fam.layout, set())
        text = " ".join(ls.page_text(text_pdf).split())
        parts = []
        if "member" in wrapped and exp["member"]["id"]:
            at = 8 if fam.layout == "tpagrid" else 9
            parts.append((exp["member"]["id"], _cut(exp["member"]["id"], at)))
        if "claim" in wrapped:
            parts += [(c["claim_number"], _cut(c["claim_number"], 9)) for c in exp["claims"]]
        if "plan" in wrapped and exp["plan"]["name"]:
            parts.append((exp["plan"]["name"], _cut_words(exp["plan"]["name"], 2)))
        printed = {value for value, cut in parts if all(p in text for p in cut)}
        return [m for m in misses if m not in printed]


SET = DriftSet("drift", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
               decorate=_decorate, scan=scanned, text=nv._text,
               more_checks=ls.reasons_printed(nv.MEANINGS), docs=2 * TEXT_DOCS,
               capitals=True)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


def half_of(stem: str) -> str:
    """``dev`` or ``check``: the half a document's family belongs to."""
    return "dev" if family_of(stem) in DEV else "check"


if __name__ == "__main__":
    raise SystemExit(SET.main())
