"""A denial's reason told apart from the words that say the claim was denied: a note keyed
by a mark, the notice's only reason block below a printed status, an appeal decision that
upholds the denial; and benchmarks/reason_paragraphs.py. The wordings are made up."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_lines import text_document

from appealgen.read.classify import phrase_categories
from appealgen.read.parse import parse_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import reason_paragraphs  # noqa: E402
import reasons  # noqa: E402

HEAD = [
    "Fernhollow Benefit Plan              Explanation of Benefits",
    "Member: Odile Marchetti    Member ID: FH5520147",
    "Claim number: 6610928374   Patient: Odile Marchetti",
]


def _category(rows: list[str]) -> tuple[str | None, bool]:
    result = parse_document(text_document(rows))
    claim = result.claims[0]
    assert claim.denied and claim.denial is not None
    ev = result.evidence.get("claims.0.denial.primary_category")
    return claim.denial.primary_category, bool(ev and ev.sure)


def _marked(code: str, *foot: str) -> list[str]:
    return [
        *HEAD,
        "Service date    Code      Billed     Plan paid    You owe",
        f"03/02/2026      {code}    $190.00    $0.00        $0.00",
        *foot,
        "This is not a bill.",
    ]


def test_a_note_keyed_by_the_mark_on_the_claim_s_line_is_its_reason() -> None:
    rows = _marked(
        "99403*", "* Our records show that your coverage ended on 01/31/2026, before this visit."
    )
    assert _category(rows) == ("eligibility", True)


def test_a_note_whose_mark_is_on_no_value_is_no_reason() -> None:
    rows = _marked(
        "99403", "* Our records show that your coverage ended on 01/31/2026, before this visit."
    )
    category, sure = _category(rows)
    assert not sure


def _status(*lines: str) -> list[str]:
    return [
        *HEAD,
        "Service date    Code     Billed     Plan paid    You owe    Status",
        "03/02/2026      99403    $190.00    $0.00        $0.00      Denied in full",
        "Claim total              $190.00    $0.00        $0.00",
        "",
        *lines,
    ]


def test_the_only_reason_block_under_a_printed_denial_is_its_reason() -> None:
    rows = _status(
        "Important information about this claim",
        "The provider who billed this visit does not have an agreement with us and is",
        "not part of your plan's network.",
    )
    assert _category(rows) == ("out_of_network", True)


def test_two_reason_blocks_under_a_printed_denial_are_asked() -> None:
    rows = _status(
        "Important information about this claim",
        "The provider who billed this visit does not have an agreement with us and is",
        "not part of your plan's network.",
        "",
        "Other information",
        "Our records show that the claim reached us after the filing deadline had passed",
        "for claims of this kind.",
    )
    _category_read, sure = _category(rows)
    assert not sure


def test_a_printed_denial_and_no_reason_leaves_the_category_asked() -> None:
    rows = _status("Please keep this statement with your records for your taxes.")
    category, sure = _category(rows)
    assert category in (None, "other") and not sure


def _appeal(*lines: str) -> list[str]:
    return [
        "Fernhollow Benefit Plan",
        "Notice of appeal decision                        April 2, 2026",
        "Member: Odile Marchetti    Member ID: FH5520147",
        "Claim number: 6610928374   Provider: Tidewell Lactation Care",
        "Service: 99404 on 03/01/2026, charged $240.00. Amount we paid: $0.00",
        "We have reviewed your appeal of our decision to deny this claim for lactation",
        "counseling. We are upholding our decision.",
        "",
        *lines,
        "",
        "You may ask for an external review within four months of this notice.",
    ]


@pytest.mark.parametrize(
    "lead",
    ["Our decision was based on the following:", "Reason for the original denial"],
)
def test_an_appeal_decision_upholding_the_denial_restates_its_reason(lead: str) -> None:
    rows = _appeal(lead, "Your plan requires a referral from your primary care provider, and")
    rows.insert(rows.index(lead) + 2, "we have no referral on file for this visit.")
    assert _category(rows) == ("prior_authorization", True)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("This provider is not in that network.", "out_of_network"),
        ("The consultant is not affiliated with your assigned medical group.", "out_of_network"),
        (
            "The approval on file ended in January; the visit came after it expired.",
            "prior_authorization",
        ),
        ("Your PCP did not refer you to this consultant.", "prior_authorization"),
        ("We could not verify coverage for the patient on that date.", "eligibility"),
        ("The bill was submitted after the 90-day limit for claims.", "timely_filing"),
        ("The diagnosis code on the bill does not support the procedure.", "coding"),
        ("This visit is listed among the exclusions of your policy.", "not_covered"),
        ("The visit is payable only when a licensed physician gives it.", "provider_type"),
        ("The same service for the same day was paid already.", "duplicate"),
        ("Please submit the other insurer's explanation of benefits.", "coordination_of_benefits"),
        (
            "The plan covers a set number of sessions; this session went beyond that limit.",
            "frequency_limit",
        ),
        ("The filing period for the bill had expired.", "timely_filing"),
        ("The same bill was sent previously.", "duplicate"),
        ("The clinician is not the member's designated primary care provider.", "out_of_network"),
        ("The visit was billed by a practitioner other than your assigned PCP.", "out_of_network"),
        ("The care was given outside the patient's medical group.", "out_of_network"),
    ],
)
def test_reasons_told_in_payers_words(sentence: str, category: str) -> None:
    assert phrase_categories(sentence)[:1] == [category]


def test_the_paragraph_set_s_halves_share_no_reason() -> None:
    dev = {s for _c, s in reason_paragraphs.sentences("dev")}
    check = {s for _c, s in reason_paragraphs.sentences("check")}
    assert dev and check and not dev & check


@pytest.mark.parametrize("layout", reason_paragraphs.LAYOUTS)
def test_each_layout_prints_a_denied_claim_with_its_reason(tmp_path: Path, layout: str) -> None:
    words = "Our records show that your coverage ended on 01/31/2026, before this visit."
    pdf = reason_paragraphs.make(tmp_path / f"{layout}.pdf", layout, words, "dev")
    got, sure, _why = reason_paragraphs.judge(pdf)
    assert (got, sure) == ("eligibility", True)


@pytest.mark.parametrize("layout", ["why", "elsewhere"])
@pytest.mark.parametrize("variant", range(1, 9))
def test_a_denial_in_other_words_keeps_its_reason_told_apart(
    tmp_path: Path, layout: str, variant: int
) -> None:
    # "We won't be paying this claim.", "Your claim was denied." on a line of its own, over
    # a section of its own that gives the reason
    words = "Our records show that your coverage ended on 01/31/2026, before this visit."
    pdf = reason_paragraphs.make(tmp_path / f"{layout}.pdf", layout, words, "dev", variant)
    got, sure, _why = reason_paragraphs.judge(pdf)
    said = reason_paragraphs._frame("in_full", "dev", variant)
    if layout == "elsewhere" and ("not covered" in said or "No benefits" in said):
        # "The amount billed was not covered." is a reason of its own (an exclusion): a
        # section elsewhere never replaces it surely
        assert not (got == "eligibility" and sure)
    else:
        assert (got, sure) == ("eligibility", True)


@pytest.mark.parametrize(
    "said",
    [
        "We have decided not to cover this visit.",
        "We won't be paying this claim.",
        "Our decision is not to pay for this visit.",
    ],
)
def test_a_decision_not_to_pay_says_the_claim_was_denied(said: str) -> None:
    from appealgen.read.reasons import denial_sentences

    assert denial_sentences(f"{said}\nYou may appeal.") == [said]


def test_a_short_sentence_on_its_own_line_is_prose_and_a_name_is_not() -> None:
    from appealgen.read.reasons import prose_blocks

    text = "Member Services Department.\nYour claim was denied.\nClaim total 180.00 0.00"
    assert prose_blocks(text) == ["Your claim was denied."]


@pytest.mark.parametrize(
    ("line", "told"),
    [
        (
            "Motivo de la decisión / Reason for our decision: The provider is not in your network.",
            ["The provider is not in your network."],
        ),
        (
            "Motivo: / Reason: The provider is not in your network.",
            ["The provider is not in your network."],
        ),
        # the label in English first, the other language after its slash
        (
            "Reason / Motivo: The provider is not in your network.",
            ["The provider is not in your network."],
        ),
        # a slash in a label that heads no reason
        ("Date/time: The provider is not in your network.", []),
        ("Fecha / Date: The provider is not in your network.", []),
    ],
)
def test_a_reason_heading_printed_in_two_languages_heads_its_line(line: str, told) -> None:
    from appealgen.read.reasons import reason_sentences

    assert reason_sentences(f"{line}\nYou may appeal.") == told


def test_the_third_check_halves_share_no_reason_with_the_dev_halves() -> None:
    for module in (reason_paragraphs, reasons):
        dev = {s for _c, s in module.sentences("dev")}
        third = module.sentences("check3")
        assert dev and third and not dev & {s for _c, s in third}
        assert {c for c, _s in third} >= {"out_of_network", "provider_type", "unsure"}


@pytest.mark.parametrize("layout", reason_paragraphs.LAYOUTS)
def test_the_third_check_half_s_framing_prints_a_denied_claim(tmp_path: Path, layout: str) -> None:
    words = "The provider who billed this visit does not have an agreement with us."
    pdf = reason_paragraphs.make(tmp_path / f"{layout}.pdf", layout, words, "check3")
    assert reason_paragraphs._frame("why", "check3", 0) == "How we reached this decision"
    assert reason_paragraphs.judge(pdf)[0] is not None
