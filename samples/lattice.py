"""The lattice set: text notices whose member, member ID, plan, patient and notice date sit where the page's geometry, not its words, is hard to read, in a dev and a check half.

Ten layout families, ``l00``-``l09``, printing the header facts with labels the reader
already knows but placed as real notices place them: two or three columns of label/value
pairs side by side with uneven gaps; each label above its value in a ruled box; values
right-aligned far from their labels with dot leaders; a value wrapped onto the line under
it; a member panel as a small table (a heading row "Member | Member ID | Group | Plan"
over one row of values); a panel beside a letter's body, each label over its value; the
plan only in the page's footer or in the letterhead under the payer's name; the notice's
date beside the page number; and letters about a patient who is not the member (the
member's newborn).

Its dev half, ``l00``-``l04``, is open for tuning; its check half, ``l05``-``l09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/lattice --families l05 l06 l07 l08
l09``). ``python samples/lattice.py`` writes both to ``tests/data/varied/lattice/`` as
``l<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print,
``--families 5 --out DIR`` writes one family elsewhere. Records are drawn as the ahead
set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import yonder as yo  # noqa: E402  - samples/yonder.py: claims' tables, a letter's closing

SHADE = colors.HexColor("#e4e9e1")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on


# --------------------------------------------------------------------------
# The families


Family = ah.Family

FAMILIES = [
    # the dev half
    Family(0, "threecol", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("out_of_network", "not_covered", "cost_sharing"),
           funding="fully_insured", mixed=True, modifiers=True),
    Family(1, "boxgrid", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, ah.d_abbrev,
           (1, 2), (1, 2), ("provider_type", "cost_sharing", "frequency_limit"),
           mixed=True, infant=True),
    Family(2, "leaders", "letter", "Helvetica", "Helvetica-Bold", 9.5, g.usd, g.d_long,
           (1, 1), (1, 2), ("out_of_network", "medical_necessity", "prior_authorization"),
           codes=False),
    Family(3, "panel", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "not_covered", "out_of_network"),
           funding="self_funded", mixed=True, modifiers=True, glue=" "),
    Family(4, "sidebar", "letter", "Times-Roman", "Times-Bold", 10.0, ah.dollars, g.d_long,
           (1, 1), (1, 2), ("provider_type", "place_of_service", "frequency_limit"),
           codes=False),
    # the check half
    Family(5, "twocol", "eob", "Times-Roman", "Times-Bold", 8.5, g.usd, ah.d_abbrev,
           (1, 2), (1, 3), ("not_covered", "out_of_network", "medical_necessity"),
           funding="fully_insured", mixed=True, infant=True),
    Family(6, "formbox", "letter", "Helvetica", "Helvetica-Bold", 9.5, g.usd, g.d_long,
           (1, 1), (1, 2), ("medical_necessity", "out_of_network", "place_of_service"),
           codes=False),
    Family(7, "dotted", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (1, 2), (1, 2), ("cost_sharing", "provider_type", "not_covered"),
           funding="self_funded", mixed=True, modifiers=True),
    Family(8, "memtable", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, ah.d_abbrev,
           (1, 2), (1, 3), ("out_of_network", "frequency_limit", "cost_sharing"),
           mixed=True, modifiers=True, glue=" "),
    Family(9, "leftbar", "letter", "Helvetica", "Helvetica-Bold", 9.0, g.usd, g.d_us,
           (1, 1), (1, 2), ("prior_authorization", "provider_type", "out_of_network"),
           codes=False),
]  # fmt: skip

PAYERS = [
    ("Brackenridge Health Insurance Company", "Boise", "ID", "83702"),
    ("Tillmont Health Plan", "Augusta", "ME", "04330"),
    ("Sorrel Creek Health Insurance Co.", "Pierre", "SD", "57501"),
    ("Ashgrove Benefit Trust", "Dover", "DE", "19901"),
    ("Wrenfield Health Assurance", "Helena", "MT", "59601"),
    ("Kingsmoor Health Insurance Co.", "Cheyenne", "WY", "82001"),
    ("Pellham Valley Health Plan", "Bismarck", "ND", "58501"),
    ("Marrowstone Employer Health Fund", "Olympia", "WA", "98501"),
    ("Duncairn Mutual Health", "Juneau", "AK", "99801"),
    ("Fallowmere Health Plan", "Santa Fe", "NM", "87501"),
]
PLAN_NAMES = {  # (plan name, plan type) per family
    0: ("Brackenridge Silver Select PPO", "PPO"),
    1: ("Tillmont Essential Care HMO", "HMO"),
    2: ("Sorrel Creek Bronze Saver", None),
    3: ("Ashgrove Trust Medical Plan", None),
    4: ("Wrenfield Connect EPO", "EPO"),
    5: ("Kingsmoor Gold Advantage PPO", "PPO"),
    6: ("Pellham Valley Value HMO", "HMO"),
    7: ("Marrowstone Fund Medical Plan", None),
    8: ("Duncairn Silver Choice", None),
    9: ("Fallowmere Open Access EPO", "EPO"),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    3: "This is a self-funded plan: your employer pays its claims and {payer} administers it.",
    5: "This health insurance is underwritten by {payer}.",
    7: "This plan is self-funded by your employer. {payer} provides claims services only.",
}
DESCRIPTIONS = {  # a service's words, as a description prints them
    "S9443": "Lactation class, nonphysician",
    "99401": "Preventive medicine counseling, 15 min",
    "99402": "Preventive medicine counseling, 30 min",
    "99403": "Preventive medicine counseling, 45 min",
    "99404": "Preventive medicine counseling, 60 min",
}
MODIFIERS = ("25", "33", "TH")
APART = {"leaders", "sidebar", "formbox", "leftbar"}  # letters about the member's newborn


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"BH{_digits(rng, 10)}",
        1: lambda: f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        2: lambda: f"SC{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 6)}",
        4: lambda: f"W{_digits(rng, 11)}",
        5: lambda: f"KM-{_digits(rng, 9)}",
        6: lambda: f"PV{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 5)}",
        7: lambda: _digits(rng, 13),
        8: lambda: f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 9)}",
        9: lambda: f"FH{_digits(rng, 5)}-{_digits(rng, 4)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        1: lambda: f"T{_digits(rng, 8)}-0{rng.randint(1, 4)}",
        2: lambda: f"{_digits(rng, 10)}",
        3: lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}",
        4: lambda: f"WF{_digits(rng, 8)}",
        5: lambda: f"{_letters(rng, 3)}{_digits(rng, 8)}",
        6: lambda: f"P{_digits(rng, 9)}-0{rng.randint(1, 3)}",
        7: lambda: f"{_digits(rng, 9)}",
        8: lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        9: lambda: f"FMH{_digits(rng, 7)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: f"{_digits(rng, 6)}",
        1: lambda: f"TG-{_digits(rng, 5)}",
        3: lambda: f"{_digits(rng, 5)}",
        5: lambda: f"G{_digits(rng, 6)}",
        7: lambda: f"MS-{_digits(rng, 4)}",
        8: lambda: f"{_digits(rng, 7)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("lattice", "l", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS, MODIFIERS,
                     _claim_number, _member_id, _group)  # fmt: skip


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``; a letter of ``APART`` is about the member's
    newborn, not the member."""
    doc = RECORDS.record(fam, n)
    if fam.layout in APART:
        rng = random.Random(f"appealgen-lattice-newborn-{fam.id}-{n}")
        doc.claims[0].patient = f"{rng.choice(nv.INFANTS)} {doc.member_name.split()[-1]}"
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _code = u._m, u._phone, ah._code


