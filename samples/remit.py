"""The remit set: provider paper remittances in the Standard Paper Remittance (SPR) style.

The paper remittance advice Medicare contractors send providers (CMS Medicare Claims
Processing Manual, chapter 22), and the copies of it many commercial payers and Medicaid
agencies print: a monospaced page; a header with the payer's name, address and phone,
the provider's name, ``PROVIDER #``, ``NPI``, ``PAGE #``, ``DATE`` and ``CHECK/EFT #``;
then each claim opened by one line of label/value pairs (``NAME DOE, JANE  MID
1EG4TE5MK72  ACNT LC40213  ICN 0226123456789  ASG Y``), its services under the page's
column headings (``PERF PROV  SERV DATE  POS  NOS  PROC  MODS  BILLED  ALLOWED  DEDUCT
COINS  GRP/RC-AMT  PROV PD``) with each adjustment as a group code, a reason code and an
amount (``CO-45  50.00``, one under the other), remark codes under a service (``REM:
N130``), a ``PT RESP`` / ``CLAIM TOTALS`` line and the claim's ``NET``; the provider's
totals and a glossary of the codes close it.

Variants differ in spacing, the columns printed and their order, the labels' spellings
and the order of the claim line's pairs:

* ``r00`` (dev): the contractor's own form; its third document is scanned.
* ``r01`` (dev): a commercial payer's copy: ``PATIENT``/``HIC``/``PT ACCT``/``CLM #``,
  the claim number first, dates in full, no performing provider column, amounts before
  the adjustments.
* ``r02`` and ``r03`` are check variants: they are never written to the tuning folder
  and nobody tunes the reader on them; ``tests/test_remit_set.py`` writes them to a
  temporary folder and checks the reader's figure on them stays above the one measured
  before the reader learned this layout.

Every ``.expected.json`` is built from the record the page is drawn from. ``ACNT`` (the
provider's own patient account) is not the claim number; ``ICN`` is. A service's
patient share is printed as its parts (``DEDUCT`` and ``COINS``, a copay among the
coinsurance), the claim's as ``PT RESP``.

    python samples/remit.py                  # rewrite tests/data/varied/remit/ (r00, r01)
    python samples/remit.py --families 2 3 --out /tmp/remit-check   # the check variants
    python samples/remit.py --check          # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind as b  # noqa: E402  - samples/blind.py: the sets' scanner
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: services, codes and their meanings

D = Decimal
ZERO = g.ZERO
DEV = (0, 1)  # the variants written to tests/data/varied/remit/
CHECK = (2, 3)  # the variants nobody tunes on


def d_mdy2(d: date) -> str:
    """``03/02/26``."""
    return d.strftime("%m/%d/%y")


@dataclass(frozen=True)
class Variant(ls.DenialFamily):
    """One SPR copy: the claim line's labels in order, the columns in order, spacing."""

    claim_line: tuple[tuple[str, str], ...] = ()  # (field, printed label)
    columns: tuple[tuple[str, str, int, str], ...] = ()  # (field, heading, chars, align)
    adj: str = "{group}-{code}"  # how a group code and a reason code are printed
    gap: int = 2  # spaces between a claim line's pairs
    header: tuple[str, ...] = ("PROVIDER #", "NPI #", "PAGE #", "DATE", "CHECK/EFT #")
    totals: tuple[str, str] = ("PT RESP", "CLAIM TOTALS")
    glossary: str = "{group}-{code}"  # how the glossary prints a reason code
    title: str = "REMITTANCE ADVICE"
    scans: tuple[tuple[int, int], ...] = ()  # (document, dpi) scanned
    codes: bool = True  # the claims' denials are coded (novel's record needs it)

    def scan(self, n: int) -> tuple[str, int] | None:
        return next((("scan", dpi) for doc, dpi in self.scans if doc == n), None)


