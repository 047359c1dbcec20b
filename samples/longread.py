"""The long set: notices of 25 to 60 pages, claims cut across pages, a code key at the end.

A member's or a provider's statement of many claims runs to dozens of pages, and a reader
that reads one ten pages at a time (``ReadSettings.window_pages``) must find every claim
and know what each code means. Each layout family prints:

* a running header and a running footer on every page, the footer with its page counter;
* its claims one after the other, a claim's services cut across a page's end where they
  fall (the table's headings printed again on the next page), and a claim's heading at
  the top of a page where one starts there;
* the payer's own explanation codes beside the services, explained only in a code key
  printed on the last page.

Families:

* ``l00`` (tune): a section per claim ("Claim 4410023817" in bold over "Patient:" and
  "Provider:"), a ruled table of services.
* ``l01`` (tune): one table of every service over every page, the claim number, the
  patient and the provider printed on each service's row.
* ``l02`` (tune): a block of labelled lines per claim ("Claim number:", "Patient
  name:", "Provider:") over an unruled table; "- 3 -" pages counted in the footer, a
  header that says "(continued)".
* ``l03`` and ``l04`` are check families: never written to the tuning folder, never tuned
  on (``python samples/longread.py --families 3 4 --out DIR`` draws them).

Every ``.expected.json`` is built from the record the pages are drawn from.

    python samples/longread.py                  # rewrite tests/data/varied/long/ (l00-l02)
    python samples/longread.py --families 3 4 --out /tmp/long-check   # the check families
    python samples/longread.py --check          # every expected value is on the page

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "varied" / "long"
DEV = (0, 1, 2)  # the families written to tests/data/varied/long/
CHECK = (3, 4)  # the families nobody tunes on
DOCS = 2  # documents per family
# the denial categories a claim may have, by the payer's own code; None: paid
CATEGORIES = (
    None,
    None,
    "out_of_network",
    "provider_type",
    "prior_authorization",
    "not_covered",
    "frequency_limit",
    "cost_sharing",
)


@dataclass(frozen=True)
class Family:
    """One layout of a long statement: how it draws its claims, its header and footer."""

    name: str
    draw: str  # "sections", "one_table", "blocks", "line"
    pagesize: tuple[float, float] = letter
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    counter: str = "Page {page} of {total}"  # the footer's page counter
    continued: str = ""  # a header's words on every page but the first
    key_title: str = "Explanation codes"
    code_label: str = "Expl."
    claims: tuple[int, int] = (70, 90)  # how many claims a document holds
    claim_word: str = "Claim"


FAMILIES = (
    Family("l00_sections", "sections", claims=(135, 200)),
    Family(
        "l01_one_table",
        "one_table",
        pagesize=A4,
        font="Times-Roman",
        bold="Times-Bold",
        counter="{page}/{total}",
        key_title="Key to codes",
        code_label="Reason",
        claims=(300, 420),
    ),
    Family(
        "l02_blocks",
        "blocks",
        counter="- {page} -",
        continued="Explanation of benefits (continued)",
        key_title="What our codes mean",
        code_label="Note",
        claims=(125, 190),
    ),
    Family(
        "l03_line",
        "line",
        pagesize=A4,
        counter="Sheet {page} of {total}",
        key_title="Message codes",
        code_label="Msg",
        claims=(175, 260),
        claim_word="CLAIM #",
    ),
    Family(
        "l04_sections",
        "sections",
        font="Courier",
        bold="Courier-Bold",
        counter="Page {page}",
        continued="Statement of claims - continued",
        key_title="Remark code legend",
        code_label="Rmk",
        claims=(125, 185),
        claim_word="Claim no.",
    ),
)


def record(fam: Family, k: int, n: int) -> g.Doc:
    """The statement's record: one member, many claims, each denied by a payer's code."""
    rng = random.Random(f"long-{k}-{n}")
    doc = g.random_doc(rng, "payer_key", f"{fam.name}_{n}")
    doc.rights_page = False
    lo, hi = fam.claims
    dos0 = doc.notice_date - timedelta(days=330)
    claims = []
    for i in range(rng.randint(lo, hi)):
        category = rng.choice(CATEGORIES)
        dos = dos0 + timedelta(days=i * 2 + rng.randrange(2))
        lines = [
            g._random_line(rng, dos + timedelta(days=j), category, ra=False, payer_key=True)
            for j in range(rng.choice((1, 2, 3, 3, 4)))
        ]
        claims.append(
            g.ClaimRec(
                number=f"{rng.randrange(10**9, 10**10)}",
                patient=doc.member_name if rng.random() < 0.7 else _child(rng, doc),
                provider=rng.choice(g._PROVIDERS),
                lines=lines,
                categories=[category] if category else [],
            )
        )
    doc.claims = claims
    return doc


def _child(rng: random.Random, doc: g.Doc) -> str:
    return f"{rng.choice(g._FIRST)} {(doc.member_name or 'A B').split()[-1]}"


def _rows(claim: g.ClaimRec, lead: Callable[[g.Line], list[str]]) -> list[list[str]]:
    """A row a service, then the claim's totals."""
    rows = [
        lead(ln)
        + [
            g.d_slash(ln.dos),
            ln.code,
            ln.desc,
            g.usd(ln.billed),
            g.usd(ln.allowed),
            g.usd(ln.paid),
            g.usd(ln.owe),
            " ".join(ln.payer_codes),
        ]
        for ln in claim.lines
    ]
    total = [claim.total(a) for a in ("billed", "allowed", "paid", "owe")]
    blank = ["" for _ in lead(claim.lines[0])]
    return rows + [blank + ["Claim total", "", "", *(g.usd(v) for v in total), ""]]


