"""Where a claim a letter tells in running sentences starts and ends.

Several claims told one after another share their lines: "... This claim was paid in
full. This letter is about claim 2197147855983 for care Farah O'Neill received." A claim
starts at the sentence that names it (or, when that sentence speaks of "the claim" to give
its number, "The claim number is ZC103975266.", at the sentence before it that introduced
"a claim from" someone); the sentences before it on its first lines close the claim
before, whose text they end.
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled
from . import normalize as nz
from .label_words import object_of_another
from .prose_services import wrapped_claim_numbers
from .sentence_ends import sentence_spans

# a sentence's end after a word: "... was paid in full. This letter is about"
_WORD_END = compiled(r"[a-z]{2}[.!?]\s+(?=[A-Z])")
# "a claim from Nest Lactation" introduces one; "it duplicates a claim we paid" speaks of another
_A_CLAIM = compiled(r"(?i)\ba\s+claim\s+(?:from|for)\b")
_THE_CLAIM = compiled(r"(?i)the\s+claim\b")


def at_its_sentence(text: str, claim_number: str | None) -> int:
    """Where a claim's text starts: at the sentence that names it, when the running words
    its first lines (up to the number's) print before that sentence end the claim before's
    ("This claim was paid in full. This letter is about claim 2197147855983 ..."); else 0."""
    at = text.find(claim_number) if claim_number else -1
    if at <= 0 or text.count("\n", 0, at) > 3:  # two lines up, and a number wrapped down
        return 0
    ends = [0, *(m.end() for m in _WORD_END.finditer(text, 0, at))]
    # "We received a claim from Nest Lactation for care given to Ann Lee. The claim number
    # is ZC103975266.": "the claim" the number's sentence opens with is the one the
    # sentence before introduced
    if (
        len(ends) > 1
        and _THE_CLAIM.match(text, ends[-1], at)
        and _A_CLAIM.search(text[ends[-2] : ends[-1]])
    ):
        ends.pop()
    head = text[: ends[-1]].split()
    lower = sum(1 for w in head if w.isalpha() and w.islower())
    # running words, or the end of a sentence begun on the line before ("necessary.")
    running = bool(head) and ((len(head) >= 4 and lower >= 2) or head[0][:1].islower())
    return ends[-1] if running else 0


def start_line(texts: list[str], at: int, floor: int, number: str) -> int | None:
    """The line the claim whose number is printed on line ``at`` (or wrapped onto the
    one below) starts on, when a sentence before its own ends on its first lines; None
    when none does. Never at or above ``floor``."""
    lo = max(floor + 1, at - 2)
    near = "\n".join(texts[lo : at + 2])
    cut = at_its_sentence(near, number)
    return lo + near.count("\n", 0, cut) if cut else None


def closing_words(texts: list[str], numbers: list[tuple[int, str]], end: int, own: str) -> str:
    """The sentences that close the claim ``own`` whose lines end at ``end``, printed on
    the first lines of the next claim (``numbers``: each claim number found, with its
    line) before that claim's own sentence; "" when there are none."""
    near = [(k, n) for k, n in numbers if end <= k < end + 3]
    near += [(end + k, n) for k, n in wrapped_claim_numbers(texts[end : end + 3])]
    near = [(k, n) for k, n in near if n != own]
    if not near:
        return ""
    line, number = min(near)
    # "... (claim" over "JC-512596333).": a number a sentence wraps is on the line below
    text = "\n".join(texts[end : min(line + 2, len(texts))])
    return "\n" + text[: at_its_sentence(text, number)] if text else ""


# "the claim for that care is number S5867891445", "A claim (QR1504634859) was sent",
# "Your claim, 12877470-39, for ...", "claim #S742": a number up to six words after the
# word "claim" in its sentence
_CLAIM_THEN = compiled(r"(?i)\bclaim\b(?!s)")
_ID_TOKEN = compiled(r"(?<![\w$./#-])#?([A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])(?![\w/-]|[.,]\d)")
_PHONE = compiled(r"\d{3}-\d{3}-\d{4}")


def sentence_claim_numbers(text: str) -> set[str]:
    """The numbers ``text``'s sentences give a claim: a number of five digits or more up
    to six words after the word "claim" in the same sentence, no date or phone number,
    with no word between them that names another number (rules/reader_words.yaml
    other_number_words: "Our reference for this claim is ...", "claim under group
    473366")."""
    out: set[str] = set()
    other = reader_words().other_number_words
    flat = re.sub(r"\s+", " ", text)
    for a, b in sentence_spans(flat):
        sentence = flat[a:b]
        for c in _CLAIM_THEN.finditer(sentence):
            for m in _ID_TOKEN.finditer(sentence, c.end()):
                between = sentence[c.end() : m.start()]
                if len(between.split()) > 6:
                    break
                token = m.group(1)
                if (
                    sum(ch.isdigit() for ch in token) < 5
                    or _PHONE.fullmatch(token)
                    or nz.find_dates(token)
                    or other.search(between)
                    or object_of_another(sentence[: c.start()], sentence[c.start() : m.start()])
                ):
                    continue
                out.add(token.upper())
    return out


def prints_another(texts: list[str], own: str | None, others: list[str]) -> bool:
    """Do a claim's lines ``texts`` print the number of another claim the notice was read
    to hold ("We reviewed the claim Amara Feld submitted for Maeve Vasquez. Its number is
    9328519118." inside the claim before, when "Claim: 9328519118" heads the letter)?"""
    text, mine = "\n".join(texts), (own or "").replace(" ", "")
    return any(
        n.replace(" ", "") != mine and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
        for n in others
        if n
    )
