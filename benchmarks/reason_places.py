"""The denial category when the reason is printed where payers print it, not beside the line.

    python benchmarks/reason_places.py                       # the dev half, one place each
    python benchmarks/reason_places.py --half check2 --all   # every sentence in every place
    python benchmarks/reason_places.py --half dev --show miss --keep /tmp/places

Each sentence of ``benchmarks/reason_sentences.yaml`` is printed as the reason of one denied
claim on a one-claim EOB (a text PDF made here), in one of these places:

- ``key_foot``: the line prints a payer's code ("Q7") in a Code column, and a key at the
  page's foot explains it ("Explanation of codes", "Q7  <the words>");
- ``key_page2``: the same key on a second page ("Message codes");
- ``footnote``: the line prints a note number, "(1)", and the note sits under the table;
- ``remarks``: the words on their own line under the service ("Remarks: <the words>");
- ``letter``: a letter's sentence under a reason heading ("Reason for our decision");
- ``two_codes``: the line prints CO-96 and the payer's code; the key explains both (the
  non-covered code leaves the reason to the words: a sentence naming none is not_covered).
- ``column``: the words in the service table's own "Reason" column, wrapped in it;
- ``next_sentence``: a letter's paragraph says the claim is not paid, and its next
  sentence gives the words (no heading);
- ``unsaid``: a letter whose paragraph tells the words and never says the claim was
  denied (nothing paid); the category is read but should be asked (a sure right one counts
  as right, an unsure one as unsure).
- ``rights``: the ``letter`` place, and an appeal-rights paragraph that names other reasons
  in passing ("for example, if you think your provider is in our network or the care was
  medically necessary"): never the claim's reason;
- ``action``: a Medicaid notice of action, its reason on the label's own line ("Reason for
  our decision: <the words>") between "Action taken:" and "Legal basis:" rows;
- ``tpa``: a third-party administrator's statement, an "Expl code" column printing "X7",
  and the "EXPLANATION CODES" key after the totals ("X7 - <the words>");
- ``two_claims``: two denied claims on one EOB, each with its own ``Remarks:`` line; the
  second claim's reason is another one; the first claim's category is judged.

The notice is parsed as any other (``appealgen.parse_file``) and the claim's primary
category and its sureness are judged as ``reasons.py`` judges them: ``sure right``,
``unsure`` (the person is asked), ``sure wrong``; ``read right`` whether sure or not.
By default each sentence is printed in one place, in turn; ``--all`` prints each in all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).parent))

from reasons import sentences, verdict  # noqa: E402

from appealgen import parse_file  # noqa: E402

PLACES = (
    "key_foot",
    "key_page2",
    "footnote",
    "remarks",
    "letter",
    "two_codes",
    "column",
    "next_sentence",
    "unsaid",
    "rights",
    "action",
    "tpa",
    "two_claims",
)
RIGHTS = (
    "If you disagree with this decision, for example if you think your provider is in our "
    "network, that no referral was needed, or that the care was medically necessary, you "
    "may ask for an appeal within 180 days of this notice."
)
# the second claim's reason on ``two_claims``, unless the first claim's is the same kind
OTHER = {
    "eligibility": "Your coverage under this plan ended before this date of service.",
    "duplicate": "This service was already paid on an earlier claim.",
}
CODE = "Q7"
WIDTH = 92  # characters of a line of small print


def _header(c: canvas.Canvas, h: float, title: str) -> float:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, h - 50, "Larkspur Health Plan")
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 66, "PO Box 4410, Dayton, OH 45401    Member services 1-800-555-0142")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, h - 92, title)
    c.setFont("Helvetica", 9)
    rows = [
        "Member: Ingrid Solberg          Member ID: LKH448120937",
        "Patient: Ingrid Solberg         Claim number: 7730194452",
        "Provider: Milkway Lactation Care, IBCLC        Statement date: 03/02/2026",
    ]
    for k, row in enumerate(rows):
        c.drawString(50, h - 112 - 13 * k, row)
    return h - 160


def _table(
    c: canvas.Canvas,
    y: float,
    code: str | None,
    share: bool,
    heading: str = "Remarks",
    procedure: str = "99403",
) -> float:
    """The service table; a last column headed ``heading`` prints ``code`` (none if None)."""
    xs = (50, 120, 190, 250, 310, 370, 430)
    titles = ["Date", "Procedure", "Billed", "Allowed", "Plan paid", "You owe", heading]
    owe = "180.00" if share else "0.00"
    allowed = "180.00" if share else "0.00"
    row = ["02/11/2026", procedure, "180.00", allowed, "0.00", owe, code or ""]
    if code is None:
        titles, row, xs = titles[:-1], row[:-1], xs[:-1]
    c.setFont("Helvetica-Bold", 9)
    for x, t in zip(xs, titles, strict=True):
        c.drawString(x, y, t)
    c.setFont("Helvetica", 9)
    for x, t in zip(xs, row, strict=True):
        c.drawString(x, y - 14, t)
    return y - 14


def _para(c: canvas.Canvas, y: float, text: str, first: str = "") -> float:
    for k, part in enumerate(textwrap.wrap(first + text, WIDTH)):
        c.drawString(50 if k == 0 or not first else 50 + 5 * len(first), y, part)
        y -= 12
    return y


def _foot(c: canvas.Canvas) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(50, 60, "This is not a bill. Keep this statement for your records.")


def make(path: Path, place: str, words: str, share: bool, want: str = "") -> Path:
    """One EOB printing ``words`` as its claim's reason in ``place``."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    _w, h = letter
    title = "Explanation of Benefits" if place != "letter" else "Notice of claim decision"
    y = _header(c, h, title)
    if place in ("key_foot", "key_page2"):
        y = _table(c, y, CODE, share) - 30
        if place == "key_page2":
            c.drawString(50, y, "Message codes are explained on the next page.")
            _foot(c)
            c.showPage()
            y = h - 60
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Explanation of codes" if place == "key_foot" else "Message codes")
        c.setFont("Helvetica", 9)
        _para(c, y - 14, words, f"{CODE}   ")
    elif place == "footnote":
        y = _table(c, y, "(1)", share) - 30
        _para(c, y, words, "(1) ")
    elif place == "remarks":
        y = _table(c, y, None, share)
        _para(c, y - 14, words, "Remarks: ")
    elif place == "two_codes":
        y = _table(c, y, f"CO-96 {CODE}", share) - 30
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Explanation of codes")
        c.setFont("Helvetica", 9)
        c.drawString(50, y - 14, "CO-96   Non-covered charge(s).")
        _para(c, y - 28, words, f"{CODE}   ")
    elif place == "column":
        first, *rest = textwrap.wrap(words, 34)
        y = _table(c, y, first, share, heading="Reason")
        for k, part in enumerate(rest, 1):
            c.drawString(430, y - 11 * k, part)
    elif place in ("next_sentence", "unsaid"):
        c.setFont("Helvetica", 10)
        said = "" if place == "unsaid" else "We are not able to pay this claim. "
        y = _para(
            c,
            y,
            "On 02/11/2026 the provider billed $180.00 for service 99403. We paid $0.00. "
            f"{said}{words}",
        )
        _para(
            c, y - 10, "You have the right to appeal this decision within 180 days of this notice."
        )
    elif place == "action":
        _action(c, y, words)
    elif place == "tpa":
        _tpa(c, y, words, share)
    elif place == "two_claims":
        _two_claims(c, y, words, share, want)
    else:  # letter, rights
        c.setFont("Helvetica", 10)
        y = _para(
            c, y, "We reviewed the claim for lactation counseling on 02/11/2026 (99403, $180.00)."
        )
        y = _para(c, y, "We are not able to pay this claim.") - 10
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, "Reason for our decision")
        c.setFont("Helvetica", 10)
        y = _para(c, y - 14, words) - 10
        if place == "rights":
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, "Your right to appeal")
            c.setFont("Helvetica", 10)
            _para(c, y - 14, RIGHTS)
        else:
            _para(
                c, y, "You have the right to appeal this decision within 180 days of this notice."
            )
    _foot(c)
    c.showPage()
    c.save()
    return path


