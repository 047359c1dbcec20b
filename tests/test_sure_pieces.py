"""Identifiers printed in pieces or inside a sentence's clause, and a plan a sentence names
with its type: read whole, and sure only when the page supports it."""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines

from appealgen import parse_file
from appealgen.read.value_shapes import clean_id

HEAD = (
    "Westbrook Mutual Health",
    "PO Box 1179, Riverton, CT 54958",
    "",
    "Mailed August 5, 2026",
    "",
)


def _letter(tmp_path: Path, *rows: str):
    return parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*HEAD, *rows), size=9))


def test_a_sentences_clause_ends_an_identifier() -> None:
    assert clean_id("EKB722503862 02). Your coverage is through") == "EKB722503862 02"
    assert clean_id("W1914478030 01, and your group") == "W1914478030 01"
    assert clean_id("KR5651680210). Greta Hollis") == "KR5651680210"


def test_a_member_id_and_a_claim_number_in_pieces_are_read_whole_and_sure(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        "Dear Leopold Oyelowo,",
        "This letter concerns the coverage of Leopold Oyelowo (member number W28321881 03).",
        "You are covered by Westbrook Select EPO, a EPO plan.",
        "Milkweed Lactation Collective sent us claim number 3572 272244 52 for care given",
        "to Yara Oyelowo. On June 20, 2026, the provider billed $135.00 for service 99401.",
        "This claim is not payable: you have reached the number of visits your plan allows.",
    )
    assert r.member.id == "W28321881 03"
    assert r.evidence["member.id"].sure
    assert [c.claim_number for c in r.claims] == ["3572 272244 52"]
    assert r.evidence["claims.0.claim_number"].sure


SURE_BY_EVIDENCE = {
    # a plan a sentence names with its type as a word of its name
    "plan told with its type": (
        ("You are covered by Westbrook Select EPO, a EPO plan. Member ID: W28321881.",),
        "plan.name",
        "Westbrook Select EPO",
    ),
    # a member ID opening the line after its label
    "member ID after a break": (
        (
            "This letter concerns the coverage of Esperanza Jessup (member number",
            "244-71-6439). You are covered by Cornerstone Complete EPO, a EPO plan.",
        ),
        "member.id",
        "244-71-6439",
    ),
    # a member named right before the member ID's label, after a heading's colon
    "member before the ID's label": (
        ("Re: Clementine Mbeki-Rowe, member ID AFJ335875827",),
        "member.name",
        "Clementine Mbeki-Rowe",
    ),
    # a member named right before a bracketed member ID
    "member before a bracketed ID": (
        ("This letter concerns the coverage of Clementine Mbeki-Rowe (member number PJH14447).",),
        "member.name",
        "Clementine Mbeki-Rowe",
    ),
}


@pytest.mark.parametrize(
    ("rows", "path", "value"), list(SURE_BY_EVIDENCE.values()), ids=list(SURE_BY_EVIDENCE)
)
def test_a_value_independent_evidence_supports_is_sure(
    tmp_path: Path, rows: tuple[str, ...], path: str, value: str
) -> None:
    from appealgen.read.evidence import value_at

    r = _letter(
        tmp_path,
        *rows,
        "Dear Clementine Mbeki-Rowe,",
        "We received a claim for services to Ann Mbeki-Rowe. On 04/07/2026, the provider",
        "billed $250.00 for service S9443. We denied this claim because it needed a prior",
        "authorization.",
    )
    assert value_at(r, path) == value
    assert r.evidence[path].sure


def test_a_lone_digit_printed_right_after_an_identifier_is_a_doubt() -> None:
    from page_lines import page_lines

    from appealgen.read.sure_wrap import piece_after

    lines = page_lines(["Bill Number: 5083 3935 712 9 Status: DENIED"])
    assert piece_after(lines, 0, "5083 3935 712") is not None
    lines = page_lines(["Bill Number: 5083 3935 7129 Status: DENIED"])
    assert piece_after(lines, 0, "5083 3935 7129") is None


