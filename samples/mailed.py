"""The mailed set: notices that print the notice date, the patient's share, the member ID and the denial's reason where no other set does, in a dev and a check half.

Ten layout families, ``m00``-``m09``, drawn from how explanations of benefits and denial
letters print the fields read least well on layouts nobody tuned to: the notice's date as
"Date mailed", "Issued", "Run date" or "Statement date", in the letterhead's corner, as
"12 MAR 2026", "03.12.26" or "March 12th, 2026", beside other dates that are not it (the
date a claim was received, processed or paid); the patient's share as "You may owe",
"Member liability", "Your cost" or "Amount you owe the provider", in a column or in a
summary box, with the deductible, copay and coinsurance in columns of their own; the
member ID beside a subscriber ID and a patient ID that differ from it, or printed masked
("XXXXX4521": a page that prints the ID only masked prints no member ID); and the
denial's reason as a plain sentence with no code, as a code whose key is on another page,
or as two reasons for a claim's two services. Some documents are scanned in grey.

Its dev half, ``m00``-``m04``, is open for tuning; its check half, ``m05``-``m09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/mailed --families m05 m06 m07 m08
m09``). ``python samples/mailed.py`` writes both to ``tests/data/varied/mailed/`` as
``m<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print,
``--families 5 --out DIR`` writes one family elsewhere. Records are drawn as the ahead
set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scans
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

SHADE = colors.HexColor("#e4e8e0")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
SCAN = ((2, "scan", 200),)  # the third document scanned in grey at 200 dpi
ZERO = g.ZERO


def d_caps(d: date) -> str:
    """``12 MAR 2026``."""
    return f"{d.day:02d} {d.strftime('%b').upper()} {d.year}"


def d_short_dots(d: date) -> str:
    """``03.12.26``."""
    return d.strftime("%m.%d.%y")


def d_ordinal(d: date) -> str:
    """``March 12th, 2026``."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.strftime('%B')} {d.day}{suffix}, {d.year}"


# --------------------------------------------------------------------------
# The families


@dataclass(frozen=True)
class Family(ah.Family):
    """A mailed layout: whether it prints the member ID only masked, gives a denied claim's
    two services two reasons, or gives the reason in a sentence of words with no code."""

    masked: bool = False  # the member ID is printed only masked: the page prints no ID
    two: bool = False  # a denied claim's second service is denied for another reason
    words: bool = False  # the reason is a sentence with no code


FAMILIES = [
    # the dev half
    Family(0, "mailed", "eob", "Helvetica", "Helvetica-Bold", 7.5, ah.dollars, d_caps,
           (1, 2), (1, 3), ("not_covered", "out_of_network", "cost_sharing"),
           funding="fully_insured", mixed=True),
    Family(1, "rundate", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, d_short_dots,
           (1, 2), (1, 2), ("medical_necessity", "provider_type", "frequency_limit"),
           scans=SCAN, mixed=True, masked=True),
    Family(2, "summary", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, d_ordinal,
           (1, 2), (1, 2), ("prior_authorization", "not_covered", "out_of_network"),
           mixed=True, codes=False, words=True),
    Family(3, "tworeason", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, d_caps,
           (1, 2), (2, 2), ("provider_type", "medical_necessity", "not_covered",
                            "prior_authorization"),
           funding="self_funded", scans=SCAN, mixed=True, two=True),
    Family(4, "letter", "letter", "Times-Roman", "Times-Bold", 10.0, ah.dollars, d_ordinal,
           (1, 1), (1, 2), ("provider_type", "prior_authorization", "out_of_network"),
           npi=True, codes=False),
    # the check half
    Family(5, "corner", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, d_short_dots,
           (1, 2), (1, 3), ("out_of_network", "cost_sharing", "frequency_limit"),
           mixed=True, masked=True),
    Family(6, "liability", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, d_ordinal,
           (1, 2), (2, 2), ("not_covered", "medical_necessity", "provider_type",
                            "prior_authorization"),
           scans=SCAN, mixed=True, two=True),
    Family(7, "plainwords", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, d_caps,
           (1, 2), (1, 2), ("medical_necessity", "not_covered", "provider_type"),
           funding="fully_insured", mixed=True, codes=False, words=True),
    Family(8, "notice", "letter", "Times-Roman", "Times-Bold", 10.0, g.usd, d_short_dots,
           (1, 1), (1, 2), ("out_of_network", "medical_necessity", "prior_authorization"),
           scans=SCAN, npi=True, codes=False),
    Family(9, "received", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, d_ordinal,
           (1, 2), (1, 3), ("frequency_limit", "out_of_network", "cost_sharing"),
           funding="self_funded", mixed=True),
]  # fmt: skip

