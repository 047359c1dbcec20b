"""A reason told as a rule and then the claim that breaks it, with no word that restricts
or denies: "Your plan covers visits with physicians and nurse practitioners. This claim
was billed by a certified lactation counselor."; "Lactation visits are covered at a clinic
or an office. This visit took place in the family's home." The first sentence says what
the plan covers, pays or requires (rules/phrases.yaml ``rule_words``) in words of one
reason (its rule's ``hints``); the next tells this claim's own fact in other words of the
same reason, and no rule. Words the fact repeats from the rule ("... with participating
providers. The provider who saw you is a participating provider.") meet the rule and
break nothing."""

from __future__ import annotations

from ..knowledge import phrase_denying, phrase_rule_words, phrase_rules
from .classify import hinted_categories, phrase_matches, reason_words_as_read
from .reason_descriptions import SENTENCE_END


def breaks_a_rule(text: str | None, category: str) -> bool:
    """Does ``text`` state a rule in words of ``category`` and then, in the next sentence,
    the claim's own fact in other words of it: a sentence that states no rule itself,
    denies nothing (no ``denying`` word), holds no words a phrase rule reads, and speaks of
    ``category`` only, as the rule does?"""
    rule_words, denying = phrase_rule_words(), phrase_denying()
    if not text or rule_words is None or denying is None:
        return False
    hints = [rx for r in phrase_rules() if r.category == category for rx in r.hints]
    told = SENTENCE_END.split(" ".join(reason_words_as_read(text).split()))
    for rule, fact in zip(told, told[1:], strict=False):
        if not rule_words.search(rule) or rule_words.search(fact) or denying.search(fact):
            continue
        if phrase_matches(fact) or not _speaks_of(rule, category) or not _speaks_of(fact, category):
            continue
        said = {m.group().lower() for rx in hints for m in rx.finditer(rule)}
        if {m.group().lower() for rx in hints for m in rx.finditer(fact)} - said:
            return True  # the fact's own words of the reason, not the rule's told again
    return False


def _speaks_of(sentence: str, category: str) -> bool:
    return hinted_categories(sentence) == [category]
