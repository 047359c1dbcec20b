"""A notice that denies care in words but prints no claim a reader finds: one claim the
person is asked about first, and an appeal with placeholders, never "no claim found"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from readdocs import make_pdf, text_lines

from appealgen.api import decide, generate, parse_file
from appealgen.errors import NoClaimError
from appealgen.read.unread_claim import UNREAD, unread_claim

# a letter in a wording of its own: it denies the visit but prints no claim number,
# no date of service and no amount
LETTER = (
    "**Quillfeather Benefit Trust",
    "Dear Ottoline Varga,",
    "Thank you for writing to us about the breastfeeding visit you asked us to cover.",
    "After looking at your plan we cannot pay for that visit.",
    "You may ask us to look again within 180 days of this letter.",
    "Sincerely, Member Relations",
)


def test_a_letter_that_denies_in_words_is_one_claim_asked_about(tmp_path: Path) -> None:
    result = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*LETTER)))
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.claim_number is None and claim.service_lines == []
    ev = result.evidence["claims.0.denied"]
    assert ev.sure is False and ev.reason == UNREAD
    assert any(UNREAD in w for w in result.warnings)


def test_it_gets_an_appeal_whose_first_check_is_whether_it_was_denied(tmp_path: Path) -> None:
    result = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*LETTER)))
    case = decide(result)
    assert [d.kind for d in case.decision.documents][0] == "appeal"
    out = generate(case, tmp_path / "out")
    assert out.check and out.check[0].path == "claims.0.denied"
    text = "\n".join(p.text for p in docx.Document(str(out.case_dir / "appeal.docx")).paragraphs)
    assert "[the claim number]" in text or "Claim number" not in text


def test_a_document_that_denies_nothing_is_still_refused(tmp_path: Path) -> None:
    flyer = ("**Spring picnic", "Bring a dish to share on Saturday at noon.")
    with pytest.raises(NoClaimError):
        parse_file(make_pdf(tmp_path / "flyer.pdf", text_lines(*flyer)))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("We are unable to cover the session you had with the consultant.", True),
        ("The device you rented is excluded from your benefits.", True),
        ("If a claim is denied, you may ask for a review.", False),  # claims in general
        ("Join us for a class on feeding your baby.", False),
    ],
)
def test_which_words_stand_for_an_unread_claim(text: str, claim: bool) -> None:
    assert (unread_claim(text) is not None) is claim
