"""An outside set: payer layouts nobody has tuned the reader on. Never tune against it.

Twelve layout families, ``o00``-``o11``, unlike those of ``samples/generate.py``,
``samples/varied.py``, ``samples/fresh.py``, ``samples/blind.py``, ``samples/unseen.py``
and ``samples/novel.py``. Its score says how the reader does on layouts nobody has
seen: never tune against it, never open, print or score its documents, and never read
this generator while working on the reader. Only the lead measures it.

Every document comes with ``<name>.expected.json`` in the contract's shape, built from
the same record as the drawing (``samples.generate.expected``). Names are
``o<family>_<layout>_<n>``.

    python samples/outside.py                     # rewrite tests/data/varied/outside/
    python samples/outside.py --families 3 --out /tmp/outside
    python samples/outside.py --check             # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import io
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, legal, letter
from reportlab.lib.utils import simpleSplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind as b  # noqa: E402  - samples/blind.py: its scanner, checkboxes, label blocks
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: its family, fax machine, code helpers
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

D = Decimal
ZERO = g.ZERO
SHADE = colors.HexColor("#dfe6ee")
LIGHT = colors.HexColor("#f0f0f0")

# --------------------------------------------------------------------------
# Value shapes


def _strf(fmt: str) -> Callable[[date], str]:
    """A date printed by ``strftime(fmt)`` in capitals."""
    return lambda d: d.strftime(fmt).upper()


d_compact = _strf("%m%d%y")  # 030426
d_upper = _strf("%d-%b-%Y")  # 04-MAR-2026
d_dotted = _strf("%m.%d.%Y")  # 03.04.2026


def d_weekday(d: date) -> str:
    """``Wednesday, March 4, 2026``."""
    return f"{d.strftime('%A')}, {g.d_long(d)}"


def usd_words(x: Decimal) -> str:
    """``USD 1,234.50``."""
    return f"USD {x:,.2f}"


FIRST = ["Annaliese", "Brontë", "Corisande", "Delphine", "Eulalia", "Fenella", "Guadalupe",
         "Honora", "Isaura", "Jacinta", "Kerensa", "Leocadia", "Mireille", "Nuala", "Oriana",
         "Philippa", "Rosalind", "Saoirse", "Tullia", "Zinnia"]  # fmt: skip
LAST = ["Achterberg", "Barraclough", "Cienfuegos", "Dunsmore", "Ekwueme", "Fitzwarren",
        "Grimaldi-Shaw", "Hartigan", "Ibarra", "Jankowska", "Kilbride", "Lowenthal",
        "Montague", "Nwachukwu", "Ostrander", "Prudhomme", "Quintero", "Rademacher"]  # fmt: skip
CHILDREN = ["Atticus", "Beatrix", "Cosmo", "Dorothea", "Emrys", "Flora"]
STREETS = ["Wexford Hollow", "Cobblestone Bend", "Tinker Creek Rd", "Persimmon Pl",
           "Aldergrove Ter", "Windlass Way", "Chandler Mill Rd", "Hawthorn Spur"]  # fmt: skip
CITIES = [("Bellmead", "TX", "76705"), ("Corvallis Heights", "OR", "97333"),
          ("Shadyside", "OH", "43947"), ("Tallmadge Park", "MI", "49504"),
          ("Greer Station", "SC", "29651"), ("Kearney Hills", "NE", "68845"),
          ("Mill Valley Flats", "CA", "94941"), ("Ossining Ridge", "NY", "10562")]  # fmt: skip
PROVIDERS = ["Rowena Ashdown, IBCLC", "Cradle & Latch Lactation LLC", "Teodora Vance, IBCLC",
             "Bountiful Start Feeding Clinic", "Maeve Okafor, IBCLC, CLC",
             "Tidepool Family Lactation", "Soledad Ferrer, IBCLC", "Little Sip Lactation PC"]  # fmt: skip

SERVICES = {
    "S9443": "Lactation class (non-physician provider), per session",
    "99401": "Preventive counseling, individual, approx. 15 minutes",
    "99402": "Preventive counseling, individual, approx. 30 minutes",
    "99403": "Preventive counseling, individual, approx. 45 minutes",
    "99404": "Preventive counseling, individual, approx. 60 minutes",
    "99203": "New patient office visit, low complexity",
    "E0604": "Breast pump, hospital grade, electric (rental)",
    "A4281": "Tubing for breast pump, replacement",
}
LACTATION = ("S9443", "99401", "99402", "99403", "99404")
MOTHER_DX = ["Z39.1", "O92.5", "O92.3", "O91.13", "O92.79", "Z39.2"]
CHILD_DX = ["P92.5", "P92.8", "Z00.129", "P92.6"]

# category -> (CARC key, RARCs) when the notice prints codes
CODES = {
    "out_of_network": ("PR-242", ["N130"]),
    "provider_type": ("CO-185", ["N95"]),
    "prior_authorization": ("CO-197", []),
    "not_covered": ("CO-204", []),
    "medical_necessity": ("CO-50", []),
    "frequency_limit": ("CO-119", ["N362"]),
    "place_of_service": ("CO-58", ["N428"]),
    "eligibility": ("PR-27", []),
    "coding": ("CO-11", []),
    "timely_filing": ("CO-29", []),
    "coordination_of_benefits": ("OA-22", []),
    "duplicate": ("OA-18", []),
}
MEANINGS = {
    **nv.MEANINGS,
    "PR-27": "Expenses incurred after coverage terminated.",
    "OA-22": "This care may be covered by another payer per coordination of benefits.",
}
# a payer's own remark letters (o00) and numbers (o11): code -> (meaning, category)
OWN = {
    0: {
        "out_of_network": ("K", "This provider does not participate in your plan's network; "
                                "benefits are not available for non-participating providers."),
        "cost_sharing": ("D", "Your plan's deductible, copay or coinsurance was applied to "
                              "this service."),
        "not_covered": ("W", "This service is not a benefit of your contract."),
        "frequency_limit": ("M", "You have already received the number of visits your "
                                 "plan allows for this service."),
    },
    11: {
        "medical_necessity": ("412", "The documentation received does not support that the "
                                     "service was medically necessary."),
        "duplicate": ("388", "This charge was already processed on an earlier claim."),
        "timely_filing": ("561", "The claim was received after the filing deadline of the "
                                 "plan."),
        "cost_sharing": ("100", "Member coinsurance applies."),
    },
}  # fmt: skip
REASONS = {
    "provider_type": "Our policy allows lactation counseling to be billed only by a physician, "
    "a certified nurse midwife or a nurse practitioner; the provider who billed it is not one "
    "of these.",
    "medical_necessity": "The clinical notes we received do not show that this visit was "
    "medically necessary for the member.",
    "eligibility": "The member was not enrolled in the plan on the date the service was given.",
    "prior_authorization": "This service needed our approval before it was given, and we have "
    "no approval on record for it.",
    "place_of_service": "The plan covers this visit in a provider's office only, and it was "
    "given in the member's home.",
    "out_of_network": "The provider is not in the plan's network, and the plan has no "
    "out-of-network benefits for this service.",
    "not_covered": "Breastfeeding education classes are excluded from coverage under the plan "
    "document.",
    "frequency_limit": "The plan covers up to six lactation visits for each birth, and this "
    "visit was beyond that number.",
    "timely_filing": "The claim reached us more than 90 days after the date of service, which "
    "is past the plan's filing limit.",
    "coding": "The procedure code billed does not match the diagnosis given on the claim.",
    "coordination_of_benefits": "Another health plan pays first for this member, and we have "
    "no record of that plan's payment.",
    "duplicate": "This claim repeats a claim that we already processed for the same service.",
}


@dataclass(frozen=True)
class Family(nv.Family):
    """A novel.py family, and how this set's families differ from it."""

    own: bool = False  # the payer's own remark codes (OWN) in place of CARCs
    big: bool = False  # charges over 1,000 (pump rentals, class series)
    units: bool = False  # a service billed for several units
    modifiers: bool = False  # modifiers after the procedure code


