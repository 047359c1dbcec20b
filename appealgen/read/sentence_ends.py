"""Where a sentence ends: one definition, read three ways.

A sentence ends at a full stop (or "!", "?") after a word, before a capital or the end of
the text. Read alone, a point is ambiguous ("No. 123", "Ann J. Lee", "Mrs. Lee", "Acct.
4471"), so each question the reader asks takes the stop only after the kind of word that
cannot be an abbreviation *for that question*:

- a paragraph cut into its sentences (``sentences``): any word. A cut at "No." costs
  nothing there: every piece is still read.
- a name that must not run on into the next sentence (``cut_name``): a word of three
  letters or more that is not one of rules/reader_words.yaml ``name_abbreviations``
  ("for Danielle Iwu. We received it" ends at "Iwu"; "Ann J. Lee", "Mrs. Lee" go on).
- a label that must not run back over a sentence's end (``words_after_last_end``): a
  lower-case word of five letters or more ("... under your policy. Reference number:
  2026..." is labelled "Reference number"; "Acct. No." is one label).
- a line that ends a sentence, not a label over its value (``ends_sentence``): a
  lower-case word of four letters or more, no short form of a label's word
  (rules/label_words.yaml abbreviations: "stmt."), with its stop at the end ("... was
  allowed under your" over "plan." wraps a sentence; "Acct." and "Claim no." label).
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled

# a sentence opens with a capital, a bracket or a quote; or with a date or an amount
# after a word of four small letters or more ("... reviewed under your plan. 17 Sep 2026:
# procedure 99402, charged $105.00."), never after a label's short form ("Acct. 4471")
_PARAGRAPH_END = compiled(r"(?<=[.!?])\s+(?=[A-Z(“\"])|(?<=[a-z]{4}[.!?])\s+(?=[\d$])")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, its whitespace made single spaces."""
    flat = re.sub(r"\s+", " ", text).strip()
    return [flat[a:b] for a, b in sentence_spans(flat)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of each of its sentences, ``text`` as printed."""
    out, at = [], 0
    for m in _PARAGRAPH_END.finditer(text):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _name_end() -> re.Pattern[str]:
    short = "|".join(re.escape(w) for w in reader_words().name_abbreviations)
    return re.compile(rf"\b(?!(?:{short})\.)\w{{3,}}\.(?:\s+(?=[A-Z])|\s*$)")


def cut_name(value: str) -> str:
    """``value`` up to the end of its first sentence ("Ann Lee. We received it …" ->
    "Ann Lee"); a value with no sentence's end is returned as it is."""
    m = _name_end().search(value)
    return value[: m.start() + m.group(0).index(".")] if m else value


def words_after_last_end(tokens: list[str]) -> int:
    """Where the words after the last sentence's end among ``tokens`` begin (0 when no
    sentence ends among them)."""
    for k in range(len(tokens) - 1, 0, -1):
        stem = tokens[k - 1][:-1]
        if (
            tokens[k - 1].endswith(".")
            and len(stem) >= 5
            and stem.isalpha()
            and stem.islower()
            and tokens[k][:1].isupper()
        ):
            return k
    return 0


def ends_sentence(text: str) -> bool:
    """Does ``text`` end with a sentence's end ("plan.", "... under your plan.")?"""
    from .label_words import abbreviations

    last = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    stem = last[:-1]
    return (
        last.endswith(".")
        and len(stem) >= 4
        and stem.isalpha()
        and stem.islower()
        and stem not in abbreviations()
    )
