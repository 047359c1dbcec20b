"""A reason whose own words tell that the claim broke its rule, with no word that denies:
"Benefit maximum met.", "Your coverage began after this date of service.", "The filing
period ended before we got the claim.", "Another plan covers this patient as primary.",
"We already received this claim." A limit, a deadline, a coverage's dates, another payer
and a claim paid before are states a claim can be in (rules/phrases.yaml ``hints_tell``):
a word of the rule (its ``hints``) beside a word that tells a rule broken or used up
(``breach_words``: "met", "ended", "late", "already") tells the reason, where a network, a
license, a setting or an approval is named to be denied or in passing ("not covered, even
from network providers"): those stay with ``marks`` (read/denial_doubts.py). Nothing is
told by a condition or a question ("If you have other insurance, ..."), by words that
speak of another reason too, or beside words a phrase rule reads ("Additional visits are
not covered once the benefit is used up": the generic reading leaves it to the person)."""

from __future__ import annotations

from ..knowledge import PhraseRule, phrase_breach_words, phrase_rules
from ..patterns import compiled
from .classify import hinted_categories, phrase_matches, reason_words_as_read
from .reason_descriptions import SENTENCE_END

# a clause: a sentence's part up to its end, a semicolon, a colon or a comma
_CLAUSE = compiled(r"[^.;:!?,]+[.;:!?,]?")
# a sentence that states a condition or asks: "If you have other insurance, tell us."
_CONDITION = compiled(r"(?i)^\s*(?:if|unless|whether|when|in case)\b|\?")


def states_its_reason(text: str | None, category: str) -> bool:
    """Does ``text`` speak of ``category`` only, with no phrase rule's words, and hold a
    clause that is no condition nor question where one of the rule's hints (a rule whose
    ``hints_tell``) stands beside a breach word, outside the words that deny the reason?"""
    rules = [r for r in phrase_rules() if r.category == category and r.hints_tell]
    breach = phrase_breach_words()
    if not text or not rules or breach is None or hinted_categories(text) != [category]:
        return False
    told = " ".join(reason_words_as_read(text).split())
    if phrase_matches(text):
        return False
    for sentence in SENTENCE_END.split(told):
        if _CONDITION.search(sentence):
            continue  # "If you have other insurance, we need the other plan's statement."
        for clause in (m.group() for m in _CLAUSE.finditer(sentence)):
            if breach.search(clause) and _hint_in(clause, rules):
                return True
    return False


def _hint_in(clause: str, rules: list[PhraseRule]) -> bool:
    """Does ``clause`` hold one of the ``rules``' hints outside the words that deny them?"""
    for rule in rules:
        denied = [(m.start(), m.end()) for rx in rule.negated for m in rx.finditer(clause)]
        for rx in rule.hints:
            for m in rx.finditer(clause):
                if not any(s <= m.start() and m.end() <= e for s, e in denied):
                    return True
    return False
