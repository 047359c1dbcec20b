"""Synthetic EOBs, denial letters and remittances, each with its expected parse document.

Run ``python samples/generate.py`` to rewrite ``samples/*.pdf`` and
``samples/*.expected.json`` in place; ``--synthetic N --out DIR`` writes N
randomised two-page documents for the batch benchmark.  Every person, payer,
number and address here is invented.

One record -> one PDF -> one expected document.  Each layout function takes a
``Doc`` record, draws it, and returns the expected dict built from the *same*
record, through ``appealgen.models`` so the serialisation is the contract's.
A layout states which line/total fields it prints; the rest are masked to
null before drawing, so what is drawn and what is expected cannot drift.

Conventions for the expected documents (what a careful human reader would
write down, never more):

* A value the document does not print is null (or ``[]``).  A member EOB
  without an "allowed" column has ``allowed: null`` even if it could be
  worked out from other columns.
* A CARC printed without its group ("CARC 50", "Adj reason: 96") takes the
  group a reader would infer: ``PR`` for the patient-share codes 1, 2 and 3,
  otherwise ``CO``.
* Codes a payer defines in its own key ("Code 3F") go into neither
  ``adjustments`` nor ``carc``; their printed meaning decides the categories.
* An adjustment's ``amount`` is set only where the amount is printed beside
  the code (remittances, "PR-1 Deductible: $150.00"); otherwise null.
* Totals are the claim totals as printed; a claim without a printed total has
  null totals (they are not summed from the lines).  A prose letter about
  one service prints its amounts once ("billed $185.00 for this service"):
  they are both the claim's totals and that line's amounts.
* A plan printed as "Tidewater Silver (HMO)" has name "Tidewater Silver" and
  type "HMO"; a provider printed "Jane Doe, IBCLC (out-of-network)" has name
  "Jane Doe, IBCLC" and network "out".
* ``diagnosis_codes`` of a claim is the union of its lines' codes, in order.
* ``reason_text`` is the payer's printed explanation: for coded documents
  the meanings printed for the claim's codes, in order of first use, joined
  by one space; for letters the sentence that gives the reason.
* Phones are written ``NNN-NNN-NNNN`` whatever the printed style.
* A remittance printed as a PDF has ``source.kind`` ``remittance_835``; it
  covers many patients, so its top-level ``member`` and ``plan`` are null.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import os
import random
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, legal, letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

try:  # importable both as ``samples.generate`` and as a script
    from appealgen import models as m
except ImportError:  # pragma: no cover - running from a checkout without install
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from appealgen import models as m

SAMPLES_DIR = Path(__file__).resolve().parent
D = Decimal
ZERO = D("0.00")

# Bitstream Vera ships inside reportlab, so the bytes do not depend on the host's fonts.
_FONT_DIR = Path(pdfmetrics.__file__).resolve().parent.parent / "fonts"
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf")):
    pdfmetrics.registerFont(TTFont(_name, str(_FONT_DIR / _file)))


# --------------------------------------------------------------------------
# Small helpers: NPI, money, dates, phones


def npi_check_digit(first9: str) -> str:
    """The Luhn check digit of an NPI, computed over the ``80840`` prefix + 9 digits."""
    digits = [int(ch) for ch in "80840" + first9]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 0:  # rightmost of the payload is doubled (the check digit comes after)
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def make_npi(first9: str) -> str:
    """A 10-digit NPI that passes the Luhn check: ``make_npi("123456789")``."""
    assert len(first9) == 9 and first9.isdigit() and first9[0] in "12"
    return first9 + npi_check_digit(first9)


def npi_is_valid(npi: str) -> bool:
    return len(npi) == 10 and npi.isdigit() and npi_check_digit(npi[:9]) == npi[9]


def usd(v: Decimal) -> str:
    return f"-${-v:,.2f}" if v < 0 else f"${v:,.2f}"


def num(v: Decimal) -> str:
    return f"{v:,.2f}"


def bare(v: Decimal) -> str:
    return f"{v:.2f}"


def paren(v: Decimal) -> str:
    return f"({v:,.2f})" if v else "0.00"


def d_us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def d_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def d_slash(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def d_long(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def d_mon(d: date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def d_dash(d: date) -> str:
    return d.strftime("%m-%d-%Y")


def d_iso(d: date) -> str:
    return d.isoformat()


def phone_parts(phone: str) -> tuple[str, str, str]:
    a, b, c = phone.split("-")
    return a, b, c


# --------------------------------------------------------------------------
# The record a layout draws


@dataclass
class Adj:
    """One CARC as the reader understands it: group (inferred if unprinted), code, amount."""

    group: str
    code: str
    amount: Decimal | None = None

    @property
    def key(self) -> str:
        return f"{self.group}-{self.code}"


@dataclass
class Line:
    dos: date
    code: str
    desc: str
    billed: Decimal | None = None
    allowed: Decimal | None = None
    paid: Decimal | None = None
    owe: Decimal | None = None
    modifiers: list[str] = field(default_factory=list)
    units: int | None = None
    dx: list[str] = field(default_factory=list)
    adj: list[Adj] = field(default_factory=list)
    rarc: list[str] = field(default_factory=list)
    payer_codes: list[str] = field(default_factory=list)
    pos: str | None = None
    deductible: Decimal = ZERO
    copay: Decimal = ZERO
    coins: Decimal = ZERO

    @property
    def not_covered(self) -> Decimal:
        """Billed minus allowed (or paid): the "plan discount" / "not covered" column."""
        base = (
            self.allowed if self.allowed is not None else (self.paid or ZERO) + (self.owe or ZERO)
        )
        return (self.billed or ZERO) - base


@dataclass
class ClaimRec:
    number: str | None
    patient: str | None
    provider: str | None
    lines: list[Line]
    npi: str | None = None
    network: str | None = None  # "in" / "out" when printed
    categories: list[str] = field(default_factory=list)  # empty: paid, not denied
    reason: str | None = None  # letters: the printed reason sentence
    member_id: str | None = None  # remittances print one per claim
    fixed_totals: dict | None = None  # set by mask(): totals of the unmasked lines

    @property
    def denied(self) -> bool:
        return bool(self.categories)

    def total(self, attr: str) -> Decimal | None:
        if self.fixed_totals is not None:
            return self.fixed_totals[attr]
        values = [getattr(ln, attr) for ln in self.lines]
        if any(v is None for v in values):
            return None
        return sum(values, ZERO)


@dataclass
class Doc:
    name: str
    kind: str
    payer_name: str
    payer_addr: list[str]
    payer_state: str | None
    payer_phone: str | None
    notice_date: date | None
    claims: list[ClaimRec]
    member_name: str | None = None
    member_id: str | None = None
    member_addr: list[str] = field(default_factory=list)
    member_state: str | None = None
    plan_name: str | None = None
    plan_type: str | None = None
    funding: str = "unknown"
    funding_text: str | None = None  # the printed sentence that shows the funding
    group: str | None = None
    meanings: dict[str, str] = field(default_factory=dict)  # printed code key
    rights_page: bool = False  # add a back page of appeal rights (synthetic 2-page docs)
    extra: dict = field(default_factory=dict)  # per-layout wording


ALL_LINE_FIELDS = frozenset(
    {"billed", "allowed", "paid", "owe", "units", "modifiers", "dx", "adj_amount"}
)
ALL_TOTAL_FIELDS = frozenset({"billed", "allowed", "paid", "owe"})


def mask(doc: Doc, line_fields: Iterable[str], total_fields: Iterable[str] = ()) -> Doc:
    """A copy of ``doc`` with every line field the layout does not print set to null."""
    doc = copy.deepcopy(doc)
    keep = set(line_fields)
    unknown = keep - ALL_LINE_FIELDS
    assert not unknown, unknown
    doc.extra["_total_fields"] = frozenset(total_fields)
    for claim in doc.claims:
        claim.fixed_totals = {a: claim.total(a) for a in ("billed", "allowed", "paid", "owe")}
        for ln in claim.lines:
            for attr in ("billed", "allowed", "paid", "owe", "units"):
                if attr not in keep:
                    setattr(ln, attr, None)
            if "modifiers" not in keep:
                ln.modifiers = []
            if "dx" not in keep:
                ln.dx = []
            if "adj_amount" not in keep:
                for a in ln.adj:
                    a.amount = None
    return doc


# --------------------------------------------------------------------------
# Code meanings (printed keys).  Keys are "GROUP-CODE" for CARCs, bare for RARCs.

CODE_TEXT = {
    "CO-11": "The diagnosis is inconsistent with the procedure.",
    "CO-16": "Claim/service lacks information or has submission/billing error(s).",
    "CO-45": "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee "
    "arrangement.",
    "CO-50": "These are non-covered services because this is not deemed a 'medical "
    "necessity' by the payer.",
    "CO-58": "Treatment was deemed by the payer to have been rendered in an inappropriate "
    "or invalid place of service.",
    "CO-96": "Non-covered charge(s).",
    "CO-119": "Benefit maximum for this time period or occurrence has been reached.",
    "CO-170": "Payment is denied when performed/billed by this type of provider.",
    "CO-185": "The rendering provider is not eligible to perform the service billed.",
    "CO-197": "Precertification/authorization/notification/pre-treatment absent.",
    "CO-204": "This service/equipment/drug is not covered under the patient's current "
    "benefit plan.",
    "CO-242": "Services not provided by network/primary care providers.",
    "PR-1": "Deductible amount.",
    "PR-2": "Coinsurance amount.",
    "PR-3": "Co-payment amount.",
    "N95": "This provider type/provider specialty may not bill this service.",
    "N130": "Consult plan benefit documents/guidelines for information about restrictions "
    "for this service.",
    "N290": "Missing/incomplete/invalid rendering provider primary identifier.",
    "N362": "The number of days or units of service exceeds our acceptable maximum.",
    "N428": "Not covered when performed in this place of service.",
    "MA130": "Your claim contains incomplete and/or invalid information, and no appeal "
    "rights are afforded because the claim is unprocessable.",
}


def claim_codes(claim: ClaimRec) -> list[str]:
    """The claim's printed codes (CARC keys, RARCs, payer codes) in order of first use."""
    seen: list[str] = []
    for ln in claim.lines:
        for code in [a.key for a in ln.adj] + ln.rarc + ln.payer_codes:
            if code not in seen:
                seen.append(code)
    return seen


def reason_text(doc: Doc, claim: ClaimRec) -> str | None:
    if not claim.denied:
        return None
    if claim.reason:
        return claim.reason
    texts = [doc.meanings[c] for c in claim_codes(claim) if c in doc.meanings]
    return " ".join(texts) or None


