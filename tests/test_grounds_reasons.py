"""Reasons as the grounds set prints them: a claim "not paid in full" whose reason is told
under its table, and a standard code's meaning whose words are alternatives joined by
slashes."""

from __future__ import annotations

from pathlib import Path

from appealgen import parse_file
from appealgen.knowledge import reader_rules
from appealgen.read.reason_descriptions import described_categories

GROUNDS = Path(__file__).parent / "data" / "varied" / "grounds"


def test_not_paid_in_full_says_no_claim_was_paid_in_full():
    paid = reader_rules().paid
    assert paid.search("Status: Paid in full")
    for said in ("Why this claim was not paid in full:", "It wasn't paid in full.",
                 "The claim has not been paid in full."):  # fmt: skip
        assert not paid.search(said), said


def test_a_claim_paid_nothing_with_its_reason_told_under_its_table_is_denied_for_it():
    # "Why this claim was not paid in full: Precertification/authorization/... absent."
    got = parse_file(GROUNDS / "g01_wordsonly_0.pdf")
    paid, *denied = got.claims
    assert not paid.denied
    assert [c.denied for c in denied] == [True, True]
    assert [c.denial.primary_category for c in denied] == ["prior_authorization", "not_covered"]
    assert got.evidence["claims.1.denial.primary_category"].sure


def test_a_meaning_of_slashed_alternatives_names_its_code_when_its_words_are_printed():
    said = "Precertification/authorization/notification/pre-treatment absent."
    assert described_categories(said) == ("prior_authorization",)
    assert described_categories("Authorization absent.") == ()  # two words are too few
