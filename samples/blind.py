"""A blind set: payer layouts the reader has never been tuned on.

Twelve layout families, ``b00``-``b11``, unlike those of ``samples/generate.py``,
``samples/varied.py`` and ``samples/fresh.py``: new payers, label wording, layouts
(two-column headers, labels above values, grid boxes, a landscape remittance with
several patients, a letter with a table in its prose, a Medicaid Notice of Action,
remittance claim groups with adjustment lines, descriptions that wrap, tables that run
over pages with repeated headings and page footers), value shapes (member IDs with
prefixes, dashes and spaces; claim numbers of several lengths; dates, amounts, codes
with modifiers and CARCs written in several ways) and scans made at 200-300 dpi, plus
one phone photo. Its score says how the reader does on layouts nobody has seen, so
never tune against it.

Every document comes with ``<name>.expected.json`` in the contract's shape, built
from the same record as the drawing (``samples.generate.expected``). Names are
``b<family>_<layout>_<n>``.

    python samples/blind.py                          # rewrite tests/data/varied/blind/
    python samples/blind.py --out /tmp/blind --docs 6

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import dataclasses
import io
import math
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import fresh as f  # noqa: E402  - samples/fresh.py: its Family and table helpers
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import varied as v  # noqa: E402  - samples/varied.py: the record drawer

ZERO = g.ZERO

PAYERS = [
    ("Larkspur Valley Health", "Boulder", "CO", "80302"),
    ("Quarry Ridge Benefit Services", "Barre", "VT", "05641"),
    ("Westhaven Health Network", "Cheyenne", "WY", "82001"),
    ("Brightwater Mutual Insurance", "Mobile", "AL", "36602"),
    ("Cedar Bend Medicaid Health Plan", "Jackson", "MS", "39201"),
    ("Hollow Creek Health Insurance", "Lansing", "MI", "48933"),
    ("Ironwood Health Partners", "Sioux Falls", "SD", "57104"),
    ("Seabright Health Plans", "Newport", "RI", "02840"),
    ("Canyon Rim Health", "Las Cruces", "NM", "88001"),
    ("Maplewood Benefit Trust", "Dayton", "OH", "45402"),
    ("Driftwood Coast Health", "Astoria", "OR", "97103"),
    ("Fox River Health Cooperative", "Green Bay", "WI", "54301"),
]


def d_yy(d: date) -> str:
    """``03-03-26``."""
    return d.strftime("%m-%d-%y")


def cr(x: Decimal) -> str:
    """``1234.50``, or ``12.00CR`` for a credit."""
    return f"{-x:.2f}CR" if x < 0 else f"{x:.2f}"


@dataclass(frozen=True)
class Family(f.Family):
    """A blind layout: the fresh set's parameters, and how this family varies its values."""

    dpi: int = 0  # a scan's resolution
    photo: bool = False  # a phone photo (.jpg) of page 1 rather than a scanned PDF
    carc: str = "dash"  # how a CARC is printed: "dash" CO-50, "space" CO 50, "group"
    paid_doc: int = -1  # the document whose claims are all paid in full
    modifiers: bool = False  # 9940x with 33, 9921x with 25
    office_visits: bool = False  # some lines billed as office visits 99211-99215
    no_codes: bool = False  # the notice gives the reason in words only
    npi: bool = False  # the provider's NPI is printed


FAMILIES = [
    Family(0, "twocolumn", "table_eob", "Vera", "Vera-Bold", 8.0, g.usd, g.d_mon,
           (2, 3), (1, 2), funding="fully_insured", paid_doc=1, npi=True),
    Family(1, "labelsabove", "table_eob", "Helvetica", "Helvetica-Bold", 8.5, g.num, g.d_iso,
           (1, 2), (1, 3), funding="self_funded", carc="group", modifiers=True),
    Family(2, "landscaperemit", "remittance", "Helvetica", "Helvetica-Bold", 7.5, cr, d_yy,
           (4, 6), (1, 3), pagesize=landscape(letter), margin=36, carc="space",
           modifiers=True),
    Family(3, "tableinprose", "prose_letter", "Times-Roman", "Times-Bold", 10.5, g.usd,
           g.d_slash, (1, 1), (1, 2), margin=66, carc="space", office_visits=True),
    Family(4, "noticeofaction", "medicaid_notice", "Times-Roman", "Times-Bold", 11.0, g.usd,
           g.d_mon, (1, 1), (1, 1), funding="medicaid", reference=True, npi=True,
           dpi=300, scan=True),
    Family(5, "wrapstatement", "table_eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, g.d_long,
           (1, 2), (2, 3), paid_doc=2, office_visits=True),
    Family(6, "continued", "table_eob", "Times-Roman", "Times-Bold", 9.0, g.bare, g.d_dash,
           (2, 3), (16, 22), margin=54),
    Family(7, "gridboxes", "kv_claims", "Helvetica", "Helvetica-Bold", 9.0, g.num, g.d_slash,
           (1, 2), (1, 2), dpi=200, scan=True, funding="fully_insured", npi=True,
           modifiers=True),
    Family(8, "claimgroups", "remittance", "Courier", "Courier-Bold", 8.0, g.bare, g.d_iso,
           (3, 5), (1, 2), carc="group", dpi=250, scan=True, office_visits=True, npi=True),
    Family(9, "ledger", "line_items", "Times-Roman", "Times-Bold", 9.0, g.usd, d_yy,
           (2, 4), (1, 2), patients=2, carc="space", paid_doc=0, pagesize=letter),
    Family(10, "photoletter", "prose_letter", "Helvetica", "Helvetica-Bold", 11.0, g.usd,
           g.d_long, (1, 1), (1, 1), margin=64, no_codes=True, dpi=170, scan=True,
           photo=True),
    Family(11, "owncodes", "table_eob", "Times-Roman", "Times-Bold", 9.5, g.usd, g.d_mon,
           (1, 2), (1, 2), code_style="payer", funding="self_funded", dpi=200,
           scan=True),
]  # fmt: skip