SPR_COLUMNS = (
    ("npi", "PERF PROV", 11, "left"),
    ("dos", "SERV DATE", 9, "left"),
    ("pos", "POS", 3, "left"),
    ("units", "NOS", 3, "right"),
    ("code", "PROC", 5, "left"),
    ("mods", "MODS", 5, "left"),
    ("billed", "BILLED", 9, "right"),
    ("allowed", "ALLOWED", 9, "right"),
    ("deduct", "DEDUCT", 8, "right"),
    ("coins", "COINS", 8, "right"),
    ("adj", "GRP/RC-AMT", 15, "left"),
    ("paid", "PROV PD", 9, "right"),
)
COMMERCIAL_COLUMNS = (
    ("dos", "SERV DATE", 10, "left"),
    ("code", "PROC", 5, "left"),
    ("mods", "MODS", 5, "left"),
    ("units", "NOS", 3, "right"),
    ("pos", "POS", 3, "left"),
    ("billed", "BILLED", 10, "right"),
    ("allowed", "ALLOWED", 10, "right"),
    ("deduct", "DEDUCT", 8, "right"),
    ("coins", "COINS", 8, "right"),
    ("paid", "PROV PD", 10, "right"),
    ("adj", "GRP/RC-AMT", 16, "left"),
)
MEDICAID_COLUMNS = (
    ("dos", "SERV DATE", 9, "left"),
    ("pos", "POS", 3, "left"),
    ("code", "PROC", 5, "left"),
    ("mods", "MODS", 5, "left"),
    ("units", "UNITS", 5, "right"),
    ("billed", "BILLED", 9, "right"),
    ("allowed", "ALLOWED", 9, "right"),
    ("deduct", "DEDUCT", 7, "right"),
    ("coins", "COINS", 7, "right"),
    ("adj", "GRP/RC-AMT", 14, "left"),
    ("paid", "PAID", 9, "right"),
)
NARROW_COLUMNS = (
    ("npi", "PERF PROV", 10, "left"),
    ("dos", "SERV DATE", 8, "left"),
    ("pos", "POS", 3, "left"),
    ("units", "NOS", 3, "right"),
    ("code", "PROC", 5, "left"),
    ("billed", "BILLED", 8, "right"),
    ("allowed", "ALLOWED", 8, "right"),
    ("deduct", "DEDUCT", 7, "right"),
    ("coins", "COINS", 7, "right"),
    ("adj", "GRP/RC-AMT", 13, "left"),
    ("paid", "PROV PD", 8, "right"),
)
CATEGORIES = ("not_covered", "provider_type", "prior_authorization", "medical_necessity",
              "cost_sharing", "frequency_limit", "timely_filing", "coding")  # fmt: skip

FAMILIES = [
    Variant(0, "spr", "remit", "Courier", "Courier-Bold", 7.0, g.bare, d_mdy2, (5, 7), (1, 3),
            CATEGORIES, pagesize=landscape(letter), margin=30, mixed=True, npi=True,
            claim_line=(("name", "NAME"), ("mid", "MID"), ("acnt", "ACNT"), ("icn", "ICN"),
                        ("asg", "ASG")),
            columns=SPR_COLUMNS, scans=((2, 200),)),
    Variant(1, "commercial", "remit", "Courier", "Courier-Bold", 7.5, g.num, g.d_us, (4, 6),
            (1, 2), CATEGORIES[3:] + CATEGORIES[:3], pagesize=landscape(letter), margin=30,
            mixed=True, claim_line=(("icn", "CLM #"), ("name", "PATIENT"), ("mid", "HIC"),
                                    ("acnt", "PT ACCT")),
            columns=COMMERCIAL_COLUMNS, adj="{group} {code}", gap=4,
            header=("PROV #", "NPI", "PAGE", "REMIT DATE", "EFT #"),
            totals=("PATIENT RESP", "CLAIM TOTAL"), glossary="{code}",
            title="PROVIDER REMITTANCE ADVICE"),
    Variant(2, "medicaid", "remit", "Courier", "Courier-Bold", 7.5, g.num, d_mdy2, (4, 6),
            (1, 3), CATEGORIES[1:] + CATEGORIES[:1], pagesize=landscape(letter), margin=36,
            mixed=True, claim_line=(("name", "NAME"), ("mid", "RECIP ID"), ("acnt", "ACCT #"),
                                    ("icn", "ICN")),
            columns=MEDICAID_COLUMNS, gap=3, title="MEDICAID REMITTANCE ADVICE"),
    Variant(3, "narrow", "remit", "Courier", "Courier-Bold", 6.5, g.bare, g.d_us, (6, 8),
            (1, 2), CATEGORIES[5:] + CATEGORIES[:5], margin=24, mixed=True, npi=True,
            claim_line=(("icn", "ICN"), ("name", "NAME"), ("mid", "MID"), ("acnt", "ACNT"),
                        ("asg", "ASG")),
            columns=NARROW_COLUMNS, gap=1),
]  # fmt: skip

