"""Label words OCR misread, put right through the table of characters it confuses.

A scan prints "Clm No." as "Clim No.", "Member ID" as "Mernber ID", "Claim No" as
"C1aim No", "Patient Name" as "Patlent Name": the label is then not one the reader
knows, and its value is lost. rules/ocr_confusions.yaml lists the characters OCR reads
for one another (look-alikes), the pairs it reads for one letter ("rn" for m) and the thin
marks it adds or drops. A word OCR read that is no label word is put right to a label
word reached by few such slips (``ReadSettings.ocr_label_letters_per_edit``) only when,
with the words printed beside it, it then makes a label rules/labels.yaml lists exactly,
and no other label word does so. A word of two characters ("1D" for ID, "N0" for No) is
put right only where it ends a label of two words or more before the label's colon or
"#" ("Claim 1D: 6451SL14915"): alone, such a word is too easily another word. Only OCR's
words come here; values are never changed, but for a brace read for a bracket at their edge
(``as_brackets``: "(99404}").
"""

from __future__ import annotations

from functools import cache

from ..knowledge import data_loader, fail
from ..knowledge.files import load_mapping
from ..records import record
from .settings import DEFAULT_SETTINGS, ReadSettings

CONFUSIONS_FILE = "rules/ocr_confusions.yaml"
_EDGE = "([{\"'"
_TAIL = ".,:;#)]}\"'"
MIN_LETTERS = 3  # shorter words ("no", "id") are too easily another word, but at a label's end
SHORT_LETTERS = 2  # a label word this short is put right only at a label's end (``short``)


@record(frozen=True)
class Confusions:
    groups: dict[str, str]  # a character -> its look-alike group's first character
    joined: dict[str, tuple[str, ...]]  # a letter -> the pairs read for it
    thin: frozenset[str]
    brackets: dict[str, str]  # a bracket read at a word's edge -> the bracket it stands for


@data_loader
def confusions() -> Confusions:
    """rules/ocr_confusions.yaml, validated."""
    doc = load_mapping(CONFUSIONS_FILE, ("look_alikes", "joined", "thin", "brackets"))
    line = doc.get("__line__")
    looks, joined, thin = doc["look_alikes"], doc["joined"], doc["thin"]
    if not isinstance(looks, list) or not all(isinstance(g, str) and len(g) > 1 for g in looks):
        raise fail(CONFUSIONS_FILE, line, "look_alikes: expected a list of groups of characters")
    groups: dict[str, str] = {}
    for group in looks:
        for ch in group.lower():
            if ch in groups:
                raise fail(CONFUSIONS_FILE, line, f"look_alikes: {ch!r} is in two groups")
            groups[ch] = group.lower()[0]
    if not isinstance(joined, dict):
        raise fail(CONFUSIONS_FILE, line, "joined: expected a mapping of letter: [pairs]")
    pairs: dict[str, tuple[str, ...]] = {}
    for letter, read in joined.items():
        if letter == "__line__":
            continue
        if not (
            isinstance(letter, str)
            and len(letter) == 1
            and isinstance(read, list)
            and all(isinstance(p, str) and len(p) == 2 for p in read)
        ):
            raise fail(CONFUSIONS_FILE, line, f"joined: {letter!r}: expected [pairs of two]")
        pairs[letter.lower()] = tuple(p.lower() for p in read)
    if not isinstance(thin, str) or not thin:
        raise fail(CONFUSIONS_FILE, line, "thin: expected a string of characters")
    return Confusions(groups, pairs, frozenset(thin.lower()), _brackets(doc["brackets"], line))


def _brackets(doc: object, line: int | None) -> dict[str, str]:
    """brackets: one bracket character to another, validated."""
    marks = set("()[]{}")
    out = {k: v for k, v in doc.items() if k != "__line__"} if isinstance(doc, dict) else None
    if out is None or not all(k in marks and v in marks and k != v for k, v in out.items()):
        raise fail(CONFUSIONS_FILE, line, "brackets: expected a mapping of bracket: bracket")
    return out


def as_brackets(edge: str) -> str:
    """A word's edge (its brackets and stops) with each bracket OCR read for another put
    right: "}" -> ")" (the table's ``brackets``)."""
    brackets = confusions().brackets
    return "".join(brackets.get(ch, ch) for ch in edge)


def _keys(word: str, table: Confusions) -> set[str]:
    """``word`` with every slip of the table undone one way: each character as its group's
    first, thin marks dropped, with its pairs as they are and read as their letter (two
    words OCR confuses share a key)."""
    joined = word
    for letter, read in table.joined.items():
        for pair in read:
            joined = joined.replace(pair, letter)
    out = set()
    for form in {word, joined}:
        chars = (table.groups.get(ch, ch) for ch in form)
        out.add("".join(ch for ch in chars if ch not in table.thin))
    return out


