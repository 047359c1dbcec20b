"""The placard set: notices that print the member ID, the plan and the denial's reason where no other set does, in a dev and a check half.

Ten layout families, ``p00``-``p09``, drawn from how real explanations of benefits and
denial letters print the fields read least well on layouts nobody tuned to: member IDs
with a prefix, spaces, dashes or a suffix ("XJH 4432 1190-01"), printed in the header of a
box ("Member ID XJH 4432 1190-01"), under their label on the line below, beside a group
number on one line, or inside a sentence ("your member ID is ..."); the plan's name as a
product line in the letterhead, beside the group, after "Coverage:" or "Benefit plan:",
or an employer's plan ("Calloway Mills Employee Health Plan"); and the denial's reason as
a numbered footnote (a note's number in the service's row, the code and its words at the
foot), as a key of remark codes, or in a sentence that names its code ("We denied this
claim under adjustment code CO-50: ..."). Letters give the reason in words of their own.
Some documents are scanned.

Its dev half, ``p00``-``p04``, is open for tuning; its check half, ``p05``-``p09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/placard --families p05 p06 p07 p08
p09``). ``python samples/placard.py`` writes both to ``tests/data/varied/placard/`` as
``p<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scans
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

SHADE = colors.HexColor("#e6e2d8")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
SCAN = ((2, "scan", 200),)  # the third document scanned at 200 dpi

# --------------------------------------------------------------------------
# The families

Family = ah.Family

FAMILIES = [
    # the dev half
    Family(0, "boxhead", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("not_covered", "out_of_network", "cost_sharing"),
           funding="self_funded", mixed=True),
    Family(1, "below", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, ah.d_abbrev,
           (1, 2), (1, 2), ("medical_necessity", "provider_type", "frequency_limit"),
           scans=SCAN, mixed=True),
    Family(2, "sentence", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, g.d_us,
           (1, 2), (1, 2), ("prior_authorization", "cost_sharing", "not_covered"),
           funding="fully_insured", mixed=True),
    Family(3, "idgroup", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, g.d_mon,
           (1, 2), (1, 3), ("provider_type", "out_of_network", "medical_necessity"),
           scans=SCAN, mixed=True),
    Family(4, "letter", "letter", "Times-Roman", "Times-Bold", 10.0, ah.dollars, g.d_long,
           (1, 1), (1, 2), ("provider_type", "prior_authorization", "not_covered"),
           npi=True, codes=False),
    # the check half
    Family(5, "bandid", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (1, 2), (1, 2), ("out_of_network", "frequency_limit", "cost_sharing"),
           funding="self_funded", mixed=True),
    Family(6, "yourid", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, ah.d_abbrev,
           (1, 2), (1, 2), ("not_covered", "medical_necessity", "provider_type"),
           scans=SCAN, mixed=True),
    Family(7, "stacked", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.num, g.d_mon,
           (1, 2), (1, 3), ("cost_sharing", "prior_authorization", "out_of_network"),
           funding="fully_insured", mixed=True),
    Family(8, "notice", "letter", "Times-Roman", "Times-Bold", 10.0, g.usd, g.d_long,
           (1, 1), (1, 2), ("medical_necessity", "out_of_network", "frequency_limit"),
           scans=SCAN, npi=True, codes=False),
    Family(9, "groupline", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_us,
           (1, 2), (1, 3), ("provider_type", "not_covered", "cost_sharing"),
           mixed=True),
]  # fmt: skip

PAYERS = [
    ("Wrenfield Health Insurance Company", "Columbus", "OH", "43215"),
    ("Copperbeck Health Plan", "Lansing", "MI", "48933"),
    ("Saltmarsh Mutual Health", "Savannah", "GA", "31401"),
    ("Keelson Benefit Administrators", "Duluth", "MN", "55802"),
    ("Ashgrove Health Assurance", "Concord", "NH", "03301"),
    ("Fennimore Employee Benefit Trust", "Topeka", "KS", "66603"),
    ("Brightwater Valley Health", "Spokane", "WA", "99201"),
    ("Hollins Ridge Insurance Co.", "Jackson", "MS", "39201"),
    ("Merriweather Health Partners", "Annapolis", "MD", "21401"),
    ("Quarry Lake Health Plan", "Sioux Falls", "SD", "57104"),
]
PLAN_NAMES = {  # (plan name, plan type) per family
    0: ("Calloway Mills Employee Health Plan", None),
    1: ("Copperbeck Gold 2500 PPO", "PPO"),
    2: ("Saltmarsh Silver 3000 HMO", "HMO"),
    3: ("Keelson Choice POS", "POS"),
    4: ("Ostrander Freight Employee Health Plan", None),
    5: ("Fennimore County Schools Health Benefit Plan", None),
    6: ("Brightwater Essential EPO", "EPO"),
    7: ("Hollins Ridge Select Network", None),
    8: ("Lindqvist Tooling Employee Medical Plan", None),
    9: ("Quarry Lake Bronze 6000 HMO", "HMO"),
}
FUNDING_TEXT = {
    0: "Calloway Mills pays the claims of this self-funded plan; {payer} administers it.",
    2: "Your coverage is insured by {payer}.",
    5: "This is a self-funded plan of your employer. {payer} processes its claims only.",
    7: "This health insurance is underwritten by {payer}.",
}
DESCRIPTIONS = {  # a service's words
    "S9443": "Lactation class",
    "99401": "Preventive counseling 15 min",
    "99402": "Preventive counseling 30 min",
    "99403": "Preventive counseling 45 min",
    "99404": "Preventive counseling 60 min",
}
REASONS = {  # a letter's reason, in words of its own
    "provider_type": "Lactation visits are paid only when a physician, a physician assistant "
    "or a nurse practitioner gives them, and the provider on this claim is none of these.",
    "prior_authorization": "Your plan asks that we approve this service before it is given. "
    "We did not receive a request for approval.",
    "not_covered": "Your benefit booklet lists this service among the services your plan "
    "does not pay for.",
    "medical_necessity": "Our nurse reviewer found that the records do not support a medical "
    "need for these visits.",
    "out_of_network": "The provider who saw you is not contracted with your plan, and your "
    "plan has no benefits for providers outside its network.",
    "frequency_limit": "You had already used every visit of this kind your plan allows in a "
    "calendar year.",
}

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"WF{_digits(rng, 10)}",
        1: lambda: f"{_digits(rng, 4)}-{_digits(rng, 7)}",
        2: lambda: f"SM{_digits(rng, 9)}",
        3: lambda: f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 9)}",
        4: lambda: f"AG-{_digits(rng, 9)}",
        5: lambda: f"F{_digits(rng, 11)}",
        6: lambda: f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 5)}",
        7: lambda: f"HR{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 6)}",
        8: lambda: f"MW{_digits(rng, 10)}",
        9: lambda: _digits(rng, 13),
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}-0{rng.randint(1, 4)}",
        1: lambda: f"{_letters(rng, 2)}-{_digits(rng, 5)}-{_digits(rng, 3)}",
        2: lambda: f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
        3: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}-0{rng.randint(1, 3)}",
        4: lambda: f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        5: lambda: f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}-0{rng.randint(1, 3)}",
        6: lambda: f"{_letters(rng, 3)} {_digits(rng, 5)} {_digits(rng, 4)}",
        7: lambda: f"{_letters(rng, 1)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 1)}",
        8: lambda: f"{_digits(rng, 4)} {_digits(rng, 2)} {_digits(rng, 4)} {_letters(rng, 1)}",
        9: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)} {_digits(rng, 2)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: _digits(rng, 6),
        2: lambda: f"{_digits(rng, 3)}-{_digits(rng, 4)}",
        3: lambda: _digits(rng, 6),
        5: lambda: f"G{_digits(rng, 5)}",
        7: lambda: _digits(rng, 5),
        9: lambda: f"{_letters(rng, 1)}-{_digits(rng, 5)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("placard", "p", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS,
                     ah.MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``: a letter's reason in words of its own."""
    doc = RECORDS.record(fam, n)
    for claim in doc.claims:
        if claim.reason and claim.categories:
            claim.reason = REASONS[claim.categories[0]]
    return doc