PAYERS = [
    ("Cardinal Ridge Medicare Services", "Camden", "SC", "29020"),
    ("Haywood Lake Health Plan", "Dayton", "OH", "45402"),
    ("Prairie Hollow Medical Assistance Program", "Pierre", "SD", "57501"),
    ("Stonefield Administrative Contractor", "Augusta", "ME", "04330"),
]
PRACTICES = [
    ("MILKWEED LACTATION COLLECTIVE", "410 FOUNDRY ROW", "LINDELL, VT 05602"),
    ("LANTERN BAY LACTATION PLLC", "88 SALTMARSH DR", "WICKHAM, CT 06830"),
    ("NEST AND NOURISH FEEDING CENTER", "1200 ORCHARD GATE ST", "FENMORE, MN 55901"),
    ("HARBOR LATCH CLINIC", "7 KETTLE POND WAY", "QUARRY GLEN, TN 37040"),
]
GROUP_NAMES = {
    "CO": "CONTRACTUAL OBLIGATION",
    "PR": "PATIENT RESPONSIBILITY",
    "OA": "OTHER ADJUSTMENT",
}


# --------------------------------------------------------------------------
# The record


def _mbi(rng: random.Random) -> str:
    """A Medicare-style member ID: ``1EG4TE5MK72`` (digits and letters in fixed places)."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    shape = "9AX9AX9AA99"
    return "".join(
        str(rng.randrange(1 if i == 0 else 0, 10))
        if c == "9"
        else rng.choice(letters)
        if c == "A"
        else rng.choice(letters + "0123456789")
        for i, c in enumerate(shape)
    )


def _icn(rng: random.Random, when: date) -> str:
    """A 13-digit internal control number: region, year, day of the year, a sequence."""
    return f"{rng.randrange(1, 9):02d}{when.year % 100:02d}{when.timetuple().tm_yday:03d}" + (
        f"{rng.randrange(0, 10**6):06d}"
    )


def _line(fam: Variant, rng: random.Random, dos: date, code: str, cat: str | None) -> g.Line:
    ln = nv._line(fam, rng, dos, code, rng.choice(nv.MOTHER_DX), cat)
    ln.units = 1 if code == "S9443" else rng.choice([1, 1, 2])
    ln.pos = rng.choice(["11", "11", "12", "02"])
    ln.modifiers = [rng.choice(["GT", "95", "U4"])] if rng.random() < 0.2 else []
    ln.dx = []  # an SPR prints no diagnosis
    return ln


def record(fam: Variant, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam`` (the same on every run)."""
    rng = random.Random(f"appealgen-remit-doc-{fam.id}-{n}")
    own = random.Random(f"appealgen-remit-family-{fam.id}")
    payer = PAYERS[fam.id]
    phone = f"8{own.choice('4578')}{own.choice('0578')}-555-01{own.randrange(100):02d}"
    notice = date(2026, 2, 2) + timedelta(days=rng.randrange(0, 260))
    doc = ls.notice_doc(f"r{fam.id:02d}_{fam.layout}_{n}", fam, payer,
                        f"PO BOX {own.randrange(1000, 99999)}", phone, notice, rng, "",
                        lambda: "", [], ("", "", ""))  # fmt: skip
    practice = PRACTICES[fam.id]
    doc.extra["practice"] = practice
    doc.extra["provider_no"] = f"{own.randrange(10**5, 10**6)}"
    doc.extra["npi"] = g.make_npi(f"1{own.randrange(10**7, 10**8)}")
    doc.extra["check"] = f"{rng.randrange(10**9, 10**10)}"
    doc.extra["perf"] = [g.make_npi(f"1{own.randrange(10**7, 10**8)}") for _ in range(2)]
    span = 7 * (fam.lines[1] - 1) + 3 * (fam.claims[1] - 1)
    dos0 = notice - timedelta(days=span + rng.randrange(14, 45))
    claims = []
    for i in range(rng.randint(*fam.claims)):
        cat = nv._category(fam, rng, n, i)
        lines = [
            _line(fam, rng, dos0 + timedelta(days=7 * j + 3 * i), rng.choice(fam.services), cat)
            for j in range(rng.randint(*fam.lines))
        ]
        first, last = rng.choice(nv.FIRST), rng.choice(nv.LAST)
        claim = g.ClaimRec(
            number=_icn(rng, notice - timedelta(days=rng.randrange(5, 20))),
            patient=f"{first} {last}",
            provider=None,
            lines=lines,
            categories=[cat] if cat else [],
        )
        claim.member_id = _mbi(rng)
        claim.npi = rng.choice(doc.extra["perf"]) if fam.npi else None
        doc.extra.setdefault("acnt", {})[claim.number] = (
            f"{rng.choice(['LC', 'PT', 'A'])}{rng.randrange(10**4, 10**6)}"
        )
        claims.append(claim)
    claims.sort(key=lambda c: c.patient.split()[-1])  # an SPR lists claims by surname
    doc.claims = claims
    doc.meanings = dict(nv.MEANINGS)
    return doc


