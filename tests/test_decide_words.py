"""rules/decide_words.yaml: the words the decide stage reads a notice's sentences by are
data, validated at load (one line naming the file) and used as written."""

from __future__ import annotations

import re
from datetime import date

import pytest

from appealgen import knowledge
from appealgen.decide.deadlines import find_stated_deadline
from appealgen.errors import KnowledgeError

NOTICE = date(2026, 3, 2)
GOOD = """deadline_kinds:
  external_review: [external review]
  fair_hearing: [fair hearing]
  internal_appeal: [appeal]
plan_clock: ['\\bwe will\\b']
continuation: [keep getting]
later_start: ['after our decision']
grandfathered: ['\\bgrandfathered\\b']
"""


@pytest.fixture
def words(monkeypatch):
    real = knowledge.read_data_text

    def replace(text: str) -> None:
        monkeypatch.setattr(
            knowledge,
            "read_data_text",
            lambda p: text if p == knowledge.DECIDE_WORDS_FILE else real(p),
        )
        knowledge.decide_words.cache_clear()

    knowledge.decide_words.cache_clear()
    yield replace
    knowledge.decide_words.cache_clear()


def test_deadline_sentences_are_read_by_the_data() -> None:
    found, _ = find_stated_deadline("You may appeal within 60 days of this notice.", NOTICE)
    assert found == date(2026, 5, 1)
    # the plan's clock, continued services, a later start and another kind are not it
    for text in (
        "We will decide your appeal within 30 days.",
        "Ask within 10 days to keep getting services while your appeal is decided.",
        "You may appeal within 120 days from the date of our appeal decision.",
        "You may ask for an external review within 4 months.",
    ):
        assert find_stated_deadline(text, NOTICE)[0] is None, text
    ext, _ = find_stated_deadline("Request an external review within 4 months.", NOTICE,
                                  "external_review")  # fmt: skip
    assert ext == date(2026, 7, 2)


def test_a_word_added_to_the_data_is_read(words) -> None:
    text = "File a protest within 30 days."
    assert find_stated_deadline(text, NOTICE)[0] is None
    words(GOOD.replace("internal_appeal: [appeal]", "internal_appeal: [appeal, protest]"))
    assert find_stated_deadline(text, NOTICE)[0] == date(2026, 4, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("plan_clock", "plan_clocks"), "unknown key 'plan_clocks' — did you mean"),
        (GOOD.replace("  fair_hearing: [fair hearing]\n", ""), "missing required key"),
        (
            GOOD.replace("  appeal", "  apeal").replace("internal_appeal:", "internal_apeal:"),
            "unknown key 'internal_apeal'",
        ),  # fmt: skip
        (GOOD.replace("[keep getting]", "['(keep']"), "bad regular expression"),
        (GOOD.replace("[keep getting]", "['x*']"), "matches empty text"),
        ("- appeal\n", "expected a mapping with the keys deadline_kinds"),
    ],
)
def test_mistakes_name_the_file(words, text: str, message: str) -> None:
    words(text)
    with pytest.raises(KnowledgeError, match=r"^data/rules/decide_words\.yaml(:\d+)?: .*"):
        knowledge.decide_words()
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        knowledge.decide_words()


def test_check_names_a_mistake_in_the_decide_words(words) -> None:
    from click.testing import CliRunner

    from appealgen.cli import cli

    words(GOOD.replace("[keep getting]", "['(keep']"))
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "data/rules/decide_words.yaml" in result.output and "Traceback" not in result.output


def test_a_rules_file_s_word_list_is_one_checked_alternation() -> None:
    from appealgen.knowledge.checks import word_alternation

    rx = word_alternation("rules/x.yaml", {"__line__": 3, "w": ["grand\\s*fathered", "a|b"]}, "w")
    assert rx.search("A GRANDFATHERED plan") and rx.search("b") and not rx.search("c")
    for words in (["x?"], []):
        with pytest.raises(KnowledgeError, match=r"data/rules/x.yaml:3: "):
            word_alternation("rules/x.yaml", {"__line__": 3, "w": words}, "w")
