"""A reason's condition told beside advice names no reason; one whose other clause denies
or states what happens is read as before (read/reason_conditions.py)."""

from __future__ import annotations

import pytest

from appealgen.read.classify import phrase_categories
from appealgen.read.evidence_denial import category_sureness
from appealgen.read.reason_conditions import hedged_conditions


def sure_category(text: str) -> str | None:
    read = category_sureness(text, headed=True)
    return read.primary if read.sure else None


@pytest.mark.parametrize(
    "reason",
    [
        "If your provider is not in our network, you may owe more.",
        "When a provider is not in our network, you may get a bill for the difference.",
        "If a referral was needed, your PCP can send it to us.",
        "You could owe the balance if the provider is out of network.",
        "If the visit needed prior authorization, please ask your provider to call us.",
    ],
)
def test_a_condition_beside_advice_names_no_reason_surely(reason):
    assert sure_category(reason) is None


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        (
            "When services are given by an out-of-network provider, no benefits are paid.",
            "out_of_network",
        ),
        ("If the provider is out of network, we cannot pay this claim.", "out_of_network"),
        ("When the provider is out of network, benefits are reduced.", "out_of_network"),
        ("The provider is not in our network. If you disagree, you may appeal.", "out_of_network"),
    ],
)
def test_a_condition_whose_clause_denies_or_states_is_read(reason, category):
    assert sure_category(reason) == category


def test_the_conditions_sentence_is_blank_advice_and_all():
    text = "If this provider is in your network, please ask them to send a corrected claim."
    assert hedged_conditions(text) == [(0, len(text) - 1)]
    assert phrase_categories(text) == []
    assert sure_category(text) is None


def test_a_condition_put_last_is_found():
    text = "The claim was processed. You may owe more if your provider is out of network."
    (start, end), *rest = hedged_conditions(text)
    assert (
        not rest
        and text[start:end].strip() == "You may owe more if your provider is out of network"
    )