def _uniq(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


# --------------------------------------------------------------------------
# The expected parse document


def expected(doc: Doc, data: bytes, pages: int) -> dict:
    """The contract's parse document for ``doc`` as drawn into ``data``."""
    total_fields = doc.extra.get("_total_fields", frozenset())
    claims = []
    for c in doc.claims:
        lines = [
            m.ServiceLine(
                date_of_service=ln.dos,
                procedure_code=ln.code,
                modifiers=list(ln.modifiers),
                units=ln.units,
                diagnosis_codes=list(ln.dx),
                billed=ln.billed,
                allowed=ln.allowed,
                paid=ln.paid,
                patient_responsibility=ln.owe,
                adjustments=[m.Adjustment(a.group, a.code, a.amount) for a in ln.adj],
                remark_codes=list(ln.rarc),
            )
            for ln in c.lines
        ]
        totals = m.Totals(
            **{
                out: c.total(attr) if attr in total_fields else None
                for attr, out in (
                    ("billed", "billed"),
                    ("allowed", "allowed"),
                    ("paid", "paid"),
                    ("owe", "patient_responsibility"),
                )
            }
        )
        denial = None
        if c.denied:
            denial = m.Denial(
                reason_text=reason_text(doc, c),
                carc=_uniq(a.key for ln in c.lines for a in ln.adj),
                rarc=_uniq(r for ln in c.lines for r in ln.rarc),
                categories=list(c.categories),
                primary_category=c.categories[0],
            )
        claims.append(
            m.Claim(
                claim_number=c.number,
                patient_name=c.patient,
                provider=m.Provider(name=c.provider, npi=c.npi, network=c.network),
                service_lines=lines,
                diagnosis_codes=_uniq(d for ln in c.lines for d in ln.dx),
                totals=totals,
                denied=c.denied,
                denial=denial,
            )
        )
    result = m.ParseResult(
        source=m.Source(
            file=f"{doc.name}.pdf",
            sha256=hashlib.sha256(data).hexdigest(),
            pages=pages,
            ocr_used=False,
            kind=doc.kind,
        ),
        payer=m.Payer(name=doc.payer_name, state=doc.payer_state, phone=doc.payer_phone),
        plan=m.Plan(
            name=doc.plan_name, type=doc.plan_type, funding=doc.funding, group_number=doc.group
        ),
        member=m.Member(name=doc.member_name, id=doc.member_id, state=doc.member_state),
        notice_date=doc.notice_date,
        claims=claims,
        warnings=[],
    )
    truth = result.to_dict()
    # the truth is the values; where and how surely they were read is the reader's business
    for key in ("evidence", "not_printed", "layout"):
        truth.pop(key, None)
    return truth


# --------------------------------------------------------------------------
# Drawing


HEADER_GREY = colors.HexColor("#d9dee7")


class Pdf:
    """A canvas with a cursor, page decoration and simple tables."""

    def __init__(
        self,
        pagesize=letter,
        margin: float = 50,
        total_pages: int | None = None,
        decorate: Callable[[Pdf], None] | None = None,
        title: str = "",
        top: float | None = None,
        bottom: float | None = None,
    ) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, invariant=1, pageCompression=0)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.w, self.h = pagesize
        self.margin = margin
        self.top = top if top is not None else self.h - margin
        self.bottom = bottom if bottom is not None else margin
        self.total = total_pages
        self.decorate = decorate
        self.page = 1
        self.y = self.top
        self._decorate()

    def _decorate(self) -> None:
        if self.decorate:
            self.decorate(self)

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self._decorate()

    def need(self, height: float) -> bool:
        """Start a new page if ``height`` does not fit; True if a page was started."""
        if self.y - height < self.bottom:
            self.new_page()
            return True
        return False

    def text(self, x, y, s, font="Helvetica", size=9, color=colors.black, align="left"):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "right":
            c.drawRightString(x, y, s)
        elif align == "center":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColor(colors.black)

    def line(self, s="", font="Helvetica", size=9, x=None, gap=None, color=colors.black):
        """Write one line at the cursor and move down."""
        gap = gap if gap is not None else size * 1.35
        self.need(gap)
        self.text(self.margin if x is None else x, self.y - size, s, font, size, color)
        self.y -= gap

    def para(self, s, font="Helvetica", size=9, width=None, x=None, leading=None, after=4):
        """A wrapped paragraph at the cursor."""
        x = self.margin if x is None else x
        width = width or (self.w - x - self.margin)
        leading = leading or size * 1.3
        for part in simpleSplit(s, font, size, width):
            self.need(leading)
            self.text(x, self.y - size, part, font, size)
            self.y -= leading
        self.y -= after

    def space(self, h: float) -> None:
        self.y -= h

    def rule(self, width=0.6, color=colors.black, x0=None, x1=None):
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(self.margin if x0 is None else x0, self.y, x1 or self.w - self.margin, self.y)
        self.c.setStrokeColor(colors.black)

    def table(
        self,
        cols: list[tuple[str, float, str]],
        rows: list[list[str]],
        x: float | None = None,
        font="Helvetica",
        bold="Helvetica-Bold",
        size=8,
        row_h=None,
        ruled=True,
        header_bg=HEADER_GREY,
        header_color=colors.black,
        zebra=None,
        bold_rows: Iterable[int] = (),
        fit: bool = True,
    ) -> None:
        """Draw a table at the cursor; header titles may hold ``\\n``; repeats the header."""
        x = self.margin if x is None else x
        row_h = row_h or size * 1.9
        head_lines = max(t.count("\n") + 1 for t, _, _ in cols)
        head_h = head_lines * size * 1.15 + size * 0.8
        widths = [w for _, w, _ in cols]
        total_w = sum(widths)
        bold_rows = set(bold_rows)
        fit_cells = fit

        def header() -> None:
            self.need(head_h + row_h)
            c = self.c
            if header_bg is not None:
                c.setFillColor(header_bg)
                c.rect(x, self.y - head_h, total_w, head_h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            cx = x
            for title, w, align in cols:
                parts = title.split("\n")
                for i, part in enumerate(parts):
                    ty = self.y - size * 1.05 - i * size * 1.15 - size * 0.2
                    tx = {"left": cx + 3, "right": cx + w - 3, "center": cx + w / 2}[align]
                    self.text(tx, ty, part, bold, size, header_color, align)
                cx += w
            if ruled:
                self._grid(x, widths, self.y, head_h)
            else:
                c.setLineWidth(0.8)
                c.line(x, self.y - head_h, x + total_w, self.y - head_h)
            self.y -= head_h

        header()
        for r, row in enumerate(rows):
            if self.need(row_h):
                header()
            if zebra is not None and r % 2 == 1:
                self.c.setFillColor(zebra)
                self.c.rect(x, self.y - row_h, total_w, row_h, stroke=0, fill=1)
                self.c.setFillColor(colors.black)
            cx = x
            f = bold if r in bold_rows else font
            for (_, w, align), cell in zip(cols, row, strict=True):
                ty = self.y - row_h / 2 - size * 0.35
                tx = {"left": cx + 3, "right": cx + w - 3, "center": cx + w / 2}[align]
                if cell:
                    fit = size  # shrink a long cell rather than run into its neighbour
                    while fit_cells and fit > 5 and pdfmetrics.stringWidth(cell, f, fit) > w - 5:
                        fit -= 0.25
                    self.text(tx, ty, cell, f, fit, align=align)
                cx += w
            if ruled:
                self._grid(x, widths, self.y, row_h)
            self.y -= row_h

    def _grid(self, x, widths, y, h) -> None:
        c = self.c
        c.setLineWidth(0.5)
        c.setStrokeColor(colors.HexColor("#555555"))
        c.rect(x, y - h, sum(widths), h, stroke=1, fill=0)
        cx = x
        for w in widths[:-1]:
            cx += w
            c.line(cx, y, cx, y - h)
        c.setStrokeColor(colors.black)

    def finish(self) -> tuple[bytes, int]:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue(), self.page


def render(draw: Callable[[Pdf, Doc], None], doc: Doc, **pdf_kw) -> tuple[bytes, int]:
    """Draw twice: the first pass counts the pages for "Page X of N"."""
    first = Pdf(**pdf_kw)
    draw(first, doc)
    _, pages = first.finish()
    second = Pdf(total_pages=pages, **pdf_kw)
    draw(second, doc)
    data, pages2 = second.finish()
    assert pages == pages2
    return data, pages


def write_doc(doc: Doc, data: bytes, pages: int, outdir: Path | None) -> dict:
    """Write ``<name>.pdf`` and ``<name>.expected.json`` into ``outdir``; return the dict.

    ``doc.extra["pdf_path"]`` writes only the PDF, to that path; ``outdir=None``
    writes nothing.
    """
    exp = expected(doc, data, pages)
    if doc.extra.get("pdf_path"):
        _atomic_write(Path(doc.extra["pdf_path"]), data)
    elif outdir is not None:
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        _atomic_write(outdir / f"{doc.name}.pdf", data)
        text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
        _atomic_write(outdir / f"{doc.name}.expected.json", text.encode("utf-8"))
    return exp


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def rights_page(pdf: Pdf, doc: Doc, font="Helvetica", bold="Helvetica-Bold") -> None:
    """A back page of appeal rights, as most EOBs carry."""
    pdf.new_page()
    pdf.line("Your right to appeal", bold, 13, gap=20)
    phone = doc.payer_phone or "the number on your ID card"
    for para in (
        "If your claim was denied in whole or in part, you have the right to ask us to "
        "review the decision. You or someone you name to act for you may file an appeal "
        "within 180 days of the date you receive this notice.",
        "You may ask for, free of charge, copies of all documents and records relevant to "
        "your claim, including the internal rule, guideline or protocol we relied on.",
        "If we uphold our decision, you may have the right to an independent external "
        "review. For urgent situations you may ask for an expedited review.",
        f"To file an appeal, write to the address on the front of this statement or call {phone}.",
        "Language assistance: If you need help in another language, call the number "
        "above. Ayuda en español: llame al número de arriba.",
        "Nondiscrimination notice: We comply with applicable federal civil rights laws and "
        "do not discriminate on the basis of race, color, national origin, age, "
        "disability, or sex.",
    ):
        pdf.para(para, font, 9.5, after=8)


# --------------------------------------------------------------------------
# Layout 1: national-insurer member EOB


def layout_national_eob(doc: Doc, outdir: Path | None = None) -> dict:
    """A national insurer's member EOB: shaded, ruled table with a "See note" column."""
    doc = mask(doc, {"billed", "paid", "owe"}, {"billed", "paid", "owe"})
    navy = colors.HexColor("#1f3a68")

    def draw(pdf: Pdf, doc: Doc) -> None:
        c = pdf.c
        c.setFillColor(navy)
        c.rect(pdf.margin, pdf.h - 92, 34, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        pdf.text(
            pdf.margin + 17,
            pdf.h - 81,
            doc.payer_name[0],
            "Helvetica-Bold",
            20,
            colors.white,
            "center",
        )
        pdf.text(pdf.margin + 44, pdf.h - 72, doc.payer_name, "Helvetica-Bold", 17, navy)
        pdf.text(pdf.margin + 44, pdf.h - 86, " | ".join(doc.payer_addr), "Helvetica", 7.5)
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 68,
            "Explanation of Benefits",
            "Helvetica-Bold",
            13,
            navy,
            "right",
        )
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 82,
            "THIS IS NOT A BILL",
            "Helvetica-Bold",
            9,
            colors.HexColor("#b00020"),
            "right",
        )
        pdf.y = pdf.h - 110
        pdf.rule(1.2, navy)
        pdf.space(6)
        left = [
            ("Member", doc.member_name),
            ("Member ID", doc.member_id),
            ("Group #", doc.group),
            ("Plan", doc.plan_name),
            ("Plan type", doc.plan_type),
        ]
        right = [("Statement date", d_us(doc.notice_date) if doc.notice_date else None)]
        y0 = pdf.y
        for i, (label, value) in enumerate([p for p in left if p[1]]):
            pdf.text(pdf.margin, y0 - 10 - i * 12, f"{label}:", "Helvetica-Bold", 8.5)
            pdf.text(pdf.margin + 70, y0 - 10 - i * 12, value, "Helvetica", 8.5)
        for i, (label, value) in enumerate([p for p in right if p[1]]):
            pdf.text(pdf.w - 230, y0 - 10 - i * 12, f"{label}:", "Helvetica-Bold", 8.5)
            pdf.text(pdf.w - 150, y0 - 10 - i * 12, value, "Helvetica", 8.5)
        addr_y = y0 - 34
        for i, a in enumerate(doc.member_addr):
            pdf.text(pdf.w - 230, addr_y - i * 11, a, "Helvetica", 8.5)
        pdf.y = y0 - 10 - max(len([p for p in left if p[1]]), 4 + len(doc.member_addr)) * 12
        if doc.funding_text:
            pdf.para(doc.funding_text, "Helvetica-Oblique", 7.5, after=2)
        for claim in doc.claims:
            pdf.space(8)
            pdf.need(90)
            net = {"out": " (out-of-network)", "in": " (in-network)"}.get(claim.network or "", "")
            pdf.line(f"Claim number {claim.number}", "Helvetica-Bold", 10, color=navy)
            pdf.line(f"Patient: {claim.patient}     Provider: {claim.provider}{net}", size=8.5)
            rows = []
            for ln in claim.lines:
                rows.append(
                    [
                        d_us(ln.dos),
                        f"{ln.desc} ({ln.code})",
                        usd(ln.billed),
                        usd(-ln.not_covered) if ln.not_covered else usd(ZERO),
                        usd(ln.paid),
                        usd(ln.owe),
                        " ".join([a.key for a in ln.adj] + ln.rarc),
                    ]
                )
            rows.append(
                [
                    "Totals",
                    "",
                    usd(claim.total("billed")),
                    usd(-sum((ln.not_covered for ln in claim.lines), ZERO)),
                    usd(claim.total("paid")),
                    usd(claim.total("owe")),
                    "",
                ]
            )
            pdf.table(
                [
                    ("Date of\nservice", 58, "left"),
                    ("Service", 150, "left"),
                    ("Amount\nbilled", 62, "right"),
                    ("Plan\ndiscount", 58, "right"),
                    ("Plan\npaid", 56, "right"),
                    ("You may\nowe", 56, "right"),
                    ("See\nnote", 72, "center"),
                ],
                rows,
                bold_rows={len(rows) - 1},
                size=8,
                header_bg=colors.HexColor("#dfe6f2"),
            )
        notes = _uniq(code for cl in doc.claims for code in claim_codes(cl))
        if notes:
            pdf.space(10)
            pdf.line("Notes", "Helvetica-Bold", 10, color=navy)
            for code in notes:
                pdf.para(f"{code}   {doc.meanings[code]}", "Helvetica", 8.5, after=1)
        pdf.space(10)
        pdf.rule(0.5)
        pdf.space(4)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            f"Questions? Call Member Services at 1-{a}-{b}-{cc} (TTY 711), Monday-Friday, "
            "8 a.m.-8 p.m. Keep this statement for your records.",
            "Helvetica",
            8,
        )
        if doc.rights_page:
            rights_page(pdf, doc)

    data, pages = render(draw, doc, pagesize=letter, title="Explanation of Benefits")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 2: Blue-Cross-style EOB, codes in a column, meanings as footnotes


def layout_blue_footnotes(doc: Doc, outdir: Path | None = None) -> dict:
    """Times, claim number per row, deductible/copay/coinsurance columns, footnoted codes."""
    doc = mask(
        doc, {"billed", "allowed", "paid", "owe", "dx"}, {"billed", "allowed", "paid", "owe"}
    )
    blue = colors.HexColor("#0b4f9c")

    def draw(pdf: Pdf, doc: Doc) -> None:
        c = pdf.c
        c.setFillColor(blue)
        c.rect(0, pdf.h - 60, pdf.w, 60, stroke=0, fill=1)
        pdf.text(pdf.margin, pdf.h - 34, doc.payer_name, "Times-Bold", 19, colors.white)
        pdf.text(pdf.margin, pdf.h - 50, ", ".join(doc.payer_addr), "Times-Roman", 9, colors.white)
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 34,
            "EXPLANATION OF BENEFITS",
            "Times-Bold",
            12,
            colors.white,
            "right",
        )
        pdf.y = pdf.h - 80
        pdf.line(f"Date Processed: {d_short(doc.notice_date)}", "Times-Roman", 10)
        for a in [doc.member_name] + doc.member_addr:
            pdf.line(a, "Times-Roman", 10)
        pdf.space(6)
        info = [
            ("Subscriber ID", doc.member_id),
            ("Group No.", doc.group),
            ("Product", f"{doc.plan_name}" + (f" ({doc.plan_type})" if doc.plan_type else "")),
        ]
        for label, value in info:
            if value:
                pdf.line(f"{label}:  {value}", "Times-Roman", 10)
        pdf.space(8)
        rows = []
        foot: list[str] = []
        for claim in doc.claims:
            for ln in claim.lines:
                marks = []
                for code in [a.key for a in ln.adj] + ln.rarc:
                    if code not in foot:
                        foot.append(code)
                    marks.append(code.replace("-", " "))
                rows.append(
                    [
                        claim.number,
                        d_short(ln.dos),
                        claim.patient,
                        ln.code,
                        ", ".join(ln.dx),
                        usd(ln.billed),
                        usd(ln.allowed),
                        usd(ln.deductible),
                        usd(ln.copay),
                        usd(ln.coins),
                        usd(ln.paid),
                        usd(ln.owe),
                        " ".join(marks),
                    ]
                )
        pdf.table(
            [
                ("Claim #", 62, "left"),
                ("Svc Date", 40, "left"),
                ("Patient", 62, "left"),
                ("Proc.", 32, "left"),
                ("Diag.", 34, "left"),
                ("Charges", 40, "right"),
                ("Allowed", 38, "right"),
                ("Deduct.", 34, "right"),
                ("Copay", 32, "right"),
                ("Coins.", 32, "right"),
                ("Paid", 36, "right"),
                ("Member\nResp.", 40, "right"),
                ("Remarks", 48, "left"),
            ],
            rows,
            font="Times-Roman",
            bold="Times-Bold",
            size=7.2,
            header_bg=colors.HexColor("#e8eef7"),
        )
        pdf.space(6)
        for claim in doc.claims:
            pdf.line(
                f"Claim {claim.number} totals - Charges {usd(claim.total('billed'))}; "
                f"Allowed {usd(claim.total('allowed'))}; Paid {usd(claim.total('paid'))}; "
                f"Member Responsibility {usd(claim.total('owe'))}.  Provider: {claim.provider}",
                "Times-Roman",
                9,
            )
        pdf.space(10)
        if doc.funding_text:
            pdf.para(doc.funding_text, "Times-Italic", 9)
        pdf.y = min(pdf.y, pdf.bottom + 14 * (len(foot) + 3))  # footnotes sit at the foot
        pdf.rule(0.4)
        pdf.space(3)
        pdf.line("Remark code explanations", "Times-Bold", 9)
        for code in foot:
            pdf.para(
                f"{code.replace('-', ' ')} \u2013 {doc.meanings[code]}", "Times-Roman", 8.5, after=1
            )
        pdf.space(4)
        pdf.para(
            f"Customer Service: {doc.payer_phone.replace('-', '.')}   www.bluestembcbs.example",
            "Times-Roman",
            8.5,
        )
        if doc.rights_page:
            rights_page(pdf, doc, "Times-Roman", "Times-Bold")

    data, pages = render(draw, doc, pagesize=letter, margin=36, title="EOB")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 3: the payer's own code key


def layout_payer_key(doc: Doc, outdir: Path | None = None) -> dict:
    """A4, Vera, unruled table, ISO dates, explanation codes of the payer's own."""
    doc = mask(doc, {"billed", "allowed", "paid", "owe"}, {"billed", "paid", "owe"})
    green = colors.HexColor("#2e6b3a")

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.text(pdf.margin, pdf.h - 60, doc.payer_name.upper(), "Vera-Bold", 15, green)
        for i, a in enumerate(doc.payer_addr):
            pdf.text(pdf.margin, pdf.h - 74 - i * 10, a, "Vera", 7.5)
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 60,
            "Statement of Claims Processed",
            "Vera-Bold",
            10.5,
            align="right",
        )
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 74,
            f"Issued {d_iso(doc.notice_date)}",
            "Vera",
            8.5,
            align="right",
        )
        pdf.y = pdf.h - 110
        for label, value in (
            ("Insured", doc.member_name),
            ("Certificate no.", doc.member_id),
            ("Coverage", doc.plan_name),
            ("Network type", doc.plan_type),
            ("Employer group", doc.group),
        ):
            if value:
                pdf.text(pdf.margin, pdf.y - 9, label, "Vera", 8.5, colors.HexColor("#555555"))
                pdf.text(pdf.margin + 95, pdf.y - 9, value, "Vera", 8.5)
                pdf.y -= 12
        pdf.space(10)
        for claim in doc.claims:
            pdf.need(80)
            pdf.c.setFillColor(colors.HexColor("#eef4ef"))
            pdf.c.rect(pdf.margin, pdf.y - 16, pdf.w - 2 * pdf.margin, 16, stroke=0, fill=1)
            pdf.text(
                pdf.margin + 4,
                pdf.y - 11,
                f"Reference {claim.number}  \u00b7  For: {claim.patient}  \u00b7  "
                f"Rendered by: {claim.provider}",
                "Vera-Bold",
                8,
            )
            pdf.y -= 20
            rows = [
                [
                    d_iso(ln.dos),
                    ln.desc,
                    ln.code,
                    num(ln.billed),
                    num(ln.allowed),
                    num(ln.not_covered),
                    " ".join(ln.payer_codes),
                    num(ln.paid),
                    num(ln.owe),
                ]
                for ln in claim.lines
            ]
            rows.append(
                [
                    "",
                    "Claim total",
                    "",
                    num(claim.total("billed")),
                    "",
                    num(sum((ln.not_covered for ln in claim.lines), ZERO)),
                    "",
                    num(claim.total("paid")),
                    num(claim.total("owe")),
                ]
            )
            pdf.table(
                [
                    ("Service date", 62, "left"),
                    ("Description", 104, "left"),
                    ("Code", 36, "left"),
                    ("Charge", 50, "right"),
                    ("Covered", 46, "right"),
                    ("Not\ncovered", 46, "right"),
                    ("Expl.", 34, "center"),
                    ("Paid to\nprovider", 52, "right"),
                    ("Your\nresponsibility", 65, "right"),
                ],
                rows,
                font="Vera",
                bold="Vera-Bold",
                size=7.3,
                ruled=False,
                header_bg=None,
                bold_rows={len(rows) - 1},
            )
            pdf.space(12)
        keys = _uniq(code for cl in doc.claims for ln in cl.lines for code in ln.payer_codes)
        pdf.line(f"{doc.payer_name} explanation codes", "Vera-Bold", 9, color=green)
        for code in keys:
            pdf.para(f"Code {code} \u2014 {doc.meanings[code]}", "Vera", 8.3, after=2)
        pdf.space(8)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(f"Questions about this statement: ({a}) {b}-{cc}. This is not a bill.", "Vera", 8)
        if doc.funding_text:
            pdf.para(doc.funding_text, "Vera", 7.5)
        if doc.rights_page:
            rights_page(pdf, doc, "Vera", "Vera-Bold")

    data, pages = render(draw, doc, pagesize=A4, margin=42, title="Statement of Claims")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 4: prose denial letter


