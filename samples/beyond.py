"""The beyond set: text notices whose services are printed as blocks, lists and two-line rows, in a dev and a check half.

Ten layout families, ``y00``-``y09``, drawn from how real explanations of benefits,
remittance advices and denial letters print what the other sets do not: a claim's
services as blocks of labelled amounts, as bulleted or indented lists, or as rows in two
lines (the description on one, its amounts on the next) rather than one table row each;
tables whose patient share is split into deductible, copay, coinsurance and not-covered
columns with no column of its own (the share is their sum); a zero printed blank or as a
dash ("—"); the provider's write-off printed as a credit ("-25.00", "25.00CR"); codes
inside a service's words ("Lactation consult (S9443)", "99403-25"); and the member ID,
the plan's name and the notice's date after labels such as "Subscriber #", "Cert #",
"Identification no.", "Coverage:", "Benefit plan:", "Product:", "Inquiry date" and "Date
of this statement".

Its dev half, ``y00``-``y04``, is open for tuning; its check half, ``y05``-``y09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/beyond --families y05 y06 y07 y08
y09``). ``python samples/beyond.py`` writes both to ``tests/data/varied/beyond/`` as
``y<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print,
``--families 5 --out DIR`` writes one family elsewhere. Records are drawn as the ahead
set's are (``samples/ahead.py`` ``Records``).

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers
import wild as w  # noqa: E402  - samples/wild.py: reasons in words, panels

ZERO = g.ZERO
SHADE = colors.HexColor("#e4eadf")
DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
DASH = "\u2014"


def dash0(x: Decimal) -> str:
    """``1,234.50``, a zero as a dash."""
    return DASH if x == ZERO else f"{x:,.2f}"


def blank0(x: Decimal) -> str:
    """``1234.50``, a zero left blank."""
    return "" if x == ZERO else f"{x:.2f}"


def usd_dash(x: Decimal) -> str:
    """``$1,234.50``, a zero as a dash."""
    return DASH if x == ZERO else f"${x:,.2f}"


def credit_cr(x: Decimal) -> str:
    """A write-off as a remittance prints a credit: ``25.00CR``, nothing for a zero."""
    return "" if x == ZERO else f"{x:.2f}CR"


def credit_minus(x: Decimal) -> str:
    """A write-off as a negative amount: ``-25.00``, nothing for a zero."""
    return "" if x == ZERO else f"-{x:,.2f}"


def d_long_abbrev(d: date) -> str:
    """``Mar 04, 2026``."""
    return d.strftime("%b %d, %Y")


# --------------------------------------------------------------------------
# The families


Family = ah.Family  # a layout, whether its services carry modifiers and how they are glued

FAMILIES = [
    # the dev half
    Family(0, "blocks", "eob", "Helvetica", "Helvetica-Bold", 8.0, usd_dash, g.d_us,
           (1, 2), (1, 3), ("out_of_network", "provider_type", "cost_sharing"),
           funding="fully_insured", mixed=True, modifiers=True),
    Family(1, "splitcols", "eob", "Helvetica", "Helvetica-Bold", 7.5, blank0, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "out_of_network", "medical_necessity"),
           funding="self_funded", mixed=True),
    Family(2, "tworow", "eob", "Times-Roman", "Times-Bold", 8.5, g.usd, d_long_abbrev,
           (1, 2), (1, 2), ("not_covered", "cost_sharing", "prior_authorization"),
           infant=True, mixed=True, modifiers=True),
    Family(3, "bullets", "eob", "Helvetica", "Helvetica-Bold", 8.5, g.usd, g.d_mon,
           (1, 2), (1, 2), ("out_of_network", "frequency_limit", "cost_sharing"),
           funding="fully_insured", network=True, paid_doc=2),
    Family(4, "crremit", "remit", "Courier", "Courier-Bold", 7.0, blank0, g.d_us,
           (3, 4), (1, 2), ("provider_type", "out_of_network", "cost_sharing"),
           mixed=True, modifiers=True, glue=" "),
    # the check half
    Family(5, "cards", "eob", "Helvetica", "Helvetica-Bold", 8.0, usd_dash, d_long_abbrev,
           (1, 2), (1, 2), ("place_of_service", "cost_sharing", "out_of_network"),
           funding="self_funded", mixed=True, modifiers=True, glue=" "),
    Family(6, "dashcols", "eob", "Helvetica", "Helvetica-Bold", 7.5, dash0, g.d_us,
           (1, 2), (1, 3), ("cost_sharing", "out_of_network", "not_covered"),
           funding="fully_insured", mixed=True, infant=True),
    Family(7, "tworemit", "remit", "Helvetica", "Helvetica-Bold", 7.5, blank0, g.d_us,
           (3, 4), (1, 2), ("medical_necessity", "out_of_network", "cost_sharing"),
           mixed=True, modifiers=True),
    Family(8, "listletter", "letter", "Times-Roman", "Times-Bold", 10.0, g.usd, g.d_long,
           (1, 1), (1, 3), ("provider_type", "prior_authorization", "medical_necessity"),
           npi=True, codes=False),
    Family(9, "inline", "eob", "Courier", "Courier-Bold", 8.0, g.num, g.d_us,
           (1, 2), (1, 2), ("frequency_limit", "cost_sharing", "out_of_network"),
           mixed=True, modifiers=True),
]  # fmt: skip

PAYERS = [
    ("Pemberton Valley Health Insurance", "Harrisburg", "PA", "17101"),
    ("Arbor Ridge Benefit Services", "Madison", "WI", "53703"),
    ("Silvermoor Health Plan", "Boise", "ID", "83702"),
    ("Kestrel Point Assurance Company", "Portland", "ME", "04101"),
    ("Wyndham Fork Claims Services", "Tulsa", "OK", "74103"),
    ("Brackenridge Employee Benefit Trust", "Omaha", "NE", "68102"),
    ("Clearwater Basin Health", "Billings", "MT", "59101"),
    ("Marlow Bay Health Payments", "Wilmington", "DE", "19801"),
    ("Thistledown Community Health Plan", "Burlington", "VT", "05401"),
    ("Ironwood Mutual Health", "Cheyenne", "WY", "82001"),
]
PLAN_NAMES = {  # (plan name, plan type) per family; remittances name no plan
    0: ("Pemberton Choice Network", None),
    1: ("Arbor Ridge Employer Plan", None),
    2: ("Silvermoor Select Care", None),
    3: ("Kestrel Point Open Access PPO", "PPO"),
    5: ("Brackenridge Trust Medical Plan", None),
    6: ("Clearwater Gold Advantage", None),
    8: ("Thistledown Family Care HMO", "HMO"),
    9: ("Ironwood Plus EPO", "EPO"),
}
FUNDING_TEXT = {
    0: "Your coverage is insured by {payer}.",
    1: "Your employer funds this self-insured plan; {payer} processes its claims.",
    3: "This health coverage is insured by {payer}.",
    5: "This is a self-funded plan. {payer} provides administrative services only.",
    6: "This plan is underwritten by {payer}.",
}
DESCRIPTIONS = {  # a service's words, as a description prints them
    "S9443": "Lactation consult",
    "99401": "Preventive counseling, 15 min",
    "99402": "Preventive counseling, 30 min",
    "99403": "Preventive counseling, 45 min",
    "99404": "Preventive counseling, 60 min",
}
MODIFIERS = ("25", "33", "TH")  # a separate visit, a preventive service, postpartum care


# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters


def _claim_number(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"PV{_digits(rng, 11)}",
        1: lambda: f"{_digits(rng, 5)}-{_digits(rng, 6)}",
        2: lambda: f"SM{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}",
        3: lambda: _digits(rng, 13),
        4: lambda: f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
        5: lambda: f"BT-{_digits(rng, 4)}-{_digits(rng, 5)}",
        6: lambda: f"CB{_digits(rng, 10)}",
        7: lambda: f"{_digits(rng, 11)}",
        8: lambda: f"TD{_digits(rng, 8)}",
        9: lambda: f"IM{_digits(rng, 4)}-{_digits(rng, 6)}",
    }
    return shapes[fam.id]()


def _member_id(fam: Family, rng: random.Random) -> str:
    shapes = {
        0: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        1: lambda: f"{_digits(rng, 9)}-00",
        2: lambda: f"SV{_digits(rng, 8)}",
        3: lambda: f"{_letters(rng, 3)} {_digits(rng, 8)}",
        4: lambda: f"W{_digits(rng, 9)}",
        5: lambda: f"{_letters(rng, 2)}{_digits(rng, 7)}-01",
        6: lambda: f"{_letters(rng, 3)}{_digits(rng, 9)}",
        7: lambda: f"{_letters(rng, 1)}{_digits(rng, 10)}",
        8: lambda: f"{_digits(rng, 11)}",
        9: lambda: f"IMH{_digits(rng, 7)}",
    }
    return shapes[fam.id]()


def _group(fam: Family, rng: random.Random) -> str | None:
    shapes = {
        0: lambda: f"{_digits(rng, 6)}",
        1: lambda: f"AR{_digits(rng, 5)}",
        5: lambda: f"{_digits(rng, 5)}-{_digits(rng, 3)}",
        6: lambda: f"G-{_digits(rng, 6)}",
    }
    return shapes[fam.id]() if fam.id in shapes else None


RECORDS = ah.Records("beyond", "y", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS, MODIFIERS,
                     _claim_number, _member_id, _group, trace_digits=9)  # fmt: skip
record = RECORDS.record


# --------------------------------------------------------------------------
# Drawing helpers

_m, _phone, _codes = u._m, u._phone, nv._line_codes


_code, _in_words = ah._code, ah._in_words  # "99403-25", "Lactation consult (S9443)"
share_parts = ah.share_parts  # the share no cost-share column holds, the write-off


def _totals(fam: Family, claim: g.ClaimRec, keys: list[str | None]) -> list[str]:
    """A claim's totals of ``keys``, a zero printed as the family prints it unless that
    leaves it blank (a total is never left blank)."""
    return [(_m(fam, claim.total(k)) or g.num(ZERO)) if k else "" for k in keys]


def _head(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, under: str = "") -> None:
    ls.letterhead(fam, pdf, doc, title, _phone(doc, "paren"), size=12.5, title_size=10,
                  under=under, below=36)  # fmt: skip


def _beside_address(fam: Family, pdf: g.Pdf, doc: g.Doc, rows: list[tuple[str, str | None]],
                    label_w: float = 96) -> None:  # fmt: skip
    """The member's address at the left, label/value ``rows`` beside it (``ah.beside_address``)."""
    ah.beside_address(fam, pdf, doc, rows, label_w, gap=10)