# the payer's own codes of this set (family b11), and what its key prints for them
OWN_CODES = {
    "4N": ("Z14", "Provider is outside the network for your plan."),
    "T2": ("Z22", "Charges from this provider type are not eligible."),
    "A7": ("Z31", "Services required approval in advance."),
    "X1": ("Z40", "Not a benefit of your plan."),
    "M5": ("Z52", "Information received does not support the need for this service."),
    "H3": ("Z58", "Not eligible in this location."),
    "V6": ("Z61", "Visit maximum met for this benefit period."),
    "C9": ("Z67", "Procedure does not match the diagnosis submitted."),
    "F1": ("Z70", "Filed after the claim submission deadline."),
    "P1": ("Z81", "Applied to your deductible."),
    "P2": ("Z82", "Coinsurance applies."),
    "P3": ("Z83", "Copayment applies."),
}
OFFICE_VISITS = [
    ("99211", "Office visit, established patient, minimal"),
    ("99212", "Office visit, established patient, 10 min"),
    ("99213", "Office visit, established patient, 20 min"),
    ("99214", "Office visit, established patient, 30 min"),
    ("99215", "Office visit, established patient, 40 min"),
]
LONG_NAMES = {  # descriptions a statement prints in full (they wrap)
    "S9443": "Lactation classes, non-physician provider, per session",
    "99401": "Preventive medicine counseling, individual, approximately 15 minutes",
    "99402": "Preventive medicine counseling, individual, approximately 30 minutes",
    "99403": "Preventive medicine counseling, individual, approximately 45 minutes",
    "99404": "Preventive medicine counseling, individual, approximately 60 minutes",
    "98960": "Education and training for patient self-management, 30 minutes",
}
EXTRA_MEANINGS = {"M127": "Missing patient medical record for this service."}


def _claim_number(rng: random.Random, family: int) -> str:
    r = rng.randrange
    shapes = {
        0: lambda: f"{r(10, 99)}-{r(10**6, 10**7)}-{r(10, 99)}",
        1: lambda: f"QR{r(10**9, 10**10)}",
        2: lambda: str(r(10**12, 10**13)),
        3: lambda: f"BMI-{r(10**5, 10**6)}",
        4: lambda: f"CB{r(10**6, 10**7)}M",
        5: lambda: str(r(10**7, 10**8)),
        6: lambda: f"{r(1000, 9999)}-{r(100, 999)}-{r(10000, 99999)}",
        7: lambda: f"SB{r(10**5, 10**6)}-{r(1, 9)}",
        8: lambda: f"26{r(10**10, 10**11)}",
        9: lambda: f"MW-{r(10**7, 10**8)}",
        10: lambda: f"DC{r(10**8, 10**9)}",
        11: lambda: f"{r(10**8, 10**9)}A",
    }
    return shapes[family]()


def _member_id(rng: random.Random, family: int) -> str:
    r = rng.randrange
    letters = "".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3))
    shapes = {
        0: lambda: f"{letters}-{r(100, 999)}-{r(10000, 99999)}",
        1: lambda: f"{letters} {r(10000, 99999)} {r(10, 99)}",
        4: lambda: f"{r(10**8, 10**9)}MS",
        5: lambda: f"H{r(10**7, 10**8)}-0{r(1, 4)}",
        6: lambda: f"IW{r(10**8, 10**9)}",
        7: lambda: f"{letters}{r(10**6, 10**7)}*0{r(1, 3)}",
        9: lambda: f"MBT{r(10**6, 10**7)}",
        10: lambda: f"{letters[:2]}-{r(10**7, 10**8)}",
        11: lambda: f"W{r(10**9, 10**10)}",
    }
    return shapes.get(family, lambda: f"{letters}{r(10**8, 10**9)}")()


def _all_paid(doc: g.Doc, rng: random.Random, remittance: bool) -> None:
    for claim in doc.claims:
        claim.categories, claim.reason = [], None
        claim.lines = [g._random_line(rng, ln.dos, None, ra=remittance) for ln in claim.lines]


def _retouch_line(fam: Family, ln: g.Line, rng: random.Random) -> None:
    if fam.office_visits and ln.code != "S9443" and rng.random() < 0.45:
        ln.code, ln.desc = rng.choice(OFFICE_VISITS)
    if fam.modifiers and ln.code.startswith("99") and rng.random() < 0.6:
        ln.modifiers = ["25"] if ln.code.startswith("992") else ["33"]
    if any(a.key == "CO-50" for a in ln.adj):
        ln.rarc.append("M127")
    ln.payer_codes = [OWN_CODES[c][0] for c in ln.payer_codes]
    if fam.no_codes:
        ln.adj, ln.rarc = [], []


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-blind-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-blind-family-{fam.id}")
    phone = f"8{own.choice('3456789')}{own.choice('05678')}-555-01{own.randrange(100):02d}"
    style = dataclasses.replace(
        v.family_style(1),
        kind=fam.kind,
        family=200 + fam.id,
        code_style=fam.code_style,
        claims=fam.claims,
        lines=fam.lines,
        patients=fam.patients,
        payer=PAYERS[fam.id],
        phone=phone,
        funding=fam.funding,
        reference=fam.reference,
        rights_page=False,
    )
    doc = v.random_record(style, rng, f"b{fam.id:02d}_{fam.layout}_{n}")
    if n == fam.paid_doc:
        _all_paid(doc, rng, fam.kind == "remittance")
    if doc.member_id:
        doc.member_id = _member_id(rng, fam.id)
    for claim in doc.claims:
        claim.number = _claim_number(rng, fam.id)
        if fam.npi and not claim.npi:
            claim.npi = g.make_npi(f"1{rng.randrange(10**7, 10**8)}")
        if not fam.npi:
            claim.npi = None
        for ln in claim.lines:
            _retouch_line(fam, ln, rng)
    if fam.id == 0:  # this layout prints the network status of each claim
        for claim in doc.claims:
            claim.network = "out" if "out_of_network" in claim.categories else "in"
    doc.meanings.update({code: text for code, text in OWN_CODES.values()})
    doc.meanings.update(EXTRA_MEANINGS)
    if fam.patients > 1:  # grouped by patient, in the order they are printed
        first = {p: i for i, p in reversed(list(enumerate(c.patient for c in doc.claims)))}
        doc.claims.sort(key=lambda c: first[c.patient])
    return doc


