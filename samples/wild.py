"""The wild set: notices printed the way real payers print them, in a dev and a check half.

Twelve layout families, ``w00``-``w11``, modelled on how public descriptions of real
notices say they are printed, and unlike the habits of the other generators
(``samples/generate.py``, ``varied.py``, ``fresh.py``, ``blind.py``, ``unseen.py``,
``novel.py``, ``remit.py``): a Medicare Summary Notice-style statement (a dashboard panel,
"Service Approved?" and "Maximum You May Be Billed" columns, lettered notes), a large
payer's member-portal "Claim Detail" printout (a multi-column summary panel of "Amount
billed / Your plan discount / What your plan paid / What you owe"), a state Medicaid
agency's notice of action with every fact in a sentence ("On March 3, 2026, you received
services from ..."), a TPA's self-funded plan EOB whose member ID, group and plan sit in
a boxed panel, a provider-facing claim status printout, a dental-style benefit statement
("Submitted / Fee adjust / Approved / Deduct applied / Plan pays / Patient pays"), and
in the check half a commercial EOB with "Your claim at a glance", a plan's letter in
sentences, a Medicaid managed-care notice of denied payment, a provider's claim list, a
benefit statement of an employer plan and a TPA's grid of claims. Values are printed as
real notices print them: dates as ``03/03/26``, ``March 3, 2026``, ``MAR 03 2026``;
codes with modifiers (``99403-33``); claim numbers with spaces or dashes (``26 0412
8831 05``); amounts with ``CR`` or in parentheses; member IDs such as ``1EG4-TE5-MK73``.

Families ``w00``-``w05`` are the dev half (the reader may be tuned on them); ``w06``-``w11``
are the check half, split before anything was tuned: nobody tunes on them, and their
figure is the honest one. Both are written to ``tests/data/varied/wild/``; score one half
with ``benchmarks/accuracy.py tests/data/varied/wild --families w06 w07 ...`` (or the
``--half`` shorthand of ``samples/wild.py``'s ``--list``). Two dev documents are scanned
(one faxed); the check half is text PDFs only.

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``w<family>_<layout>_<n>``.

    python samples/wild.py                     # rewrite tests/data/varied/wild/
    python samples/wild.py --families 6 --out /tmp/wild-check
    python samples/wild.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scanners
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

D = Decimal
ZERO = g.ZERO
GREY = colors.HexColor("#e6e8eb")
DARK = colors.HexColor("#c9ced6")
DEV = (0, 1, 2, 3, 4, 5)  # the families the reader may be tuned on
CHECK = (6, 7, 8, 9, 10, 11)  # the families nobody tunes on

# --------------------------------------------------------------------------
# Value shapes


def d_yy(d: date) -> str:
    """``03/03/26``."""
    return d.strftime("%m/%d/%y")


def d_caps(d: date) -> str:
    """``MAR 03 2026``."""
    return d.strftime("%b %d %Y").upper()


def d_words(d: date) -> str:
    """``March 3, 2026``."""
    return g.d_long(d)


def cr(x: Decimal) -> str:
    """``37.50 CR`` for an amount taken off, ``0.00`` for none."""
    return f"{x:,.2f} CR" if x else "0.00"


def usd_parens(x: Decimal) -> str:
    """``($37.50)`` for an amount taken off, ``$0.00`` for none."""
    return f"(${x:,.2f})" if x else "$0.00"


MODIFIERS = ("33", "25", "U5")  # a preventive service, a separate visit, a state's own

# category -> the reason a letter prints in words (no codes)
REASONS = {
    "out_of_network": "The provider you saw does not take part in your plan's network, and "
    "your plan pays for care outside the network only in an emergency.",
    "provider_type": "The person who gave this service is not a licensed provider type that "
    "your plan recognizes for this service, so the claim cannot be paid.",
    "prior_authorization": "This service needed an approval from us before it was given. We "
    "have no record of an approval for this date.",
    "not_covered": "This service is excluded from the benefits of your plan.",
    "place_of_service": "Your plan does not pay for this service when it is given in the "
    "home; it is covered only at a clinic or an office.",
    "frequency_limit": "Your plan covers a limited number of these visits, and the limit "
    "for this benefit period had already been reached.",
    "medical_necessity": "The information we received did not show the service was "
    "medically necessary for your condition.",
    "eligibility": "You were not enrolled in the plan on the date of this service.",
}


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(nv.Family):
    """A wild layout: its claim number, member ID shapes and modifiers come with it."""

    modifiers: bool = False  # some services print a modifier after the code
    one_day: bool = False  # every service of a claim was given on one day


FAMILIES = [
    # the dev half
    Family(0, "msn", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, d_words,
           (2, 2), (1, 3), ("not_covered", "provider_type", "frequency_limit"),
           funding="medicare", npi=True, mixed=True, one_day=True),
    Family(1, "portal", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, d_yy,
           (1, 2), (1, 2), ("out_of_network", "cost_sharing", "prior_authorization"),
           funding="fully_insured", network=True, modifiers=True, paid_doc=2),
    Family(2, "agency", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, d_words,
           (1, 1), (1, 2), ("provider_type", "place_of_service", "prior_authorization"),
           funding="medicaid", npi=True, codes=False, scans=((2, "fax", 200),)),
    Family(3, "panel", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, g.d_us,
           (2, 3), (1, 2), ("medical_necessity", "not_covered", "frequency_limit"),
           funding="self_funded", mixed=True, infant=True, scans=((1, "scan", 200),)),
    Family(4, "status", "remit", "Courier", "Courier-Bold", 8.0, g.bare, d_yy,
           (3, 5), (1, 2), ("prior_authorization", "coding", "timely_filing",
                            "provider_type"), mixed=True),
    Family(5, "dental", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, d_caps,
           (1, 2), (1, 3), ("frequency_limit", "provider_type", "not_covered"),
           funding="fully_insured", npi=True, modifiers=True, paid_doc=1),
    # the check half
    Family(6, "glance", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, d_words,
           (2, 3), (1, 2), ("out_of_network", "not_covered", "cost_sharing"),
           funding="fully_insured", network=True, mixed=True, modifiers=True),
    Family(7, "sentences", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, d_words,
           (1, 1), (1, 2), ("provider_type", "out_of_network", "frequency_limit"),
           npi=True, codes=False, modifiers=True),
    Family(8, "mcodenial", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, d_yy,
           (1, 2), (1, 2), ("prior_authorization", "provider_type", "place_of_service"),
           funding="medicaid", npi=True),
    Family(9, "claimlist", "remit", "Helvetica", "Helvetica-Bold", 7.0, usd_parens, g.d_us,
           (4, 6), (1, 1), ("medical_necessity", "eligibility", "coding", "duplicate"),
           mixed=True),
    Family(10, "benefits", "eob", "Times-Roman", "Times-Bold", 9.0, g.num, d_caps,
           (1, 2), (1, 3), ("not_covered", "place_of_service", "provider_type"),
           funding="governmental", npi=True, paid_doc=0),
    Family(11, "grid", "eob", "Courier", "Courier-Bold", 7.5, g.num, d_yy,
           (2, 4), (1, 2), ("out_of_network", "medical_necessity", "prior_authorization"),
           funding="self_funded", mixed=True, infant=True, network=True,
           pagesize=landscape(letter), margin=40),
]  # fmt: skip

PAYERS = [
    ("Cobblestone Government Benefit Services", "Fargo", "ND", "58102"),
    ("Highgate Mutual Health", "Milwaukee", "WI", "53202"),
    ("Department of Family Health Services", "Santa Fe", "NM", "87501"),
    ("Ironwood Benefit Administrators", "Spokane", "WA", "99201"),
    ("Blue Heron Health Plan", "Savannah", "GA", "31401"),
    ("Cornerstone Dental & Health Benefits", "Wichita", "KS", "67202"),
    ("Summitview Health Insurance Company", "Denver", "CO", "80202"),
    ("Larchmont Health Partners", "Albany", "NY", "12207"),
    ("Bayou Community Health Plan", "Baton Rouge", "LA", "70801"),
    ("Quartzite Health Plans", "Tucson", "AZ", "85701"),
    ("Prairie State Public Employees Benefit Program", "Springfield", "IL", "62701"),
    ("Northgate Plan Services", "Portland", "ME", "04101"),
]
PLAN_NAMES = {  # (plan name, plan type) per family; None where the notice prints none
    0: (None, None),
    1: ("Highgate Choice Plus PPO", "PPO"),
    2: ("Family Health Medicaid", None),
    3: ("Ironwood Employee Health Plan PPO", "PPO"),
    5: ("Cornerstone Complete EPO", "EPO"),
    6: ("Summitview Advantage HMO", "HMO"),
    7: ("Larchmont Essential EPO", "EPO"),
    8: ("Bayou Healthy Families", None),
    10: ("State Employees Health Plan PPO", "PPO"),
    11: ("Northgate Employer Health Plan POS", "POS"),
}  # a plan printed "Name TYPE" is named with its type, as the shipped samples name it
FUNDING_TEXT = {
    0: "This notice is from Medicare. {payer} processes Medicare claims in your area.",
    1: "Your coverage is insured by {payer}.",
    2: "This notice is about your Medicaid coverage from the {payer}.",
    3: "Your employer, {sponsor}, self-funds this plan; {payer} is the claims administrator "
    "and does not insure it.",
    5: "Your plan is an insured group policy issued by {payer}.",
    6: "Your benefits are insured by {payer}.",
    8: "{payer} is a Medicaid managed care plan.",
    10: "This is a governmental plan sponsored by the State for its employees.",
    11: "This is a self-funded plan of {sponsor}; {payer} is its third-party administrator "
    "and is not an insurer.",
}
NO_ADDRESS = {"portal"}  # a printout from a website prints no mailing address
SPONSORS = {3: "Cascade Timber Works, Inc.", 11: "Harbor Light Hospitality Group"}


# --------------------------------------------------------------------------
# The record


_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    r = rng.randrange
    shapes = {
        0: lambda: f"26-{_digits(rng, 5)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        1: lambda: f"26 {_digits(rng, 4)} {_digits(rng, 4)} {r(10, 99)}",
        2: lambda: f"{_digits(rng, 13)}",
        3: lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}",
        4: lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
        5: lambda: f"{_digits(rng, 4)}-{_digits(rng, 6)}",
        6: lambda: f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}",
        7: lambda: f"2026-{r(100, 999)}-{_digits(rng, 6)}",
        8: lambda: f"{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 3)}",
        9: lambda: f"E{_digits(rng, 10)}",
        10: lambda: f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        11: lambda: f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    def mbi() -> str:
        a = _letters(rng, 2)
        return f"{r(1, 9)}{a[0]}{r(0, 9)}{r(0, 9)}-{a[1]}{_letters(rng, 1)}{r(0, 9)}-{_letters(rng, 2)}{_digits(rng, 2)}"

    r = rng.randint
    shapes = {
        0: mbi,
        1: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        2: lambda: _digits(rng, 10),
        3: lambda: f"{_digits(rng, 9)}-0{r(1, 3)}",
        5: lambda: f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
        6: lambda: f"{_letters(rng, 1)}{_digits(rng, 8)} 0{r(1, 4)}",
        7: lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        8: lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
        10: lambda: f"{_letters(rng, 1)}-{_digits(rng, 8)}",
        11: lambda: f"{_letters(rng, 3)}{_digits(rng, 6)}{r(10, 99)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    if fam.kind != "eob" or fam.id in (0, 8):
        return None
    shapes = {
        1: lambda: f"{_digits(rng, 6)}-{_digits(rng, 3)}",
        3: lambda: f"GRP {_digits(rng, 5)}",
        5: lambda: f"{_digits(rng, 7)}",
        6: lambda: f"{_letters(rng, 1)}{_digits(rng, 5)}",
        10: lambda: f"{_digits(rng, 5)}{_letters(rng, 2)}",
        11: lambda: f"{_letters(rng, 3)}-{_digits(rng, 4)}",
    }
    return shapes[fam.id]()


def _category(fam: Family, rng: random.Random, n: int, i: int) -> str | None:
    if n == fam.paid_doc or (fam.mixed and i == 0):
        return None
    return fam.categories[(n + i - fam.mixed) % len(fam.categories)]


def _doc(fam: Family, n: int, rng: random.Random, own: random.Random) -> g.Doc:
    payer = PAYERS[fam.id][0]
    phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
    notice = date(2026, 2, 2) + timedelta(days=rng.randrange(0, 270))
    doc = ls.notice_doc(f"w{fam.id:02d}_{fam.layout}_{n}", fam, PAYERS[fam.id],
                        f"PO Box {own.randrange(1000, 99999)}", phone, notice, rng,
                        nv._person(rng), lambda: _member_id(fam, rng), nv.STREETS,
                        rng.choice(nv.CITIES))  # fmt: skip
    if fam.layout in NO_ADDRESS:
        doc.member_addr, doc.member_state = [], None
    if fam.kind != "remit":
        doc.plan_name, doc.plan_type = PLAN_NAMES[fam.id]
        doc.group = _group(fam, rng)
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    doc.extra["x"] = nv.Extra(
        payee=rng.choice(nv.PROVIDERS[::2]),
        payee_npi=g.make_npi(f"1{_digits(rng, 8)}"),
        trace=f"{_digits(rng, 3)}{_letters(rng, 3)}{_digits(rng, 5)}",
        reference=f"NOA-{_digits(rng, 4)}-{_digits(rng, 5)}",
    )
    return doc


def _claim(fam: Family, rng: random.Random, doc: g.Doc, i: int, n: int, patient: str,
           dos0: date, dx_pool: list[str]) -> g.ClaimRec:  # fmt: skip
    cat = _category(fam, rng, n, i)
    lines = []
    for j in range(rng.randint(*fam.lines)):
        code = rng.choice(fam.services)
        day = 0 if fam.one_day else 7 * j
        ln = nv._line(fam, rng, dos0 + timedelta(days=day + 3 * i), code,
                      rng.choice(dx_pool), cat)  # fmt: skip
        if fam.modifiers and code != "S9443" and rng.random() < 0.6:
            ln.modifiers = [rng.choice(MODIFIERS)]
        lines.append(ln)
    claim = g.ClaimRec(
        number=_claim_number(fam, rng),
        patient=patient,
        provider=None if fam.kind == "remit" else rng.choice(nv.PROVIDERS),
        lines=lines,
        categories=[cat] if cat else [],
    )
    if fam.npi:
        claim.npi = g.make_npi(f"1{_digits(rng, 8)}")
    if fam.network:
        claim.network = "out" if cat == "out_of_network" else "in"
    if fam.kind == "letter" and cat:
        claim.reason = REASONS[cat]
    return claim


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-wild-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-wild-family-{fam.id}")
    doc = _doc(fam, n, rng, own)
    extra: nv.Extra = doc.extra["x"]
    member = doc.member_name
    patients = [member]
    if fam.infant:
        infant = f"{rng.choice(nv.INFANTS)} {member.split()[-1]}"
        patients = [member, infant]
        extra.relationship = {member: "Self", infant: "Child"}
    span = 7 * (fam.lines[1] - 1) + 3 * (fam.claims[1] - 1)
    dos0 = doc.notice_date - timedelta(days=span + rng.randrange(12, 60))
    for i in range(rng.randint(*fam.claims)):
        patient = nv._person(rng) if fam.kind == "remit" else patients[i % len(patients)]
        pool = nv.INFANT_DX if patient != member and fam.infant else nv.MOTHER_DX
        claim = _claim(fam, rng, doc, i, n, patient, dos0, pool)
        extra.accounts[claim.number] = f"{_letters(rng, 2)}{_digits(rng, 5)}"
        if fam.kind == "remit":
            claim.member_id = f"{_letters(rng, 3)}{_digits(rng, 8)}"
        doc.claims.append(claim)
    if fam.infant:
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(nv.MEANINGS)
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone = u._m, u._phone
_codes, _status, _address = nv._line_codes, nv._status, ls.address


def _code(ln: g.Line) -> str:
    """``99403-33`` (a modifier after a dash), ``S9443``."""
    return "-".join([ln.code, *ln.modifiers])


def _plan(doc: g.Doc) -> str | None:
    return doc.plan_name


def _panel(fam: Family, pdf: g.Pdf, cells: list[tuple[str, str | None]], per_row: int,
           x: float | None = None, width: float | None = None, h: float = 24) -> None:  # fmt: skip
    """A boxed panel: ruled cells, each a small label above its value."""
    cells = [(k, v) for k, v in cells if v]
    x = pdf.margin if x is None else x
    width = width or pdf.w - x - pdf.margin
    w = width / per_row
    rows = -(-len(cells) // per_row)
    pdf.need(h * rows)
    pdf.c.setLineWidth(0.7)
    pdf.c.rect(x, pdf.y - h * rows, width, h * rows, stroke=1, fill=0)
    for i, (label, value) in enumerate(cells):
        row, col = divmod(i, per_row)
        cx, top = x + col * w, pdf.y - row * h
        pdf.c.setLineWidth(0.4)
        pdf.c.rect(cx, top - h, w, h, stroke=1, fill=0)
        pdf.text(cx + 4, top - 8, label, fam.font, 6.5)
        pdf.text(cx + 4, top - h + 5, value, fam.bold, ls.fit(value, fam.bold, fam.size, w - 8))
    pdf.y -= h * rows + 8


def _summary(fam: Family, pdf: g.Pdf, labels: list[str], values: list[str], shade=GREY) -> None:
    """A multi-column summary panel: a row of labels over a row of large values."""
    width = pdf.w - 2 * pdf.margin
    w = width / len(labels)
    h = fam.size * 4.2
    pdf.need(h + 4)
    pdf.c.setFillColor(shade)
    pdf.c.rect(pdf.margin, pdf.y - h, width, h, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        cx = pdf.margin + k * w + w / 2
        pdf.text(cx, pdf.y - fam.size * 1.4, label, fam.font, fam.size - 0.5, align="center")
        pdf.text(cx, pdf.y - fam.size * 3.3, value, fam.bold, fam.size + 3, align="center")
    pdf.y -= h + 8


def _notes(doc: g.Doc, start: int = 0, marks: str = "ABCDEFGHJKLMNP") -> dict[str, str]:
    return {c: marks[start + i] for i, (c, _) in enumerate(nv._meaning_lines(doc))}


# --------------------------------------------------------------------------
# The dev layouts


def draw_msn(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicare Summary Notice-style statement: a dashboard, then each provider's claim."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, "Summary Notice", bold, 16)
    pdf.text(pdf.margin, top - 27, "for Medical Insurance (Part B)", font, 9)
    pdf.text(pdf.w - pdf.margin, top - 14, "THIS IS NOT A BILL", bold, 11, align="right")
    pdf.y = top - 44
    y0 = pdf.y
    _address(fam, pdf, doc)
    pdf.line(f"Notice for {doc.member_name}", bold, size + 1)
    left_y = pdf.y
    pdf.y = y0
    x = pdf.w / 2 + 10
    claims_from = min(ln.dos for c in doc.claims for ln in c.lines)
    _panel(fam, pdf, [("Medicare Number", doc.member_id),
                      ("Date of This Notice", fam.dates(doc.notice_date)),
                      ("Claims Processed Between", f"{g.d_mon(claims_from)} - "
                                                    f"{g.d_mon(doc.notice_date)}")],
           1, x=x, h=26)  # fmt: skip
    denied = sum(1 for c in doc.claims for ln in c.lines if c.denied)
    pdf.text(x, pdf.y - size, f"Did Medicare Approve All Services?  {'NO' if denied else 'YES'}",
             bold, size)  # fmt: skip
    pdf.y = min(pdf.y - 2 * size, left_y)
    pdf.para(doc.funding_text, font, size)
    pdf.para(f"Customer Service Information: call {_phone(doc, 'one')} or write to "
             f"{doc.payer_name}, {', '.join(doc.payer_addr)}.", font, size, after=8)  # fmt: skip
    notes = _notes(doc)
    titles = ["Service Provided & Billing Code", "Service\nApproved?", "Amount\nProvider\nCharged",
              "Medicare-\nApproved\nAmount", "Amount\nMedicare\nPaid",
              "Maximum\nYou May\nBe Billed", "See\nNotes"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(6)
        pdf.need(90)
        first = claim.lines[0].dos
        pdf.line(f"{fam.dates(first)}", bold, size + 1.5)
        pdf.line(f"{claim.provider}, NPI {claim.npi}", font, size)
        pdf.line(f"Claim number {claim.number}", font, size)
        rows = [[f"{ln.desc} ({_code(ln)})", "NO" if claim.denied else "YES",
                 _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 ", ".join(notes[c] for c in _codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Total for this claim", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [200, 52, 60, 60, 60, 60, 40], {2, 3, 4, 5}), rows,
                  font=font, bold=bold, size=size - 0.5, header_bg=GREY, ruled=False,
                  bold_rows={len(rows) - 1})  # fmt: skip
    u._key(fam, pdf, doc, "Notes for Claims Above", lambda c: f"{notes[c]}  ({c})", sep="  ",
           space=8)  # fmt: skip


def draw_portal(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A member-portal "Claim Detail" printout: a summary panel per claim, a service table."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 6, f"{d_yy(doc.notice_date)}, 9:41 AM", font, 6.5)
    pdf.text(pdf.w / 2, top - 6, "Claim Detail | Member Site", font, 6.5, align="center")
    pdf.text(pdf.margin, top - 26, doc.payer_name, bold, 13)
    pdf.text(pdf.w - pdf.margin, top - 26, f"Questions? {_phone(doc)}", font, size,
             align="right")  # fmt: skip
    pdf.text(pdf.margin, top - 38, "Home  >  Claims  >  Claim Detail", font, 7)
    pdf.y = top - 50
    pdf.rule(0.8)
    pdf.space(8)
    pdf.line(f"{doc.member_name}  |  Member ID {doc.member_id}  |  Group {doc.group}", bold,
             size + 0.5)  # fmt: skip
    pdf.line(f"{_plan(doc)}  |  {', '.join(doc.payer_addr)}", font, size)
    pdf.line(f"Processed {fam.dates(doc.notice_date)}. {doc.funding_text}", font, size,
             gap=size * 2)  # fmt: skip
    for claim in doc.claims:
        pdf.need(150)
        net = "In-network" if claim.network == "in" else "Out-of-network"
        pdf.line(f"Claim {claim.number}", bold, size + 3, gap=size * 2)
        pdf.line(f"Patient: {claim.patient}     Provider: {claim.provider} ({net})     "
                 f"Status: {_status(claim)}", font, size)  # fmt: skip
        pdf.line(f"Date of service: {fam.dates(claim.lines[0].dos)}", font, size, gap=size * 1.8)
        discount = sum((ln.not_covered for ln in claim.lines), ZERO)
        _summary(fam, pdf, ["Amount billed", "Your plan discount", "What your plan paid",
                            "What you owe"],
                 [_m(fam, claim.total("billed")), fam.money(discount),
                  _m(fam, claim.total("paid")), _m(fam, claim.total("owe"))])  # fmt: skip
        titles = ["Service", "Date", "Amount\nbilled", "Plan\ndiscount", "Allowed\namount",
                  "Plan\npaid", "Deductible", "Copay", "Coinsurance", "What you\nowe", "Code"]  # fmt: skip
        rows = [[f"{_code(ln)} {ln.desc}", fam.dates(ln.dos), _m(fam, ln.billed),
                 fam.money(ln.not_covered), _m(fam, ln.allowed), _m(fam, ln.paid),
                 fam.money(ln.deductible), fam.money(ln.copay), fam.money(ln.coins),
                 _m(fam, ln.owe), " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        pdf.table(u._cols(pdf, titles, [150, 44, 48, 48, 48, 46, 50, 40, 54, 48, 50],
                          set(range(2, 10))), rows, font=font, bold=bold, size=size - 0.5,
                  ruled=False, header_bg=None)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "What the codes mean", space=6)


def draw_agency(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A state Medicaid agency's notice of action: every fact of the claim in a sentence."""
    x: nv.Extra = doc.extra["x"]
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.text(pdf.w / 2, pdf.h - 50, f"STATE OF {PAYERS[fam.id][2]}", bold, 11, align="center")
    pdf.text(pdf.w / 2, pdf.h - 64, doc.payer_name.upper(), bold, 13, align="center")
    pdf.text(pdf.w / 2, pdf.h - 77, f"{', '.join(doc.payer_addr)}  -  {_phone(doc)}", font, 9,
             align="center")  # fmt: skip
    pdf.y = pdf.h - 100
    pdf.line("NOTICE OF ACTION", bold, 13, x=pdf.w / 2 - 55, gap=22)
    pdf.line(f"Notice date: {fam.dates(doc.notice_date)}", font, size)
    pdf.line(f"Notice number: {x.reference}", font, size, gap=size * 2)
    _address(fam, pdf, doc)
    pdf.line(f"Recipient ID: {doc.member_id}", font, size)
    pdf.line(f"Program: {doc.plan_name}", font, size, gap=size * 2)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(doc.funding_text, font, size, after=6)
    ln0 = claim.lines[0]
    pdf.para(
        f"On {fam.dates(ln0.dos)}, you received services from {claim.provider} (provider "
        f"number {claim.npi}). The provider sent us a claim for these services, claim number "
        f"{claim.number}. We have decided not to pay this claim.",
        font, size, after=6,
    )  # fmt: skip
    for ln in claim.lines:
        pdf.para(f"The service on {fam.dates(ln.dos)} was {ln.desc.lower()}, procedure code "
                 f"{_code(ln)}, with a charge of {_m(fam, ln.billed)}. The diagnosis on the "
                 f"claim was {', '.join(ln.dx)}.", font, size, after=4)  # fmt: skip
    if len(claim.lines) > 1:
        pdf.para(f"The charges on the claim came to {_m(fam, claim.total('billed'))} in all.",
                 font, size, after=4)  # fmt: skip
    pdf.space(4)
    pdf.line("Why are we taking this action?", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=10)
    pdf.line("Your right to a fair hearing", bold, size + 0.5)
    pdf.para(
        "If you do not agree with this action, you may ask for a fair hearing within 90 days "
        "of the date of this notice. You may speak for yourself or have someone speak for you.",
        font, size, after=6,
    )  # fmt: skip


