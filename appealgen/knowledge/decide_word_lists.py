"""rules/decide_words.yaml: the words the decide stage reads a notice's sentences by
(which deadline a sentence states, the plan's own clock, continued benefits, a window
from a later event, a grandfathered plan)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checks import word_alternation
from .files import check_keys, data_loader, fail, load_mapping

DECIDE_WORDS_FILE = "rules/decide_words.yaml"
DECIDE_WORD_KEYS = ("deadline_kinds", "plan_clock", "continuation", "later_start", "grandfathered")
# the member's deadlines a sentence may state (the keys of deadline_kinds)
SENTENCE_DEADLINE_KINDS = ("internal_appeal", "external_review", "fair_hearing")


@dataclass(frozen=True)
class DecideWords:
    """The compiled word lists of rules/decide_words.yaml."""

    deadline_kinds: tuple[tuple[str, re.Pattern[str]], ...]  # in the order they are tried
    plan_clock: re.Pattern[str]
    continuation: re.Pattern[str]
    later_start: re.Pattern[str]
    grandfathered: re.Pattern[str]


@data_loader
def decide_words() -> DecideWords:
    """The word lists of rules/decide_words.yaml, validated and compiled."""
    rel = DECIDE_WORDS_FILE
    doc = load_mapping(rel, DECIDE_WORD_KEYS)
    kinds = doc["deadline_kinds"]
    if not isinstance(kinds, dict):
        raise fail(rel, doc.get("__line__"), "deadline_kinds must be a mapping of kind: patterns")
    check_keys(rel, kinds, SENTENCE_DEADLINE_KINDS, SENTENCE_DEADLINE_KINDS)
    order = [k for k in kinds if k != "__line__"]
    return DecideWords(
        deadline_kinds=tuple((k, word_alternation(rel, kinds, k)) for k in order),
        plan_clock=word_alternation(rel, doc, "plan_clock"),
        continuation=word_alternation(rel, doc, "continuation"),
        later_start=word_alternation(rel, doc, "later_start"),
        grandfathered=word_alternation(rel, doc, "grandfathered"),
    )