def layout_prose_letter(doc: Doc, outdir: Path | None = None) -> dict:
    """A letter: no table; amounts once, as the claim summary; the reason in a sentence."""
    # one service, "billed ... for this service": its amounts are the claim's and the line's
    doc = mask(doc, {"dx", "billed", "paid", "owe"}, {"billed", "paid", "owe"})
    serif = doc.extra.get("serif", True)
    F, FB = ("Times-Roman", "Times-Bold") if serif else ("Helvetica", "Helvetica-Bold")

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.text(pdf.w / 2, pdf.h - 60, doc.payer_name, FB, 16, align="center")
        pdf.text(pdf.w / 2, pdf.h - 74, "  \u2022  ".join(doc.payer_addr), F, 8.5, align="center")
        pdf.y = pdf.h - 100
        pdf.rule(0.8)
        pdf.space(16)
        pdf.line(d_long(doc.notice_date), F, 11, gap=26)
        for a in [doc.member_name] + doc.member_addr:
            pdf.line(a, F, 11)
        pdf.space(14)
        claim = doc.claims[0]
        ln = claim.lines[0]
        refs = [
            ("Claim number", claim.number),
            ("Member ID", doc.member_id),
            ("Group number", doc.group),
            ("Plan", doc.plan_name + (f" ({doc.plan_type})" if doc.plan_type else "")),
            ("Patient", claim.patient),
        ]
        pdf.line("RE:", FB, 11)
        for label, value in refs:
            if value:
                pdf.line(f"{label}: {value}", F, 11, x=pdf.margin + 30)
        pdf.space(12)
        pdf.line(f"Dear {doc.member_name}:", F, 11, gap=20)
        code_bits = []
        if ln.adj:
            code_bits.append("Reason code: " + ", ".join(f"CARC {a.code}" for a in ln.adj))
        if ln.rarc:
            code_bits.append("Remark code: " + ", ".join(ln.rarc))
        dx = f" with diagnosis {', '.join(ln.dx)}" if ln.dx else ""
        pdf.para(
            f"We have denied your claim for lactation services provided on {d_long(ln.dos)} by "
            f"{claim.provider}, because {claim.reason}"
            + (f" {'; '.join(code_bits)}." if code_bits else "")
            + f" The provider billed the visit as procedure code {ln.code}{dx}.",
            F,
            11,
            after=10,
        )
        pdf.para(
            f"The provider billed {usd(claim.total('billed'))} for this service. The plan paid "
            f"{usd(claim.total('paid'))}. You may be responsible for "
            f"{usd(claim.total('owe'))}.",
            F,
            11,
            after=10,
        )
        for p in doc.extra.get("paragraphs", []):
            pdf.para(p, F, 11, after=10)
        if doc.funding_text:
            pdf.para(doc.funding_text, F, 11, after=10)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            "You have the right to appeal this decision. Send your written appeal within 180 "
            "days of the date of this letter to the Appeals Unit at the address above. You may "
            "also ask for copies of the documents we used to make this decision, free of "
            f"charge. If you have questions, call us at ({a}) {b}-{cc}.",
            F,
            11,
            after=16,
        )
        pdf.line("Sincerely,", F, 11, gap=30)
        pdf.line(doc.extra.get("signer", "Utilization Management Department"), F, 11)
        pdf.line(doc.payer_name, F, 11)
        if doc.rights_page:
            rights_page(pdf, doc, F, FB)

    data, pages = render(draw, doc, pagesize=letter, margin=72, title="Notice of denial")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 5: Medicaid notice of adverse benefit determination


def layout_medicaid_noabd(doc: Doc, outdir: Path | None = None) -> dict:
    """A Medicaid managed-care NOABD: boxed sections, fair-hearing language, 60 days."""
    doc = mask(doc, {"billed", "dx"}, {"billed"})

    def box_title(pdf: Pdf, s: str) -> None:
        pdf.need(40)
        pdf.space(6)
        pdf.c.setFillColor(colors.HexColor("#4a2c6f"))
        pdf.c.rect(pdf.margin, pdf.y - 15, pdf.w - 2 * pdf.margin, 15, stroke=0, fill=1)
        pdf.text(pdf.margin + 5, pdf.y - 11, s, "Helvetica-Bold", 9.5, colors.white)
        pdf.y -= 21

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.text(
            pdf.margin, pdf.h - 56, doc.payer_name, "Helvetica-Bold", 16, colors.HexColor("#4a2c6f")
        )
        pdf.text(pdf.margin, pdf.h - 70, ", ".join(doc.payer_addr), "Helvetica", 8)
        pdf.y = pdf.h - 92
        pdf.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Helvetica-Bold", 13, gap=18)
        pdf.line(f"Date of this notice: {d_long(doc.notice_date)}", "Helvetica", 10, gap=16)
        for label, value in (
            ("Member name", doc.member_name),
            ("Member ID", doc.member_id),
            ("Health plan", doc.plan_name),
        ):
            if value:
                pdf.line(f"{label}: {value}", "Helvetica", 10)
        for a in doc.member_addr:
            pdf.line(a, "Helvetica", 10)
        if doc.funding_text:
            pdf.space(4)
            pdf.para(doc.funding_text, "Helvetica", 9.5)
        box_title(pdf, "What we decided")
        claim = doc.claims[0]
        pdf.para(
            f"{doc.payer_name} has denied payment for the services listed below, which "
            f"{claim.provider} (NPI {claim.npi}) provided to {claim.patient}. "
            f"Claim number {claim.number}.",
            "Helvetica",
            9.5,
        )
        rows = [
            [
                ln.desc,
                ln.code,
                ", ".join(ln.dx),
                d_long(ln.dos),
                usd(ln.billed),
                ", ".join([f"CARC {a.code}" for a in ln.adj] + [f"RARC {r}" for r in ln.rarc]),
            ]
            for ln in claim.lines
        ]
        pdf.table(
            [
                ("Service", 150, "left"),
                ("Code", 40, "left"),
                ("Diagnosis", 52, "left"),
                ("Date(s) of service", 92, "left"),
                ("Amount", 52, "right"),
                ("Reason codes", 126, "left"),
            ],
            rows,
            size=8.3,
            header_bg=colors.HexColor("#e6e0ee"),
        )
        pdf.space(2)
        pdf.line(f"Total amount billed: {usd(claim.total('billed'))}", "Helvetica-Bold", 9.5)
        box_title(pdf, "Why we made this decision")
        pdf.para(reason_text(doc, claim), "Helvetica", 9.5)
        box_title(pdf, "Your right to appeal")
        for p in (
            f"If you disagree with this decision, you have the right to file an appeal with "
            f"{doc.payer_name}. You must file your appeal within 60 days from the date on this "
            "notice. You can appeal by phone or in writing.",
            "If you want to keep getting services while your appeal is decided, you must ask "
            "within 10 days of the date on this notice.",
            "State Fair Hearing: after you get our appeal decision, you have the right to ask "
            "for a State Fair Hearing. You must ask for a fair hearing within 120 days from the "
            "date of our appeal decision. At the hearing you can speak for yourself or have a "
            "relative, friend, lawyer or other person speak for you.",
            "You may ask for free legal help from your local legal aid office.",
        ):
            pdf.para(p, "Helvetica", 9.5)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            f"Member Services: 1-{a}-{b}-{cc} (TTY 711), 24 hours a day, 7 days a week.",
            "Helvetica-Bold",
            9.5,
        )
        if doc.rights_page:
            rights_page(pdf, doc)

    data, pages = render(draw, doc, pagesize=letter, margin=54, title="NOABD")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 6: HMO letter refusing home visits


def layout_hmo_home_visit(doc: Doc, outdir: Path | None = None) -> dict:
    """A claim-denial notice with a detail grid: modifiers, POS, units, diagnosis."""
    doc = mask(doc, ALL_LINE_FIELDS - {"adj_amount"}, {"billed", "allowed", "paid", "owe"})
    teal = colors.HexColor("#006d77")

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.c.setFillColor(teal)
        pdf.c.rect(pdf.margin, pdf.h - 70, pdf.w - 2 * pdf.margin, 28, stroke=0, fill=1)
        pdf.text(
            pdf.margin + 10, pdf.h - 61, doc.payer_name, "Helvetica-BoldOblique", 16, colors.white
        )
        pdf.text(
            pdf.w - pdf.margin - 10,
            pdf.h - 61,
            "Notice of Claim Denial",
            "Helvetica",
            11,
            colors.white,
            "right",
        )
        pdf.y = pdf.h - 82
        pdf.line("  ".join(doc.payer_addr), "Helvetica", 8)
        pdf.space(8)
        y0 = pdf.y
        for a in [doc.member_name] + doc.member_addr:
            pdf.line(a, "Helvetica", 10)
        right = [
            ("Notice date", d_slash(doc.notice_date)),
            ("Member number", doc.member_id),
            ("Group", doc.group),
            ("Plan", doc.plan_name),
            ("Product type", doc.plan_type),
        ]
        for i, (label, value) in enumerate([r for r in right if r[1]]):
            pdf.text(pdf.w - 250, y0 - 10 - i * 12, f"{label}", "Helvetica-Bold", 8.5)
            pdf.text(pdf.w - 170, y0 - 10 - i * 12, value, "Helvetica", 8.5)
        pdf.y = min(pdf.y, y0 - 10 - 5 * 12) - 10
        claim = doc.claims[0]
        pdf.para(
            f"Dear {doc.member_name}: We received a claim from {claim.provider} "
            f"(NPI {claim.npi}) for services to {claim.patient}. Claim {claim.number} has been "
            "denied. The details are below.",
            "Helvetica",
            10,
            after=8,
        )
        rows = []
        for i, ln in enumerate(claim.lines, 1):
            reasons = " ".join([a.key for a in ln.adj] + ln.rarc)
            rows.append(
                [
                    str(i),
                    d_slash(ln.dos),
                    ln.code,
                    " ".join(ln.modifiers),
                    ln.pos or "",
                    str(ln.units),
                    " ".join(ln.dx),
                    usd(ln.billed),
                    usd(ln.allowed),
                    usd(ln.paid),
                    usd(ln.owe),
                    reasons,
                ]
            )
        pdf.table(
            [
                ("Ln", 18, "center"),
                ("DOS", 50, "left"),
                ("CPT/\nHCPCS", 38, "left"),
                ("Mod", 26, "left"),
                ("POS", 24, "center"),
                ("Units", 26, "center"),
                ("Diagnosis", 48, "left"),
                ("Billed", 46, "right"),
                ("Allowed", 46, "right"),
                ("Paid", 40, "right"),
                ("Member\nowes", 44, "right"),
                ("Reason", 90, "left"),
            ],
            rows,
            size=7.8,
            header_bg=colors.HexColor("#cfe7e9"),
            zebra=None,
        )
        pdf.line(
            f"Claim totals: billed {usd(claim.total('billed'))}, allowed "
            f"{usd(claim.total('allowed'))}, paid {usd(claim.total('paid'))}, "
            f"member owes {usd(claim.total('owe'))}",
            "Helvetica-Bold",
            9,
        )
        pdf.space(8)
        pdf.line("Reason for denial", "Helvetica-Bold", 11, color=teal)
        for code in claim_codes(claim):
            pdf.para(f"{code}: {doc.meanings[code]}", "Helvetica", 9.5, after=2)
        for p in doc.extra.get("paragraphs", []):
            pdf.para(p, "Helvetica", 9.5, after=6)
        if doc.funding_text:
            pdf.para(doc.funding_text, "Helvetica-Oblique", 8.5)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            f"To appeal, call {a}-{b}-{cc} or write to the Appeals and Grievances "
            "Department at the address above within 180 days.",
            "Helvetica",
            9.5,
        )
        if doc.rights_page:
            rights_page(pdf, doc)

    data, pages = render(draw, doc, pagesize=letter, margin=40, title="Claim denial")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 7: provider remittance advice (RA) PDF


def layout_remittance(doc: Doc, outdir: Path | None = None) -> dict:
    """Courier, landscape, claim blocks for many patients, adjustment lines per service.

    ``doc.extra["adj_style"]``: "group_reason" prints ``Group CO Reason 50``;
    "adj_reason" prints ``Adj reason: 50`` (group left to the reader).
    """
    doc = mask(
        doc,
        {"billed", "allowed", "paid", "owe", "units", "modifiers", "adj_amount"},
        {"billed", "allowed", "paid", "owe"},
    )
    style = doc.extra.get("adj_style", "group_reason")
    F, FB = "Courier", "Courier-Bold"

    def header(pdf: Pdf) -> None:
        pdf.text(pdf.margin, pdf.h - 40, doc.payer_name, FB, 11)
        pdf.text(pdf.margin, pdf.h - 52, "   ".join(doc.payer_addr), F, 8)
        pdf.text(pdf.w / 2, pdf.h - 40, "PROVIDER REMITTANCE ADVICE", FB, 11, align="center")
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 40,
            f"PAGE {pdf.page} OF {pdf.total or '?'}",
            F,
            8,
            align="right",
        )
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 52,
            f"REMIT DATE {d_us(doc.notice_date)}",
            F,
            8,
            align="right",
        )
        payee = doc.extra["payee"]
        pdf.text(
            pdf.margin,
            pdf.h - 68,
            f"PAYEE: {payee['name']}   PAYEE NPI: {payee['npi']}   TIN: {payee['tin']}   "
            f"EFT TRACE: {payee['trace']}",
            F,
            8,
        )
        pdf.c.setLineWidth(0.7)
        pdf.c.line(pdf.margin, pdf.h - 74, pdf.w - pdf.margin, pdf.h - 74)

    def adj_text(a: Adj) -> str:
        if style == "group_reason":
            return f"Group {a.group} Reason {a.code}  Amt {num(a.amount)}"
        return f"Adj reason: {a.code}  {num(a.amount)}"

    cols = [
        ("", 10, "left"),
        ("REND NPI", 70, "left"),
        ("SERV DATE", 62, "left"),
        ("POS", 28, "left"),
        ("PROC", 42, "left"),
        ("MODS", 34, "left"),
        ("UNITS", 34, "right"),
        ("BILLED", 62, "right"),
        ("ALLOWED", 62, "right"),
        ("DEDUCT", 52, "right"),
        ("COINS", 50, "right"),
        ("PT RESP", 58, "right"),
        ("PAID", 62, "right"),
    ]

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.y = pdf.h - 84
        for claim in doc.claims:
            pdf.need(30 + 24 * len(claim.lines))
            pdf.text(
                pdf.margin,
                pdf.y - 9,
                f"PATIENT: {claim.patient}   MEMBER ID: {claim.member_id}   "
                f"CLAIM #: {claim.number}   STATUS: "
                f"{'DENIED' if claim.total('allowed') == 0 else 'PROCESSED AS PRIMARY'}",
                FB,
                8,
            )
            pdf.y -= 14
            rows = []
            for ln in claim.lines:
                rows.append(
                    [
                        "",
                        claim.npi,
                        d_us(ln.dos),
                        ln.pos or "",
                        ln.code,
                        " ".join(ln.modifiers),
                        str(ln.units),
                        num(ln.billed),
                        num(ln.allowed),
                        num(ln.deductible),
                        num(ln.coins),
                        num(ln.owe),
                        num(ln.paid),
                    ]
                )
                for a in ln.adj:
                    rows.append(["", "", "ADJ:", "", adj_text(a), "", "", "", "", "", "", "", ""])
                if ln.rarc:
                    rows.append(
                        ["", "", "REMARKS:", "", " ".join(ln.rarc), "", "", "", "", "", "", "", ""]
                    )
            rows.append(
                [
                    "",
                    "CLAIM TOTALS",
                    "",
                    "",
                    "",
                    "",
                    "",
                    num(claim.total("billed")),
                    num(claim.total("allowed")),
                    num(sum((ln.deductible for ln in claim.lines), ZERO)),
                    num(sum((ln.coins for ln in claim.lines), ZERO)),
                    num(claim.total("owe")),
                    num(claim.total("paid")),
                ]
            )
            # adjustment text runs on over the empty cells to its right, as on real RAs
            pdf.table(
                cols,
                rows,
                font=F,
                bold=FB,
                size=7.2,
                row_h=11,
                ruled=False,
                header_bg=None,
                bold_rows={len(rows) - 1},
                fit=False,
            )
            pdf.space(4)
            pdf.c.setDash(2, 2)
            pdf.rule(0.4)
            pdf.c.setDash()
            pdf.space(6)
        pdf.need(60 + 10 * len(doc.meanings))
        pdf.line("GLOSSARY: GROUP, REASON AND REMARK CODES", FB, 8)
        for code in _uniq(c for cl in doc.claims for c in claim_codes(cl)):
            shown = code.split("-")[1] if style == "adj_reason" and "-" in code else code
            pdf.para(f"{shown:<6} {doc.meanings[code]}", F, 7.2, after=0)
        pdf.space(4)
        pdf.para(
            "GROUP CODES: CO CONTRACTUAL OBLIGATION  PR PATIENT RESPONSIBILITY  "
            "OA OTHER ADJUSTMENT  PI PAYER INITIATED REDUCTION",
            F,
            7.2,
        )
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(f"PROVIDER SERVICES {a}-{b}-{cc}", F, 7.2)

    data, pages = render(
        draw,
        doc,
        pagesize=landscape(letter),
        margin=36,
        decorate=header,
        top=landscape(letter)[1] - 84,
        title="Remittance advice",
    )
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 8: paid-with-cost-sharing member EOB (cards, unruled)


