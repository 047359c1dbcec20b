"""A standard adjustment reason code named in words names its categories
(read/spelled_codes.py)."""

from __future__ import annotations

import pytest

from appealgen.read.evidence_denial import category_sureness
from appealgen.read.spelled_codes import spelled_code_spans, spelled_number


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("fifty", 50),
        ("one ninety-seven", 197),
        ("two hundred forty-two", 242),
        ("two hundred and four", 204),
        ("two forty-two", 242),
        ("one nineteen", 119),
        ("twenty-seven", 27),
        ("eighteen", 18),
        ("one two", None),
        ("forty eleven", None),
    ],
)
def test_a_number_spelled_as_people_say_a_code(words, number):
    assert spelled_number(words) == number


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("Claim adjustment reason code two hundred forty-two.", "out_of_network"),
        ("Reason code one ninety-seven applies to this claim.", "prior_authorization"),
        ("Claim adjustment reason code fifty.", "medical_necessity"),
    ],
)
def test_a_reason_code_named_in_words_names_its_category_surely(reason, category):
    read = category_sureness(reason, headed=True)
    assert (read.primary, read.sure) == (category, True)


def test_words_after_a_reason_code_that_spell_no_number_name_nothing():
    assert spelled_code_spans("See the reason code and one remark code below.") == []
    assert spelled_code_spans("The reason code is shown on page two.") == []


def test_a_number_cut_at_the_text_s_end_may_go_on_and_names_nothing():
    # a reason column's first line: "... reason code one" over "ninety-seven: ..."
    assert spelled_code_spans("Claim adjustment reason code one") == []
    assert [
        c
        for c, _, _ in spelled_code_spans(
            "Claim adjustment reason code one\nninety-seven: precertification absent."
        )
    ] == ["prior_authorization"]