# --------------------------------------------------------------------------
# Small drawing helpers (the fresh set's table helpers do the rest)


def _carc(fam: Family, key: str) -> str:
    group, code = key.split("-", 1)
    return {"dash": key, "space": f"{group} {code}", "group": f"Group: {group} Code: {code}"}[
        fam.carc
    ]


def _code_list(fam: Family, ln: g.Line) -> str:
    return " ".join([_carc(fam, a.key) for a in ln.adj] + ln.rarc + ln.payer_codes)


def _proc(fam: Family, ln: g.Line, sep: str = "-") -> str:
    return sep.join([ln.code, *ln.modifiers])


def _paren_phone(doc: g.Doc) -> str:
    a, b, c = g.phone_parts(doc.payer_phone)
    return f"({a}) {b}-{c}"


def _dot_phone(doc: g.Doc) -> str:
    return ".".join(g.phone_parts(doc.payer_phone))


def _m(fam: Family, x: Decimal | None) -> str:
    return "" if x is None else fam.money(x)


def _discount(ln: g.Line) -> Decimal:
    return (ln.billed or ZERO) - ln.allowed if ln.allowed else ZERO


def _not_covered(ln: g.Line) -> Decimal:
    return ln.billed or ZERO if ln.allowed == ZERO else ZERO


def _two_blocks(fam: Family, pdf: g.Pdf, left: list, right: list, label_w: float = 92) -> None:
    """Two columns of label/value rows side by side."""
    y0, lowest = pdf.y, pdf.y
    for x, pairs in ((pdf.margin, left), (pdf.w / 2 + 12, right)):
        lowest = min(lowest, ls.pairs(fam, pdf, pairs, x, label_w, y0, step=1.65))
    pdf.y = lowest - 6


def _boxes(fam: Family, pdf: g.Pdf, cells: list, per_row: int, h: float = 25) -> None:
    """Ruled boxes, each a small label above its value."""
    cells = [(k, val) for k, val in cells if val]
    w = (pdf.w - 2 * pdf.margin) / per_row
    pdf.need(h * math.ceil(len(cells) / per_row))
    pdf.c.setLineWidth(0.6)
    for i, (label, value) in enumerate(cells):
        row, col = divmod(i, per_row)
        x, top = pdf.margin + col * w, pdf.y - row * h
        pdf.c.rect(x, top - h, w, h, stroke=1, fill=0)
        pdf.text(x + 4, top - 8, label.upper(), fam.font, 6.0)
        size = fam.size
        while size > 5 and pdfmetrics.stringWidth(value, fam.bold, size) > w - 8:
            size -= 0.25
        pdf.text(x + 4, top - h + 6, value, fam.bold, size)
    pdf.y -= h * math.ceil(len(cells) / per_row) + 8


def _code_key(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, fmt=None) -> None:
    shown = fmt or (lambda c: c)
    lines = [f"{shown(c)}  -  {doc.meanings[c]}" for c in f._used(doc) if c in doc.meanings]
    ls.key(fam, pdf, title, lines, down=0.5)


def _carc_shown(fam: Family):
    return lambda code: _carc(fam, code) if "-" in code else code


# --------------------------------------------------------------------------
# The layouts


def draw_twocolumn(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Two-column header block, a ruled table per claim with discount and not-covered."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name.upper(), fam.bold, 13)
    pdf.text(pdf.w - pdf.margin, top - 10, "EXPLANATION OF BENEFITS", fam.bold, 10, align="right")
    pdf.text(pdf.w - pdf.margin, top - 22, "THIS IS NOT A BILL", fam.font, 7.5, align="right")
    pdf.y = top - 30
    pdf.rule(1.2)
    pdf.space(8)
    _two_blocks(
        fam,
        pdf,
        [
            ("Subscriber", doc.member_name),
            ("Mailing address", doc.member_addr[0]),
            ("", doc.member_addr[1]),
            ("Subscriber No.", doc.member_id),
            ("Group No.", doc.group),
            ("Plan", f._plan(doc)),
        ],
        [
            ("Processed on", fam.dates(doc.notice_date)),
            ("Customer Care", _paren_phone(doc)),
            ("Write to us", doc.payer_addr[0]),
            ("", doc.payer_addr[1]),
        ],
    )
    f._funding(fam, pdf, doc)
    titles = ["Date of\nService", "Service", "Code", "Amount\nBilled", "Plan\nDiscount",
              "Allowed", "Plan\nPaid", "Not\nCovered", "Your\nShare", "Codes"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(6)
        net = {"in": "In-network", "out": "Out-of-network"}[claim.network]
        pdf.line(f"Claim No. {claim.number}   Patient: {claim.patient}", fam.bold, fam.size)
        pdf.line(f"Provider: {claim.provider}   NPI {claim.npi}   {net}", fam.font, fam.size)
        rows = [
            [fam.dates(ln.dos), ln.desc, ln.code, _m(fam, ln.billed), _m(fam, _discount(ln)),
             _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, _not_covered(ln)),
             _m(fam, ln.owe), _code_list(fam, ln)]
            for ln in claim.lines
        ]  # fmt: skip
        sums = [claim.total(k) for k in ("billed", "allowed", "paid", "owe")]
        rows.append(["Claim total", "", "", _m(fam, sums[0]), "", _m(fam, sums[1]),
                     _m(fam, sums[2]), "", _m(fam, sums[3]), ""])  # fmt: skip
        cols = f._cols(fam, pdf, titles, rows, {3, 4, 5, 6, 7, 8})
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5,
                  bold_rows={len(rows) - 1}, header_bg=colors.HexColor("#e4ecef"))  # fmt: skip
    _code_key(fam, pdf, doc, "Code descriptions")