FAMILIES = [
    Family(0, "blueplan", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, g.d_us,
           (2, 3), (1, 3), ("cost_sharing", "out_of_network", "not_covered",
                            "frequency_limit"), funding="fully_insured", paid_doc=2, own=True),
    Family(1, "claimstatus", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, g.d_slash,
           (1, 2), (1, 3), ("prior_authorization", "coding", "duplicate"),
           LACTATION + ("99203",), scans=((2, "scan", 150),), npi=True, modifiers=True),
    Family(2, "erisadenial", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, g.d_long,
           (1, 1), (1, 2), ("provider_type", "not_covered", "medical_necessity"),
           funding="self_funded", scans=((0, "turned", 300),), npi=True, codes=False),
    Family(3, "quarterly", "eob", "Vera", "Vera-Bold", 7.5, g.usd, d_upper,
           (4, 6), (1, 2), ("frequency_limit", "place_of_service", "cost_sharing",
                            "eligibility"), funding="church", scans=((1, "scan", 200),),
           mixed=True, infant=True, units=True),
    Family(4, "hmoaction", "letter", "Helvetica", "Helvetica-Bold", 9.0, g.usd, g.d_dash,
           (1, 1), (1, 2), ("out_of_network", "prior_authorization", "place_of_service"),
           ("99403", "99404", "S9443"), scans=((2, "photo", 180),), npi=True),
    Family(5, "monoremit", "remit", "Courier", "Courier-Bold", 7.0, g.bare, d_compact,
           (4, 6), (1, 3), ("coordination_of_benefits", "timely_filing", "provider_type",
                            "medical_necessity"), LACTATION + ("99203",),
           scans=((1, "fax", 200),), mixed=True, units=True, modifiers=True),
    Family(6, "bilingual", "letter", "Helvetica", "Helvetica-Bold", 9.0, g.usd, d_dotted,
           (1, 1), (1, 2), ("eligibility", "provider_type", "prior_authorization"),
           funding="medicaid", scans=((0, "scan", 250),), npi=True, codes=False),
    Family(7, "sentences", "letter", "Times-Roman", "Times-Bold", 11.0, g.usd, g.d_long,
           (1, 1), (1, 1), ("coding", "timely_filing", "not_covered"), ("S9443", "99402"),
           funding="short_term", scans=((2, "photo", 170),), npi=True, codes=False),
    Family(8, "faxcover", "eob", "Courier", "Courier-Bold", 8.5, g.usd, g.d_short,
           (1, 2), (1, 2), ("medical_necessity", "out_of_network", "coding"),
           funding="governmental", scans=((0, "fax", 200), (2, "fax", 150)), network=True),
    Family(9, "finalappeal", "letter", "Times-Roman", "Times-Bold", 10.5, g.usd, d_weekday,
           (1, 1), (1, 2), ("frequency_limit", "provider_type", "coordination_of_benefits"),
           funding="self_funded", scans=((1, "scan", 240),), npi=True, codes=False),
    Family(10, "sidepanel", "eob", "Helvetica", "Helvetica-Bold", 8.0, usd_words, g.d_iso,
           (1, 3), (1, 2), ("out_of_network", "medical_necessity", "not_covered",
                            "duplicate"), funding="fully_insured", pagesize=landscape(letter),
           margin=36, paid_doc=1, network=True),
    Family(11, "student", "eob", "Times-Roman", "Times-Bold", 8.5, g.num, g.d_mon,
           (2, 2), (1, 2), ("medical_necessity", "duplicate", "timely_filing"),
           LACTATION + ("E0604", "A4281"), funding="fully_insured", pagesize=legal,
           scans=((0, "scan", 300),), paid_doc=2, mixed=True, own=True, big=True),
]  # fmt: skip

PAYERS = [
    ("BlueHarbor Shield of Vermont", "Montpelier", "VT", "05602"),
    ("Northgate Provider Connect", "Omaha", "NE", "68102"),
    ("Crestline Benefit Administrators", "Milwaukee", "WI", "53202"),
    ("Trinity Covenant Health Ministry Plan", "Nashville", "TN", "37203"),
    ("Pueblo Vista HMO", "Tucson", "AZ", "85701"),
    ("Sawtooth Mutual Casualty & Health", "Billings", "MT", "59101"),
    ("Rio Bravo Salud Community Plan", "El Paso", "TX", "79901"),
    ("Keystone Bridge Short-Term Health", "Harrisburg", "PA", "17101"),
    ("Commonwealth Public Employees Health Program", "Frankfort", "KY", "40601"),
    ("Ashgrove Claims Services", "Birmingham", "AL", "35203"),
    ("Piedmont Exchange Health Insurance Co.", "Raleigh", "NC", "27601"),
    ("Lakehead University Student Health Plan", "Duluth", "MN", "55802"),
]
FUNDING_TEXT = {
    0: "Benefits are underwritten by {payer}, an independent licensee.",
    2: "The {sponsor} Employee Medical Plan is a self-funded plan: {sponsor} pays its "
    "benefits, and {payer} is its claims administrator and does not insure them.",
    3: "This church plan of the Trinity Covenant conference is not subject to ERISA.",
    6: "Rio Bravo Salud is a Medicaid managed care organization under contract with the "
    "state Medicaid program. / Rio Bravo Salud es una organizacion de atencion "
    "administrada de Medicaid.",
    7: "This is a short-term, limited-duration insurance policy; it is not comprehensive "
    "coverage under the ACA.",
    8: "This plan is provided by the Commonwealth to state and county employees.",
    9: "The plan is self-funded by {sponsor}; {payer} provides administrative services only.",
    10: "This policy is insured by {payer} and sold through the health insurance marketplace.",
    11: "Coverage is insured by {payer} for students of Lakehead University.",
}
SPONSORS = {2: "Hollander Tool & Die Co.", 9: "Marisco Foods Group, Inc."}
PLAN_TYPES = {0: "PPO", 1: "EPO", 3: "PPO", 4: "HMO", 8: "POS", 10: "EPO", 11: "PPO"}