_SERVICE_COLUMNS = [
    ("Date", 54, "left"),
    ("Code", 38, "left"),
    ("Service", 122, "left"),
    ("Billed", 52, "right"),
    ("Allowed", 52, "right"),
    ("Paid", 50, "right"),
    ("You owe", 52, "right"),
]


def draw_statement(fam: Family) -> Callable[[g.Pdf, g.Doc], None]:
    """How ``fam`` draws a statement: its opening, its claims, its code key at the end."""
    columns = _SERVICE_COLUMNS + [(fam.code_label, 40, "center")]

    def opening(pdf: g.Pdf, doc: g.Doc) -> None:
        pdf.line("EXPLANATION OF BENEFITS", fam.bold, 14, gap=20)
        for label, value in (
            ("Member", doc.member_name),
            ("Member ID", doc.member_id),
            ("Group number", doc.group),
            ("Plan", doc.plan_name),
            ("Plan type", doc.plan_type),
        ):
            pdf.line(f"{label}: {value}", fam.font, 9)
        pdf.line(f"Statement date: {g.d_us(doc.notice_date)}", fam.font, 9)
        if doc.funding_text:
            pdf.para(doc.funding_text, fam.font, 8.5)
        pdf.space(8)

    def key(pdf: g.Pdf, doc: g.Doc) -> None:
        codes = g._uniq(c for cl in doc.claims for ln in cl.lines for c in ln.payer_codes)
        pdf.new_page()
        pdf.line(fam.key_title, fam.bold, 11, gap=16)
        for code in codes:
            pdf.para(f"{code} - {doc.meanings[code]}", fam.font, 8.5, after=2)
        pdf.space(8)
        a, b, c = g.phone_parts(doc.payer_phone)
        pdf.para(f"Questions? Call ({a}) {b}-{c}. This is not a bill.", fam.font, 8.5)

    def sections(pdf: g.Pdf, doc: g.Doc) -> None:
        for claim in doc.claims:
            pdf.need(40)
            pdf.line(f"{fam.claim_word} {claim.number}", fam.bold, 10.5, gap=14)
            pdf.line(f"Patient: {claim.patient}", fam.font, 8.5)
            pdf.line(f"Provider: {claim.provider}", fam.font, 8.5)
            pdf.table(columns, _rows(claim, lambda ln: []), font=fam.font, bold=fam.bold, size=8.5)
            pdf.space(10)

    def one_table(pdf: g.Pdf, doc: g.Doc) -> None:
        cols = [("Claim", 56, "left"), ("Patient", 70, "left"), ("Provider", 90, "left")]
        cols += [(t, w - 4 if t in ("Date", "Code") else w - 8, a) for t, w, a in columns]
        cols = [c for c in cols if c[0] != "Service"]  # 500 points: an A4 page's width
        rows = []
        for claim in doc.claims:
            head = [claim.number or "", claim.patient or "", claim.provider or ""]
            rows += [r[:5] + r[6:] for r in _rows(claim, lambda ln, h=head: list(h))]
        pdf.table(cols, rows, font=fam.font, bold=fam.bold, size=8.5, ruled=False, fit=True)

    def blocks(pdf: g.Pdf, doc: g.Doc) -> None:
        for claim in doc.claims:
            pdf.need(50)
            for label, value in (
                ("Claim number", claim.number),
                ("Patient name", claim.patient),
                ("Provider", claim.provider),
            ):
                pdf.line(f"{label}: {value}", fam.font, 8.5)
            pdf.table(
                columns,
                _rows(claim, lambda ln: []),
                font=fam.font,
                bold=fam.bold,
                size=8.5,
                ruled=False,
                header_bg=None,
            )
            pdf.space(12)

    def line(pdf: g.Pdf, doc: g.Doc) -> None:
        for claim in doc.claims:
            pdf.need(36)
            pdf.line(
                f"{fam.claim_word} {claim.number}    PATIENT {claim.patient}    "
                f"PROVIDER {claim.provider}",
                fam.bold,
                8,
                gap=12,
            )
            pdf.table(
                columns,
                _rows(claim, lambda ln: []),
                font=fam.font,
                bold=fam.bold,
                size=8.5,
                ruled=False,
                header_bg=colors.HexColor("#eeeeee"),
            )
            pdf.space(8)

    body = {"sections": sections, "one_table": one_table, "blocks": blocks, "line": line}

    def draw(pdf: g.Pdf, doc: g.Doc) -> None:
        pdf.c.setPageCompression(1)  # dozens of pages: kept small in the repository
        opening(pdf, doc)
        body[fam.draw](pdf, doc)
        key(pdf, doc)

    return draw


