"""Varied, seed-driven EOBs, denial letters and remittances for held-out accuracy checks.

``samples/generate.py`` draws the repository's own samples, one hand-made layout
each. This generator draws *layout families*: a family is a set of style
parameters (document kind, label wording, field order, columns and their order,
fonts and sizes, ruled or unruled tables, date and money formats, how codes are
printed, scans) fixed by its id, so several documents share one layout while
their values and row counts differ. Label wording is drawn from synonym pools
that include words ``appealgen/data/rules/labels.yaml`` does not list.

Families are split by id, once and for all (``split_of``):

* ``tune``    ids 0-17: a reader may be tuned against these;
* ``heldout`` ids 18-29: never look at them while tuning; they say how a
  reader does on layouts it has not seen.

Every document comes with ``<name>.expected.json`` in the contract's shape,
built from the same record as the drawing (``samples.generate.expected``).
Names are ``v<family>_<kind>_<n>``; the family id is the number after ``v``.

    python samples/varied.py                         # rewrite tests/data/varied/
    python samples/varied.py --out /tmp/big --docs 8 # a bigger corpus elsewhere
    python samples/varied.py --out /tmp/x --families 0 1 2 --docs 3

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py, importable as a script's sibling

D = Decimal
ZERO = g.ZERO
REPO = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO / "tests" / "data" / "varied"

N_FAMILIES = 30
TUNE_IDS = range(0, 18)
HELDOUT_IDS = range(18, 30)
SCAN_FAMILIES = frozenset({2, 9, 19, 24})  # two per split: printed, then scanned
DOCS_PER_FAMILY = 3  # the committed corpus: one to learn from, two to check
KINDS = ("table_eob", "kv_claims", "line_items", "prose_letter", "medicaid_notice", "remittance")


def split_of(family: int) -> str:
    """``tune`` or ``heldout``: fixed by the family id, never by the documents."""
    if family in TUNE_IDS:
        return "tune"
    if family in HELDOUT_IDS:
        return "heldout"
    raise ValueError(f"no family {family}")


def family_of(name: str) -> int:
    """The family id in a document name ``v<id>_<kind>_<n>``."""
    return int(name.split("_", 1)[0][1:])


# --------------------------------------------------------------------------
# Wording pools: labels.yaml words and words it does not know, mixed


LABELS: dict[str, list[str]] = {
    "member_name": [
        "Member",
        "Subscriber",
        "Insured",
        "Plan member",
        "Covered person",
        "Name of member",
        "Account holder",
        "Enrollee",
        "Policyholder name",
    ],
    "member_id": [
        "Member ID",
        "ID number",
        "Subscriber ID",
        "Member identifier",
        "Card number",
        "Insurance ID",
        "Membership no.",
        "Identification #",
        "Plan ID number",
    ],
    "group": [
        "Group number",
        "Group",
        "Employer group no.",
        "Group plan no.",
        "Policy group",
        "Account",
    ],
    "plan": ["Plan", "Plan name", "Product", "Benefit plan", "Coverage plan", "Your plan"],
    "notice_date": [
        "Date",
        "Statement date",
        "Date of notice",
        "Notice date",
        "Issued",
        "Date sent",
        "Mailed on",
        "Letter date",
        "Processed",
        "Statement prepared",
    ],
    "claim": [
        "Claim number",
        "Claim #",
        "Claim ID",
        "Claim no.",
        "Claim reference",
        "Payer claim number",
        "Claim identifier",
        "Our claim no.",
    ],
    "patient": [
        "Patient",
        "Patient name",
        "Services for",
        "Person treated",
        "Care recipient",
        "Patient/dependent",
        "Member receiving care",
    ],
    "provider": [
        "Provider",
        "Rendering provider",
        "Provided by",
        "Clinician",
        "Care given by",
        "Servicing practitioner",
        "Treating clinician",
    ],
    "npi": ["NPI", "Provider NPI", "National provider ID", "NPI no."],
    "phone": [
        "Customer service",
        "Member services",
        "Questions? Call",
        "Phone",
        "Call us at",
        "Help line",
    ],
    "reference": [
        "Reference no.",
        "Our reference",
        "Correspondence ID",
        "Letter reference",
        "Document ID",
        "Case reference",
        "Notice ID",
    ],
}
COLUMNS: dict[str, list[str]] = {
    "date": [
        "Date of service",
        "Service date",
        "DOS",
        "Date(s)",
        "Visit date",
        "Service dt",
        "When",
    ],
    "code": ["Procedure code", "Code", "CPT/HCPCS", "Service code", "Billing code", "Proc"],
    "desc": ["Description", "Service", "What you received", "Service description", "Care provided"],
    "dx": ["Diagnosis", "Dx", "ICD-10", "Diag. code", "Condition code"],
    "units": ["Units", "Qty", "Times", "No. of units"],
    "billed": [
        "Billed",
        "Amount billed",
        "Charges",
        "Provider charged",
        "Submitted",
        "Total charge",
        "Billed amt",
    ],
    "allowed": [
        "Allowed",
        "Plan allowance",
        "Approved amount",
        "Eligible expense",
        "Covered amount",
        "Max payable",
    ],
    "paid": ["Paid", "Plan paid", "We paid", "Benefit amount", "Payment", "Plan's payment"],
    "owe": [
        "You owe",
        "Patient responsibility",
        "Your share",
        "Member owes",
        "Amount you may owe",
        "Your cost",
        "Left for you to pay",
    ],
    "codes": ["Remarks", "Reason code", "Codes", "Notes", "Explanation code", "Msg", "See note"],
    "status": ["Status", "Claim status", "Outcome", "Decision"],
}
TITLES = {
    "eob": [
        "EXPLANATION OF BENEFITS",
        "Statement of Benefits",
        "Your Claim Summary",
        "Health Care Claim Statement",
        "Benefits Statement",
        "This is not a bill",
    ],
    "denial_letter": [
        "Notice of Claim Denial",
        "Claim Decision",
        "Important: claim decision",
        "Re: your claim",
    ],
    "medicaid": [
        "NOTICE OF ADVERSE BENEFIT DETERMINATION",
        "Notice of Action",
        "Adverse Benefit Determination",
    ],
    "remittance_835": [
        "PROVIDER REMITTANCE ADVICE",
        "Remittance Advice",
        "Provider Payment Summary",
        "Explanation of Payment",
    ],
}
FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
    ("Vera", "Vera-Bold"),
]
DATE_FORMATS: list[Callable[[date], str]] = [g.d_us, g.d_slash, g.d_long, g.d_mon, g.d_dash]
MONEY_FORMATS: list[Callable[[Decimal], str]] = [g.usd, g.num, g.bare]
PAYERS = [
    ("Ridgeline Health Cooperative", "Denver", "CO", "80202"),
    ("Bayou Mutual Health", "Baton Rouge", "LA", "70801"),
    ("Pinecrest Benefit Administrators", "Portland", "ME", "04101"),
    ("Copper State Health Plan", "Tucson", "AZ", "85701"),
    ("Lakeview Community Health", "Duluth", "MN", "55802"),
    ("Mesa Verde Health Partners", "Santa Fe", "NM", "87501"),
    ("Saltmarsh Health Plan", "Charleston", "SC", "29401"),
    ("Heartland Care Plan", "Topeka", "KS", "66603"),
    ("Granite Coast Health", "Portsmouth", "NH", "03801"),
    ("Prairie Wind Health", "Fargo", "ND", "58102"),
    ("Bluegrass Family Health", "Lexington", "KY", "40507"),
    ("Tidal Basin Health Alliance", "Norfolk", "VA", "23510"),
]
MEDICAID_PAYERS = [
    ("Sunflower Community Medicaid", "Wichita", "KS", "67202"),
    ("Cardinal Care Medicaid Plan", "Richmond", "VA", "23219"),
    ("Great River Medicaid Health", "Little Rock", "AR", "72201"),
    ("Palmetto Family Medicaid", "Columbia", "SC", "29201"),
    ("Mountain Valley Medicaid", "Helena", "MT", "59601"),
]
MEDICAID_SCENARIOS = {  # category -> (CARC key, meaning printed in the letter)
    "provider_type": (
        "CO-B7",
        "the provider was not certified or eligible to be paid for this service on this date",
    ),
    "not_covered": ("CO-96", "lactation services are not a covered benefit under your plan"),
    "prior_authorization": ("CO-197", "the service needed prior approval and none was on file"),
}


@dataclass
class Style:
    """A layout family: everything about how a document looks, nothing about its values."""

    family: int
    kind: str
    font: str
    bold: str
    size: float
    labels: dict[str, str]
    columns: list[str]
    titles: dict[str, str]
    header_order: list[str]
    sep: str  # ": " or a gap of spaces between a label and its value
    two_column_header: bool
    ruled: bool
    date_fmt: Callable[[date], str]
    money_fmt: Callable[[Decimal], str]
    code_style: str  # "inline", "footnote", "payer"
    payer: tuple[str, str, str, str]
    phone: str
    title: str
    reference: bool
    plan_type_inline: bool
    funding: str
    totals: bool
    flat_table: bool  # one table for all claims (claim and patient columns) or one per claim
    patients: int  # several patients on one notice
    claims: tuple[int, int]
    lines: tuple[int, int]
    scan: bool
    pagesize: tuple[float, float]
    margin: float
    rights_page: bool
    extra: dict = field(default_factory=dict)


def family_style(family: int) -> Style:
    """The style parameters of family ``family`` (the same on every run)."""
    rng = random.Random(f"appealgen-varied-family-{family}")
    kind = KINDS[family % len(KINDS)]
    regular, bold = rng.choice(FONTS)
    labels = {k: rng.choice(v) for k, v in LABELS.items()}
    titles = {k: rng.choice(v) for k, v in COLUMNS.items()}
    amounts = ["billed", "allowed", "paid", "owe"]
    if kind == "remittance":
        cols = ["date", "code", "units", "billed", "allowed", "paid", "owe", "codes"]
    else:
        cols = ["date", "code"]
        if rng.random() < 0.6:
            cols.append("desc")
        if rng.random() < 0.4:
            cols.append("dx")
        if rng.random() < 0.3:
            cols.append("units")
        rng.shuffle(cols)
        keep = ["billed"] + [a for a in amounts[1:] if rng.random() < 0.75]
        if "owe" not in keep and rng.random() < 0.7:
            keep.append("owe")
        cols += [a for a in amounts if a in keep]
        cols.append("codes")
        if rng.random() < 0.4:
            cols.append("status")
    header = ["member_name", "member_id", "group", "plan", "notice_date"]
    rng.shuffle(header)
    medicaid = kind == "medicaid_notice"
    payer = rng.choice(MEDICAID_PAYERS if medicaid else PAYERS)
    title_kind = {
        "prose_letter": "denial_letter",
        "medicaid_notice": "medicaid",
        "remittance": "remittance_835",
    }.get(kind, "eob")
    funding = (
        "medicaid"
        if medicaid
        else rng.choice(["unknown", "unknown", "fully_insured", "self_funded"])
    )
    if kind == "remittance":
        funding = "unknown"
    n_claims = {"prose_letter": (1, 1), "medicaid_notice": (1, 1), "remittance": (3, 6)}.get(
        kind, rng.choice([(1, 1), (1, 2), (2, 3)])
    )
    n_lines = {"prose_letter": (1, 1), "medicaid_notice": (1, 1), "remittance": (1, 2)}.get(
        kind, rng.choice([(1, 2), (1, 3)])
    )
    long_table = kind == "table_eob" and family % 12 == 6
    if long_table:  # a table that runs over pages, its heading repeated
        n_claims, n_lines = (1, 2), (24, 34)
    code_style = rng.choice(["inline", "inline", "footnote", "payer"])
    if kind in ("prose_letter", "medicaid_notice"):
        code_style = "inline"
    if kind == "remittance":
        code_style = rng.choice(["inline", "footnote"])
    return Style(
        family=family,
        kind=kind,
        font=regular,
        bold=bold,
        size=round(rng.uniform(8.0, 10.0) * 4) / 4 if regular != "Courier" else 8.0,
        labels=labels,
        columns=cols,
        titles=titles,
        header_order=header,
        sep=rng.choice([": ", ": ", "   "]) if not medicaid else "      ",
        two_column_header=rng.random() < 0.5,
        ruled=rng.random() < 0.5,
        date_fmt=rng.choice(DATE_FORMATS),
        money_fmt=rng.choice(MONEY_FORMATS),
        code_style=code_style,
        payer=payer,
        phone=f"8{rng.choice('0345678')}{rng.choice('0678')}-555-01{rng.randrange(100):02d}",
        title=rng.choice(TITLES[title_kind]),
        reference=medicaid or rng.random() < 0.35,
        plan_type_inline=rng.random() < 0.5,
        funding=funding,
        totals=kind != "line_items" and rng.random() < 0.6,
        flat_table=kind == "table_eob" and rng.random() < 0.5 and not long_table,
        patients=rng.choice([1, 1, 2]) if kind in ("table_eob", "kv_claims") else 1,
        claims=n_claims,
        lines=n_lines,
        scan=family in SCAN_FAMILIES,
        pagesize=rng.choice([letter, letter, A4]),
        margin=rng.choice([36, 45, 54, 64]),
        rights_page=rng.random() < 0.4 and family not in SCAN_FAMILIES,
    )


# --------------------------------------------------------------------------
# Values: one record per document, drawn from the document's own seed


def _claim_number(rng: random.Random, family: int) -> str:
    shape = family % 4
    if shape == 0:
        return str(rng.randrange(10**9, 10**10))
    if shape == 1:
        return f"E{rng.randrange(10, 99)}-{rng.randrange(10**7, 10**8)}"
    if shape == 2:
        return f"2026{rng.randrange(10**8, 10**9)}"
    return f"CL{rng.randrange(10**6, 10**7)}"


def random_record(style: Style, rng: random.Random, name: str) -> g.Doc:
    """A plausible record for a document of ``style``."""
    pname, pcity, pstate, pzip = style.payer
    city, state, zipc = rng.choice(g._CITIES)
    member = f"{rng.choice(g._FIRST)} {rng.choice(g._LAST)}"
    notice = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 300))
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    mid = "".join(rng.choice(letters) for _ in range(3)) + str(rng.randrange(10**8, 10**9))
    kind = {
        "prose_letter": "denial_letter",
        "medicaid_notice": "denial_letter",
        "remittance": "remittance_835",
    }.get(style.kind, "eob")
    plan_word = rng.choice(["Gold", "Silver", "Choice", "Select", "Bronze", "Plus"])
    doc = g.Doc(
        name=name,
        kind=kind,
        payer_name=pname,
        payer_addr=[f"PO Box {rng.randrange(1000, 99999)}", f"{pcity}, {pstate} {pzip}"],
        payer_state=pstate,
        payer_phone=style.phone,
        notice_date=notice,
        claims=[],
        member_name=member,
        member_id=mid,
        member_addr=[
            f"{rng.randrange(10, 9999)} {rng.choice(g._LAST)} Street",
            f"{city}, {state} {zipc}",
        ],
        member_state=state,
        plan_name=f"{pname.split()[0]} {plan_word}",
        plan_type=rng.choice(["HMO", "PPO", "EPO", "POS"]),
        group=str(rng.randrange(10000, 999999)),
        rights_page=style.rights_page,
    )
    doc.funding = style.funding
    doc.funding_text = {
        "fully_insured": f"This plan is insured by {pname}.",
        "self_funded": "Your employer's plan is self-funded: your employer pays claims and "
        f"{pname} provides administrative services only.",
        "medicaid": f"{pname} is a Medicaid managed care plan.",
    }.get(style.funding)
    if style.kind == "medicaid_notice":
        doc.plan_type = doc.group = None
    if style.kind == "remittance":
        doc.member_name = doc.member_id = doc.member_state = doc.plan_name = None
        doc.plan_type = doc.group = None
        doc.member_addr = []
    if style.kind == "prose_letter":
        doc.group = None
    doc.extra["reference"] = f"R{rng.randrange(10**8, 10**9)}" if style.reference else None
    doc.extra["payee"] = {
        "name": rng.choice(g._PROVIDERS[2:]),
        "npi": g.make_npi(f"1{rng.randrange(10**7, 10**8)}"),
        "tin": f"XX-XXX{rng.randrange(1000, 9999)}",
    }
    patients = [member] + [
        f"{rng.choice(g._FIRST)} {member.split()[-1]}" for _ in range(style.patients - 1)
    ]
    cats = [c for c in g.SCENARIOS if c != "place_of_service"] + ["cost_sharing", None]
    if style.kind in ("prose_letter",):
        cats = [c for c in g.SCENARIOS if c != "place_of_service"]
    dos0 = notice - timedelta(days=rng.randrange(14, 60))
    n_claims = rng.randint(*style.claims)
    for i in range(n_claims):
        ra = style.kind == "remittance"
        if style.kind == "medicaid_notice":
            category = rng.choice(list(MEDICAID_SCENARIOS))
        else:
            category = rng.choice(cats)
        n_lines = rng.randint(*style.lines)
        lines = [
            g._random_line(
                rng,
                dos0 + timedelta(days=3 * j + i),
                category,
                ra=ra,
                payer_key=style.code_style == "payer",
            )
            for j in range(n_lines)
        ]
        if style.kind == "medicaid_notice":
            carc = MEDICAID_SCENARIOS[category][0]
            for ln in lines:
                ln.owe = ZERO
                ln.adj, ln.rarc = [g.Adj(*carc.split("-"))], []
        patient = (
            patients[i % len(patients)]
            if not ra
            else (f"{rng.choice(g._FIRST)} {rng.choice(g._LAST)}")
        )
        provider = rng.choice(g._PROVIDERS)
        claim = g.ClaimRec(
            number=_claim_number(rng, style.family),
            patient=patient,
            provider=None if ra else provider,
            lines=lines,
            npi=g.make_npi(f"1{rng.randrange(10**7, 10**8)}")
            if style.kind in ("remittance", "medicaid_notice", "kv_claims")
            else None,
            categories=[category] if category else [],
            member_id=f"{mid[:3]}{rng.randrange(10**6, 10**7)}" if ra else None,
        )
        if style.kind == "prose_letter":
            claim.reason = g.SCENARIOS[category][4]
        if style.kind == "medicaid_notice":
            claim.reason = MEDICAID_SCENARIOS[category][1]
        doc.claims.append(claim)
    meanings = dict(g.CODE_TEXT)
    meanings.update(g._EXTRA_TEXT)
    for _, (_, _, pcode, ptext, _) in g.SCENARIOS.items():
        meanings[pcode] = ptext
    for k, t in (
        ("1", "Amount applied to your deductible."),
        ("2", "Your coinsurance."),
        ("3", "Your copay."),
    ):
        meanings[f"P{k}"] = t
    meanings["CO-B7"] = (
        "This provider was not certified/eligible to be paid for this "
        "procedure/service on this date of service."
    )
    doc.meanings = meanings
    return doc


# --------------------------------------------------------------------------
# Drawing


class VPdf(g.Pdf):
    """The samples' canvas, with compressed pages (the corpus lives in the repository)."""

    def __init__(self, **kw) -> None:
        super().__init__(**kw)
        self.c.setPageCompression(1)

    def new_page(self) -> None:
        super().new_page()
        self.c.setPageCompression(1)


