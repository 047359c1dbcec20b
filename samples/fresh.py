"""A fresh held-out set: layout families unlike those of ``samples/varied.py``.

``samples/varied.py`` draws the corpus the reader is tuned on (``tune``) and a
held-out split of the same generator (``heldout``). This module draws a second
held-out set with its own layouts, wording, payers and number shapes, made
before any tuning against it, so its score says how the reader does on
layouts nobody working on the reader has seen. Never tune against it.

Every document comes with ``<name>.expected.json`` in the contract's shape,
built from the same record as the drawing (``samples.generate.expected``).
Names are ``f<family>_<layout>_<n>``.

    python samples/fresh.py                          # rewrite tests/data/varied/fresh/
    python samples/fresh.py --out /tmp/fresh --docs 6

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py
import layout_set as ls  # noqa: E402  - samples/layout_set.py: the family's common fields
import varied as v  # noqa: E402  - samples/varied.py: the record drawer, the canvas, the scanner

D = Decimal
ZERO = g.ZERO
FRESH_DIR = v.CORPUS_DIR / "fresh"
DOCS_PER_FAMILY = 3

PAYERS = [
    ("Thornfield Health Assurance", "Burlington", "VT", "05401"),
    ("Kestrel Valley Health Plan", "Spokane", "WA", "99201"),
    ("Osprey Point Health", "Wilmington", "DE", "19801"),
    ("Cumberland Gap Health", "Knoxville", "TN", "37902"),
    ("Silverleaf Health Trust", "Provo", "UT", "84601"),
    ("Harbourside Mutual Health", "Bangor", "ME", "04401"),
    ("Blackhawk Prairie Health Plan", "Rockford", "IL", "61101"),
    ("Redwood Crossing Health", "Eureka", "CA", "95501"),
    ("Juniper Mesa Health", "Flagstaff", "AZ", "86001"),
    ("Ozark Hollow Medicaid Plan", "Springfield", "MO", "65806"),
]


def d_day_month(d: date) -> str:
    """``5 March 2026``: day first, month in words."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def d_dot(d: date) -> str:
    """``03.05.2026`` (month.day.year)."""
    return d.strftime("%m.%d.%Y")


def usd_code(x: Decimal) -> str:
    """``USD 1,234.50``."""
    return f"USD {x:,.2f}"


def trailing_minus(x: Decimal) -> str:
    """``1234.50`` or ``24.00-`` (a credit printed with the sign after it)."""
    return f"{-x:.2f}-" if x < 0 else f"{x:.2f}"


@dataclass(frozen=True)
class Family(ls.Family):
    """One fresh layout: how it looks and what kind of record it prints.

    Its ``kind`` is a samples/varied.py kind: it decides the record drawn.
    """

    patients: int = 1
    code_style: str = "inline"
    pagesize: tuple[float, float] = letter
    margin: float = 48
    scan: bool = False
    funding: str = "unknown"
    reference: bool = False


FAMILIES = [
    Family(0, "plainstatement", "table_eob", "Helvetica", "Helvetica-Bold", 9.0,
           usd_code, d_day_month, (1, 2), (1, 3), funding="fully_insured"),
    Family(1, "abbrev", "line_items", "Courier", "Courier-Bold", 8.0,
           g.bare, g.d_short, (1, 2), (1, 3)),
    Family(2, "gridheader", "table_eob", "Times-Roman", "Times-Bold", 9.5,
           g.usd, g.d_mon, (1, 2), (1, 2), code_style="footnote", funding="self_funded"),
    Family(3, "perpatient", "table_eob", "Helvetica", "Helvetica-Bold", 8.5,
           g.num, d_dot, (2, 3), (1, 2), patients=2, code_style="payer", pagesize=A4),
    Family(4, "payadvice", "remittance", "Times-Roman", "Times-Bold", 8.5,
           trailing_minus, g.d_iso, (3, 5), (1, 2)),
    Family(5, "sentences", "prose_letter", "Times-Roman", "Times-Bold", 11.0,
           g.usd, d_day_month, (1, 1), (1, 1), margin=72, funding="self_funded"),
    Family(6, "runover", "table_eob", "Helvetica", "Helvetica-Bold", 9.5,
           g.usd, g.d_us, (1, 1), (34, 44)),
    Family(7, "summarydetail", "table_eob", "Helvetica", "Helvetica-Bold", 9.0,
           g.usd, g.d_slash, (2, 3), (1, 2), patients=2, pagesize=A4, margin=40),
    Family(8, "scanblocks", "kv_claims", "Helvetica", "Helvetica-Bold", 10.0,
           g.usd, g.d_us, (1, 2), (1, 2), scan=True, funding="fully_insured"),
    Family(9, "scandecision", "medicaid_notice", "Times-Roman", "Times-Bold", 11.0,
           g.usd, d_day_month, (1, 1), (1, 1), scan=True, funding="medicaid", reference=True),
]  # fmt: skip


