"""A set of generated layout families: each document drawn, written with its truth, checked.

``samples/blind.py``, ``samples/unseen.py``, ``samples/novel.py`` and
``samples/outside.py`` each say what their families are, how a document's record is
made, how each layout is drawn and which values it prints; a ``LayoutSet`` does the rest the same way for all of them. It draws a
document twice (the first pass counts the pages for "Page X of N"), builds the expected
parse document from the same masked record (``samples.generate.expected``), scans,
faxes or photographs the page where the family says so, writes ``<name>.{pdf,jpg}`` with
``<name>.expected.json``, and with ``--check`` reports every expected value the text
page does not print (for a scan, the page before scanning).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import varied as v  # noqa: E402  - samples/varied.py: the compressed canvas

LACTATION = ("S9443", "99401", "99402", "99403", "99404")  # the lactation services billed
DEV = (0, 1, 2, 3, 4)  # a ten-family set's families the reader may be tuned on
CHECK = (5, 6, 7, 8, 9)  # and those nobody tunes on


@dataclass(frozen=True)
class Family:
    """One layout family: its id and name, the kind of notice, fonts, value shapes, sizes."""

    id: int
    layout: str
    kind: str
    font: str
    bold: str
    size: float
    money: Callable[[Decimal], str]
    dates: Callable[[date], str]
    claims: tuple[int, int]  # how many claims a document holds (at least, at most)
    lines: tuple[int, int]  # how many services a claim holds


@dataclass(frozen=True)
class DenialFamily(Family):
    """A family whose claims are denied for its categories, paid, or both (unseen, novel)."""

    categories: tuple[str, ...]
    services: tuple[str, ...] = LACTATION
    funding: str = "unknown"
    pagesize: tuple[float, float] = letter
    margin: float = 48
    paid_doc: int = -1  # the document whose claims are all paid in full
    mixed: bool = False  # the first claim of each document is paid, the others denied
    npi: bool = False
    network: bool = False
    infant: bool = False  # claims for the member and for her newborn


Scanned = tuple[bytes, int, str]  # the file's bytes, its pages and its suffix


def _no_decoration(fam: Family, doc: g.Doc) -> None:
    return None


def _not_scanned(fam: Family, n: int, text_pdf: bytes) -> Scanned | None:
    return None


def _default_top(fam: Family) -> float | None:
    return None


def _no_more_checks(fam: Family, text: str, exp: dict) -> list[str]:
    return []


KINDS = {"eob": "eob", "remit": "remittance_835", "letter": "denial_letter"}  # source.kind


def notice_doc(name: str, fam: Family, payer: tuple[str, str, str, str], box: str, phone: str,
               notice: date, rng: random.Random, member: str, member_id: Callable[[], str],
               streets: list[str], place: tuple[str, str, str]) -> g.Doc:  # fmt: skip
    """A notice's record before its claims: its payer (name, city, state, ZIP) at ``box``,
    and the member it is sent to, with an ID and a street drawn from ``rng`` in that order
    (a remittance covers many patients: it names no member)."""
    payer_name, pcity, pstate, pzip = payer
    city, state, zipc = place
    remit = fam.kind == "remit"
    return g.Doc(
        name=name,
        kind=KINDS[fam.kind],
        payer_name=payer_name,
        payer_addr=[box, f"{pcity}, {pstate} {pzip}"],
        payer_state=pstate,
        payer_phone=phone,
        notice_date=notice,
        claims=[],
        member_name=None if remit else member,
        member_id=None if remit else member_id(),
        member_addr=[]
        if remit
        else [
            f"{rng.randrange(10, 9999)} {rng.choice(streets)}",
            f"{city}, {state} {zipc}",
        ],  # fmt: skip
        member_state=None if remit else state,
        funding=fam.funding,
    )


SHARES = {"1": "deductible", "2": "coins", "3": "copay"}  # a PR code's cost-share field


def cost_share(ln: g.Line, kind: str, share: Decimal, adjust: bool = True) -> None:
    """``share`` left to the member as deductible (``kind`` "1"), coinsurance ("2") or copay
    ("3"), and with ``adjust`` its PR adjustment."""
    setattr(ln, SHARES[kind], share)
    if adjust:
        ln.adj.append(g.Adj("PR", kind, share))


def coded(ln: g.Line, key: str, rarcs: list[str], amount: Decimal | None) -> None:
    """The line denied with the adjustment ``key`` ("CO-50") of ``amount`` and ``rarcs``."""
    group, code = key.split("-")
    ln.adj, ln.rarc = [g.Adj(group, code, amount)], list(rarcs)


def drawers(names: dict[str, Any]) -> dict[str, Callable]:
    """A module's layouts by name: ``draw_ledger`` in ``globals()`` draws layout "ledger"."""
    return {k.removeprefix("draw_"): fn for k, fn in names.items() if k.startswith("draw_")}


