"""The member ID where a notice prints several IDs or one masked: the value of the label
that names the member's own ID is the member's ("Subscriber ID: J911711778  Member ID:
VYM891848852"), and an ID printed masked ("XXXXXXX5549") is never the member ID."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.context import clean_name
from appealgen.read.member import prose_member_id
from appealgen.read.value_shapes import is_masked_id

MAILED = Path(__file__).parent / "data" / "varied" / "mailed"


@pytest.mark.parametrize(
    "value", ["XXXXXXX5549", "XXXXX4521", "***-**-6789", "xxxx 4521", "XXX-XX-1234"]
)
def test_an_id_masked_in_part_has_the_masked_shape(value):
    assert is_masked_id(value)


@pytest.mark.parametrize(
    "value", ["VYM891848852", "XJH 4432 1190-01", "AXX12345", "XXK123456789", "W123456789"]
)
def test_a_whole_id_has_not(value):
    assert not is_masked_id(value)


def test_an_id_printed_only_masked_is_no_member_id():
    """A page of "Member: ...     ID: XXXXXXX5549": the page does not print the ID whole."""
    result = parse_file(MAILED / "m01_rundate_0.pdf")
    assert result.member.id is None
    assert result.member.name == "Sunniva Nakagawa"


def test_a_masked_id_in_the_corner_is_not_read_in_a_sentences_place():
    """The letterhead corner's "Member ID XXXXXXX0901" reads like "member ID ..." in a
    sentence; it is no member ID either way."""
    result = parse_file(MAILED / "m03_tworeason_0.pdf")
    assert result.member.id is None or "X" not in result.member.id


def test_the_member_labelled_id_among_a_subscriber_and_a_patient_id_is_the_members():
    """A line "Subscriber ID: J911711778  Member ID: VYM891848852" and "(patient ID
    33672207-01)": three IDs, the member's labelled so; the notice is no remittance for
    several members, so the member's name is read too."""
    result = parse_file(MAILED / "m00_mailed_0.pdf")
    assert result.member.id == "VYM891848852"
    assert result.member.name == "Marguerite Mbeki-Rowe"
    assert result.evidence["member.id"].sure


def test_a_member_id_beside_a_subscriber_id_on_lines_of_their_own():
    result = parse_file(MAILED / "m02_summary_0.pdf")
    assert result.member.id == "AY63108710"
    assert result.member.name == "Solveig Nakagawa"


def test_a_name_ends_where_a_bracket_naming_the_persons_role_opens():
    assert clean_name("Ann Lee (patient ID 33672207-01) Received 10 MAR 2026") == "Ann Lee"
    assert clean_name("Ann Lee (self)") == "Ann Lee"
    assert clean_name("Ann Lee (Dependent) DOB 01/02/2020") == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Please give your full member ID, 21398810901, when you call us.", "21398810901"),
        ("Your member ID is 1234567890.", "1234567890"),
        ("Member ID XXXXXXX0901 ... your full member ID, 21398810901, when", "21398810901"),
        ("Our records show you as member 21398810901 on the plan", None),
        ("Your member ID is 1234567.", None),
    ],
)
def test_an_id_of_digits_a_sentence_names_as_the_members(text, said):
    """Digits alone are the member's ID where the sentence names them an ID ("member ID,
    21398810901,") and they are eight or more; a masked one before them is passed over."""
    assert prose_member_id(text) == said


def test_the_whole_id_in_a_sentence_is_read_surely_beside_the_masked_one():
    result = parse_file(MAILED / "m03_tworeason_1.pdf")
    assert result.member.id == "84943032202"
    assert result.evidence["member.id"].sure
