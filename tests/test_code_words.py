"""A code printed with words: the words a remarks cell prints after its code, a note that
gives several codes each with its text, and a count inside a reason's words."""

from __future__ import annotations

from page_lines import text_document

from appealgen.read.parse import parse_document


def _row(*cells: str) -> str:
    widths = [12, 8, 9, 9, 9, 9, 40]
    return "".join(c.ljust(n) for c, n in zip(cells, widths, strict=False)).rstrip()


def _eob(remark: str, *after: str):
    rows = [
        "Thornbury Mutual",
        "Explanation of Benefits                           May 4, 2026",
        "Member: Ilse Marchetti            Member ID: TM5518820",
        "Claim number: 77310452        Provider: Lowmoor Feeding Clinic",
        "",
        _row("Date", "Code", "Billed", "Allowed", "Paid", "You owe", "Remarks"),
        _row("04/02/2026", "99403", "180.00", "0.00", "0.00", "0.00", remark),
        *after,
    ]
    result = parse_document(text_document(rows))
    return result.claims[0].denial, result.evidence["claims.0.denial.primary_category"]


def test_a_code_printed_with_words_that_agree_is_sure() -> None:
    denial, evidence = _eob("CO-242 Services not provided by network providers")
    assert denial.carc == ["CO-242"] and denial.primary_category == "out_of_network"
    assert evidence.sure


def test_a_code_printed_with_words_naming_another_reason_is_asked() -> None:
    denial, evidence = _eob("CO-242 Prior authorization was not obtained")
    assert "Prior authorization was not obtained" in denial.reason_text
    assert denial.primary_category == "out_of_network"
    assert not evidence.sure and "different reasons" in evidence.reason


def test_a_code_printed_alone_is_sure() -> None:
    denial, evidence = _eob("242")
    assert denial.carc == ["CO-242"] and evidence.sure


def test_a_note_giving_two_codes_with_their_words_gives_both() -> None:
    denial, evidence = _eob(
        "(1)",
        "",
        "(1) CO 96 - Non-covered charge(s). N95 - This provider type/provider specialty may"
        " not bill this service.",
    )
    assert denial.carc == ["CO-96"] and denial.rarc == ["N95"]
    assert denial.primary_category == "provider_type" and evidence.sure
