"""The novel set: payer layouts made for an untuned figure, now open for tuning.

Twelve layout families, ``n00``-``n11``, unlike those of ``samples/generate.py``,
``samples/varied.py``, ``samples/fresh.py``, ``samples/blind.py`` and
``samples/unseen.py``: a national insurer's member EOB with a claim summary box and
"Plan discount" / "Your share" columns keyed to lettered notes, a provider remittance
printed from an ERA (claim and service labels in words, each adjustment on its own line
under its service), a Medicaid managed-care Notice of Adverse Benefit Determination, a
plan's answer to a network gap-exception request, a page set in two columns, a claims
activity statement whose table runs over pages under "(continued)" headings with credits
marked CR, a member-portal printout with dotted leaders, a faxed retrospective review
decision, a TRICARE contractor's EOB, a secondary payer's EOB (coordination of benefits,
duplicates, late filing), an FEHB plan's statement with each claim's table turned on its
side, and a school district plan's letter that pays one claim and denies another. Value
shapes vary too: dates as ``2026-03-04``, ``4 Mar 2026``, ``03-04-2026``, ``March 4th,
2026``; member IDs like ``W123456789`` and ``XYZ 123-45-6789-01``; codes written ``CPT
99404``, ``HCPCS S9443``, ``Dx: Z39.1, O92.5``. Seven documents are scanned PDFs (150-300
dpi, turned, grainy, or sent by fax) and two are phone photos.

It was made before anyone tuned against it and measured the reader on layouts nobody
had seen; it is now a tuning set, like ``tune/``, ``fresh/``, ``blind/`` and ``unseen/``.
The set that measures unseen layouts now is ``samples/outside.py`` (never tune against
that one).

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``n<family>_<layout>_<n>``.

    python samples/novel.py                     # rewrite tests/data/varied/novel/
    python samples/novel.py --families 3 --out /tmp/novel
    python samples/novel.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind as b  # noqa: E402  - samples/blind.py: its scanner and phone camera
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

D = Decimal
ZERO = g.ZERO
GREY = colors.HexColor("#e9e9e9")
DARK = colors.HexColor("#c8ccd2")

# --------------------------------------------------------------------------
# Value shapes


def d_dmy(d: date) -> str:
    """``4 Mar 2026``."""
    return f"{d.day} {d.strftime('%b')} {d.year}"


def d_ordinal(d: date) -> str:
    """``March 4th, 2026``."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suffix}, {d.year}"


def credit(x: Decimal) -> str:
    """``37.50CR`` for an amount taken off the charge, ``0.00`` for none."""
    return f"{x:,.2f}CR" if x else "0.00"


def in_parens(x: Decimal) -> str:
    """``(37.50)`` for an amount taken off the charge, ``0.00`` for none."""
    return f"({x:,.2f})" if x else "0.00"


FIRST = ["Ottilie", "Marguerite", "Sunniva", "Adaeze", "Keziah", "Romilly", "Thandiwe",
         "Ines", "Clementine", "Noor", "Esperanza", "Liesel", "Makena", "Perpetua",
         "Solveig", "Yara"]  # fmt: skip
LAST = ["Abernethy-Cole", "Bjornstad", "Castellano", "Dunleavy", "Eze", "Fairweather",
        "Gallardo", "Holmqvist", "Iwu", "Jessup", "Kowalczyk", "Lindqvist", "Mbeki-Rowe",
        "Nakagawa", "Oyelowo", "Pennington"]  # fmt: skip
INFANTS = ["Wilder", "Juno", "Ezra", "Sylvie", "Rafferty", "Odette"]
STREETS = ["Quillfeather Ln", "Bramblewood Ct", "Old Tannery Rd", "Larkhill Ave",
           "Foundry Row", "Saltmarsh Dr", "Kettle Pond Way", "Orchard Gate St"]  # fmt: skip
CITIES = [("Harrow Springs", "OR", "97321"), ("Lindell", "VT", "05602"),
          ("Caddo Bend", "LA", "71101"), ("Pemberly", "WV", "25301"),
          ("Fenmore", "MN", "55901"), ("Quarry Glen", "TN", "37040"),
          ("Saltville Flats", "UT", "84720"), ("Wickham", "CT", "06830")]  # fmt: skip
PROVIDERS = ["Liora Benn, IBCLC", "Milkweed Lactation Collective", "Farida Osei, IBCLC",
             "Nest & Nourish Feeding Center", "Greta Hollis, IBCLC, RN",
             "Lantern Bay Lactation, PLLC", "Priya Raman, IBCLC", "Harbor Latch Clinic"]  # fmt: skip

SERVICES = {
    "S9443": "Lactation classes, non-physician provider",
    "99401": "Preventive medicine counseling, 15 min",
    "99402": "Preventive medicine counseling, 30 min",
    "99403": "Preventive medicine counseling, 45 min",
    "99404": "Preventive medicine counseling, 60 min",
    "99212": "Office/outpatient visit, established, 10 min",
    "99213": "Office/outpatient visit, established, 20 min",
    "E0602": "Breast pump, manual",
}
LACTATION = ls.LACTATION
SYSTEMS = {"S9443": "HCPCS", "E0602": "HCPCS"}  # every other code is CPT
MOTHER_DX = ["Z39.1", "O92.5", "O92.3", "O92.13", "O91.23", "O92.79"]
INFANT_DX = ["P92.5", "P92.6", "P92.8", "Z00.111"]

# category -> (CARC key, RARCs) when the notice prints codes
CATEGORY_CODES = {
    "out_of_network": ("PR-242", []),
    "provider_type": ("CO-170", ["N95"]),
    "prior_authorization": ("CO-197", ["N54"]),
    "not_covered": ("CO-96", ["N130"]),
    "medical_necessity": ("CO-50", []),
    "frequency_limit": ("CO-119", ["N362"]),
    "place_of_service": ("CO-58", ["N428"]),
    "eligibility": ("CO-27", []),
    "coding": ("CO-11", []),
    "timely_filing": ("CO-29", []),
    "coordination_of_benefits": ("CO-22", []),
    "duplicate": ("OA-18", []),
}
MEANINGS = {
    **g.CODE_TEXT,
    "PR-242": "Services not provided by network/primary care providers.",
    "CO-27": "Expenses incurred after coverage terminated.",
    "CO-29": "The time limit for filing has expired.",
    "CO-22": "This care may be covered by another payer per coordination of benefits.",
    "OA-18": "Exact duplicate claim/service.",
    "N54": "Claim information is inconsistent with pre-certified/authorized services.",
}
LETTER_REASONS = {
    "provider_type": "Lactation counseling billed by this type of provider is not a covered "
    "benefit; only a licensed physician or nurse practitioner may bill it.",
    "medical_necessity": "The medical records sent with the claim do not show that these "
    "visits were medically necessary.",
    "eligibility": "Our records show that your coverage with the plan ended before the date "
    "of this service.",
    "prior_authorization": "The plan requires prior approval for this service, and no approval "
    "was on file for the date it was given.",
    "place_of_service": "Lactation visits are covered only in an office or clinic, not in the "
    "member's home.",
    "out_of_network": "Our network has lactation consultants within 30 miles of your home who "
    "could see you in the time you asked about, so an out-of-network provider is not needed.",
}


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(ls.DenialFamily):
    """A novel layout (kind eob, remit or letter); some documents scanned, faxed or photographed."""

    scans: tuple[tuple[int, str, int], ...] = ()  # (document, "scan" | "fax" | "photo", dpi)
    codes: bool = True  # the notice prints adjustment codes (letters give words only)

    def scan(self, n: int) -> tuple[str, int] | None:
        """How document ``n`` was scanned (``"scan"``, ``"fax"``, ``"photo"``) and at what dpi."""
        return next(((how, dpi) for doc, how, dpi in self.scans if doc == n), None)