def _action(c: canvas.Canvas, y: float, words: str) -> None:
    """A Medicaid notice of action: label rows, the reason on its label's line."""
    c.setFont("Helvetica", 10)
    y = _para(c, y, "This notice tells you about an action we took on a request for payment.")
    rows = [
        ("Service:", "Lactation counseling, 99403, 02/11/2026, $180.00"),
        ("Action taken:", "We denied payment for this service."),
    ]
    for label, value in rows:
        y -= 4
        c.drawString(50, y, label)
        c.drawString(170, y, value)
        y -= 12
    y -= 4
    first, *rest = textwrap.wrap(words, 62)
    c.drawString(50, y, "Reason for our decision:")
    c.drawString(170, y, first)
    for part in rest:
        y -= 12
        c.drawString(170, y, part)
    y -= 16
    c.drawString(50, y, "Legal basis:")
    c.drawString(170, y, "42 CFR 431.210; state Medicaid rules")
    y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Your right to a fair hearing")
    c.setFont("Helvetica", 10)
    _para(c, y - 14, "You may ask for a state fair hearing within 120 days of this notice.")


def _tpa(c: canvas.Canvas, y: float, words: str, share: bool) -> None:
    """A TPA's statement: an "Expl code" column, the key after the totals."""
    y = _table(c, y, "X7", share, heading="Expl code") - 20
    c.setFont("Helvetica", 9)
    c.drawString(50, y, f"Totals   180.00   {'180.00' if share else '0.00'}   0.00")
    y -= 30
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "EXPLANATION CODES")
    c.setFont("Helvetica", 9)
    _para(c, y - 14, words, "X7 - ")