def test_a_number_printed_as_the_providers_npi_is_no_sure_claim_number(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Claim number 2615530173982 was sent to us for Farah Lee. National Provider Identifier"
        " on the claim:",
        "1234567893. Service 99402, provided June 25, 2026, was charged $290.00.",
        "We did not pay this service: the provider is not in your plan's network.",
    )
    for k, c in enumerate(r.claims):
        if (c.claim_number or "").replace(" ", "") == "1234567893":
            assert not r.evidence[f"claims.{k}.claim_number"].sure
            assert "NPI" in (r.evidence[f"claims.{k}.claim_number"].reason or "")


def test_a_number_after_an_npis_label_is_found_with_one_pattern_for_every_number() -> None:
    from page_lines import page_lines

    from appealgen.read import evidence_number as en

    lines = page_lines(
        (
            "Billed by Amara Obi (NPI 1831969021) on claim 4994K3110839",
            "National Provider Identifier on the claim: X1234567893",
        )
    )
    assert en._printed_as_npi(lines, "1831969021")
    assert en._printed_as_npi(lines, "X1234567893")  # non-digits before it are the gap's
    assert not en._printed_as_npi(lines, "183196902")  # a part of the NPI: a digit follows
    assert not en._printed_as_npi(lines, "4994K3110839")  # digits between label and number
    en._npi_label.cache_clear()
    for number in ("1831969021", "X1234567893", "4994K3110839"):
        en._printed_as_npi(lines, number)
    assert en._npi_label.cache_info().misses == 1


def test_a_code_one_character_off_a_listed_code_is_a_possible_misreading() -> None:
    from appealgen.read.evidence_codes import near_listed

    assert near_listed("98404") == "99404"
    assert near_listed("S9442") == "S9443"
    assert near_listed("99404") is None  # listed itself
    assert near_listed("12345") is None  # near no listed code
    assert near_listed("99206") is None  # one off several listed codes (99205, 99216 ...)


# a service row whose code is one character off a listed lactation code
OFF_BY_ONE = (
    "Harbor Point Health Plan",
    "Member: Ann Lee    Member ID: XJH4471209",
    "Claim number: 4471220",
    "Date of service   Code    Billed    Paid    Status",
    "03/04/2026        98404   150.00    0.00    Denied",
)


def _read(rows: tuple[str, ...], *, ocr: bool):
    """The parse of a one-page notice printing ``rows``, as a scan's when ``ocr``."""
    from dataclasses import replace

    from page_lines import text_document

    from appealgen.read.parse import parse_document

    return parse_document(replace(text_document(rows), ocr_used=ocr))


def test_a_name_spelled_two_ways_beside_the_same_word_is_a_misreading() -> None:
    from page_lines import page_lines

    from appealgen.read.sure_twins import misread_twin

    lines = page_lines(
        (
            "Billed to: Summit Ridge Health Plan, PO Box 14404",
            "Plan: Suramit Ridge Open Access POS",
        )
    )
    assert misread_twin("Suramit Ridge Open Access POS", lines) == "Summit"
    # either printing may be the misread one
    assert misread_twin("Summit Ridge Open Access POS", lines) == "Suramit"
    alike = page_lines(("Billed to: Summit Ridge Health Plan", "Plan: Summit Ridge Open Access"))
    assert misread_twin("Summit Ridge Open Access", alike) is None
    # a word a letter off but beside none of the name's words is another word
    other = page_lines(("Your Summer statement", "Plan: Suramit Ridge Open Access POS"))
    assert misread_twin("Suramit Ridge Open Access POS", other) is None
    # three letters apart is another word
    far = page_lines(("Billed to: Sunnyvale Ridge Health", "Plan: Summit Ridge Open Access"))
    assert misread_twin("Summit Ridge Open Access", far) is None


TWIN_PLAN = (
    "Summit Ridge Health Plan",
    "Billed to: Summit Ridge Health Plan, PO Box 14404",
    "Member: Ann Lee    Member ID: XJH4471209",
    "Plan: Suramit Ridge Open Access POS",
    "Claim number: 4471220",
    "Date of service   Code    Billed    Paid    Status",
    "03/04/2026        99403   150.00    0.00    Denied",
)