# --------------------------------------------------------------------------
# The record


def _cents(rng: random.Random, lo: int, hi: int) -> Decimal:
    return (D(rng.randrange(lo * 100, hi * 100)) / 100).quantize(D("0.01"))


def _charge(fam: Family, rng: random.Random, code: str, units: int) -> Decimal:
    if code == "E0604":
        return _cents(rng, 1050, 2400)
    if code == "A4281":
        return _cents(rng, 24, 60)
    each = _cents(rng, 65, 240)
    if fam.big and code == "S9443":
        each = _cents(rng, 260, 420)
    return each * units


def _line(fam: Family, rng: random.Random, dos: date, code: str, dx: str, cat: str | None):
    units = rng.choice([1, 1, 2, 3]) if fam.units or (fam.big and code == "S9443") else 1
    if fam.big and code == "S9443":
        units = 4
    ln = g.Line(dos=dos, code=code, desc=SERVICES[code], billed=_charge(fam, rng, code, units),
                units=units, dx=[dx])  # fmt: skip
    if fam.modifiers:
        ln.modifiers = rng.choice([[], [], ["33"], ["GT"], ["95"], ["U5"]])
    own = OWN.get(fam.id, {}) if fam.own else {}
    if cat in (None, "cost_sharing"):
        allowed = (ln.billed * D(rng.choice(["0.62", "0.75", "0.81", "0.9"]))).quantize(D("0.01"))
        share = ZERO
        if cat == "cost_sharing":
            kind = rng.choice("123")
            share = {"1": allowed, "2": (allowed * D("0.2")).quantize(D("0.01")),
                     "3": min(allowed, D("25.00"))}[kind]  # fmt: skip
            ls.cost_share(ln, kind, share, adjust=fam.codes and not own)
            if own:
                ln.payer_codes.append(own["cost_sharing"][0])
        ln.allowed, ln.paid, ln.owe = allowed, allowed - share, share
        if fam.kind == "remit":
            ln.adj.insert(0, g.Adj("CO", "45", ln.billed - allowed))
        return ln
    key, rarc = CODES[cat]
    ln.allowed, ln.paid = ZERO, ZERO
    ln.owe = ln.billed if key.startswith("PR") or cat == "not_covered" else ZERO
    if own:
        ln.payer_codes.append(own[cat][0])
    elif fam.codes:
        ls.coded(ln, key, rarc, ln.billed)
    return ln


def _alnum(rng: random.Random, pattern: str) -> str:
    """``pattern`` with each ``9`` a digit and each ``A`` a capital letter."""
    return "".join(str(rng.randrange(10)) if ch == "9" else rng.choice("ABCDEFGHJKMNPRTVWXY")
                   if ch == "A" else ch for ch in pattern)  # fmt: skip


CLAIM_SHAPES = ["99999AA99999", "9999999999-A", "AA-2026-999999", "999999999999999",
                "A9999999999", "26999 99999 99", "CN99999999", "9999AA999999", "999-9999999",
                "AP26-99999-99", "MX9999999999", "SH999999"]  # fmt: skip
MEMBER_SHAPES = ["VTA999999999", "N99999999", "999999999", "TC9999999-01", "999999999A",
                 "", "99999999999", "AAA99999999", "KY-999-99-9999", "ASH 999999 99",
                 "PX999999999", "99999999-LU"]  # fmt: skip


@dataclass
class Extra:
    reference: str = ""  # a fax, request or appeal reference (never a claim number)
    fax: str = ""
    account: str = ""
    sponsor: str = ""


def _claim(fam: Family, rng: random.Random, doc: g.Doc, i: int, n: int, patients: list[str],
           dos0: date) -> g.ClaimRec:  # fmt: skip
    cat = nv._category(fam, rng, n, i)
    remit = fam.kind == "remit"
    patient = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if remit else patients[i % len(patients)]
    pool = CHILD_DX if patient != doc.member_name and fam.infant else MOTHER_DX
    lines = []
    for j in range(rng.randint(*fam.lines)):
        code = rng.choice(("E0604", "S9443") if fam.big and j == 0 else fam.services)
        lines.append(_line(fam, rng, dos0 + timedelta(days=5 * j + 4 * i), code, rng.choice(pool),
                           cat))  # fmt: skip
    claim = g.ClaimRec(_alnum(rng, CLAIM_SHAPES[fam.id]), patient,
                       None if remit else rng.choice(PROVIDERS), lines,
                       categories=[cat] if cat else [])  # fmt: skip
    if fam.npi:
        claim.npi = g.make_npi(_alnum(rng, "1" + "9" * 8))
    if fam.network:
        claim.network = "out" if cat == "out_of_network" else "in"
    if fam.kind == "letter" and cat:
        claim.reason = REASONS[cat]
    return claim


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-outside-{fam.id}-{n}")
    house = random.Random(f"appealgen-outside-payer-{fam.id}")
    payer, pcity, pstate, pzip = PAYERS[fam.id]
    remit = fam.kind == "remit"
    city, state, zipc = rng.choice(CITIES)
    member = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    box = house.randrange(2000, 89999)
    doc = g.Doc(
        name=f"o{fam.id:02d}_{fam.layout}_{n}",
        kind=ls.KINDS[fam.kind],
        payer_name=payer,
        payer_addr=[f"P.O. Box {box}" if fam.id % 2 else f"{box} Commerce Pkwy",
                    f"{pcity}, {pstate} {pzip}"],
        payer_state=pstate,
        payer_phone=f"8{house.choice('4678')}{house.choice('05678')}-555-01{house.randrange(100):02d}",
        notice_date=date(2026, 2, 2) + timedelta(days=rng.randrange(0, 250)),
        claims=[],
        funding=fam.funding,
    )  # fmt: skip
    if not remit:
        doc.member_name, doc.member_state = member, state
        doc.member_addr = [f"{rng.randrange(100, 20999)} {rng.choice(STREETS)}",
                           f"{city}, {state} {zipc}"]  # fmt: skip
        doc.member_id = _alnum(rng, MEMBER_SHAPES[fam.id]) or None
        doc.plan_name = f"{payer.split()[0]} {rng.choice(['Essential', 'Premier', 'Core', 'Plus'])}"
        doc.plan_type = PLAN_TYPES.get(fam.id)
        doc.group = _alnum(rng, "99999-AA") if fam.kind == "eob" and fam.id != 10 else None
    if fam.layout == "claimstatus":  # a provider's printout: no member address
        doc.member_addr, doc.member_state = [], None
    if fam.id in FUNDING_TEXT:
        doc.funding_text = FUNDING_TEXT[fam.id].format(payer=payer, sponsor=SPONSORS.get(fam.id))
    doc.extra["x"] = Extra(reference=_alnum(rng, "FX-99999-A"), fax=f"(8{rng.randrange(10, 99)}) "
                           f"555-{rng.randrange(1000, 9999)}", account=_alnum(rng, "PA999999"),
                           sponsor=SPONSORS.get(fam.id, ""))  # fmt: skip
    patients = [member]
    if fam.infant:
        patients.append(f"{rng.choice(CHILDREN)} {member.split()[-1]}")
    reach = 5 * fam.lines[1] + 4 * fam.claims[1]
    dos0 = doc.notice_date - timedelta(days=reach + rng.randrange(15, 70))
    for i in range(rng.randint(*fam.claims)):
        doc.claims.append(_claim(fam, rng, doc, i, n, patients, dos0))
    if fam.infant:
        doc.claims.sort(key=lambda c: patients.index(c.patient))
    doc.meanings = dict(MEANINGS)
    for code, text in OWN.get(fam.id, {}).values() if fam.own else ():
        doc.meanings[code] = text
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m = u._m
_phone = u._phone
_coded = nv._coded
_codes = nv._line_codes


