"""Letters that tell their claims in sentences beside other numbers and dates: a date
after a claim word, a reference "for this claim". Wordings here are in no sample."""

from __future__ import annotations

from pathlib import Path

from page_lines import page_lines
from readdocs import make_pdf, text_lines

from appealgen import parse_file
from appealgen.read.fields import find_fields
from appealgen.read.value_shapes import spaced_id


def _numbers(rows: list[str]) -> list[str]:
    return [f.value for f in find_fields(page_lines(rows)) if f.field == "claim_number"]


def test_a_date_after_a_claim_word_is_no_claim_number() -> None:
    assert spaced_id("Jun 10, 2026 and made our decision") is None
    assert spaced_id("March 17 we wrote") is None
    assert spaced_id("0077 4410 21 was") == "0077 4410 21"
    got = _numbers(["We received this claim on Jun 10, 2026 and made our decision on Jun 17."])
    assert got == []
    assert _numbers(["Claim KR9668303098 was filed by Nest Lactation."]) == ["KR9668303098"]


def test_a_number_said_of_a_reference_for_the_claim_is_not_the_claims() -> None:
    assert _numbers(["Our reference for this claim is 4283826228."]) == []
    assert _numbers(["Your claim number is ES45161236747."]) == ["ES45161236747"]
    assert _numbers(["The payment for claim 12345678 was made."]) == ["12345678"]


HEAD = ("Ridgeline Health Cooperative", "PO Box 29013, Denver, CO 80202", "")


def _letter(tmp_path: Path, *rows: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *rows)))


def test_a_claim_number_a_sentence_wraps_onto_the_next_line_is_counted() -> None:
    from appealgen.read.evidence import told_claim_ids

    lines = page_lines(
        [
            "This letter is about claim 2026073-480744, filed for Ada Lark. We received a claim",
            "from Farida Osei for care given to your dependent, Ada Lark. The claim",
            "number is 2026180-709386. It was received on Jan 9, 2026 and paid in full.",
        ]
    )
    assert told_claim_ids(lines, range(3)) == {"2026073-480744", "2026180-709386"}
    assert told_claim_ids(lines, range(2)) == {"2026073-480744"}


def test_a_label_never_runs_back_over_a_sentences_end() -> None:
    got = [
        (f.field, f.label)
        for f in find_fields(
            page_lines(["who is covered as a dependent under your policy. Reference #: 2026493807"])
        )
    ]
    assert ("member_id", "your policy. reference #") not in got
    assert [f.field for f in find_fields(page_lines(["Your policy number: W12345678"]))] == [
        "member_id"
    ]


def test_a_claim_paid_in_full_beside_the_denied_one_leaves_it_denied(tmp_path: Path) -> None:
    rows = (
        "Ozark Hollow Medicaid Plan",
        "PO Box 636, Springfield, MO 96728",
        "",
        "Date: 07/02/2026",
        "",
        "Dear Ximena Jankowski:",
        "Claim MC95424147 was filed by Kim Tran, IBCLC for Ximena Jankowski. Your provider",
        "billed $275.00 for lactation counseling (99403) on 06/02/2026.",
        "We denied this claim because no preauthorization was on file for this service. A",
        "separate claim for a visit on 04/27/2026 was paid in full ($68.50) and is not part",
        "of this notice.",
    )
    claim = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims[0]
    assert claim.denied and claim.totals.paid is None
    assert [sl.paid for sl in claim.service_lines] == [None]
