"""read/sentence_ends.py: one definition of a sentence's end, read three ways."""

from appealgen.read.sentence_ends import cut_name, sentences, words_after_last_end


def test_a_paragraph_is_cut_at_every_stop_before_a_capital() -> None:
    text = "We denied the claim.  The provider is out of network!\nCall us (toll free)."
    assert sentences(text) == [
        "We denied the claim.",
        "The provider is out of network!",
        "Call us (toll free).",
    ]
    # a stop before a digit ends nothing; one before a capital does, abbreviation or not
    assert sentences("Claim No. 2026-1 was denied.") == ["Claim No. 2026-1 was denied."]
    assert sentences("Acct. No. 4471") == ["Acct.", "No. 4471"]


def test_a_sentence_may_open_with_a_date_or_an_amount_after_a_words_stop() -> None:
    text = "It was reviewed under your plan. 17 Sep 2026: procedure 99402, charged $105.00."
    assert sentences(text) == [
        "It was reviewed under your plan.",
        "17 Sep 2026: procedure 99402, charged $105.00.",
    ]
    assert sentences("Nothing was allowed. $150.00 was billed.") == [
        "Nothing was allowed.",
        "$150.00 was billed.",
    ]
    # after a short form or a number, a stop before a digit still ends nothing
    assert sentences("Acct. 4471 and ref. 5580 apply.") == ["Acct. 4471 and ref. 5580 apply."]
    assert sentences("We paid $0.00. 2 units were billed.") == [
        "We paid $0.00. 2 units were billed."
    ]


def test_a_name_ends_at_its_sentence_but_not_at_an_initial_or_a_title() -> None:
    assert cut_name("Danielle Iwu. We received it on June 3") == "Danielle Iwu"
    assert cut_name("Ann Lee.") == "Ann Lee"
    assert cut_name("Ann J. Lee") == "Ann J. Lee"
    assert cut_name("Mrs. Lee") == "Mrs. Lee"
    assert cut_name("Harbor Lactation Assn. Of Ohio") == "Harbor Lactation Assn. Of Ohio"


def test_a_label_never_runs_back_over_a_sentences_end() -> None:
    tokens = "not covered under your policy. Reference number".split()
    assert tokens[words_after_last_end(tokens) :] == ["Reference", "number"]
    assert words_after_last_end("Acct. No.".split()) == 0
    assert words_after_last_end("the PLAN. Member ID".split()) == 0