def _pairs_line(fam: Family, pdf: g.Pdf, pairs: list[tuple[str, str]], x: float,
                step: float, font: str | None = None) -> None:  # fmt: skip
    """``label value`` pairs on one line, each ``step`` points right of the one before."""
    for k, (label, value) in enumerate(pairs):
        pdf.text(x + k * step, pdf.y - fam.size, f"{label} {value}", font or fam.font, fam.size)
    pdf.y -= fam.size * 1.5


def _split_row(fam: Family, ln: g.Line, credit) -> list[str]:
    """A service's amounts split by who bears them: billed, the write-off as ``credit``,
    deductible, copay, coinsurance, not covered (the member's), paid."""
    rest, saving = share_parts(ln)
    return [_m(fam, ln.billed), credit(saving), fam.money(ln.deductible), fam.money(ln.copay),
            fam.money(ln.coins), fam.money(rest), _m(fam, ln.paid)]  # fmt: skip


def _two_line_table(fam: Family, pdf: g.Pdf, cols, claim: g.ClaimRec, first, second,
                    total: list[str]) -> None:  # fmt: skip
    """Each service in two rows, ``first(ln)`` (its words, across the row) over
    ``second(ln)`` (its amounts in the columns), a totals row ``total`` last."""
    rows: list[list[str]] = []
    for ln in claim.lines:
        rows.append([first(ln), *[""] * (len(cols) - 1)])
        rows.append(second(ln))
    rows.append(total)
    pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=fam.size - 0.5, ruled=False,
              header_bg=SHADE, row_h=fam.size * 1.45, bold_rows={len(rows) - 1},
              fit=False)  # fmt: skip