FAMILIES = [
    Family(0, "nationaleob", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, d_dmy,
           (2, 3), (1, 3), ("out_of_network", "cost_sharing", "not_covered"),
           funding="fully_insured", paid_doc=1, network=True),
    Family(1, "era", "remit", "Courier", "Courier-Bold", 7.5, g.bare, g.d_dash,
           (4, 6), (1, 2), ("medical_necessity", "prior_authorization", "coding",
                            "timely_filing"), LACTATION + ("99213",), mixed=True),
    Family(2, "noabd", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, d_ordinal,
           (1, 1), (1, 2), ("provider_type", "medical_necessity", "eligibility"),
           funding="medicaid", scans=((2, "fax", 200),), npi=True, codes=False),
    Family(3, "gapexception", "letter", "Helvetica", "Helvetica-Bold", 10.0, g.usd, g.d_iso,
           (1, 1), (1, 2), ("out_of_network",), ("S9443", "99403", "99404"),
           scans=((0, "photo", 170),), network=True, codes=False),
    Family(4, "twocolumn", "eob", "Vera", "Vera-Bold", 7.5, g.num, g.d_us,
           (2, 4), (1, 2), ("frequency_limit", "place_of_service", "provider_type"),
           funding="self_funded", paid_doc=0, npi=True),
    Family(5, "continued", "eob", "Times-Roman", "Times-Bold", 8.5, g.num, g.d_mon,
           (3, 4), (8, 12), ("medical_necessity", "frequency_limit", "cost_sharing"),
           pagesize=landscape(letter), margin=40, scans=((1, "scan", 150),), mixed=True),
    Family(6, "portal", "eob", "Helvetica", "Helvetica-Bold", 9.0, g.usd, g.d_short,
           (3, 4), (1, 2), ("not_covered", "out_of_network", "coding"),
           scans=((2, "scan", 250),), mixed=True, infant=True, npi=True),
    Family(7, "faxreview", "letter", "Courier", "Courier-Bold", 9.5, g.usd, g.d_dash,
           (1, 1), (1, 3), ("prior_authorization", "medical_necessity", "place_of_service"),
           ("99403", "99404", "S9443"), scans=((0, "fax", 200), (2, "fax", 300)),
           npi=True, codes=False),
    Family(8, "tricare", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, g.d_long,
           (1, 2), (1, 2), ("prior_authorization", "provider_type", "not_covered"),
           funding="tricare", scans=((1, "photo", 180),), npi=True),
    Family(9, "secondary", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.num, g.d_iso,
           (2, 3), (1, 2), ("coordination_of_benefits", "duplicate", "timely_filing",
                            "eligibility"), funding="fully_insured",
           scans=((1, "scan", 300),), mixed=True),
    Family(10, "sideways", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, g.d_long,
           (1, 2), (2, 4), ("medical_necessity", "not_covered", "place_of_service",
                            "frequency_limit"), funding="fehb", pagesize=legal,
           scans=((2, "scan", 180),)),
    Family(11, "decisions", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, g.d_mon,
           (2, 2), (1, 1), ("provider_type", "prior_authorization"),
           ("99402", "99403", "S9443"), funding="governmental", scans=((0, "scan", 220),),
           mixed=True, npi=True, codes=False),
]  # fmt: skip

PAYERS = [
    ("Continental Crest Health Insurance Company", "Hartford", "CT", "06103"),
    ("Meridian Trace Health", "Columbus", "OH", "43215"),
    ("Sandhill Crane Community Care", "Lincoln", "NE", "68508"),
    ("Bellwether Health Plan", "Concord", "NH", "03301"),
    ("Tidewell Benefit Administrators", "Richmond", "VA", "23219"),
    ("Granary Row Health", "Des Moines", "IA", "50309"),
    ("Lumenfield Health Insurance", "Boise", "ID", "83702"),
    ("Keel & Compass Review Services", "Annapolis", "MD", "21401"),
    ("Palisade Federal Health Services", "Jacksonville", "FL", "32202"),
    ("Redbud Secondary Health", "Little Rock", "AR", "72201"),
    ("Alder Federal Employee Benefit Plan", "Olympia", "WA", "98501"),
    ("Silt River School Employees Health Plan", "Grand Junction", "CO", "81501"),
]
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    2: "Sandhill Crane Community Care is a Medicaid managed care plan that serves members "
    "of the state Medicaid program.",
    4: "Your employer, {sponsor}, pays for the benefits of this self-insured plan; {payer} "
    "provides claims administration services only.",
    8: "{payer} administers claims as a TRICARE regional contractor for the Defense Health Agency.",
    9: "Your coverage is insured by {payer}.",
    10: "This plan is offered through the Federal Employees Health Benefits (FEHB) Program.",
    11: "This plan is sponsored by the {sponsor} for its employees and their families.",
}
SPONSORS = {4: "Ridgeline Cabinetry, Inc.", 11: "Silt River School District No. 51"}


# --------------------------------------------------------------------------
# The record


_money = u._money  # a multiple of 5 dollars


def _line(fam: Family, rng: random.Random, dos: date, code: str, dx: str, cat: str | None):
    billed = _money(rng, 20, 90) if code != "E0602" else _money(rng, 8, 20)
    ln = g.Line(dos=dos, code=code, desc=SERVICES[code], billed=billed, units=1, dx=[dx])
    if cat in (None, "cost_sharing"):
        allowed = (billed * D(rng.choice(["0.70", "0.80", "0.85"]))).quantize(D("0.01"))
        share = ZERO
        if cat == "cost_sharing":
            kind = rng.choice("123")
            share = {"1": allowed, "2": (allowed * D("0.3")).quantize(D("0.01")),
                     "3": min(allowed, D("30.00"))}[kind]  # fmt: skip
            ls.cost_share(ln, kind, share)
        ln.allowed, ln.paid, ln.owe = allowed, allowed - share, share
        if fam.kind == "remit":
            ln.adj.insert(0, g.Adj("CO", "45", billed - allowed))
        return ln
    ln.allowed, ln.paid = ZERO, ZERO
    ln.owe = billed if cat == "out_of_network" else ZERO
    if fam.codes:
        ls.coded(ln, *CATEGORY_CODES[cat], billed)
    return ln


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return f"{rng.randrange(10 ** (n - 1), 10**n)}"