def key(fam: Family, pdf: g.Pdf, title: str, lines: list[str], space: float = 6, up: float = 0.5,
        down: float = 0, x: float | None = None, need: float = 0) -> None:  # fmt: skip
    """A key of codes under ``title``: nothing if it has no ``lines``. The title is ``up``
    points larger than the family's text, the lines ``down`` points smaller."""
    if not lines:
        return
    pdf.space(space)
    if need:
        pdf.need(need)
    pdf.line(title, fam.bold, fam.size + up)
    for text in lines:
        pdf.para(text, fam.font, fam.size - down, after=1, x=x)


def fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size, down from ``size`` by quarter points (5 at the least), at which
    ``text`` fits in ``width``."""
    while size > 5 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def address(fam: Family, pdf: g.Pdf, doc: g.Doc, x: float | None = None) -> None:
    """The member's name and mailing address, one line each, at ``x`` (the margin)."""
    for s in [doc.member_name, *doc.member_addr]:
        pdf.line(s, fam.font, fam.size + 0.5, x=x)
    pdf.space(6)


def footer(fam: Family, text: str, y: float = 22, size: float = 6.5) -> Callable[[g.Pdf], None]:
    """A decoration: ``text`` at each page's foot, "Page X of N" at its right."""

    def decorate(pdf: g.Pdf) -> None:
        total = f" of {pdf.total}" if pdf.total else ""
        pdf.text(pdf.margin, y, text, fam.font, size)
        pdf.text(pdf.w - pdf.margin, y, f"Page {pdf.page}{total}", fam.font, size, align="right")

    return decorate


def pairs(fam: Family, pdf: g.Pdf, rows: list[tuple[str, str | None]], x: float, label_w: float,
          top: float, step: float = 1.6) -> float:  # fmt: skip
    """Label/value rows at ``x`` from ``top`` down, each value ``label_w`` right of its label
    in bold (a row without a value is left out); returns the lowest point."""
    y = top
    for label, value in rows:
        if not value:
            continue
        pdf.text(x, y - fam.size, label, fam.font, fam.size)
        pdf.text(x + label_w, y - fam.size, value, fam.bold, fam.size)
        y -= fam.size * step
    return y


def cut(text: str, at: int) -> tuple[str, str]:
    """A value cut where a narrow cell wraps it: its first ``at`` characters, the rest."""
    return text[:at], text[at:]


def cut_words(text: str, words: int) -> tuple[str, str]:
    """A name wrapped after its first ``words`` words."""
    parts = text.split()
    return " ".join(parts[:words]), " ".join(parts[words:])


def letterhead(fam: Family, pdf: g.Pdf, doc: g.Doc, title: str, phone: str, *,
               size: float = 13, title_size: float = 10.5, under: str = "",
               below: float = 34) -> None:  # fmt: skip
    """The payer's name in ``size`` points at the top left, its address and ``phone`` under
    it (then ``under``), the document's ``title`` at the top right; the text goes on
    ``below`` points under the name's baseline."""
    top = pdf.h - pdf.margin
    pdf.text(pdf.margin, top - size, doc.payer_name, fam.bold, size)
    pdf.text(pdf.margin, top - size - 12, f"{', '.join(doc.payer_addr)}   {phone}", fam.font, 8)
    if under:
        pdf.text(pdf.margin, top - size - 23, under, fam.font, 8)
    pdf.text(pdf.w - pdf.margin, top - size, title, fam.bold, title_size, align="right")
    pdf.y = top - size - below