@pytest.mark.parametrize("ocr", [False, True])
@pytest.mark.parametrize(
    ("rows", "path", "value", "seen"),
    [
        (OFF_BY_ONE, "claims.0.service_lines.0.procedure_code", "98404", "99404"),
        (TWIN_PLAN, "plan.name", "Suramit Ridge Open Access POS", '"Summit"'),
    ],
)
def test_what_ocr_may_have_misread_on_a_scan_is_not_sure(
    rows: tuple[str, ...], path: str, value: str, seen: str, ocr: bool
) -> None:
    """A code one character off a listed code, a plan's word spelled otherwise beside its
    twin: on a scan, OCR may have misread them; a text PDF prints what it prints."""
    from appealgen.read.evidence import value_at

    r = _read(rows, ocr=ocr)
    assert value_at(r, path) == value
    assert r.evidence[path].sure is not ocr
    assert ocr is False or seen in r.evidence[path].reason


def test_a_group_of_digits_right_after_an_identifier_in_its_cell_may_be_a_part_of_it() -> None:
    from page_lines import page_lines

    from appealgen.read.sure_wrap import piece_after

    lines = page_lines(
        (
            "Claim Control No.   4994K 3110839",
            "Claim number 2615530173982 was sent on 03/02/2026",
            "ICN 12345678 99403 billed",
        )
    )
    assert "more digits" in piece_after(lines, 0, "4994K")
    assert piece_after(lines, 1, "2615530173982") is None  # words follow it
    assert piece_after(lines, 2, "12345678") is None  # a lactation code follows it


def test_a_group_whose_first_digit_a_scan_read_as_a_dollar_sign_may_be_a_part_of_it() -> None:
    from page_lines import page_lines

    from appealgen.read.sure_wrap import piece_after

    lines = page_lines(
        (
            "Claim #: 2165 $058 2723   Status: DENIED",
            "Claim #: 2165 $450.00 billed",
            "Claim #: 2165 $45 billed",
        )
    )
    assert "more digits" in piece_after(lines, 0, "2165")  # a 5 read as "$"
    assert piece_after(lines, 1, "2165") is None  # an amount follows it
    assert piece_after(lines, 2, "2165") is None  # too few digits for a group


def test_a_claim_number_followed_in_its_cell_by_more_digits_is_not_sure() -> None:
    rows = (
        "Harbor Point Health Plan",
        "Member: Ann Lee    Member ID: XJH4471209",
        "Claim Control No.   4994K 3110839      Status: Denied",
        "Date of service   Code    Billed    Paid",
        "03/04/2026        99403   150.00    0.00",
    )
    r = _read(rows, ocr=False)
    ev = r.evidence["claims.0.claim_number"]
    assert r.claims[0].claim_number != "4994K" or not ev.sure


def test_a_plan_name_a_narrow_panel_wraps_under_its_label_is_sure() -> None:
    rows = (
        "Member    Ann Lee             Claim #    4471220",
        "Plan      Northgate Choice    Status     Denied",
        "          Plus PPO",
    )
    r = _read(rows, ocr=False)
    assert r.plan.name == "Northgate Choice Plus PPO"
    assert r.evidence["plan.name"].sure


_CLAIM_ROWS = (
    "",
    "Claim number: BH5293169500   Patient: Ann Lee",
    "Date of service   Code    Billed    Paid",
    "03/04/2026        99403   150.00    0.00",
)


def test_a_plan_name_wrapped_after_its_label_at_a_rows_end_is_sure() -> None:
    # the label finder reads the value on with the part under it: both lines print it
    rows = (
        "Member: Ann Lee          Group: 202369",
        "Member ID: VMB998156694  Plan: Brackenridge Silver",
        "                               Select PPO",
        *_CLAIM_ROWS,
    )
    r = _read(rows, ocr=False)
    assert r.plan.name == "Brackenridge Silver Select PPO"
    ev = r.evidence["plan.name"]
    assert ev.sure, ev.reason
    assert ev.text == "Brackenridge Silver"


def test_a_plan_name_a_sentence_wraps_stays_unsure() -> None:
    rows = (
        "Member: Ann Lee          Member ID: VMB998156694",
        "Your coverage is through the Brackenridge Silver",
        "Select PPO plan, which does not cover this visit.",
        *_CLAIM_ROWS,
    )
    r = _read(rows, ocr=False)
    if r.plan.name:
        assert not r.evidence["plan.name"].sure
