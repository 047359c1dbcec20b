"""A plan named only in the notice's sentences is sure when something else bears it out.

"You are covered by Ridgeline Select, a PPO plan." prints the name with its plan type,
a shape that names a plan by itself; "You are a member of Ridgeline Select." is borne out
when the name opens with the insurer's own word. A notice whose sentences name two
different plans, or a name that shares nothing with the insurer, stays unsure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = (
    "Ridgeline Health Cooperative",
    "PO Box 29013, Denver, CO 80202",
    "",
    "March 2, 2026",
    "",
    "Dear Maya Hollis,",
)
CLAIM = (
    "Claim number: E25-25702521",
    "Patient: Maya Hollis",
    "Date of service Code Billed Paid You owe Reason",
    "02/04/2026 99403 280.00 0.00 280.00 CO-242",
)


def _read(tmp_path: Path, *said: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *said, *CLAIM)))


def test_a_plan_told_with_its_type_is_sure(tmp_path: Path) -> None:
    r = _read(tmp_path, "You are covered by Ridgeline Select, a PPO plan, for this care.")
    assert (r.plan.name, r.plan.type) == ("Ridgeline Select", "PPO")
    assert r.evidence["plan.name"].sure, r.evidence["plan.name"].reason
    assert r.evidence["plan.type"].sure, r.evidence["plan.type"].reason


def test_a_plan_told_without_its_type_is_sure_when_it_opens_with_the_insurers_word(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "We write to you as a member of Ridgeline Select.")
    assert r.plan.name == "Ridgeline Select"
    assert r.evidence["plan.name"].sure, r.evidence["plan.name"].reason
    # a name that shares no word with the insurer's is a guess
    r = _read(tmp_path, "We write to you as a member of Harbour Select.")
    assert r.plan.name == "Harbour Select"
    assert not r.evidence["plan.name"].sure


def test_sentences_naming_two_plans_leave_the_plan_unsure(tmp_path: Path) -> None:
    r = _read(
        tmp_path,
        "You are covered by Ridgeline Select, a PPO plan, for this care.",
        "Your spouse is a member of Ridgeline Gold.",
    )
    assert r.plan.name == "Ridgeline Select"
    assert not r.evidence["plan.name"].sure
    assert not r.evidence["plan.type"].sure


LETTERHEAD = [
    "Corliss Mutual Health Insurance Company",
    "PO Box 310, Dayton, OH 45402  1-937-555-0172",
]
PRODUCT_ROWS = [
    *LETTERHEAD,
    "Corliss Select Plus",
    "",
    "Subscriber   Ines Okafor          Member number   CMX 448120937",
    "Claim number: CM5510938826   Patient: Ines Okafor",
    "Date       Code    Billed    Allowed   Paid     Owed",
    "06/02/2026 S9443   $180.00   $150.00   $150.00  $0.00",
]


def test_a_plan_printed_as_the_letterheads_product_line_is_sure() -> None:
    from page_lines import text_document

    from appealgen.read.parse import parse_document

    result = parse_document(text_document(PRODUCT_ROWS))
    assert result.plan.name == "Corliss Select Plus"
    ev = result.evidence["plan.name"]
    assert ev.sure and ev.reader == "letterhead", ev.reason


@pytest.mark.parametrize(
    ("product", "want"),
    [
        ("Corliss Premier 3000", "Corliss Premier 3000"),
        ("Corliss 3000", None),
        ("Corliss Select 2026", None),  # a year
    ],
)
def test_a_product_line_may_end_in_its_tiers_number(product, want) -> None:
    """ "Corliss Premier 3000" under the insurer's name is its product, read surely; a
    number right after the insurer's first word, or one that may be a year, names none."""
    from page_lines import text_document

    from appealgen.read.parse import parse_document

    rows = [*LETTERHEAD, product, *PRODUCT_ROWS[3:]]
    result = parse_document(text_document(rows))
    assert result.plan.name == want
    if want:
        ev = result.evidence["plan.name"]
        assert ev.sure and ev.reader == "letterhead", ev.reason


def test_a_product_line_is_no_support_when_the_insurers_name_is_unsure() -> None:
    from page_lines import page_lines

    from appealgen.read.context import ParseContext
    from appealgen.read.evidence import INFERRED, LABELLED, Recorder
    from appealgen.read.evidence_header import product_of_payer

    lines = page_lines(PRODUCT_ROWS)
    text = "\n".join(ln.text for ln in lines)
    ctx = ParseContext(lines=lines, found=[], text=text, glossary={}, glossary_lines=set())
    rec = Recorder(lines, ctx.settings, ocr=False)
    rec.put("payer.name", LABELLED, "heading", None, located=False)
    assert product_of_payer(rec, ctx, "Corliss Select Plus")
    assert not product_of_payer(rec, ctx, "Corliss Select")
    rec.put("payer.name", INFERRED, "heading", None, "unsure", located=False)
    assert not product_of_payer(rec, ctx, "Corliss Select Plus")


def _header_ctx(rows: list[str]):
    from page_lines import page_lines

    from appealgen.read.context import ParseContext
    from appealgen.read.fields import find_fields

    lines = page_lines(rows)
    text = "\n".join(ln.text for ln in lines)
    return ParseContext(
        lines=lines, found=find_fields(lines), text=text, glossary={}, glossary_lines=set()
    )


def test_a_plan_whose_printed_type_was_not_read_is_not_whole() -> None:
    from appealgen.models import ParseResult, Plan, Source
    from appealgen.read.evidence import Recorder
    from appealgen.read.evidence_header import _plan, unread_plan_type

    rows = [
        "Group plan no. 202336    Your plan: Ridgeline Choice",
        "Issued On 02/23/2026     Plan type POS",
    ]
    ctx = _header_ctx(rows)
    assert unread_plan_type(ctx) == "POS"
    assert unread_plan_type(_header_ctx(["Your plan: Ridgeline Choice POS plan"])) is None
    source = Source(file="n.pdf", sha256="0" * 64, pages=1)
    for ptype, sure in ((None, False), ("POS", True)):
        result = ParseResult(source=source, plan=Plan(name="Ridgeline Choice", type=ptype))
        rec = Recorder(ctx.lines, ctx.settings, ocr=False)
        _plan(rec, ctx, result)
        assert rec.out["plan.name"].sure is sure, rec.out["plan.name"].reason