# --------------------------------------------------------------------------
# Drawing helpers

_m, _codes = u._m, nv._line_codes


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    """The payer's letterhead with ``title`` at the top right (``under`` a line below it)."""
    ls.letterhead(fam, pdf, doc, title, u._phone(doc, "paren"), under=under,
                  below=44 if under else 34)  # fmt: skip


def _numbers(doc: g.Doc) -> dict[str, int]:
    """Each code the notice uses and its note's number, in the order first used."""
    return {c: k + 1 for k, c in enumerate(u._used(doc))}


def _table(fam: Family, pdf: g.Pdf, doc: g.Doc, caption, remarks, last: str = "Notes",
           after=None) -> None:  # fmt: skip
    """Each claim under its ``caption(claim)``: its services (date, code, words, billed,
    allowed, paid, the member's share and, with ``remarks``, ``remarks(line)`` under
    ``last``), a totals row last; ``after(pdf, claim)`` prints what follows the table."""
    titles = ["Date of service", "Code", "Service", "Billed", "Allowed", "Plan paid",
              "You owe"]  # fmt: skip
    widths = [66, 50, 160, 56, 56, 56, 56]
    if remarks:
        titles, widths = [*titles, last], [*widths, 60]
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(caption(claim), fam.bold, fam.size)
        rows = [[fam.dates(ln.dos), ah._code(fam, ln), ln.desc, _m(fam, ln.billed),
                 _m(fam, ln.allowed), _m(fam, ln.paid), _m(fam, ln.owe)]
                for ln in claim.lines]  # fmt: skip
        total = ["Claim total", "", "",
                 *[_m(fam, claim.total(k)) for k in ("billed", "allowed", "paid", "owe")]]  # fmt: skip
        if remarks:
            rows = [[*r, remarks(ln)] for r, ln in zip(rows, claim.lines, strict=True)]
            total.append("")
        rows.append(total)
        pdf.table(u._cols(pdf, titles, widths, {3, 4, 5, 6}), rows, font=fam.font,
                  bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE,
                  bold_rows={len(rows) - 1})  # fmt: skip
        if after:
            after(pdf, claim)
        pdf.space(8)