_AMOUNT_COLS = {"billed": "billed", "allowed": "allowed", "paid": "paid", "owe": "owe"}
_LINE_FIELD = {
    "billed": "billed",
    "allowed": "allowed",
    "paid": "paid",
    "owe": "owe",
    "units": "units",
    "dx": "dx",
}


def _printed_fields(style: Style) -> tuple[set[str], set[str]]:
    line = {_LINE_FIELD[c] for c in style.columns if c in _LINE_FIELD}
    if style.kind == "remittance":
        line.add("adj_amount")
    if style.kind == "prose_letter":
        line = {"billed"}
    if style.kind == "medicaid_notice":
        line = {"billed", "dx"}
    totals = set()
    if style.totals:
        totals = {_AMOUNT_COLS[c] for c in style.columns if c in _AMOUNT_COLS}
    if style.kind in ("prose_letter", "medicaid_notice"):
        totals = {"billed"}  # one service, its amount printed once: line and claim alike
    return line, totals


def _codes(ln: g.Line) -> list[str]:
    return [a.key for a in ln.adj] + ln.rarc + ln.payer_codes


def _code_text(style: Style, code: str, foot: list[str]) -> str:
    if style.code_style == "footnote":
        if code not in foot:
            foot.append(code)
        return f"({foot.index(code) + 1})"
    if style.code_style == "payer":
        return code
    return code if style.family % 2 else code.replace("-", " ")


