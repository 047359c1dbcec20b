"""The denial category when a notice tells its reason in a paragraph apart from its denial.

    python benchmarks/reason_paragraphs.py                        # the dev half, one layout each
    python benchmarks/reason_paragraphs.py --half check           # measure; never study its misses
    python benchmarks/reason_paragraphs.py --half dev --all --show miss --keep /tmp/paras

Each reason of ``benchmarks/reason_paragraphs.yaml`` is printed as the reason of one denied
claim on a one-claim notice (a text PDF made here), apart from the sentence that says the
claim was denied, in one of these layouts:

- ``why``: a letter says the claim was denied; a heading of its own ("Why was this claim
  denied?") heads the reason's paragraph;
- ``remarks``: the service table's own remarks column holds the reason, wrapped in it;
- ``mark``: the service's code carries a mark ("99403*"), and the note keyed by that mark at
  the page's foot gives the reason;
- ``bilingual``: a heading in two languages ("Motivo / Reason") on the reason's own line,
  glued before it;
- ``upheld``: an appeal decision upholds the earlier denial and restates its reason in a
  paragraph of its own;
- ``in_full``: the table's status says only "Denied in full" and the reason sits in a
  message box lower on the page;
- ``elsewhere``: a letter's sentence says only that the claim was denied in full, and the
  reason is the paragraph of a section of its own further down ("About your claim").

Each layout prints its framing words in a dev and a check variant (the heading's words, the
mark, the box's title), so the check half is unfamiliar in its sentences and its frames.
The notice is parsed as any other (``appealgen.parse_file``) and its claim's category and
sureness are judged as ``reason_places.py`` judges them: ``sure right``, ``unsure`` (the
person is asked), ``sure wrong``; ``read right`` whether sure or not. Reasons listed as
``unsure`` name no specific reason: right only when the category is asked.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

import yaml
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).parent))

from reason_places import _foot, _header, _para, _table, judge, report, tally  # noqa: E402

PARAGRAPHS = Path(__file__).with_name("reason_paragraphs.yaml")
LAYOUTS = ("why", "remarks", "mark", "bilingual", "upheld", "in_full", "elsewhere")
HALVES = ("dev", "check", "check3")
# the framing words of each layout: (dev, check, check3)
FRAMES = {
    "why": ("Why was this claim denied?", "Explanation", "How we reached this decision"),
    "denied": (
        "After review, your claim has been denied.",
        "We have decided not to pay this claim.",
        "Payment for this claim has been denied.",
    ),
    "remarks": ("Remarks", "Comments", "Notes"),
    "mark": ("*", "**", "†"),
    "bilingual": (
        "Motivo / Reason",
        "Razón de la decisión / Reason for decision",
        "Explicación / Explanation",
    ),
    "upheld": (
        (
            "We have reviewed your appeal of our decision to deny this claim. We are "
            "upholding our decision.",
            "Our decision was based on the following:",
        ),
        (
            "A reviewer who was not part of the first decision looked at your appeal. The "
            "original denial stands.",
            "Reason for the original denial",
        ),
        (
            "Your appeal has been reviewed by a clinician who did not take part in the first "
            "review. The decision to deny payment is affirmed.",
            "The basis for the denial",
        ),
    ),
    "status": ("Denied in full", "Not payable", "Declined"),
    "box": (
        "Important information about this claim",
        "A message from your health plan",
        "Please read",
    ),
    "in_full": (
        "Your claim for this visit was denied in full.",
        "This claim is not payable.",
        "No payment will be made for this visit.",
    ),
    "about": ("About your claim", "Additional information", "Details"),
}
RIGHTS = "You have the right to appeal this decision within 180 days of this notice."


def sentences(half: str) -> list[tuple[str, str]]:
    """(category, reason) of one half; category ``unsure`` names no specific reason."""
    data = yaml.safe_load(PARAGRAPHS.read_text(encoding="utf-8"))
    return [
        (category, s)
        for category, halves in data.items()
        if category != "version"
        for s in halves.get(half) or []
    ]


# more framings of the dev half, in other words (a denial said short or with a negation
# written short, a heading that is no question, a section's title that names no reason),
# drawn in turn with the first: ``make``'s ``variant`` picks one; the check half's framing
# is always its one
DEV_VARIANTS = {
    "denied": [
        "We are not able to pay for this visit.",
        "Your plan will not pay for the service listed below.",
        "After review we chose not to pay for this visit.",
        "This claim was not approved for payment.",
        "Payment has been refused for this claim.",
        "We won't be paying this claim.",
        "Your request for payment has been turned down.",
    ],
    "why": [
        "Why we didn't pay",
        "The reason for our decision",
        "What led to this decision",
        "Reason(s):",
        "Why your claim was not paid",
        "Here is why:",
        "Basis for our decision",
        "Our reasons",
    ],
    "in_full": [
        "We have denied your claim in full, as explained below.",
        "This claim was denied. See the explanation below.",
        "The amount billed was not covered.",
        "Your claim has been denied. The details follow.",
        "No benefits are payable for this claim.",
        "This claim has been rejected in full.",
        "Your claim was denied.",
    ],
    "about": [
        "Details about this decision",
        "More about this claim",
        "Further details",
        "Your claim",
        "Claim information",
        "What happened",
        "Notes",
    ],
}


def _frame(key: str, half: str, variant: int = 0):
    if half == "dev" and key in DEV_VARIANTS:
        options = [FRAMES[key][0], *DEV_VARIANTS[key]]
        return options[variant % len(options)]
    return FRAMES[key][HALVES.index(half)]


def _service_table(
    c: canvas.Canvas, y: float, extra: str | None, cell: str, code: str = "99403"
) -> float:
    """The service table; ``extra`` names a last column holding ``cell`` (wrapped)."""
    parts = textwrap.wrap(cell, 30) if extra else []
    y = _table(c, y, parts[0] if parts else None, False, extra or "", procedure=code)
    for k, part in enumerate(parts[1:], 1):
        c.drawString(430, y - 11 * k, part)
    return y - 11 * max(len(parts) - 1, 0)


def _letter_opening(c: canvas.Canvas, y: float) -> float:
    c.setFont("Helvetica", 10)
    return _para(
        c, y, "We received a claim for lactation counseling on 02/11/2026 (99403, $180.00)."
    )


def make(path: Path, layout: str, words: str, half: str, variant: int = 0) -> Path:
    """One notice printing ``words`` as its claim's reason in ``layout`` (its framing
    words the ``variant``-th of the half's)."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    _w, h = letter
    letters = ("why", "bilingual", "upheld", "elsewhere")
    title = "Notice of claim decision" if layout in letters else "Explanation of Benefits"
    if layout == "upheld":
        title = "Notice of appeal decision"
    y = _header(c, h, title)
    if layout == "why":
        y = _letter_opening(c, y)
        y = _para(c, y, _frame("denied", half, variant)) - 14
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, _frame("why", half, variant))
        c.setFont("Helvetica", 10)
        y = _para(c, y - 14, words) - 10
        _para(c, y, RIGHTS)
    elif layout == "remarks":
        y = _service_table(c, y, _frame("remarks", half), words) - 24
        c.drawString(50, y, "Claim total   180.00   0.00   0.00   0.00")
    elif layout == "mark":
        mark = _frame("mark", half)
        y = _service_table(c, y, None, "", code=f"99403{mark}") - 24
        c.drawString(50, y, "Claim total   180.00   0.00   0.00   0.00")
        c.setFont("Helvetica", 8)
        _para(c, 110, words, f"{mark} ")
    elif layout == "bilingual":
        y = _letter_opening(c, y)
        y = _para(c, y, _frame("denied", half, variant)) - 14
        y = _para(c, y, words, f"{_frame('bilingual', half)}: ") - 10
        _para(c, y, RIGHTS)
    elif layout == "upheld":
        said, lead = _frame("upheld", half)
        y = _letter_opening(c, y)
        y = _para(c, y, said) - 14
        if half == "dev":
            y = _para(c, y, lead) - 2
        else:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, lead)
            c.setFont("Helvetica", 10)
            y -= 14
        y = _para(c, y, words) - 10
        _para(c, y, "You may ask for an external review within four months of this notice.")
    elif layout == "elsewhere":
        y = _letter_opening(c, y)
        y = _para(c, y, _frame("in_full", half, variant)) - 14
        y = _para(c, y, RIGHTS) - 14
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, _frame("about", half, variant))
        c.setFont("Helvetica", 10)
        _para(c, y - 14, words)
    else:  # in_full
        y = _service_table(c, y, "Status", _frame("status", half)) - 24
        c.drawString(50, y, "Claim total   180.00   0.00   0.00   0.00")
        y -= 60
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, _frame("box", half))
        c.setFont("Helvetica", 9)
        c.rect(44, y - 16 - 12 * len(textwrap.wrap(words, 92)), 520, 30 + 12 * 2, stroke=1)
        _para(c, y - 14, words)
    _foot(c)
    c.showPage()
    c.save()
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--all", action="store_true", help="print each reason in every layout")
    ap.add_argument("--layouts", nargs="+", choices=LAYOUTS, default=list(LAYOUTS))
    ap.add_argument("--show", choices=["miss", "wrong", "all"], help="list those notices")
    ap.add_argument("--keep", type=Path, help="write the PDFs here (else a temporary folder)")
    args = ap.parse_args(argv)
    rows = sentences(args.half)
    layouts = list(args.layouts)
    total: dict[str, Counter[str]] = {p: Counter() for p in layouts}
    with tempfile.TemporaryDirectory(prefix="reason-paragraphs-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n, (want, text) in enumerate(rows):
            for layout in layouts if args.all else [layouts[n % len(layouts)]]:
                path = make(folder / f"{n:03d}_{layout}.pdf", layout, text, args.half, n)
                tally(total[layout], want, judge(path), args.show, f"[{path.stem}] {text}")
    report(args.half, layouts, total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