def label_rows(fam: Family, pdf: g.Pdf, rows: list[tuple[str, str | tuple[str, str] | None]],
               x: float, top: float, label_w: float, leader: bool = False) -> float:  # fmt: skip
    """Label/value rows from ``top`` down at ``x``; a value given as two parts wraps onto a
    second line under its first; with ``leader`` dots run from the label to the value.
    Returns the lowest point."""
    y, size = top, fam.size
    for label, value in rows:
        if not value:
            continue
        text = label
        if leader:
            while pdfmetrics.stringWidth(text + " .", fam.font, size) < label_w - 4:
                text += " ."
        pdf.text(x, y - size, text, fam.font, size)
        parts = value if isinstance(value, tuple) else (value,)
        for k, part in enumerate(parts):
            pdf.text(x + label_w, y - size - k * size * 1.2, part, fam.bold, size)
        y -= size * (1.25 + 1.2 * (len(parts) - 1)) + 3
    return y


def titled_box(pdf: g.Pdf, x: float, top: float, width: float, low: float, title: str,
               fam: Family, shade: Any) -> None:  # fmt: skip
    """A ruled box from ``top`` down to ``low`` with ``title`` in a band of ``shade``."""
    pdf.c.setFillColor(shade)
    pdf.c.rect(x, top - 12, width, 12, stroke=0, fill=1)
    pdf.c.setFillColor(colors.black)
    pdf.text(x + 4, top - 9, title, fam.bold, fam.size)
    pdf.c.setLineWidth(0.6)
    pdf.c.rect(x, low, width, top - low, stroke=1, fill=0)


def surname_first(name: str) -> str:
    """``NAKAGAWA, SOLVEIG`` for ``Solveig Nakagawa``: a name as remittances print it."""
    *first, last = name.split()
    return f"{last}, {' '.join(first)}".upper()


def reasons_printed(meanings: dict[str, str]) -> Callable[[Family, str, dict], list[str]]:
    """A ``more_checks``: each denied claim's reason is printed, a letter's sentence or
    else each of its codes' ``meanings``."""

    def check(fam: Family, text: str, exp: dict) -> list[str]:
        out = []
        for claim in exp["claims"]:
            if not claim["denied"]:
                continue
            denial = claim["denial"]
            codes = denial["carc"] + denial["rarc"]
            for reason in [meanings[c] for c in codes] if codes else [denial["reason_text"]]:
                if reason not in text:
                    out.append(f"reason {reason}")
        return out

    return check


def page_text(text_pdf: bytes) -> str:
    """The text of the PDF ``text_pdf``, as the checks read it."""
    with tempfile.TemporaryDirectory(prefix="layout-set-") as folder:
        path = Path(folder) / "page.pdf"
        path.write_bytes(text_pdf)
        return g.printed_text(path)


def family_of(name: str) -> int:
    """The family id in a document name ``<letter><id>_<layout>_<n>``: ``u03_tpa_1`` is 3."""
    return int(name.split("_", 1)[0][1:])