def _cell(style: Style, col: str, ln: g.Line, claim: g.ClaimRec, foot: list[str]) -> str:
    money = style.money_fmt
    if col == "date":
        return style.date_fmt(ln.dos)
    if col == "code":
        return ln.code
    if col == "desc":
        return ln.desc
    if col == "dx":
        return ", ".join(ln.dx)
    if col == "units":
        return str(ln.units)
    if col in _AMOUNT_COLS:
        v = getattr(ln, col)
        return money(v) if v is not None else ""
    if col == "codes":
        return " ".join(_code_text(style, c, foot) for c in _codes(ln))
    if col == "status":
        return "Denied" if claim.denied and ln.paid == ZERO else "Paid"
    raise KeyError(col)


def _wrap_title(title: str, font: str, size: float, width: float) -> str:
    """A heading that does not fit its column breaks at the space nearest its middle."""
    if pdfmetrics.stringWidth(title, font, size) <= width - 6 or " " not in title:
        return title
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return title[:cut] + "\n" + title[cut + 1 :]


def _table_cols(
    style: Style, pdf: g.Pdf, cols: list[str], rows: list[list[str]]
) -> list[tuple[str, float, str]]:
    titles = {**style.titles, "claim": style.labels["claim"], "patient": style.labels["patient"]}
    size = style.size - 0.5
    widths = []
    widest = {  # widths fixed by the family, not by one document's values
        "date": style.date_fmt(date(2026, 12, 28)),
        "code": "99404",
        "desc": "Preventive counseling, 45 min",
        "dx": "O92.13",
        "units": "10",
        "codes": "CO 242 N130",
        "status": "Denied",
        "claim": "E99-99999999",
        "patient": "Valentina Zimmerman",
        **{a: style.money_fmt(D("9999.99")) for a in _AMOUNT_COLS},
    }
    for c in cols:
        content = pdfmetrics.stringWidth(widest[c], style.font, size)
        head = max(
            pdfmetrics.stringWidth(part, style.bold, size)
            for part in _wrap_title(titles[c], style.bold, size, 0).split("\n")
        )
        widths.append(max(content, head, 24) + 16)  # columns apart
    over = sum(widths) - (pdf.w - 2 * pdf.margin)
    for k, c in enumerate(cols):  # narrow the text columns first; their cells shrink to fit
        if over > 0 and c in ("desc", "patient"):
            cut = min(over, widths[k] - 60)
            widths[k] -= max(cut, 0)
            over -= max(cut, 0)
    scale = min(1.0, (pdf.w - 2 * pdf.margin) / sum(widths))
    return [
        (
            _wrap_title(titles[c], style.bold, size, w * scale),
            w * scale,
            "right" if c in _AMOUNT_COLS or c == "units" else "left",
        )
        for c, w in zip(cols, widths, strict=True)
    ]