# --------------------------------------------------------------------------
# Records

# the payer's own codes of this set, and what its key prints for them (not the tune set's)
OWN_CODES = {
    "4N": ("KA4", "The clinician does not take part in your plan's panel."),
    "T2": ("KB2", "We do not pay this kind of practitioner for this care."),
    "A7": ("KC7", "No pre-approval was on file when the care was given."),
    "X1": ("KD1", "Your benefits do not include this care."),
    "M5": ("KE5", "The records sent did not show the care was needed."),
    "H3": ("KF3", "Not payable in the setting where it was given."),
    "V6": ("KG6", "The yearly limit on these visits has been reached."),
    "C9": ("KH9", "The diagnosis and the procedure billed do not go together."),
    "F1": ("KJ1", "We received the claim after the deadline for claims."),
    "P1": ("KL1", "Counted toward your deductible."),
    "P2": ("KL2", "Your coinsurance share."),
    "P3": ("KL3", "Your fixed copay for this visit."),
}


def _claim_number(rng: random.Random, family: int) -> str:
    r = rng.randrange
    return [
        lambda: f"CF{r(10**7, 10**8)}",
        lambda: str(r(10**11, 10**12)),
        lambda: f"W{r(10**6, 10**7)}{rng.choice('KMQT')}",
        lambda: f"V-{r(10**5, 10**6)}",
        lambda: f"9{r(10**9, 10**10)}",
        lambda: f"LT-{r(10**6, 10**7)}",
        lambda: f"00{r(10**8, 10**9)}",
        lambda: f"S{r(1000, 9999)}-{r(1000, 9999)}",
        lambda: str(r(10**9, 10**10)),
        lambda: f"MC{r(10**7, 10**8)}",
    ][family % 10]()


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-fresh-doc-{fam.id}-{n}")
    frng = random.Random(f"appealgen-fresh-family-{fam.id}")
    style = dataclasses.replace(
        v.family_style(0),
        family=100 + fam.id,
        kind=fam.kind,
        payer=PAYERS[fam.id],
        phone=f"8{frng.choice('345678')}{frng.choice('0678')}-555-01{frng.randrange(100):02d}",
        reference=fam.reference,
        funding=fam.funding,
        patients=fam.patients,
        claims=fam.claims,
        lines=fam.lines,
        code_style=fam.code_style,
        rights_page=False,
    )
    doc = v.random_record(style, rng, f"f{fam.id:02d}_{fam.layout}_{n}")
    for claim in doc.claims:
        claim.number = _claim_number(rng, fam.id)
        for ln in claim.lines:
            ln.payer_codes = [OWN_CODES[c][0] for c in ln.payer_codes]
    doc.meanings.update({code: text for code, text in OWN_CODES.values()})
    if fam.patients > 1:  # claims grouped by patient, in the order they are printed
        order = list(dict.fromkeys(c.patient for c in doc.claims))
        doc.claims.sort(key=lambda c: order.index(c.patient))
    return doc


# --------------------------------------------------------------------------
# Drawing helpers


def _codes(ln: g.Line) -> list[str]:
    return [a.key for a in ln.adj] + ln.rarc + ln.payer_codes


def _used(doc: g.Doc) -> list[str]:
    out: list[str] = []
    for claim in doc.claims:
        for ln in claim.lines:
            out += [c for c in _codes(ln) if c not in out]
    return out


def _phone(doc: g.Doc) -> str:
    a, b, c = g.phone_parts(doc.payer_phone)
    return f"1-{a}-{b}-{c}"


def _plan(doc: g.Doc) -> str | None:
    if not doc.plan_name:
        return None
    return f"{doc.plan_name} ({doc.plan_type})" if doc.plan_type else doc.plan_name