def _plan(doc: g.Doc) -> str:
    return nv._plan(doc)


def _proc(ln: g.Line) -> str:
    return " ".join([ln.code, *ln.modifiers])


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, sub: str = "") -> None:
    """The payer's name centred over a thick rule, its address under it, a title below."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.w / 2, top - 14, doc.payer_name, fam.bold, 14, align="center")
    pdf.text(pdf.w / 2, top - 27, f"{'  ~  '.join(doc.payer_addr)}  ~  {_phone(doc, 'dots')}",
             fam.font, 8, align="center")  # fmt: skip
    pdf.y = top - 33
    pdf.rule(2)
    pdf.space(16)
    pdf.line(title, fam.bold, 12, gap=16)
    if sub:
        pdf.line(sub, fam.font, fam.size, gap=fam.size * 2)


def _reason_key(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, sep: str = " = ") -> None:
    lines = [f"{c}{sep}{doc.meanings[c]}" for c in u._used(doc) if c in doc.meanings]
    ls.key(fam, pdf, title, lines, down=0.5, x=pdf.margin + 8, need=fam.size * 4)


def _fill(pdf: g.Pdf, x: float, y: float, w: float, h: float, color) -> None:
    pdf.c.setFillColor(color)
    pdf.c.rect(x, y, w, h, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)


# --------------------------------------------------------------------------
# The layouts


def draw_blueplan(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Blue-plan member EOB: service rows that wrap, cost-share columns, remark letters."""
    top = pdf.h - pdf.margin
    _fill(pdf, pdf.margin, top - 34, 34, 34, colors.HexColor("#1f4e8c"))
    pdf.text(pdf.margin + 42, top - 14, doc.payer_name, fam.bold, 13)
    pdf.text(pdf.margin + 42, top - 27, ", ".join(doc.payer_addr), fam.font, 8)
    pdf.text(pdf.w - pdf.margin, top - 14, "YOUR EXPLANATION OF BENEFITS", fam.bold, 10,
             align="right")  # fmt: skip
    pdf.text(pdf.w - pdf.margin, top - 27, "This is not a bill.", fam.font, 8, align="right")
    pdf.y = top - 52
    u._address(fam, pdf, doc)
    b._two_blocks(fam, pdf, [("Subscriber", doc.member_name), ("Identification no.", doc.member_id),
                             ("Group no.", doc.group)],
                  [("Date of this notice", fam.dates(doc.notice_date)), ("Product", _plan(doc)),
                   ("Customer service", _phone(doc, "one"))], label_w=86)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    heads = ["Service dates\nand description", "Amount\nbilled", "Network\nsavings",
             "Amount\nallowed", "Deduct-\nible", "Copay", "Co-\ninsurance", "Plan\npaid",
             "What you\nowe", "Re-\nmark"]  # fmt: skip
    cols = u._cols(pdf, heads, [150, 48, 48, 48, 44, 40, 48, 46, 48, 30], set(range(1, 9)))
    for claim in doc.claims:
        pdf.need(90)
        pdf.space(4)
        pdf.line(f"Patient: {claim.patient}   Claim number: {claim.number}   Provider: "
                 f"{claim.provider}", fam.bold, fam.size)  # fmt: skip
        pdf.table(cols, [], font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE)
        for ln in claim.lines:
            desc = simpleSplit(f"{fam.dates(ln.dos)} {ln.desc} ({ln.code})", fam.font,
                               fam.size - 0.5, cols[0][1] - 4)  # fmt: skip
            pdf.need(fam.size * 1.3 * len(desc) + 4)
            cells = [_m(fam, ln.billed), _m(fam, ln.billed - ln.allowed), _m(fam, ln.allowed),
                     _m(fam, ln.deductible), _m(fam, ln.copay), _m(fam, ln.coins),
                     _m(fam, ln.paid), _m(fam, ln.owe), " ".join(ln.payer_codes)]  # fmt: skip
            x, y = pdf.margin, pdf.y - fam.size
            for k, part in enumerate(desc):
                pdf.text(x + 2, y - k * fam.size * 1.25, part, fam.font, fam.size - 0.5)
            x += cols[0][1]
            for (_, w, align), cell in zip(cols[1:], cells, strict=True):
                if align == "right":
                    pdf.text(x + w - 2, y, cell, fam.font, fam.size - 0.5, align="right")
                else:
                    pdf.text(x + 4, y, cell, fam.bold, fam.size - 0.5)
                x += w
            pdf.y -= fam.size * 1.25 * len(desc) + 4
        pdf.rule(0.4, colors.grey)
        pdf.space(2)
        totals = [claim.total(a) for a in ("billed", "allowed", "paid", "owe")]
        pdf.line(f"Claim totals - billed {_m(fam, totals[0])}, allowed {_m(fam, totals[1])}, "
                 f"plan paid {_m(fam, totals[2])}, you owe {_m(fam, totals[3])}", fam.bold,
                 fam.size - 0.5)  # fmt: skip
    _reason_key(fam, pdf, doc, "Remark codes explained", sep=" - ")