def _claim_number(fam: Family, rng: random.Random) -> str:
    r = rng.randrange
    shapes = {
        0: lambda: f"E{_digits(rng, 11)}",
        1: lambda: f"26{r(30, 360):03d}{_digits(rng, 9)}",
        2: lambda: f"MCO-26-{_digits(rng, 8)}",
        3: lambda: _digits(rng, 10),
        4: lambda: f"ZC{_digits(rng, 9)}",
        5: lambda: f"{_letters(rng, 3)}{_digits(rng, 8)}",
        6: lambda: _digits(rng, 12),
        7: lambda: f"RR{_digits(rng, 7)}-{r(10, 99)}",
        8: lambda: f"2026{r(30, 360):03d}-{_digits(rng, 6)}",
        9: lambda: f"S{_digits(rng, 10)}",
        10: lambda: f"FB{_digits(rng, 8)}",
        11: lambda: f"{_digits(rng, 8)}-{r(10, 99)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    ssn_like = f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-0{rng.randrange(1, 4)}"
    shapes = {
        0: lambda: f"W{_digits(rng, 9)}",
        2: lambda: f"{_letters(rng, 3)} {ssn_like}",
        3: lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}",
        4: lambda: f"ZQ-{_digits(rng, 4)}-{_digits(rng, 4)}",
        5: lambda: f"{_digits(rng, 9)}-01",
        6: lambda: f"{_letters(rng, 3)} {ssn_like}",
        7: lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        8: lambda: _digits(rng, 11),
        9: lambda: f"SEC{_digits(rng, 7)}",
        10: lambda: f"R{_digits(rng, 8)}",
        11: lambda: f"{_letters(rng, 2)}-{_digits(rng, 6)}",
    }
    return shapes[fam.id]()


@dataclass
class Extra:
    payee: str = ""
    payee_npi: str = ""
    trace: str = ""
    reference: str = ""  # a request or notice reference number (not a claim number)
    accounts: dict[str, str] = field(default_factory=dict)
    relationship: dict[str, str] = field(default_factory=dict)


def _category(fam: Family, rng: random.Random, n: int, i: int) -> str | None:
    if n == fam.paid_doc or (fam.mixed and i == 0):
        return None
    if fam.mixed and fam.kind == "remit" and rng.random() < 0.3:
        return None
    return fam.categories[(n + i - fam.mixed) % len(fam.categories)]


def _doc(fam: Family, n: int, rng: random.Random, own: random.Random) -> g.Doc:
    payer = PAYERS[fam.id][0]
    phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
    place = rng.choice(CITIES)
    member = _person(rng)
    remit = fam.kind == "remit"
    notice = date(2026, 1, 20) + timedelta(days=rng.randrange(0, 280))
    doc = ls.notice_doc(f"n{fam.id:02d}_{fam.layout}_{n}", fam, PAYERS[fam.id],
                        f"PO Box {own.randrange(1000, 99999)}", phone, notice, rng, member,
                        lambda: _member_id(fam, rng), STREETS, place)  # fmt: skip
    if not remit:
        doc.plan_name = f"{payer.split()[0]} {rng.choice(['Select', 'Choice', 'Value', 'Gold'])}"
        doc.plan_type = rng.choice(["PPO", "EPO", "HMO", "POS"])
        doc.group = None if fam.kind == "letter" else f"{_letters(rng, 2)}{_digits(rng, 6)}"
    if fam.id == 2:  # a Medicaid plan prints its product's name, no plan type
        doc.plan_name, doc.plan_type = "Sandhill Crane Family Care", None
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    doc.extra["x"] = Extra(
        payee=rng.choice(PROVIDERS[::2]),
        payee_npi=g.make_npi(f"1{_digits(rng, 8)}"),
        trace=f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 6)}",
        reference=f"{_letters(rng, 2)}-2026-{_digits(rng, 6)}",
    )
    return doc


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-novel-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-novel-family-{fam.id}")
    doc = _doc(fam, n, rng, own)
    extra: Extra = doc.extra["x"]
    member = doc.member_name
    patients = [member]
    if fam.infant:
        infant = f"{rng.choice(INFANTS)} {member.split()[-1]}"
        patients = [member, infant]
        extra.relationship = {member: "Self", infant: "Child"}
    span = 7 * (fam.lines[1] - 1) + 3 * (fam.claims[1] - 1)  # every service before the notice
    dos0 = doc.notice_date - timedelta(days=span + rng.randrange(12, 60))
    for i in range(rng.randint(*fam.claims)):
        cat = _category(fam, rng, n, i)
        patient = _person(rng) if fam.kind == "remit" else patients[i % len(patients)]
        dx_pool = INFANT_DX if patient != member and fam.infant else MOTHER_DX
        lines = []
        for j in range(rng.randint(*fam.lines)):
            code = rng.choice(fam.services)
            dos = dos0 + timedelta(days=7 * j + 3 * i)
            lines.append(_line(fam, rng, dos, code, rng.choice(dx_pool), cat))
        claim = g.ClaimRec(
            number=_claim_number(fam, rng),
            patient=patient,
            provider=None if fam.kind == "remit" else rng.choice(PROVIDERS),
            lines=lines,
            categories=[cat] if cat else [],
        )
        if fam.npi:
            claim.npi = g.make_npi(f"1{_digits(rng, 8)}")
        if fam.network:
            claim.network = "out" if cat == "out_of_network" else "in"
        if fam.kind == "letter" and cat:
            claim.reason = LETTER_REASONS[cat]
        extra.accounts[claim.number] = f"{_letters(rng, 1)}{_digits(rng, 6)}"
        doc.claims.append(claim)
    if fam.infant:  # grouped by patient, in the order they are printed
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(MEANINGS)
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m = u._m
_phone = u._phone


def _plan(doc: g.Doc) -> str:
    return f"{doc.plan_name} ({doc.plan_type})" if doc.plan_type else doc.plan_name


def _coded(code: str) -> str:
    """``CPT 99404`` / ``HCPCS S9443``."""
    return f"{SYSTEMS.get(code, 'CPT')} {code}"


def _line_codes(ln: g.Line) -> list[str]:
    return g.claim_codes(g.ClaimRec(None, None, None, [ln]))


def _meaning_lines(doc: g.Doc) -> list[tuple[str, str]]:
    return [(c, doc.meanings[c]) for c in u._used(doc) if c in doc.meanings]


def _letter_notes(doc: g.Doc) -> dict[str, str]:
    """Each printed code's note letter: ``{"CO-242": "A", ...}``."""
    return {c: "ABCDEFGHJK"[i] for i, (c, _) in enumerate(_meaning_lines(doc))}


def _status(claim: g.ClaimRec) -> str:
    if not claim.denied:
        return "Paid"
    return "Denied" if claim.total("paid") == ZERO else "Paid in part"