def _kv(style: Style, pdf: g.Pdf, pairs: list[tuple[str, str]]) -> None:
    """Label/value pairs, one or two to a line."""
    f, size = style.font, style.size + 0.5
    pairs = [(k, v) for k, v in pairs if v]
    if style.two_column_header:
        half = (pdf.w - 2 * pdf.margin) / 2
        for i in range(0, len(pairs), 2):
            pdf.need(size * 1.5)
            for j, (k, v) in enumerate(pairs[i : i + 2]):
                pdf.text(pdf.margin + j * half, pdf.y - size, f"{k}{style.sep}{v}", f, size)
            pdf.y -= size * 1.5
    else:
        for k, v in pairs:
            if style.sep.strip():
                pdf.line(f"{k}{style.sep}{v}", f, size)
            else:  # label in one column, value in the next
                pdf.need(size * 1.5)
                pdf.text(pdf.margin, pdf.y - size, k, f, size)
                pdf.text(pdf.margin + 130, pdf.y - size, v, f, size)
                pdf.y -= size * 1.5


def _plan_text(style: Style, doc: g.Doc) -> str | None:
    if not doc.plan_name:
        return None
    if style.plan_type_inline and doc.plan_type:
        return f"{doc.plan_name} ({doc.plan_type})"
    return doc.plan_name