def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    """The payer's name, its address and phone under it (then ``under``), ``title`` at the
    top right."""
    ls.letterhead(fam, pdf, doc, title, _phone(doc, "one"), size=13, title_size=10,
                  under=under, below=38)  # fmt: skip


def _inline(fam: Family, pdf: g.Pdf, rows: list, x: float, top: float, gaps: list[float],
            step: float = 1.7) -> float:  # fmt: skip
    """Label/value rows at ``x``, each value ``gaps[i]`` points after its own label's end
    (so values do not line up); a value given in two parts wraps onto the next line at the
    same place. Returns the lowest point."""
    y, size = top, fam.size
    for (label, value), gap in zip([r for r in rows if r[1]], gaps, strict=False):
        pdf.text(x, y - size, label, fam.font, size)
        at = x + _width(label, fam.font, size) + gap
        parts = value if isinstance(value, tuple) else (value,)
        for k, part in enumerate(parts):
            pdf.text(at, y - size - k * size * 1.2, part, fam.bold, size)
        y -= size * (step + 1.2 * (len(parts) - 1))
    return y


def _boxes(fam: Family, pdf: g.Pdf, cells: list[tuple[str, str | None, float]],
           top: float) -> float:  # fmt: skip
    """A row of ruled boxes across the page, each ``(label, value, width)``: the label small
    at the box's top, the value under it (a box without a value is left out). Returns the
    row's lowest point."""
    x, size, h = pdf.margin, fam.size, fam.size * 3.0
    pdf.c.setLineWidth(0.6)
    for label, value, w in cells:
        if not value:
            continue
        pdf.c.rect(x, top - h, w, h, stroke=1, fill=0)
        pdf.text(x + 3, top - size * 0.9, label, fam.font, size - 2.5)
        fit = ls.fit(value, fam.bold, size, w - 6)
        pdf.text(x + 3, top - h + size * 0.6, value, fam.bold, fit)
        x += w
    return top - h