@dataclass(frozen=True)
class LayoutSet:
    """A set's families and layouts, and how its documents are drawn, written and checked."""

    name: str  # its folder under tests/data/varied/ and its script, samples/<name>.py
    description: str  # the script's one-line description
    families: list
    record: Callable[[Family, int], g.Doc]
    draw: dict[str, Callable[[Family, g.Pdf, g.Doc], None]]
    printed: dict[str, tuple[set[str], set[str]]]  # layout -> (line fields, total fields)
    decorate: Callable[[Family, g.Doc], Callable[[g.Pdf], None] | None] = _no_decoration
    scan: Callable[[Family, int, bytes], Scanned | None] = _not_scanned
    top: Callable[[Family], float | None] = _default_top  # where each page's text starts
    text: Callable[[Path], str] = g.printed_text  # the page's text, as the check reads it
    more_checks: Callable[[Family, str, dict], list[str]] = _no_more_checks
    docs: int = 3
    capitals: bool = False  # names may be printed in capitals, a person's surname first

    @property
    def folder(self) -> Path:
        return v.CORPUS_DIR / self.name

    def render(self, fam: Family, n: int) -> tuple[g.Doc, bytes, int]:
        """The masked record of document ``n`` and its text PDF (before any scanning)."""
        doc = g.mask(self.record(fam, n), *self.printed[fam.layout])
        decorate = self.decorate(fam, doc)

        def once(total: int | None) -> tuple[bytes, int]:
            pdf = v.VPdf(pagesize=fam.pagesize, margin=fam.margin, title="", total_pages=total,
                         decorate=decorate, top=self.top(fam))  # fmt: skip
            self.draw[fam.layout](fam, pdf, doc)
            return pdf.finish()

        _, pages = once(None)
        data, pages = once(pages)
        return doc, data, pages

    def make_document(self, fam: Family, n: int) -> tuple[str, bytes, dict, bytes]:
        """Document ``n`` of ``fam``: file name, file bytes, expected document, text PDF."""
        doc, text_pdf, pages = self.render(fam, n)
        exp = g.expected(doc, text_pdf, pages)
        data, suffix = text_pdf, ".pdf"
        scanned = self.scan(fam, n, text_pdf)
        if scanned is not None:
            data, pages, suffix = scanned
            exp["source"].update(sha256=hashlib.sha256(data).hexdigest(), pages=pages,
                                 ocr_used=True)  # fmt: skip
        exp["source"]["file"] = doc.name + suffix
        return doc.name + suffix, data, exp, text_pdf

    def missing(self, fam: Family, text_pdf: bytes, exp: dict) -> list[str]:
        """Expected values the text PDF does not print (for a scan: the page before scanning)."""
        with tempfile.TemporaryDirectory(prefix=f"{self.name}-") as folder:
            path = Path(folder) / "page.pdf"
            path.write_bytes(text_pdf)
            out = g.missing_values(path, exp)
            text = self.text(path)
        for claim in exp["claims"]:
            for ln in claim["service_lines"]:
                shown = fam.dates(date.fromisoformat(ln["date_of_service"]))
                if shown not in text:
                    out.append(f"date {shown}")
        if exp["notice_date"] and fam.dates(date.fromisoformat(exp["notice_date"])) not in text:
            out.append(f"notice date {exp['notice_date']}")
        if exp["member"]["state"] and exp["member"]["state"] not in text:
            out.append(f"member state {exp['member']['state']}")
        if exp["payer"]["state"] not in text:
            out.append(f"payer state {exp['payer']['state']}")
        if self.capitals:
            upper = self._capitals(exp)
            out = [m for m in out if m not in upper or upper[m] not in text]
        return out + self.more_checks(fam, text, exp)

    @staticmethod
    def _capitals(exp: dict) -> dict[str, str]:
        """The payer's name and each patient's as a set printing in capitals prints them."""
        out = {exp["payer"]["name"]: exp["payer"]["name"].upper()}
        out.update({c["patient_name"]: surname_first(c["patient_name"])
                    for c in exp["claims"] if c["patient_name"]})  # fmt: skip
        return out

    def write(
        self,
        outdir: str | Path | None = None,
        families: list[int] | None = None,
        docs: int | None = None,
        check: bool = False,
    ) -> tuple[list[Path], list[str]]:
        """Write ``outdir/<name>.{pdf,jpg}`` and ``.expected.json``; return them and any misses."""
        folder = Path(outdir) if outdir is not None else self.folder
        folder.mkdir(parents=True, exist_ok=True)
        written, problems = [], []
        for fam in [f for f in self.families if families is None or f.id in families]:
            for n in range(self.docs if docs is None else docs):
                file, data, exp, text_pdf = self.make_document(fam, n)
                g._atomic_write(folder / file, data)
                truth = (json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
                g._atomic_write(folder / f"{Path(file).stem}.expected.json", truth)
                written.append(folder / file)
                if check:
                    problems += [f"{file}: {w}" for w in self.missing(fam, text_pdf, exp)]
        return written, problems

    def main(self, argv: list[str] | None = None) -> int:
        """The script: write the set (``--families``, ``--docs``, ``--out``), ``--check`` it."""
        parser = argparse.ArgumentParser(prog=f"samples/{self.name}.py",
                                         description=self.description)  # fmt: skip
        parser.add_argument("--families", type=int, nargs="*", metavar="ID", help="default: all")
        parser.add_argument("--docs", type=int, default=self.docs, metavar="N")
        parser.add_argument("--out", type=Path, default=self.folder, metavar="DIR")
        parser.add_argument("--check", action="store_true",
                            help="check every expected value is printed on the page")  # fmt: skip
        opts = parser.parse_args(argv)
        written, problems = self.write(opts.out, opts.families, opts.docs, opts.check)
        print(f"{len(written)} documents in {opts.out}")
        for p in problems:
            print(f"MISSING {p}")
        return 1 if problems else 0
