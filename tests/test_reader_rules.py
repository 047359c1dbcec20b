"""The reader's word lists are data: loaded, validated, and loud about mistakes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from appealgen import knowledge
from appealgen.errors import KnowledgeError


@pytest.fixture
def fresh(monkeypatch):
    knowledge.reader_rules.cache_clear()
    real = knowledge.read_data_text

    def replace(relpath: str, text: str) -> None:
        monkeypatch.setattr(
            knowledge, "read_data_text", lambda p: text if p == relpath else real(p)
        )

    yield replace
    knowledge.reader_rules.cache_clear()


def test_reader_rules_load() -> None:
    rules = knowledge.reader_rules()
    assert rules.org_words.search("Harbor Mutual Health")
    assert rules.not_payer.search("Jane Doe, IBCLC")
    # plan types named outright (FEHB, TRICARE, short-term, church) before funding words
    assert [k for k, _ in rules.funding][:6] == [
        "fehb",
        "tricare",
        "short_term",
        "church",
        "governmental",
        "self_funded",
    ]
    assert rules.denied.search("this service is not covered")
    assert rules.paid.search("paid in full")
    assert rules.heading["size_ranks"] == 4


@pytest.mark.parametrize(
    ("relpath", "text", "message"),
    [
        pytest.param(
            "rules/funding.yaml",
            "rules:\n- kind: fully_insurd\n  patterns: ['insured by']\n",
            "data/rules/funding.yaml:2: unknown kind 'fully_insurd' — did you mean",
            id="unknown-funding-kind",
        ),
        pytest.param(
            "rules/funding.yaml",
            "rules:\n- kind: medicaid\n  patterns: ['(medicaid']\n",
            "data/rules/funding.yaml:2: bad regular expression",
            id="bad-regex",
        ),
        pytest.param(
            "rules/denial_words.yaml",
            "denied: [denied]\npayd: [paid in full]\n",
            "data/rules/denial_words.yaml:1: unknown key 'payd'",
            id="typo-key",
        ),
        pytest.param(
            "rules/heading_weights.yaml",
            "organisation_word: heavy\n",
            "data/rules/heading_weights.yaml:1:",
            id="missing-and-bad-weights",
        ),
    ],
)
def test_mistakes_name_the_file_and_line(fresh, relpath: str, text: str, message: str) -> None:
    fresh(relpath, text)
    with pytest.raises(KnowledgeError, match="^" + re.escape(message)):
        knowledge.reader_rules()


# rules/reader_words.yaml: the words the reader weighs what it read by

_WORDS_OK = {
    "funding_outright": "[insured by, 'self[- ]funded']",
    "organisation": "[clinic, llc]",
    "network": "['out[- ]of[- ]network']",
    "other_number_labels": "[reference, ref no]",
    "status_denied": "[denied, not covered]",
    "status_paid": "[paid]",
    "plan_types": "[HMO, HMO-POS]",
    "claim_label_words": "['\\bclaim\\b']",
    "other_reference_words": "['\\breference\\b']",
    "appeal_rights": "['\\bto appeal\\b']",
    "phone_context": "[call]",
    "phone_elsewhere": "[fax]",
    "street_words": "[street]",
    "name_particles": "[de]",
    "document_words": "[notice]",
    "provider_words": "[ibclc, clinic]",
    "code_key_titles": "['\\beob codes?\\b']",
    "remittance_titles": "[remittance advice]",
    "payee_words": "['\\bpayee:']",
    "person_captions": "['claims? for']",
    "name_titles": "[mr, dear]",
    "label_objects": "[for]",
    "label_determiners": "[this, your]",
    "network_in_cells": "[in, par]",
    "network_out_cells": "[out, non-par]",
    "office_words": "['services?', department]",
    "insurer_words": "[insurance, mutual]",
    "name_abbreviations": "[Mrs, Inc]",
    "claim_event_dates": "[processed, decision]",
    "other_claim_words": "['\\bseparate claims?\\b']",
    "greeting_words": "[dear]",
    "other_number_words": "['\\bgroup\\b']",
    "settled_claim_words": "['\\bpaid in full\\b']",
    "spoken_of_words": "[if]",
    "coverage_words": "[coverage]",
    "coverage_start_words": "[began]",
    "coverage_end_words": "[ended]",
    "care_words": "[visits?]",
    "another_party_words": "[provider]",
    "member_label_words": "[member]",
    "id_naming_words": "[id]",
    "advice_words": "['\\bplease\\b']",
}


def _words_yaml(**changes: str | None) -> str:
    keys = {**_WORDS_OK, **changes}
    return "".join(f"{k}: {v}\n" for k, v in keys.items() if v is not None)


@pytest.fixture
def fresh_words(fresh):
    def replace(text: str) -> None:
        fresh("rules/reader_words.yaml", text)
        knowledge.reader_words.cache_clear()

    knowledge.reader_words.cache_clear()
    yield replace
    knowledge.reader_words.cache_clear()


def test_reader_words_load() -> None:
    words = knowledge.reader_words()
    assert words.funding_outright.search("This plan is self-funded by your employer")
    assert not words.funding_outright.search("Contact the Department of Insurance")
    assert words.organisation.search("Harbor Lactation Clinic")
    assert not words.organisation.search("Jane Healthy Doe")  # whole words only
    assert words.network.search("the provider is out-of-network for your plan")
    assert "reference number" in words.other_number_labels
    assert "not covered" in words.status_denied and "paid" in words.status_paid
    assert words.person_captions.match("Claims for DOE, JANE")
    assert "in" in words.network_in_cells and "oon" in words.network_out_cells
    assert words.office_words.search("Member Services") and words.office_words.search("CLAIMS")
    assert not words.office_words.search("Haverline Choice Plus")
    assert words.statuses.index("not covered") < words.statuses.index("paid")
    assert re.match(f"(?:{words.plan_type_alternation})", "HMO-POS").group(0) == "HMO-POS"
    assert words.claim_label_words.search("Claim #") and words.other_reference_words.search("Ref")
    assert words.appeal_rights.search("If you disagree with this decision, you may appeal")
    assert words.phone_context.search("Questions? Call") and words.phone_elsewhere.search("Fax")
    assert "st" in words.street_words and "de" in words.name_particles
    assert words.document_words.search("Benefits Notice") and not words.document_words.search(
        "Notice Health Plan"
    )
    assert words.provider_words.search("Cradle & Crest Feeding Clinic")
    assert not words.provider_words.search("Marisol Abernathy")
    assert words.code_key_titles.search("EOB CODE LEGEND")
    assert words.code_key_titles.search("Explanation codes")
    assert not words.code_key_titles.search("Claim number")
    assert "processed" in words.claim_event_dates and "statement" not in words.claim_event_dates
    assert words.other_claim_words.search("A separate claim for a visit on Apr 27")
    assert not words.other_claim_words.search("We denied this claim")
    assert words.other_number_words.search(" was processed under group ")
    assert not words.other_number_words.search(" for that care is number ")
    assert words.other_claim_words.search("A separate\nclaim for a visit")
    assert words.settled_claim_words.search(" for care on Dec 4, 2025, was paid in full.")
    assert not words.settled_claim_words.search(" was not approved.")
    assert words.another_party_words.search("Provider ID: 4471  Group: 55120")
    assert not words.another_party_words.search("ID: QXR448120937  Group: 55120  Plan: Silver")
    assert words.advice_words.search(" you may owe more")
    assert not words.advice_words.search(" we cannot pay this claim")


def test_plan_types_are_read_longest_first() -> None:
    from appealgen.read.header import plan_name_of, plan_type_of

    assert plan_type_of("Plan type: HMO-POS") == "HMO-POS"  # not its first half
    assert plan_name_of("Summit Gold (PPO-HSA) - group 1") == "Summit Gold"


def test_the_reader_uses_the_word_lists(fresh_words) -> None:
    """An entry added to the data changes what the reader says, with no code change."""
    from types import SimpleNamespace

    from appealgen.read.denial import printed_status
    from appealgen.read.person_checks import person_problem

    result: Any = SimpleNamespace(payer=SimpleNamespace(name="Summit Health"))
    assert person_problem("Jane Doe", result) is None
    assert printed_status("Claim status: Withheld") is None
    fresh_words(_words_yaml(organisation="[doe]", status_denied="[withheld]"))
    assert person_problem("Jane Doe", result) == "reads as an organisation, not a person"
    assert printed_status("Claim status: Withheld") == "denied"

    from appealgen.read.label_words import object_of_another

    fresh_words(_words_yaml())
    assert object_of_another("Our reference for this", " is ")
    assert not object_of_another("Our reference about this", " is ")
    fresh_words(_words_yaml(label_objects="[for, about]"))
    assert object_of_another("Our reference about this", " is ")
    assert not object_of_another("Our reference for every", " is ")
    fresh_words(_words_yaml(label_determiners="[this, every]"))
    assert object_of_another("Our reference for every", " is ")

    from appealgen.read.header import plan_type_of

    assert plan_type_of("Product: Acme ACO") is None
    fresh_words(_words_yaml(plan_types="[ACO, HMO]"))
    assert plan_type_of("Product: Acme ACO") == "ACO"

    from appealgen.read.member import is_person, is_street

    assert not is_street("12 Elm Trail".replace("12 ", "")) and is_person("Ana de Cruz")
    fresh_words(_words_yaml(street_words="[trail]", name_particles="[dos]"))
    assert is_street("Elm Trail") and not is_person("Ana de Cruz")

    from appealgen.read.provider import heading_provider

    assert heading_provider("Claim 8571252943 - Latchwell Doula Care", "8571252943") is None
    fresh_words(_words_yaml(provider_words="[doula]"))
    assert heading_provider("Claim 8571252943 - Latchwell Doula Care", "8571252943") == (
        "Latchwell Doula Care",
        "claim heading",
    )
    # "from" the provider, ending the claim's heading
    line = "Claim F9477576: Ann Lee, from Latchwell Doula Care"
    assert heading_provider(line, "F9477576") == ("Latchwell Doula Care", "claim heading")
    from appealgen.read.codekey import read_code_key
    from appealgen.read.extract import Page, Word
    from appealgen.read.layout import group_lines

    rows = ["What our numbers say", "4417 The provider type may not bill this service."]
    words = [
        Word(tok, 40 + 60 * i, 90 + 60 * i, 100 + 14 * k, 109 + 14 * k, 9.0)
        for k, row in enumerate(rows)
        for i, tok in enumerate(row.split())
    ]
    lines = group_lines(Page(1, 612, 792, words))
    assert read_code_key(lines)[0] == {}
    fresh_words(_words_yaml(code_key_titles="['\\bwhat our numbers say\\b']"))
    assert read_code_key(lines)[0] == {"4417": "The provider type may not bill this service."}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            _words_yaml(network=None),
            "data/rules/reader_words.yaml:1: missing required key 'network'",
            id="missing-key",
        ),
        pytest.param(
            _words_yaml() + "organisations: [inc]\n",
            "data/rules/reader_words.yaml:1: unknown key 'organisations' — did you mean "
            "'organisation'?",
            id="typo-key",
        ),
        pytest.param(
            _words_yaml(funding_outright="['(insured by']"),
            "data/rules/reader_words.yaml:1: bad regular expression",
            id="bad-regex",
        ),
        pytest.param(
            _words_yaml(network="['x?']"),
            "data/rules/reader_words.yaml:1: pattern 'x?' matches empty text",
            id="matches-everything",
        ),
        pytest.param(
            _words_yaml(other_number_labels="[Reference]"),
            "data/rules/reader_words.yaml:1: other_number_labels: 'Reference' must be a "
            "lower-case word or phrase",
            id="upper-case-label",
        ),
        pytest.param(
            _words_yaml(status_paid="[paid, denied]"),
            "data/rules/reader_words.yaml:1: 'denied' is in both status_denied and status_paid",
            id="denied-and-paid",
        ),
        pytest.param(
            _words_yaml(network_out_cells="[out, in]"),
            "data/rules/reader_words.yaml:1: 'in' is in both network_in_cells and "
            "network_out_cells",
            id="in-and-out",
        ),
        pytest.param(
            "- denied\n",
            "data/rules/reader_words.yaml: expected a mapping with the keys funding_outright",
            id="not-a-mapping",
        ),
    ],
)
def test_reader_words_mistakes_name_the_file_and_line(fresh_words, text: str, message: str) -> None:
    fresh_words(text)
    with pytest.raises(KnowledgeError, match="^" + re.escape(message)):
        knowledge.reader_words()


def test_check_command_names_a_mistake_in_the_word_lists(fresh_words) -> None:
    from click.testing import CliRunner

    from appealgen.cli import cli

    fresh_words(_words_yaml(status_paid="[paid, denied]"))
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "data/rules/reader_words.yaml:1: 'denied' is in both" in result.output
    assert "Traceback" not in result.output
