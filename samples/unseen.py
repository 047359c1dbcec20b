"""The unseen set: payer layouts made for an untuned figure, now open for tuning.

Twelve layout families, ``u00``-``u11``, unlike those of ``samples/generate.py``,
``samples/varied.py``, ``samples/fresh.py`` and ``samples/blind.py``: a member EOB with a
claim-detail box per claim and a totals band at its right, a provider voucher with the
patient, account and claim on one line and adjustments on their own sub-line, a
self-funded employer plan's statement from its claims administrator, a state Medicaid
fee-for-service remittance over three pages with its EOB-code legend on the last page, a
letter whose facts sit in a small table at the top right, a bilingual statement in 7 pt
with grey bands, a mother-and-infant family statement, a supplier's DME notice with
"Adj reason" lines, a summary-first county plan EOB, a phone photo of a bulleted letter,
a church plan statement with stacked lines, and a short-term plan's payment notice with
deductible, copay and coinsurance columns (one of its notices denies nothing). It was
made before anyone tuned against it and measured the reader on layouts nobody had seen;
it is now a tuning set, like ``tune/``, ``fresh/`` and ``blind/``. The set that measures
unseen layouts now is ``samples/outside.py`` (never tune against that one).

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``u<family>_<layout>_<n>``.

    python samples/unseen.py                     # rewrite tests/data/varied/unseen/
    python samples/unseen.py --families 3 --out /tmp/unseen
    python samples/unseen.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind as b  # noqa: E402  - samples/blind.py: its scanner and phone camera
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked

D = Decimal
ZERO = g.ZERO
GREY = colors.HexColor("#e4e4e4")

# --------------------------------------------------------------------------
# Value shapes


def d_dot(d: date) -> str:
    """``03.02.2026`` (month.day.year)."""
    return d.strftime("%m.%d.%Y")


def plain(x: Decimal) -> str:
    """``1,234.50``: no dollar sign."""
    return f"{x:,.2f}"


FIRST = ["Marisol", "Tamsin", "Oyelaran", "Brielle", "Kateryna", "Soraya", "Wren", "Ifeoma",
         "Linnea", "Paloma", "Rosalind", "Zainab", "Greer", "Anouk", "Delphine", "Yesenia"]  # fmt: skip
LAST = ["Okonkwo-Baird", "Vasquez", "Thornquist", "Ellingboe", "Marchetti", "Haverford",
        "Quintero", "Lindahl", "Abernathy", "Castellanos", "Nakashima", "Pruett",
        "Szymanski", "Delacroix", "Fairbanks", "Osei"]  # fmt: skip
INFANTS = ["Baby Girl", "Baby Boy"]
STREETS = ["Larchmont Way", "Quarry Hill Rd", "Tamarack Ct", "Ninebark Lane", "Ferrous Ave",
           "Silo Street", "Heron Bluff Dr", "Cobbler Row"]  # fmt: skip
CITIES = [("Fenwick", "DE", "19944"), ("Marrow Falls", "ID", "83201"),
          ("Oaklet", "KS", "66049"), ("Pell City", "AL", "35125"),
          ("Grangeville", "NE", "68801"), ("Tillery", "NC", "27870"),
          ("Wessel", "IA", "50010"), ("Brindle", "ME", "04401")]  # fmt: skip
PROVIDERS = ["Hollis Marten, IBCLC", "Ripple Lactation Studio", "Amara Feld, IBCLC",
             "Cradle & Crest Feeding Clinic", "Noor Haddad, IBCLC", "Whitlow Family Lactation",
             "Bea Okafor, RD, IBCLC", "Greenlatch Feeding Therapy, LLC"]  # fmt: skip

SERVICES = {
    "S9443": "Lactation classes, non-physician",
    "99401": "Preventive counseling, 15 min",
    "99402": "Preventive counseling, 30 min",
    "99403": "Preventive counseling, 45 min",
    "99404": "Preventive counseling, 60 min",
    "99211": "Office visit, est. patient, minimal",
    "99212": "Office visit, est. patient, straightforward",
    "99213": "Office visit, est. patient, low",
    "99214": "Office visit, est. patient, moderate",
    "99215": "Office visit, est. patient, high",
    "97802": "Medical nutrition therapy, initial, 15 min",
    "A4281": "Breast pump tubing, replacement",
    "E0603": "Breast pump, electric",
}
MOTHER_DX = ["Z39.1", "O92.3", "O92.5", "O92.13", "O92.70", "O92.79"]
INFANT_DX = ["P92.5", "P92.6", "P92.8", "P92.9"]

# category -> (CARC key, RARCs) when the notice prints codes
CATEGORY_CODES = {
    "out_of_network": ("CO-242", []),
    "provider_type": ("CO-185", ["N95"]),
    "prior_authorization": ("CO-197", []),
    "not_covered": ("CO-204", ["N130"]),
    "medical_necessity": ("CO-50", []),
    "frequency_limit": ("CO-119", ["N362"]),
    "place_of_service": ("CO-58", ["N428"]),
    "eligibility": ("CO-27", []),
    "coding": ("CO-11", []),
}
MEANINGS = {**g.CODE_TEXT, "CO-27": "Expenses incurred after coverage terminated."}
LETTER_REASONS = {
    "prior_authorization": "the plan requires approval before this service, and no approval "
    "was on file for the date it was given.",
    "medical_necessity": "the records we received do not show that the visits were medically "
    "necessary.",
    "provider_type": "the plan does not pay for services billed by this kind of provider.",
    "place_of_service": "this service is not covered when it is given in your home.",
    "not_covered": "lactation counseling is excluded from the benefits of your plan.",
}
# the state Medicaid program's own EOB codes (family u03) and what its legend prints
MEDICAID_EOB = {
    "out_of_network": ("0512", "Provider not enrolled with the program for this service."),
    "provider_type": ("0633", "Provider type not authorized to bill this procedure code."),
    "prior_authorization": ("0911", "Prior authorization number missing or not on file."),
    "not_covered": ("0207", "Procedure code is not a covered program benefit."),
    "frequency_limit": ("0750", "Service exceeds the program limit for this recipient."),
}


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(ls.DenialFamily):
    """An unseen layout (kind eob, remit or letter); one document may be scanned."""

    dpi: int = 0  # one document of the family is scanned (or photographed) at this resolution
    photo: bool = False  # a phone photo (.jpg) of page 1 rather than a scanned PDF
    scan_doc: int = 2  # which document is scanned; the others stay text PDFs
    own_codes: bool = False  # the payer's own EOB codes instead of CARCs

    def scanned(self, n: int) -> bool:
        return self.dpi > 0 and n == self.scan_doc


LACTATION = ls.LACTATION
VISITS = ("99212", "99213", "99214", "97802", "99403")
FAMILIES = [
    Family(0, "claimdetail", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, g.d_mon,
           (2, 3), (1, 2), ("out_of_network", "not_covered", "provider_type"), LACTATION,
           funding="fully_insured", paid_doc=1, npi=True, network=True),
    Family(1, "voucher", "remit", "Courier", "Courier-Bold", 8.0, plain, g.d_us,
           (4, 6), (1, 3), ("not_covered", "prior_authorization", "frequency_limit"),
           LACTATION + ("99213",), mixed=True),
    Family(2, "tpa", "eob", "Helvetica", "Helvetica-Bold", 9.0, g.usd, g.d_iso,
           (1, 2), (1, 3), ("provider_type", "out_of_network", "cost_sharing"), LACTATION,
           funding="self_funded", dpi=300, npi=True),
    Family(3, "medicaidffs", "remit", "Courier", "Courier-Bold", 7.5, plain, g.d_us,
           (36, 40), (1, 2), ("provider_type", "not_covered", "prior_authorization",
                              "frequency_limit"), LACTATION, funding="medicaid",
           mixed=True, own_codes=True),
    Family(4, "factsbox", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, g.d_mon,
           (1, 1), (1, 1), ("prior_authorization", "medical_necessity", "provider_type"),
           ("99403", "99404", "S9443"), dpi=200, npi=True),
    Family(5, "bilingual", "eob", "Helvetica", "Helvetica-Bold", 7.0, plain, d_dot,
           (2, 3), (1, 2), ("cost_sharing", "out_of_network", "not_covered"), LACTATION,
           funding="fully_insured"),
    Family(6, "family", "eob", "Vera", "Vera-Bold", 8.5, g.usd, g.d_long,
           (3, 4), (1, 2), ("frequency_limit", "not_covered", "out_of_network"),
           ("99402", "99403", "S9443"), mixed=True, infant=True),
    Family(7, "dmeadj", "eob", "Helvetica", "Helvetica-Bold", 9.0, g.usd, g.d_us,
           (1, 2), (1, 2), ("frequency_limit", "not_covered", "cost_sharing"),
           ("E0603", "A4281"), dpi=250, npi=True),
    Family(8, "summaryfirst", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, g.d_short,
           (2, 3), (1, 2), ("medical_necessity", "provider_type", "coding"), VISITS,
           funding="governmental", mixed=True),
    Family(9, "bullets", "letter", "Helvetica", "Helvetica-Bold", 11.0, g.usd, g.d_iso,
           (1, 1), (1, 1), ("place_of_service",), ("S9443", "99403"), dpi=180, photo=True, scan_doc=0),
    Family(10, "stacked", "eob", "Times-Roman", "Times-Bold", 9.5, g.num, g.d_mon,
           (1, 3), (1, 2), ("not_covered", "out_of_network", "medical_necessity",
                            "frequency_limit"), LACTATION + ("99214",), funding="church",
           dpi=240),
    Family(11, "costshare", "eob", "Vera", "Vera-Bold", 8.0, plain, g.d_iso,
           (2, 3), (1, 2), ("cost_sharing",), LACTATION, funding="short_term",
           pagesize=landscape(letter), margin=40, paid_doc=1),
]  # fmt: skip

PAYERS = [
    ("Tessellate Health Plan", "Wilmington", "DE", "19801"),
    ("Pinecrest Provider Payments", "Augusta", "ME", "04330"),
    ("Harborlight Benefit Administrators", "Erie", "PA", "16501"),
    ("Kestrel Valley Medical Assistance Program", "Pierre", "SD", "57501"),
    ("Wrenfield Health Insurance Company", "Helena", "MT", "59601"),
    ("Solana Verde Health", "Tucson", "AZ", "85701"),
    ("Blue Alder Family Health", "Spokane", "WA", "99201"),
    ("Orrin Bay Health Plans", "Portsmouth", "NH", "03801"),
    ("Gannet Point Benefits", "Biloxi", "MS", "39530"),
    ("Mesa Lumen Health", "Pueblo", "CO", "81003"),
    ("Stillwater Covenant Benefits", "Frankfort", "KY", "40601"),
    ("Tallgrass Short Term Health", "Topeka", "KS", "66603"),
]
FUNDING_TEXT = {
    2: "Your employer's plan is self-funded: the Plan Administrator, {sponsor}, pays the "
    "benefits, and {payer} processes claims for it.",
    3: "Fee-for-service Medicaid: claims are paid by the state program directly.",
    5: "Este plan está asegurado por {payer}. / This plan is insured by {payer}.",
    0: "Your coverage is insured by {payer}.",
    8: "This is a governmental plan sponsored by the {sponsor} for its employees.",
    10: "This is a church plan maintained by {sponsor}; it is not subject to ERISA.",
    11: "This is a short-term, limited-duration insurance policy.",
}
SPONSORS = {2: "Orchard Valley Manufacturing Co.", 8: "County of Ellery",
            10: "the Stillwater Covenant Church Benefits Board"}  # fmt: skip


# --------------------------------------------------------------------------
# The record


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return D(rng.randrange(lo, hi) * 5) + D("0.00")


def _line(fam: Family, rng: random.Random, dos: date, code: str, dx: str, cat: str | None):
    billed = _money(rng, 200, 500) if code == "E0603" else _money(rng, 12, 80)
    ln = g.Line(dos=dos, code=code, desc=SERVICES[code], billed=billed, units=1, dx=[dx])
    if code == "E0603":
        ln.modifiers = ["NU"]
    if code == "A4281":
        ln.units = rng.randint(1, 2)
    remit = fam.kind == "remit"
    if cat in (None, "cost_sharing"):
        allowed = (billed * D("0.75")).quantize(D("0.01"))
        share = ZERO
        if cat == "cost_sharing":
            kind = rng.choice("123")
            share = {"1": min(allowed, D("125.00")), "2": (allowed * D("0.2")).quantize(D("0.01")),
                     "3": D("25.00")}[kind]  # fmt: skip
            ls.cost_share(ln, kind, share)
        ln.allowed, ln.paid, ln.owe = allowed, allowed - share, share
        if remit and not fam.own_codes:
            ln.adj.insert(0, g.Adj("CO", "45", billed - allowed))
        return ln
    ln.allowed, ln.paid = ZERO, ZERO
    ln.owe = billed if cat == "out_of_network" else ZERO
    if fam.own_codes:
        ln.payer_codes = [MEDICAID_EOB[cat][0]]
    elif fam.kind != "letter":
        ls.coded(ln, *CATEGORY_CODES[cat], billed)
    return ln


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _claim_number(fam: Family, rng: random.Random) -> str:
    r = rng.randrange
    shapes = {
        0: lambda: f"TH{r(10**8, 10**9)}",
        1: lambda: f"{r(10**10, 10**11)}",
        2: lambda: f"HBA-{r(1000, 9999)}-{r(100000, 999999)}",
        3: lambda: f"{26}{r(100, 366):03d}{r(10**7, 10**8)}",
        4: lambda: f"W{r(10**6, 10**7)}-{r(10, 99)}",
        5: lambda: f"SV{r(10**7, 10**8)}",
        6: lambda: f"{r(100, 999)}{r(10**6, 10**7)}",
        7: lambda: f"OB-{r(10**7, 10**8)}",
        8: lambda: f"GP{r(10**9, 10**10)}",
        9: lambda: f"ML{r(10**6, 10**7)}",
        10: lambda: f"SC-{r(10**5, 10**6)}-{r(1, 9)}",
        11: lambda: f"{r(10**8, 10**9)}T",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    r = rng.randrange
    letters = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3))
    shapes = {
        0: lambda: f"{letters}{r(10**8, 10**9)}",
        2: lambda: f"OVM{r(10**6, 10**7)}-0{r(1, 5)}",
        4: lambda: f"{letters}-{r(1000, 9999)}-{r(1000, 9999)}",
        5: lambda: f"{r(10**9, 10**10)}",
        6: lambda: f"BA{r(10**7, 10**8)}",
        7: lambda: f"{letters}{r(10**6, 10**7)}",
        8: lambda: f"ELC{r(10**6, 10**7)}",
        9: lambda: f"M{r(10**8, 10**9)}",
        10: lambda: f"{letters[:2]}{r(10**7, 10**8)}",
        11: lambda: f"STL-{r(10**6, 10**7)}",
    }
    return shapes[fam.id]()


@dataclass
class Extra:
    payee: str = ""
    payee_npi: str = ""
    voucher: str = ""
    accounts: dict[str, str] = field(default_factory=dict)
    recipient_ids: dict[str, str] = field(default_factory=dict)
    relationship: dict[str, str] = field(default_factory=dict)


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-unseen-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-unseen-family-{fam.id}")
    payer = PAYERS[fam.id][0]
    phone = f"8{own.choice('045678')}{own.choice('05678')}-555-01{own.randrange(100):02d}"
    place = rng.choice(CITIES)
    notice = date(2026, 1, 12) + timedelta(days=rng.randrange(0, 290))
    member = _person(rng)
    remit = fam.kind == "remit"
    doc = ls.notice_doc(f"u{fam.id:02d}_{fam.layout}_{n}", fam, PAYERS[fam.id],
                        f"PO Box {own.randrange(1000, 99999)}", phone, notice, rng, member,
                        lambda: _member_id(fam, rng), STREETS, place)  # fmt: skip
    if not remit:
        doc.plan_name = f"{payer.split()[0]} {rng.choice(['Core', 'Plus', 'Essential', 'Bronze'])}"
        doc.plan_type = rng.choice(["PPO", "EPO", "HMO", "POS"])
        doc.group = f"{rng.randrange(10000, 99999)}-{rng.randrange(100, 999)}"
        if fam.kind == "letter":  # the letters print no group number
            doc.group = None
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    extra = Extra(
        payee=rng.choice(PROVIDERS[1::2]),
        payee_npi=g.make_npi(f"1{rng.randrange(10**7, 10**8)}"),
        voucher=f"V{rng.randrange(10**6, 10**7)}",
    )
    doc.extra["x"] = extra
    patients = [member]
    if fam.infant:
        infant = f"{rng.choice(['Juniper', 'Otis', 'Maeve', 'Arlo'])} {member.split()[-1]}"
        patients = [member, infant]
        extra.relationship = {member: "Subscriber", infant: "Child (newborn)"}
    dos0 = notice - timedelta(days=rng.randrange(18, 70))
    n_claims = rng.randint(*fam.claims)
    for i in range(n_claims):
        if n == fam.paid_doc or (fam.mixed and i == 0):
            cat = None
        elif fam.mixed and fam.kind == "remit" and rng.random() < 0.3:
            cat = None
        else:
            cat = rng.choice(fam.categories)
        patient = _person(rng) if remit else patients[i % len(patients)]
        dx_pool = INFANT_DX if fam.infant and patient != member else MOTHER_DX
        lines = []
        for j in range(rng.randint(*fam.lines)):
            code = rng.choice(fam.services)
            lines.append(_line(fam, rng, dos0 + timedelta(days=9 * j + 2 * i), code,
                               rng.choice(dx_pool), cat))  # fmt: skip
        claim = g.ClaimRec(
            number=_claim_number(fam, rng),
            patient=patient,
            provider=None if remit else rng.choice(PROVIDERS),
            lines=lines,
            categories=[cat] if cat else [],
        )
        if fam.npi and not remit:
            claim.npi = g.make_npi(f"1{rng.randrange(10**7, 10**8)}")
        if fam.network:
            claim.network = "out" if cat == "out_of_network" else "in"
        if fam.kind == "letter":
            claim.reason = LETTER_REASONS[cat]
            if fam.id == 4 and n == 1:  # this letter names the adjustment reason too
                key, _ = CATEGORY_CODES[cat]
                group, code_ = key.split("-")
                lines[0].adj = [g.Adj(group, code_)]
        if remit:
            extra.accounts[claim.number] = f"{rng.randrange(10**4, 10**6)}"
            extra.recipient_ids[claim.number] = f"{rng.randrange(10**10, 10**11)}"
        doc.claims.append(claim)
    if fam.infant:  # grouped by patient, in the order they are printed
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(MEANINGS)
    if fam.own_codes:
        doc.meanings = {code: text for code, text in MEDICAID_EOB.values()}
    return doc


# --------------------------------------------------------------------------
# Drawing helpers


def _m(fam: Family, x: Decimal | None) -> str:
    return "" if x is None else fam.money(x)


def _used(doc: g.Doc) -> list[str]:
    out: list[str] = []
    for claim in doc.claims:
        out += [c for c in g.claim_codes(claim) if c not in out]
    return out


def _plan(doc: g.Doc) -> str:
    return f"{doc.plan_name} ({doc.plan_type})"


def _phone(doc: g.Doc, style: str = "paren") -> str:
    a, bb, c = g.phone_parts(doc.payer_phone)
    return {"paren": f"({a}) {bb}-{c}", "dots": f"{a}.{bb}.{c}", "one": f"1-{a}-{bb}-{c}"}[style]


def _key(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, shown=lambda c: c, sep: str = ": ",
         space: float = 6, up: float = 0.5) -> None:  # fmt: skip
    """The meanings of the codes used, under ``title`` (``up`` points larger than the text)."""
    lines = [f"{shown(c)}{sep}{doc.meanings[c]}" for c in _used(doc) if c in doc.meanings]
    ls.key(fam, pdf, title, lines, space, up)


_address = ls.address


def _letterhead(fam: Family, pdf: g.Pdf, doc: g.Doc, size: float, under: tuple[str, float],
                title: tuple[str, float] | None = None, right: tuple[str, float] | None = None,
                drop: float = 24, below: float = 44) -> None:  # fmt: skip
    """The payer's name (``size`` pt) at the top left with a line ``under`` it, a ``title`` at
    the top right with a line under it (each ``(text, size)``), then the member's address."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, fam.bold, size)
    pdf.text(pdf.margin, top - drop, under[0], fam.font, under[1])
    if title:
        pdf.text(pdf.w - pdf.margin, top - 12, title[0], fam.bold, title[1], align="right")
    if right:
        pdf.text(pdf.w - pdf.margin, top - drop, right[0], fam.font, right[1], align="right")
    pdf.y = top - below
    _address(fam, pdf, doc)