def _footnotes(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, shape: str) -> None:
    """The notes at the foot: each code's number, the code and its words (``shape`` formats
    ``n``, ``code`` and ``text``)."""
    lines = [shape.format(n=k, code=c, text=doc.meanings[c])
             for c, k in _numbers(doc).items() if c in doc.meanings]  # fmt: skip
    ls.key(fam, pdf, title, lines)


def _noted(doc: g.Doc):
    """A service's remarks cell: the numbers of its codes' notes."""
    numbers = _numbers(doc)
    return lambda ln: ", ".join(str(numbers[c]) for c in _codes(ln))


def _box(fam: Family, pdf: g.Pdf, x: float, top: float, width: float, title: str,
         rows: list[tuple[str, str | None]], label_w: float = 70) -> float:  # fmt: skip
    """A ruled box whose shaded header band prints ``title``, label/value ``rows`` in it;
    returns its lowest point."""
    rows = [(k, v) for k, v in rows if v]
    low = top - 14 - len(rows) * fam.size * 1.7 - 4
    ls.titled_box(pdf, x, top, width, low, title, fam, SHADE)
    ls.pairs(fam, pdf, rows, x + 6, label_w, top - 16, step=1.7)
    return low


def _below(fam: Family, pdf: g.Pdf, rows: list[tuple[str, str | None]], x: float) -> float:
    """Each label on a line of its own with its value on the line below; returns the
    lowest point."""
    y = pdf.y
    for label, value in rows:
        if value:
            pdf.text(x, y - fam.size, label, fam.font, fam.size - 0.5)
            pdf.text(x, y - 2.2 * fam.size, value, fam.bold, fam.size + 0.5)
            y -= 3.4 * fam.size
    return y