def draw_labelsabove(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Labels above values in ruled boxes; each service's codes in a message line below."""
    pdf.text(pdf.w / 2, pdf.h - pdf.margin - 12, doc.payer_name, fam.bold, 14, align="center")
    pdf.text(pdf.w / 2, pdf.h - pdf.margin - 25, "  |  ".join(doc.payer_addr), fam.font, 8,
             align="center")  # fmt: skip
    pdf.text(pdf.w / 2, pdf.h - pdf.margin - 40, "Benefits Statement", fam.bold, 11,
             align="center")  # fmt: skip
    pdf.y = pdf.h - pdf.margin - 52
    _boxes(
        fam,
        pdf,
        [
            ("Enrollee", doc.member_name),
            ("Enrollee ID", doc.member_id),
            ("Employer group", doc.group),
            ("Plan", f._plan(doc)),
            ("Statement produced", fam.dates(doc.notice_date)),
            ("Member services", _dot_phone(doc)),
        ],
        3,
    )
    pdf.space(-8)
    _boxes(fam, pdf, [("Mailing address", ", ".join(doc.member_addr))], 1)
    f._funding(fam, pdf, doc)
    titles = ["Service date", "Procedure-Mod", "Dx", "Units", "Charges", "Allowed", "Plan paid",
              "You owe"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(4)
        _boxes(fam, pdf, [("Ref #", claim.number), ("Patient", claim.patient),
                          ("Rendering clinician", claim.provider)], 3, h=23)  # fmt: skip
        rows = [
            [fam.dates(ln.dos), _proc(fam, ln), ", ".join(ln.dx), str(ln.units),
             _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe)]
            for ln in claim.lines
        ]  # fmt: skip
        pdf.table(f._cols(fam, pdf, titles, rows, {3, 4, 5, 6, 7}), rows, font=fam.font,
                  bold=fam.bold, size=fam.size - 0.5, header_bg=None)  # fmt: skip
        for k, ln in enumerate(claim.lines):
            if _code_list(fam, ln):
                pdf.line(f"Line {k + 1} message: {_code_list(fam, ln)}", fam.font, fam.size - 0.5,
                         x=pdf.margin + 8)  # fmt: skip
    _code_key(fam, pdf, doc, "Message codes", _carc_shown(fam))


def draw_landscaperemit(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A landscape remittance: one row per service, patients and claims down the left."""
    payee = doc.extra["payee"]
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, fam.bold, 13)
    pdf.text(pdf.margin, top - 24, ", ".join(doc.payer_addr) + f"   Provider line {_paren_phone(doc)}",
             fam.font, 8)  # fmt: skip
    pdf.text(pdf.w - pdf.margin, top - 12, "REMITTANCE ADVICE", fam.bold, 12, align="right")
    pdf.y = top - 34
    paid = sum((c.total("paid") or ZERO for c in doc.claims), ZERO)
    _two_blocks(
        fam,
        pdf,
        [("Payee", payee["name"]), ("Payee NPI", payee["npi"]), ("Tax ID", payee["tin"])],
        [("Payment date", fam.dates(doc.notice_date)),
         ("EFT trace no.", f"EFT{payee['npi'][3:9]}{doc.payer_phone[-2:]}"),
         ("Payment amount", fam.money(paid))],
    )  # fmt: skip
    titles = ["Patient", "Patient ID", "Claim #", "Svc date", "Proc", "Mod", "Units", "Billed",
              "Allowed", "Deduct", "Coins", "Copay", "Paid", "Pt resp", "Adjustments",
              "Remarks"]  # fmt: skip
    rows, bold = [], []
    for claim in doc.claims:
        for k, ln in enumerate(claim.lines):
            adj = " / ".join(f"{_carc(fam, a.key)} {cr(-a.amount)}" for a in ln.adj)
            head = [claim.patient, claim.member_id, claim.number] if k == 0 else ["", "", ""]
            rows.append(head + [
                fam.dates(ln.dos), ln.code, " ".join(ln.modifiers), str(ln.units),
                _m(fam, ln.billed), _m(fam, ln.allowed), _m(fam, ln.deductible),
                _m(fam, ln.coins), _m(fam, ln.copay), _m(fam, ln.paid), _m(fam, ln.owe), adj,
                " ".join(ln.rarc)])  # fmt: skip
        rows.append(["", "", "Claim totals", "", "", "", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), "", "", "", _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), "", ""])  # fmt: skip
        bold.append(len(rows) - 1)
    cols = f._cols(fam, pdf, titles, rows, set(range(7, 14)))
    pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
              header_bg=colors.HexColor("#dddddd"), bold_rows=bold)  # fmt: skip
    _code_key(fam, pdf, doc, "Adjustment reason and remark codes", _carc_shown(fam))


def draw_tableinprose(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A letter whose services sit in a small table between its paragraphs."""
    size, font = fam.size, fam.font
    pdf.text(pdf.margin, pdf.h - 54, doc.payer_name, fam.bold, 16)
    for i, s in enumerate([*doc.payer_addr, _paren_phone(doc)]):
        pdf.text(pdf.w - pdf.margin, pdf.h - 50 - i * 11, s, font, 8.5, align="right")
    pdf.y = pdf.h - 100
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2.2)
    f._address(fam, pdf, doc)
    claim = doc.claims[0]
    pdf.line(f"RE: Identification No. {doc.member_id}   Claim No. {claim.number}", fam.bold, size,
             gap=size * 2)  # fmt: skip
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 2)
    pdf.para(
        f"We have finished reviewing the claim {claim.provider} sent us for care given to "
        f"{claim.patient} under your {f._plan(doc)} plan. The services on the claim were:",
        font, size, after=6,
    )  # fmt: skip
    rows = [[fam.dates(ln.dos), ln.code, ln.desc, ", ".join(ln.dx), _m(fam, ln.billed),
             _m(fam, ln.paid)] for ln in claim.lines]  # fmt: skip
    titles = ["Date of service", "Service code", "Description", "Diagnosis", "Charged", "Paid"]
    pdf.table(f._cols(fam, pdf, titles, rows, {4, 5}), rows, font=font, bold=fam.bold,
              size=size - 1.5, header_bg=None)  # fmt: skip
    pdf.space(8)
    codes = sorted({_carc(fam, a.key) for ln in claim.lines for a in ln.adj})
    remarks = sorted({r for ln in claim.lines for r in ln.rarc})
    said = f"reason code {', '.join(codes)}" + (f"; remark {', '.join(remarks)}" if remarks else "")
    total = claim.total("billed")
    pdf.para(
        f"The total charged was {fam.money(total)}. We are unable to pay this claim because "
        f"{claim.reason[0].lower()}{claim.reason[1:].rstrip('.')} ({said}).",
        font, size, after=8,
    )  # fmt: skip
    f._funding(fam, pdf, doc)
    pdf.para(
        "You have the right to appeal. Send a written request within 180 days of the date "
        "you receive this letter to the address above. You may include any records or "
        "comments that support your appeal, and you may ask, free of charge, for copies of "
        "the documents we used to make this decision.",
        font, size, after=14,
    )  # fmt: skip
    pdf.line("Sincerely,", font, size, gap=26)
    pdf.line("Claims Review Unit", font, size)