def _top(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str) -> None:
    pdf.text(pdf.margin, pdf.h - pdf.margin - 10, doc.payer_name, fam.bold, 14)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 23, " / ".join(doc.payer_addr), fam.font, 8)
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 10, title, fam.bold, 11, align="right")
    pdf.y = pdf.h - pdf.margin - 42


def _address(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    for s in [doc.member_name] + doc.member_addr:
        if s:
            pdf.line(s, fam.font, fam.size + 0.5)
    pdf.space(8)


def _pairs(fam: Family, pdf: g.Pdf, pairs: list[tuple[str, str | None]], sep: str) -> None:
    for k, val in pairs:
        if not val:
            continue
        if sep:
            pdf.line(f"{k}{sep}{val}", fam.font, fam.size + 0.5)
        else:
            pdf.need(fam.size * 1.5)
            pdf.text(pdf.margin, pdf.y - fam.size, k, fam.font, fam.size + 0.5)
            pdf.text(pdf.margin + 150, pdf.y - fam.size, val, fam.font, fam.size + 0.5)
            pdf.y -= fam.size * 1.55


def _facts(fam: Family, doc: g.Doc, labels: tuple[str, ...]) -> list[tuple[str, str | None]]:
    """The member's facts under a layout's ``labels``, in this order (as many as labels):
    member, member ID, group, plan, notice date, phone."""
    values = (doc.member_name, doc.member_id, doc.group, _plan(doc), fam.dates(doc.notice_date),
              _phone(doc))  # fmt: skip
    return list(zip(labels, values, strict=False))


def _opening(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, labels: tuple[str, ...],
             sep: str) -> None:  # fmt: skip
    """The letterhead and ``title``, the member's address, facts and funding."""
    _top(fam, pdf, doc, title)
    _address(fam, pdf, doc)
    _pairs(fam, pdf, _facts(fam, doc, labels), sep)
    _funding(fam, pdf, doc)


def _cols(
    fam: Family, pdf: g.Pdf, titles: list[str], rows: list[list[str]], right: set[int]
) -> list[tuple[str, float, str]]:
    """Column widths from the widest cell and heading; fitted to the page width."""
    size = fam.size - 0.5
    widths = []
    for i, t in enumerate(titles):
        cells = [r[i] for r in rows if r[i]] + ["9,999.99"]
        w = max(pdfmetrics.stringWidth(c, fam.font, size) for c in cells)
        head = max(pdfmetrics.stringWidth(p, fam.bold, size) for p in t.split("\n"))
        widths.append(max(w, head, 22) + 12)
    scale = min(1.0, (pdf.w - 2 * pdf.margin) / sum(widths))
    return [
        (t, w * scale, "right" if i in right else "left")
        for i, (t, w) in enumerate(zip(titles, widths, strict=True))
    ]


def _key(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, lines: list[str]) -> None:
    ls.key(fam, pdf, title, lines)


def _funding(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    if doc.funding_text:
        pdf.para(doc.funding_text, fam.font, fam.size)


def _money(fam: Family, x: Decimal | None) -> str:
    return fam.money(x) if x is not None else ""


def _amounts_and_codes(fam: Family, ln: g.Line) -> list[str]:
    """A service's billed, allowed, paid and member's amounts, then its codes."""
    amounts = [_money(fam, a) for a in (ln.billed, ln.allowed, ln.paid, ln.owe)]
    return [*amounts, " ".join(_codes(ln))]


# --------------------------------------------------------------------------
# The layouts


def draw_plainstatement(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Plain-language wording, amounts in a ruled table, codes in their own column."""
    _top(fam, pdf, doc, "Statement of your claim")
    _address(fam, pdf, doc)
    labels = ("Name on the policy", "Membership reference", "Scheme number", "Level of cover",
              "Date written")  # fmt: skip
    _pairs(fam, pdf, _facts(fam, doc, labels), " - ")
    pdf.line(f"Any questions? Ring us free on {_phone(doc)}", fam.font, fam.size + 0.5)
    _funding(fam, pdf, doc)
    titles = [
        "Treatment\ndate",
        "Treatment",
        "Treatment\nref",
        "Fee\ncharged",
        "Amount we\nrecognise",
        "We have\npaid",
        "Still to pay\nby you",
        "Reason\nref",
    ]
    for claim in doc.claims:
        pdf.space(6)
        pdf.line(
            f"Claim file {claim.number} | Who had the treatment {claim.patient} | "
            f"Treated by {claim.provider}",
            fam.bold,
            fam.size,
        )
        rows = [
            [fam.dates(ln.dos), ln.desc, ln.code, *_amounts_and_codes(fam, ln)]
            for ln in claim.lines
        ]
        cols = _cols(fam, pdf, titles, rows, {3, 4, 5, 6})
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5)
    lines = [f"{c}  -  {doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "What our reason refs stand for", lines)


def draw_abbrev(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Abbreviated labels printed after their values; one line per service."""
    _top(fam, pdf, doc, "EOB STMT")
    _address(fam, pdf, doc)
    for label, val in _facts(fam, doc, ("insd nm", "mbr no", "grp no", "pln", "stmt dt",
                                        "cust svc tel")):  # fmt: skip
        if val:
            pdf.line(f"{val:<34}{label}", fam.font, fam.size + 0.5)
    _funding(fam, pdf, doc)
    for claim in doc.claims:
        pdf.space(5)
        pdf.line(
            f"{claim.number} clm   {claim.patient} pt   {claim.provider} prov",
            fam.bold,
            fam.size,
        )
        for ln in claim.lines:
            parts = [
                f"{fam.dates(ln.dos)} svc dt",
                f"{ln.code} proc",
                f"{ln.units} un",
                f"{_money(fam, ln.billed)} chg",
                f"{_money(fam, ln.allowed)} alwd",
                f"{_money(fam, ln.paid)} pd",
                f"{_money(fam, ln.owe)} pt rsp",
            ]
            if _codes(ln):
                parts.append(f"{' '.join(_codes(ln))} rsn")
            pdf.para("  ".join(parts), fam.font, fam.size, x=pdf.margin + 10, after=2)
    lines = [f"{c.replace('-', '')}={doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "RSN CD KEY", lines)


def draw_gridheader(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A boxed two-column header, each label small above its value; lettered notes."""
    _top(fam, pdf, doc, "Claim Activity Report")
    _address(fam, pdf, doc)
    cells = _facts(fam, doc, ("Person covered", "Card no.", "Employer plan no.",
                              "Benefit package", "Date produced", "Helpline"))  # fmt: skip
    half = (pdf.w - 2 * pdf.margin) / 2
    rows = (len(cells) + 1) // 2
    box_h = rows * 26 + 6
    pdf.c.setLineWidth(0.6)
    pdf.c.rect(pdf.margin, pdf.y - box_h, 2 * half, box_h, stroke=1, fill=0)
    for i, (label, val) in enumerate(cells):
        x = pdf.margin + 6 + (i % 2) * half
        y = pdf.y - 6 - (i // 2) * 26
        pdf.text(x, y - 7, label, fam.font, 7, color=colors.HexColor("#444444"))
        pdf.text(x, y - 19, val or "", fam.bold, fam.size + 0.5)
    pdf.y -= box_h + 10
    _funding(fam, pdf, doc)
    letters = "abcdefghijklmnop"
    notes: list[str] = []
    titles = ["Billed as", "Visit on", "No.", "Charge", "Plan benefit", "Owed by\nmember", "Note"]
    for claim in doc.claims:
        pdf.space(4)
        pdf.line(
            f"Ref. {claim.number}    Care received by: {claim.patient}    "
            f"Care from: {claim.provider}",
            fam.font,
            fam.size + 0.5,
        )
        rows = []
        for ln in claim.lines:
            marks = []
            for c in _codes(ln):
                if c not in notes:
                    notes.append(c)
                marks.append(letters[notes.index(c)])
            rows.append(
                [
                    ln.code,
                    fam.dates(ln.dos),
                    str(ln.units),
                    _money(fam, ln.billed),
                    _money(fam, ln.paid),
                    _money(fam, ln.owe),
                    ",".join(marks),
                ]
            )
        rows.append(
            ["Claim total", "", "", _money(fam, claim.total("billed")),
             _money(fam, claim.total("paid")), _money(fam, claim.total("owe")), ""]
        )  # fmt: skip
        cols = _cols(fam, pdf, titles, rows, {2, 3, 4, 5})
        pdf.table(
            cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
            header_bg=None, bold_rows=[len(rows) - 1],
        )  # fmt: skip
    lines = [
        f"{letters[i]}   {c.replace('-', ' ')}: {doc.meanings[c]}" for i, c in enumerate(notes)
    ]
    _key(fam, pdf, doc, "Notes", lines)


def draw_perpatient(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Claims grouped under each patient; the payer's own comment codes and their key."""
    labels = ("Main member", "Member reference", "Employer scheme",
              "Cover", "Statement run on", "Telephone enquiries")  # fmt: skip
    _opening(fam, pdf, doc, "Family Claims Overview", labels, "")
    titles = [
        "Seen on",
        "Item",
        "Item description",
        "Cost",
        "Covered\nup to",
        "Sent to\nprovider",
        "Your bill",
        "Comment",
    ]
    seen: list[str] = []
    for claim in doc.claims:
        if claim.patient not in seen:
            seen.append(claim.patient)
            pdf.space(6)
            pdf.line(f"Care for {claim.patient}", fam.bold, fam.size + 2, gap=fam.size * 2)
        pdf.line(f"Visit ref {claim.number} - seen by {claim.provider}", fam.font, fam.size + 0.5)
        rows = [
            [fam.dates(ln.dos), ln.code, ln.desc, *_amounts_and_codes(fam, ln)]
            for ln in claim.lines
        ]
        cols = _cols(fam, pdf, titles, rows, {3, 4, 5, 6})
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, zebra=None)
        pdf.space(4)
    lines = [f"{c}    {doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "Comment codes", lines)


def draw_payadvice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A provider's payment advice: amount columns in another order, a line number column."""
    _top(fam, pdf, doc, "Payment Advice to Provider")
    payee = doc.extra["payee"]
    pdf.line(
        f"Paid to: {payee['name']}    Provider no. (NPI): {payee['npi']}    Tax ID: {payee['tin']}",
        fam.font,
        fam.size + 0.5,
    )
    pdf.line(f"Advice date: {fam.dates(doc.notice_date)}", fam.font, fam.size + 0.5)
    pdf.line(f"Provider line: {_phone(doc)}", fam.font, fam.size + 0.5)
    pdf.space(6)
    titles = ["Ln", "From", "Service", "Qty", "Net pay", "Pt liab", "Charge", "Allowed",
              "Adj grp/rsn/amt", "Remarks"]  # fmt: skip
    for claim in doc.claims:
        pdf.space(4)
        pdf.line(
            f"Insurer claim {claim.number}   Patient {claim.patient}   "
            f"Subscriber no. {claim.member_id}   NPI (performing) {claim.npi}",
            fam.bold,
            fam.size,
        )
        rows = []
        for k, ln in enumerate(claim.lines):
            adj = "; ".join(f"{a.key} {fam.money(a.amount)}" for a in ln.adj)
            rows.append(
                [
                    str(k + 1),
                    fam.dates(ln.dos),
                    ln.code,
                    str(ln.units),
                    _money(fam, ln.paid),
                    _money(fam, ln.owe),
                    _money(fam, ln.billed),
                    _money(fam, ln.allowed),
                    adj,
                    " ".join(ln.rarc),
                ]
            )
        cols = _cols(fam, pdf, titles, rows, {3, 4, 5, 6, 7})
        pdf.table(
            cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
            header_bg=colors.HexColor("#eeeeee"),
        )  # fmt: skip
    lines = [f"{c}: {doc.meanings[c]}" for c in _used(doc) if c in doc.meanings]
    _key(fam, pdf, doc, "Adjustment and remark descriptions", lines)


def draw_sentences(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A letter: member, claim and codes named in sentences, no table and no labels."""
    f, size = fam.font, fam.size
    pdf.text(pdf.w / 2, pdf.h - 60, doc.payer_name, fam.bold, 15, align="center")
    pdf.text(pdf.w / 2, pdf.h - 73, ", ".join(doc.payer_addr), f, 8.5, align="center")
    pdf.y = pdf.h - 100
    pdf.text(pdf.w - pdf.margin, pdf.y - size, fam.dates(doc.notice_date), f, size, align="right")
    pdf.space(24)
    _address(fam, pdf, doc)
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    pdf.line(f"Dear {doc.member_name.split()[0]},", f, size, gap=size * 2)
    group = f", employer group {doc.group}" if doc.group else ""
    pdf.para(
        f"Our records show you as member {doc.member_id} on the {_plan(doc)} plan{group}. "
        f"This letter is about claim {claim.number}, for care {claim.patient} received on "
        f"{fam.dates(ln.dos)} from {claim.provider}.",
        f,
        size,
        after=8,
    )
    adj = " and ".join(f"adjustment reason {a.code} in group {a.group}" for a in ln.adj)
    remark = f", with remark {' and '.join(ln.rarc)}" if ln.rarc else ""
    pdf.para(
        f"We are not able to pay for this care, because {claim.reason} In the standard code "
        f"set used on claims this is {adj}{remark}.",
        f,
        size,
        after=8,
    )
    pdf.para(
        f"{claim.provider} billed it as {ln.code} ({ln.desc.lower()}) with diagnosis "
        f"{', '.join(ln.dx)}, and charged {fam.money(ln.billed)}. We paid "
        f"{fam.money(ln.paid)}, and you may be asked to pay {fam.money(ln.owe)}.",
        f,
        size,
        after=8,
    )
    _funding(fam, pdf, doc)
    pdf.para(
        "If you think we got this wrong, you can ask us to look again. Write to us at the "
        "address above within 180 days of receiving this letter, or telephone "
        f"{_phone(doc)}. We will send you, free of charge, copies of what we relied on.",
        f,
        size,
        after=14,
    )
    pdf.line("Kind regards,", f, size, gap=28)
    pdf.line("Member Care Team", f, size)


def _header_row(fam: Family, pdf: g.Pdf, cols: list[tuple[str, float, str]]) -> None:
    size = fam.size - 0.5
    head_h = max(t.count("\n") + 1 for t, _, _ in cols) * size * 1.15 + size * 0.8
    x = pdf.margin
    for title, w, align in cols:
        for i, part in enumerate(title.split("\n")):
            ty = pdf.y - size * 1.05 - i * size * 1.15 - size * 0.2
            tx = x + w - 3 if align == "right" else x + 3
            pdf.text(tx, ty, part, fam.bold, size, align=align)
        x += w
    pdf.y -= head_h
    pdf.c.setLineWidth(0.8)
    pdf.c.line(pdf.margin, pdf.y, x, pdf.y)


def draw_runover(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A long service table that carries on over the page without repeating its heading."""
    labels = ("Enrolled person", "Enrolment no.", "Workplace plan no.",
              "Coverage name", "Produced", "Enquiries")  # fmt: skip
    _opening(fam, pdf, doc, "Benefit Payment Record", labels, "")
    claim = doc.claims[0]
    pdf.space(4)
    pdf.line(
        f"File number: {claim.number}    Patient seen: {claim.patient}    Clinic: {claim.provider}",
        fam.bold,
        fam.size,
    )
    titles = ["Visit", "HCPCS/CPT", "Billed\ncharge", "Allowed\ncharge", "Benefit",
              "Member\ncost", "Adj codes"]  # fmt: skip
    rows = [
        [fam.dates(ln.dos), ln.code, _money(fam, ln.billed), _money(fam, ln.allowed),
         _money(fam, ln.paid), _money(fam, ln.owe), " ".join(_codes(ln))]
        for ln in claim.lines
    ]  # fmt: skip
    rows.append(
        ["Totals for this file", "", _money(fam, claim.total("billed")),
         _money(fam, claim.total("allowed")), _money(fam, claim.total("paid")),
         _money(fam, claim.total("owe")), ""]
    )  # fmt: skip
    cols = _cols(fam, pdf, titles, rows[:-1], {2, 3, 4, 5})
    _header_row(fam, pdf, cols)
    row_h = fam.size * 1.8
    for r, row in enumerate(rows):
        if pdf.y - row_h < pdf.bottom:  # carry on at the top of the next page, no heading
            pdf.c.showPage()
            pdf.page += 1
            pdf.y = pdf.top
        x = pdf.margin
        font = fam.bold if r == len(rows) - 1 else fam.font
        for (_, w, align), cell in zip(cols, row, strict=True):
            tx = x + w - 3 if align == "right" else x + 3
            pdf.text(
                tx, pdf.y - row_h / 2 - fam.size * 0.35, cell, font, fam.size - 0.5, align=align
            )
            x += w
        pdf.y -= row_h
    lines = [f"{c} = {doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "Adjustment code meanings", lines)


def draw_summarydetail(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A summary of the claims first, then a detail table for each claim."""
    _top(fam, pdf, doc, "Your Health Spending Summary")
    _address(fam, pdf, doc)
    pairs = _facts(fam, doc, ("Covered member", "Member card", "Group/employer", "Plan & type",
                              "Summary date", "Call"))  # fmt: skip
    half = (pdf.w - 2 * pdf.margin) / 2
    for i in range(0, len(pairs), 2):
        for j, (k, val) in enumerate(pairs[i : i + 2]):
            pdf.text(pdf.margin + j * half, pdf.y - fam.size, f"{k} - {val}", fam.font, fam.size)
        pdf.y -= fam.size * 1.6
    _funding(fam, pdf, doc)
    pdf.space(4)
    pdf.line("Summary of this period", fam.bold, fam.size + 2, gap=fam.size * 2)
    srows = [
        [c.number, c.patient, c.provider, _money(fam, c.total("billed")),
         _money(fam, c.total("paid")), _money(fam, c.total("owe"))]
        for c in doc.claims
    ]  # fmt: skip
    stitles = ["Claim", "For", "From", "Charged", "Plan paid", "Your part"]
    pdf.table(
        _cols(fam, pdf, stitles, srows, {3, 4, 5}), srows, font=fam.font, bold=fam.bold,
        size=fam.size - 0.5, zebra=colors.HexColor("#f1f1f1"),
    )  # fmt: skip
    pdf.space(8)
    pdf.line("Service detail", fam.bold, fam.size + 2, gap=fam.size * 2)
    titles = ["Date", "Service", "Code", "Diag.", "Charged", "Plan paid", "Your part", "Remark"]
    for claim in doc.claims:
        pdf.line(f"Claim {claim.number}", fam.bold, fam.size)
        rows = [
            [fam.dates(ln.dos), ln.desc, ln.code, ", ".join(ln.dx), _money(fam, ln.billed),
             _money(fam, ln.paid), _money(fam, ln.owe), " ".join(_codes(ln))]
            for ln in claim.lines
        ]  # fmt: skip
        cols = _cols(fam, pdf, titles, rows, {4, 5, 6})
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
                  header_bg=None)  # fmt: skip
        pdf.space(4)
    lines = [f"{c.replace('-', ' ')}  {doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "Remark definitions", lines)


def draw_scanblocks(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Each claim a block of short lines, each service one sentence-like line (scanned)."""
    labels = ("Insured person", "Policy ref", "Company plan no.",
              "Cover type", "Letter produced", "Our phone")  # fmt: skip
    _opening(fam, pdf, doc, "Claim Notification", labels, ": ")
    for claim in doc.claims:
        pdf.space(6)
        pdf.line(f"Bill no. {claim.number}", fam.bold, fam.size + 0.5)
        pdf.line(f"Treated person: {claim.patient}", fam.font, fam.size)
        pdf.line(f"Attended by: {claim.provider}  (NPI {claim.npi})", fam.font, fam.size)
        for k, ln in enumerate(claim.lines):
            s = (
                f"Service {k + 1} - {fam.dates(ln.dos)} - {ln.code} - charged "
                f"{_money(fam, ln.billed)} - allowed {_money(fam, ln.allowed)} - paid "
                f"{_money(fam, ln.paid)} - member pays {_money(fam, ln.owe)}"
            )
            if _codes(ln):
                s += f" - code {' '.join(_codes(ln))}"
            pdf.para(s, fam.font, fam.size, x=pdf.margin + 12, after=2)
    lines = [f"{c}: {doc.meanings[c]}" for c in _used(doc)]
    _key(fam, pdf, doc, "Code list", lines)


def draw_scandecision(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A Medicaid plan's decision letter: label and value rows, the code in a sentence."""
    f, size = fam.font, fam.size
    pdf.text(pdf.margin, pdf.h - pdf.margin - 10, doc.payer_name, fam.bold, 15)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 24, ", ".join(doc.payer_addr), f, 8.5)
    pdf.y = pdf.h - pdf.margin - 44
    pdf.line("Notice of Our Decision About Your Care", fam.bold, 12.5, gap=18)
    _address(fam, pdf, doc)
    claim, ln = doc.claims[0], doc.claims[0].lines[0]
    _pairs(
        fam,
        pdf,
        [
            ("Date of this letter", fam.dates(doc.notice_date)),
            ("Enrolled member", doc.member_name),
            ("State ID no.", doc.member_id),
            ("Health plan", doc.plan_name),
            ("Case no.", doc.extra["reference"]),
            ("Claim no.", claim.number),
            ("When care was given", fam.dates(ln.dos)),
            ("What was asked for", f"{ln.code} {ln.desc}"),
            ("Diagnosis", ", ".join(ln.dx)),
            ("Who gave the care", claim.provider),
            ("Provider's NPI", claim.npi),
            ("Amount asked", fam.money(ln.billed)),
        ],
        "",
    )
    pdf.space(6)
    _funding(fam, pdf, doc)
    pdf.para(
        f"We will not pay for this service. The reason: {claim.reason}. "
        f"The code for this decision is {_codes(ln)[0]}.",
        f,
        size,
        after=8,
    )
    pdf.para(
        "You may ask us for an appeal within 60 days of the date of this letter. If you are "
        "still unhappy after our appeal decision, you can ask for a State Fair Hearing "
        "within 120 days.",
        f,
        size,
        after=8,
    )
    pdf.para(f"Questions? Call member help at {_phone(doc)} (TTY 711).", f, size)


DRAW = ls.drawers(globals())
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "plainstatement": ({"billed", "allowed", "paid", "owe"}, set()),
    "abbrev": ({"units", "billed", "allowed", "paid", "owe"}, set()),
    "gridheader": ({"units", "billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "perpatient": ({"billed", "allowed", "paid", "owe"}, set()),
    "payadvice": ({"units", "billed", "allowed", "paid", "owe", "adj_amount"}, set()),
    "sentences": ({"dx", "billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "runover": ({"billed", "allowed", "paid", "owe"}, {"billed", "allowed", "paid", "owe"}),
    "summarydetail": ({"dx", "billed", "paid", "owe"}, {"billed", "paid", "owe"}),
    "scanblocks": ({"billed", "allowed", "paid", "owe"}, set()),
    "scandecision": ({"dx", "billed"}, {"billed"}),
}


def make_document(fam: Family, n: int) -> tuple[str, bytes, dict]:
    """Document ``n`` of ``fam``: its name, file bytes and expected document."""
    doc = record(fam, n)
    line_fields, total_fields = PRINTED[fam.layout]
    doc = g.mask(doc, line_fields, total_fields)
    if fam.kind == "remittance":
        for claim in doc.claims:
            for ln in claim.lines:
                for a in ln.adj:
                    a.amount = a.amount if a.amount is not None else ln.billed

    def render(total: int | None) -> tuple[bytes, int]:
        pdf = v.VPdf(pagesize=fam.pagesize, margin=fam.margin, title="", total_pages=total)
        DRAW[fam.layout](fam, pdf, doc)
        return pdf.finish()

    _, pages = render(None)
    data, pages = render(pages)
    exp = g.expected(doc, data, pages)
    if fam.scan:
        data, pages = v._scan(data, 7000 + fam.id * 100 + n)
        exp["source"].update(sha256=hashlib.sha256(data).hexdigest(), pages=pages, ocr_used=True)
    exp["source"]["file"] = f"{doc.name}.pdf"
    return doc.name, data, exp


def write_set(
    outdir: str | Path = FRESH_DIR,
    families: list[int] | None = None,
    docs: int = DOCS_PER_FAMILY,
) -> list[Path]:
    """Write ``outdir/<name>.pdf`` and ``.expected.json``; return the PDFs."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for fam in FAMILIES:
        if families is not None and fam.id not in families:
            continue
        for n in range(docs):
            name, data, exp = make_document(fam, n)
            g._atomic_write(outdir / f"{name}.pdf", data)
            text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
            g._atomic_write(outdir / f"{name}.expected.json", text.encode("utf-8"))
            paths.append(outdir / f"{name}.pdf")
    return paths


def family_of(name: str) -> int:
    """The family id in a document name ``f<id>_<layout>_<n>``."""
    return int(name.split("_", 1)[0][1:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", default=str(FRESH_DIR), help="folder to write")
    ap.add_argument("--docs", type=int, default=DOCS_PER_FAMILY, help="documents per family")
    ap.add_argument("--families", type=int, nargs="*", help="family ids (default: all)")
    args = ap.parse_args(argv)
    paths = write_set(args.out, args.families, args.docs)
    print(f"wrote {len(paths)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