def draw_panel(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A TPA's self-funded plan EOB: member, ID, group and plan in a boxed panel; CR amounts."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 14)
    pdf.text(pdf.margin, top - 26, f"{doc.payer_addr[0]}  {doc.payer_addr[1]}", font, 8)
    pdf.text(pdf.margin, top - 36, f"Customer Service {_phone(doc, 'dots')}", font, 8)
    pdf.text(pdf.w - pdf.margin, top - 14, "EXPLANATION OF BENEFITS", bold, 11, align="right")
    pdf.y = top - 52
    _address(fam, pdf, doc)
    _panel(fam, pdf, [("EMPLOYEE", doc.member_name), ("MEMBER ID", doc.member_id),
                      ("GROUP", doc.group), ("PLAN", _plan(doc)),
                      ("STATEMENT DATE", fam.dates(doc.notice_date)),
                      ("EMPLOYER", SPONSORS[fam.id])], 3)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Dates of\nservice", "Procedure", "Charges", "Discount", "Not\ncovered",
              "Allowed", "Deductible", "Co-ins", "Paid by\nplan", "Member\nresp.", "Rmk"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.c.setFillColor(DARK)
        pdf.c.rect(pdf.margin, pdf.y - 14, pdf.w - 2 * pdf.margin, 14, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        rel = doc.extra["x"].relationship.get(claim.patient, "")
        pdf.text(pdf.margin + 4, pdf.y - 10, f"Patient: {claim.patient} ({rel})    Claim: "
                 f"{claim.number}    Provider: {claim.provider}", bold, size)  # fmt: skip
        pdf.y -= 16
        rows = []
        for ln in claim.lines:
            disc = ln.not_covered if ln.paid else ZERO
            excl = ln.billed if not ln.paid else ZERO
            rows.append([f"{fam.dates(ln.dos)} - {fam.dates(ln.dos)}", ln.code,
                         _m(fam, ln.billed), cr(disc), cr(excl), _m(fam, ln.allowed),
                         fam.money(ln.deductible), fam.money(ln.coins + ln.copay),
                         _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))])  # fmt: skip
        rows.append(["CLAIM TOTAL", "", _m(fam, claim.total("billed")), "", "",
                     _m(fam, claim.total("allowed")), "", "", _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [110, 48, 50, 50, 50, 48, 50, 40, 48, 48, 40],
                          set(range(2, 10))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=GREY, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "REMARKS", sep="  ", space=4)


def draw_status(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider-facing claim status printout: one block of label/value pairs per claim."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line("CLAIM STATUS INQUIRY - RESULTS", bold, 11, gap=15)
    pdf.line(f"Payer: {doc.payer_name}   {', '.join(doc.payer_addr)}", font, size)
    pdf.line(f"Provider Services: {_phone(doc)}   Inquiry date: {fam.dates(doc.notice_date)}",
             font, size)  # fmt: skip
    pdf.line(f"Billing provider: {x.payee}   NPI: {x.payee_npi}", font, size, gap=size * 2.4)
    for claim in doc.claims:
        pdf.need(size * 14)
        pdf.rule(0.4)
        pdf.space(4)
        ln0, last = claim.lines[0], claim.lines[-1]
        status = "DENIED" if claim.denied and not claim.total("paid") else "PAID"
        pairs = [("Claim #", claim.number), ("Status", status),
                 ("Patient", claim.patient.split()[-1].upper() + ", " +
                  claim.patient.split()[0].upper()),
                 ("Subscriber ID", claim.member_id), ("Patient acct #", x.accounts[claim.number]),
                 ("DOS", f"{fam.dates(ln0.dos)} - {fam.dates(last.dos)}"),
                 ("Total billed", _m(fam, claim.total("billed"))),
                 ("Total paid", _m(fam, claim.total("paid"))),
                 ("Patient resp", _m(fam, claim.total("owe")))]  # fmt: skip
        for k in range(0, len(pairs), 3):
            text = "   ".join(f"{lab}: {val}" for lab, val in pairs[k : k + 3])
            pdf.line(text, font, size)
        pdf.space(3)
        pdf.line(f"  {'LN':<4}{'FROM':<10}{'PROC':<10}{'UNITS':<7}{'CHARGE':>9}{'ALLOWED':>9}"
                 f"{'PAID':>9}   ADJ", bold, size - 0.5)  # fmt: skip
        for k, ln in enumerate(claim.lines, 1):
            adj = "  ".join(f"{a.key} ({_m(fam, a.amount)})" for a in ln.adj)
            pdf.line(f"  {k:<4}{fam.dates(ln.dos):<10}{ln.code:<10}{ln.units!s:<7}"
                     f"{_m(fam, ln.billed):>9}{_m(fam, ln.allowed):>9}{_m(fam, ln.paid):>9}   "
                     f"{adj}", font, size - 0.5)  # fmt: skip
            for r in ln.rarc:
                pdf.line(f"      Remark {r}: {doc.meanings[r]}", font, size - 1)
        for code in g.claim_codes(claim):
            if "-" in code:
                pdf.line(f"  Reason {code}: {doc.meanings[code]}", font, size - 1)
        pdf.space(size)


def draw_dental(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A dental-style benefit statement: subscriber block, then a wide service table."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 13)
    pdf.text(pdf.margin, top - 26, f"{' / '.join(doc.payer_addr)}   Tel {_phone(doc)}", font, 8)
    pdf.text(pdf.w - pdf.margin, top - 14, "Explanation of Benefits", bold, 12, align="right")
    pdf.text(pdf.w - pdf.margin, top - 26, "THIS IS NOT A BILL", font, 8, align="right")
    pdf.y = top - 44
    y0 = pdf.y
    _address(fam, pdf, doc)
    left = pdf.y
    pdf.y = y0
    x0 = pdf.w / 2 + 20
    for label, value in (("Date", fam.dates(doc.notice_date)), ("Subscriber", doc.member_name),
                         ("Subscriber ID", doc.member_id), ("Group No.", doc.group),
                         ("Plan", _plan(doc))):  # fmt: skip
        pdf.text(x0, pdf.y - size, f"{label}:", font, size)
        pdf.text(x0 + 70, pdf.y - size, value, bold, size)
        pdf.y -= size * 1.5
    pdf.y = min(pdf.y, left) - 6
    pdf.para(doc.funding_text, font, size, after=6)
    notes = _notes(doc, marks="123456789")
    titles = ["Svc date", "Proc\ncode", "Description", "Submit\namount", "Fee\nadjust",
              "Approved\namount", "Deduct\napplied", "Plan\npays", "Patient\npays", "Msg"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"Patient: {claim.patient}   Relationship: Self   Claim no.: {claim.number}",
                 bold, size)  # fmt: skip
        pdf.line(f"Treating provider: {claim.provider}   NPI: {claim.npi}", font, size)
        rows = [[fam.dates(ln.dos), _code(ln), ln.desc, _m(fam, ln.billed),
                 fam.money(ln.not_covered), _m(fam, ln.allowed), fam.money(ln.deductible),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(notes[c] for c in _codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["", "", "Totals", _m(fam, claim.total("billed")), "",
                     _m(fam, claim.total("allowed")), "", _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [62, 50, 150, 48, 44, 50, 44, 44, 48, 30],
                          set(range(3, 9))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=DARK, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Message codes", lambda c: f"{notes[c]}  {c}", sep="  ")


# --------------------------------------------------------------------------
# The check layouts


def draw_glance(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A commercial EOB: "Your claims at a glance", then each claim's services."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 16, doc.payer_name, bold, 15)
    pdf.text(pdf.w - pdf.margin, top - 16, "Explanation of Benefits", bold, 12, align="right")
    pdf.text(pdf.w - pdf.margin, top - 29, "This is not a bill.", font, 8.5, align="right")
    pdf.text(pdf.margin, top - 29, ", ".join(doc.payer_addr), font, 8.5)
    pdf.y = top - 46
    y0 = pdf.y
    _address(fam, pdf, doc)
    left = pdf.y
    pdf.y = y0
    _panel(fam, pdf, [("Member", doc.member_name), ("Member ID", doc.member_id),
                      ("Group #", doc.group), ("Plan", _plan(doc)),
                      ("Date prepared", fam.dates(doc.notice_date))], 2,
           x=pdf.w / 2, h=22)  # fmt: skip
    pdf.y = min(pdf.y, left)
    pdf.para(f"{doc.funding_text} Questions? Call {_phone(doc, 'one')}.", font, size, after=8)
    billed = sum((c.total("billed") for c in doc.claims), ZERO)
    paid = sum((c.total("paid") for c in doc.claims), ZERO)
    owe = sum((c.total("owe") for c in doc.claims), ZERO)
    pdf.line("Your claims at a glance", bold, size + 3, gap=size * 2.2)
    _summary(fam, pdf, ["Providers billed", "Your plan paid", "You may owe"],
             [fam.money(billed), fam.money(paid), fam.money(owe)])  # fmt: skip
    titles = ["Service description", "Service date", "Provider\ncharged", "Plan\ndiscount",
              "Allowed", "Plan paid", "You owe", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        net = "in network" if claim.network == "in" else "out of network"
        pdf.line(f"Claim ID: {claim.number}", bold, size + 1.5, gap=size * 1.8)
        pdf.line(f"For {claim.patient}, from {claim.provider} ({net})", font, size)
        rows = [[f"{ln.desc} ({_code(ln)})", fam.dates(ln.dos), _m(fam, ln.billed),
                 usd_parens(ln.not_covered if ln.paid else ZERO), _m(fam, ln.allowed),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Claim total", "", _m(fam, claim.total("billed")), "",
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [190, 86, 56, 56, 52, 52, 52, 60], {2, 3, 4, 5, 6}),
                  rows, font=font, bold=bold, size=size - 0.5, ruled=False, header_bg=GREY,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(6)
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def draw_sentences(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A plan's letter: the member panel at the top right, the claim told in sentences."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 15)
    pdf.text(pdf.margin, top - 28, ", ".join(doc.payer_addr), font, 9)
    pdf.text(pdf.margin, top - 40, f"Member Services {_phone(doc)}", font, 9)
    pdf.y = top - 60
    y0 = pdf.y
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    _address(fam, pdf, doc)
    left = pdf.y
    pdf.y = y0
    _panel(fam, pdf, [("Member ID", doc.member_id), ("Plan", _plan(doc)),
                      ("Claim number", claim.number)], 1, x=pdf.w - pdf.margin - 190,
           width=190, h=23)  # fmt: skip
    pdf.y = min(pdf.y, left) - 4
    pdf.line(f"RE: Your claim for services on {fam.dates(claim.lines[0].dos)}", bold, size,
             gap=size * 2)  # fmt: skip
    pdf.line(f"Dear {doc.member_name},", font, size, gap=size * 1.8)
    ln0 = claim.lines[0]
    pdf.para(
        f"On {fam.dates(ln0.dos)}, {claim.patient} received {ln0.desc.lower()} (code "
        f"{_code(ln0)}) from {claim.provider}, NPI {claim.npi}. The provider billed "
        f"{_m(fam, ln0.billed)} for this service.",
        font, size, after=6,
    )  # fmt: skip
    for ln in claim.lines[1:]:
        pdf.para(f"A second visit on {fam.dates(ln.dos)} was billed as code {_code(ln)} for "
                 f"{_m(fam, ln.billed)}.", font, size, after=6)  # fmt: skip
    if len(claim.lines) > 1:
        pdf.para(f"The total billed on the claim was {_m(fam, claim.total('billed'))}.", font,
                 size, after=6)  # fmt: skip
    pdf.para(
        f"We reviewed claim {claim.number} and we are not able to pay it. {claim.reason}",
        font, size, after=6,
    )  # fmt: skip
    dx = ", ".join(g._uniq(d for ln in claim.lines for d in ln.dx))
    pdf.para(f"The diagnosis codes on the claim were {dx}.", font, size, after=10)
    pdf.line("If you disagree", bold, size + 0.5)
    pdf.para(
        "You may ask us to review this decision. Send your appeal within 180 days of the day "
        "you receive this letter, with any records your provider can give you.",
        font, size, after=6,
    )  # fmt: skip
    pdf.line("Sincerely,", font, size)
    pdf.line("Claims Review Unit", font, size)


def draw_mcodenial(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid managed-care notice of denied payment: a table of services, reasons coded."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.text(pdf.w / 2, pdf.h - 48, doc.payer_name, bold, 14, align="center")
    pdf.text(pdf.w / 2, pdf.h - 61, f"{doc.payer_addr[0]}, {doc.payer_addr[1]}  |  "
             f"Member Services: {_phone(doc)}", font, 8.5, align="center")  # fmt: skip
    pdf.y = pdf.h - 84
    pdf.line("NOTICE OF DENIAL OF PAYMENT", bold, 12, x=pdf.w / 2 - 95, gap=20)
    _address(fam, pdf, doc)
    for label, value in (("Date", fam.dates(doc.notice_date)), ("Member", doc.member_name),
                         ("Medicaid ID #", doc.member_id), ("Plan", doc.plan_name),
                         ("Reference #", x.reference)):  # fmt: skip
        pdf.text(pdf.margin, pdf.y - size, label, font, size)
        pdf.text(pdf.margin + 90, pdf.y - size, value, bold, size)
        pdf.y -= size * 1.55
    pdf.space(6)
    pdf.para(doc.funding_text + " We will not pay for the services listed below.", font, size)
    titles = ["Claim #", "Provider", "Date of\nservice", "Procedure", "Amount\nbilled",
              "Amount\npaid", "Reason\ncode"]  # fmt: skip
    rows = []
    for claim in doc.claims:
        for ln in claim.lines:
            rows.append([claim.number, f"{claim.provider} ({claim.npi})", fam.dates(ln.dos),
                         _code(ln), _m(fam, ln.billed), _m(fam, ln.paid),
                         " ".join(_codes(ln))])  # fmt: skip
    pdf.table(u._cols(pdf, titles, [88, 170, 56, 56, 56, 50, 60], {4, 5}), rows, font=font,
              bold=bold, size=size - 0.5, header_bg=GREY)  # fmt: skip
    pdf.space(6)
    pdf.line("What the reason codes mean", bold, size)
    for code in u._used(doc):
        pdf.para(f"{code}  {doc.meanings[code]}", font, size - 0.5, after=1)
    pdf.space(6)
    pdf.line("You have the right to appeal", bold, size)
    pdf.para("You may ask for an appeal within 60 days of the date of this notice. After the "
             "appeal, you may ask for a State Fair Hearing.", font, size)  # fmt: skip


def draw_claimlist(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's claim list printed from a payer portal: one row per claim."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, bold, 12)
    pdf.text(pdf.margin, top - 24, f"Provider Portal  -  Claims  -  {', '.join(doc.payer_addr)}"
             f"  -  {_phone(doc, 'dots')}", font, 7.5)  # fmt: skip
    pdf.text(pdf.w - pdf.margin, top - 12, f"Printed {fam.dates(doc.notice_date)}", font, 8,
             align="right")  # fmt: skip
    pdf.y = top - 36
    pdf.line(f"Provider: {x.payee}   NPI {x.payee_npi}", bold, size + 0.5, gap=size * 2)
    titles = ["Patient name", "Member ID", "Claim no.", "From", "Proc", "Billed", "Allowed",
              "Paid", "Pt resp", "Adjusted", "Status", "Reason"]  # fmt: skip
    rows = []
    for claim in doc.claims:
        ln = claim.lines[0]
        adj = sum((a.amount or ZERO for a in ln.adj if a.group != "PR"), ZERO)
        rows.append([claim.patient, claim.member_id, claim.number, fam.dates(ln.dos), ln.code,
                     _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                     usd_parens(adj), "Denied" if claim.denied else "Paid",
                     " ".join(_codes(ln))])  # fmt: skip
    pdf.table(u._cols(pdf, titles, [88, 62, 62, 50, 36, 44, 44, 40, 40, 46, 36, 60],
                      set(range(5, 10))), rows, font=font, bold=bold, size=size,
              header_bg=DARK, zebra=GREY, ruled=False)  # fmt: skip
    pdf.space(8)
    pdf.line("Reason and remark codes", bold, size + 0.5)
    for code in u._used(doc):
        pdf.line(f"{code}: {doc.meanings[code]}", font, size)


def draw_benefits(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An employer plan's benefit statement: enrollee panel, then one table per claim."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.w / 2, top - 14, doc.payer_name, bold, 13, align="center")
    pdf.text(pdf.w / 2, top - 27, f"{', '.join(doc.payer_addr)} - {_phone(doc)}", font, 8.5,
             align="center")  # fmt: skip
    pdf.text(pdf.w / 2, top - 44, "BENEFIT STATEMENT", bold, 12, align="center")
    pdf.y = top - 60
    _address(fam, pdf, doc)
    _panel(fam, pdf, [("Enrollee", doc.member_name), ("Enrollee ID", doc.member_id),
                      ("Group", doc.group), ("Plan", _plan(doc)),
                      ("Statement date", fam.dates(doc.notice_date))], 5, h=24)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    notes = _notes(doc, marks="abcdefghjk")
    titles = ["Date", "Service", "Code", "Charge", "Covered", "Ineligible", "Benefit\npaid",
              "Your\nportion", "Exp"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(100)
        pdf.line(f"Claim {claim.number}  |  Patient {claim.patient}  |  {claim.provider}  "
                 f"|  NPI {claim.npi}", bold, size)  # fmt: skip
        rows = [[fam.dates(ln.dos), ln.desc, _code(ln), _m(fam, ln.billed), _m(fam, ln.allowed),
                 fam.money(ln.not_covered), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(notes[c] for c in _codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Total", "", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), "", _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [76, 170, 50, 50, 50, 52, 50, 50, 30], set(range(3, 8))),
                  rows, font=font, bold=bold, size=size - 0.5, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Explanation codes", lambda c: f"{notes[c]} = {c}", sep="  ")


def draw_grid(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A TPA's landscape grid of claims: a boxed header panel, every service on one row."""
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name.upper(), bold, 12)
    pdf.text(pdf.margin, top - 23, f"{' '.join(doc.payer_addr)}  PH {_phone(doc)}", font, 7.5)
    pdf.text(pdf.w - pdf.margin, top - 12, "EXPLANATION OF BENEFITS", bold, 11, align="right")
    pdf.y = top - 36
    _address(fam, pdf, doc, x=pdf.margin)
    _panel(fam, pdf, [("PARTICIPANT", doc.member_name), ("PARTICIPANT ID", doc.member_id),
                      ("GROUP NO", doc.group), ("PLAN", _plan(doc)),
                      ("EOB DATE", fam.dates(doc.notice_date)),
                      ("PLAN SPONSOR", SPONSORS[fam.id])], 6, h=22)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=6)
    titles = ["PATIENT", "CLAIM NO", "PROVIDER", "NTWK", "SVC DATE", "CPT/HCPCS", "BILLED",
              "PPO\nSAVINGS", "INELIGIBLE", "ALLOWED", "PLAN\nPAID", "PATIENT\nOWES", "CD"]  # fmt: skip
    rows, bold_rows = [], set()
    for claim in doc.claims:
        for k, ln in enumerate(claim.lines):
            rows.append([claim.patient if k == 0 else "", claim.number if k == 0 else "",
                         claim.provider if k == 0 else "",
                         ("IN" if claim.network == "in" else "OUT") if k == 0 else "",
                         fam.dates(ln.dos), _code(ln), _m(fam, ln.billed),
                         cr(ln.not_covered if ln.paid else ZERO),
                         cr(ZERO if ln.paid else ln.billed), _m(fam, ln.allowed),
                         _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))])  # fmt: skip
        bold_rows.add(len(rows))
        rows.append(["", "", "CLAIM TOTAL", "", "", "", _m(fam, claim.total("billed")), "", "",
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
    pdf.table(u._cols(pdf, titles, [92, 66, 118, 30, 50, 56, 48, 56, 56, 48, 48, 56, 52],
                      set(range(6, 12))), rows, font=font, bold=bold, size=size - 0.5,
              header_bg=GREY, bold_rows=bold_rows)  # fmt: skip
    u._key(fam, pdf, doc, "CODE DESCRIPTIONS", sep="  ", space=8)


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "msn": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "portal": (_AMOUNTS | {"modifiers"}, {"billed", "paid", "owe"}),
    "agency": ({"billed", "dx", "modifiers"}, {"billed"}),
    "panel": (_AMOUNTS, _AMOUNTS),
    "status": ({"billed", "allowed", "paid", "units", "adj_amount"}, {"billed", "paid", "owe"}),
    "dental": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "glance": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "sentences": ({"billed", "dx", "modifiers"}, {"billed"}),
    "mcodenial": ({"billed", "paid", "modifiers"}, set()),
    "claimlist": (_AMOUNTS, set()),
    "benefits": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "grid": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
}
FOOTERS = {
    "msn": "Medicare Summary Notice - keep this notice for your records",
    "portal": "Printed from the member website. This is not a bill.",
    "panel": "Keep this statement for your tax records.",
    "glance": "Explanation of Benefits - this is not a bill",
    "benefits": "Benefit statement - keep for your records",
    "grid": "THIS IS NOT A BILL - RETAIN FOR YOUR RECORDS",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


SET = ls.LayoutSet("wild", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=nv.scanned, text=nv._text,
                   more_checks=ls.reasons_printed(nv.MEANINGS), capitals=True)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
