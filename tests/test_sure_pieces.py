"""Identifiers printed in pieces or inside a sentence's clause, and a plan a sentence names
with its type: read whole, and sure only when the page supports it."""

from __future__ import annotations

from pathlib import Path

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


def test_a_plan_a_sentence_names_with_its_type_is_sure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Dear Leopold Oyelowo,",
        "You are covered by Westbrook Select EPO, a EPO plan. Member ID: W28321881.",
        "Claim WM-1372-369663: on June 20, 2026, the provider billed $135.00 for service 99401.",
        "This claim is not payable: you have reached the number of visits your plan allows.",
    )
    assert (r.plan.name or "").startswith("Westbrook Select")
    assert r.evidence["plan.name"].sure


def test_a_member_id_opening_the_line_after_its_label_is_sure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Dear Esperanza Jessup:",
        "This letter concerns the coverage of Esperanza Jessup (member number",
        "244-71-6439). You are covered by Cornerstone Complete EPO, a EPO plan.",
        "We received a claim from Nest & Nourish Feeding Center for services to",
        "Esperanza Jessup (claim 4074-127991). On March 8, 2026, the provider billed",
        "$120.00 for service 99401. We paid $0.00. This claim is not payable: you have",
        "reached the number of visits your plan allows.",
    )
    assert r.member.id == "244-71-6439"
    assert r.evidence["member.id"].sure


def test_a_member_named_before_the_member_ids_label_is_sure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Re: Clementine Mbeki-Rowe, member ID AFJ335875827",
        "Claim: 26 1404 1182 62",
        "Dear Clementine Mbeki-Rowe,",
        "We received a claim from Harbor Latch Clinic for services to Ann Mbeki-Rowe.",
        "The service was code 99404 on 04/20/2026, billed at $105.00. The plan paid $0.00.",
        "It was denied because the provider is not in your plan's network.",
    )
    assert r.member.name == "Clementine Mbeki-Rowe"
    assert r.evidence["member.name"].sure


def test_a_lone_digit_printed_right_after_an_identifier_is_a_doubt() -> None:
    from page_lines import page_lines

    from appealgen.read.sure_wrap import piece_after

    lines = page_lines(["Bill Number: 5083 3935 712 9 Status: DENIED"])
    assert piece_after(lines, 0, "5083 3935 712") is not None
    lines = page_lines(["Bill Number: 5083 3935 7129 Status: DENIED"])
    assert piece_after(lines, 0, "5083 3935 7129") is None


def test_a_member_named_before_a_bracketed_member_id_is_sure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Dear Marguerite Mbeki-Rowe,",
        "This letter concerns the coverage of Marguerite Mbeki-Rowe (member number PJH144473446).",
        "We received a claim for services to Ann Mbeki-Rowe. On 04/07/2026, the provider",
        "billed $250.00 for service S9443. We denied this claim because it needed a prior",
        "authorization.",
    )
    assert r.member.name == "Marguerite Mbeki-Rowe"
    assert r.evidence["member.name"].sure


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