def layout_cost_share_eob(doc: Doc, outdir: Path | None = None) -> dict:
    """Claim "cards", an unruled table with deductible/copay/coinsurance, coded notes."""
    doc = mask(
        doc,
        {"billed", "allowed", "paid", "owe", "adj_amount"},
        {"billed", "allowed", "paid", "owe"},
    )
    plum = colors.HexColor("#7a1f5c")
    doc.member_state = None  # this layout prints no member address

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.text(pdf.margin, pdf.h - 58, doc.payer_name, "Helvetica-Bold", 18, plum)
        pdf.text(pdf.margin, pdf.h - 72, ", ".join(doc.payer_addr), "Helvetica", 8)
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 56,
            "Your Explanation of Benefits",
            "Helvetica",
            11,
            align="right",
        )
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 70,
            f"Prepared {d_mon(doc.notice_date)}",
            "Helvetica",
            9,
            align="right",
        )
        pdf.y = pdf.h - 96
        pdf.c.setStrokeColor(plum)
        pdf.c.roundRect(pdf.margin, pdf.y - 62, pdf.w - 2 * pdf.margin, 62, 6, stroke=1, fill=0)
        pdf.c.setStrokeColor(colors.black)
        info = [
            ("Prepared for", doc.member_name),
            ("ID number", doc.member_id),
            ("Group", doc.group),
            ("Plan", doc.plan_name),
            ("Plan type", doc.plan_type),
        ]
        info = [i for i in info if i[1]]
        for i, (label, value) in enumerate(info):
            col, row = divmod(i, 3)
            x = pdf.margin + 10 + col * 250
            pdf.text(x, pdf.y - 16 - row * 16, label, "Helvetica", 8, colors.gray)
            pdf.text(x + 70, pdf.y - 16 - row * 16, value, "Helvetica-Bold", 9)
        pdf.y -= 74
        if doc.funding_text:
            pdf.para(doc.funding_text, "Helvetica", 8.5)
        for claim in doc.claims:
            pdf.space(6)
            net = {"in": "In-network", "out": "Out-of-network"}.get(claim.network or "", "")
            pdf.line(
                f"{claim.patient}  |  {claim.provider}" + (f"  |  {net}" if net else ""),
                "Helvetica-Bold",
                10,
                color=plum,
            )
            pdf.line(f"Claim ID {claim.number}", "Helvetica", 8.5)
            rows = [
                [
                    ln.desc + f" - {ln.code}",
                    d_mon(ln.dos),
                    usd(ln.billed),
                    usd(ln.allowed),
                    usd(ln.deductible),
                    usd(ln.copay),
                    usd(ln.coins),
                    usd(ln.paid),
                    usd(ln.owe),
                    " ".join(a.key for a in ln.adj),
                ]
                for ln in claim.lines
            ]
            rows.append(
                [
                    "Claim total",
                    "",
                    usd(claim.total("billed")),
                    usd(claim.total("allowed")),
                    usd(sum((ln.deductible for ln in claim.lines), ZERO)),
                    usd(sum((ln.copay for ln in claim.lines), ZERO)),
                    usd(sum((ln.coins for ln in claim.lines), ZERO)),
                    usd(claim.total("paid")),
                    usd(claim.total("owe")),
                    "",
                ]
            )
            pdf.table(
                [
                    ("Service", 132, "left"),
                    ("Date", 58, "left"),
                    ("Provider\ncharged", 50, "right"),
                    ("Allowed\namount", 48, "right"),
                    ("Deductible", 48, "right"),
                    ("Copay", 40, "right"),
                    ("Coinsurance", 52, "right"),
                    ("Plan\npaid", 42, "right"),
                    ("What you\nowe", 46, "right"),
                    ("Codes", 40, "left"),
                ],
                rows,
                size=7.6,
                ruled=False,
                header_bg=None,
                zebra=colors.HexColor("#f6eef3"),
                bold_rows={len(rows) - 1},
            )
        pdf.space(10)
        pdf.line("What the codes mean", "Helvetica-Bold", 10, color=plum)
        for claim in doc.claims:
            for ln in claim.lines:
                for a in ln.adj:
                    amt = f" {usd(a.amount)}" if a.amount is not None else ""
                    label = doc.meanings[a.key].rstrip(".")
                    pdf.para(
                        f"{a.key} {label}:{amt} ({ln.code}, {d_mon(ln.dos)})",
                        "Helvetica",
                        8.5,
                        after=1,
                    )
                for r in ln.rarc:
                    pdf.para(f"{r} {doc.meanings[r]}", "Helvetica", 8.5, after=1)
        pdf.space(8)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            f"Call us: {a}-{b}-{cc}  |  This is not a bill. Your provider may bill you "
            "for the amount shown under What you owe.",
            "Helvetica",
            8.5,
        )
        if doc.rights_page:
            rights_page(pdf, doc)

    data, pages = render(draw, doc, pagesize=letter, margin=48, title="EOB")
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 9: multi-claim, multi-page EOB with repeated headers and footers


def layout_multi_claim(doc: Doc, outdir: Path | None = None) -> dict:
    """Legal-size pages, one section per claim, header/footer with "Page X of N"."""
    doc = mask(
        doc,
        {"billed", "allowed", "paid", "owe", "dx", "units"},
        {"billed", "allowed", "paid", "owe"},
    )
    brown = colors.HexColor("#5b3a1a")

    def decorate(pdf: Pdf) -> None:
        pdf.text(pdf.margin, pdf.h - 36, doc.payer_name, "Helvetica-Bold", 12, brown)
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 36,
            f"{doc.member_name}  \u2022  ID {doc.member_id}",
            "Helvetica",
            8.5,
            align="right",
        )
        pdf.c.setStrokeColor(brown)
        pdf.c.line(pdf.margin, pdf.h - 44, pdf.w - pdf.margin, pdf.h - 44)
        pdf.c.line(pdf.margin, 46, pdf.w - pdf.margin, 46)
        pdf.c.setStrokeColor(colors.black)
        pdf.text(
            pdf.margin,
            34,
            f"Statement date {d_dash(doc.notice_date)}  \u2022  This is not a bill",
            "Helvetica",
            7.5,
        )
        pdf.text(
            pdf.w - pdf.margin,
            34,
            f"Page {pdf.page} of {pdf.total or '?'}",
            "Helvetica",
            7.5,
            align="right",
        )

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.y = pdf.h - 64
        pdf.line("EXPLANATION OF BENEFITS", "Helvetica-Bold", 15, gap=20, color=brown)
        for label, value in (
            ("Subscriber", doc.member_name),
            ("Member ID", doc.member_id),
            ("Group number", doc.group),
            ("Plan", doc.plan_name),
            ("Plan type", doc.plan_type),
        ):
            if value:
                pdf.line(f"{label}: {value}", "Helvetica", 9.5)
        for a in doc.member_addr:
            pdf.line(a, "Helvetica", 9.5)
        if doc.funding_text:
            pdf.para(doc.funding_text, "Helvetica-Oblique", 8.5)
        breaks = set(doc.extra.get("break_before", ()))
        if doc.extra.get("summary", True):
            pdf.space(6)
            pdf.line("Summary of claims on this statement", "Helvetica-Bold", 10.5)
            pdf.table(
                [
                    ("Claim", 110, "left"),
                    ("Patient", 120, "left"),
                    ("Provider", 160, "left"),
                    ("Billed", 60, "right"),
                    ("Your share", 62, "right"),
                ],
                [
                    [c.number, c.patient, c.provider, usd(c.total("billed")), usd(c.total("owe"))]
                    for c in doc.claims
                ],
                size=8,
                ruled=False,
                header_bg=colors.HexColor("#efe6dc"),
            )
        for i, claim in enumerate(doc.claims):
            if i in breaks:
                pdf.new_page()
            else:
                pdf.space(14)
            pdf.need(140)
            pdf.line(f"Claim {claim.number}", "Helvetica-Bold", 11, color=brown)
            pdf.line(f"Patient: {claim.patient}", "Helvetica", 9)
            pdf.line(
                f"Provider: {claim.provider}" + (f"   NPI: {claim.npi}" if claim.npi else ""),
                "Helvetica",
                9,
            )
            if claim.network:
                pdf.line(
                    "Network status: "
                    + ("In network" if claim.network == "in" else "Out of network"),
                    "Helvetica",
                    9,
                )
            rows = [
                [
                    d_dash(ln.dos),
                    ln.code,
                    ln.desc,
                    " ".join(ln.dx),
                    str(ln.units),
                    usd(ln.billed),
                    usd(ln.allowed),
                    usd(ln.paid),
                    usd(ln.owe),
                    " ".join(a.key.replace("-", " ") for a in ln.adj)
                    + ((" " + " ".join(ln.rarc)) if ln.rarc else ""),
                ]
                for ln in claim.lines
            ]
            rows.append(
                [
                    "Total",
                    "",
                    "",
                    "",
                    "",
                    usd(claim.total("billed")),
                    usd(claim.total("allowed")),
                    usd(claim.total("paid")),
                    usd(claim.total("owe")),
                    "",
                ]
            )
            pdf.table(
                [
                    ("Service date", 60, "left"),
                    ("Code", 40, "left"),
                    ("Description", 132, "left"),
                    ("Diagnosis", 50, "left"),
                    ("Units", 28, "center"),
                    ("Billed", 52, "right"),
                    ("Allowed", 52, "right"),
                    ("Paid", 50, "right"),
                    ("Your share", 52, "right"),
                    ("Remarks", 46, "left"),
                ],
                rows,
                size=7.8,
                header_bg=colors.HexColor("#efe6dc"),
                bold_rows={len(rows) - 1},
            )
            for code in claim_codes(claim):
                pdf.para(
                    f"{code.replace('-', ' ')}: {doc.meanings[code]}", "Helvetica", 8.5, after=1
                )
        pdf.new_page()
        pdf.y = pdf.h - 64
        pdf.line("Understanding this statement", "Helvetica-Bold", 12, gap=18, color=brown)
        for p in (
            "Billed: what your provider charged. Allowed: the most your plan pays for a covered "
            "service. Your share: deductible, copay and coinsurance you may owe the provider.",
            "If you disagree with how we processed a claim, you may appeal within 180 days of "
            "receiving this statement. Call us or write to the address below.",
            f"{doc.payer_name}, {', '.join(doc.payer_addr)}. Phone ({{}}) {{}}-{{}}.".format(
                *phone_parts(doc.payer_phone)
            ),
        ):
            pdf.para(p, "Helvetica", 9.5, after=8)

    data, pages = render(
        draw,
        doc,
        pagesize=legal,
        margin=48,
        decorate=decorate,
        top=legal[1] - 64,
        bottom=64,
        title="EOB",
    )
    return write_doc(doc, data, pages, outdir)


# --------------------------------------------------------------------------
# Layout 10: self-funded (ASO) employer plan EOB from a TPA


def layout_aso_eob(doc: Doc, outdir: Path | None = None) -> dict:
    """Vera, amounts without "$", From/To dates, "Ineligible" and reason columns."""
    doc = mask(
        doc, {"billed", "allowed", "paid", "owe", "dx"}, {"billed", "allowed", "paid", "owe"}
    )

    def draw(pdf: Pdf, doc: Doc) -> None:
        pdf.text(pdf.margin, pdf.h - 50, doc.payer_name, "Vera-Bold", 14)
        pdf.text(
            pdf.margin,
            pdf.h - 63,
            "Third-party administrator  \u2022  " + "  \u2022  ".join(doc.payer_addr),
            "Vera",
            7.5,
        )
        pdf.text(
            pdf.w - pdf.margin,
            pdf.h - 50,
            "EXPLANATION OF BENEFITS",
            "Vera-Bold",
            10,
            align="right",
        )
        pdf.y = pdf.h - 80
        pdf.rule(2)
        pdf.space(8)
        pairs = [
            ("Plan", doc.plan_name),
            ("Plan type", doc.plan_type),
            ("Group number", doc.group),
            ("Employee", doc.member_name),
            ("Employee ID", doc.member_id),
            ("EOB date", d_iso(doc.notice_date)),
        ]
        for label, value in pairs:
            if value:
                pdf.text(pdf.margin, pdf.y - 9, f"{label}:", "Vera-Bold", 8)
                pdf.text(pdf.margin + 80, pdf.y - 9, value, "Vera", 8)
                pdf.y -= 11
        for i, a in enumerate(doc.member_addr):
            pdf.text(pdf.w - 200, pdf.h - 100 - i * 11, a, "Vera", 8)
        pdf.space(6)
        pdf.c.setFillColor(colors.HexColor("#fff4cc"))
        pdf.c.rect(pdf.margin, pdf.y - 34, pdf.w - 2 * pdf.margin, 34, stroke=0, fill=1)
        pdf.c.setFillColor(colors.black)
        pdf.space(3)
        pdf.para(
            doc.funding_text,
            "Vera",
            7.8,
            x=pdf.margin + 5,
            width=pdf.w - 2 * pdf.margin - 10,
            after=10,
        )
        for claim in doc.claims:
            pdf.need(80)
            pdf.line(
                f"Claim {claim.number}   Patient {claim.patient}   Provider "
                f"{claim.provider}" + (f"   NPI {claim.npi}" if claim.npi else ""),
                "Vera-Bold",
                8,
            )
            rows = []
            for i, ln in enumerate(claim.lines, 1):
                rows.append(
                    [
                        str(i),
                        d_iso(ln.dos),
                        d_iso(ln.dos),
                        ln.code,
                        " ".join(ln.dx),
                        num(ln.billed),
                        num(ln.not_covered),
                        " ".join(f"CARC {a.code}" for a in ln.adj) or "",
                        num(ln.allowed),
                        num(ln.paid),
                        num(ln.owe),
                    ]
                )
            rows.append(
                [
                    "",
                    "",
                    "",
                    "",
                    "Totals",
                    num(claim.total("billed")),
                    num(sum((ln.not_covered for ln in claim.lines), ZERO)),
                    "",
                    num(claim.total("allowed")),
                    num(claim.total("paid")),
                    num(claim.total("owe")),
                ]
            )
            pdf.table(
                [
                    ("Ln", 20, "center"),
                    ("From", 54, "left"),
                    ("To", 54, "left"),
                    ("Proc", 36, "left"),
                    ("Dx", 62, "left"),
                    ("Charge", 54, "right"),
                    ("Ineligible", 50, "right"),
                    ("Reason", 44, "left"),
                    ("Allowed", 50, "right"),
                    ("Plan pays", 50, "right"),
                    ("Member pays", 58, "right"),
                ],
                rows,
                font="Vera",
                bold="Vera-Bold",
                size=7,
                row_h=13,
                header_bg=colors.HexColor("#dddddd"),
                bold_rows={len(rows) - 1},
            )
            pdf.space(10)
        pdf.line("Reason codes", "Vera-Bold", 8.5)
        for code in _uniq(c for cl in doc.claims for c in claim_codes(cl)):
            shown = f"CARC {code.split('-')[1]}" if "-" in code else f"RARC {code}"
            pdf.para(f"{shown}: {doc.meanings[code]}", "Vera", 7.8, after=1)
        pdf.space(6)
        a, b, cc = phone_parts(doc.payer_phone)
        pdf.para(
            f"Questions: {a}.{b}.{cc}. Claims appeals must be filed within 180 days of "
            "this notice with the plan administrator.",
            "Vera",
            7.8,
        )
        if doc.rights_page:
            rights_page(pdf, doc, "Vera", "Vera-Bold")

    data, pages = render(draw, doc, pagesize=letter, margin=40, title="EOB")
    return write_doc(doc, data, pages, outdir)