def slips(read: str, word: str, table: Confusions) -> int:
    """How many of the table's slips make ``word`` print as ``read`` (lower case both)."""
    n, m = len(read), len(word)
    far = n + m + 1
    dp = [[far] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            here = dp[i][j]
            if i and j:
                a, b = read[i - 1], word[j - 1]
                if a == b:
                    here = min(here, dp[i - 1][j - 1])
                elif table.groups.get(a, a) == table.groups.get(b, b):
                    here = min(here, dp[i - 1][j - 1] + 1)
            if i and read[i - 1] in table.thin:
                here = min(here, dp[i - 1][j] + 1)
            if j and word[j - 1] in table.thin:
                here = min(here, dp[i][j - 1] + 1)
            if i >= 2 and j and read[i - 2 : i] in table.joined.get(word[j - 1], ()):
                here = min(here, dp[i - 2][j - 1] + 1)
            if j >= 2 and i and word[j - 2 : j] in table.joined.get(read[i - 1], ()):
                here = min(here, dp[i - 1][j - 2] + 1)
            dp[i][j] = here
    return dp[n][m]


@cache
def _targets() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The words labels are printed with (rules/labels.yaml's, the word rules', their
    abbreviations), and those words by their ``_keys`` (the short ones too: ``short``)."""
    from .fields import label_vocabulary, labels
    from .label_words import abbreviations

    lab = labels()
    printed = {
        w.strip(_EDGE + _TAIL)
        for sec in (lab.fields, lab.columns)
        for phrases in sec.values()
        for p in phrases
        for w in p.replace("/", " ").split()
    }
    known = frozenset(w for w in printed | set(label_vocabulary()) | set(abbreviations()) if w)
    table = confusions()
    by_key: dict[str, list[str]] = {}
    for w in known:
        if len(w) >= SHORT_LETTERS and w.isalpha():
            for key in _keys(w, table):
                by_key.setdefault(key, []).append(w)
    return known, {k: tuple(sorted(v)) for k, v in by_key.items()}


def _cased(word: str, like: str) -> str:
    """``word`` in the capitals of ``like``: "CLAIM" for "C1AIM", "Member" for "Mernber"."""
    letters = [ch for ch in like if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) * 2 > len(letters):
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


def _parts(text: str) -> tuple[str, str, str]:
    core = text.lstrip(_EDGE)
    lead = text[: len(text) - len(core)]
    body = core.rstrip(_TAIL)
    return lead, body, core[len(body) :]


def candidates(text: str, settings: ReadSettings = DEFAULT_SETTINGS) -> list[str]:
    """The label words the printed word ``text`` may be a misreading of (none when it is
    a label word itself or no label word)."""
    _, body, _ = _parts(text)
    low = body.lower()
    known, by_key = _targets()
    if low in known or len(low) < SHORT_LETTERS or not any(ch.isalpha() for ch in low):
        return []
    if len(low) >= MIN_LETTERS and sum(ch.isalpha() for ch in low) < 2:
        return []
    table = confusions()
    most = max(1, len(low) // settings.ocr_label_letters_per_edit)
    found = {w for key in _keys(low, table) for w in by_key.get(key, ())}
    fits = (w for w in found if slips(low, w, table) <= most)
    return sorted(w for w in fits if (len(low) >= MIN_LETTERS) == (len(w) >= MIN_LETTERS))


def short(text: str) -> bool:
    """``text`` is a word too short to be put right but at a label's end ("1D:")."""
    return len(_parts(text)[1]) < MIN_LETTERS


def _is_label(words: list[str]) -> bool:
    from .fields import place_label

    text = " ".join(words)
    return any(place_label(text, sec, exact_only=True)[0] for sec in ("fields", "columns"))


def repaired(texts: list[str], settings: ReadSettings = DEFAULT_SETTINGS) -> list[str]:
    """The words of one line OCR read, each misread label word put right when, with the
    words beside it, it then makes a listed label (and only one label word does)."""
    from .label_words import MAX_LABEL_WORDS

    out = list(texts)
    for i, text in enumerate(texts):
        fits = candidates(text, settings)
        if not fits:
            continue
        most = MAX_LABEL_WORDS
        made = {w for w in fits if _makes_label(out, i, w, most, settings.ocr_label_value_digits)}
        if len(made) == 1:
            lead, body, tail = _parts(text)
            out[i] = lead + _cased(made.pop(), body) + tail
    return out


def _makes_label(texts: list[str], i: int, word: str, most: int, digits: int = 0) -> bool:
    """``word`` in place of ``texts[i]`` makes a listed label of two words or more, or of
    one word ending as a label ends (":", "#"), or of one word that starts its line
    before a value of at least ``digits`` digits ("Ciaim 3019892712"; 0: never), that
    the words as read did not."""
    if short(texts[i]):
        return _ends_label(texts, i, word, most)
    for start in range(max(0, i - most + 1), i + 1):
        for end in range(i + 1, min(len(texts), start + most) + 1):
            if end - start == 1 and not (
                texts[i].rstrip().endswith((":", "#")) or _before_value(texts, i, digits)
            ):
                continue
            window = texts[start:end]
            fixed = [*window[: i - start], word, *window[i - start + 1 :]]
            if _is_label(fixed) and not _is_label(window):
                return True
    return False


def _ends_label(texts: list[str], i: int, word: str, most: int) -> bool:
    """``word`` in place of the short ``texts[i]`` ends a listed label of two words or more
    before its colon or "#" ("Claim 1D:" -> "Claim ID:"), which the words as read did not."""
    if not texts[i].rstrip().endswith((":", "#")):
        return False
    for start in range(max(0, i - most + 1), i):
        window = texts[start : i + 1]
        if _is_label([*window[:-1], word]) and not _is_label(window):
            return True
    return False


def _before_value(texts: list[str], i: int, digits: int) -> bool:
    """``texts[i]`` starts its line and the word after it holds ``digits`` digits or more."""
    after = texts[i + 1] if i + 1 < len(texts) else ""
    return bool(digits) and i == 0 and sum(ch.isdigit() for ch in after) >= digits