def _checkbox(pdf: g.Pdf, x: float, y: float, label: str, ticked: bool, font: str) -> float:
    pdf.c.setLineWidth(0.7)
    pdf.c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
    if ticked:
        pdf.text(x + 1.2, y, "X", font, 8)
    pdf.text(x + 12, y, label, font, 10)
    return x + 28 + len(label) * 5


def draw_noticeofaction(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid managed-care Notice of Action with action boxes ticked."""
    size, font = fam.size, fam.font
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, top - 25, " - ".join(doc.payer_addr), font, 8.5)
    pdf.y = top - 38
    pdf.c.setLineWidth(1.4)
    pdf.c.rect(pdf.margin, pdf.y - 24, pdf.w - 2 * pdf.margin, 22, stroke=1, fill=0)
    pdf.text(pdf.w / 2, pdf.y - 17, "NOTICE OF ACTION", fam.bold, 14, align="center")
    pdf.y -= 36
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    f._address(fam, pdf, doc)
    f._pairs(
        fam,
        pdf,
        [
            ("Date of Notice", fam.dates(doc.notice_date)),
            ("Enrollee Name", doc.member_name),
            ("Medicaid ID #", doc.member_id),
            ("Notice #", doc.extra["reference"]),
            ("Claim #", claim.number),
            ("Health Plan", doc.plan_name),
        ],
        ": ",
    )
    pdf.space(6)
    pdf.para(f"{doc.payer_name} has taken this action on a service for you:", font, size)
    x = pdf.margin + 10
    for label in ("Denied", "Reduced", "Suspended", "Terminated"):
        x = _checkbox(pdf, x, pdf.y - size, label, label == "Denied", font)
    pdf.space(size * 2)
    pdf.para(
        f"Service: {ln.code} {ln.desc}, given on {fam.dates(ln.dos)} (diagnosis "
        f"{', '.join(ln.dx)}), billed at {fam.money(ln.billed)} by {claim.provider}, NPI "
        f"{claim.npi}.",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(f"Why we took this action: {claim.reason[0].upper()}{claim.reason[1:]}. "
             f"(Reason code {_code_list(fam, ln)})", font, size, after=6)  # fmt: skip
    f._funding(fam, pdf, doc)
    pdf.line("YOUR RIGHTS", fam.bold, size, gap=size * 1.8)
    pdf.para(
        "You can ask for an appeal within 60 days of the date on this notice. Call us or "
        "write to us. If we keep our decision after your appeal, you can ask for a State "
        "Fair Hearing within 120 days of our appeal decision.",
        font, size, after=6,
    )  # fmt: skip
    pdf.para(f"Call Enrollee Services toll-free at {_paren_phone(doc)}, TTY 711.", font, size)


def _wrapped_rows(fam: Family, pdf: g.Pdf, cols: list, rows: list[list[str]], bold: set) -> None:
    """A table whose cells wrap inside their column; the heading repeats on a new page."""
    size = fam.size - 0.5
    lead = size * 1.2

    def heading() -> None:
        pdf.need(size * 6)
        f._header_row(fam, pdf, cols)

    heading()
    for r, row in enumerate(rows):
        font = fam.bold if r in bold else fam.font
        parts = [simpleSplit(cell, font, size, w - 6) or [""] for cell, (_, w, _) in
                 zip(row, cols, strict=True)]  # fmt: skip
        h = max(len(p) for p in parts) * lead + size * 0.8
        if pdf.need(h):
            heading()
        x = pdf.margin
        for lines, (_, w, align) in zip(parts, cols, strict=True):
            for i, s in enumerate(lines):
                tx = x + w - 3 if align == "right" else x + 3
                pdf.text(tx, pdf.y - size * 1.25 - i * lead, s, font, size, align=align)
            x += w
        pdf.y -= h
        pdf.c.setLineWidth(0.3)
        pdf.c.line(pdf.margin, pdf.y, x, pdf.y)


def draw_wrapstatement(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A statement whose long service descriptions wrap onto a second line."""
    band = pdf.h - pdf.margin - 30
    pdf.c.setFillColor(colors.HexColor("#274060"))
    pdf.c.rect(pdf.margin, band, pdf.w - 2 * pdf.margin, 30, stroke=0, fill=1)
    pdf.text(pdf.margin + 10, band + 11, doc.payer_name, fam.bold, 13, color=colors.white)
    pdf.text(pdf.w - pdf.margin - 10, band + 11, "Health Claim Statement", fam.bold, 10,
             color=colors.white, align="right")  # fmt: skip
    pdf.y = band - 8
    pdf.line(", ".join(doc.payer_addr) + f"   Questions: {_paren_phone(doc)}", fam.font, 8)
    pdf.space(4)
    f._address(fam, pdf, doc)
    f._pairs(
        fam,
        pdf,
        [
            ("Member No.", doc.member_id),
            ("Group", doc.group),
            ("Your plan", f._plan(doc)),
            ("Date issued", fam.dates(doc.notice_date)),
        ],
        "",
    )
    f._funding(fam, pdf, doc)
    titles = ["Date", "Service", "Code", "Charge", "Plan\nallowed", "Plan\npaid",
              "Amount you\nmay owe", "Reason"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(8)
        pdf.line(f"Claim {claim.number} - {claim.patient} - seen by {claim.provider}", fam.bold,
                 fam.size + 0.5)  # fmt: skip
        rows = [
            [fam.dates(ln.dos), LONG_NAMES.get(ln.code, ln.desc), ln.code, _m(fam, ln.billed),
             _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe), _code_list(fam, ln)]
            for ln in claim.lines
        ]  # fmt: skip
        rows.append(["Claim totals", "", "", _m(fam, claim.total("billed")),
                     _m(fam, claim.total("allowed")), _m(fam, claim.total("paid")),
                     _m(fam, claim.total("owe")), ""])  # fmt: skip
        widths = [0.14, 0.3, 0.07, 0.1, 0.1, 0.1, 0.11, 0.08]
        span = pdf.w - 2 * pdf.margin
        cols = [(t, span * w, "right" if 3 <= i <= 6 else "left")
                for i, (t, w) in enumerate(zip(titles, widths, strict=True))]  # fmt: skip
        _wrapped_rows(fam, pdf, cols, rows, {len(rows) - 1})
    _code_key(fam, pdf, doc, "What the codes mean")


def _footer(doc: g.Doc, fam: Family):
    def decorate(pdf: g.Pdf) -> None:
        pdf.c.setLineWidth(0.5)
        pdf.c.line(pdf.margin, 40, pdf.w - pdf.margin, 40)
        pdf.text(pdf.margin, 28, f"{doc.payer_name}  |  Enrollee ID {doc.member_id}", fam.font, 7.5)
        total = f" of {pdf.total}" if pdf.total else ""
        pdf.text(pdf.w - pdf.margin, 28, f"Page {pdf.page}{total}", fam.font, 7.5, align="right")
        if pdf.total and pdf.page < pdf.total:
            pdf.text(pdf.w / 2, 28, "Continued on next page", fam.font, 7.5, align="center")
        if pdf.page > 1:
            pdf.text(pdf.margin, pdf.h - 36, f"Claim detail (continued) - {doc.member_name}",
                     fam.bold, 9)  # fmt: skip

    return decorate


def draw_continued(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """One long table of every service, headings repeated and a footer on every page."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 12, doc.payer_name, fam.bold, 15)
    pdf.text(pdf.margin, top - 25, ", ".join(doc.payer_addr), fam.font, 8.5)
    pdf.text(pdf.w - pdf.margin, top - 12, "Claims Detail Report", fam.bold, 11, align="right")
    pdf.y = top - 40
    _two_blocks(
        fam,
        pdf,
        [("Enrollee", doc.member_name), ("Address", doc.member_addr[0]), ("", doc.member_addr[1]),
         ("Enrollee ID", doc.member_id), ("Group", doc.group)],
        [("Document date", fam.dates(doc.notice_date)), ("Coverage", f._plan(doc)),
         ("Call", _dot_phone(doc))],
        label_w=70,
    )  # fmt: skip
    f._funding(fam, pdf, doc)
    titles = ["Claim no.", "Patient", "Provider", "DOS", "Procedure", "Charge", "Discount",
              "Allowed", "Paid", "Member\nresp.", "Remark"]  # fmt: skip
    rows = [
        [claim.number, claim.patient, claim.provider, fam.dates(ln.dos), ln.code, _m(fam, ln.billed),
         g.paren(_discount(ln)), _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe),
         _code_list(fam, ln)]
        for claim in doc.claims
        for ln in claim.lines
    ]  # fmt: skip
    pdf.table(f._cols(fam, pdf, titles, rows, {5, 6, 7, 8, 9}), rows, font=fam.font,
              bold=fam.bold, size=fam.size - 0.5, zebra=colors.HexColor("#f0f0f0"),
              header_bg=colors.HexColor("#d0d0d0"), ruled=False)  # fmt: skip
    _code_key(fam, pdf, doc, "Remark code key")


def draw_gridboxes(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Every claim a grid of boxes: claim facts, then one row of boxes per service."""
    pdf.text(pdf.margin, pdf.h - pdf.margin - 12, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 12, "Your Claims Report", fam.bold, 11,
             align="right")  # fmt: skip
    pdf.text(pdf.margin, pdf.h - pdf.margin - 25, ", ".join(doc.payer_addr), fam.font, 8)
    pdf.y = pdf.h - pdf.margin - 36
    f._address(fam, pdf, doc)
    _boxes(fam, pdf, [("Enrollee ID", doc.member_id), ("Group", doc.group),
                      ("Plan", f._plan(doc)), ("Report date", fam.dates(doc.notice_date)),
                      ("Phone", _paren_phone(doc))], 5)  # fmt: skip
    f._funding(fam, pdf, doc)
    for claim in doc.claims:
        pdf.space(6)
        _boxes(fam, pdf, [("Claim", claim.number), ("Patient", claim.patient),
                          ("Provider", claim.provider), ("NPI", claim.npi)], 4)  # fmt: skip
        for ln in claim.lines:
            _boxes(fam, pdf, [("Date", fam.dates(ln.dos)), ("Service", _proc(fam, ln, " ")),
                              ("Billed", _m(fam, ln.billed)), ("Allowed", _m(fam, ln.allowed)),
                              ("Paid", _m(fam, ln.paid)), ("Member pays", _m(fam, ln.owe)),
                              ("Reason", _code_list(fam, ln) or "-")], 7, h=22)  # fmt: skip
    _code_key(fam, pdf, doc, "Reason codes")


def draw_claimgroups(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A remittance in claim groups: service lines with their adjustment lines below."""
    payee, size, font = doc.extra["payee"], fam.size, fam.font
    pdf.line(doc.payer_name.upper(), fam.bold, 12, gap=15)
    pdf.line(" ".join(doc.payer_addr).upper(), font, size)
    pdf.line(f"PROVIDER SERVICES {_dot_phone(doc)}", font, size)
    pdf.line("PROVIDER REMITTANCE ADVICE", fam.bold, 11, x=pdf.w / 2 - 90, gap=18)
    pdf.line(f"PAYEE: {payee['name'].upper()}   NPI: {payee['npi']}   TIN: {payee['tin']}", font,
             size)  # fmt: skip
    pdf.line(f"REMIT DATE: {fam.dates(doc.notice_date)}", font, size, gap=size * 2)
    for k, claim in enumerate(doc.claims):
        pdf.need(size * 9)
        pdf.rule(0.5)
        pdf.space(3)
        pdf.line(f"CLAIM {k + 1} OF {len(doc.claims)}   ICN: {claim.number}", fam.bold, size)
        pdf.line(f"PATIENT: {claim.patient.upper()}   MEMBER ID: {claim.member_id}", font, size)
        pdf.line(f"RENDERING NPI: {claim.npi}", font, size)
        for j, ln in enumerate(claim.lines):
            pdf.line(
                f"  LINE {j + 1}  DOS {fam.dates(ln.dos)}  PROC {_proc(fam, ln, ' ')}  UNITS "
                f"{ln.units}  CHARGE {_m(fam, ln.billed)}  ALLOWED {_m(fam, ln.allowed)}  PAID "
                f"{_m(fam, ln.paid)}  PT RESP {_m(fam, ln.owe)}",
                font, size,
            )  # fmt: skip
            for a in ln.adj:
                pdf.line(f"        ADJ  {_carc(fam, a.key)}  AMT {fam.money(a.amount)}", font,
                         size)  # fmt: skip
            for r in ln.rarc:
                pdf.line(f"        REMARK  {r}", font, size)
        pdf.line(
            f"  CLAIM TOTAL  CHARGE {_m(fam, claim.total('billed'))}  PAID "
            f"{_m(fam, claim.total('paid'))}  PT RESP {_m(fam, claim.total('owe'))}",
            fam.bold, size, gap=size * 2,
        )  # fmt: skip
    _code_key(fam, pdf, doc, "GLOSSARY", lambda c: c.replace("-", " "))


def draw_ledger(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """One ledger of every service of every family member, a claim number on each row."""
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 10, doc.payer_name, fam.bold, 14,
             align="right")  # fmt: skip
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 22, ", ".join(doc.payer_addr), fam.font,
             8, align="right")  # fmt: skip
    pdf.text(pdf.margin, pdf.h - pdf.margin - 10, "Family Claims Ledger", fam.bold, 12)
    pdf.y = pdf.h - pdf.margin - 40
    f._address(fam, pdf, doc)
    pdf.line(
        f"Policyholder ID {doc.member_id}  -  Group {doc.group}  -  {f._plan(doc)}  -  "
        f"Ledger date {fam.dates(doc.notice_date)}",
        fam.font, fam.size + 0.5,
    )  # fmt: skip
    pdf.line(f"Member help line {_paren_phone(doc)}", fam.font, fam.size + 0.5)
    f._funding(fam, pdf, doc)
    pdf.space(4)
    titles = ["Claim #", "Patient", "Provider", "Date", "Code", "Charge", "Not covered",
              "Plan paid", "Your share", "Reason"]  # fmt: skip
    rows = [
        [claim.number, claim.patient, claim.provider, fam.dates(ln.dos), ln.code,
         _m(fam, ln.billed), _m(fam, ln.not_covered), _m(fam, ln.paid),
         _m(fam, ln.owe), _code_list(fam, ln)]
        for claim in doc.claims
        for ln in claim.lines
    ]  # fmt: skip
    pdf.table(f._cols(fam, pdf, titles, rows, {5, 6, 7, 8}), rows, font=fam.font, bold=fam.bold,
              size=fam.size - 0.5, ruled=True, header_bg=None)  # fmt: skip
    _code_key(fam, pdf, doc, "Reason codes used above", _carc_shown(fam))


def draw_photoletter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A short denial letter that gives the reason in words, no code."""
    size, font = fam.size, fam.font
    pdf.text(pdf.margin, pdf.h - 58, doc.payer_name, fam.bold, 15)
    pdf.text(
        pdf.margin, pdf.h - 71, f"{', '.join(doc.payer_addr)}  -  {_dot_phone(doc)}", font, 8.5
    )
    pdf.y = pdf.h - 96
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    f._address(fam, pdf, doc)
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    pdf.line(f"Member #: {doc.member_id}", font, size)
    pdf.line(f"Plan: {f._plan(doc)}", font, size)
    pdf.line(f"Claim: {claim.number}", font, size, gap=size * 2)
    pdf.para(
        f"Dear {doc.member_name.split()[0]}, we have looked at the claim for lactation care "
        f"that {claim.provider} gave {claim.patient} on {fam.dates(ln.dos)} (procedure "
        f"{ln.code}, charge {fam.money(ln.billed)}). We cannot pay it: "
        f"{claim.reason[0].upper()}{claim.reason[1:]}",
        font, size, after=8,
    )  # fmt: skip
    f._funding(fam, pdf, doc)
    pdf.para(
        "To ask us to reconsider, write to the address above or call us within 180 days. "
        "We will answer in writing.",
        font, size, after=12,
    )  # fmt: skip
    pdf.line("Member Appeals", font, size)


def draw_owncodes(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB that uses only the payer's own explanation codes, with a key at the end."""
    pdf.text(pdf.margin, pdf.h - pdf.margin - 12, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 24, " ".join(doc.payer_addr), fam.font, 8.5)
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 12, "Explanation of Benefits", fam.bold,
             12, align="right")  # fmt: skip
    pdf.y = pdf.h - pdf.margin - 40
    f._address(fam, pdf, doc)
    _two_blocks(
        fam,
        pdf,
        [("Member Number", doc.member_id), ("Employer Group", doc.group),
         ("Benefit Plan", f._plan(doc))],
        [("Date processed", fam.dates(doc.notice_date)), ("Toll-free", _paren_phone(doc))],
    )  # fmt: skip
    f._funding(fam, pdf, doc)
    titles = ["Service\ndate", "Description", "Code", "Amount\ncharged", "Amount not\ncovered",
              "Plan\npays", "You\npay", "Expl.\ncode"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(6)
        pdf.line(f"Patient: {claim.patient}      Claim: {claim.number}", fam.bold, fam.size)
        pdf.line(f"Provider: {claim.provider}", fam.font, fam.size)
        rows = [
            [fam.dates(ln.dos), ln.desc, ln.code, _m(fam, ln.billed),
             _m(fam, ln.not_covered), _m(fam, ln.paid), _m(fam, ln.owe),
             " ".join(ln.payer_codes)]
            for ln in claim.lines
        ]  # fmt: skip
        pdf.table(f._cols(fam, pdf, titles, rows, {3, 4, 5, 6}), rows, font=fam.font,
                  bold=fam.bold, size=fam.size - 0.5, header_bg=colors.HexColor("#e8e8e8"))  # fmt: skip
    _code_key(fam, pdf, doc, "Explanation codes")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "twocolumn": (_AMOUNTS, _AMOUNTS),
    "labelsabove": (_AMOUNTS | {"units", "modifiers", "dx"}, set()),
    "landscaperemit": (_AMOUNTS | {"units", "modifiers", "adj_amount"}, _AMOUNTS),
    "tableinprose": ({"billed", "paid", "dx"}, {"billed"}),
    "noticeofaction": ({"billed", "dx"}, {"billed"}),
    "wrapstatement": (_AMOUNTS, _AMOUNTS),
    "continued": (_AMOUNTS, set()),
    "gridboxes": (_AMOUNTS | {"modifiers"}, set()),
    "claimgroups": (_AMOUNTS | {"units", "modifiers", "adj_amount"}, {"billed", "paid", "owe"}),
    "ledger": ({"billed", "paid", "owe"}, set()),
    "photoletter": ({"billed"}, {"billed"}),
    "owncodes": ({"billed", "paid", "owe"}, set()),
}


# --------------------------------------------------------------------------
# Scans and photos


def _rendered(data: bytes, dpi: int) -> list:
    """The grey page images of the PDF ``data`` at ``dpi``."""
    folder = tempfile.mkdtemp(prefix="blind-")
    path = Path(folder) / "page.pdf"
    try:
        path.write_bytes(data)
        return g._render_pages(path, dpi)
    finally:
        path.unlink()
        Path(folder).rmdir()


def _paper(page, rng: random.Random, fam: Family):
    """A rendered page as a scanner returns it: turned, soft, grainy, on off-white paper."""
    from PIL import Image, ImageFilter

    angle = rng.uniform(0.3, 1.5) * rng.choice([-1, 1])
    page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = g._noisy(page, rng, rng.uniform(7, 10))  # sensor grain, softened with the ink
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.75) * fam.dpi / 200))
    paper, ink = rng.randrange(232, 244), rng.randrange(18, 40)
    return page.point(lambda x: ink + x * (paper - ink) // 255)


def scan_pdf(data: bytes, fam: Family, seed: int) -> tuple[bytes, int]:
    """An image-only PDF of ``data`` scanned at ``fam.dpi``."""
    from PIL import Image

    rng = random.Random(seed)
    pages = [_paper(p, rng, fam) for p in _rendered(data, fam.dpi)]
    jpegs = []
    for page in pages:
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=rng.randrange(50, 62))
        jpegs.append(Image.open(io.BytesIO(buf.getvalue())))
    out = io.BytesIO()
    jpegs[0].save(out, "PDF", save_all=True, append_images=jpegs[1:], resolution=float(fam.dpi),
                  creationDate=g._SCAN_DATE, modDate=g._SCAN_DATE, producer="scanner")  # fmt: skip
    return out.getvalue(), len(jpegs)