LAYOUTS: dict[str, Callable[[Doc, Path | None], dict]] = {
    "national_eob": layout_national_eob,
    "blue_footnotes": layout_blue_footnotes,
    "payer_key": layout_payer_key,
    "prose_letter": layout_prose_letter,
    "medicaid_noabd": layout_medicaid_noabd,
    "hmo_home_visit": layout_hmo_home_visit,
    "remittance": layout_remittance,
    "cost_share_eob": layout_cost_share_eob,
    "multi_claim": layout_multi_claim,
    "aso_eob": layout_aso_eob,
}


# --------------------------------------------------------------------------
# The committed samples


def _m(**overrides: str) -> dict[str, str]:
    return {**CODE_TEXT, **overrides}


def L(dos: str, code: str, desc: str, billed: str, **kw) -> Line:
    """A line with string money/dates for readability: ``L("2026-03-02", "S9443", ...)``."""
    for key in ("allowed", "paid", "owe", "deductible", "copay", "coins"):
        if key in kw and kw[key] is not None:
            kw[key] = D(kw[key])
    return Line(dos=date.fromisoformat(dos), code=code, desc=desc, billed=D(billed), **kw)


def A(key: str, amount: str | None = None) -> Adj:
    group, code = key.split("-")
    return Adj(group, code, D(amount) if amount is not None else None)


N_JANE = make_npi("104381276")
N_ROSA = make_npi("119920384")
N_GRACE = make_npi("128844102")
N_HARBOR = make_npi("163300917")
N_MILK = make_npi("174455026")
N_KIM = make_npi("182203345")
N_ASPEN = make_npi("193372810")
N_PEDS = make_npi("140098221")
N_SUPPLY = make_npi("155512097")
N_OHIO = make_npi("167730548")
N_GRANITE_GRP = make_npi("131167742")
N_DANA = make_npi("120045583")