def _two_claims(c: canvas.Canvas, y: float, words: str, share: bool, want: str) -> None:
    """Two claims, each with its own remarks: the first prints ``words``, the second
    another reason than ``want``."""
    other = OTHER["duplicate"] if want == "eligibility" else OTHER["eligibility"]
    y = _table(c, y, None, share)
    y = _para(c, y - 14, words, "Remarks: ") - 16
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Claim number: 7730194453")
    y = _table(c, y - 16, None, False)
    c.setFont("Helvetica", 9)
    _para(c, y - 14, other, "Remarks: ")


def judge(path: Path) -> tuple[str | None, bool, str | None]:
    result = parse_file(path)
    ours = [c for c in result.claims if c.claim_number == "7730194452"]
    for i, claim in enumerate(result.claims):
        if claim.denial is not None and (not ours or claim is ours[0]):
            ev = result.evidence.get(f"claims.{i}.denial.primary_category")
            sure = bool(ev and ev.sure)
            return claim.denial.primary_category, sure, ev.reason if ev else None
    return None, False, "no denied claim read"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--half", choices=["dev", "check", "check2", "check3"], default="dev")
    ap.add_argument("--all", action="store_true", help="print each sentence in every place")
    ap.add_argument("--places", nargs="+", choices=PLACES, default=list(PLACES))
    ap.add_argument("--show", choices=["miss", "wrong", "all"], help="list those sentences")
    ap.add_argument("--keep", type=Path, help="write the PDFs here (else a temporary folder)")
    ap.add_argument("--every", type=int, default=1, help="only every Nth sentence (a quick look)")
    args = ap.parse_args(argv)
    rows = sentences(args.half)[:: args.every]
    places = list(args.places)
    with tempfile.TemporaryDirectory(prefix="reason-places-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        total: dict[str, Counter[str]] = {p: Counter() for p in places}
        for n, (want, text) in enumerate(rows):
            for place in places if args.all else [places[n % len(places)]]:
                if place == "two_codes" and want == "cost_sharing":
                    continue  # a deductible beside a non-covered code: no one answer
                goal = "not_covered" if place == "two_codes" and want == "unsure" else want
                path = make(
                    folder / f"{n:03d}_{place}.pdf", place, text, want == "cost_sharing", want
                )
                tally(total[place], goal, judge(path), args.show, f"[{path.stem}] {text}")
    report(args.half, places, total)
    return 0


def tally(
    counts: Counter[str], want: str, read: tuple[str | None, bool, str | None], show, told: str
) -> None:
    """Count one notice's verdict (``read``: the category got, sure, why not) in ``counts``
    and print it as ``show`` asks ("miss", "wrong", "all")."""
    got, sure, why = read
    v = verdict(want, got, sure)
    counts[v] += 1
    counts["read right"] += got == want
    counts["naming one"] += want != "unsure"
    miss = v == "sure wrong" or (v == "unsure") != (want == "unsure")
    if show == "all" or (show == "wrong" and v == "sure wrong") or (show == "miss" and miss):
        print(f"  {v:10} want {want:24} got {got} ({why}): {told}")


def report(half: str, names: list[str], total: dict[str, Counter[str]]) -> None:
    """Print each place's (or layout's) counts, then all of them."""
    overall: Counter[str] = Counter()
    for name in names:
        overall.update(total[name])
        _line(f"{half} {name}", total[name])
    _line(f"{half} all", overall)


def _line(name: str, t: Counter[str]) -> None:
    n = t["sure right"] + t["unsure"] + t["sure wrong"]
    if not n:
        return
    print(
        f"{name:18} {n:3} notices: sure right {t['sure right']} ({t['sure right'] / n:.1%}), "
        f"unsure {t['unsure']} ({t['unsure'] / n:.1%}), sure wrong {t['sure wrong']} "
        f"({t['sure wrong'] / n:.1%}); category read right {t['read right']} "
        f"({t['read right'] / max(t['naming one'], 1):.1%} of those naming one)"
    )


if __name__ == "__main__":
    sys.exit(main())