def _coded_reason(fam: Family, doc: g.Doc, shape: str):
    """A sentence after each denied claim's table that names its codes and their words."""

    def after(pdf: g.Pdf, claim: g.ClaimRec) -> None:
        codes = [c for c in g.claim_codes(claim) if c in doc.meanings]
        if not claim.denied or not codes:
            return
        pdf.space(3)
        parts = [shape.format(code=c, text=doc.meanings[c]) for c in codes]
        pdf.para(" ".join(parts), fam.font, fam.size, after=2)

    return after


def _letter(fam: Family, pdf: g.Pdf, doc: g.Doc, re_line: str, opening: str) -> None:
    """A denial letter: its date, the address, ``re_line``, the salutation, ``opening``,
    the services, the reason and the appeal rights."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(fam.dates(doc.notice_date), font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    if re_line:
        pdf.line(re_line, bold, size, gap=size * 1.8)
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para(opening, font, size, after=6)
    pdf.para(f"Claim number {claim.number}, for {claim.patient}, billed by {claim.provider} "
             f"(NPI {claim.npi}):", font, size, after=4)  # fmt: skip
    rows = [[fam.dates(ln.dos), f"{ln.desc} ({ln.code})", _m(fam, ln.billed), _m(fam, ln.owe)]
            for ln in claim.lines]  # fmt: skip
    pdf.table(u._cols(pdf, ["Date", "Service", "Charged", "Amount you may owe"],
                      [90, 230, 70, 110], {2, 3}), rows, font=font, bold=bold,
              size=size - 0.5, header_bg=SHADE)  # fmt: skip
    pdf.space(8)
    pdf.line("Why we made this decision", bold, size + 0.5)
    pdf.para(claim.reason or "", font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You may ask us to review this decision within 180 days of the date of this "
             "letter.", font, size)  # fmt: skip


# --------------------------------------------------------------------------
# The dev layouts


def draw_boxhead(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID in the shaded header of the member's box, the employer's plan after
    "Benefit plan:" and the group inside it; a key of remark codes."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    top = pdf.y
    pdf.line(f"Statement date: {fam.dates(doc.notice_date)}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    ls.address(fam, pdf, doc)
    x = pdf.w / 2 + 10
    low = _box(fam, pdf, x, top, pdf.w - pdf.margin - x, f"Member ID {doc.member_id}",
               [("Member", doc.member_name), ("Benefit plan:", doc.plan_name),
                ("Group:", doc.group)], 64)  # fmt: skip
    pdf.y = min(pdf.y, low) - 10
    pdf.para(f"This is not a bill. {doc.funding_text}", fam.font, fam.size, after=8)
    _table(fam, pdf, doc, lambda c: f"Claim {c.number} - {c.patient} - {c.provider}",
           lambda ln: " ".join(_codes(ln)), "Remarks")  # fmt: skip
    u._key(fam, pdf, doc, "Remark code key", sep=" = ")


def draw_below(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Each label over its value on the line below (the member ID's among them), the plan
    after "Coverage:"; the codes as numbered notes at the foot."""
    _head(fam, pdf, doc, "Benefits Statement")
    top = pdf.y
    ls.address(fam, pdf, doc)
    left = pdf.y
    pdf.y = top
    low = _below(fam, pdf, [("Subscriber identification number", doc.member_id),
                            ("Date of statement", fam.dates(doc.notice_date))],
                 pdf.w / 2 + 20)  # fmt: skip
    pdf.y = min(left, low) - 4
    pdf.line(f"Coverage: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _table(fam, pdf, doc, lambda c: f"Claim {c.number}   Patient: {c.patient}   "
           f"Provider: {c.provider}", _noted(doc), "Note")  # fmt: skip
    _footnotes(fam, pdf, doc, "Notes", "{n}  {code}: {text}")