def sample_docs() -> list[tuple[str, Doc]]:
    """(layout, record) for every committed sample, in a stable order."""
    docs: list[tuple[str, Doc]] = []

    northwind = dict(
        payer_name="Northwind Health Plan",
        payer_addr=["PO Box 30214", "Hartford, CT 06150"],
        payer_state="CT",
        payer_phone="800-555-0142",
        kind="eob",
    )
    docs.append(
        (
            "national_eob",
            Doc(
                name="northwind_eob_out_of_network",
                **northwind,
                notice_date=date(2026, 3, 9),
                member_name="Zoë O'Brien",
                member_id="NWH884213907",
                member_addr=["418 Alder Street, Apt 2", "Worcester, MA 01609"],
                member_state="MA",
                plan_name="Northwind Choice PPO",
                plan_type="PPO",
                group="0073315",
                funding="fully_insured",
                funding_text="This plan is insured by Northwind Health Insurance Company.",
                meanings=_m(),
                claims=[
                    ClaimRec(
                        number="E26061A0042",
                        patient="Zoë O'Brien",
                        provider="Jane Doe, IBCLC",
                        network="out",
                        categories=["out_of_network"],
                        lines=[
                            L(
                                "2026-02-11",
                                "S9443",
                                "Lactation class",
                                "250.00",
                                paid="0.00",
                                owe="250.00",
                                adj=[A("CO-242")],
                                rarc=["N130"],
                            ),
                            L(
                                "2026-02-18",
                                "99403",
                                "Preventive counseling, 45 min",
                                "175.00",
                                paid="0.00",
                                owe="175.00",
                                adj=[A("CO-242")],
                            ),
                        ],
                    )
                ],
            ),
        )
    )
    docs.append(
        (
            "national_eob",
            Doc(
                name="northwind_eob_frequency_limit",
                **northwind,
                notice_date=date(2026, 4, 6),
                member_name="Priya Raman",
                member_id="NWH310077524",
                member_addr=["2901 Bluebonnet Drive", "Austin, TX 78704"],
                member_state="TX",
                plan_name="Northwind Open Access POS",
                plan_type="POS",
                group="0091842",
                meanings=_m(
                    **{
                        "PR-119": "Benefit maximum for this time period or occurrence has been "
                        "reached: your plan covers 6 lactation visits per pregnancy."
                    }
                ),
                claims=[
                    ClaimRec(
                        number="E26095C0311",
                        patient="Priya Raman",
                        provider="Kim Tran, IBCLC",
                        network="in",
                        categories=["frequency_limit"],
                        lines=[
                            L(
                                "2026-03-10",
                                "98960",
                                "Self-management education, 30 min",
                                "140.00",
                                paid="118.00",
                                owe="0.00",
                                units=1,
                            ),
                            L(
                                "2026-03-17",
                                "98960",
                                "Self-management education, 30 min",
                                "140.00",
                                paid="118.00",
                                owe="0.00",
                                units=1,
                            ),
                            L(
                                "2026-03-24",
                                "98960",
                                "Self-management education, 30 min",
                                "140.00",
                                paid="0.00",
                                owe="140.00",
                                adj=[A("PR-119")],
                                rarc=["N362"],
                            ),
                        ],
                    )
                ],
            ),
        )
    )

    bluestem = dict(
        payer_name="Bluestem BlueCross BlueShield",
        payer_addr=["PO Box 64560", "St. Paul, MN 55164"],
        payer_state="MN",
        payer_phone="866-555-0188",
        kind="eob",
        funding="fully_insured",
        funding_text="Bluestem BlueCross BlueShield insures the benefits of this plan.",
    )
    n95_member = (
        "Lactation consultants may not bill this service. Only your OB or "
        "pediatrician may bill for lactation counseling."
    )
    docs.append(
        (
            "blue_footnotes",
            Doc(
                name="bluestem_eob_provider_type",
                **bluestem,
                notice_date=date(2026, 3, 2),
                member_name="Hannah Kowalski",
                member_id="XBM912004377",
                member_addr=["1187 Hazel Park Road", "Duluth, MN 55803"],
                member_state="MN",
                plan_name="Bluestem Aware",
                plan_type="PPO",
                group="10458-002",
                meanings=_m(N95=n95_member),
                claims=[
                    ClaimRec(
                        number="26041B77120",
                        patient="Hannah Kowalski",
                        provider="Rosa Alvarez, IBCLC",
                        categories=["provider_type"],
                        lines=[
                            L(
                                "2026-02-09",
                                "S9443",
                                "",
                                "180.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                dx=["Z39.1"],
                                adj=[A("CO-170")],
                                rarc=["N95"],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="26041B77121",
                        patient="Theo Kowalski",
                        provider="Rosa Alvarez, IBCLC",
                        categories=["provider_type"],
                        lines=[
                            L(
                                "2026-02-09",
                                "98960",
                                "",
                                "120.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                dx=["P92.5"],
                                adj=[A("CO-170")],
                                rarc=["N95"],
                            )
                        ],
                    ),
                ],
            ),
        )
    )
    docs.append(
        (
            "blue_footnotes",
            Doc(
                name="bluestem_eob_not_covered",
                **bluestem,
                notice_date=date(2026, 4, 13),
                member_name="Maria Delgado-Ruiz",
                member_id="XBM440918250",
                member_addr=["615 Oak Street", "Eau Claire, WI 54701"],
                member_state="WI",
                plan_name="Bluestem Basic Value",
                plan_type="EPO",
                group="22710-001",
                meanings=_m(
                    **{"CO-204": "This service is not covered under your current benefit plan."}
                ),
                claims=[
                    ClaimRec(
                        number="26098B10442",
                        patient="Maria Delgado-Ruiz",
                        provider="Northern Lights Lactation, LLC",
                        categories=["not_covered"],
                        lines=[
                            L(
                                "2026-03-30",
                                "99402",
                                "",
                                "145.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                dx=["Z39.1"],
                                adj=[A("CO-204")],
                                rarc=["N130"],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="26098B10443",
                        patient="Maria Delgado-Ruiz",
                        provider="Chippewa Medical Supply",
                        categories=[],
                        lines=[
                            L(
                                "2026-03-27",
                                "E0603",
                                "",
                                "195.00",
                                allowed="165.00",
                                paid="165.00",
                                owe="0.00",
                                dx=["Z39.1"],
                            )
                        ],
                    ),
                ],
            ),
        )
    )

    docs.append(
        (
            "payer_key",
            Doc(
                name="prairie_mutual_payer_codes",
                kind="eob",
                payer_name="Prairie Mutual Health",
                payer_addr=["1200 Harvest Parkway", "Lincoln, NE 68508"],
                payer_state="NE",
                payer_phone="402-555-0117",
                notice_date=date(2026, 3, 2),
                member_name="Fatima Haddad",
                member_id="PMH5519002",
                plan_name="Prairie Mutual Select EPO",
                plan_type="EPO",
                group="EG-40712",
                meanings=_m(
                    **{
                        "3F": "This provider is not in your network. Your EPO plan does not "
                        "pay for services from out-of-network providers except in an "
                        "emergency.",
                        "K9": "This service needs approval from Prairie Mutual before you "
                        "receive it. We did not receive a request for approval.",
                        "P0": "Paid according to your plan benefits.",
                    }
                ),
                claims=[
                    ClaimRec(
                        number="20260302-44871",
                        patient="Fatima Haddad",
                        provider="Bright Start Lactation LLC",
                        categories=["out_of_network"],
                        lines=[
                            L(
                                "2026-02-20",
                                "S9443",
                                "Lactation consult",
                                "225.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="225.00",
                                payer_codes=["3F"],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="20260302-44872",
                        patient="Layla Haddad",
                        provider="Prairie Pediatrics",
                        categories=["prior_authorization"],
                        lines=[
                            L(
                                "2026-02-27",
                                "99391",
                                "Well-baby visit",
                                "190.00",
                                allowed="160.00",
                                paid="160.00",
                                owe="0.00",
                                payer_codes=["P0"],
                            ),
                            L(
                                "2026-02-27",
                                "99404",
                                "Feeding counseling, 60 min",
                                "260.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                payer_codes=["K9"],
                            ),
                        ],
                    ),
                ],
            ),
        )
    )

    docs.append(
        (
            "prose_letter",
            Doc(
                name="tidewater_letter_prior_auth",
                kind="denial_letter",
                payer_name="Tidewater Health Insurance Company",
                payer_addr=["Appeals Unit, PO Box 2210", "Norfolk, VA 23501"],
                payer_state="VA",
                payer_phone="757-555-0163",
                notice_date=date(2026, 3, 9),
                member_name="Aaliyah Johnson",
                member_id="TWH40071288",
                member_addr=["92 Cedar Lane", "Chesapeake, VA 23320"],
                member_state="VA",
                plan_name="Tidewater Silver",
                plan_type="HMO",
                group="88120",
                funding="fully_insured",
                funding_text="Your coverage is provided under a group health insurance policy "
                "issued by Tidewater Health Insurance Company.",
                meanings=_m(),
                extra={"signer": "R. Castillo, RN, Utilization Management"},
                claims=[
                    ClaimRec(
                        number="2026-0302-118734",
                        patient="Aaliyah Johnson",
                        provider="Jane Doe, IBCLC",
                        categories=["prior_authorization"],
                        reason="the services were not authorized before they were provided, as "
                        "your plan "
                        "requires for outpatient lactation visits.",
                        lines=[
                            L(
                                "2026-03-02",
                                "99403",
                                "",
                                "185.00",
                                paid="0.00",
                                owe="185.00",
                                dx=["O92.4"],
                                adj=[A("CO-197")],
                            )
                        ],
                    )
                ],
            ),
        )
    )
    docs.append(
        (
            "prose_letter",
            Doc(
                name="summit_letter_medical_necessity",
                kind="denial_letter",
                payer_name="Summit Ridge Health Plan",
                payer_addr=["7400 E. Orchard Road", "Greenwood Village, CO 80111"],
                payer_state="CO",
                payer_phone="303-555-0129",
                notice_date=date(2026, 4, 14),
                member_name="Sarah Whitfield",
                member_id="SRH7720914",
                member_addr=["38 Aspen Court", "Boulder, CO 80302"],
                member_state="CO",
                plan_name="Summit Ridge Bronze",
                plan_type="PPO",
                meanings=_m(),
                extra={
                    "serif": False,
                    "paragraphs": [
                        "Our medical reviewer, a board-certified obstetrician, looked at the "
                        "records your "
                        "provider sent. Lactation support visits are considered medically "
                        "necessary only "
                        "when the infant has lost more than 10 percent of birth weight."
                    ],
                },
                claims=[
                    ClaimRec(
                        number="SR2604-001937",
                        patient="Sarah Whitfield",
                        provider="Mountain Milk Lactation Services",
                        categories=["medical_necessity"],
                        reason="our medical reviewer determined that the services were not "
                        "medically "
                        "necessary.",
                        lines=[L("2026-04-01", "S9443", "", "150.00", paid="0.00", owe="150.00")],
                    )
                ],
            ),
        )
    )

    docs.append(
        (
            "medicaid_noabd",
            Doc(
                name="keystone_medicaid_noabd",
                kind="denial_letter",
                payer_name="Keystone Family Medicaid",
                payer_addr=["PO Box 7300", "Harrisburg, PA 17105"],
                payer_state="PA",
                payer_phone="888-555-0176",
                notice_date=date(2026, 3, 2),
                member_name="Renée Laurent-Baptiste",
                member_id="KFM300118842",
                member_addr=["2217 Market Street", "Philadelphia, PA 19103"],
                member_state="PA",
                plan_name="Keystone Family Care Plan",
                funding="medicaid",
                funding_text="Keystone Family Medicaid is a Medical Assistance (Medicaid) "
                "managed care "
                "plan under contract with the Commonwealth of Pennsylvania.",
                meanings=_m(
                    **{
                        "CO-185": "Lactation consultants (IBCLC) are not an enrolled provider "
                        "type in the Medical Assistance program, so they cannot be paid for "
                        "this service."
                    }
                ),
                claims=[
                    ClaimRec(
                        number="KFM-26-0087713",
                        patient="Renée Laurent-Baptiste",
                        provider="Grace Mbeki, IBCLC",
                        npi=N_GRACE,
                        categories=["provider_type"],
                        lines=[
                            L(
                                "2026-02-16",
                                "S9443",
                                "Lactation counseling visit",
                                "95.00",
                                dx=["Z39.1"],
                                adj=[A("CO-185")],
                                rarc=["N95"],
                            ),
                            L(
                                "2026-02-23",
                                "S9443",
                                "Lactation counseling visit",
                                "95.00",
                                dx=["O92.13"],
                                adj=[A("CO-185")],
                                rarc=["N95"],
                            ),
                        ],
                    )
                ],
            ),
        )
    )

    docs.append(
        (
            "hmo_home_visit",
            Doc(
                name="cascadia_hmo_home_visit",
                kind="denial_letter",
                payer_name="Cascadia Care HMO",
                payer_addr=["PO Box 4412", "Portland, OR 97208"],
                payer_state="OR",
                payer_phone="503-555-0191",
                notice_date=date(2026, 3, 16),
                member_name="Mei-Ling Chen",
                member_id="CCH0092271-01",
                member_addr=["77 NE Fremont St", "Portland, OR 97212"],
                member_state="OR",
                plan_name="Cascadia Care Gold",
                plan_type="HMO",
                group="G-22817",
                funding="fully_insured",
                funding_text="Cascadia Care HMO is the insurer of this plan.",
                meanings=_m(),
                extra={
                    "paragraphs": [
                        "Cascadia Care HMO covers lactation counseling when you receive it in "
                        "a Cascadia "
                        "Care medical office. Home visits are covered only when your primary care "
                        "physician orders home health care."
                    ]
                },
                claims=[
                    ClaimRec(
                        number="CC26-0314-00512",
                        patient="Mei-Ling Chen",
                        provider="Harbor Home Lactation, LLC",
                        npi=N_HARBOR,
                        categories=["place_of_service"],
                        lines=[
                            L(
                                "2026-03-03",
                                "99501",
                                "",
                                "210.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="12",
                                dx=["Z39.1"],
                                adj=[A("CO-58")],
                                rarc=["N428"],
                            ),
                            L(
                                "2026-03-05",
                                "99347",
                                "",
                                "165.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="12",
                                dx=["O92.3"],
                                adj=[A("CO-58")],
                                rarc=["N428"],
                            ),
                        ],
                    )
                ],
            ),
        )
    )

    docs.append(
        (
            "remittance",
            Doc(
                name="riverbend_remittance",
                kind="remittance_835",
                payer_name="Riverbend Health Partners",
                payer_addr=["PO Box 1180", "Columbus, OH 43216"],
                payer_state="OH",
                payer_phone="614-555-0133",
                notice_date=date(2026, 3, 13),
                meanings=_m(),
                extra={
                    "adj_style": "group_reason",
                    "payee": {
                        "name": "Milk & Honey Lactation, PLLC",
                        "npi": N_MILK,
                        "tin": "XX-XXX4417",
                        "trace": "000918273",
                    },
                },
                claims=[
                    ClaimRec(
                        number="2607200118",
                        patient="Olivia Bennett",
                        provider=None,
                        npi=N_KIM,
                        member_id="RHP55102938",
                        categories=["medical_necessity"],
                        lines=[
                            L(
                                "2026-02-02",
                                "99404",
                                "",
                                "325.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-50", "325.00")],
                            ),
                            L(
                                "2026-02-04",
                                "99404",
                                "",
                                "325.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-50", "325.00")],
                            ),
                            L(
                                "2026-02-09",
                                "99403",
                                "",
                                "250.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-50", "250.00")],
                            ),
                            L(
                                "2026-02-11",
                                "98960",
                                "",
                                "350.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=4,
                                pos="11",
                                adj=[A("CO-50", "350.00")],
                            ),
                        ],
                    ),
                    ClaimRec(
                        number="2607200119",
                        patient="Jonah Park",
                        provider=None,
                        npi=N_KIM,
                        member_id="RHP60288113",
                        categories=["provider_type"],
                        lines=[
                            L(
                                "2026-02-12",
                                "98960",
                                "",
                                "175.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=2,
                                pos="10",
                                modifiers=["95"],
                                adj=[A("CO-170", "175.00")],
                                rarc=["N95", "MA130"],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="2607200120",
                        patient="Priya Desai",
                        provider=None,
                        npi=N_KIM,
                        member_id="RHP71930044",
                        categories=[],
                        lines=[
                            L(
                                "2026-02-16",
                                "99403",
                                "",
                                "200.00",
                                allowed="165.00",
                                paid="165.00",
                                owe="0.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-45", "35.00")],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="2607200121",
                        patient="Aisha Thompson",
                        provider=None,
                        npi=N_KIM,
                        member_id="RHP80017765",
                        categories=["cost_sharing"],
                        lines=[
                            L(
                                "2026-02-18",
                                "S9443",
                                "",
                                "150.00",
                                allowed="120.00",
                                paid="90.00",
                                owe="30.00",
                                coins="30.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-45", "30.00"), A("PR-2", "30.00")],
                            )
                        ],
                    ),
                ],
            ),
        )
    )
    docs.append(
        (
            "remittance",
            Doc(
                name="granite_peak_remittance",
                kind="remittance_835",
                payer_name="Granite Peak Health",
                payer_addr=["PO Box 470", "Concord, NH 03302"],
                payer_state="NH",
                payer_phone="603-555-0150",
                notice_date=date(2026, 4, 3),
                meanings=_m(),
                extra={
                    "adj_style": "adj_reason",
                    "payee": {
                        "name": "Seacoast Breastfeeding Center",
                        "npi": N_GRANITE_GRP,
                        "tin": "XX-XXX0921",
                        "trace": "7710042236",
                    },
                },
                claims=[
                    ClaimRec(
                        number="GP0403-55810",
                        patient="Chloe Martin",
                        provider=None,
                        npi=N_DANA,
                        member_id="GPH200145",
                        categories=["not_covered"],
                        lines=[
                            L(
                                "2026-03-09",
                                "S9443",
                                "",
                                "480.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=3,
                                pos="11",
                                adj=[A("CO-96", "480.00")],
                                rarc=["N130"],
                            ),
                            L(
                                "2026-03-16",
                                "S9443",
                                "",
                                "1000.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=6,
                                pos="11",
                                adj=[A("CO-96", "1000.00")],
                                rarc=["N130"],
                            ),
                        ],
                    ),
                    ClaimRec(
                        number="GP0403-55811",
                        patient="Sofia Rossi",
                        provider=None,
                        npi=N_DANA,
                        member_id="GPH200377",
                        categories=["coding"],
                        lines=[
                            L(
                                "2026-03-11",
                                "98960",
                                "",
                                "190.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=2,
                                pos="10",
                                modifiers=["95"],
                                adj=[A("CO-16", "190.00")],
                                rarc=["N290"],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="GP0403-55812",
                        patient="Grace Liu",
                        provider=None,
                        npi=N_DANA,
                        member_id="GPH201190",
                        categories=["coding"],
                        lines=[
                            L(
                                "2026-03-12",
                                "99402",
                                "",
                                "140.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-11", "140.00")],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="GP0403-55813",
                        patient="Ava Sullivan",
                        provider=None,
                        npi=N_DANA,
                        member_id="GPH203342",
                        categories=["cost_sharing"],
                        lines=[
                            L(
                                "2026-03-18",
                                "S9443",
                                "",
                                "160.00",
                                allowed="150.00",
                                paid="0.00",
                                owe="150.00",
                                deductible="150.00",
                                units=1,
                                pos="11",
                                adj=[A("CO-45", "10.00"), A("PR-1", "150.00")],
                            )
                        ],
                    ),
                ],
            ),
        )
    )

    greatlakes = dict(
        payer_name="Great Lakes Mutual Health",
        payer_addr=["PO Box 77120", "Detroit, MI 48277"],
        payer_state="MI",
        payer_phone="877-555-0154",
        kind="eob",
    )
    docs.append(
        (
            "cost_share_eob",
            Doc(
                name="greatlakes_eob_deductible",
                **greatlakes,
                notice_date=date(2026, 3, 20),
                member_name="Jessica Moreno",
                member_id="GLM6600213",
                member_addr=["5120 Woodward Ave", "Detroit, MI 48202"],
                member_state="MI",
                plan_name="Great Lakes Mutual HSA Bronze",
                plan_type="PPO",
                group="55120",
                funding="fully_insured",
                funding_text="This plan is underwritten by Great Lakes Mutual Health Insurance "
                "Company.",
                meanings=_m(),
                claims=[
                    ClaimRec(
                        number="GLM-2026-0318-7741",
                        patient="Jessica Moreno",
                        provider="Lakeside Lactation Partners",
                        network="in",
                        categories=["cost_sharing"],
                        lines=[
                            L(
                                "2026-03-02",
                                "S9443",
                                "Lactation consult",
                                "200.00",
                                allowed="180.00",
                                deductible="150.00",
                                paid="30.00",
                                owe="150.00",
                                adj=[A("PR-1", "150.00")],
                            ),
                            L(
                                "2026-03-02",
                                "E0603",
                                "Electric breast pump",
                                "190.00",
                                allowed="160.00",
                                paid="160.00",
                                owe="0.00",
                            ),
                        ],
                    )
                ],
            ),
        )
    )
    docs.append(
        (
            "cost_share_eob",
            Doc(
                name="greatlakes_eob_copay_governmental",
                **greatlakes,
                notice_date=date(2026, 5, 4),
                member_name="Kayla Brooks",
                member_id="LCE0047718",
                member_addr=["18 Harbor View Dr", "Muskegon, MI 49440"],
                member_state="MI",
                plan_name="Lakeshore County Employee Health Plan",
                plan_type="HMO",
                group="LC-1001",
                funding="governmental",
                funding_text="The Lakeshore County Employee Health Plan is a governmental plan "
                "sponsored by the County of Lakeshore, Michigan.",
                meanings=_m(),
                claims=[
                    ClaimRec(
                        number="GLM-2026-0427-0193",
                        patient="Kayla Brooks",
                        provider="Dunes Lactation & Family Wellness",
                        network="in",
                        categories=["cost_sharing"],
                        lines=[
                            L(
                                "2026-04-20",
                                "99403",
                                "Preventive counseling",
                                "180.00",
                                allowed="140.00",
                                copay="30.00",
                                paid="110.00",
                                owe="30.00",
                                adj=[A("PR-3", "30.00")],
                            ),
                            L(
                                "2026-04-27",
                                "99402",
                                "Preventive counseling",
                                "150.00",
                                allowed="120.00",
                                coins="24.00",
                                paid="96.00",
                                owe="24.00",
                                adj=[A("PR-2", "24.00")],
                            ),
                        ],
                    )
                ],
            ),
        )
    )

    docs.append(
        (
            "multi_claim",
            Doc(
                name="juniper_multi_claim_eob",
                kind="eob",
                payer_name="Juniper Valley Health Plan",
                payer_addr=["PO Box 5080", "Denver, CO 80217"],
                payer_state="CO",
                payer_phone="720-555-0148",
                notice_date=date(2026, 3, 2),
                member_name="Emily Nakamura",
                member_id="JVH221409371",
                member_addr=["1450 Larimer Street, Unit 9", "Denver, CO 80202"],
                member_state="CO",
                plan_name="Juniper Valley Flex",
                plan_type="POS",
                group="JV-30991",
                funding="fully_insured",
                funding_text="Juniper Valley Health Plan, Inc. insures this plan.",
                meanings=_m(
                    **{
                        "CO-11": "The diagnosis is inconsistent with the procedure. Lactation "
                        "education is paid as preventive care only with diagnosis Z39.1."
                    }
                ),
                extra={"break_before": [1]},
                claims=[
                    ClaimRec(
                        number="JV26021100871",
                        patient="Kai Nakamura",
                        provider="Front Range Pediatrics PC",
                        npi=N_PEDS,
                        network="in",
                        lines=[
                            L(
                                "2026-02-11",
                                "99391",
                                "Well-baby exam, under 1 year",
                                "210.00",
                                allowed="168.00",
                                paid="168.00",
                                owe="0.00",
                                units=1,
                                dx=["Z00.110"],
                                adj=[A("CO-45")],
                            )
                        ],
                    ),
                    ClaimRec(
                        number="JV26021800452",
                        patient="Emily Nakamura",
                        provider="Aspen Lactation Care",
                        npi=N_ASPEN,
                        network="in",
                        categories=["coding"],
                        lines=[
                            L(
                                "2026-02-18",
                                "S9443",
                                "Lactation class",
                                "175.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=1,
                                dx=["O92.4"],
                                adj=[A("CO-11")],
                            ),
                            L(
                                "2026-02-18",
                                "98960",
                                "Self-management education",
                                "190.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                units=2,
                                dx=["O92.4", "P92.5"],
                                adj=[A("CO-11")],
                            ),
                        ],
                    ),
                    ClaimRec(
                        number="JV26022000117",
                        patient="Emily Nakamura",
                        provider="Mile High Medical Supply",
                        npi=N_SUPPLY,
                        network="in",
                        lines=[
                            L(
                                "2026-02-20",
                                "E0603",
                                "Electric breast pump",
                                "185.00",
                                allowed="150.00",
                                paid="150.00",
                                owe="0.00",
                                units=1,
                                dx=["Z39.1"],
                                adj=[A("CO-45")],
                            )
                        ],
                    ),
                ],
            ),
        )
    )

    docs.append(
        (
            "aso_eob",
            Doc(
                name="anvil_aso_self_funded",
                kind="eob",
                payer_name="Anvil Benefit Administrators",
                payer_addr=["PO Box 9034", "Pittsburgh, PA 15224"],
                payer_state="PA",
                payer_phone="412-555-0109",
                notice_date=date(2026, 3, 2),
                member_name="Daniel Okafor",
                member_id="AB-118830-01",
                member_addr=["44 Chapline Street", "Wheeling, WV 26003"],
                member_state="WV",
                plan_name="Ironworks Manufacturing Co. Employee Health Plan",
                plan_type="PPO",
                group="IMC-7700",
                funding="self_funded",
                funding_text="Your plan is a self-funded plan. Ironworks Manufacturing Co. is "
                "the plan "
                "sponsor, and your employer is responsible for funding claims. Anvil Benefit "
                "Administrators provides administrative services only and does not insure the "
                "benefits.",
                meanings=_m(
                    **{
                        "CO-50": "Not medically necessary: the plan covers lactation visits "
                        "after the first two only with documented feeding problems."
                    }
                ),
                claims=[
                    ClaimRec(
                        number="AB2603020419",
                        patient="Adaeze Okafor",
                        provider="Ohio Valley Lactation Collaborative",
                        npi=N_OHIO,
                        categories=["medical_necessity"],
                        lines=[
                            L(
                                "2026-02-09",
                                "99404",
                                "",
                                "325.00",
                                allowed="280.00",
                                paid="280.00",
                                owe="0.00",
                                dx=["Z39.1"],
                            ),
                            L(
                                "2026-02-16",
                                "99404",
                                "",
                                "325.00",
                                allowed="280.00",
                                paid="280.00",
                                owe="0.00",
                                dx=["Z39.1"],
                            ),
                            L(
                                "2026-02-23",
                                "99404",
                                "",
                                "325.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                dx=["Z39.1", "O92.70"],
                                adj=[A("CO-50")],
                            ),
                            L(
                                "2026-03-02",
                                "S9443",
                                "",
                                "275.00",
                                allowed="0.00",
                                paid="0.00",
                                owe="0.00",
                                dx=["Z39.1"],
                                adj=[A("CO-50")],
                            ),
                        ],
                    )
                ],
            ),
        )
    )
    return docs


def generate_samples(outdir: Path = SAMPLES_DIR) -> list[dict]:
    """Write every committed sample (PDF + expected JSON) into ``outdir``."""
    return [LAYOUTS[layout](doc, outdir) for layout, doc in sample_docs()]


# --------------------------------------------------------------------------
# Randomised documents for the batch benchmark

_FIRST = [
    "Ana",
    "Beatriz",
    "Chloe",
    "Danielle",
    "Esther",
    "Farah",
    "Gabriela",
    "Hye-jin",
    "Imani",
    "Julia",
    "Keiko",
    "Lucía",
    "Maya",
    "Nadia",
    "Oksana",
    "Paige",
    "Quinn",
    "Rachel",
    "Siobhán",
    "Tamika",
    "Uma",
    "Valentina",
    "Whitney",
    "Ximena",
    "Yara",
    "Zoë",
]
_LAST = [
    "Abbott",
    "Baptiste",
    "Castillo",
    "D'Angelo",
    "Eriksen",
    "Fitzgerald",
    "Guzmán",
    "Hollis",
    "Iwu",
    "Jankowski",
    "Kaur",
    "Lindqvist",
    "McAllister",
    "Nguyen",
    "O'Neill",
    "Petrov",
    "Quintero",
    "Rasmussen",
    "Schultz",
    "Tanaka",
    "Underwood",
    "Vasquez",
    "Whitaker",
    "Yilmaz",
    "Zimmerman",
]
_CITIES = [
    ("Boston", "MA", "02118"),
    ("Albany", "NY", "12207"),
    ("Trenton", "NJ", "08608"),
    ("Baltimore", "MD", "21201"),
    ("Raleigh", "NC", "27601"),
    ("Atlanta", "GA", "30303"),
    ("Nashville", "TN", "37203"),
    ("Chicago", "IL", "60607"),
    ("Madison", "WI", "53703"),
    ("Des Moines", "IA", "50309"),
    ("Omaha", "NE", "68102"),
    ("Tulsa", "OK", "74103"),
    ("Phoenix", "AZ", "85004"),
    ("Boise", "ID", "83702"),
    ("Seattle", "WA", "98104"),
    ("Sacramento", "CA", "95814"),
    ("Reno", "NV", "89501"),
    ("Anchorage", "AK", "99501"),
]
_PAYERS = [
    "Northwind Health Plan",
    "Bluestem BlueCross BlueShield",
    "Cascadia Care HMO",
    "Keystone Family Medicaid",
    "Harborlight Health",
    "Sagebrush Health Alliance",
    "Tri-River Health Plan",
    "Magnolia State Health",
    "Copperline Benefits Group",
    "Evergreen Coast Health",
]
_PROVIDERS = [
    "Jane Doe, IBCLC",
    "Rosa Alvarez, IBCLC",
    "Latch & Thrive Lactation",
    "First Latch Lactation Services",
    "Sunrise Breastfeeding Clinic",
    "Nourish Lactation Care, PLLC",
    "Kim Tran, IBCLC",
    "Milkweed Family Lactation",
]

# category -> (CARC key or None, RARCs, payer's own code, its meaning, letter reason)
SCENARIOS: dict[str, tuple[str | None, list[str], str, str, str]] = {
    "out_of_network": (
        "CO-242",
        [],
        "4N",
        "This provider is not in your plan's network.",
        "the provider is not in our network.",
    ),
    "provider_type": (
        "CO-170",
        ["N95"],
        "T2",
        "Services by this type of provider are not covered.",
        "lactation consultants are not a provider type we pay.",
    ),
    "prior_authorization": (
        "CO-197",
        [],
        "A7",
        "Approval was needed before this service.",
        "no authorization was obtained before the service.",
    ),
    "not_covered": (
        "CO-204",
        ["N130"],
        "X1",
        "This service is excluded under your plan.",
        "this service is excluded from your benefit plan.",
    ),
    "medical_necessity": (
        "CO-50",
        [],
        "M5",
        "This service was not medically necessary.",
        "the service was not medically necessary.",
    ),
    "place_of_service": (
        "CO-58",
        ["N428"],
        "H3",
        "Not covered in the place it was given.",
        "the service is not covered when given in the home.",
    ),
    "frequency_limit": (
        "CO-119",
        ["N362"],
        "V6",
        "You have used all visits your plan allows.",
        "you have used all lactation visits your plan allows.",
    ),
    "coding": (
        "CO-11",
        [],
        "C9",
        "The diagnosis does not match the service billed.",
        "the diagnosis billed does not support the service.",
    ),
    "timely_filing": (
        "CO-29",
        [],
        "F1",
        "The claim was filed too late.",
        "the claim was received after the filing limit.",
    ),
}
_SERVICES = [
    ("S9443", "Lactation class"),
    ("99401", "Preventive counseling, 15 min"),
    ("99402", "Preventive counseling, 30 min"),
    ("99403", "Preventive counseling, 45 min"),
    ("99404", "Preventive counseling, 60 min"),
    ("98960", "Self-management education"),
]
_EXTRA_TEXT = {"CO-29": "The time limit for filing has expired."}


def _money(rng: random.Random, lo: int, hi: int) -> Decimal:
    return D(rng.randrange(lo, hi) * 5) / D(1)


def _random_line(
    rng: random.Random,
    dos: date,
    category: str | None,
    *,
    ra: bool,
    home: bool = False,
    payer_key: bool = False,
) -> Line:
    code, desc = (
        rng.choice([("99501", "Postnatal home visit"), ("99347", "Home visit")])
        if home
        else rng.choice(_SERVICES)
    )
    billed = _money(rng, 20, 90) + D("0.00")
    ln = Line(
        dos=dos,
        code=code,
        desc=desc,
        billed=billed,
        units=1,
        pos="12" if home else "11",
        dx=[rng.choice(["Z39.1", "O92.4", "O92.3", "P92.5", "O92.13"])],
    )
    if category is None or category == "cost_sharing":
        allowed = (billed * D("0.8")).quantize(D("0.01"))
        ln.allowed = allowed
        share = ZERO
        if category == "cost_sharing":
            kind = rng.choice(["1", "2", "3"])
            share = {
                "1": min(allowed, D("150.00")),
                "2": (allowed * D("0.2")).quantize(D("0.01")),
                "3": D("30.00"),
            }[kind]
            setattr(ln, {"1": "deductible", "2": "coins", "3": "copay"}[kind], share)
            if payer_key:
                ln.payer_codes = [f"P{kind}"]
            else:
                ln.adj.append(Adj("PR", kind, share))
        ln.paid, ln.owe = allowed - share, share
        if ra:
            ln.adj.insert(0, Adj("CO", "45", billed - allowed))
        return ln
    carc, rarc, pcode, _, _ = SCENARIOS[category]
    ln.allowed, ln.paid = ZERO, ZERO
    ln.owe = billed if category == "out_of_network" else ZERO
    if payer_key:
        ln.payer_codes = [pcode]
    else:
        group, num_ = carc.split("-")
        ln.adj = [Adj(group, num_, billed)]
        ln.rarc = list(rarc)
    return ln


def random_doc(rng: random.Random, layout: str, name: str) -> Doc:
    """A plausible random record for ``layout`` (two pages once drawn)."""
    city, state, zipc = rng.choice(_CITIES)
    member = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    payer = rng.choice(_PAYERS)
    pcity, pstate, pzip = rng.choice(_CITIES)
    notice = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 300))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    mid = "".join(rng.choice(letters) for _ in range(3)) + str(rng.randrange(10**8, 10**9))
    doc = Doc(
        name=name,
        kind="eob",
        payer_name=payer,
        payer_addr=[f"PO Box {rng.randrange(1000, 99999)}", f"{pcity}, {pstate} {pzip}"],
        payer_state=pstate,
        payer_phone=f"8{rng.choice('0345678')}{rng.choice('0678')}-555-01"
        f"{rng.randrange(0, 100):02d}",
        notice_date=notice,
        claims=[],
        member_name=member,
        member_id=mid,
        member_addr=[
            f"{rng.randrange(10, 9999)} {rng.choice(_LAST)} Street",
            f"{city}, {state} {zipc}",
        ],
        member_state=state,
        plan_name=f"{payer.split()[0]} {rng.choice(['Gold', 'Silver', 'Choice', 'Select'])}",
        plan_type=rng.choice(["HMO", "PPO", "EPO", "POS"]),
        group=str(rng.randrange(10000, 999999)),
        rights_page=True,
    )
    if rng.random() < 0.5:
        doc.funding, doc.funding_text = "fully_insured", f"This plan is insured by {payer}."
    cats = [c for c in SCENARIOS if c != "place_of_service"] + ["cost_sharing"]
    n_claims, n_lines, home, ra, pkey = rng.randint(1, 3), rng.randint(1, 3), False, False, False
    if layout in ("prose_letter", "medicaid_noabd", "hmo_home_visit"):
        n_claims = 1
        doc.kind = "denial_letter"
    if layout == "prose_letter":
        n_lines = 1
        cats = [c for c in SCENARIOS if c != "place_of_service"]
    elif layout == "medicaid_noabd":
        doc.funding, doc.plan_type, doc.group = "medicaid", None, None
        doc.funding_text = f"{payer} is a Medicaid managed care plan."
        cats = ["provider_type", "not_covered", "prior_authorization"]
    elif layout == "hmo_home_visit":
        home, cats, doc.plan_type = True, ["place_of_service"], "HMO"
    elif layout == "remittance":
        ra, n_claims, doc.kind = True, 6, "remittance_835"
        doc.member_name = doc.member_id = doc.member_state = doc.plan_name = None
        doc.plan_type = doc.group = None
        doc.member_addr, doc.funding, doc.funding_text = [], "unknown", None
        doc.extra = {
            "adj_style": rng.choice(["group_reason", "adj_reason"]),
            "payee": {
                "name": rng.choice(_PROVIDERS[2:]),
                "npi": make_npi(f"1{rng.randrange(10**7, 10**8)}"),
                "tin": f"XX-XXX{rng.randrange(1000, 9999)}",
                "trace": str(rng.randrange(10**8, 10**9)),
            },
        }
    elif layout == "cost_share_eob":
        cats = ["cost_sharing"]
    elif layout == "aso_eob":
        doc.funding = "self_funded"
        doc.funding_text = (
            "Your employer's plan is self-funded: your employer is responsible "
            f"for funding claims and {payer} provides administrative services "
            "only."
        )
    elif layout == "payer_key":
        pkey = True
    elif layout == "multi_claim":
        doc.rights_page = False  # its own back page makes two
        n_claims = 2
    dos0 = notice - timedelta(days=rng.randrange(14, 60))
    for i in range(n_claims):
        category = rng.choice(cats) if not (layout == "remittance" and i % 3 == 2) else None
        patient = member if not ra else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        lines = [
            _random_line(
                rng, dos0 + timedelta(days=7 * j + i), category, ra=ra, home=home, payer_key=pkey
            )
            for j in range(n_lines if not ra else 1)
        ]
        provider = rng.choice(_PROVIDERS)
        claim = ClaimRec(
            number=f"{rng.randrange(10**9, 10**10)}",
            patient=patient,
            provider=None if ra else provider,
            lines=lines,
            npi=make_npi(f"1{rng.randrange(10**7, 10**8)}")
            if layout
            in ("remittance", "medicaid_noabd", "hmo_home_visit", "aso_eob", "multi_claim")
            else None,
            categories=[category] if category else [],
            member_id=f"{mid[:3]}{rng.randrange(10**6, 10**7)}" if ra else None,
        )
        if layout == "prose_letter" and category:
            claim.reason = SCENARIOS[category][4]
            if rng.random() < 0.5:
                for ln in lines:
                    ln.adj, ln.rarc = [], []
        if layout == "multi_claim" and i == 0:
            claim.lines = [
                Line(
                    dos=dos0,
                    code="99391",
                    desc="Well-baby exam",
                    billed=D("210.00"),
                    allowed=D("168.00"),
                    paid=D("168.00"),
                    owe=ZERO,
                    units=1,
                    dx=["Z00.110"],
                )
            ]
            claim.categories, claim.patient = [], f"Baby {member.split()[-1]}"
        doc.claims.append(claim)
    meanings = _m(**_EXTRA_TEXT)
    for _, (_, _, pcode, ptext, _) in SCENARIOS.items():
        meanings[pcode] = ptext
    for k, t in (
        ("1", "Amount applied to your deductible."),
        ("2", "Your coinsurance."),
        ("3", "Your copay."),
    ):
        meanings[f"P{k}"] = t
    doc.meanings = meanings
    return doc