PAYERS = [
    ("Larchmont Health Insurance Company", "Hartford", "CT", "06103"),
    ("Pellworth Health Plan", "Madison", "WI", "53703"),
    ("Caskey Valley Mutual", "Boise", "ID", "83702"),
    ("Thistledown Benefit Services", "Omaha", "NE", "68102"),
    ("Marrowbay Health Assurance", "Portland", "ME", "04101"),
    ("Oakhurst Health Partners", "Lexington", "KY", "40507"),
    ("Glenmoor Insurance Co.", "Helena", "MT", "59601"),
    ("Brackwater Health Plan", "Tallahassee", "FL", "32301"),
    ("Sedgefield Mutual Health", "Raleigh", "NC", "27601"),
    ("Westerly Plains Employee Trust", "Wichita", "KS", "67202"),
]
PLAN_NAMES = {  # (plan name, plan type) per family
    0: ("Larchmont Select PPO", "PPO"),
    1: ("Pellworth Value HMO", "HMO"),
    2: ("Caskey Valley Gold 1500", None),
    3: ("Thistledown Employer Health Plan", None),
    4: ("Marrowbay Access EPO", "EPO"),
    5: ("Oakhurst Choice POS", "POS"),
    6: ("Glenmoor Silver 4000", None),
    7: ("Brackwater Core HMO", "HMO"),
    8: ("Sedgefield Standard PPO", "PPO"),
    9: ("Westerly Plains Employee Health Plan", None),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    3: "Your employer pays the claims of this self-funded plan; {payer} administers it.",
    7: "This health insurance is underwritten by {payer}.",
    9: "This is a self-funded plan of your employer. {payer} processes its claims only.",
}
DESCRIPTIONS = {  # a service's words
    "S9443": "Lactation class",
    "99401": "Preventive counseling, 15 min",
    "99402": "Preventive counseling, 30 min",
    "99403": "Preventive counseling, 45 min",
    "99404": "Preventive counseling, 60 min",
}
REASONS = {  # a reason in words of its own, with no code
    "provider_type": "We did not pay for these visits because the provider who billed them is "
    "not a type of provider your plan pays for this service.",
    "prior_authorization": "We did not pay for these visits because your plan needs our "
    "approval before this service is given, and we had no request for it.",
    "not_covered": "We did not pay for these visits because your plan does not cover this service.",
    "medical_necessity": "We did not pay for these visits because the records we have do not "
    "show a medical need for them.",
    "out_of_network": "We did not pay for these visits because the provider is outside your "
    "plan's network and your plan has no out-of-network benefits.",
    "frequency_limit": "We did not pay for these visits because you had already used every "
    "visit of this kind your plan allows in a year.",
}

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"LM{_digits(rng, 10)}",
        1: lambda: f"{_digits(rng, 5)}-{_digits(rng, 6)}",
        2: lambda: f"CV{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
        4: lambda: f"MB-{_digits(rng, 9)}",
        5: lambda: f"OH{_digits(rng, 11)}",
        6: lambda: f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        7: lambda: f"BW{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
        8: lambda: f"SM{_digits(rng, 10)}",
        9: lambda: _digits(rng, 12),
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        1: lambda: _digits(rng, 11),
        2: lambda: f"{_letters(rng, 2)}{_digits(rng, 8)}",
        3: lambda: f"{_digits(rng, 9)}0{rng.randint(1, 3)}",
        4: lambda: f"{_letters(rng, 1)}{_digits(rng, 10)}",
        5: lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        6: lambda: f"{_letters(rng, 3)}{_digits(rng, 8)}",
        7: lambda: _digits(rng, 10),
        8: lambda: f"{_letters(rng, 1)}{_digits(rng, 9)}",
        9: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: _digits(rng, 6),
        3: lambda: f"TB-{_digits(rng, 5)}",
        5: lambda: _digits(rng, 7),
        7: lambda: f"G{_digits(rng, 6)}",
        9: lambda: _digits(rng, 6),
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("mailed", "m", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS,
                     ah.MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip


@dataclass
class Printed:
    """What a page prints that the parse document does not hold: the ID masked, a
    subscriber ID and each claim's patient ID, and each claim's other dates."""

    masked: str
    subscriber: str
    patients: dict[str, str]
    received: dict[str, date]
    processed: dict[str, date]


def masked(member_id: str) -> str:
    """``XXXXXXX4521``: every character of the ID but its last four printed as X."""
    return "X" * (len(member_id) - 4) + member_id[-4:]


def _second_reason(fam: Family, rng: random.Random, claim: g.ClaimRec) -> None:
    """The claim's second service denied for the next of the family's categories."""
    first = claim.categories[0]
    cats = [c for c in fam.categories if c not in (first, "cost_sharing")]
    other = cats[rng.randrange(len(cats))]
    ln = claim.lines[1]
    new = nv._line(fam, rng, ln.dos, ln.code, ln.dx[0], other)
    new.desc, new.modifiers = ln.desc, ln.modifiers
    claim.lines[1] = new
    claim.categories = [first, other]


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``, with what else its page prints."""
    doc = RECORDS.record(fam, n)
    rng = random.Random(f"appealgen-mailed-more-{fam.id}-{n}")
    full = doc.member_id
    for claim in doc.claims:
        if fam.two and claim.categories and claim.categories[0] != "cost_sharing":
            _second_reason(fam, rng, claim)
        if (fam.words or fam.kind == "letter") and claim.categories:
            claim.reason = REASONS[claim.categories[0]]
            if claim.categories[0] == "out_of_network":  # the words say so
                claim.network = "out"
    last = max(ln.dos for c in doc.claims for ln in c.lines)
    people = list(dict.fromkeys(c.patient for c in doc.claims))
    ids = {p: f"{_digits(rng, 8)}-0{k + 1}" for k, p in enumerate(people)}
    doc.extra["m"] = Printed(
        masked=masked(full),
        subscriber=f"{_letters(rng, 1)}{_digits(rng, 9)}",
        patients={c.number: ids[c.patient] for c in doc.claims},
        received={c.number: last + timedelta(days=rng.randrange(2, 8)) for c in doc.claims},
        processed={
            c.number: doc.notice_date - timedelta(days=rng.randrange(1, 5)) for c in doc.claims
        },  # fmt: skip
    )
    if fam.masked:
        doc.member_id = None
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _codes = u._m, nv._line_codes


def _more(doc: g.Doc) -> Printed:
    return doc.extra["m"]


def _corner(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, rows: list[str]) -> None:
    """The payer's letterhead with ``title`` at the top right and ``rows`` under it (the
    notice's date among them), right-aligned in the corner."""
    ls.letterhead(fam, pdf, doc, title, u._phone(doc, "paren"),
                  below=30 + 11 * max(0, len(rows) - 1))  # fmt: skip
    top = pdf.h - pdf.margin - 13
    for k, text in enumerate(rows):
        pdf.text(pdf.w - pdf.margin, top - 12 - 11 * k, text, fam.font, fam.size + 0.5,
                 align="right")  # fmt: skip


Column = tuple[str, float, Callable[[g.Line], str], str | None]  # title, width, cell, total


def _money(fam: Family, attr: str) -> Callable[[g.Line], str]:
    return lambda ln: _m(fam, getattr(ln, attr))


def _sum(claim: g.ClaimRec, attr: str) -> Decimal:
    return sum((getattr(ln, attr) for ln in claim.lines), ZERO)


def _columns(fam: Family, owe: str | None, split: bool, codes: bool) -> list[Column]:
    """A service table's columns: date, code, words, billed, allowed, with ``split`` the
    deductible, copay and coinsurance, paid, with ``owe`` the share under that title, with
    ``codes`` the codes."""
    cols: list[Column] = [
        ("Service date", 62, lambda ln: fam.dates(ln.dos), None),
        ("Code", 44, lambda ln: ah._code(fam, ln), None),
        ("Description", 120, lambda ln: ln.desc, None),
        ("Billed", 52, _money(fam, "billed"), "billed"),
        ("Allowed", 52, _money(fam, "allowed"), "allowed"),
    ]
    if split:
        cols += [("Deductible", 52, lambda ln: fam.money(ln.deductible), "deductible"),
                 ("Copay", 44, lambda ln: fam.money(ln.copay), "copay"),
                 ("Coinsurance", 56, lambda ln: fam.money(ln.coins), "coins")]  # fmt: skip
    cols.append(("Plan paid", 52, _money(fam, "paid"), "paid"))
    if owe:
        cols.append((owe, max(56, 4.4 * len(owe)), _money(fam, "owe"), "owe"))
    if codes:
        cols.append(("Remarks", 52, lambda ln: " ".join(_codes(ln)), None))
    return cols


def _table(fam: Family, pdf: g.Pdf, claim: g.ClaimRec, cols: list[Column]) -> None:
    """A claim's services under ``cols`` with a totals row."""
    rows = [[cell(ln) for _, _, cell, _ in cols] for ln in claim.lines]
    total = [
        fam.money(_sum(claim, key) if key in ("deductible", "copay", "coins")
                  else claim.total(key)) if key else ""
        for _, _, _, key in cols
    ]  # fmt: skip
    total[0] = "Total"
    rows.append(total)
    right = {k for k, (_, _, _, key) in enumerate(cols) if key}
    pdf.table(u._cols(pdf, [c[0] for c in cols], [c[1] for c in cols], right), rows,
              font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE,
              bold_rows={len(rows) - 1})  # fmt: skip


def _summary_box(fam: Family, pdf: g.Pdf, claim: g.ClaimRec, owe: str) -> None:
    """A ruled box at the right under the table: the claim's billed and paid totals, the
    deductible, copay and coinsurance, and the share under ``owe``."""
    rows = [("Amount billed", fam.money(claim.total("billed"))),
            ("Plan paid", fam.money(claim.total("paid"))),
            ("Deductible", fam.money(_sum(claim, "deductible"))),
            ("Copay", fam.money(_sum(claim, "copay"))),
            ("Coinsurance", fam.money(_sum(claim, "coins"))),
            (owe, fam.money(claim.total("owe")))]  # fmt: skip
    pdf.space(4)
    pdf.need(len(rows) * fam.size * 1.6 + 24)
    width, x = 200, pdf.w - pdf.margin - 200
    top = pdf.y
    low = top - 14 - len(rows) * fam.size * 1.6 - 4
    ls.titled_box(pdf, x, top, width, low, "Claim summary", fam, SHADE)
    ls.pairs(fam, pdf, rows, x + 6, 120, top - 16)
    pdf.y = low - 4


def _reason(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """A denied claim's reason, a sentence of words."""
    if claim.denied and claim.reason:
        pdf.space(2)
        pdf.para(claim.reason, fam.font, fam.size, after=2)


def _claims(fam: Family, pdf: g.Pdf, doc: g.Doc, caption, cols: list[Column],
            box: str = "") -> None:  # fmt: skip
    """Each claim under its ``caption(claim)`` (lines apart at a newline), its table, with
    ``box`` a summary box under that title, and its reason when the family gives it in
    words."""
    for claim in doc.claims:
        pdf.need(120)
        for text in caption(claim).split("\n"):
            pdf.line(text, fam.bold, fam.size)
        _table(fam, pdf, claim, cols)
        if box:
            _summary_box(fam, pdf, claim, box)
        if fam.words:
            _reason(fam, pdf, claim)
        pdf.space(8)


def _key_over_page(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str) -> None:
    """The codes' key on a page of its own after the claims."""
    pdf.new_page()
    u._key(fam, pdf, doc, title, sep="  ")


def _letter(fam: Family, pdf: g.Pdf, doc: g.Doc, ids: list[str], owe: str) -> None:
    """A denial letter after its corner: the address, the IDs, the salutation, the
    services, the reason and the appeal rights."""
    claim, more = doc.claims[0], _more(doc)
    size, font, bold = fam.size, fam.font, fam.bold
    ls.address(fam, pdf, doc)
    for text in ids:
        pdf.line(text, font, size)
    pdf.line(f"Plan: {doc.plan_name}", font, size)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 2)
    pdf.para(f"We received claim {claim.number} on {fam.dates(more.received[claim.number])} "
             f"for care {claim.provider} (NPI {claim.npi}) gave {claim.patient}, and we "
             f"processed it on {fam.dates(more.processed[claim.number])}.", font, size,
             after=4)  # fmt: skip
    rows = [[fam.dates(ln.dos), f"{ln.desc} ({ln.code})", _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    pdf.table(u._cols(pdf, ["Date", "Service", "Charged", owe], [90, 230, 70, 110], {2, 3}),
              rows, font=font, bold=bold, size=size - 0.5, header_bg=SHADE)  # fmt: skip
    pdf.space(8)
    pdf.line("Why we made this decision", bold, size + 0.5)
    pdf.para(claim.reason or "", font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You may ask us to review this decision within 180 days of the date you get "
             "this letter.", font, size)  # fmt: skip


# --------------------------------------------------------------------------
# The dev layouts


def draw_mailed(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Date mailed" in the corner; a subscriber ID, the member ID and each
    claim's patient ID; each claim's received and processed dates; "You may owe" with the
    deductible, copay and coinsurance split out; a remark key at the foot."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits",
            [f"Date mailed: {fam.dates(doc.notice_date)}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Subscriber ID: {more.subscriber}     Member ID: {doc.member_id}     "
             f"Group: {doc.group}", fam.font, fam.size)  # fmt: skip
    pdf.line(f"Plan: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    pdf.para(f"This is not a bill. {doc.funding_text}", fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number}   Patient: {c.patient} (patient ID "
            f"{more.patients[c.number]})   Received {fam.dates(more.received[c.number])}   "
            f"Processed {fam.dates(more.processed[c.number])}\nProvider: {c.provider}",
            _columns(fam, "You may owe", True, True))  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def draw_rundate(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Run date" in the corner beside a paid date; the member ID printed only masked;
    "Member liability"; the codes' key on a page of its own."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Claims Statement",
            [f"Run date: {fam.dates(doc.notice_date)}",
             f"Paid date: {fam.dates(more.processed[doc.claims[0].number])}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Member: {doc.member_name}     ID: {more.masked}", fam.font, fam.size)
    pdf.line(f"Plan: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number} - {c.patient} - {c.provider}",
            _columns(fam, "Member liability", False, True))  # fmt: skip
    pdf.para("The codes in the Remarks column are explained on the last page.", fam.font,
             fam.size)  # fmt: skip
    _key_over_page(fam, pdf, doc, "Explanation of remark codes")


def draw_summary(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Statement date" in the corner; the member ID beside a subscriber ID;
    each claim's received date; the share as "Your cost" in a summary box; the reason a sentence."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits",
            [f"Statement date: {fam.dates(doc.notice_date)}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Member ID {doc.member_id}", fam.font, fam.size)
    pdf.line(f"Subscriber ID {more.subscriber}", fam.font, fam.size)
    pdf.line(f"Plan {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number} for {c.patient}, received "
            f"{fam.dates(more.received[c.number])}, provider {c.provider}",
            _columns(fam, None, False, False), box="Your cost")  # fmt: skip


def draw_tworeason(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID masked in the corner and whole in a sentence; "Issued" among the
    received and processed dates; "Amount you owe the provider"; a claim's two services
    denied for two reasons; a key of codes at the foot."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits", [f"Member ID {more.masked}"])
    ls.address(fam, pdf, doc)
    first = doc.claims[0].number
    pdf.line(f"Date received: {fam.dates(more.received[first])}     Issued: "
             f"{fam.dates(doc.notice_date)}     Date processed: "
             f"{fam.dates(more.processed[first])}", fam.font, fam.size)  # fmt: skip
    pdf.line(f"Plan: {doc.plan_name}   Group: {doc.group}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    pdf.para(f"Please give your full member ID, {doc.member_id}, when you call us. "
             f"{doc.funding_text}", fam.font, fam.size, after=8)  # fmt: skip
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number}  Patient {c.patient}  Provider "
            f"{c.provider}", _columns(fam, "Amount you owe the provider", False, True))  # fmt: skip
    u._key(fam, pdf, doc, "What the codes mean", sep=": ")


def draw_letter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter dated in its corner with no label; the member ID beside the
    patient's ID; the received and processed dates in a sentence; "You may owe"."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Notice of Denial", [fam.dates(doc.notice_date)])
    _letter(fam, pdf, doc, [f"Member ID: {doc.member_id}",
                            f"Patient ID: {more.patients[doc.claims[0].number]}"],
            "You may owe")  # fmt: skip


# --------------------------------------------------------------------------
# The check layouts


def draw_corner(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Statement date" and a processed date in the corner; the member ID only masked;
    "Your cost" with the cost shares split out; the codes' key on a page of its own."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits",
            [f"Statement date {fam.dates(doc.notice_date)}",
             f"Processed {fam.dates(more.processed[doc.claims[0].number])}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Member ID: {more.masked}     Group: {doc.group}", fam.font, fam.size)
    pdf.line(f"Plan: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number}   {c.patient}   {c.provider}",
            _columns(fam, "Your cost", True, True))  # fmt: skip
    _key_over_page(fam, pdf, doc, "Remark code descriptions")


def draw_liability(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Date mailed" beside a received date; subscriber, member and patient IDs;
    "Member liability" in a summary box; two reasons for two services; a key at the foot."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits",
            [f"Date mailed: {fam.dates(doc.notice_date)}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Subscriber ID {more.subscriber}   Member ID {doc.member_id}", fam.font, fam.size)
    pdf.line(f"Plan: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number}, {c.patient} (patient ID "
            f"{more.patients[c.number]}), date received "
            f"{fam.dates(more.received[c.number])}\nBilled by {c.provider}",
            _columns(fam, None, False, True), box="Member liability")  # fmt: skip
    u._key(fam, pdf, doc, "Codes used on this statement", sep=" ")


def draw_plainwords(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Run date" in the corner; each claim's paid date; the member ID masked at the top
    and whole in a sentence; "Amount you owe the provider"; the reason a sentence."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Benefit Statement",
            [f"Run date: {fam.dates(doc.notice_date)}", f"ID {more.masked}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.para(f"Your member ID is {doc.member_id}. {doc.funding_text}", fam.font, fam.size,
             after=4)  # fmt: skip
    pdf.line(f"Plan: {doc.plan_name}   Group: {doc.group}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number} | {c.patient} | {c.provider} | paid "
            f"date {fam.dates(more.processed[c.number])}",
            _columns(fam, "Amount you owe the provider", False, False))  # fmt: skip


def draw_notice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter "Issued" in its corner; the member ID under a subscriber ID; the
    received and processed dates in a sentence; "Your cost"."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Claim Decision", [f"Issued {fam.dates(doc.notice_date)}"])
    _letter(fam, pdf, doc, [f"Subscriber ID: {more.subscriber}", f"Member ID: {doc.member_id}"],
            "Your cost")  # fmt: skip


def draw_received(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The date as "Issued" in the corner; each claim's received and paid dates; the member
    ID beside each claim's patient ID; "You may owe" with the cost shares split out; a key at the
    foot."""
    more = _more(doc)
    _corner(fam, pdf, doc, "Explanation of Benefits",
            [f"Issued: {fam.dates(doc.notice_date)}"])  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.line(f"Member ID: {doc.member_id}   Group: {doc.group}   Plan: {doc.plan_name}",
             fam.font, fam.size, gap=fam.size * 2)  # fmt: skip
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, lambda c: f"Claim {c.number}  {c.patient}  Patient ID "
            f"{more.patients[c.number]}  Date received {fam.dates(more.received[c.number])}  "
            f"Paid date {fam.dates(more.processed[c.number])}\nRendering provider: {c.provider}",
            _columns(fam, "You may owe", True, True))  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=" = ")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {name: (_AMOUNTS | {"modifiers"}, _AMOUNTS) for name in DRAW}
PRINTED.update({
    "summary": ({"billed", "allowed", "paid", "modifiers"}, _AMOUNTS),
    "liability": ({"billed", "allowed", "paid", "modifiers"}, _AMOUNTS),
    "letter": ({"billed", "owe"}, set()),
    "notice": ({"billed", "owe"}, set()),
})  # fmt: skip


# --------------------------------------------------------------------------
# The set


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix), if its family scans it."""
    return nv.scanned(fam, n, text_pdf, base=7700)


def _reasons(fam: Family, text: str, exp: dict) -> list[str]:
    """Each denied claim's reason is printed: its words, else its codes' meanings."""
    return ls.reasons_printed(nv.MEANINGS)(fam, " ".join(text.split()), exp)


SET = ls.LayoutSet("mailed", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   scan=scanned, text=nv._text, more_checks=_reasons)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