def draw_claimstatus(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider claim-status printout from a payer portal: status words, lines under it."""
    size, font = fam.size, fam.font
    pdf.text(pdf.margin, pdf.h - 20, f"{doc.payer_name} - Claim Status Inquiry", font, 7)
    pdf.text(pdf.w - pdf.margin, pdf.h - 20, f"Printed {fam.dates(doc.notice_date)}", font, 7,
             align="right")  # fmt: skip
    pdf.y = pdf.h - pdf.margin
    pdf.line(doc.payer_name, fam.bold, 15, gap=18)
    pdf.line(f"Provider services {_phone(doc)} | {', '.join(doc.payer_addr)}", font, size - 1,
             gap=size * 2.2)  # fmt: skip
    pdf.line("Claim Status Results (276/277)", fam.bold, 11, gap=16)
    rows = [["Subscriber", doc.member_name], ["Subscriber ID", doc.member_id],
            ["Group", doc.group], ["Coverage", _plan(doc)],
            ["Inquiry date", fam.dates(doc.notice_date)]]  # fmt: skip
    pdf.table([("Search criteria", 110, "left"), ("", 250, "left")], rows, font=font,
              bold=fam.bold, size=size - 0.5, header_bg=LIGHT)  # fmt: skip
    for claim in doc.claims:
        pdf.space(8)
        pdf.need(120)
        status = (
            "Finalized/Paid"
            if not claim.denied
            else ("Finalized/Denied" if claim.total("paid") == ZERO else "Finalized/Adjusted")
        )
        category = {"Finalized/Paid": "F1 - Finalized/Payment", "Finalized/Denied":
                    "F2 - Finalized/Denial", "Finalized/Adjusted": "F1 - Finalized/Payment"}[status]  # fmt: skip
        _fill(pdf, pdf.margin, pdf.y - 16, pdf.w - 2 * pdf.margin, 16, SHADE)
        pdf.text(pdf.margin + 4, pdf.y - 11, f"Payer claim # {claim.number}", fam.bold, size)
        pdf.text(pdf.w - pdf.margin - 4, pdf.y - 11, f"Status: {status}", fam.bold, size,
                 align="right")  # fmt: skip
        pdf.y -= 20
        pdf.line(f"Status category: {category}    Patient: {claim.patient}", font, size)
        pdf.line(f"Rendering provider: {claim.provider}  (NPI {claim.npi})", font, size)
        pdf.line(f"Total charge {_m(fam, claim.total('billed'))}    Total paid "
                 f"{_m(fam, claim.total('paid'))}", font, size, gap=size * 1.8)  # fmt: skip
        rows = [[fam.dates(ln.dos), _proc(ln), str(ln.units), _m(fam, ln.billed),
                 _m(fam, ln.paid), ", ".join(_codes(ln)) or "-"] for ln in claim.lines]  # fmt: skip
        pdf.table(u._cols(pdf, ["From DOS", "Proc/Mod", "Units", "Charge", "Paid",
                                "Adj reason / remark"], [70, 80, 40, 70, 70, 120], {3, 4}),
                  rows, font=font, bold=fam.bold, size=size - 0.5, ruled=False,
                  header_bg=None)  # fmt: skip
    u._key(fam, pdf, doc, "Reason and remark code descriptions")


def _unlabelled(fam: Family, pdf: g.Pdf, claim: g.ClaimRec, x: float) -> None:
    """A claim's services in a small ruled table without headings."""
    rows = [[fam.dates(ln.dos), _coded(ln.code), " ".join(ln.dx), _m(fam, ln.billed)]
            for ln in claim.lines]  # fmt: skip
    for k, row in enumerate(rows):
        y = pdf.y - 14 * k
        pdf.c.setLineWidth(0.5)
        pdf.c.rect(x, y - 14, 360, 14, stroke=1, fill=0)
        for cx, cell in zip((x + 4, x + 120, x + 210, x + 356), row, strict=True):
            pdf.text(cx, y - 10, cell, fam.font, fam.size - 1,
                     align="right" if cx > x + 300 else "left")  # fmt: skip
    pdf.y -= 14 * len(rows) + 8


def draw_erisadenial(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An ERISA self-funded plan's claims administrator denial letter: facts in a paragraph."""
    x: Extra = doc.extra["x"]
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Notice of Adverse Benefit Determination",
          f"Claims administrator for the {x.sponsor} Employee Medical Plan")  # fmt: skip
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    pdf.line(f"Re: participant {doc.member_name}, ID {doc.member_id}; {_plan(doc)}", fam.bold,
             size, gap=size * 2)  # fmt: skip
    total = claim.total("billed")
    pdf.para(
        f"On behalf of the plan sponsor, {x.sponsor}, we reviewed claim {claim.number}, which "
        f"{claim.provider} (NPI {claim.npi}) submitted for services to {claim.patient} "
        f"totalling {_m(fam, total)}. The claim has been denied in full. The services were:",
        font, size, after=6,
    )  # fmt: skip
    _unlabelled(fam, pdf, claim, pdf.margin + 20)
    pdf.para(f"The specific reason: {claim.reason}", font, size, after=6)
    pdf.para(doc.funding_text, font, size, after=6)
    pdf.para(
        "Your right to appeal. Under the Employee Retirement Income Security Act (ERISA) you "
        "may appeal this decision in writing within 180 days after you receive this notice. "
        "You may submit comments and documents, and you may ask for copies of all records "
        "relevant to your claim free of charge. If the appeal is denied, you may bring a civil "
        "action under section 502(a) of ERISA.",
        font, size, after=10,
    )  # fmt: skip
    pdf.line("Claims Administration Department", font, size)


def draw_quarterly(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A quarterly member statement: each claim a block with its own sub-total line."""
    u._letterhead(fam, pdf, doc, 13, (f"{' | '.join(doc.payer_addr)} | {_phone(doc)}", 7.5),
                  ("QUARTERLY CLAIMS STATEMENT", 11), (f"Issued {fam.dates(doc.notice_date)}", 8))  # fmt: skip
    pdf.line(f"Plan holder {doc.member_name}  |  Holder no. {doc.member_id}  |  Group "
             f"{doc.group}  |  {_plan(doc)}", fam.font, fam.size + 0.5)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    titles = ["Date", "Procedure", "Diagnosis", "Qty", "Charged", "Plan allowance",
              "Benefit paid", "Your portion", "Code"]  # fmt: skip
    cols = u._cols(pdf, titles, [62, 64, 52, 28, 58, 62, 58, 58, 72], {3, 4, 5, 6, 7})
    current = None
    for claim in doc.claims:
        if claim.patient != current:
            current = claim.patient
            pdf.need(70)
            pdf.space(6)
            _fill(
                pdf, pdf.margin, pdf.y - 14, pdf.w - 2 * pdf.margin, 14, colors.HexColor("#d6d6d6")
            )
            pdf.text(pdf.margin + 4, pdf.y - 10, f"Claims for {claim.patient}", fam.bold,
                     fam.size + 0.5)  # fmt: skip
            pdf.y -= 18
        pdf.need(60)
        pdf.line(f"Claim {claim.number} - {claim.provider}", fam.bold, fam.size)
        rows = [[fam.dates(ln.dos), ln.code, " ".join(ln.dx), str(ln.units), _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        rows.append(["", "", "", "Sub-total", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
                  header_bg=None, bold_rows={len(rows) - 1})  # fmt: skip
    u._key(fam, pdf, doc, "What the codes mean")


def draw_hmoaction(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An HMO Notice of Action form: labels small above boxed values, ticks, a code box."""
    claim = doc.claims[0]
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 15)
    pdf.text(pdf.margin, top - 27, f"{', '.join(doc.payer_addr)}   Tel. {_phone(doc)}", fam.font, 8)
    pdf.text(pdf.w - pdf.margin, top - 14, "NOTICE OF ACTION", fam.bold, 13, align="right")
    pdf.text(pdf.w - pdf.margin, top - 27, "Form NOA-7 (rev. 01/26)", fam.font, 7, align="right")
    pdf.y = top - 44
    u._address(fam, pdf, doc)
    b._boxes(fam, pdf, [("Date of notice", fam.dates(doc.notice_date)),
                        ("Enrollee name", doc.member_name), ("Enrollee ID", doc.member_id),
                        ("Health plan", _plan(doc)), ("Claim no.", claim.number),
                        ("Treating provider", claim.provider), ("Provider NPI", claim.npi),
                        ("Patient", claim.patient)], 4, h=28)  # fmt: skip
    y = pdf.y - 10
    x = pdf.margin
    for label, ticked in (("Approved", False), ("Modified", False), ("Denied", True),
                          ("Deferred", False)):  # fmt: skip
        x = b._checkbox(pdf, x, y, label, ticked, fam.font)
    pdf.y = y - 18
    pdf.line("Service(s) requested / billed:", fam.bold, fam.size)
    for ln in claim.lines:
        pdf.line(f"{fam.dates(ln.dos)}    {_coded(ln.code)}    {ln.desc}    charge "
                 f"{_m(fam, ln.billed)}", fam.font, fam.size, x=pdf.margin + 10)  # fmt: skip
    if len(claim.lines) > 1:
        pdf.line(f"Total charge {_m(fam, claim.total('billed'))}", fam.font, fam.size,
                 x=pdf.margin + 10)  # fmt: skip
    pdf.space(6)
    codes = _codes(claim.lines[0])
    h = 16 + 12 * len(codes)
    pdf.c.setLineWidth(1)
    pdf.c.rect(pdf.margin, pdf.y - h, pdf.w - 2 * pdf.margin, h, stroke=1, fill=0)
    pdf.text(pdf.margin + 4, pdf.y - 9, "REASON CODE(S)", fam.bold, 6.5)
    for k, code in enumerate(codes):
        pdf.text(pdf.margin + 8, pdf.y - 21 - 12 * k, f"{code}   {doc.meanings[code]}",
                 fam.font, fam.size - 0.5)  # fmt: skip
    pdf.y -= h + 10
    pdf.para(
        "If you disagree with this action you may file an appeal with the plan within 180 "
        "days of the date of this notice. You may also ask for an independent medical review.",
        fam.font, fam.size,
    )  # fmt: skip


def draw_monoremit(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A paper remittance advice in a monospaced font with abbreviated headings."""
    x: Extra = doc.extra["x"]
    font, size = fam.font, fam.size
    pdf.line(f"{doc.payer_name:<60}REMITTANCE ADVICE", fam.bold, size + 1)
    pdf.line(f"{doc.payer_addr[0]:<40}RUN DATE {fam.dates(doc.notice_date)}", font, size)
    pdf.line(f"{doc.payer_addr[1]:<40}PROV SVCS {_phone(doc, 'dots')}", font, size)
    pdf.line(f"PAYEE {x.account}   PROVIDER GROUP: LACTATION SERVICES", font, size,
             gap=size * 2)  # fmt: skip
    head = (f"{'SERV DATE':<10}{'PROC':<7}{'MOD':<4}{'UN':>3}{'BILLED':>10}{'ALLOWED':>10}"
            f"{'DEDUCT':>9}{'COINS':>9}  {'GRP/RC-AMT':<18}{'PROV PD':>9}")  # fmt: skip
    for k, claim in enumerate(doc.claims, 1):
        pdf.need(size * 8)
        pdf.line("-" * 92, font, size)
        pdf.line(f"NAME {claim.patient:<28}ICN {claim.number:<18}ACNT "
                 f"{x.account}-{k}", fam.bold, size)  # fmt: skip
        pdf.line(head, font, size)
        for ln in claim.lines:
            adjs = [f"{a.key} {_m(fam, a.amount)}" for a in ln.adj] or [""]
            pdf.line(f"{fam.dates(ln.dos):<10}{ln.code:<7}{' '.join(ln.modifiers):<4}"
                     f"{ln.units:>3}{_m(fam, ln.billed):>10}{_m(fam, ln.allowed):>10}"
                     f"{_m(fam, ln.deductible):>9}{_m(fam, ln.coins):>9}  {adjs[0]:<18}"
                     f"{_m(fam, ln.paid):>9}", font, size)  # fmt: skip
            for extra in adjs[1:]:
                pdf.line(f"{'':<62}{extra}", font, size)
            if ln.rarc:
                pdf.line(f"{'':<10}RMK {' '.join(ln.rarc)}", font, size)
        pdf.line(f"{'CLM TOTAL':<24}{_m(fam, claim.total('billed')):>10}"
                 f"{_m(fam, claim.total('allowed')):>10}{'':<38}{_m(fam, claim.total('paid')):>9}",
                 fam.bold, size)  # fmt: skip
        pdf.line(f"{'PT RESP':<24}{_m(fam, claim.total('owe')):>10}", font, size)
    pdf.line("-" * 92, font, size)
    u._key(fam, pdf, doc, "GLOSSARY: GROUP, REASON, REMARK CODES")


def draw_bilingual(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Spanish/English Medicaid notice: both languages on each label line."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Aviso de denegacion / Notice of Denial of Payment")
    rows = [("Fecha del aviso / Date of notice", fam.dates(doc.notice_date)),
            ("Nombre del miembro / Member name", doc.member_name),
            ("Numero de miembro / Member number", doc.member_id),
            ("Plan de salud / Health plan", _plan(doc)),
            ("Numero de reclamo / Claim number", claim.number),
            ("Proveedor / Provider", f"{claim.provider} - NPI {claim.npi}")]  # fmt: skip
    u._address(fam, pdf, doc)
    for label, value in rows:
        pdf.text(pdf.margin, pdf.y - size, f"{label}:", font, size)
        pdf.text(pdf.margin + 210, pdf.y - size, value, fam.bold, size)
        pdf.y -= size * 1.6
    pdf.space(6)
    pdf.para(doc.funding_text, font, size - 0.5, after=6)
    titles = ["Fecha / Date", "Servicio / Service", "Diagnostico / Dx", "Cargo / Charge"]
    rows2 = [[fam.dates(ln.dos), _coded(ln.code), ", ".join(ln.dx), _m(fam, ln.billed)]
             for ln in claim.lines]  # fmt: skip
    if len(claim.lines) > 1:
        rows2.append(["Total", "", "", _m(fam, claim.total("billed"))])
    pdf.table(u._cols(pdf, titles, [90, 120, 110, 90], {3}), rows2, font=font, bold=fam.bold,
              size=size - 0.5, header_bg=LIGHT, bold_rows={len(rows2) - 1} if len(rows2) > 1 else ())  # fmt: skip
    pdf.space(6)
    pdf.line("Motivo / Reason:", fam.bold, size)
    pdf.para(claim.reason, font, size, after=4)
    pdf.para("Usted puede pedir una apelacion dentro de 60 dias. / You may ask for an appeal "
             "within 60 days. Despues puede pedir una audiencia imparcial estatal. / After that "
             "you may ask for a State Fair Hearing.", font, size - 0.5)  # fmt: skip


def draw_sentences(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A letter that gives every fact in sentences only."""
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    size, font = fam.size, fam.font
    pdf.y = pdf.h - pdf.margin
    pdf.line(doc.payer_name, fam.bold, 13, gap=16)
    pdf.line(f"{doc.payer_addr[0]}, {doc.payer_addr[1]}", font, size - 1.5)
    pdf.line(f"Member line {_phone(doc, 'one')}", font, size - 1.5, gap=size * 2.5)
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(
        f"We are writing about your policy, {_plan(doc)}, member number {doc.member_id}. "
        f"{doc.funding_text}",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(
        f"For the visit on {fam.dates(ln.dos)} with {claim.provider} (NPI {claim.npi}) for "
        f"{claim.patient}, the provider billed {_m(fam, ln.billed)} under code {ln.code} "
        f"with diagnosis {', '.join(ln.dx)}, claim {claim.number}. We paid {_m(fam, ln.paid)} "
        f"on this claim. {claim.reason}",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(
        "If you believe we made a mistake, you may ask us to look again. Send your request "
        "within 180 days of the date of this letter to the address above.",
        font, size, after=14,
    )  # fmt: skip
    pdf.line("Yours truly,", font, size)
    pdf.line("Policyholder Services", font, size)


def draw_faxcover(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A notice behind a fax cover sheet that carries numbers of its own."""
    x: Extra = doc.extra["x"]
    font, size = fam.font, fam.size
    pdf.line("F A C S I M I L E   T R A N S M I T T A L", fam.bold, 14, gap=30)
    for label, value in (("TO:", doc.member_name), ("FROM:", "Member Correspondence Unit"),
                         ("FAX:", x.fax), ("PHONE:", _phone(doc)), ("PAGES:", f"{pdf.total or 2}"
                         " including cover"), ("REF:", x.reference),
                         ("DATE:", fam.dates(doc.notice_date))):  # fmt: skip
        pdf.line(f"{label:<10}{value}", font, size + 1, gap=size * 2)
    pdf.space(20)
    pdf.para("The pages that follow may hold protected health information. If you received "
             "this fax in error, call the number above and destroy it.", font, size)  # fmt: skip
    pdf.new_page()
    _head(fam, pdf, doc, "EXPLANATION OF BENEFITS", f"Processed {fam.dates(doc.notice_date)}")
    u._address(fam, pdf, doc)
    pdf.line(f"EMPLOYEE: {doc.member_name}   ID: {doc.member_id}", font, size)
    pdf.line(f"GROUP: {doc.group}   PLAN: {_plan(doc)}", font, size)
    pdf.para(doc.funding_text, font, size, after=6)
    for claim in doc.claims:
        pdf.need(80)
        net = "IN NETWORK" if claim.network == "in" else "OUT OF NETWORK"
        pdf.line(f"CLAIM {claim.number}  PATIENT {claim.patient}", fam.bold, size)
        pdf.line(f"PROVIDER {claim.provider} ({net})", font, size)
        rows = [[fam.dates(ln.dos), ln.code, _m(fam, ln.billed), _m(fam, ln.allowed),
                 _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        pdf.table(u._cols(pdf, ["DOS", "CPT/HCPCS", "CHARGE", "ALLOWED", "PAID", "YOU OWE",
                                "REASON"], [60, 66, 66, 66, 66, 66, 90], {2, 3, 4, 5}), rows,
                  font=font, bold=fam.bold, size=size - 1, header_bg=None)  # fmt: skip
        pdf.space(4)
    u._key(fam, pdf, doc, "REASON CODES")


def draw_finalappeal(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A final internal appeal decision that upholds a denial and recites the claim."""
    x: Extra = doc.extra["x"]
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Final Internal Appeal Decision")
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    u._address(fam, pdf, doc)
    pdf.line(f"Appeal number: {x.reference}", font, size)
    pdf.line(f"Claimant: {doc.member_name}    Member ID: {doc.member_id}", font, size)
    pdf.line(f"Plan: {_plan(doc)}", font, size, gap=size * 2)
    pdf.para(
        f"We have completed our review of your appeal of claim {claim.number}. After a full "
        "and fair review by a reviewer who was not involved in the first decision, the "
        "original denial is UPHELD.",
        font, size, after=6,
    )  # fmt: skip
    pdf.line("The original claim", fam.bold, size)
    pdf.line(f"Patient: {claim.patient}", font, size, x=pdf.margin + 12)
    pdf.line(f"Provider: {claim.provider}, NPI {claim.npi}", font, size, x=pdf.margin + 12)
    for ln in claim.lines:
        pdf.line(f"{fam.dates(ln.dos)}: {_coded(ln.code)}, diagnosis {', '.join(ln.dx)}, "
                 f"charged {_m(fam, ln.billed)}, paid {_m(fam, ln.paid)}", font, size - 0.5,
                 x=pdf.margin + 12)  # fmt: skip
    pdf.space(6)
    pdf.line("Basis for the decision", fam.bold, size)
    pdf.para(claim.reason, font, size, after=6)
    pdf.para(doc.funding_text, font, size, after=6)
    pdf.para(
        "This is the plan's final internal decision. You may ask for an external review by an "
        "independent review organization within four months of receiving this letter, and you "
        "may bring a civil action under section 502(a) of ERISA.",
        font, size,
    )  # fmt: skip


NETWORK = {"in": "IN-NETWORK", "out": "OUT-OF-NETWORK"}


def draw_sidepanel(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A marketplace plan's landscape EOB with the claim summary in a shaded side panel."""
    top = pdf.h - pdf.margin
    panel_x = pdf.w - pdf.margin - 210
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, top - 26, f"{', '.join(doc.payer_addr)}  {_phone(doc)}", fam.font, 8)
    pdf.text(pdf.margin, top - 44, "Explanation of Benefits", fam.bold, 12)
    pdf.y = top - 54
    u._address(fam, pdf, doc)
    pdf.line(f"Policyholder {doc.member_name}, member ID {doc.member_id}, {_plan(doc)}",
             fam.font, fam.size + 0.5)  # fmt: skip
    pdf.line(f"Processed on {fam.dates(doc.notice_date)}", fam.font, fam.size + 0.5)
    pdf.para(doc.funding_text, fam.font, fam.size, width=panel_x - pdf.margin - 20, after=6)
    # the panel: one summary per claim
    rows = [("CLAIM SUMMARY", "")]
    for claim in doc.claims:
        rows += [(f"Claim {claim.number}", ""), ("Provider charged", _m(fam, claim.total("billed"))),
                 ("Plan paid", _m(fam, claim.total("paid"))),
                 ("You may owe", _m(fam, claim.total("owe")))]  # fmt: skip
    h = 14 * len(rows) + 10
    _fill(pdf, panel_x, top - 10 - h, 210, h, SHADE)
    for k, (label, value) in enumerate(rows):
        y = top - 24 - 14 * k
        bold = not value
        pdf.text(panel_x + 8, y, label, fam.bold if bold else fam.font, fam.size)
        pdf.text(panel_x + 202, y, value, fam.bold, fam.size, align="right")
    pdf.y = min(pdf.y, top - 20 - h)
    heads = ["Claim", "Patient", "Provider (network)", "Date", "Service", "Charged",
             "Allowed", "Plan paid", "You owe", "Code"]  # fmt: skip
    widths = [78, 96, 150, 60, 60, 64, 64, 64, 64, 60]
    rows2 = []
    for claim in doc.claims:
        for ln in claim.lines:
            rows2.append([claim.number, claim.patient, f"{claim.provider} ({NETWORK[claim.network]})",
                          fam.dates(ln.dos), ln.code, _m(fam, ln.billed), _m(fam, ln.allowed),
                          _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))])  # fmt: skip
    pdf.space(8)
    pdf.table(u._cols(pdf, heads, widths, {5, 6, 7, 8}), rows2, font=fam.font, bold=fam.bold,
              size=fam.size - 0.5, header_bg=colors.HexColor("#2d5d7b"),
              header_color=colors.white, zebra=LIGHT)  # fmt: skip
    u._key(fam, pdf, doc, "Claim adjustment codes")


def draw_student(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A student health plan's EOB: bare amounts with separators, a member column."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, fam.bold, 15)
    pdf.text(pdf.margin, top - 28, f"{' / '.join(doc.payer_addr)} / {_phone(doc)}", fam.font, 8.5)
    pdf.y = top - 40
    pdf.rule(0.8)
    pdf.space(10)
    pdf.line("STATEMENT OF BENEFITS - STUDENT INSURANCE", fam.bold, 11, gap=16)
    u._address(fam, pdf, doc)
    b._two_blocks(fam, pdf, [("Student", doc.member_name), ("Student ID", doc.member_id)],
                  [("Statement date", fam.dates(doc.notice_date)), ("Policy", _plan(doc)),
                   ("Group", doc.group)], label_w=80)  # fmt: skip
    pdf.para(f"{doc.funding_text} All amounts are in U.S. dollars.", fam.font, fam.size, after=6)
    heads = ["Claim no.", "Dates of service", "Procedure", "Units", "Charges",
             "Allowed\namount", "Paid by\nplan", "Member\nresponsibility", "Note"]  # fmt: skip
    cols = u._cols(pdf, heads, [62, 74, 76, 32, 58, 58, 58, 76, 36], {3, 4, 5, 6, 7})
    for claim in doc.claims:
        pdf.need(70)
        pdf.space(4)
        pdf.line(f"{claim.patient} - services by {claim.provider}", fam.bold, fam.size)
        rows = [[claim.number, fam.dates(ln.dos), _coded(ln.code), str(ln.units),
                 _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
                 " ".join(ln.payer_codes)] for ln in claim.lines]  # fmt: skip
        rows.append(["", "", "", "Total", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5,
                  bold_rows={len(rows) - 1}, header_bg=None)  # fmt: skip
    _reason_key(fam, pdf, doc, "Notes")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "blueplan": (_AMOUNTS, _AMOUNTS),
    "claimstatus": ({"billed", "paid", "units", "modifiers"}, {"billed", "paid"}),
    "erisadenial": ({"billed", "dx"}, {"billed"}),
    "quarterly": (_AMOUNTS | {"units", "dx"}, _AMOUNTS),
    "hmoaction": ({"billed"}, {"billed"}),
    "monoremit": (
        {"billed", "allowed", "paid", "units", "modifiers", "adj_amount"},
        {"billed", "allowed", "paid", "owe"},
    ),
    "bilingual": ({"billed", "dx"}, {"billed"}),
    "sentences": ({"billed", "paid", "dx"}, {"billed", "paid"}),
    "faxcover": (_AMOUNTS, set()),
    "finalappeal": ({"billed", "paid", "dx"}, set()),
    "sidepanel": (_AMOUNTS, {"billed", "paid", "owe"}),
    "student": (_AMOUNTS | {"units"}, _AMOUNTS),
}


# --------------------------------------------------------------------------
# Scans, faxes and photos


def _turned(data: bytes) -> bytes:
    """``data`` with every page turned a quarter turn, as a page fed in sideways."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page.rotate(90))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned, faxed, photographed or fed in sideways, if it is."""
    how = fam.scan(n)
    if how is None or how[0] != "turned":
        return nv.scanned(fam, n, text_pdf, base=9300)
    return (*b.scan_pdf(_turned(text_pdf), nv._Optics(how[1]), 9300 + fam.id * 10 + n), ".pdf")


# --------------------------------------------------------------------------
# The set


def _reasons(fam: Family, text: str, exp: dict) -> list[str]:
    """Denial reasons not printed: each code's meaning, else each sentence of the reason."""
    out = []
    for claim in exp["claims"]:
        if claim["denied"]:
            denial = claim["denial"]
            codes = denial["carc"] + denial["rarc"]
            parts = [MEANINGS[c] for c in codes] or denial["reason_text"].split(". ")
            out += [f"reason {p}" for p in parts if p not in text]
    return out


SET = ls.LayoutSet("outside", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   scan=scanned, text=nv._text, more_checks=_reasons)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
