"""A reason's conditions told beside advice: "If your provider is not in our network, you
may owe more." names no reason of the claim's, only what may follow when one holds, and
"If this provider is in your network, please ask them to send a corrected claim." asks
for something only if it holds. The phrase rules (read/classify.py) read nothing in such a
sentence; a condition whose other clause denies or states what happens ("When the
provider is out of network, no benefits are paid", "..., benefits are reduced") is read
as before."""

from __future__ import annotations

from ..knowledge import phrase_denying, reader_rules, reader_words
from ..patterns import compiled

# one sentence, or a part a semicolon ends
_SENTENCE = compiled(r"[^.!?;]+")
# a condition put first, up to its comma ("If your provider is not in our network,")
_OPENING = compiled(r"(?i)^\s*(?:if|when|whenever|unless|in case|should)\b[^,]*,")
# a condition put last ("You may owe more if your provider is not in our network")
_CLOSING = compiled(r"(?i),?\s+(?:if|when|whenever|unless|in case)\b")


def hedged_conditions(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` that states a condition and, in its
    other clause, only advises or says what may happen, denying nothing (no denying word
    of rules/phrases.yaml, no denial word of rules/denial_words.yaml, a word of
    rules/reader_words.yaml advice_words)."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        start, sentence = m.start(), m.group()
        if opening := _OPENING.match(sentence):
            rest = sentence[opening.end() :]
        elif closing := _CLOSING.search(sentence):
            rest = sentence[: closing.start()]
        else:
            continue
        if _advice_only(rest):
            out.append((start, m.end()))
    return out


def _advice_only(clause: str) -> bool:
    denying = phrase_denying()
    if denying is not None and denying.search(clause):
        return False
    return not reader_rules().denied.search(clause) and bool(
        reader_words().advice_words.search(clause)
    )