def draw_sentence(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID inside the opening sentence, the plan's name beside the group number
    with no label; each denied claim's reason in a sentence that names its code."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    pdf.line(f"Date: {fam.dates(doc.notice_date)}", fam.font, fam.size, gap=fam.size * 2)
    ls.address(fam, pdf, doc)
    pdf.line(f"Group number {doc.group}     {doc.plan_name}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    pdf.para(f"This statement is for {doc.member_name}, member ID {doc.member_id}. "
             f"{doc.funding_text} It is not a bill.", fam.font, fam.size, after=8)  # fmt: skip
    _table(fam, pdf, doc, lambda c: f"Claim {c.number} for {c.patient} ({c.provider})", None,
           after=_coded_reason(fam, doc, "We applied code {code} to this claim: "
                               "{text}"))  # fmt: skip


def draw_idgroup(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The plan as a product line in the letterhead; the member ID and the group side by
    side on one line under the address; a remark key in a table."""
    _head(fam, pdf, doc, "Explanation of Benefits", under=doc.plan_name)
    ls.address(fam, pdf, doc)
    pdf.line(f"Member: {doc.member_name}", fam.font, fam.size)
    pdf.line(f"Member ID  {doc.member_id}      Group  {doc.group}", fam.font, fam.size)
    pdf.line(f"Issued  {fam.dates(doc.notice_date)}", fam.font, fam.size, gap=fam.size * 2)
    _table(fam, pdf, doc, lambda c: f"Claim #{c.number}  Patient {c.patient}  "
           f"Rendered by {c.provider}", lambda ln: " ".join(_codes(ln)), "Codes")  # fmt: skip
    rows = [[c, doc.meanings[c]] for c in u._used(doc) if c in doc.meanings]
    if rows:
        pdf.space(4)
        pdf.table(u._cols(pdf, ["Code", "What it means"], [60, 440], set()), rows,
                  font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE)  # fmt: skip


def draw_letter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter: the member ID in parentheses after the member's name and in a
    sentence, the employer's plan after "Benefit plan:", the reason in words."""
    _head(fam, pdf, doc, "Notice of Claim Denial")
    _letter(fam, pdf, doc, f"Member: {doc.member_name} (ID {doc.member_id})",
            f"We reviewed a claim under your benefit plan. Benefit plan: {doc.plan_name}. "
            f"Please use your member ID, {doc.member_id}, when you write to us.")  # fmt: skip


# --------------------------------------------------------------------------
# The check layouts


def draw_bandid(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The subscriber ID in the header band of a box at the left, the employer's plan and
    the group in it; the codes as numbered notes "1)" at the foot."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    top = pdf.y
    low = _box(fam, pdf, pdf.margin, top, 250, f"Subscriber ID: {doc.member_id}",
               [("Subscriber", doc.member_name), ("Benefit plan", doc.plan_name),
                ("Group", doc.group)], 58)  # fmt: skip
    pdf.y = top
    ls.address(fam, pdf, doc, x=pdf.w / 2 + 30)
    pdf.line(f"Notice date {fam.dates(doc.notice_date)}", fam.font, fam.size, x=pdf.w / 2 + 30)
    pdf.y = min(pdf.y, low) - 10
    pdf.para(doc.funding_text, fam.font, fam.size, after=8)
    _table(fam, pdf, doc, lambda c: f"Claim: {c.number}   For: {c.patient}   By: {c.provider}",
           _noted(doc), "See note")  # fmt: skip
    _footnotes(fam, pdf, doc, "Notes to this statement", "{n}) {code} {text}")


def draw_yourid(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID only in a sentence ("Your identification number is ..."), the plan
    after "Coverage:"; each denied claim's reason in a sentence with its code."""
    _head(fam, pdf, doc, "Statement of Claims")
    pdf.line(f"Date of this statement: {fam.dates(doc.notice_date)}", fam.font, fam.size,
             gap=fam.size * 2)  # fmt: skip
    ls.address(fam, pdf, doc)
    pdf.para(f"Dear {doc.member_name}, here is how we handled recent claims. Your "
             f"identification number is {doc.member_id}.", fam.font, fam.size, after=4)  # fmt: skip
    pdf.line(f"Coverage: {doc.plan_name}", fam.font, fam.size, gap=fam.size * 2)
    _table(fam, pdf, doc, lambda c: f"Claim {c.number}, {c.patient}, {c.provider}", None,
           after=_coded_reason(fam, doc, "Reason code {code} - {text}"))  # fmt: skip


def draw_stacked(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The plan as a product line in the letterhead; the member ID under its label on the
    line below, beside the group's; a key of remark codes."""
    _head(fam, pdf, doc, "Explanation of Benefits", under=doc.plan_name)
    top = pdf.y
    ls.address(fam, pdf, doc)
    left = pdf.y
    pdf.y = top
    x = pdf.w / 2 + 10
    low_a = _below(fam, pdf, [("Member number", doc.member_id),
                              ("Processed", fam.dates(doc.notice_date))], x)  # fmt: skip
    low_b = _below(fam, pdf, [("Group", doc.group)], x + 120)
    pdf.y = min(left, low_a, low_b) - 4
    pdf.para(f"Member: {doc.member_name}. {doc.funding_text}", fam.font, fam.size, after=8)
    _table(fam, pdf, doc, lambda c: f"Claim {c.number} | {c.patient} | {c.provider}",
           lambda ln: " ".join(_codes(ln)), "Remark")  # fmt: skip
    u._key(fam, pdf, doc, "Remark codes", sep=" ")


def draw_notice(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter: "Your member ID is ..." in its opening, the employer's plan in a
    sentence, the reason in words."""
    _head(fam, pdf, doc, "Claim Decision")
    _letter(fam, pdf, doc, "",
            f"Your member ID is {doc.member_id}. You are covered under the {doc.plan_name}, "
            "and we have decided a claim for care you received.")  # fmt: skip


def draw_groupline(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The member ID, the group and the plan on one line, the plan after the group in
    parentheses; the codes as notes "Note 1" at the foot."""
    _head(fam, pdf, doc, "Explanation of Benefits")
    ls.address(fam, pdf, doc)
    pdf.line(f"Insured: {doc.member_name}     Statement date: {fam.dates(doc.notice_date)}",
             fam.font, fam.size)  # fmt: skip
    pdf.line(f"ID No. {doc.member_id}   Group {doc.group} ({doc.plan_name})", fam.font,
             fam.size, gap=fam.size * 2)  # fmt: skip
    _table(fam, pdf, doc, lambda c: f"Claim {c.number}  {c.patient}  {c.provider}",
           _noted(doc), "Note")  # fmt: skip
    _footnotes(fam, pdf, doc, "Notes", "Note {n}: {code} - {text}")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {name: (_AMOUNTS | {"modifiers"}, _AMOUNTS) for name in DRAW}
PRINTED.update({"letter": ({"billed", "owe"}, set()), "notice": ({"billed", "owe"}, set())})


# --------------------------------------------------------------------------
# The set


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix), if its family scans it."""
    return nv.scanned(fam, n, text_pdf, base=6600)


def _reasons(fam: Family, text: str, exp: dict) -> list[str]:
    """Each denied claim's reason is printed: a letter's words, else its codes' meanings."""
    return ls.reasons_printed(nv.MEANINGS)(fam, " ".join(text.split()), exp)


SET = ls.LayoutSet("placard", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   scan=scanned, text=nv._text, more_checks=_reasons)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