# --------------------------------------------------------------------------
# The dev layouts


def draw_blocks(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB printing each service as a block: its words, then its amounts by label."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits")
    _beside_address(fam, pdf, doc, [("Subscriber", doc.member_name),
                                    ("Subscriber #", doc.member_id), ("Group #", doc.group),
                                    ("Coverage:", doc.plan_name),
                                    ("Date of this statement", fam.dates(doc.notice_date))])  # fmt: skip
    pdf.para(f"This is not a bill. {doc.funding_text}", font, size, after=8)
    for claim in doc.claims:
        pdf.need(120)
        pdf.rule(0.6)
        pdf.line(f"Claim {claim.number}   Patient: {claim.patient}   Provider: {claim.provider}",
                 bold, size + 0.5)  # fmt: skip
        for k, ln in enumerate(claim.lines, 1):
            pdf.need(50)
            pdf.line(f"Service {k}   {fam.dates(ln.dos)}   {_in_words(fam, ln)}", bold, size,
                     x=pdf.margin + 10)  # fmt: skip
            _pairs_line(fam, pdf, [("Charged", _m(fam, ln.billed)),
                                   ("Allowed", _m(fam, ln.allowed)),
                                   ("Plan paid", _m(fam, ln.paid)),
                                   ("Your cost", _m(fam, ln.owe))], pdf.margin + 20, 112)  # fmt: skip
            if _codes(ln):
                pdf.line(f"Remarks: {' '.join(_codes(ln))}", font, size, x=pdf.margin + 20)
            pdf.space(3)
        t = _totals(fam, claim, ["billed", "allowed", "paid", "owe"])
        pdf.line(f"Claim totals   Charged {t[0]}   Allowed {t[1]}   Plan paid {t[2]}   "
                 f"Your cost {t[3]}", bold, size)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "What the remarks mean", sep=" - ")