def _right_block(fam: Family, pdf: g.Pdf, top: float, pairs: list[tuple[str, str]],
                 width: float = 210) -> float:  # fmt: skip
    """Label/value rows in a ruled box at the top right; returns its bottom."""
    x0 = pdf.w - pdf.margin - width
    row = fam.size * 1.7
    pdf.c.setLineWidth(0.6)
    pdf.c.rect(x0, top - row * len(pairs) - 4, width, row * len(pairs) + 4, stroke=1, fill=0)
    for i, (label, value) in enumerate(pairs):
        y = top - row * (i + 1)
        pdf.text(x0 + 5, y, label, fam.font, fam.size - 1)
        pdf.text(pdf.w - pdf.margin - 5, y, value, fam.bold, fam.size - 1, align="right")
    return top - row * len(pairs) - 4


def _cols(pdf: g.Pdf, titles: list[str], widths: list[float], right: set[int], room: float = 0):
    """Table columns, scaled down to fit the page (less ``room``)."""
    scale = min(1.0, (pdf.w - 2 * pdf.margin - room) / sum(widths))
    return [(t, w * scale, "right" if i in right else "left")
            for i, (t, w) in enumerate(zip(titles, widths, strict=True))]  # fmt: skip


def _footer(fam: Family, doc: g.Doc, text: str):
    return ls.footer(fam, text, y=24, size=7)