SYNTHETIC_LAYOUTS = list(LAYOUTS)


def generate_synthetic(
    n: int, outdir: str | os.PathLike, seed: int = 0, expected_dir: str | os.PathLike | None = None
) -> list[Path]:
    """Write ``n`` varied EOB PDFs to ``outdir`` (layouts round-robin); return their paths.

    With ``expected_dir`` each one's expected parse document is written there too
    (kept apart so a batch run over ``outdir`` sees PDFs only).
    """
    rng = random.Random(seed)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        layout = SYNTHETIC_LAYOUTS[i % len(SYNTHETIC_LAYOUTS)]
        name = f"synthetic_{i:05d}_{layout}"
        doc = random_doc(rng, layout, name)
        path = outdir / f"{name}.pdf"
        doc.extra["pdf_path"] = str(path)
        exp = LAYOUTS[layout](doc, None)
        if expected_dir is not None:
            ed = Path(expected_dir)
            ed.mkdir(parents=True, exist_ok=True)
            _atomic_write(
                ed / f"{name}.expected.json",
                (json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode(),
            )
        paths.append(path)
    return paths


def make_long_pdf(path: str | os.PathLike, pages: int = 200) -> dict:
    """Write a ``pages``-page multi-claim EOB to ``path``; return its expected document."""
    assert pages >= 2
    rng = random.Random(pages)
    path = Path(path)
    doc = random_doc(rng, "multi_claim", path.stem)
    per_page = 3
    claims = []
    for i in range((pages - 1) * per_page):
        category = rng.choice([None, "out_of_network", "cost_sharing", "provider_type"])
        dos = date(2025, 1, 6) + timedelta(days=i % 360)
        claims.append(
            ClaimRec(
                number=f"LP{i:07d}",
                patient=doc.member_name,
                provider=rng.choice(_PROVIDERS),
                npi=make_npi(f"1{rng.randrange(10**7, 10**8)}"),
                network="in",
                lines=[_random_line(rng, dos, category, ra=False) for _ in range(2)],
                categories=[category] if category else [],
            )
        )
    doc.claims = claims
    doc.extra = {
        "break_before": list(range(per_page, len(claims), per_page)),
        "summary": False,
        "pdf_path": str(path),
    }
    exp = layout_multi_claim(doc, None)
    assert exp["source"]["pages"] == pages, exp["source"]["pages"]
    return exp


# --------------------------------------------------------------------------
# X12 835 remittance files (005010X221A1), drawn from the same records


def x12_amount(v: Decimal) -> str:
    """An X12 decimal: no trailing zeros, no thousands separator ("250", "182.5")."""
    text = f"{v.normalize():f}"
    return text if "." not in text else text.rstrip("0").rstrip(".")


def x12_text(doc: Doc) -> str:
    """The 835 for ``doc``; ``doc.extra["x12"]`` holds what only an 835 prints."""
    x = doc.extra["x12"]
    term = x["terminator"]
    segs: list[str] = []

    def seg(*elements: object) -> None:
        items = ["" if e is None else str(e) for e in elements]
        while items and items[-1] == "":
            items.pop()
        segs.append("*".join(items))

    when = doc.notice_date
    ctrl = x["control"]
    isa = (
        f"ISA*00*{'':10}*00*{'':10}*ZZ*{x['sender']:<15}*ZZ*{x['receiver']:<15}"
        f"*{when:%y%m%d}*1130*^*00501*{ctrl:09d}*0*P*:"
    )
    assert len(isa) == 105, len(isa)
    seg("GS", "HP", x["sender"], x["receiver"], f"{when:%Y%m%d}", "1130", ctrl, "X", "005010X221A1")
    st_at = len(segs)
    seg("ST", "835", "0001")
    total_paid = sum((c.total("paid") or ZERO for c in doc.claims), ZERO)
    pay_date = when + timedelta(days=1)
    seg(
        "BPR",
        "I",
        x12_amount(total_paid),
        "C",
        "ACH",
        "CCP",
        "01",
        "011000015",
        "DA",
        "2233445566",
        x["payer_tin"],
        "",
        "01",
        "021000021",
        "DA",
        "9988776655",
        f"{pay_date:%Y%m%d}",
    )
    seg("TRN", "1", f"EFT{ctrl:07d}", x["payer_tin"])
    seg("DTM", "405", f"{when:%Y%m%d}")
    seg("N1", "PR", doc.payer_name.upper())
    street, city_line = doc.payer_addr
    city, state_zip = city_line.rsplit(", ", 1)
    state, zipcode = state_zip.split()
    seg("N3", street.upper())
    seg("N4", city.upper(), state, zipcode)
    if doc.payer_phone:
        seg("PER", "CX", "PROVIDER SERVICES", "TE", doc.payer_phone.replace("-", ""))
    seg("PER", "BL", "EDI SUPPORT", "TE", x["edi_phone"], "EM", x["edi_email"])
    seg("N1", "PE", x["payee"].upper(), "XX", x["payee_npi"])
    seg("N3", x["payee_addr"][0].upper())
    p_city, p_state_zip = x["payee_addr"][1].rsplit(", ", 1)
    seg("N4", p_city.upper(), *p_state_zip.split())
    seg("REF", "TJ", x["payee_tin"])
    seg("LX", "1")
    for c, cx in zip(doc.claims, x["claims"], strict=True):
        seg(
            "CLP",
            cx["pcn"],
            cx["status"],
            x12_amount(c.total("billed")),
            x12_amount(c.total("paid")),
            x12_amount(c.total("owe")) if c.total("owe") else "",
            x["filing"],
            c.number,
            "11",
            "1",
        )
        last, first = cx["patient"]
        seg("NM1", "QC", "1", last, first, "", "", "", "MI", cx["patient_id"])
        if cx.get("subscriber"):
            s_last, s_first = cx["subscriber"]
            seg("NM1", "IL", "1", s_last, s_first, "", "", "", "MI", c.member_id)
        if cx.get("rendering"):
            r_last, r_first = cx["rendering"]
            seg("NM1", "82", "1", r_last, r_first, "", "", "", "XX", c.npi)
        if doc.group:
            seg("REF", "1L", doc.group)
        seg("DTM", "050", f"{cx['received']:%Y%m%d}")
        for ln in c.lines:
            code = ":".join(["HC", ln.code, *ln.modifiers])
            seg("SVC", code, x12_amount(ln.billed), x12_amount(ln.paid), "", ln.units)
            seg("DTM", "472", f"{ln.dos:%Y%m%d}")
            by_group: dict[str, list[Adj]] = {}
            for a in ln.adj:
                by_group.setdefault(a.group, []).append(a)
            for group, adjs in by_group.items():
                seg("CAS", group, *[v for a in adjs for v in (a.code, x12_amount(a.amount), "")])
            seg("AMT", "B6", x12_amount(ln.allowed))
            for r in ln.rarc:
                seg("LQ", "HE", r)
    seg("SE", len(segs) - st_at + 1, "0001")
    seg("GE", "1", ctrl)
    seg("IEA", "1", f"{ctrl:09d}")
    return term.join([isa, *segs]) + term


def layout_x12_835(doc: Doc, outdir: Path | None = None) -> dict:
    """Write ``<name>.835`` and its expected document; every field of the 835 is printed."""
    doc = mask(
        doc,
        {"billed", "allowed", "paid", "owe", "units", "modifiers", "adj_amount"},
        {"billed", "allowed", "paid", "owe"},
    )
    data = x12_text(doc).encode("ascii")
    exp = expected(doc, data, 0)
    exp["source"]["file"] = f"{doc.name}.835"
    exp["source"]["pages"] = None
    if outdir is not None:
        outdir = Path(outdir)
        outdir.mkdir(parents=True, exist_ok=True)
        _atomic_write(outdir / f"{doc.name}.835", data)
        text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
        _atomic_write(outdir / f"{doc.name}.expected.json", text.encode("utf-8"))
    return exp


N_MERIDIAN = make_npi("146620893")


def x12_docs() -> list[Doc]:
    """The two committed 835 samples: a PPO (``~`` terminators) and a Medicaid plan (newlines)."""
    meanings = _m()
    ppo = Doc(
        name="northwind_835_out_of_network",
        kind="remittance_835",
        payer_name="Northwind Health Plan",
        payer_addr=["PO Box 30214", "Hartford, CT 06150"],
        payer_state="CT",
        payer_phone="800-555-0142",
        notice_date=date(2026, 3, 13),
        member_name="Arjun Natarajan",
        member_id="NWH553019284",
        plan_type="PPO",
        funding="unknown",
        group="0088412",
        meanings=meanings,
        claims=[
            ClaimRec(
                number="E26063B0187",
                patient="Priya Natarajan",
                provider="Jane Doe",
                npi=N_JANE,
                member_id="NWH553019284",
                categories=["out_of_network"],
                lines=[
                    L(
                        "2026-02-11",
                        "S9443",
                        "",
                        "250.00",
                        allowed="0.00",
                        paid="0.00",
                        owe="0.00",
                        units=1,
                        adj=[A("CO-242", "250.00")],
                        rarc=["N130"],
                    ),
                    L(
                        "2026-02-18",
                        "99403",
                        "",
                        "175.00",
                        allowed="0.00",
                        paid="0.00",
                        owe="0.00",
                        units=1,
                        adj=[A("CO-242", "175.00")],
                    ),
                ],
            ),
            ClaimRec(
                number="E26071C0355",
                patient="Priya Natarajan",
                provider="Harbor Home Lactation LLC",  # no NM1*82: the payee rendered it
                npi=N_HARBOR,
                member_id="NWH553019284",
                lines=[
                    L(
                        "2026-03-04",
                        "S9443",
                        "",
                        "250.00",
                        allowed="200.00",
                        paid="200.00",
                        owe="0.00",
                        units=1,
                        adj=[A("CO-45", "50.00")],
                    ),
                ],
            ),
        ],
        extra={
            "x12": dict(
                terminator="~",
                control=4211,
                sender="NWHP835",
                receiver="HARBORHOMELACT",
                payer_tin="1060412233",
                edi_phone="8005550199",
                edi_email="EDI@NORTHWIND.EXAMPLE",
                payee="Harbor Home Lactation LLC",
                payee_npi=N_HARBOR,
                payee_addr=["12 Wharf Lane", "Salem, MA 01970"],
                payee_tin="043219876",
                filing="12",
                claims=[
                    dict(
                        pcn="HHL0211PN",
                        status="4",
                        patient=("NATARAJAN", "PRIYA"),
                        patient_id="NWH55301928402",
                        subscriber=("NATARAJAN", "ARJUN"),
                        rendering=("DOE", "JANE"),
                        received=date(2026, 2, 24),
                    ),
                    dict(
                        pcn="HHL0304PN",
                        status="1",
                        patient=("NATARAJAN", "PRIYA"),
                        patient_id="NWH55301928402",
                        subscriber=("NATARAJAN", "ARJUN"),
                        received=date(2026, 3, 6),
                    ),
                ],
            )
        },
    )
    medicaid = Doc(
        name="lakeshore_835_medicaid",
        kind="remittance_835",
        payer_name="Lakeshore Community Health Plan",
        payer_addr=["PO Box 41877", "Lansing, MI 48909"],
        payer_state="MI",
        payer_phone="517-555-0164",
        notice_date=date(2026, 4, 14),
        funding="medicaid",
        meanings=meanings,
        claims=[
            ClaimRec(
                number="LCH2610400318",
                patient="Maya Chen",
                provider="Rosa Martinez",
                npi=N_ROSA,
                member_id="LCH20417736",
                categories=["provider_type"],
                lines=[
                    L(
                        "2026-03-20",
                        "S9443",
                        "",
                        "180.00",
                        allowed="0.00",
                        paid="0.00",
                        owe="0.00",
                        units=1,
                        adj=[A("CO-170", "180.00")],
                        rarc=["N95"],
                    ),
                ],
            ),
            ClaimRec(
                number="LCH2610400452",
                patient="Aaliyah Brooks",
                provider="Rosa Martinez",
                npi=N_ROSA,
                member_id="LCH20588120",
                categories=["cost_sharing"],
                lines=[
                    L(
                        "2026-03-25",
                        "S9443",
                        "",
                        "180.00",
                        allowed="150.00",
                        paid="100.00",
                        owe="50.00",
                        units=2,
                        adj=[A("CO-45", "30.00"), A("PR-1", "50.00")],
                    ),
                ],
            ),
        ],
        extra={
            "x12": dict(
                terminator="\n",
                control=7730,
                sender="LAKESHORECHP",
                receiver="MERIDIANLACT",
                payer_tin="1381166204",
                edi_phone="5175550177",
                edi_email="EDI@LAKESHORE.EXAMPLE",
                payee="Meridian Lactation Partners",
                payee_npi=N_MERIDIAN,
                payee_addr=["480 Division Street", "Grand Rapids, MI 49503"],
                payee_tin="382204417",
                filing="MC",
                claims=[
                    dict(
                        pcn="MLP-26-0320-01",
                        status="4",
                        patient=("CHEN", "MAYA"),
                        patient_id="LCH20417736",
                        rendering=("MARTINEZ", "ROSA"),
                        received=date(2026, 3, 30),
                    ),
                    dict(
                        pcn="MLP-26-0325-04",
                        status="1",
                        patient=("BROOKS", "AALIYAH"),
                        patient_id="LCH20588120",
                        rendering=("MARTINEZ", "ROSA"),
                        received=date(2026, 4, 2),
                    ),
                ],
            )
        },
    )
    return [ppo, medicaid]


def make_835_samples(outdir: str | os.PathLike = SAMPLES_DIR) -> list[dict]:
    """Write the 835 samples (``<name>.835`` + expected JSON) into ``outdir``."""
    return [layout_x12_835(doc, Path(outdir)) for doc in x12_docs()]


# --------------------------------------------------------------------------
# Inputs the tool must refuse politely

BAD_INPUT_NAMES = (
    "not_a_pdf.pdf",
    "corrupt.pdf",
    "empty.pdf",
    "encrypted.pdf",
    "no_claim.pdf",
    "image_only.pdf",
)
ENCRYPTED_PASSWORD = "letmein"


def make_bad_inputs(outdir: str | os.PathLike) -> dict[str, Path]:
    """Write the bad-input set into ``outdir``; return ``{file name: path}``."""
    from PIL import Image, ImageDraw, ImageFont
    from pypdf import PdfReader, PdfWriter

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    paths = {name: outdir / name for name in BAD_INPUT_NAMES}
    layout, doc = sample_docs()[0]
    doc.extra["pdf_path"] = str(outdir / "_real.pdf")
    LAYOUTS[layout](doc, None)
    real = (outdir / "_real.pdf").read_bytes()
    (outdir / "_real.pdf").unlink()

    paths["not_a_pdf.pdf"].write_text(
        "Member ID,Claim,Amount\nNWH884213907,E26061A0042,250.00\n"
        "This is a spreadsheet export, not a PDF.\n",
        encoding="utf-8",
    )
    paths["corrupt.pdf"].write_bytes(real[: len(real) * 2 // 5])
    paths["empty.pdf"].write_bytes(b"")

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(real)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=ENCRYPTED_PASSWORD, owner_password="owner-" + ENCRYPTED_PASSWORD)
    with open(paths["encrypted.pdf"], "wb") as fh:
        writer.write(fh)

    pdf = Pdf(title="Community newsletter")
    pdf.line("Riverside Family Wellness Newsletter", "Helvetica-Bold", 18, gap=28)
    pdf.line("Spring 2026", "Helvetica-Oblique", 11, gap=20)
    for para in (
        "Join our free breastfeeding support circle every Tuesday at 10 a.m. in the community "
        "room. Bring your baby, your questions and your partner.",
        "Our spring walk raised money for the lending library of breast pumps and baby "
        "carriers. Thank you to everyone who came out in the rain!",
        "New this season: a class on returning to work while breastfeeding, taught by our "
        "volunteer peer counselors. Sign up at the front desk.",
    ):
        pdf.para(para, size=11, after=10)
    data, _ = pdf.finish()
    paths["no_claim.pdf"].write_bytes(data)

    img = Image.new("RGB", (1275, 1650), "white")  # letter at 150 dpi
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(_FONT_DIR / "Vera.ttf"), 30)
    small = ImageFont.truetype(str(_FONT_DIR / "Vera.ttf"), 22)
    draw.text((90, 90), "Northwind Health Plan - Explanation of Benefits", fill="black", font=font)
    rows = [
        "Member: Zoe O'Brien    Member ID: NWH884213907",
        "Claim number E26061A0042",
        "Date of service  Service  Amount billed  Plan paid  You may owe  See note",
        "02/11/2026  S9443  $250.00  $0.00  $250.00  CO-242",
        "CO-242 Services not provided by network/primary care providers.",
    ]
    for i, row in enumerate(rows):
        draw.text((90, 180 + i * 50), row, fill="black", font=small)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    c = canvas.Canvas(str(paths["image_only.pdf"]), pagesize=letter, invariant=1)
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=letter[0], height=letter[1])
    c.showPage()
    c.save()
    return paths


