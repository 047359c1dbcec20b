"""The reader's word lists are data: loaded, validated, and loud about mistakes."""

from __future__ import annotations

import re

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