# --------------------------------------------------------------------------
# The layouts


def draw_claimdetail(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A claim-detail box per claim with the claim's totals in a shaded band at its right."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, fam.bold, 15)
    pdf.text(pdf.margin, top - 24, ", ".join(doc.payer_addr), fam.font, 8)
    pdf.text(pdf.margin, top - 34, f"Member services {_phone(doc)}", fam.font, 8)
    bottom = _right_block(fam, pdf, top, [
        ("THIS IS NOT A BILL", ""), ("Statement date", fam.dates(doc.notice_date)),
        ("Member", doc.member_name), ("Member ID", doc.member_id),
        ("Group", doc.group), ("Plan", _plan(doc))])  # fmt: skip
    pdf.y = top - 52
    _address(fam, pdf, doc)
    pdf.y = min(pdf.y, bottom - 10)
    pdf.para(doc.funding_text, fam.font, fam.size)
    band = 130
    inner = pdf.w - 2 * pdf.margin - band
    titles = ["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Codes"]
    widths = [i * inner for i in (0.15, 0.29, 0.11, 0.11, 0.11, 0.1, 0.13)]
    for claim in doc.claims:
        rows = [[fam.dates(ln.dos), f"{ln.code} {ln.desc}", _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(g.claim_codes(g.ClaimRec(None, None, None, [ln])))] for ln in claim.lines]  # fmt: skip
        row_h = fam.size * 1.9
        height = 16 + 3 * fam.size * 1.5 + (len(rows) + 1) * row_h + 18
        pdf.need(height + 10)
        y0 = pdf.y
        c = pdf.c
        c.setFillColor(GREY)
        c.rect(pdf.margin, y0 - 16, pdf.w - 2 * pdf.margin, 16, stroke=0, fill=1)
        c.rect(pdf.w - pdf.margin - band, y0 - height, band, height - 16, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setLineWidth(0.8)
        c.rect(pdf.margin, y0 - height, pdf.w - 2 * pdf.margin, height, stroke=1, fill=0)
        pdf.text(pdf.margin + 5, y0 - 11, "CLAIM DETAIL", fam.bold, fam.size + 0.5)
        net = {"in": "In-network", "out": "Out-of-network"}[claim.network]
        x_band = pdf.w - pdf.margin - band + 6
        ty = y0 - 16 - fam.size * 1.4
        for text in (f"Claim number: {claim.number}     Patient: {claim.patient}",
                     f"Provider: {claim.provider} ({net})", f"Provider NPI: {claim.npi}"):  # fmt: skip
            pdf.text(pdf.margin + 5, ty, text, fam.font, fam.size)
            ty -= fam.size * 1.5
        pdf.y = ty
        pdf.table(_cols(pdf, titles, widths, {2, 3, 4, 5}, room=4), rows, x=pdf.margin + 2, font=fam.font,
                  bold=fam.bold, size=fam.size - 0.5, ruled=False, header_bg=None)  # fmt: skip
        by = y0 - 16 - fam.size * 1.4
        pdf.text(x_band, by, "Claim totals", fam.bold, fam.size)
        for label, attr in (("Billed", "billed"), ("Plan paid", "paid"), ("You owe", "owe")):
            by -= fam.size * 1.7
            pdf.text(x_band, by, label, fam.font, fam.size)
            pdf.text(pdf.w - pdf.margin - 6, by, _m(fam, claim.total(attr)), fam.bold, fam.size,
                     align="right")  # fmt: skip
        pdf.y = y0 - height - 10
    _key(fam, pdf, doc, "What the codes mean")


def draw_voucher(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider voucher: patient, account and claim on one line, adjustments below each line."""
    x: Extra = doc.extra["x"]
    size, font = fam.size, fam.font
    pdf.line(doc.payer_name, fam.bold, 11, gap=13)
    pdf.line(f"{doc.payer_addr[0]}  {doc.payer_addr[1]}   PROVIDER LINE {_phone(doc, 'one')}",
             font, size)  # fmt: skip
    pdf.line("PROVIDER PAYMENT VOUCHER", fam.bold, 10, x=pdf.w / 2 - 70, gap=16)
    pdf.line(f"PAY TO: {x.payee.upper()}   BILLING NPI: {x.payee_npi}", font, size)
    pdf.line(f"VOUCHER DATE: {fam.dates(doc.notice_date)}   VOUCHER NO: {x.voucher}", font, size,
             gap=size * 2)  # fmt: skip
    cols = [(pdf.margin + 16, "DOS", "left"), (pdf.margin + 96, "PROC", "left"),
            (pdf.margin + 170, "UNITS", "right"), (pdf.margin + 250, "BILLED", "right"),
            (pdf.margin + 320, "ALLOWED", "right"), (pdf.margin + 390, "PAID", "right"),
            (pdf.margin + 460, "PT RESP", "right")]  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 8)
        pdf.rule(0.4)
        pdf.space(3)
        pdf.line(f"PATIENT: {claim.patient}   ACCOUNT NO: {x.accounts[claim.number]}   "
                 f"CLAIM NO: {claim.number}", fam.bold, size)  # fmt: skip
        for cx, title, align in cols:
            pdf.text(cx, pdf.y - size, title, font, size - 0.5, align=align)
        pdf.y -= size * 1.5
        for ln in claim.lines:
            cells = [fam.dates(ln.dos), ln.code, str(ln.units), _m(fam, ln.billed),
                     _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe)]  # fmt: skip
            pdf.need(size * 3)
            for (cx, _, align), cell in zip(cols, cells, strict=True):
                pdf.text(cx, pdf.y - size, cell, font, size, align=align)
            pdf.y -= size * 1.35
            adj = "  ".join(f"{a.group} {a.code} {fam.money(a.amount)}" for a in ln.adj)
            sub = f"ADJUSTMENT: {adj}" + (f"   REMARK: {' '.join(ln.rarc)}" if ln.rarc else "")
            pdf.line(sub, font, size - 0.5, x=pdf.margin + 40)
        pdf.line(f"CLAIM TOTALS   BILLED {_m(fam, claim.total('billed'))}   PAID "
                 f"{_m(fam, claim.total('paid'))}", fam.bold, size, gap=size * 1.9)  # fmt: skip
    _key(fam, pdf, doc, "ADJUSTMENT AND REMARK CODES", lambda c: c.replace("-", " "))


def draw_tpa(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A claims administrator's statement for a self-funded plan: group code in its own column."""
    _letterhead(fam, pdf, doc, 14, (f"Claims administrator  |  {' '.join(doc.payer_addr)}", 8),
                ("Benefit Statement", 12), (f"Issued {fam.dates(doc.notice_date)}", 9))  # fmt: skip
    pdf.line(f"Plan Administrator: {SPONSORS[2]}", fam.font, fam.size)
    pdf.line(f"Plan: {_plan(doc)}      Group: {doc.group}", fam.font, fam.size)
    pdf.line(f"Participant: {doc.member_name}      Participant ID: {doc.member_id}", fam.font,
             fam.size)  # fmt: skip
    pdf.line(f"Questions: {_phone(doc, 'dots')}", fam.font, fam.size)
    pdf.para(doc.funding_text, fam.font, fam.size)
    titles = ["Date of\nservice", "Procedure\ncode", "Amount\ncharged", "Allowed\namount",
              "Plan\npaid", "Participant\nowes", "Group\ncode", "Reason\ncode", "Remark\ncode"]  # fmt: skip
    widths = [66, 62, 60, 60, 56, 64, 42, 46, 50]
    for claim in doc.claims:
        pdf.space(6)
        pdf.line(f"Claim {claim.number} - {claim.patient}", fam.bold, fam.size)
        pdf.line(f"Rendering provider: {claim.provider}, NPI {claim.npi}", fam.font, fam.size)
        rows = [[fam.dates(ln.dos), ln.code, _m(fam, ln.billed), _m(fam, ln.allowed),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(a.group for a in ln.adj),
                 " ".join(a.code for a in ln.adj), " ".join(ln.rarc)] for ln in claim.lines]  # fmt: skip
        rows.append(["Claim total", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), "", "", ""])  # fmt: skip
        pdf.table(_cols(pdf, titles, widths, {2, 3, 4, 5}), rows, font=fam.font, bold=fam.bold,
                  size=fam.size - 0.5, bold_rows={len(rows) - 1})  # fmt: skip
    _key(fam, pdf, doc, "Group, reason and remark codes")
    pdf.para("Group codes: CO - contractual obligation; PR - patient responsibility.", fam.font,
             fam.size)  # fmt: skip


def draw_medicaidffs(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A state Medicaid remittance: one long table, the EOB-code legend on the last page."""
    x: Extra = doc.extra["x"]
    size = fam.size
    pdf.line(doc.payer_name, fam.bold, 11, gap=13)
    pdf.line(f"{' '.join(doc.payer_addr)}   PROVIDER RELATIONS {_phone(doc)}", fam.font, size)
    pdf.line(doc.funding_text, fam.font, size)
    pdf.line("REMITTANCE ADVICE - PAID AND DENIED CLAIMS", fam.bold, 10, gap=15)
    pdf.line(f"PROVIDER: {x.payee}   NPI: {x.payee_npi}   RA DATE: {fam.dates(doc.notice_date)}",
             fam.font, size, gap=size * 2)  # fmt: skip
    titles = ["ICN", "RECIPIENT NAME", "RECIPIENT ID", "DOS", "PROC", "UNITS", "BILLED",
              "ALLOWED", "PAID", "EOB"]  # fmt: skip
    widths = [80, 110, 70, 52, 38, 32, 48, 48, 44, 36]
    rows = []
    for claim in doc.claims:
        for j, ln in enumerate(claim.lines):
            first = j == 0
            rows.append([claim.number if first else "", claim.patient if first else "",
                         x.recipient_ids[claim.number] if first else "", fam.dates(ln.dos),
                         ln.code, str(ln.units), _m(fam, ln.billed), _m(fam, ln.allowed),
                         _m(fam, ln.paid), " ".join(ln.payer_codes)])  # fmt: skip
    pdf.table(_cols(pdf, titles, widths, {5, 6, 7, 8}), rows, font=fam.font, bold=fam.bold,
              size=size, row_h=size * 3, ruled=False, header_bg=None,
              zebra=colors.HexColor("#f0f0f0"))  # fmt: skip
    pdf.new_page()
    pdf.line("EOB CODE LEGEND", fam.bold, 10, gap=15)
    for code in [c for c in _used(doc) if c in doc.meanings]:
        pdf.line(f"{code}  {doc.meanings[code]}", fam.font, size)


def draw_factsbox(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A letter: its facts in a small table at the top right, the reason in a paragraph."""
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, top - 27, doc.payer_addr[0], fam.font, 9)
    pdf.text(pdf.margin, top - 38, doc.payer_addr[1], fam.font, 9)
    pdf.text(pdf.margin, top - 49, f"Phone {_phone(doc)}", fam.font, 9)
    bottom = _right_block(fam, pdf, top, [
        ("Member", doc.member_name), ("Member ID", doc.member_id), ("Plan", _plan(doc)),
        ("Claim number", claim.number), ("Date of service", fam.dates(ln.dos)),
        ("Service", ln.code), ("Diagnosis", ", ".join(ln.dx)), ("Provider", claim.provider),
        ("Provider NPI", claim.npi), ("Amount billed", fam.money(ln.billed))], width=230)  # fmt: skip
    pdf.y = bottom - 16
    pdf.line(fam.dates(doc.notice_date), fam.font, fam.size, gap=fam.size * 2)
    _address(fam, pdf, doc)
    pdf.line(f"Dear {doc.member_name},", fam.font, fam.size, gap=fam.size * 2)
    code = ""
    if ln.adj:
        code = f" (adjustment reason {ln.adj[0].code})"
    pdf.para(
        "We have finished reviewing the claim described in the box at the top of this letter. "
        f"We are not able to pay it because {claim.reason[:-1]}{code}.",
        fam.font, fam.size, after=8,
    )  # fmt: skip
    pdf.para(
        "If you disagree, you or someone you choose may ask for an appeal within 180 days of "
        "this letter. Send your request and any records to the address above.",
        fam.font, fam.size, after=14,
    )  # fmt: skip
    pdf.line("Sincerely,", fam.font, fam.size)
    pdf.line("Claims Review Department", fam.font, fam.size)


def draw_bilingual(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A bilingual statement in 7 pt: two-line Spanish/English headings, grey bands."""
    _letterhead(fam, pdf, doc, 13, (" - ".join(doc.payer_addr), 7.5),
                ("Explicación de Beneficios / Explanation of Benefits", 10), drop=22, below=40)  # fmt: skip
    for es, en, val in (("Miembro", "Member", doc.member_name), ("Núm. de miembro", "Member no.",
                        doc.member_id), ("Plan", "Plan", _plan(doc)), ("Grupo", "Group", doc.group),
                        ("Fecha", "Date", fam.dates(doc.notice_date)),
                        ("Teléfono", "Phone", _phone(doc, "one"))):  # fmt: skip
        pdf.line(f"{es} / {en}: {val}", fam.font, fam.size + 0.5)
    pdf.para(doc.funding_text, fam.font, fam.size)
    titles = ["Reclamo\nClaim", "Paciente\nPatient", "Proveedor\nProvider", "Fecha\nDate",
              "Servicio\nService", "Cargo\nBilled", "Permitido\nAllowed", "Pagado\nPaid",
              "Usted debe\nYou owe", "Códigos\nCodes"]  # fmt: skip
    widths = [58, 80, 110, 44, 40, 42, 42, 40, 44, 56]
    rows = []
    for claim in doc.claims:
        for ln in claim.lines:
            codes = [a.key.replace("-", "") for a in ln.adj] + ln.rarc
            rows.append([claim.number, claim.patient, claim.provider, fam.dates(ln.dos), ln.code,
                         _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid),
                         _m(fam, ln.owe), " ".join(codes)])  # fmt: skip
    pdf.space(4)
    pdf.table(_cols(pdf, titles, widths, {5, 6, 7, 8}), rows, font=fam.font, bold=fam.bold,
              size=fam.size, ruled=False, header_bg=colors.HexColor("#cfcfcf"), zebra=GREY)  # fmt: skip
    _key(fam, pdf, doc, "Códigos / Codes", lambda c: c.replace("-", ""))


def draw_family(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A family statement: a section per patient (mother and newborn), one table per claim."""
    x: Extra = doc.extra["x"]
    _letterhead(fam, pdf, doc, 14, (f"{', '.join(doc.payer_addr)}   {_phone(doc)}", 8),
                ("Family Health Statement", 12), below=42)  # fmt: skip
    pdf.line(f"Subscriber: {doc.member_name}   ID: {doc.member_id}   Group: {doc.group}",
             fam.font, fam.size)  # fmt: skip
    pdf.line(f"Plan: {_plan(doc)}   Statement date: {fam.dates(doc.notice_date)}", fam.font,
             fam.size)  # fmt: skip
    titles = ["Service date", "Description", "Code", "Charged", "Plan paid", "Your cost",
              "Remarks"]  # fmt: skip
    widths = [96, 170, 44, 56, 56, 56, 64]
    current = None
    for claim in doc.claims:
        if claim.patient != current:
            current = claim.patient
            pdf.space(8)
            pdf.need(60)
            pdf.c.setFillColor(GREY)
            pdf.c.rect(pdf.margin, pdf.y - 14, pdf.w - 2 * pdf.margin, 14, stroke=0, fill=1)
            pdf.c.setFillColor(colors.black)
            pdf.text(
                pdf.margin + 4, pdf.y - 10, f"Patient: {claim.patient}", fam.bold, fam.size + 1
            )
            pdf.text(pdf.w - pdf.margin - 4, pdf.y - 10, x.relationship[claim.patient], fam.font,
                     fam.size, align="right")  # fmt: skip
            pdf.y -= 20
        pdf.line(f"Claim {claim.number}  -  {claim.provider}", fam.bold, fam.size)
        rows = [[fam.dates(ln.dos), ln.desc, ln.code, _m(fam, ln.billed), _m(fam, ln.paid),
                 _m(fam, ln.owe), " / ".join(g.claim_codes(g.ClaimRec(None, None, None, [ln])))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["", "Claim total", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("paid")), _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(_cols(pdf, titles, widths, {3, 4, 5}), rows, font=fam.font, bold=fam.bold,
                  size=fam.size - 0.5, ruled=True, header_bg=None, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.space(4)
    _key(fam, pdf, doc, "Remark codes")


def draw_dmeadj(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A supplier's DME notice: each item on one line, its adjustment reasons spelled out below."""
    _letterhead(fam, pdf, doc, 14, (", ".join(doc.payer_addr), 8.5),
                ("Medical Equipment Benefits Notice", 11),
                (f"Customer care {_phone(doc, 'dots')}", 8.5))  # fmt: skip
    pdf.line(f"Notice date {fam.dates(doc.notice_date)}", fam.font, fam.size)
    pdf.line(f"Insured {doc.member_name}   Insured ID {doc.member_id}", fam.font, fam.size)
    pdf.line(f"{_plan(doc)}   Group no. {doc.group}", fam.font, fam.size, gap=fam.size * 2)
    for claim in doc.claims:
        pdf.need(80)
        pdf.rule(0.8)
        pdf.space(3)
        pdf.line(f"Claim {claim.number}   Patient {claim.patient}", fam.bold, fam.size)
        pdf.line(f"Supplier {claim.provider}   NPI {claim.npi}", fam.font, fam.size)
        for ln in claim.lines:
            mod = "-".join([ln.code, *ln.modifiers])
            pdf.line(
                f"{fam.dates(ln.dos)}  {mod}  {ln.desc}  Qty {ln.units}  Billed "
                f"{_m(fam, ln.billed)}  Allowed {_m(fam, ln.allowed)}  Paid {_m(fam, ln.paid)}"
                f"  You owe {_m(fam, ln.owe)}",
                fam.font, fam.size,
            )  # fmt: skip
            for a in ln.adj:
                pdf.line(f"Adj reason {a.code}: {doc.meanings[a.key]}", fam.font, fam.size - 0.5,
                         x=pdf.margin + 24)  # fmt: skip
            for r in ln.rarc:
                pdf.line(f"Remark {r}: {doc.meanings[r]}", fam.font, fam.size - 0.5,
                         x=pdf.margin + 24)  # fmt: skip
        pdf.space(6)


def draw_summaryfirst(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A summary of every claim with its status first, then two-line-heading detail tables."""
    _letterhead(fam, pdf, doc, 14, (f"{' '.join(doc.payer_addr)}  |  {_phone(doc, 'one')}", 8.5))
    pdf.line(f"{SPONSORS[8]} Employee Health Benefits - {_plan(doc)}", fam.bold, fam.size)
    pdf.line(f"Employee: {doc.member_name}   Employee ID: {doc.member_id}   Group: {doc.group}",
             fam.font, fam.size)  # fmt: skip
    pdf.line(f"Date of this notice: {fam.dates(doc.notice_date)}", fam.font, fam.size)
    pdf.para(doc.funding_text, fam.font, fam.size)
    pdf.line("CLAIMS SUMMARY", fam.bold, fam.size + 1)
    rows = []
    for claim in doc.claims:
        status = "Denied" if claim.total("paid") == ZERO else "Paid"
        rows.append([claim.number, claim.patient, claim.provider, _m(fam, claim.total("billed")),
                     _m(fam, claim.total("paid")), _m(fam, claim.total("owe")), status])  # fmt: skip
    pdf.table(_cols(pdf, ["Claim", "Patient", "Provider", "Billed", "Plan paid", "You owe",
                          "Status"], [90, 100, 150, 50, 50, 50, 42], {3, 4, 5}), rows,
              font=fam.font, bold=fam.bold, size=fam.size - 0.5)  # fmt: skip
    pdf.space(10)
    pdf.line("CLAIM DETAIL", fam.bold, fam.size + 1)
    titles = ["Date of\nService", "Service\nCode", "Diagnosis\nCode", "Amount\nBilled",
              "Amount\nAllowed", "Plan\nPayment", "Patient\nResponsibility", "Explanation\nCodes"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(4)
        pdf.line(f"Claim {claim.number}", fam.bold, fam.size)
        body = [[fam.dates(ln.dos), ln.code, " ".join(ln.dx), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join([a.code for a in ln.adj] + ln.rarc)] for ln in claim.lines]  # fmt: skip
        pdf.table(_cols(pdf, titles, [56, 50, 56, 56, 56, 56, 82, 70], {3, 4, 5, 6}), body,
                  font=fam.font, bold=fam.bold, size=fam.size - 0.5)  # fmt: skip
    _key(fam, pdf, doc, "Explanation codes", lambda c: c.split("-")[-1])


def draw_bullets(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A short letter: the facts as a bulleted list, the reason in words."""
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    size = fam.size
    pdf.text(pdf.margin, pdf.h - 60, doc.payer_name, fam.bold, 16)
    pdf.text(pdf.margin, pdf.h - 74, f"{', '.join(doc.payer_addr)}  -  {_phone(doc)}", fam.font, 9)
    pdf.y = pdf.h - 100
    pdf.line(fam.dates(doc.notice_date), fam.font, size, gap=size * 2)
    _address(fam, pdf, doc)
    pdf.line(f"Hello {doc.member_name},", fam.font, size, gap=size * 1.8)
    pdf.para("We made a decision about a claim. Here is what we decided:", fam.font, size)
    for item in (f"Member ID: {doc.member_id}", f"Plan: {_plan(doc)}",
                 f"Claim reference: {claim.number}", f"Provider: {claim.provider}",
                 f"Service: {ln.code} on {fam.dates(ln.dos)}",
                 f"Amount billed: {fam.money(ln.billed)}", "Decision: not paid"):  # fmt: skip
        pdf.line(f"\u2022  {item}", fam.font, size, x=pdf.margin + 12)
    pdf.space(6)
    pdf.para(f"Why: {claim.reason[0].upper()}{claim.reason[1:]}", fam.font, size, after=8)
    pdf.para("You can ask us to look at this again within 180 days. Call us or write to us.",
             fam.font, size)  # fmt: skip


def draw_stacked(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A church plan's statement: each service on two stacked rows, amounts labelled inline."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.w / 2, top - 12, doc.payer_name, fam.bold, 15, align="center")
    pdf.text(pdf.w / 2, top - 25, f"{' '.join(doc.payer_addr)}  -  {_phone(doc)}", fam.font, 9,
             align="center")  # fmt: skip
    pdf.y = top - 46
    _address(fam, pdf, doc)
    pdf.line(f"BENEFIT STATEMENT of {fam.dates(doc.notice_date)}", fam.bold, fam.size + 1)
    pdf.line(f"Covered person: {doc.member_name} (No. {doc.member_id})", fam.font, fam.size)
    pdf.line(f"Benefit plan: {_plan(doc)}, group {doc.group}", fam.font, fam.size)
    pdf.para(doc.funding_text, fam.font, fam.size)
    for claim in doc.claims:
        pdf.space(6)
        pdf.need(70)
        pdf.c.setFillColor(GREY)
        pdf.c.rect(pdf.margin, pdf.y - 13, pdf.w - 2 * pdf.margin, 13, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        pdf.text(pdf.margin + 3, pdf.y - 10, f"Claim {claim.number}   {claim.patient}   seen by "
                 f"{claim.provider}", fam.bold, fam.size)  # fmt: skip
        pdf.y -= 17
        for ln in claim.lines:
            pdf.line(f"{fam.dates(ln.dos)}   {ln.code}   {ln.desc}   Dx {' '.join(ln.dx)}",
                     fam.font, fam.size, x=pdf.margin + 8, gap=fam.size * 1.25)  # fmt: skip
            codes = " ".join(g.claim_codes(g.ClaimRec(None, None, None, [ln])))
            pdf.line(f"Billed {_m(fam, ln.billed)}   Allowed {_m(fam, ln.allowed)}   Paid "
                     f"{_m(fam, ln.paid)}   Your share {_m(fam, ln.owe)}"
                     + (f"   Reason {codes}" if codes else ""),
                     fam.font, fam.size, x=pdf.margin + 28)  # fmt: skip
    _key(fam, pdf, doc, "Reason code key")


def draw_costshare(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A landscape payment notice with deductible, copay and coinsurance columns."""
    _letterhead(fam, pdf, doc, 13, (f"{' / '.join(doc.payer_addr)}   {_phone(doc)}", 8),
                ("Explanation of Payment", 12), (f"Processed {fam.dates(doc.notice_date)}", 8),
                drop=23, below=38)  # fmt: skip
    pdf.line(f"Policyholder {doc.member_name}  |  Policy ID {doc.member_id}  |  Group "
             f"{doc.group}  |  {_plan(doc)}", fam.font, fam.size + 0.5)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size)
    titles = ["Claim", "Patient", "Provider", "Date", "Proc", "Charge", "Allowed", "Deductible",
              "Copay", "Coinsurance", "Plan paid", "Your total", "Adj"]  # fmt: skip
    widths = [66, 92, 120, 54, 36, 48, 48, 52, 40, 56, 50, 50, 40]
    rows = []
    for claim in doc.claims:
        for ln in claim.lines:
            rows.append([claim.number, claim.patient, claim.provider, fam.dates(ln.dos), ln.code,
                         _m(fam, ln.billed), _m(fam, ln.allowed), fam.money(ln.deductible),
                         fam.money(ln.copay), fam.money(ln.coins), _m(fam, ln.paid),
                         _m(fam, ln.owe), " ".join(f"{a.group}/{a.code}" for a in ln.adj)])  # fmt: skip
    pdf.table(_cols(pdf, titles, widths, set(range(5, 12))), rows, font=fam.font, bold=fam.bold,
              size=fam.size, zebra=GREY, ruled=False, header_bg=None)  # fmt: skip
    _key(fam, pdf, doc, "Adjustment codes (group/reason)", lambda c: c.replace("-", "/"))


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "claimdetail": (_AMOUNTS, {"billed", "paid", "owe"}),
    "voucher": (_AMOUNTS | {"units", "adj_amount"}, {"billed", "paid"}),
    "tpa": (_AMOUNTS, _AMOUNTS),
    "medicaidffs": ({"billed", "allowed", "paid", "units"}, set()),
    "factsbox": ({"billed", "dx"}, {"billed"}),
    "bilingual": (_AMOUNTS, set()),
    "family": ({"billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "dmeadj": (_AMOUNTS | {"units", "modifiers"}, set()),
    "summaryfirst": (_AMOUNTS | {"dx"}, {"billed", "paid", "owe"}),
    "bullets": ({"billed"}, {"billed"}),
    "stacked": (_AMOUNTS | {"dx"}, set()),
    "costshare": (_AMOUNTS, set()),
}
FOOTERS = {
    "medicaidffs": "Keep this remittance advice for your records.",
    "claimdetail": "This is not a bill. Keep this statement for your records.",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    footer = FOOTERS.get(fam.layout)
    return _footer(fam, doc, footer) if footer else None


def _scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as blind.py's scanner or phone camera returns it, if it is scanned."""
    if not fam.scanned(n):
        return None
    if fam.photo:
        return b.photo_jpg(text_pdf, fam, 9700 + fam.id * 10 + n), 1, ".jpg"
    return (*b.scan_pdf(text_pdf, fam, 9600 + fam.id * 10 + n), ".pdf")


SET = ls.LayoutSet("unseen", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=_scanned)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