def _leaders(fam: Family, pdf: g.Pdf, rows: list[tuple[str, str | None]], x: float,
             width: float, top: float, dot: str = ".", step: float = 1.6) -> float:  # fmt: skip
    """Label/value rows at ``x``, each value right-aligned ``width`` points on, dots from the
    label towards it. Returns the lowest point."""
    y, size = top, fam.size
    for label, value in rows:
        if not value:
            continue
        room = width - _width(value, fam.bold, size) - 6
        text = label + " "
        while _width(text + dot, fam.font, size) < room:
            text += dot
        pdf.text(x, y - size, text.rstrip(), fam.font, size)
        pdf.text(x + width, y - size, value, fam.bold, size, align="right")
        y -= size * step
    return y


def _panel(fam: Family, pdf: g.Pdf, x: float, top: float, width: float,
           rows: list[tuple[str, str | None]]) -> float:  # fmt: skip
    """A shaded panel: each label, its value on the line under it, wrapped to the panel's
    width. Returns the panel's lowest point."""
    size, lines = fam.size, []
    for label, value in rows:
        if value:
            lines.append((label, fam.font, size - 1, 0.0))
            parts = simpleSplit(value, fam.bold, size, width - 12)
            lines += [(p, fam.bold, size, 0.0) for p in parts[:-1]]
            lines.append((parts[-1], fam.bold, size, size * 0.7))
    height = sum(s * 1.3 + after for _, _, s, after in lines) + 12
    pdf.c.setFillColor(SHADE)
    pdf.c.rect(x, top - height, width, height, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)
    y = top - 6
    for text, font, s, after in lines:
        pdf.text(x + 6, y - s, text, font, s)
        y -= s * 1.3 + after
    return top - height