def photo_jpg(data: bytes, fam: Family, seed: int) -> bytes:
    """A phone photo of page 1: on a table, seen a little from one side, lit unevenly."""
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    page = _rendered(data, fam.dpi)[0].convert("RGB")
    w, h = page.size
    table = Image.new("RGB", (int(w * 1.16), int(h * 1.1)), (92, 74, 58))
    table.paste(page, (int(w * 0.08), int(h * 0.05)))
    tw, th = table.size
    skew = [rng.uniform(-0.02, 0.02) * tw for _ in range(8)]
    quad = (skew[0], skew[1], skew[2], th + skew[3], tw + skew[4], th + skew[5], tw + skew[6],
            skew[7])  # fmt: skip
    photo = table.transform(table.size, Image.QUAD, quad, resample=Image.BICUBIC)
    photo = photo.rotate(rng.uniform(0.6, 1.4), resample=Image.BICUBIC, fillcolor=(92, 74, 58))
    light = Image.linear_gradient("L").resize(photo.size).point(lambda x: 255 - x // 5)
    photo = ImageChops.multiply(photo, Image.merge("RGB", [light] * 3))
    photo = ImageChops.multiply(photo, Image.new("RGB", photo.size, (255, 246, 228)))
    photo = photo.filter(ImageFilter.GaussianBlur(0.8))
    photo = Image.merge("RGB", [g._noisy(ch, rng, 3) for ch in photo.split()])
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=72)
    return buf.getvalue()


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return _footer(doc, fam) if fam.layout == "continued" else None


def _scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as the family's scanner or phone camera returns it, if it is scanned."""
    if fam.photo:
        return photo_jpg(text_pdf, fam, 9100 + fam.id * 10 + n), 1, ".jpg"
    if fam.scan:
        return (*scan_pdf(text_pdf, fam, 9000 + fam.id * 10 + n), ".pdf")
    return None


SET = ls.LayoutSet("blind", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=_scanned)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