# --------------------------------------------------------------------------
# Drawing: every line is one string of a monospaced font, as the paper prints it


def _cells(fam: Variant, values: dict[str, str]) -> str:
    parts = []
    for key, _heading, width, align in fam.columns:
        v = values.get(key, "")
        parts.append(v.rjust(width) if align == "right" else v.ljust(width))
    return "  ".join(parts).rstrip()


def _column_start(fam: Variant, key: str) -> int:
    """Where column ``key`` starts on a printed line, in characters."""
    start = 0
    for k, _heading, width, _align in fam.columns:
        if k == key:
            return start
        start += width + 2
    raise KeyError(key)


def _headings(fam: Variant) -> str:
    return _cells(fam, {k: h for k, h, _w, _a in fam.columns})


def _adj(fam: Variant, a: g.Adj, width: int) -> str:
    code = fam.adj.format(group=a.group, code=a.code)
    amount = g.bare(a.amount) if a.amount is not None else ""
    return code + amount.rjust(width - len(code))


def _claim_line(fam: Variant, doc: g.Doc, claim: g.ClaimRec) -> str:
    last, first = claim.patient.split()[-1], " ".join(claim.patient.split()[:-1])
    values = {
        "name": f"{last.upper()}, {first.upper()}",
        "mid": claim.member_id,
        "acnt": doc.extra["acnt"][claim.number],
        "icn": claim.number,
        "asg": "Y",
    }
    sep = " " * (fam.gap + 1)
    return sep.join(f"{label} {values[key]}" for key, label in fam.claim_line)


def _money(fam: Variant, x: Decimal | None) -> str:
    return "" if x is None else fam.money(x)