def _header(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    f, b = style.font, style.bold
    pdf.text(pdf.margin, pdf.h - pdf.margin - 10, doc.payer_name, b, 15)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 24, ", ".join(doc.payer_addr), f, 8)
    pdf.text(pdf.w - pdf.margin, pdf.h - pdf.margin - 10, style.title, b, 11, align="right")
    pdf.y = pdf.h - pdf.margin - 44
    a, b3, c = g.phone_parts(doc.payer_phone)
    phone = f"1-{a}-{b3}-{c}" if style.family % 3 else f"({a}) {b3}-{c}"
    if style.kind == "remittance":
        payee = doc.extra["payee"]
        pdf.line(
            f"Payee: {payee['name']}    Payee NPI: {payee['npi']}    TIN: {payee['tin']}",
            f,
            style.size + 0.5,
        )
        pdf.line(
            f"{style.labels['notice_date']}{style.sep}{style.date_fmt(doc.notice_date)}",
            f,
            style.size + 0.5,
        )
        pdf.line(f"{style.labels['phone']}: {phone}", f, style.size + 0.5)
        pdf.space(8)
        return
    for ln in [doc.member_name] + doc.member_addr:
        pdf.line(ln, f, style.size + 1)
    pdf.space(8)
    values = {
        "member_name": doc.member_name,
        "member_id": doc.member_id,
        "group": doc.group,
        "plan": _plan_text(style, doc),
        "notice_date": style.date_fmt(doc.notice_date),
    }
    pairs = [(style.labels[k], values[k]) for k in style.header_order]
    if doc.plan_type and not style.plan_type_inline and doc.plan_name:
        pairs.append(("Plan type", doc.plan_type))
    if doc.extra.get("reference"):
        pairs.insert(len(pairs) // 2, (style.labels["reference"], doc.extra["reference"]))
    _kv(style, pdf, pairs)
    pdf.line(f"{style.labels['phone']}: {phone}", f, style.size + 0.5)
    if doc.funding_text:
        pdf.para(doc.funding_text, f, style.size)
    pdf.space(8)


def _claim_heading(style: Style, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    L = style.labels
    parts = [(L["claim"], claim.number), (L["patient"], claim.patient)]
    if claim.provider:
        parts.append((L["provider"], claim.provider))
    if claim.npi:
        parts.append((L["npi"], claim.npi))
    if style.kind == "remittance":
        parts.insert(1, ("Member ID", claim.member_id))
    pdf.space(4)
    if style.family % 2:
        pdf.para("    ".join(f"{k}: {v}" for k, v in parts), style.bold, style.size, after=2)
    else:
        for k, v in parts:
            pdf.line(f"{k}: {v}", style.font, style.size + 0.5)


def _totals_row(style: Style, claim: g.ClaimRec, cols: list[str]) -> list[str]:
    row = []
    for c in cols:
        if c in _AMOUNT_COLS:
            v = claim.total(c)
            row.append(style.money_fmt(v) if v is not None else "")
        else:
            row.append("")
    row[0] = "Total"
    return row


def _code_key(style: Style, pdf: g.Pdf, doc: g.Doc, codes: list[str]) -> None:
    if not codes:
        return
    pdf.space(6)
    pdf.line(_key_title(style), style.bold, style.size + 0.5)
    for i, code in enumerate(codes):
        meaning = doc.meanings[code]
        if style.code_style == "footnote":
            s = f"({i + 1}) {code.replace('-', ' ')} - {meaning}"
        elif style.code_style == "payer":
            s = f"{code}   {meaning}"
        else:
            s = f"{_code_text(style, code, [])}: {meaning}"
        pdf.para(s, style.font, style.size, after=1)


def _key_title(style: Style) -> str:
    return ["Explanation of codes", "What the codes mean", "Remark codes", "Notes"][
        style.family % 4
    ]


def _draw_table_eob(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    _header(style, pdf, doc)
    foot: list[str] = []
    used: list[str] = []
    for claim in doc.claims:
        for ln in claim.lines:
            used += [c for c in _codes(ln) if c not in used]
    if style.flat_table:
        cols = ["claim", "patient"] + style.columns
        rows = []
        for claim in doc.claims:
            for ln in claim.lines:
                rows.append(
                    [claim.number, claim.patient]
                    + [_cell(style, c, ln, claim, foot) for c in style.columns]
                )
        pdf.table(
            _table_cols(style, pdf, cols, rows),
            rows,
            font=style.font,
            bold=style.bold,
            size=style.size - 0.5,
            ruled=style.ruled,
            header_bg=g.HEADER_GREY if style.ruled else None,
        )
        for claim in doc.claims:
            pdf.line(
                f"{style.labels['claim']} {claim.number}: {style.labels['provider']} "
                f"{claim.provider}",
                style.font,
                style.size,
            )
            if style.totals:
                parts = [
                    f"{style.titles[c]} {style.money_fmt(claim.total(c))}"
                    for c in style.columns
                    if c in _AMOUNT_COLS
                ]
                pdf.line("Claim totals: " + "; ".join(parts), style.font, style.size)
    else:
        for claim in doc.claims:
            _claim_heading(style, pdf, claim)
            rows = [[_cell(style, c, ln, claim, foot) for c in style.columns] for ln in claim.lines]
            bold_rows = []
            if style.totals:
                rows.append(_totals_row(style, claim, style.columns))
                bold_rows = [len(rows) - 1]
            pdf.table(
                _table_cols(style, pdf, style.columns, rows),
                rows,
                font=style.font,
                bold=style.bold,
                size=style.size - 0.5,
                ruled=style.ruled,
                header_bg=g.HEADER_GREY if style.ruled else None,
                bold_rows=bold_rows,
            )
            pdf.space(6)
    _code_key(style, pdf, doc, foot if style.code_style == "footnote" else used)


def _draw_kv_claims(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    _header(style, pdf, doc)
    f, size = style.font, style.size
    used: list[str] = []
    foot: list[str] = []
    for claim in doc.claims:
        _claim_heading(style, pdf, claim)
        for k, ln in enumerate(claim.lines):
            pdf.line(f"Service {k + 1}", style.bold, size)
            for c in style.columns:
                if c == "status":
                    continue
                value = _cell(style, c, ln, claim, foot)
                if value:
                    pdf.line(f"{style.titles[c]}: {value}", f, size, x=pdf.margin + 14)
            used += [c for c in _codes(ln) if c not in used]
        if style.totals:
            parts = [
                f"{style.titles[c]} {style.money_fmt(claim.total(c))}"
                for c in style.columns
                if c in _AMOUNT_COLS
            ]
            pdf.line("Claim totals: " + "; ".join(parts), style.bold, size)
        pdf.space(6)
    _code_key(style, pdf, doc, foot if style.code_style == "footnote" else used)


def _draw_line_items(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    _header(style, pdf, doc)
    f, size = style.font, style.size
    used: list[str] = []
    foot: list[str] = []
    for claim in doc.claims:
        _claim_heading(style, pdf, claim)
        for ln in claim.lines:
            parts = []
            for c in style.columns:
                value = _cell(style, c, ln, claim, foot)
                if not value:
                    continue
                if c in ("date", "code", "desc"):
                    parts.append(value)
                elif c == "codes":
                    parts.append(f"Code {value}")
                else:
                    parts.append(f"{style.titles[c]}{': ' if c == 'status' else ' '}{value}")
            pdf.para("  ".join(parts), f, size, after=2)
            used += [c for c in _codes(ln) if c not in used]
    _code_key(style, pdf, doc, foot if style.code_style == "footnote" else used)


def _draw_prose(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    _header(style, pdf, doc)
    f, size = style.font, style.size + 0.5
    claim = doc.claims[0]
    ln = claim.lines[0]
    codes = _codes(ln)
    pdf.line(f"Dear {doc.member_name},", f, size, gap=size * 2)
    pdf.para(
        f"We have reviewed the claim {claim.provider} sent us for lactation care you received "
        f"on {g.d_long(ln.dos)} ({style.labels['claim'].lower()} {claim.number}). The "
        f"provider billed {g.usd(ln.billed)} for procedure code {ln.code} ({ln.desc}).",
        f,
        size,
        after=8,
    )
    reason = f"We denied this claim because {claim.reason}"
    if codes:
        reason += f" Denial code: {', '.join(codes)}."
    pdf.para(reason, f, size, after=8)
    pdf.para(
        "If you disagree with this decision, you may appeal within 180 days of this "
        "letter. Call us or write to the address above.",
        f,
        size,
        after=8,
    )
    pdf.line("Sincerely,", f, size)
    pdf.line("Claims Review Unit", f, size)


def _draw_medicaid(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    f, b, size = style.font, style.bold, style.size + 0.5
    pdf.text(pdf.margin, pdf.h - pdf.margin - 10, doc.payer_name, b, 15)
    pdf.text(pdf.margin, pdf.h - pdf.margin - 24, ", ".join(doc.payer_addr), f, 8)
    pdf.y = pdf.h - pdf.margin - 44
    pdf.line(style.title, b, 12, gap=18)
    for ln in [doc.member_name] + doc.member_addr:
        pdf.line(ln, f, size)
    pdf.space(8)
    claim = doc.claims[0]
    line = claim.lines[0]
    rows = [
        (style.labels["notice_date"], style.date_fmt(doc.notice_date)),
        (style.labels["member_name"], doc.member_name),
        ("Medicaid ID", doc.member_id),
        (style.labels["plan"], doc.plan_name),
        (style.labels["reference"], doc.extra["reference"]),
        (style.labels["claim"], claim.number),
        (style.titles["date"], style.date_fmt(line.dos)),
        ("Service", f"{line.code} {line.desc}"),
        ("Diagnosis", ", ".join(line.dx)),
        (style.labels["provider"], claim.provider),
        ("Provider NPI", claim.npi),
        ("Amount", g.usd(claim.total("billed"))),
    ]
    for k, v in rows:
        pdf.need(size * 1.5)
        pdf.text(pdf.margin, pdf.y - size, k, f, size)
        pdf.text(pdf.margin + 150, pdf.y - size, v, f, size)
        pdf.y -= size * 1.5
    pdf.space(8)
    pdf.para(doc.funding_text, f, size)
    codes = _codes(line)
    pdf.para(
        f"We decided to deny payment for this service because {claim.reason}. "
        f"Denial reason code: {codes[0]}.",
        f,
        size,
        after=8,
    )
    pdf.para(
        "You have the right to appeal this decision within 60 days of the date of this "
        "notice. After our appeal decision you may ask for a State Fair Hearing within "
        "120 days.",
        f,
        size,
        after=8,
    )
    a, b3, c = g.phone_parts(doc.payer_phone)
    pdf.para(f"Member Services: 1-{a}-{b3}-{c} (TTY 711)", f, size)


def _draw_remittance(style: Style, pdf: g.Pdf, doc: g.Doc) -> None:
    _header(style, pdf, doc)
    foot: list[str] = []
    used: list[str] = []
    cols = style.columns
    for claim in doc.claims:
        _claim_heading(style, pdf, claim)
        rows = []
        for ln in claim.lines:
            row = [_cell(style, c, ln, claim, foot) for c in cols]
            if style.code_style == "inline":
                row[cols.index("codes")] = " ".join(
                    f"{a.group}-{a.code} {g.num(a.amount)}" for a in ln.adj
                ) + "".join(f" {r}" for r in ln.rarc)
            rows.append(row)
            used += [c for c in _codes(ln) if c not in used]
        bold_rows = []
        if style.totals:
            rows.append(_totals_row(style, claim, cols))
            bold_rows = [len(rows) - 1]
        pdf.table(
            _table_cols(style, pdf, cols, rows),
            rows,
            font=style.font,
            bold=style.bold,
            size=style.size - 0.5,
            ruled=style.ruled,
            header_bg=g.HEADER_GREY if style.ruled else None,
            bold_rows=bold_rows,
        )
        if style.code_style == "footnote":
            for ln in claim.lines:
                for a in ln.adj:
                    pdf.line(
                        f"  Adjustment ({foot.index(a.key) + 1}) {g.num(a.amount)}",
                        style.font,
                        style.size - 0.5,
                    )
        pdf.space(6)
    _code_key(style, pdf, doc, foot if style.code_style == "footnote" else used)


DRAW = {
    "table_eob": _draw_table_eob,
    "kv_claims": _draw_kv_claims,
    "line_items": _draw_line_items,
    "prose_letter": _draw_prose,
    "medicaid_notice": _draw_medicaid,
    "remittance": _draw_remittance,
}


def draw_document(style: Style, doc: g.Doc) -> tuple[bytes, int, dict]:
    """The PDF bytes, page count and expected document of one record."""
    line_fields, total_fields = _printed_fields(style)
    doc = g.mask(doc, line_fields, total_fields)
    if style.kind == "remittance":
        for claim in doc.claims:  # only the adjustment amounts a remittance prints
            for ln in claim.lines:
                for a in ln.adj:
                    a.amount = a.amount if a.amount is not None else ln.billed

    def draw(pdf: g.Pdf, d: g.Doc) -> None:
        DRAW[style.kind](style, pdf, d)
        if d.rights_page:
            g.rights_page(pdf, d, style.font, style.bold)

    first = VPdf(pagesize=style.pagesize, margin=style.margin, title="")
    draw(first, doc)
    _, pages = first.finish()
    pdf = VPdf(pagesize=style.pagesize, margin=style.margin, title="", total_pages=pages)
    draw(pdf, doc)
    data, pages = pdf.finish()
    return data, pages, g.expected(doc, data, pages)


def _scan(data: bytes, seed: int) -> tuple[bytes, int]:
    """A grainy, slightly turned 150-dpi image PDF of ``data`` (as a scanner makes)."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.pdf"
        src.write_bytes(data)
        images = g._render_pages(src, 150)
    pages = []
    for page in images:
        angle = rng.choice([-1, 1]) * rng.uniform(0.3, 0.8)
        page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        page = page.filter(ImageFilter.GaussianBlur(0.4))
        page = g._noisy(page, rng, 10).point(lambda v: int(v * 0.94 + 8))
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=55)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    out = io.BytesIO()
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=150.0,
        creationDate=g._SCAN_DATE,
        modDate=g._SCAN_DATE,
        producer="scanner",
    )
    return out.getvalue(), len(pages)


def make_document(family: int, n: int) -> tuple[str, bytes, dict]:
    """Document ``n`` of ``family``: its name, file bytes and expected document."""
    import hashlib

    style = family_style(family)
    name = f"v{family:02d}_{style.kind}_{n}"
    rng = random.Random(f"appealgen-varied-doc-{family}-{n}")
    doc = random_record(style, rng, name)
    data, pages, exp = draw_document(style, doc)
    if style.scan:
        data, pages = _scan(data, family * 1000 + n)
        exp["source"].update(sha256=hashlib.sha256(data).hexdigest(), pages=pages, ocr_used=True)
    exp["source"]["file"] = f"{name}.pdf"
    return name, data, exp


def write_corpus(
    outdir: str | Path = CORPUS_DIR,
    families: list[int] | None = None,
    docs: int = DOCS_PER_FAMILY,
) -> list[Path]:
    """Write ``outdir/{tune,heldout}/<name>.pdf`` and ``.expected.json``; return the PDFs."""
    outdir = Path(outdir)
    paths = []
    for family in families if families is not None else range(N_FAMILIES):
        folder = outdir / split_of(family)
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(docs):
            name, data, exp = make_document(family, n)
            g._atomic_write(folder / f"{name}.pdf", data)
            text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
            g._atomic_write(folder / f"{name}.expected.json", text.encode("utf-8"))
            paths.append(folder / f"{name}.pdf")
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", default=str(CORPUS_DIR), help="folder (tune/ and heldout/ inside)")
    ap.add_argument("--docs", type=int, default=DOCS_PER_FAMILY, help="documents per family")
    ap.add_argument("--families", type=int, nargs="*", help="family ids (default: all)")
    args = ap.parse_args(argv)
    paths = write_corpus(args.out, args.families, args.docs)
    print(f"wrote {len(paths)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
