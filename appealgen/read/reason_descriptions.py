"""A standard code's meaning printed in words, with or without its code beside it.

Many notices print the X12 meaning of a CARC or RARC as their reason ("The diagnosis is
inconsistent with the procedure." is CARC 11's, "This provider type/provider specialty
may not bill this service." RARC N95's), some with the code, some without. A sentence
that prints nearly every word of one code's description (codes/carc.csv,
codes/rarc.csv), and few words besides, names that code's categories as the code would,
however the phrase rules would read its words. The thresholds are data
(rules/phrases.yaml ``code_descriptions``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .. import knowledge
from ..patterns import compiled
from .spelled_codes import spelled_code_spans

_WORD = compiled(r"[a-z]+")
# a sentence ends at a full stop, a question mark or a semicolon before the next word
SENTENCE_END = compiled(r"(?<=[.!?;])\s+")
_KEEP = frozenset({"not", "no", "non"})  # plain, but a description without them says otherwise


def _stem(word: str) -> str:
    """A word without its plural ending ("services" as "service")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _words(text: str, plain: frozenset[str]) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w in _KEEP or w not in plain]


@dataclass(frozen=True)
class _Description:
    code: str
    categories: tuple[str, ...]
    slots: tuple[frozenset[str], ...]  # one a printed word; any of its words fills it


@functools.cache
def _descriptions() -> tuple[tuple[_Description, ...], dict[str, tuple[int, ...]]]:
    """Every code's meaning, in slots; and, for each slot word, the descriptions holding
    it."""
    plain = knowledge.phrase_plain_words()
    out: list[_Description] = []
    index: dict[str, list[int]] = {}
    # the descriptions' 12,000 words are a few thousand different ones: each read once
    slot_of: dict[str, frozenset[str]] = {}
    for table in (knowledge.carc_codes(), knowledge.rarc_codes()):
        for code, info in table.items():
            # a code that names no category is kept: a sentence that is its meaning
            # is no other code's
            cats = tuple(c for c in info.categories if c != "other")
            slots = []
            for token in info.description.split():
                words = slot_of.get(token)
                if words is None:
                    words = slot_of[token] = frozenset(
                        w for part in token.split("/") for w in _words(part, plain)
                    )
                if words:
                    slots.append(words)
            out.append(_Description(code, cats, tuple(slots)))
            for w in {w for s in slots for w in s} - _KEEP:
                index.setdefault(w, []).append(len(out) - 1)
    return tuple(out), {w: tuple(v) for w, v in index.items()}


def described_categories(sentence: str) -> tuple[str, ...]:
    """The categories of the one code whose standard meaning ``sentence`` prints, or ()
    when it prints none (or two of codes that name different reasons)."""
    rules = knowledge.phrase_description_match()
    plain = knowledge.phrase_plain_words()
    own = [w for w in _words(sentence, plain) if w not in rules.extra_words]
    if not own:
        return ()
    said = set(own)
    descriptions, index = _descriptions()
    seen = {k for w in said if w in index for k in index[w]}
    best: list[tuple[float, tuple[str, ...]]] = []
    for k in seen:
        d = descriptions[k]
        filled = sum(1 for s in d.slots if s & said)
        if filled < rules.description_share * len(d.slots):
            continue
        theirs = sum(1 for w in own if any(w in s for s in d.slots))
        if theirs < rules.sentence_share * len(own):
            continue
        # a short description counts when the sentence prints as many of its words: the
        # alternatives of one slot ("Precertification/authorization/notification")
        if len(d.slots) < rules.min_slots and theirs < rules.min_slots:
            continue
        best.append((filled / len(d.slots) + theirs / len(own), d.categories))
    if not best:
        return ()
    top = max(score for score, _ in best)
    named = {cats for score, cats in best if score >= top - 1e-9}
    # two codes read as well that name different reasons (or none) name neither
    return next(iter(named)) if len(named) == 1 else ()


def description_spans(text: str) -> list[tuple[str, int, int]]:
    """(category, start, end) of each sentence of ``text`` that prints a standard code's
    meaning: the code's categories, most specific first, over the sentence's span; and of
    each adjustment reason code it names in words ("reason code fifty",
    read/spelled_codes.py), over those words."""
    out: list[tuple[str, int, int]] = spelled_code_spans(text)
    start = 0
    for m in [*SENTENCE_END.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        sentence = text[start:end]
        if sentence.strip():
            out += [(c, start, end) for c in described_categories(sentence)]
        if m is not None:
            start = m.end()
    return out