def _service_rows(fam: Variant, claim: g.ClaimRec, ln: g.Line) -> list[str]:
    width = next(w for k, _h, w, _a in fam.columns if k == "adj")
    adjs = list(ln.adj)
    values = {
        "npi": claim.npi or "",
        "dos": fam.dates(ln.dos),
        "pos": ln.pos or "",
        "units": str(ln.units),
        "code": ln.code,
        "mods": " ".join(ln.modifiers),
        "billed": _money(fam, ln.billed),
        "allowed": _money(fam, ln.allowed),
        "deduct": _money(fam, ln.deductible),
        "coins": _money(fam, ln.coins + ln.copay),
        "adj": _adj(fam, adjs[0], width) if adjs else "",
        "paid": _money(fam, ln.paid),
    }
    rows = [_cells(fam, values)]
    rows += [_cells(fam, {"adj": _adj(fam, a, width)}) for a in adjs[1:]]
    if ln.rarc:
        rows.append("    REM: " + " ".join(ln.rarc))
    return rows


def _totals_row(fam: Variant, claim: g.ClaimRec) -> str:
    adj = sum((a.amount or ZERO for ln in claim.lines for a in ln.adj), ZERO)
    width = next(w for k, _h, w, _a in fam.columns if k == "adj")
    label, claim_label = fam.totals
    lead = f"{label} {_money(fam, claim.total('owe'))}"
    values = {
        "billed": _money(fam, claim.total("billed")),
        "allowed": _money(fam, claim.total("allowed")),
        "deduct": _money(fam, sum((ln.deductible for ln in claim.lines), ZERO)),
        "coins": _money(fam, sum((ln.coins + ln.copay for ln in claim.lines), ZERO)),
        "adj": g.bare(adj).rjust(width),
        "paid": _money(fam, claim.total("paid")),
    }
    row = _cells(fam, values)
    start = _column_start(fam, "billed")
    words = f"{lead}   {claim_label}"
    if len(words) + 2 > start:  # the labels push the amounts right: keep the columns
        words = f"{lead} {claim_label}"
    return (words.ljust(start) + row[start:]).rstrip()


def _header(fam: Variant, doc: g.Doc):
    practice = doc.extra["practice"]
    labels = fam.header

    def draw(pdf: g.Pdf) -> None:
        x, top, size = pdf.margin, pdf.h - pdf.margin, fam.size + 0.5
        right = pdf.w / 2 + 40
        lines_left = [doc.payer_name.upper(), *(a.upper() for a in doc.payer_addr)]
        if pdf.page == 1:
            a, bb, c = g.phone_parts(doc.payer_phone)
            lines_left += [f"PROVIDER SERVICES {a}-{bb}-{c}", "", *practice]
        lines_right = [
            fam.title,
            "",
            f"{labels[0]}: {doc.extra['provider_no']}",
            f"{labels[1]}: {doc.extra['npi']}",
            f"{labels[2]}: {pdf.page} OF {pdf.total or '?'}",
            f"{labels[3]}: {fam.dates(doc.notice_date)}",
            f"{labels[4]}: {doc.extra['check']}",
        ]
        step = size * 1.35
        for k, s in enumerate(lines_left):
            pdf.text(x, top - size - k * step, s, fam.bold if k == 0 else fam.font, size)
        for k, s in enumerate(lines_right):
            pdf.text(right, top - size - k * step, s, fam.bold if k == 0 else fam.font, size)
        depth = max(len(lines_left), len(lines_right)) * step + 8
        pdf.text(x, top - depth - size, _headings(fam), fam.font, fam.size)
        pdf.y = top - depth - size * 2 - 4

    return draw