def _fold(pdf: g.Pdf, fam: Family, doc: g.Doc, title: str, size: float = 9) -> None:
    """A letterhead: the payer's name, its address and phone under it, a title at the right."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, top - 27, " | ".join(doc.payer_addr), fam.font, size - 1)
    pdf.text(pdf.margin, top - 38, f"Call us: {_phone(doc, 'one')}", fam.font, size - 1)
    pdf.text(pdf.w - pdf.margin, top - 14, title, fam.bold, 11, align="right")
    pdf.y = top - 56


def _boxed_pairs(fam: Family, pdf: g.Pdf, pairs: list[tuple[str, str]], x: float, width: float,
                 label_w: float) -> float:  # fmt: skip
    """Label/value rows inside a ruled box at the cursor; returns its bottom."""
    row = fam.size * 1.6
    h = row * len(pairs) + 6
    pdf.c.setLineWidth(0.7)
    pdf.c.rect(x, pdf.y - h, width, h, stroke=1, fill=0)
    y = pdf.y - 3
    for label, value in pairs:
        y -= row
        pdf.text(x + 6, y + 3, label, fam.font, fam.size)
        pdf.text(x + label_w, y + 3, value, fam.bold, fam.size)
    return pdf.y - h


# --------------------------------------------------------------------------
# The layouts


def draw_nationaleob(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A national insurer's member EOB: a claim summary box, then one table per claim."""
    _fold(pdf, fam, doc, "Explanation of Benefits")
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 27, "THIS IS NOT A BILL", fam.bold, 9,
             align="right")  # fmt: skip
    y0 = pdf.y
    u._address(fam, pdf, doc)
    pdf.y = y0
    bottom = _boxed_pairs(fam, pdf, [
        ("Statement date", fam.dates(doc.notice_date)), ("Member", doc.member_name),
        ("Member ID", doc.member_id), ("Group number", doc.group), ("Plan", _plan(doc))],
        pdf.w / 2 + 20, pdf.w / 2 - 20 - pdf.margin, 80)  # fmt: skip
    pdf.y = bottom - 10
    pdf.para(doc.funding_text, fam.font, fam.size)
    notes = _letter_notes(doc)
    pdf.line("Your claim summary", fam.bold, fam.size + 2)
    rows = [[c.number, c.patient, c.provider, _m(fam, c.total("billed")),
             _m(fam, c.total("paid")), _m(fam, c.total("owe")), _status(c)] for c in doc.claims]  # fmt: skip
    pdf.table(u._cols(pdf, ["Claim ID", "Patient", "Provider", "Amount billed", "Plan paid",
                            "Your share", "Status"], [90, 100, 150, 62, 56, 56, 60], {3, 4, 5}),
              rows, font=fam.font, bold=fam.bold, size=fam.size, header_bg=DARK)  # fmt: skip
    titles = ["Date of service", "Service", "Amount\nbilled", "Plan\ndiscount", "Plan\npaid",
              "Your\nshare", "See\nnotes"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(10)
        pdf.need(80)
        net = {"in": "In-network", "out": "Out-of-network"}[claim.network]
        pdf.c.setFillColor(GREY)
        pdf.c.rect(pdf.margin, pdf.y - 15, pdf.w - 2 * pdf.margin, 15, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        pdf.text(pdf.margin + 4, pdf.y - 11, f"Claim ID {claim.number}  -  {claim.patient}  -  "
                 f"{claim.provider} ({net})", fam.bold, fam.size)  # fmt: skip
        pdf.y -= 17
        rows = [[fam.dates(ln.dos), f"{ln.desc} ({_coded(ln.code)})", _m(fam, ln.billed),
                 in_parens(ln.not_covered if ln.paid else ZERO), _m(fam, ln.paid),
                 _m(fam, ln.owe), " ".join(notes[c] for c in _line_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Claim total", "", _m(fam, claim.total("billed")), "",
                     _m(fam, claim.total("paid")), _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [70, 200, 56, 56, 56, 56, 40], {2, 3, 4, 5}), rows,
                  font=fam.font, bold=fam.bold, size=fam.size, ruled=False, header_bg=None,
                  bold_rows={len(rows) - 1})  # fmt: skip
    u._key(fam, pdf, doc, "Notes", lambda c: f"{notes[c]}  {c}", space=8, up=1)


def draw_era(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider remittance printed from an ERA: labels in words, adjustments under each line."""
    x: Extra = doc.extra["x"]
    size, font = fam.size, fam.font
    pdf.line("ELECTRONIC REMITTANCE ADVICE - PRINTED FROM 835", fam.bold, 10, gap=14)
    pdf.line(f"PAYER NAME: {doc.payer_name}", font, size)
    pdf.line(f"PAYER ADDRESS: {', '.join(doc.payer_addr)}", font, size)
    pdf.line(f"PAYER CONTACT: {_phone(doc, 'dots')}", font, size)
    pdf.line(f"PAYEE NAME: {x.payee}   PAYEE NPI: {x.payee_npi}", font, size)
    pdf.line(f"PRODUCTION DATE: {fam.dates(doc.notice_date)}   CHECK/EFT TRACE NUMBER: "
             f"{x.trace}", font, size, gap=size * 2.2)  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 12)
        pdf.rule(0.5)
        pdf.space(3)
        status = "DENIED" if claim.total("paid") == ZERO else "PROCESSED AS PRIMARY"
        pdf.line(f"PATIENT NAME: {claim.patient}   PATIENT CONTROL NUMBER: "
                 f"{x.accounts[claim.number]}", fam.bold, size)  # fmt: skip
        pdf.line(f"PAYER CLAIM CONTROL NUMBER: {claim.number}   CLAIM STATUS: {status}", font,
                 size)  # fmt: skip
        pdf.line(f"TOTAL CLAIM CHARGE AMOUNT: {_m(fam, claim.total('billed'))}   CLAIM PAYMENT "
                 f"AMOUNT: {_m(fam, claim.total('paid'))}   PATIENT RESPONSIBILITY AMOUNT: "
                 f"{_m(fam, claim.total('owe'))}", font, size, gap=size * 1.8)  # fmt: skip
        for k, ln in enumerate(claim.lines, 1):
            pdf.need(size * 5)
            pdf.line(f"  LINE {k}  SERVICE DATE: {fam.dates(ln.dos)}  PROCEDURE: HC:{ln.code}  "
                     f"UNITS: {ln.units}  LINE CHARGE: {_m(fam, ln.billed)}  ALLOWED: "
                     f"{_m(fam, ln.allowed)}  LINE PAID: {_m(fam, ln.paid)}", font, size)  # fmt: skip
            for a in ln.adj:
                pdf.line(f"      ADJUSTMENT {a.key}  {_m(fam, a.amount)}  {doc.meanings[a.key]}",
                         font, size - 0.5)  # fmt: skip
            for r in ln.rarc:
                pdf.line(f"      REMARK {r}  {doc.meanings[r]}", font, size - 0.5)
        pdf.space(size)
    pdf.line(f"TOTAL ACTUAL PROVIDER PAYMENT: "
             f"{fam.money(sum((c.total('paid') for c in doc.claims), ZERO))}", fam.bold, size)  # fmt: skip


def _letter_lines(fam: Family, doc: g.Doc, claim: g.ClaimRec) -> list[str]:
    out = []
    for ln in claim.lines:
        out.append(f"{_coded(ln.code)} ({ln.desc.lower()}) on {fam.dates(ln.dos)}, billed "
                   f"{_m(fam, ln.billed)}")  # fmt: skip
    if len(claim.lines) > 1:  # a letter about one service prints its amount once
        out.append(f"Total billed: {_m(fam, claim.total('billed'))}")
    return out


def draw_noabd(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid managed-care Notice of Adverse Benefit Determination: prose and rights."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    pdf.text(pdf.w / 2, pdf.h - 50, doc.payer_name, fam.bold, 15, align="center")
    pdf.text(pdf.w / 2, pdf.h - 63, f"{', '.join(doc.payer_addr)}   Member Services "
             f"{_phone(doc)}", font, 9, align="center")  # fmt: skip
    pdf.y = pdf.h - 86
    pdf.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", fam.bold, 12.5, x=pdf.w / 2 - 150,
             gap=20)  # fmt: skip
    pdf.line(f"Date of this notice: {fam.dates(doc.notice_date)}", font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    pdf.line(f"Member name: {doc.member_name}", font, size)
    pdf.line(f"Member ID: {doc.member_id}", font, size)
    pdf.line(f"Health plan: {_plan(doc)}", font, size, gap=size * 2)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(doc.funding_text, font, size, after=6)
    pdf.para(
        f"This notice tells you about a decision we made on claim number {claim.number}, sent "
        f"to us by {claim.provider} (NPI {claim.npi}). We have denied payment for:",
        font, size, after=4,
    )  # fmt: skip
    for text in _letter_lines(fam, doc, claim):
        pdf.line(f"-  {text}", font, size, x=pdf.margin + 14)
    dx = ", ".join(claim.lines[0].dx + [d for ln in claim.lines[1:] for d in ln.dx
                                         if d not in claim.lines[0].dx])  # fmt: skip
    pdf.line(f"Dx: {dx}", font, size, x=pdf.margin + 14)
    pdf.space(8)
    pdf.line("Why did we make this decision?", fam.bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=10)
    pdf.line("What can you do if you disagree?", fam.bold, size + 0.5)
    pdf.para(
        "You can ask us for an appeal. You must ask within 60 calendar days from the date of "
        "this notice. You can ask by phone or in writing. If your health could be seriously "
        "harmed by waiting, you can ask for a fast appeal.",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(
        "If we do not decide in your favor, you can then ask for a State Fair Hearing within "
        "120 calendar days from the date of our appeal decision.",
        font, size, after=6,
    )  # fmt: skip
    pdf.para("You may ask for free copies of all documents we used to make this decision.",
             font, size)  # fmt: skip


def draw_gapexception(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A plan's answer to a network gap-exception request, its claim processed out of network."""
    x: Extra = doc.extra["x"]
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _fold(pdf, fam, doc, "Network Exception Decision", size=10)
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    bottom = _boxed_pairs(fam, pdf, [
        ("Request reference", x.reference), ("Member", doc.member_name),
        ("Member ID", doc.member_id), ("Plan", _plan(doc)), ("Claim number", claim.number),
        ("Provider", claim.provider)], pdf.margin, 330, 110)  # fmt: skip
    pdf.y = bottom - 16
    pdf.line(f"Dear {doc.member_name},", font, size, gap=size * 1.8)
    pdf.para(
        f"You asked us to cover the services of {claim.provider}, who is not in our network, "
        "at the in-network level (a network gap exception). We reviewed your request and we "
        "did not approve it.",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(claim.reason, font, size, after=6)
    pdf.para(
        f"Because the exception was not approved, claim {claim.number} was processed as "
        "out-of-network, and the plan did not pay for:",
        font, size, after=4,
    )  # fmt: skip
    for text in _letter_lines(fam, doc, claim):
        pdf.line(f"\u2022  {text}", font, size, x=pdf.margin + 14)
    pdf.space(8)
    pdf.para(
        "You have the right to appeal this decision within 180 days of receiving this letter. "
        "Write to the address above and include the request reference.",
        font, size,
    )  # fmt: skip
    pdf.line("Member Appeals Unit", font, size)


class Columns:
    """A cursor that fills a page in two columns, then starts a new page."""

    def __init__(self, pdf: g.Pdf, top: float, gutter: float = 18) -> None:
        self.pdf, self.col, self.top = pdf, 0, top
        self.width = (pdf.w - 2 * pdf.margin - gutter) / 2
        self.gutter = gutter
        self.y = top

    @property
    def x(self) -> float:
        return self.pdf.margin + self.col * (self.width + self.gutter)

    def need(self, h: float) -> None:
        if self.y - h >= self.pdf.bottom:
            return
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.new_page()
            self.col = 0
            self.top = self.pdf.top
        self.y = self.top

    def row(self, label: str, value: str, font: str, bold: str, size: float) -> None:
        self.need(size * 1.45)
        self.pdf.text(self.x + 4, self.y - size, label, font, size)
        self.pdf.text(self.x + self.width - 4, self.y - size, value, bold, size, align="right")
        self.y -= size * 1.45

    def band(self, text: str, bold: str, size: float) -> None:
        self.need(size * 6)
        c = self.pdf.c
        c.setFillColor(DARK)
        c.rect(self.x, self.y - size * 1.7, self.width, size * 1.7, stroke=0, fill=1)
        c.setFillColor(colors.black)
        self.pdf.text(self.x + 4, self.y - size * 1.25, text, bold, size)
        self.y -= size * 2.1

    def para(self, text: str, font: str, size: float) -> None:
        for part in simpleSplit(text, font, size, self.width - 8):
            self.need(size * 1.35)
            self.pdf.text(self.x + 4, self.y - size, part, font, size)
            self.y -= size * 1.35
        self.y -= 3


def draw_twocolumn(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A statement set in two columns: each claim a band of label/amount rows."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.w / 2, top - 12, doc.payer_name, fam.bold, 14, align="center")
    pdf.text(pdf.w / 2, top - 24, f"Claims administrator  {' '.join(doc.payer_addr)}  "
             f"{_phone(doc)}", fam.font, 8, align="center")  # fmt: skip
    pdf.text(pdf.w / 2, top - 38, "STATEMENT OF BENEFITS", fam.bold, 11, align="center")
    pdf.y = top - 50
    pdf.rule(0.8)
    cols = Columns(pdf, pdf.y - 8)
    f, fb, s = fam.font, fam.bold, fam.size
    for line in [doc.member_name, *doc.member_addr]:
        cols.para(line, f, s + 0.5)
    cols.y -= 6
    for label, value in (("Statement date", fam.dates(doc.notice_date)),
                         ("Employee", doc.member_name), ("Employee ID", doc.member_id),
                         ("Group", doc.group), ("Plan", _plan(doc))):  # fmt: skip
        cols.row(label, value, f, fb, s)
    cols.y -= 4
    cols.para(doc.funding_text, f, s)
    for claim in doc.claims:
        cols.band(f"CLAIM {claim.number}  ({_status(claim).upper()})", fb, s)
        cols.row("Patient", claim.patient, f, fb, s)
        cols.row("Provider", claim.provider, f, fb, s)
        cols.row("Provider NPI", claim.npi, f, fb, s)
        for ln in claim.lines:
            cols.need(s * 1.45 * 7)  # a service's rows stay together
            cols.y -= 3
            cols.row(f"Service {fam.dates(ln.dos)}", _coded(ln.code), f, fb, s)
            for label, attr in (("Billed", "billed"), ("Allowed", "allowed"),
                                ("Paid by plan", "paid"), ("You pay", "owe")):  # fmt: skip
                cols.row(f"   {label}", _m(fam, getattr(ln, attr)), f, f, s)
            codes = " ".join(_line_codes(ln))
            if codes:
                cols.row("   Codes", codes, f, f, s)
        cols.y -= 6
    used = _meaning_lines(doc)
    if used:
        cols.band("WHAT THE CODES MEAN", fb, s)
        for code, text in used:
            cols.para(f"{code} - {text}", f, s)


def _continued(fam: Family, doc: g.Doc):
    def decorate(pdf: g.Pdf) -> None:
        top = pdf.h - pdf.margin
        if pdf.page > 1:
            pdf.text(pdf.margin, top - 10, f"{doc.payer_name} - Claims activity statement "
                     f"(continued)   Member ID {doc.member_id}", fam.bold, fam.size)  # fmt: skip
        total = f" of {pdf.total}" if pdf.total else ""
        pdf.text(pdf.w - pdf.margin, 22, f"Page {pdf.page}{total}", fam.font, 7, align="right")

    return decorate


def draw_continued(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A claims activity statement: one long table under repeated headings, credits with CR."""
    u._letterhead(fam, pdf, doc, 14, (f"{' '.join(doc.payer_addr)}   {_phone(doc, 'dots')}", 8),
                  ("CLAIMS ACTIVITY STATEMENT", 12),
                  (f"Statement date {fam.dates(doc.notice_date)}", 8.5), below=40)  # fmt: skip
    pdf.line(f"Subscriber {doc.member_name}   Member ID {doc.member_id}   Group {doc.group}   "
             f"{_plan(doc)}", fam.font, fam.size + 0.5, gap=fam.size * 2)  # fmt: skip
    titles = ["Claim", "Patient", "Provider", "Svc date", "Code", "Dx", "Charges",
              "Discount", "Allowed", "Plan paid", "Member owes", "Remarks"]  # fmt: skip
    widths = [70, 88, 120, 62, 60, 40, 52, 56, 52, 52, 58, 64]
    rows, bold = [], set()
    for claim in doc.claims:
        for j, ln in enumerate(claim.lines):
            first = j == 0
            rows.append([claim.number if first else "", claim.patient if first else "",
                         claim.provider if first else "", fam.dates(ln.dos), _coded(ln.code),
                         " ".join(ln.dx), _m(fam, ln.billed),
                         credit(ln.billed - ln.allowed if ln.allowed else ZERO),
                         _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                         " ".join(_line_codes(ln))])  # fmt: skip
        bold.add(len(rows))
        rows.append(["", "", f"Claim {claim.number} subtotal", "", "", "",
                     _m(fam, claim.total("billed")), "", _m(fam, claim.total("allowed")),
                     _m(fam, claim.total("paid")), _m(fam, claim.total("owe")), ""])  # fmt: skip
    pdf.table(u._cols(pdf, titles, widths, set(range(6, 11))), rows, font=fam.font,
              bold=fam.bold, size=fam.size - 0.5, bold_rows=bold, header_bg=DARK)  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes")


def draw_portal(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A member-portal printout: dotted leaders between labels and values, one claim a block."""
    x: Extra = doc.extra["x"]
    size, font = fam.size, fam.font
    pdf.text(pdf.margin, pdf.h - 22, f"{fam.dates(doc.notice_date)}  Claim details | "
             f"{doc.payer_name}", font, 7)  # fmt: skip
    pdf.text(pdf.margin, 20, "https://members.example/claims/details?view=print", font, 7)
    pdf.y = pdf.h - pdf.margin - 4
    pdf.line(doc.payer_name, fam.bold, 16, gap=20)
    pdf.line(f"Member Services {_phone(doc)}   {', '.join(doc.payer_addr)}", font, size - 1,
             gap=size * 2)  # fmt: skip
    pdf.line("Claim details", fam.bold, 13, gap=18)
    u._address(fam, pdf, doc)

    def dotted(label: str, value: str, indent: float = 0, bold: bool = False) -> None:
        pdf.need(size * 1.5)
        x0, x1 = pdf.margin + indent, pdf.margin + 330
        y = pdf.y - size
        pdf.text(x0, y, label, font, size)
        gap = x1 - x0 - pdfmetrics.stringWidth(label, font, size) - 10
        dots = "." * max(3, int(gap / pdfmetrics.stringWidth(".", font, size)))
        pdf.text(x0 + pdfmetrics.stringWidth(label, font, size) + 4, y, dots, font, size,
                 color=colors.HexColor("#888888"))  # fmt: skip
        pdf.text(x1, y, value, fam.bold if bold else font, size)
        pdf.y -= size * 1.5

    for label, value in (("Printed for", doc.member_name), ("Member ID", doc.member_id),
                         ("Plan", _plan(doc)), ("Group", doc.group),
                         ("Printed on", fam.dates(doc.notice_date))):  # fmt: skip
        dotted(label, value)
    for claim in doc.claims:
        pdf.space(8)
        pdf.need(size * 16)
        pdf.rule(1.2, colors.HexColor("#3a6ea5"))
        pdf.space(4)
        pdf.line(f"Claim #{claim.number}", fam.bold, size + 2, gap=size * 1.9)
        dotted("Status", _status(claim), bold=True)
        dotted("Patient", f"{claim.patient} ({x.relationship[claim.patient]})")
        dotted("Provider", claim.provider)
        dotted("Provider NPI", claim.npi)
        dotted("Billed", _m(fam, claim.total("billed")))
        dotted("Your plan paid", _m(fam, claim.total("paid")))
        dotted("You may owe", _m(fam, claim.total("owe")), bold=True)
        for ln in claim.lines:
            pdf.space(2)
            pdf.line(f"{fam.dates(ln.dos)}  {_coded(ln.code)}  {ln.desc}   Dx: {', '.join(ln.dx)}",
                     fam.bold, size - 0.5, x=pdf.margin + 14)  # fmt: skip
            pdf.line(f"Billed {_m(fam, ln.billed)}   Allowed {_m(fam, ln.allowed)}   Plan paid "
                     f"{_m(fam, ln.paid)}   You may owe {_m(fam, ln.owe)}", font, size - 0.5,
                     x=pdf.margin + 28)  # fmt: skip
            for code in _line_codes(ln):
                pdf.para(f"Why: {code} {doc.meanings[code]}", font, size - 1,
                         x=pdf.margin + 28, after=1)  # fmt: skip


def _fax_banner(fam: Family, doc: g.Doc):
    def decorate(pdf: g.Pdf) -> None:
        total = f"/{pdf.total}" if pdf.total else ""
        stamp = f"{fam.dates(doc.notice_date)} 16:{(pdf.page * 7) % 60:02d}"
        pdf.text(pdf.margin - 20, pdf.h - 18, f"{stamp}   FROM: {doc.payer_name.upper()}   "
                 f"FAX {_phone(doc, 'dots')}   P. {pdf.page:03d}{total}", "Courier", 7.5)  # fmt: skip

    return decorate


def draw_faxreview(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A review company's retrospective decision, typed, sent by fax."""
    x: Extra = doc.extra["x"]
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    pdf.y = pdf.h - pdf.margin - 8
    pdf.line(doc.payer_name, fam.bold, 12, gap=15)
    pdf.line(f"{doc.payer_addr[0]}, {doc.payer_addr[1]}", font, size)
    pdf.line(f"Utilization Review Department  Tel {_phone(doc)}", font, size, gap=size * 2.4)
    pdf.line("RETROSPECTIVE REVIEW DETERMINATION", fam.bold, 11, gap=size * 2)
    for k, text in enumerate([doc.member_name, *doc.member_addr]):
        pdf.line(f"{'TO:' if k == 0 else '':<12}{text}", font, size)
    pdf.space(size)
    for label, value in (("DATE", fam.dates(doc.notice_date)), ("REVIEW NO.", x.reference),
                         ("MEMBER", doc.member_name), ("MEMBER ID", doc.member_id),
                         ("PLAN", _plan(doc)), ("CLAIM NO.", claim.number),
                         ("PROVIDER", f"{claim.provider}  NPI {claim.npi}")):  # fmt: skip
        pdf.line(f"{label:<12}{value}", font, size)
    pdf.space(size)
    pdf.line("SERVICES REVIEWED", fam.bold, size)
    pdf.line(f"{'DATE':<12}{'CODE':<14}{'UNITS':<7}{'DX':<9}DETERMINATION", font, size)
    for ln in claim.lines:
        pdf.line(f"{fam.dates(ln.dos):<12}{_coded(ln.code):<14}{ln.units!s:<7}"
                 f"{' '.join(ln.dx):<9}NOT CERTIFIED", font, size)  # fmt: skip
    pdf.space(size)
    pdf.line("RATIONALE", fam.bold, size)
    pdf.para(claim.reason, font, size, after=size)
    pdf.line("YOUR RIGHTS", fam.bold, size)
    pdf.para(
        "You or your provider may appeal this determination in writing within 180 days of "
        "this notice. A physician reviewer who took no part in this decision will decide "
        "the appeal. The member's health plan will send its own notice about the claim.",
        font, size,
    )  # fmt: skip
    pdf.para("CONFIDENTIAL: this fax holds protected health information.", font, size - 1)


def draw_tricare(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A TRICARE contractor's EOB: sponsor and beneficiary, numbered remarks under the table."""
    _fold(pdf, fam, doc, "TRICARE Explanation of Benefits")
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 27, f"Date {fam.dates(doc.notice_date)}",
             fam.font, fam.size, align="right")  # fmt: skip
    u._address(fam, pdf, doc)
    pdf.para(doc.funding_text, fam.font, fam.size)
    blocks = [("Beneficiary", doc.member_name), ("DoD Benefits Number", doc.member_id),
              ("Plan", _plan(doc)), ("Group", doc.group)]  # fmt: skip
    b._two_blocks(fam, pdf, blocks[:2], blocks[2:], label_w=110)
    remarks = {c: str(i) for i, (c, _) in enumerate(_meaning_lines(doc), 1)}
    titles = ["Services provided", "Date of\nservice", "Amount\nbilled", "TRICARE\nallowed",
              "TRICARE\npaid", "Your\nshare", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(6)
        pdf.need(90)
        pdf.line(f"Claim number {claim.number}   Patient {claim.patient}", fam.bold, fam.size)
        pdf.line(f"Provider: {claim.provider}, NPI {claim.npi}", fam.font, fam.size)
        rows = [[f"{_coded(ln.code)} {ln.desc}", fam.dates(ln.dos), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 ", ".join(remarks[c] for c in _line_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["Claim totals", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [190, 84, 56, 56, 56, 56, 40], {2, 3, 4, 5}), rows,
                  font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=GREY,
                  bold_rows={len(rows) - 1})  # fmt: skip
    u._key(fam, pdf, doc, "Remarks", lambda c: f"{remarks[c]}.  {c}", sep="  ")


def draw_secondary(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A secondary payer's EOB: the primary payer's payment beside this plan's, reasons inline."""
    top = pdf.h - pdf.margin
    pdf.c.setFillColor(DARK)
    pdf.c.rect(pdf.margin, top - 30, pdf.w - 2 * pdf.margin, 30, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)
    pdf.text(pdf.margin + 8, top - 19, doc.payer_name, fam.bold, 13)
    pdf.text(pdf.w - pdf.margin - 8, top - 19, "Secondary Coverage EOB", fam.bold, 10,
             align="right")  # fmt: skip
    pdf.text(pdf.margin, top - 42, f"{' '.join(doc.payer_addr)}  -  {_phone(doc)}", fam.font, 8)
    pdf.y = top - 58
    u._address(fam, pdf, doc)
    pdf.line(f"Date processed: {fam.dates(doc.notice_date)}", fam.font, fam.size)
    pdf.line(f"Insured: {doc.member_name}   Insured ID: {doc.member_id}   Group: {doc.group}",
             fam.font, fam.size)  # fmt: skip
    pdf.line(f"Plan: {_plan(doc)}   Other coverage on file: primary plan through a spouse's "
             "employer", fam.font, fam.size)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size)
    titles = ["Service date", "Code", "Billed", "Primary\npaid", "Allowed", "This plan\npaid",
              "You owe", "Reason"]  # fmt: skip
    rng = random.Random(doc.name)
    for claim in doc.claims:
        pdf.space(6)
        pdf.need(70)
        pdf.line(f"Claim {claim.number} | {claim.patient} | {claim.provider}", fam.bold,
                 fam.size)  # fmt: skip
        rows = []
        for ln in claim.lines:
            primary = ZERO if ln.paid else (ln.billed * D("0.5")).quantize(D("0.01"))
            primary = primary if rng.random() < 0.5 else ZERO
            rows.append([fam.dates(ln.dos), ln.code, _m(fam, ln.billed), in_parens(primary),
                         _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                         " ".join(_line_codes(ln))])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [66, 46, 56, 56, 56, 60, 56, 90], {2, 3, 4, 5, 6}),
                  rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
                  header_bg=GREY, zebra=colors.HexColor("#f4f4f4"))  # fmt: skip
        for code in g.claim_codes(claim):
            pdf.line(f"Reason {code}: {doc.meanings[code]}", fam.font, fam.size - 0.5,
                     x=pdf.margin + 12)  # fmt: skip
        pdf.line(f"Claim {claim.number} totals:  billed {_m(fam, claim.total('billed'))}  "
                 f"paid {_m(fam, claim.total('paid'))}  you owe {_m(fam, claim.total('owe'))}",
                 fam.bold, fam.size - 0.5)  # fmt: skip


def draw_sideways(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An FEHB plan's statement: each claim's table turned, one column per service."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.w / 2, top - 12, doc.payer_name, fam.bold, 15, align="center")
    pdf.text(pdf.w / 2, top - 26, f"{', '.join(doc.payer_addr)}  |  {_phone(doc)}", fam.font, 9,
             align="center")  # fmt: skip
    pdf.y = top - 44
    pdf.rule(1.5)
    pdf.space(8)
    u._address(fam, pdf, doc)
    pdf.line(f"Statement of benefits for {doc.member_name}, enrollee {doc.member_id}",
             fam.bold, fam.size + 1)  # fmt: skip
    pdf.line(f"{_plan(doc)}, enrollment code {doc.group}. Issued {fam.dates(doc.notice_date)}.",
             fam.font, fam.size)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    for claim in doc.claims:
        pdf.need(200)
        pdf.line(f"Claim {claim.number}: {claim.patient}, services by {claim.provider}",
                 fam.bold, fam.size + 0.5)  # fmt: skip
        heads = [f"Service {k}" for k in range(1, len(claim.lines) + 1)] + ["Claim"]
        cols = u._cols(pdf, ["", *heads], [110] + [90] * len(heads), set(range(1, len(heads) + 1)))
        rows = [
            ["Date of service", *[fam.dates(ln.dos) for ln in claim.lines], ""],
            ["Procedure", *[_coded(ln.code) for ln in claim.lines], ""],
            ["Diagnosis", *[" ".join(ln.dx) for ln in claim.lines], ""],
        ]
        for label, attr in (("Charged", "billed"), ("Allowed", "allowed"),
                            ("Plan paid", "paid"), ("Your cost", "owe")):  # fmt: skip
            rows.append([label, *[_m(fam, getattr(ln, attr)) for ln in claim.lines],
                         _m(fam, claim.total(attr))])  # fmt: skip
        rows.append(["Remark", *[" ".join(_line_codes(ln)) for ln in claim.lines], ""])
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size, header_bg=GREY)
        pdf.space(10)
    u._key(fam, pdf, doc, "Remark code explanations")


def draw_decisions(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A letter deciding two claims: one paid, one denied, each in its own section."""
    size, font = fam.size, fam.font
    _fold(pdf, fam, doc, "Claim Decision Letter", size=10)
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    pdf.line(f"Member: {doc.member_name}     Member ID: {doc.member_id}", font, size)
    pdf.line(f"Plan: {_plan(doc)}", font, size, gap=size * 2)
    pdf.line(f"Dear {doc.member_name.split()[0]},", font, size, gap=size * 1.8)
    pdf.para(f"{doc.funding_text} We have decided the {len(doc.claims)} claims described "
             "below.", font, size, after=8)  # fmt: skip
    for k, claim in enumerate(doc.claims, 1):
        ln = claim.lines[0]
        verdict = "APPROVED" if not claim.denied else "DENIED"
        pdf.need(130)
        pdf.line(f"Claim {k} of {len(doc.claims)} - {verdict}", fam.bold, size + 1.5,
                 gap=size * 1.9)  # fmt: skip
        rows = [["Claim number", claim.number], ["Patient", claim.patient],
                ["Provider", f"{claim.provider} (NPI {claim.npi})"],
                ["Service", f"{_coded(ln.code)} on {fam.dates(ln.dos)}"],
                ["Amount billed", _m(fam, ln.billed)], ["Plan paid", _m(fam, ln.paid)]]  # fmt: skip
        pdf.table([("Claim facts", 120, "left"), ("", 280, "left")], rows, font=font, bold=fam.bold,
                  size=size - 1, header_bg=None, x=pdf.margin + 12)  # fmt: skip
        pdf.space(4)
        if claim.denied:
            pdf.para(f"Reason: {claim.reason}", font, size, after=4)
            pdf.para("You may appeal this decision within 180 days of receiving this letter.",
                     font, size, after=10)  # fmt: skip
        else:
            pdf.para("We paid this claim in full. You owe nothing for it.", font, size, after=10)
    pdf.line("Sincerely,", font, size)
    pdf.line("Member Claims Services", font, size)


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "nationaleob": ({"billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "era": ({"billed", "allowed", "paid", "units", "adj_amount"}, {"billed", "paid", "owe"}),
    "noabd": ({"billed", "dx"}, {"billed"}),
    "gapexception": ({"billed"}, {"billed"}),
    "twocolumn": (_AMOUNTS, set()),
    "continued": (_AMOUNTS | {"dx"}, _AMOUNTS),
    "portal": (_AMOUNTS | {"dx"}, {"billed", "paid", "owe"}),
    "faxreview": ({"units", "dx"}, set()),
    "tricare": (_AMOUNTS, _AMOUNTS),
    "secondary": (_AMOUNTS, {"billed", "paid", "owe"}),
    "sideways": (_AMOUNTS | {"dx"}, _AMOUNTS),
    "decisions": ({"billed", "paid"}, {"billed", "paid"}),
}
DECORATE = {"continued": _continued, "faxreview": _fax_banner}


# --------------------------------------------------------------------------
# Scans, faxes and photos


def fax_pdf(data: bytes, fam: Family, dpi: int, seed: int) -> tuple[bytes, int]:
    """An image-only PDF of ``data`` as a fax machine prints it: 1-bit, coarse rows, specks."""
    from PIL import Image

    rng = random.Random(seed)
    pages = []
    for page in b._rendered(data, dpi):
        page = page.rotate(rng.uniform(0.2, 0.9) * rng.choice([-1, 1]), resample=Image.BICUBIC,
                           fillcolor=255)  # fmt: skip
        w, h = page.size
        page = page.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
        page = g._noisy(page, rng, 22)
        cut = rng.randrange(150, 175)
        pages.append(page.point(lambda x, cut=cut: 0 if x < cut else 255).convert("1"))
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  creationDate=g._SCAN_DATE, modDate=g._SCAN_DATE, producer="fax")  # fmt: skip
    return out.getvalue(), len(pages)


@dataclass(frozen=True)
class _Optics:
    """What blind.py's scanner and camera read from a family: the resolution."""

    dpi: int


def scanned(
    fam: Family, n: int, text_pdf: bytes, base: int = 9900
) -> tuple[bytes, int, str] | None:
    """Document ``n`` as scanned, faxed or photographed (bytes, pages, suffix), if it is.

    ``base`` seeds the scanner's noise: a set of its own passes its own.
    """
    how = fam.scan(n)
    if how is None:
        return None
    kind, dpi = how
    seed = base + fam.id * 10 + n
    if kind == "photo":
        return b.photo_jpg(text_pdf, _Optics(dpi), seed), 1, ".jpg"
    if kind == "fax":
        return (*fax_pdf(text_pdf, fam, dpi, seed), ".pdf")
    return (*b.scan_pdf(text_pdf, _Optics(dpi), seed), ".pdf")


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return DECORATE[fam.layout](fam, doc) if fam.layout in DECORATE else None


def _top(fam: Family) -> float:
    """A continued statement's pages start below their running heading."""
    return fam.pagesize[1] - fam.margin - (18 if fam.layout == "continued" else 0)


def _text(path: Path) -> str:
    """The page's text, then each page's left half and right half (a page in two columns)."""
    import pdfplumber

    parts = [g.printed_text(path)]
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            half = page.width / 2
            for box in ((0, 0, half, page.height), (half, 0, page.width, page.height)):
                parts.append(page.crop(box).extract_text() or "")
    return " ".join(" ".join(parts).split())


SET = ls.LayoutSet("novel", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=scanned, top=_top, text=_text,
                   more_checks=ls.reasons_printed(MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