# --------------------------------------------------------------------------
# Scans and phone photos of committed samples (for the OCR path)

OCR_SCAN_SOURCE = "summit_letter_medical_necessity"
OCR_PHOTO_SOURCE = "tidewater_letter_prior_auth"
_SCAN_DATE = date(2026, 4, 1).timetuple()  # fixed, so the PDF is the same on every run


def _noisy(img, rng: random.Random, sigma: float):
    """``img`` (mode L) with seeded, roughly Gaussian grain of ``sigma`` grey levels."""
    from PIL import Image, ImageChops

    # the sum of three uniform bytes is close to a normal curve; centre it on 128
    lut = [max(0, min(255, round(128 + (v - 127.5) * sigma / 73.9))) for v in range(256)]
    grain = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height)).point(lut)
    return ImageChops.add(img, grain, scale=1.0, offset=-128)


def _render_pages(pdf_path: Path, dpi: int) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].render(scale=dpi / 72.0, grayscale=True).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


def _source_expected(name: str, data: bytes, file: str, pages: int) -> dict:
    exp = json.loads((SAMPLES_DIR / f"{name}.expected.json").read_text(encoding="utf-8"))
    exp["source"].update(
        file=file, sha256=hashlib.sha256(data).hexdigest(), pages=pages, ocr_used=True
    )
    return exp


def make_scan(source: str, path: str | os.PathLike, seed: int = 1) -> dict:
    """A scanned copy of ``samples/<source>.pdf``: 200 dpi, tilted, grainy, JPEG in a PDF.

    Returns the expected document: the source's, with ``source`` updated.
    """
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    path = Path(path)
    pages = []
    for page in _render_pages(SAMPLES_DIR / f"{source}.pdf", 200):
        angle = rng.choice([-1, 1]) * rng.uniform(0.4, 0.9)
        page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        page = page.filter(ImageFilter.GaussianBlur(0.5))
        page = _noisy(page, rng, 12).point(lambda v: int(v * 0.93 + 8))  # grey paper, dull ink
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=70)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    out = io.BytesIO()
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=200.0,
        creationDate=_SCAN_DATE,
        modDate=_SCAN_DATE,
        producer="scanner",
    )
    data = out.getvalue()
    _atomic_write(path, data)
    return _source_expected(source, data, path.name, len(pages))


def make_photo(source: str, path: str | os.PathLike, seed: int = 2) -> dict:
    """A phone photo of page 1 of ``samples/<source>.pdf``: the page on a grey desk,
    slightly turned and soft, saved as JPEG. Returns the expected document."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    path = Path(path)
    page = _render_pages(SAMPLES_DIR / f"{source}.pdf", 190)[0].convert("RGB")
    margin_x, margin_y = page.width // 12, page.height // 14
    desk = Image.new(
        "RGB", (page.width + 2 * margin_x, page.height + 2 * margin_y), (118, 116, 112)
    )
    desk.paste(page, (margin_x, margin_y))
    desk = desk.rotate(rng.uniform(0.6, 1.2), resample=Image.BICUBIC, fillcolor=(118, 116, 112))
    desk = desk.filter(ImageFilter.GaussianBlur(0.9))
    r, g, b = desk.split()
    desk = Image.merge("RGB", [_noisy(ch, rng, 6) for ch in (r, g, b)])
    buf = io.BytesIO()
    desk.save(buf, "JPEG", quality=82)
    data = buf.getvalue()
    _atomic_write(path, data)
    return _source_expected(source, data, path.name, 1)


def make_ocr_samples(
    outdir: str | os.PathLike,
    scan_source: str | None = OCR_SCAN_SOURCE,
    photo_source: str | None = OCR_PHOTO_SOURCE,
) -> list[dict]:
    """Write ``scan_<source>.pdf`` and ``photo_<source>.jpg`` with their expected JSON."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    exps = []
    if scan_source:
        exps.append(make_scan(scan_source, outdir / f"scan_{scan_source}.pdf"))
    if photo_source:
        exps.append(make_photo(photo_source, outdir / f"photo_{photo_source}.jpg"))
    for exp in exps:
        stem = Path(exp["source"]["file"]).stem
        text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
        _atomic_write(outdir / f"{stem}.expected.json", text.encode("utf-8"))
    return exps


# --------------------------------------------------------------------------
# Self-check: every value the expected document names is on the page


def printed_text(pdf_path: str | os.PathLike) -> str:
    import pdfplumber

    with pdfplumber.open(str(pdf_path)) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    return " ".join(text.split())


def missing_values(pdf_path: str | os.PathLike, exp: dict) -> list[str]:
    """Strings the expected document holds that the PDF's text does not show."""
    text = printed_text(pdf_path)
    flat = text.replace(",", "")
    want: list[str] = [exp["payer"]["name"]]
    want += [
        v
        for v in (
            exp["member"]["name"],
            exp["member"]["id"],
            exp["plan"]["name"],
            exp["plan"]["type"],
            exp["plan"]["group_number"],
        )
        if v
    ]
    if exp["payer"]["phone"]:
        want.append(exp["payer"]["phone"][-4:])
    money: list[str] = []
    for c in exp["claims"]:
        want += [
            v
            for v in (
                c["claim_number"],
                c["patient_name"],
                c["provider"]["name"],
                c["provider"]["npi"],
            )
            if v
        ]
        want += c["diagnosis_codes"]
        money += [v for v in c["totals"].values() if v]
        for ln in c["service_lines"]:
            want += [ln["procedure_code"], *ln["modifiers"], *ln["remark_codes"]]
            want += [a["code"] for a in ln["adjustments"]]
            money += [
                v for k in ("billed", "allowed", "paid", "patient_responsibility") if (v := ln[k])
            ]
            money += [a["amount"] for a in ln["adjustments"] if a["amount"]]
    missing = [w for w in want if w not in text]
    missing += [f"money {v}" for v in money if v not in flat]
    return missing


# --------------------------------------------------------------------------
# Command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Regenerate the sample corpus (default), or write synthetic documents.",
        epilog="examples:  python samples/generate.py\n"
        "           python samples/generate.py --synthetic 500 --out /tmp/eobs",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="write N randomised PDFs to --out instead of the samples",
    )
    parser.add_argument("--out", type=Path, help="output folder (default: samples/)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for --synthetic")
    parser.add_argument(
        "--expected-out", type=Path, help="with --synthetic: also write expected JSON here"
    )
    parser.add_argument(
        "--bad-inputs", type=Path, metavar="DIR", help="write the bad-input set to DIR"
    )
    parser.add_argument("--long", type=Path, metavar="PATH", help="write a 200-page EOB")
    parser.add_argument(
        "--check",
        action="store_true",
        help="after writing the samples, check every expected value is printed",
    )
    args = parser.parse_args(argv)

    if args.bad_inputs:
        for path in make_bad_inputs(args.bad_inputs).values():
            print(path)
        return 0
    if args.long:
        make_long_pdf(args.long)
        print(args.long)
        return 0
    if args.synthetic is not None:
        if args.out is None:
            parser.error("--synthetic needs --out DIR")
        paths = generate_synthetic(args.synthetic, args.out, args.seed, args.expected_out)
        print(f"wrote {len(paths)} PDFs to {args.out}")
        return 0
    outdir = args.out or SAMPLES_DIR
    exps = generate_samples(outdir)
    make_835_samples(outdir)
    status = 0
    for exp in exps:
        line = (
            f"{exp['source']['file']:<40} {exp['source']['pages']}p  {exp['source']['sha256'][:12]}"
        )
        if args.check:
            missing = missing_values(Path(outdir) / exp["source"]["file"], exp)
            line += "  ok" if not missing else f"  MISSING {missing}"
            status |= bool(missing)
        print(line)
    return status


if __name__ == "__main__":
    sys.exit(main())