def decorate(fam: Family, doc: g.Doc) -> Callable[[g.Pdf], None]:
    """The running header and footer of every page."""

    def run(pdf: g.Pdf) -> None:
        pdf.text(pdf.margin, pdf.h - 34, doc.payer_name, fam.bold, 11)
        pdf.text(
            pdf.w - pdf.margin, pdf.h - 34, f"Member ID {doc.member_id}", fam.font, 8, align="right"
        )
        if fam.continued and pdf.page > 1:
            pdf.text(pdf.margin, pdf.h - 48, fam.continued, fam.font, 8)
        total = pdf.total or 0
        counter = fam.counter.format(page=pdf.page, total=total)
        pdf.text(pdf.margin, 30, f"{doc.payer_name} - statement for {doc.member_name}", fam.font, 7)
        pdf.text(pdf.w - pdf.margin, 30, counter, fam.font, 7, align="right")

    return run


def write(fam: Family, k: int, n: int, outdir: Path | None) -> dict:
    """Draw document ``n`` of family ``k``; write it and its expected document to ``outdir``."""
    every = {"billed", "allowed", "paid", "owe"}
    doc = g.mask(record(fam, k, n), every, every)
    data, pages = g.render(
        draw_statement(fam),
        doc,
        pagesize=fam.pagesize,
        margin=46,
        decorate=decorate(fam, doc),
        top=fam.pagesize[1] - 66,
        bottom=52,
        title="Statement",
    )
    return g.write_doc(doc, data, pages, outdir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, nargs="+", default=list(DEV))
    parser.add_argument("--docs", type=int, default=DOCS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="every expected value is printed")
    args = parser.parse_args(argv)
    if args.out == OUT and set(args.families) & set(CHECK):
        parser.error("the check families are never written to the tuning folder")
    status = 0
    for k in args.families:
        for n in range(args.docs):
            exp = write(FAMILIES[k], k, n, args.out)
            line = f"{exp['source']['file']:<28} {exp['source']['pages']:>3}p {len(exp['claims'])}"
            if not 25 <= exp["source"]["pages"] <= 60:
                line += "  PAGES OUT OF 25-60"
                status = 1
            if args.check:
                missing = g.missing_values(args.out / exp["source"]["file"], exp)
                line += "  ok" if not missing else f"  MISSING {missing[:5]}"
                status |= bool(missing)
            print(line)
    return status


if __name__ == "__main__":
    sys.exit(main())