def draw_splitcols(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB whose member share is split over deductible, copay, coinsurance and
    not-covered columns, zeros left blank, the write-off printed as a negative amount."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "EXPLANATION OF BENEFITS")
    _beside_address(fam, pdf, doc, [("Member", doc.member_name), ("Cert #", doc.member_id),
                                    ("Product:", doc.plan_name), ("Group", doc.group),
                                    ("Inquiry date", fam.dates(doc.notice_date))], 70)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Service date", "Service", "Amount\ncharged", "Provider\nwrite-off",
              "Deductible", "Copay", "Coinsurance", "Not\ncovered", "Plan\npaid", "Remark"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim {claim.number}   Patient {claim.patient}   Provider {claim.provider}",
                 bold, size)  # fmt: skip
        rows = [[fam.dates(ln.dos), _in_words(fam, ln), *_split_row(fam, ln, credit_minus),
                 " ".join(_codes(ln))] for ln in claim.lines]  # fmt: skip
        pdf.table(u._cols(pdf, titles, [56, 150, 50, 52, 50, 40, 56, 44, 44, 50],
                          set(range(2, 9))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=SHADE)  # fmt: skip
        t = _totals(fam, claim, ["billed", "paid", "owe"])
        pdf.line(f"Claim total charged {t[0]}    Plan paid {t[1]}    You owe {t[2]}", bold, size)
        pdf.space(8)
    u._key(fam, pdf, doc, "Remarks", sep=": ")


def draw_tworow(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB in a serif face: each service's words on one row, its amounts on the next."""
    size, bold = fam.size, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits", doc.plan_name)
    _beside_address(fam, pdf, doc, [("Member:", doc.member_name),
                                    ("Identification no.", doc.member_id),
                                    ("Benefit plan:", doc.plan_name),
                                    ("Date of this statement", fam.dates(doc.notice_date))],
                    104)  # fmt: skip
    cols = u._cols(pdf, ["Date of service", "Billed", "Allowed", "Plan paid", "Your share",
                         "Remarks"], [110, 74, 74, 74, 74, 110], {1, 2, 3, 4})  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"{claim.patient} - claim {claim.number} - {claim.provider}", bold, size)
        _two_line_table(fam, pdf, cols, claim,
                        lambda ln: f"{ln.desc}   {_code(fam, ln)}",
                        lambda ln: [fam.dates(ln.dos), _m(fam, ln.billed), _m(fam, ln.allowed),
                                    _m(fam, ln.paid), _m(fam, ln.owe), " ".join(_codes(ln))],
                        ["Claim total", *_totals(fam, claim, ["billed", "allowed", "paid",
                                                              "owe"]), ""])  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Remark codes", sep=": ")


def draw_bullets(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A claims summary listing each service as a bulleted sentence of amounts."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Your Claims Summary")
    ls.address(fam, pdf, doc)
    w._panel(fam, pdf, [("Member", doc.member_name), ("Cert #", doc.member_id),
                        ("Coverage:", f"{doc.plan_name}"),
                        ("Inquiry date", fam.dates(doc.notice_date))], 4, h=22)  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    for claim in doc.claims:
        pdf.need(90)
        net = "in network" if claim.network == "in" else "out of network"
        pdf.line(f"Claim number {claim.number} for {claim.patient}", bold, size + 0.5)
        pdf.line(f"Provider: {claim.provider} ({net})", font, size)
        for ln in claim.lines:
            codes = f" ({', '.join(_codes(ln))})" if _codes(ln) else ""
            pdf.para(f"\u2022 {fam.dates(ln.dos)} - {ln.code} {ln.desc}: billed "
                     f"{_m(fam, ln.billed)}; allowed {_m(fam, ln.allowed)}; plan paid "
                     f"{_m(fam, ln.paid)}; you may owe {_m(fam, ln.owe)}{codes}", font, size,
                     x=pdf.margin + 12, after=2)  # fmt: skip
        pdf.line(f"Total billed {_m(fam, claim.total('billed'))}  Total you may owe "
                 f"{_m(fam, claim.total('owe'))}", bold, size)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Code meanings", sep=" - ")


def draw_crremit(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A monospace remittance: cost-share columns and write-offs as credits ("25.00CR"),
    zeros blank, no column of the patient's share."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(f"{doc.payer_name.upper()}    PROVIDER REMITTANCE", bold, 10, gap=14)
    pdf.line(f"{' '.join(doc.payer_addr)}   {_phone(doc, 'dots')}", font, size)
    pdf.line(f"PAYEE {x.payee}   NPI {x.payee_npi}   CHECK {x.trace}   DATE "
             f"{fam.dates(doc.notice_date)}", font, size, gap=size * 2.5)  # fmt: skip
    head = (f"{'SERV DATE':<11}{'PROC MOD':<10}{'BILLED':>9}{'WRITE-OFF':>11}{'DEDUCT':>8}"
            f"{'COPAY':>8}{'COINS':>8}{'NON-COV':>9}{'PAID':>9}  RC")  # fmt: skip
    for claim in doc.claims:
        pdf.need(size * 9)
        pdf.line(f"PATIENT {ls.surname_first(claim.patient)}  SUBSCRIBER # {claim.member_id}"
                 f"  ICN {claim.number}", bold, size)  # fmt: skip
        pdf.line(head, bold, size - 0.5)
        for ln in claim.lines:
            c = _split_row(fam, ln, credit_cr)
            pdf.line(f"{fam.dates(ln.dos):<11}{_code(fam, ln):<10}{c[0]:>9}{c[1]:>11}{c[2]:>8}"
                     f"{c[3]:>8}{c[4]:>8}{c[5]:>9}{c[6]:>9}  {' '.join(_codes(ln))}", font,
                     size - 0.5)  # fmt: skip
        t = _totals(fam, claim, ["billed", "paid", "owe"])
        pdf.line(f"{'CLAIM TOTALS':<21}{t[0]:>9}{'':>44}{t[1]:>9}   PT RESP {t[2]}", bold,
                 size - 0.5)  # fmt: skip
        pdf.space(size)
    u._key(fam, pdf, doc, "REASON CODES", sep="  ")


# --------------------------------------------------------------------------
# The check layouts


def draw_cards(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A portal's claim page: each service a card of labels over values, zeros as dashes."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Claim Detail")
    ls.address(fam, pdf, doc)
    low = ls.label_rows(fam, pdf, [("Subscriber", doc.member_name),
                                   ("Subscriber #", doc.member_id), ("Product:", doc.plan_name),
                                   ("Group", doc.group),
                                   ("Date of this statement", fam.dates(doc.notice_date))],
                        pdf.margin, pdf.y, 110)  # fmt: skip
    pdf.y = low - 4
    pdf.para(doc.funding_text, font, size, after=8)
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim # {claim.number}  |  {claim.patient}  |  {claim.provider}", bold, size)
        for ln in claim.lines:
            pdf.need(50)
            pdf.line(f"Procedure: {_in_words(fam, ln)}", bold, size, x=pdf.margin + 4)
            w._panel(fam, pdf, [("Date of service", fam.dates(ln.dos)),
                                ("Amount charged", _m(fam, ln.billed)),
                                ("Plan allowed", _m(fam, ln.allowed)),
                                ("Plan paid", _m(fam, ln.paid)),
                                ("Member owes", _m(fam, ln.owe)),
                                ("Remark", " ".join(_codes(ln)) or DASH)], 6, h=22)  # fmt: skip
        t = _totals(fam, claim, ["billed", "paid", "owe"])
        pdf.line(f"Claim totals: charged {t[0]}, plan paid {t[1]}, member owes {t[2]}", bold,
                 size)  # fmt: skip
        pdf.space(8)
    u._key(fam, pdf, doc, "Remarks", sep=": ")


def draw_dashcols(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """An EOB with cost-share columns and no share column, zeros as dashes, the write-off
    as a credit."""
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Explanation of Benefits")
    _beside_address(fam, pdf, doc, [("Member name", doc.member_name),
                                    ("Identification no.", doc.member_id),
                                    ("Benefit plan:", doc.plan_name), ("Group no.", doc.group),
                                    ("Inquiry date", fam.dates(doc.notice_date))])  # fmt: skip
    pdf.para(doc.funding_text, font, size, after=8)
    titles = ["Date", "Description", "Charges", "Discount", "Ded.", "Co-pay", "Co-ins",
              "Non-covered", "Paid", "Codes"]  # fmt: skip
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"{claim.patient} - Claim {claim.number} - {claim.provider}", bold, size)
        rows = [[fam.dates(ln.dos), _in_words(fam, ln),
                 *_split_row(fam, ln, lambda v: credit_cr(v) or DASH), " ".join(_codes(ln))]
                for ln in claim.lines]  # fmt: skip
        rows.append(["Totals", "", _m(fam, claim.total("billed")), "", "", "", "", "",
                     _m(fam, claim.total("paid")), ""])  # fmt: skip
        pdf.table(u._cols(pdf, titles, [52, 150, 50, 54, 44, 44, 44, 56, 50, 56],
                          set(range(2, 9))), rows, font=font, bold=bold, size=size - 0.5,
                  header_bg=SHADE, bold_rows={len(rows) - 1})  # fmt: skip
        pdf.line(f"Your responsibility for this claim: {_m(fam, claim.total('owe'))}", bold, size)
        pdf.space(8)
    u._key(fam, pdf, doc, "Codes", sep=" - ")


def draw_tworemit(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A remittance advice whose service rows take two lines (the service, then its
    amounts), write-offs as negative amounts, the patient's share in cost-share columns."""
    x: nv.Extra = doc.extra["x"]
    size, font, bold = fam.size, fam.font, fam.bold
    _head(fam, pdf, doc, "Remittance Advice")
    pdf.line(f"Payee: {x.payee}    NPI: {x.payee_npi}    EFT trace: {x.trace}", font, size)
    pdf.line(f"Remit date: {fam.dates(doc.notice_date)}", font, size, gap=size * 2.2)
    cols = u._cols(pdf, ["Date", "Charge", "Adjustment", "Deductible", "Copay", "Coinsurance",
                         "Non-covered", "Paid", "Group/Reason"],
                   [64, 56, 60, 56, 50, 60, 60, 56, 70], set(range(1, 8)))  # fmt: skip
    for claim in doc.claims:
        pdf.need(90)
        pdf.line(f"Patient: {claim.patient}    Cert #: {claim.member_id}    Claim: "
                 f"{claim.number}", bold, size)  # fmt: skip
        _two_line_table(fam, pdf, cols, claim,
                        lambda ln: f"{_code(fam, ln)}  {ln.desc}",
                        lambda ln: [fam.dates(ln.dos), *_split_row(fam, ln, credit_minus),
                                    " ".join(_codes(ln))],
                        ["Claim total", *_totals(fam, claim, ["billed", *[None] * 5, "paid"]),
                         ""])  # fmt: skip
        pdf.line(f"Patient responsibility {_totals(fam, claim, ['owe'])[0]}", font, size)
        pdf.space(6)
    u._key(fam, pdf, doc, "Adjustment reasons", sep="  ")


def draw_listletter(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A denial letter that lists the services, each as indented labelled lines."""
    claim = doc.claims[0]
    size, font, bold = fam.size, fam.font, fam.bold
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - 14, doc.payer_name, bold, 15)
    pdf.text(pdf.margin, top - 28, f"{', '.join(doc.payer_addr)}  {_phone(doc, 'paren')}",
             font, 9)  # fmt: skip
    pdf.y = top - 52
    pdf.line(f"Date: {fam.dates(doc.notice_date)}", font, size, gap=size * 2)
    ls.address(fam, pdf, doc)
    low = ls.pairs(fam, pdf, [("Subscriber:", doc.member_name), ("Subscriber #:", doc.member_id),
                              ("Benefit plan:", f"{doc.plan_name}"), ("Patient:", claim.patient),
                              ("Claim number:", claim.number),
                              ("Provider:", f"{claim.provider} (NPI {claim.npi})")],
                   pdf.margin, 100, pdf.y)  # fmt: skip
    pdf.y = low - 8
    pdf.line(f"Dear {doc.member_name}:", font, size, gap=size * 1.8)
    pdf.para("We have reviewed the claim for the services listed below and we will not pay "
             "for them.", font, size, after=6)  # fmt: skip
    for k, ln in enumerate(claim.lines, 1):
        pdf.need(60)
        pdf.line(f"{k}. {_in_words(fam, ln)}", bold, size, x=pdf.margin + 12)
        for label, value in (("Date of service", fam.dates(ln.dos)),
                             ("Amount billed", _m(fam, ln.billed)),
                             ("Amount you owe", _m(fam, ln.owe))):  # fmt: skip
            pdf.line(f"{label}: {value}", font, size, x=pdf.margin + 26)
        pdf.space(4)
    pdf.line("Why we made this decision", bold, size + 0.5)
    pdf.para(claim.reason, font, size, after=8)
    pdf.line("Your right to appeal", bold, size + 0.5)
    pdf.para("You may ask us to review this decision within 180 days of the date of this "
             "letter.", font, size)  # fmt: skip


def draw_inline(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """A typewriter statement: each service one line of labelled amounts under its claim."""
    size, font, bold = fam.size, fam.font, fam.bold
    pdf.line(doc.payer_name.upper(), bold, 11, gap=13)
    pdf.line(f"{', '.join(doc.payer_addr)}   {_phone(doc, 'one')}", font, size)
    pdf.line("STATEMENT OF CLAIMS", bold, size + 1, gap=size * 2.4)
    ls.address(fam, pdf, doc)
    for label, value in (("Member", doc.member_name), ("Cert #", doc.member_id),
                         ("Coverage:", f"{doc.plan_name}"),
                         ("Inquiry date", fam.dates(doc.notice_date))):  # fmt: skip
        pdf.line(f"{label:<14}{value}", font, size)
    pdf.space(8)
    for claim in doc.claims:
        pdf.need(70)
        pdf.line(f"CLAIM {claim.number}  PATIENT {claim.patient}  PROVIDER {claim.provider}",
                 bold, size)  # fmt: skip
        for ln in claim.lines:
            pdf.line(f"  {fam.dates(ln.dos)} {_code(fam, ln):<9} CHG {_m(fam, ln.billed):>7}"
                     f"  ALLOWED {_m(fam, ln.allowed):>7}  PAID {_m(fam, ln.paid):>7}  YOU OWE"
                     f" {_m(fam, ln.owe):>7}  {' '.join(_codes(ln))}", font, size - 0.5)  # fmt: skip
        t = _totals(fam, claim, ["billed", "allowed", "paid", "owe"])
        pdf.line(f"  CLAIM TOTAL         CHG {t[0]:>7}  ALLOWED {t[1]:>7}  PAID {t[2]:>7}  "
                 f"YOU OWE {t[3]:>7}", bold, size - 0.5)  # fmt: skip
        pdf.space(size)
    u._key(fam, pdf, doc, "CODES", sep="  ")


DRAW = ls.drawers(globals())
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
_SPLIT = {"billed", "paid", "owe"}
# what each layout prints: (line fields, claim total fields)
PRINTED = {
    "blocks": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "splitcols": (_SPLIT, _SPLIT),
    "tworow": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
    "bullets": (_AMOUNTS, {"billed", "owe"}),
    "crremit": (_SPLIT | {"modifiers"}, _SPLIT),
    "cards": (_AMOUNTS | {"modifiers"}, _SPLIT),
    "dashcols": (_SPLIT, _SPLIT),
    "tworemit": (_SPLIT | {"modifiers"}, _SPLIT),
    "listletter": ({"billed", "owe"}, set()),
    "inline": (_AMOUNTS | {"modifiers"}, _AMOUNTS),
}
FOOTERS = {
    "blocks": "Pemberton Valley Health Insurance - keep this statement for your records",
    "dashcols": "This is not a bill.",
}


# --------------------------------------------------------------------------
# The set


def _decorate(fam: Family, doc: g.Doc):
    return ls.footer(fam, FOOTERS[fam.layout]) if fam.layout in FOOTERS else None


SET = ls.LayoutSet("beyond", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                   decorate=_decorate, text=nv._text, capitals=True,
                   more_checks=ls.reasons_printed(nv.MEANINGS))  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