def _letter_lines(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """A letter's services: date, words with the code, billed, what the member may owe."""
    rows = [[fam.dates(ln.dos), f"{ln.desc} ({ln.code})", _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    yo._table(fam, pdf, ["Date of service", "Service", "Billed", "Amount you may owe"],
              [86, 230, 70, 110], {2, 3}, rows, None)  # fmt: skip


def _date_and_page(fam: Family, doc: g.Doc, lead: str, y: float, foot: str = ""):
    """A decoration: ``lead`` and the notice's date beside "Page X of N" at the page's
    right, ``y`` points up; ``foot`` at the foot's left."""

    def decorate(pdf: g.Pdf) -> None:
        total = f" of {pdf.total}" if pdf.total else ""
        text = f"{lead}{fam.dates(doc.notice_date)}    Page {pdf.page}{total}"
        pdf.text(pdf.w - pdf.margin, y, text, fam.font, fam.size - 0.5, align="right")
        if foot:
            pdf.text(pdf.margin, 22, foot, fam.font, 7)

    return decorate


def _claims(fam: Family, pdf: g.Pdf, doc: g.Doc, titles: list[str], caption) -> None:
    """Each claim under ``caption(claim)`` in a table of coded services with a totals row."""
    yo._coded_claims(fam, pdf, doc, titles, [60, 58, 170, 54, 54, 54, 56, 56], caption)


_TITLES = ["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid",
           "You owe", "Remarks"]  # fmt: skip


# --------------------------------------------------------------------------
# The dev layouts


def draw_threecol(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB: three columns of label/value pairs side by side under the address, their
    gaps uneven, the plan's name wrapped onto a second line."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    top, plan = pdf.y - 4, ls.cut_words(doc.plan_name, 2)
    low = min(
        _inline(fam, pdf, [("Member:", doc.member_name), ("Member ID:", doc.member_id)],
                pdf.margin, top, [4, 11]),
        _inline(fam, pdf, [("Group:", doc.group), ("Plan:", plan)], pdf.margin + 196, top,
                [18, 6]),
        _inline(fam, pdf, [("Notice date:", fam.dates(doc.notice_date))], pdf.margin + 372,
                top, [5]),
    )  # fmt: skip
    pdf.y = low - 6
    pdf.para(f"This is not a bill. {doc.funding_text}", fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim {c.number}   Patient {c.patient}   Provider {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def draw_boxgrid(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB in a serif face: a row of ruled boxes, each label over its value."""
    _head(fam, pdf, doc, "Statement of Benefits")
    ls.address(fam, pdf, doc)
    low = _boxes(fam, pdf, [("Member name", doc.member_name, 118),
                            ("Member ID", doc.member_id, 92), ("Group number", doc.group, 76),
                            ("Plan", doc.plan_name, 146),
                            ("Date of notice", fam.dates(doc.notice_date), 84)], pdf.y)  # fmt: skip
    pdf.y = low - 12
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim no. {c.number} for {c.patient}, seen by {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "What the remarks mean", sep=": ")


def draw_leaders(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter about the member's newborn: the facts right-aligned after dot
    leaders, the date beside the page number, the plan only in the footer."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Notice of Denial")
    ls.address(fam, pdf, doc)
    low = _leaders(fam, pdf, [("Member", doc.member_name), ("Member ID", doc.member_id),
                              ("Patient", claim.patient), ("Claim number", claim.number),
                              ("Provider", claim.provider)], pdf.margin, 300, pdf.y)  # fmt: skip
    pdf.y = low - 8
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para("We reviewed the claim below and we are not able to pay for it.", font, size,
             after=6)  # fmt: skip
    _letter_lines(fam, pdf, claim)
    yo._reason_and_rights(fam, pdf, claim.reason, ("Why we denied the claim", "Your rights"),
                          "You may appeal this decision within 180 days of this notice.")  # fmt: skip


def draw_panel(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB whose member panel is a small table (a heading row over one row of values),
    the date beside the page number at the top right."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    yo._table(fam, pdf, ["Member", "Member ID", "Group", "Plan"], [150, 110, 80, 170], set(),
              [[doc.member_name, doc.member_id, doc.group or "", doc.plan_name]], None)  # fmt: skip
    pdf.space(8)
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim # {c.number}  |  Patient: {c.patient}  |  {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remarks", sep=": ")


def draw_sidebar(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter about the member's newborn, the facts in a panel beside its body,
    each label over its value."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "")
    top, width = pdf.y, 176
    x = pdf.w - pdf.margin - width
    low = _panel(fam, pdf, x, top, width, [
        ("Member", doc.member_name), ("Member ID", doc.member_id), ("Patient", claim.patient),
        ("Plan", doc.plan_name), ("Claim number", claim.number), ("Provider", claim.provider),
        ("Date of notice", fam.dates(doc.notice_date))])  # fmt: skip
    body = x - pdf.margin - 16
    ls.address(fam, pdf, doc)
    pdf.space(10)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para("We have reviewed the claim for the care your child received, shown below. "
             "We are not able to pay for it, for the reason explained in this letter.",
             font, size, width=body, after=6)  # fmt: skip
    pdf.y = min(pdf.y, low) - 10
    _letter_lines(fam, pdf, claim)
    yo._reason_and_rights(fam, pdf, claim.reason, ("The reason for our decision",
                                                   "If you disagree"),
                          "You have 180 days from the date of this letter to appeal.")  # fmt: skip


# --------------------------------------------------------------------------
# The check layouts


def draw_twocol(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB in a serif face: the plan's name in the letterhead under the payer's, two
    columns of label/value pairs with uneven gaps beside and under the address."""
    _head(fam, pdf, doc, "Benefits Statement", doc.plan_name)
    ls.address(fam, pdf, doc)
    top = pdf.y - 2
    low = min(
        _inline(fam, pdf, [("Subscriber", doc.member_name), ("Subscriber ID", doc.member_id)],
                pdf.margin, top, [14, 5]),
        _inline(fam, pdf, [("Group no.", doc.group),
                           ("Statement date", fam.dates(doc.notice_date))],
                pdf.margin + 250, top, [22, 9]),
    )  # fmt: skip
    pdf.y = low - 6
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim {c.number} - {c.patient} - {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remarks", sep=" - ")


def draw_formbox(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter about the member's newborn: two rows of ruled boxes, each label over
    its value."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Coverage Decision")
    ls.address(fam, pdf, doc)
    low = _boxes(fam, pdf, [("Member", doc.member_name, 170), ("Member ID", doc.member_id, 130),
                            ("Date of this letter", fam.dates(doc.notice_date), 120)], pdf.y)  # fmt: skip
    low = _boxes(fam, pdf, [("Patient", claim.patient, 170), ("Claim number", claim.number, 130),
                            ("Plan", doc.plan_name, 216)], low)  # fmt: skip
    pdf.y = low - 12
    pdf.line(f"Dear {doc.member_name},", font, size, gap=size * 1.8)
    pdf.para(f"We cannot pay for the care {claim.provider} gave, listed here.", font, size,
             after=6)  # fmt: skip
    _letter_lines(fam, pdf, claim)
    yo._reason_and_rights(fam, pdf, claim.reason, ("Why we made this decision",
                                                   "Your appeal rights"),
                          "You may ask us to review this decision within 180 days.")  # fmt: skip


def draw_dotted(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB: the member's facts right-aligned after spaced dot leaders beside the address,
    the date beside the page number at the foot."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    top = pdf.y
    ls.address(fam, pdf, doc)
    left = pdf.y
    low = _leaders(fam, pdf, [("Member", doc.member_name), ("Member ID", doc.member_id),
                              ("Group", doc.group), ("Plan", doc.plan_name)],
                   pdf.w / 2 - 10, pdf.w / 2 - pdf.margin + 10, top, dot=" .")  # fmt: skip
    pdf.y = min(left, low) - 6
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim {c.number}   Patient {c.patient}   Provider {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=" - ")


def draw_memtable(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB whose member panel is a small ruled table, the plan in it and in the footer,
    the date beside the page number at the foot."""
    _head(fam, pdf, doc, "Claims Statement")
    ls.address(fam, pdf, doc)
    yo._table(fam, pdf, ["Member", "Member ID", "Group", "Plan"], [140, 100, 90, 150], set(),
              [[doc.member_name, doc.member_id, doc.group or "", doc.plan_name]], None,
              ruled=False)  # fmt: skip
    pdf.space(10)
    _claims(fam, pdf, doc, _TITLES,
            lambda c: f"Claim no. {c.number}   {c.patient}   {c.provider}")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes explained", sep=" - ")


def draw_leftbar(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter about the member's newborn, the facts in a panel at the left of its
    body, each label over its value, the plan's name wrapped in the panel."""
    claim = doc.claims[0]
    size, font = fam.size, fam.font
    _head(fam, pdf, doc, "Claim Decision")
    top, width = pdf.y, 128
    low = _panel(fam, pdf, pdf.margin, top, width, [
        ("Date of notice", fam.dates(doc.notice_date)), ("Member ID", doc.member_id),
        ("Member", doc.member_name), ("Patient", claim.patient), ("Plan", doc.plan_name),
        ("Claim number", claim.number)])  # fmt: skip
    x = pdf.margin + width + 16
    pdf.y = top
    ls.address(fam, pdf, doc, x=x)
    pdf.space(10)
    pdf.line(f"Dear {doc.member_name},", font, size, x=x, gap=size * 1.8)
    pdf.para(f"{claim.provider} sent us a claim for care your baby received. We are not able "
             "to pay for the services listed below.", font, size, x=x, after=6)  # fmt: skip
    pdf.y = min(pdf.y, low) - 10
    _letter_lines(fam, pdf, claim)
    yo._reason_and_rights(fam, pdf, claim.reason, ("Reason for decision", "Appeal rights"),
                          "You may appeal within 180 days of the date of this notice.")  # fmt: skip


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
_LETTER = ({"billed", "owe"}, set())
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "threecol": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "boxgrid": (_AMOUNTS, _AMOUNTS),
    "leaders": _LETTER,
    "panel": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "sidebar": _LETTER,
    "twocol": (_AMOUNTS, _AMOUNTS),
    "formbox": _LETTER,
    "dotted": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "memtable": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "leftbar": _LETTER,
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    """Where a family prints its date beside the page number, and its footer."""
    if fam.layout == "leaders":
        return _date_and_page(fam, doc, "", 770, f"{doc.plan_name}  -  questions? call "
                                                 f"{_phone(doc, 'one')}")  # fmt: skip
    if fam.layout == "panel":
        return _date_and_page(fam, doc, "Issued ", 770)
    if fam.layout == "dotted":
        return _date_and_page(fam, doc, "", 22, "Keep this statement for your records.")
    if fam.layout == "memtable":
        return _date_and_page(fam, doc, "Date ", 22, f"{doc.plan_name}  |  this is not a bill")
    return None


SET = ls.LayoutSet("lattice", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, text=nv._text, capitals=True,
                   more_checks=ls.reasons_printed(nv.MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
