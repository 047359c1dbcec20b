"""Column headings in short forms nobody listed, placed by the words they shorten.

The headings here are written for these tests: no sample prints them.
"""

from __future__ import annotations

import pytest

from appealgen.read.label_words import candidates, shortened_word
from appealgen.read.table import _match_column


@pytest.mark.parametrize(
    ("short", "word"),
    [("pymt", "payment"), ("chrgd", "charged"), ("bnft", "benefit"), ("elig", "eligible")],
)
def test_a_short_form_stands_for_the_one_word_it_shortens(short: str, word: str) -> None:
    assert shortened_word(short) == word


@pytest.mark.parametrize(
    "short",
    [
        "pmt",  # payment (paid) or permitted (allowed): no guess
        "xq",  # too short to tell
        "zzz",  # shortens nothing
        "paid",  # a word the rules know is itself
    ],
)
def test_no_short_form_where_it_could_be_two_fields_or_none(short: str) -> None:
    assert shortened_word(short) is None


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Pymt Amt", "paid"),
        ("Bnft Amt", "paid"),
        ("Tot Chrgd", "billed"),
        ("Elig Amt", "allowed"),
    ],
)
def test_a_heading_in_short_forms_names_its_column(heading: str, column: str) -> None:
    assert candidates(heading, "columns")[0].field == column
    assert _match_column(heading) == column


def test_short_forms_are_read_in_column_headings_only() -> None:
    # a notice's own labels ("Elig" beside a member's name) keep to the listed words
    assert candidates("Pymt Amt", "fields") == () or all(
        c.field != "paid" for c in candidates("Pymt Amt", "fields")
    )
