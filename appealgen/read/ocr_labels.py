"""Label words OCR misread or glued together, put right by the labels the reader knows.

A label word with one letter read as a look-alike ("Ciaim number:", "TcD-10:",
"Pian paid:") or a doubled letter, the semicolon a label ends with read for its
colon ("no.;"), and two label words printed as one ("Planpaid") are repaired only
when exactly one word of the label vocabulary (appealgen/data/rules/labels.yaml)
fits. Values are never touched here.
"""

from __future__ import annotations

from functools import lru_cache

from ..patterns import compiled

_LABEL_END = compiled(r"^([A-Za-z][\w'-]{3,})([:#])$")
_LABEL_HEAD = compiled(r"^([A-Za-z][A-Za-z'-]{3,})()$")


def label_word(word: str, after: str) -> str:
    """ "no.;" or "number;" before a value with digits: the colon a label ends with; a
    label word ending in its colon with one letter misread ("TcD-10:" -> "ICD-10:"), or
    just before a label word that ends in its colon ("Ciaim number:")."""
    m = _LABEL_END.match(word)
    if not m:
        end = _LABEL_END.match(after)
        m = _LABEL_HEAD.match(word) if end and end.group(1).lower() in _label_vocabulary() else None
    if m and m.group(1).lower() not in _label_vocabulary():
        core = m.group(1).lower()
        fits = [v for v in _label_vocabulary() if len(v) >= 4 and _misread_as(v, core)]
        return _cased(fits[0], m.group(1)) + m.group(2) if len(fits) == 1 else word
    if not word.endswith(";") or len(word) < 2:
        return word
    if word.endswith(".;") or sum(ch.isdigit() for ch in after) >= 3:
        return word[:-1] + ":"
    return word


# letters OCR reads one for another (lower case)
_LOOK_ALIKE = ("il1tj|!", "ceo0", "nu", "vy")


def _misread_as(word: str, read: str) -> bool:
    """``read`` is ``word`` with one letter read as a look-alike, or one letter doubled,
    or an m read as "rn"."""
    if "rn" in read and read.replace("rn", "m") == word:
        return True
    if len(read) == len(word) + 1:
        return any(
            read[i] == read[i + 1] and read[:i] + read[i + 1 :] == word for i in range(len(word))
        )
    if len(read) != len(word):
        return False
    diff = [(a, b) for a, b in zip(word, read, strict=True) if a != b]
    return len(diff) == 1 and any(diff[0][0] in g and diff[0][1] in g for g in _LOOK_ALIKE)


def _cased(word: str, like: str) -> str:
    """``word`` in the capitals of ``like``: "ICD-10" for "TcD-10", "Plan" for "Pian"."""
    letters = [ch for ch in like if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) * 2 > len(letters):
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


@lru_cache(maxsize=1)
def _label_vocabulary() -> frozenset[str]:
    from .fields import labels
    from .label_words import vocabulary

    lab = labels()
    phrases = [p for sec in (lab.fields, lab.columns) for ps in sec.values() for p in ps]
    return vocabulary(tuple(phrases) + lab.titles)


@lru_cache(maxsize=1)
def _label_pairs() -> frozenset[tuple[str, str]]:
    """Every two words one listed label prints one after the other ("paid", "by")."""
    from .fields import labels
    from .label_words import words

    lab = labels()
    phrases = [p for sec in (lab.fields, lab.columns) for ps in sec.values() for p in ps]
    pairs = set()
    for phrase in (*phrases, *lab.titles):
        said = [w.lower() for w in words(phrase)]
        pairs.update(zip(said, said[1:], strict=False))
    return frozenset(pairs)


_GLUED = compiled(r"^([A-Za-z]+)([.:,;]?)$")
MIN_PART = 3  # "an|other", "in|to" are words, never two label words glued
MIN_PAIR_PART = 2  # "Paid|by": two words a listed label prints one after the other


def split_glued(word: str) -> list[str]:
    """Two label words OCR printed as one ("Planpaid", "recipientcode", "Paidby") split
    apart; any other word as it is. Only a word no label has, made of two words labels
    have (of at least ``MIN_PART`` letters each, or of ``MIN_PAIR_PART`` when one listed
    label prints the two one after the other)."""
    m = _GLUED.match(word)
    if not m or len(m.group(1)) < 2 * MIN_PAIR_PART:
        return [word]
    core, vocab = m.group(1), _label_vocabulary()
    if core.lower() in vocab:
        return [word]
    cuts = [
        i
        for i in range(MIN_PART, len(core) - MIN_PART + 1)
        if core[:i].lower() in vocab and core[i:].lower() in vocab
    ]
    if not cuts:
        pairs = _label_pairs()
        low = core.lower()
        cuts = [
            i
            for i in range(MIN_PAIR_PART, len(core) - MIN_PAIR_PART + 1)
            if (low[:i], low[i:]) in pairs
        ]
    if len(cuts) != 1:
        return [word]
    return [core[: cuts[0]], core[cuts[0] :] + m.group(2)]