def draw_page(fam: Variant, pdf: g.Pdf, doc: g.Doc) -> None:
    """Claims under the page's column headings, then the provider's totals and a glossary."""
    step = fam.size * 1.3
    for claim in doc.claims:
        rows = [_claim_line(fam, doc, claim)]
        for ln in claim.lines:
            rows += _service_rows(fam, claim, ln)
        rows += [_totals_row(fam, claim), f"ADJ TO TOTALS:  PREV PD 0.00   INTEREST 0.00   "
                 f"NET {_money(fam, claim.total('paid'))}"]  # fmt: skip
        pdf.need(step * (len(rows) + 1))
        for k, row in enumerate(rows):
            pdf.line(row, fam.bold if k == 0 else fam.font, fam.size, gap=step)
        pdf.space(step * 0.6)
    billed = sum((c.total("billed") for c in doc.claims), ZERO)
    allowed = sum((c.total("allowed") for c in doc.claims), ZERO)
    paid = sum((c.total("paid") for c in doc.claims), ZERO)
    pdf.need(step * 4)
    pdf.line(
        "TOTALS:  # OF CLAIMS   BILLED AMT   ALLOWED AMT   PROV PD AMT   CHECK AMT",
        fam.font, fam.size, gap=step,
    )  # fmt: skip
    pdf.line(f"         {len(doc.claims):>11}   {fam.money(billed):>10}   "
             f"{fam.money(allowed):>11}   {fam.money(paid):>11}   {fam.money(paid):>9}",
             fam.font, fam.size, gap=step)  # fmt: skip
    pdf.space(step)
    used = [c for c in nv.u._used(doc) if c in doc.meanings]
    pdf.need(step * (len(used) + 5))
    pdf.line("GLOSSARY: GROUP, REASON, MOA, REMARK AND ADJUSTMENT CODES", fam.bold, fam.size,
             gap=step)  # fmt: skip
    groups = sorted({c.split("-")[0] for c in used if "-" in c})
    for grp in groups:
        pdf.line(f"{grp:<8}{GROUP_NAMES.get(grp, '')}", fam.font, fam.size, gap=step)
    for code in used:
        shown = code
        if "-" in code:
            grp, reason = code.split("-")
            shown = fam.glossary.format(group=grp, code=reason)
        pdf.para(f"{shown:<8}{doc.meanings[code]}", fam.font, fam.size, after=0,
                 leading=step)  # fmt: skip


DRAW = {f.layout: draw_page for f in FAMILIES}
COLUMN_FIELDS = {"billed": "billed", "allowed": "allowed", "paid": "paid", "units": "units",
                 "mods": "modifiers", "adj": "adj_amount"}  # fmt: skip


def _printed(fam: Variant) -> tuple[set[str], set[str]]:
    """The service fields the variant's columns print, and the claim totals (all four).

    A service's patient share is printed as its parts, the DEDUCT and COINS columns."""
    keys = {k for k, _h, _w, _a in fam.columns}
    line = {COLUMN_FIELDS[k] for k in keys if k in COLUMN_FIELDS}
    if {"deduct", "coins"} <= keys:
        line.add("owe")
    return line, {"billed", "allowed", "paid", "owe"}


PRINTED = {f.layout: _printed(f) for f in FAMILIES}


@dataclass(frozen=True)
class _Optics:
    dpi: int


def scanned(fam: Variant, n: int, text_pdf: bytes) -> tuple[bytes, int, str] | None:
    """Document ``n`` as the sets' scanner scans it, if the variant says so."""
    how = fam.scan(n)
    if how is None:
        return None
    return (*b.scan_pdf(text_pdf, _Optics(how[1]), 7700 + fam.id * 10 + n), ".pdf")


def _decorate(fam: Variant, doc: g.Doc):
    return _header(fam, doc)


def _reasons(fam: Variant, text: str, exp: dict) -> list[str]:
    """Each denied claim's code meanings are printed (the glossary wraps its lines)."""
    flat = " ".join(text.split())
    out = []
    for claim in exp["claims"]:
        if claim["denied"]:
            for code in claim["denial"]["carc"] + claim["denial"]["rarc"]:
                if " ".join(nv.MEANINGS[code].split()[:4]) not in flat:
                    out.append(f"reason {code}")
    return out


def _top_of(fam: Variant) -> float | None:
    return None


SET = ls.LayoutSet("remit", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, scan=scanned, top=_top_of, more_checks=_reasons,
                   capitals=True)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--families" not in args:  # the tuning folder holds the dev variants only
        args += ["--families", *map(str, DEV)]
    return SET.main(args)


if __name__ == "__main__":
    raise SystemExit(main())
