"""A standard code's meaning printed in words names that code's categories."""

from __future__ import annotations

import pytest

from appealgen import knowledge
from appealgen.read.classify import classify, phrase_categories
from appealgen.read.evidence_denial import category_sureness
from appealgen.read.reason_descriptions import described_categories, description_spans


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The diagnosis is inconsistent with the procedure.", "coding"),
        ("Expenses incurred after coverage terminated.", "eligibility"),
        ("Payment is denied when performed/billed by this type of provider.", "provider_type"),
        ("This provider type/provider specialty may not bill this service.", "provider_type"),
        ("Services not provided by network/primary care providers.", "out_of_network"),
        (
            "These are non-covered services because this is not deemed a 'medical necessity' "
            "by the payer.",
            "medical_necessity",
        ),
        # the phrase rules alone read "per physician" as a provider's type
        ("Only one visit or consultation per physician per day is covered.", "frequency_limit"),
    ],
)
def test_a_codes_meaning_in_words_names_its_category(sentence, category):
    assert described_categories(sentence) == (category,)
    assert classify(sentence, [], [])[1] == category
    read = category_sureness(sentence)  # printed bare: as sure as the code
    assert read.primary == category and read.sure, read.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "Your plan covers services provided by network providers.",
        "The records submitted do not support the medical necessity of this service.",
        "Please call us.",
    ],
)
def test_words_that_are_no_codes_meaning_name_none(sentence):
    assert described_categories(sentence) == ()


def test_every_meaning_of_three_words_or_more_reads_as_its_own_code():
    rules = knowledge.phrase_description_match()
    misread = []
    for table in (knowledge.carc_codes(), knowledge.rarc_codes()):
        for code, info in table.items():
            cats = tuple(c for c in info.categories if c != "other")
            got = described_categories(info.description)
            if got and got != cats:
                misread.append(code)
    assert not misread
    assert rules.min_slots >= 1


def test_the_span_is_the_sentence_s():
    text = "We cannot pay this claim. The diagnosis is inconsistent with the procedure."
    spans = description_spans(text)
    assert [(c, text[s:e]) for c, s, e in spans] == [
        ("coding", "The diagnosis is inconsistent with the procedure.")
    ]


def test_another_reason_read_in_the_same_sentence_leaves_it_unsure():
    # a code's meaning and a rule reading another specific reason: two readings, asked
    text = "Payment is denied when performed/billed by this type of provider without a referral."
    assert {"provider_type", "prior_authorization"} <= set(phrase_categories(text))
    assert not category_sureness(text, headed=False).sure


def test_each_word_of_the_codes_meanings_is_read_once(monkeypatch):
    """The meanings' 12,000 words are a few thousand different ones: each is read once."""
    from appealgen.read import reason_descriptions as rd

    read: list[str] = []
    words = rd._words
    monkeypatch.setattr(rd, "_words", lambda text, plain: read.append(text) or words(text, plain))
    rd._descriptions.cache_clear()
    try:
        rd._descriptions()
    finally:
        rd._descriptions.cache_clear()
    tokens = {
        token
        for table in (knowledge.carc_codes(), knowledge.rarc_codes())
        for info in table.values()
        for token in info.description.split()
    }
    assert len(read) == sum(len(token.split("/")) for token in tokens)
