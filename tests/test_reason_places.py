"""benchmarks/reason_places.py: a denial reason printed where payers print it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import reason_places  # noqa: E402

WORDS = "The provider who treated you is not part of our contracted network."


@pytest.mark.parametrize(
    ("place", "sure"),
    [
        ("column", True),
        ("next_sentence", True),
        ("unsaid", False),
        ("remarks", True),
        ("rights", True),
        ("action", True),
        ("tpa", True),
        ("two_claims", True),
    ],
)
def test_each_place_prints_the_reason_where_it_is_read(
    tmp_path: Path, place: str, sure: bool
) -> None:
    pdf = reason_places.make(tmp_path / f"{place}.pdf", place, WORDS, share=False)
    got, is_sure, _why = reason_places.judge(pdf)
    assert got == "out_of_network"
    assert is_sure is sure


@pytest.mark.parametrize(
    ("words", "category"),
    [
        # a count or a share inside the words is not a bare code (CO-180, CO-6, CO-20)
        ("The claim was submitted more than 180 days after the date of service.", "timely_filing"),
        (
            "Your plan covers 6 lactation visits per pregnancy; this visit exceeds that limit.",
            "frequency_limit",
        ),
        # a word the column broke at its hyphen ("in- / network") is read whole
        ("The practitioner is not an in-network provider under your PPO.", "out_of_network"),
    ],
)
def test_a_reason_column_s_words_are_read_as_words(tmp_path: Path, words: str, category: str):
    pdf = reason_places.make(tmp_path / "column.pdf", "column", words, share=False)
    got, is_sure, _why = reason_places.judge(pdf)
    assert (got, is_sure) == (category, True)


def test_a_cost_share_in_a_reason_column_is_no_code(tmp_path: Path) -> None:
    words = "You owe a 20% coinsurance for this visit."
    pdf = reason_places.make(tmp_path / "column.pdf", "column", words, share=True)
    got, is_sure, _why = reason_places.judge(pdf)
    assert (got, is_sure) == ("cost_sharing", True)


def test_the_second_claim_of_two_keeps_its_own_reason(tmp_path: Path) -> None:
    # the first claim prints the eligibility words, so the second prints a duplicate's
    words = "Your coverage under this plan ended before this date of service."
    pdf = reason_places.make(tmp_path / "two.pdf", "two_claims", words, False, "eligibility")
    got, is_sure, _why = reason_places.judge(pdf)
    assert (got, is_sure) == ("eligibility", True)


def test_a_note_mark_beside_the_line_is_no_adjustment_code(tmp_path: Path) -> None:
    # "(1)" in the remarks column marks the note "(1) DENIED." under the table: it is not
    # CARC 1 (a deductible), so the claim is not read surely as a patient share
    pdf = reason_places.make(tmp_path / "footnote.pdf", "footnote", "DENIED.", share=False)
    got, is_sure, _why = reason_places.judge(pdf)
    assert got != "cost_sharing"
    assert not is_sure
