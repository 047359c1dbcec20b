"""Labels nobody has listed, placed by their words: "Membership no." names the member ID.

rules/labels.yaml lists the exact labels insurers print, and an exact label always
wins. rules/label_words.yaml describes each field by words (heads it needs, words that
fit, words that rule it out); a short label phrase that is not listed is placed by
them, with a score. A phrase two fields fit equally, or no field fits well enough, is
placed nowhere: it is still a label (it ends the value before it) but assigns nothing.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..knowledge import check_keys, data_loader, fail, load_yaml, reader_words
from ..memo import per_document
from ..patterns import compiled
from ..records import record

WORDS_FILE = "rules/label_words.yaml"
SECTIONS = ("fields", "columns")
MAX_LABEL_WORDS = 5


@record(frozen=True)
class WordRule:
    heads: frozenset[str]
    needs: frozenset[str]
    fits: frozenset[str]  # the file's "with" words
    rules_out: frozenset[str]  # the file's "not" words

    def score(self, words: list[str]) -> float | None:
        """The share of ``words`` this field accounts for, or None when it cannot apply."""
        present = set(words)
        if present & self.rules_out or not present & self.heads:
            return None
        if self.needs and not present & self.needs:
            return None
        known = self.heads | self.needs | self.fits
        return sum(1 for w in words if w in known) / len(words)


@record(frozen=True)
class LabelWords:
    min_score: float
    weak_score: float  # a phrase with one unknown word places from here, never sure
    filler: frozenset[str]
    rules: dict[str, dict[str, WordRule]]  # section -> field -> rule
    other: frozenset[str]


@dataclass(frozen=True)
class Placed:
    """Where a label phrase belongs: ``field`` None means a label that assigns nothing."""

    field: str | None
    score: float  # 1.0 for an exact label; the word score otherwise
    exact: bool

    @property
    def by_words(self) -> bool:
        return self.field is not None and not self.exact


def words(text: str) -> list[str]:
    """A label's words: lower case, "ID#" -> id #, "Plan's" -> plan, "a/b" -> a b, "mbr" -> member."""
    return list(_words(text))


@per_document  # each printed word is asked about by every label reader
def _words(text: str) -> tuple[str, ...]:
    text = text.lower().replace("’", "'").replace("(s)", "")
    text = text.replace("#", " # ").replace("/", " ")
    short = abbreviations()
    out = []
    for w in text.split():
        w = w.strip(".,:;()[]\"'*")
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(short.get(w, w))
    return tuple(out)


@data_loader
def abbreviations() -> dict[str, str]:
    """rules/label_words.yaml's abbreviations: one lower-case word for another."""
    data = load_yaml(WORDS_FILE)
    short = data.get("abbreviations", {}) if isinstance(data, dict) else None
    if not isinstance(short, dict):
        raise fail(WORDS_FILE, None, "abbreviations: expected a mapping of word: word")
    out = {}
    for k, v in short.items():
        if k == "__line__":
            continue
        if not (isinstance(k, str) and isinstance(v, str) and k.isalpha() and v.isalpha()):
            raise fail(
                WORDS_FILE, short.get("__line__"), f"abbreviations: {k!r}: expected one word"
            )
        out[k.lower()] = v.lower()
    return out


def _word_list(section: Any, key: str, where: str, line: int | None) -> frozenset[str]:
    value = section.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(WORDS_FILE, line, f"{where}.{key}: expected a list of words")
    out = set()
    for v in value:
        ws = words(v) if v.strip() != "#" else ["#"]
        if len(ws) != 1:
            raise fail(WORDS_FILE, line, f"{where}.{key}: {v!r} is not one word")
        out.add(ws[0])
    return frozenset(out)


@data_loader
def label_words() -> LabelWords:
    """rules/label_words.yaml, validated: unknown keys or empty heads stop at load."""
    data = load_yaml(WORDS_FILE)
    if not isinstance(data, dict):
        raise fail(WORDS_FILE, None, "expected a mapping with min_score, filler, fields, columns")
    keys = ("min_score", "weak_score", "filler", *SECTIONS, "other")
    check_keys(WORDS_FILE, data, (*keys, "abbreviations"), keys)
    min_score, weak_score = data["min_score"], data["weak_score"]
    if not isinstance(min_score, (int, float)) or not 0 < min_score <= 1:
        raise fail(WORDS_FILE, data.get("__line__"), "min_score: expected a number in (0, 1]")
    if not isinstance(weak_score, (int, float)) or not 0 < weak_score <= min_score:
        raise fail(WORDS_FILE, data.get("__line__"), "weak_score: expected (0, min_score]")
    rules: dict[str, dict[str, WordRule]] = {}
    for name in SECTIONS:
        sec = data[name]
        if not isinstance(sec, dict):
            raise fail(WORDS_FILE, data.get("__line__"), f"{name}: expected a mapping")
        rules[name] = {}
        for fld, spec in sec.items():
            if fld == "__line__":
                continue
            line = spec.get("__line__") if isinstance(spec, dict) else sec.get("__line__")
            if not isinstance(spec, dict):
                raise fail(WORDS_FILE, line, f"{name}.{fld}: expected heads, needs, with, not")
            check_keys(WORDS_FILE, spec, ("heads", "needs", "with", "not"), ("heads",))
            where = f"{name}.{fld}"
            rule = WordRule(
                heads=_word_list(spec, "heads", where, line),
                needs=_word_list(spec, "needs", where, line),
                fits=_word_list(spec, "with", where, line),
                rules_out=_word_list(spec, "not", where, line),
            )
            clash = (rule.heads | rule.needs) & rule.rules_out
            if clash:
                raise fail(WORDS_FILE, line, f"{where}: {sorted(clash)} both fit and rule out")
            rules[name][fld] = rule
    line = data.get("__line__")
    return LabelWords(
        float(min_score),
        float(weak_score),
        _word_list(data, "filler", "filler", line),
        rules,
        _word_list(data, "other", "other", line),
    )


def place_by_words(text: str, section: str = "fields") -> Placed:
    """Place a label phrase by its words alone (exact synonyms are the caller's)."""
    return _place(" ".join(words(text)), section)


def candidates(text: str, section: str = "fields") -> tuple[Placed, ...]:
    """Every field a label phrase fits by its words, best first (ties included)."""
    return _ranked(" ".join(words(text)), section)


@per_document
def _ranked(norm: str, section: str) -> tuple[Placed, ...]:
    lw = label_words()
    ws = [w for w in norm.split() if w not in lw.filler]
    if not ws or len(ws) > MAX_LABEL_WORDS:
        return ()
    if section == "columns":
        ws = [shortened_word(w, section) or w for w in ws]
    if any(ch.isdigit() for w in ws for ch in w if w not in vocabulary()):
        return ()  # a value ("Group no. 310352"), not a label
    scored = []
    for fld, rule in lw.rules[section].items():
        s = rule.score(ws)
        if s is None:
            continue
        # a notice's label with one word the field does not list ("Claim Ticket",
        # "Covered Individual") is named by the others: it places below min_score, so only
        # a value of the field's shape is read beside it, never as sure (by_shape)
        weak = section == "fields" and s >= lw.weak_score and round((1 - s) * len(ws)) == 1
        if s >= lw.min_score or weak:
            scored.append((s, fld))
    scored.sort(key=lambda sf: (-sf[0], sf[1]))
    return tuple(Placed(f, s, False) for s, f in scored)


@per_document
def _place(norm: str, section: str) -> Placed:
    scored = _ranked(norm, section)
    if not scored:
        return Placed(None, 0.0, False)
    if len(scored) > 1 and scored[1].score == scored[0].score:
        return Placed(None, scored[0].score, False)  # two fields fit as well: no guess
    return scored[0]


MIN_SHORT = 3  # letters of a short form read by its letters ("pmt"); shorter ones are listed


@per_document
def shortened_word(word: str, section: str = "columns") -> str | None:
    """The one word of the section's rules that ``word`` is a short form of, by its letters:
    the word's start ("liab" liability, "bal" balance) or its first letter and others in
    order ("pmt" payment, "chg" charge, "alwd" allowed). None for a word the rules know,
    one too short to tell, or one that could stand for words of two fields.

    Short forms printed in column headings are too many to list ("Chg", "Pmt", "Alwd",
    "Ptnt"); read this way, a heading nobody listed is placed by the words it shortens.
    """
    if len(word) < MIN_SHORT or not word.isalpha() or word in vocabulary():
        return None
    found = {
        v
        for v in _section_words(section)
        if len(v) > len(word) and v[0] == word[0] and _in_order(word, v)
    }
    if not found:
        return None
    shortest = min(found, key=len)
    # "ins" stands for insurance and insurer alike; "pro" for provider and procedure: no
    if all(v.startswith(shortest) or _same_fields(v, shortest, section) for v in found):
        return shortest
    return None


def _in_order(short: str, word: str) -> bool:
    if word.startswith(short):
        return True
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:]) and short[-1] != word[1]


@functools.cache
def _section_words(section: str) -> frozenset[str]:
    out: set[str] = set()
    for rule in label_words().rules[section].values():
        out |= {w for w in rule.heads | rule.needs | rule.fits if w.isalpha() and len(w) > 3}
    return frozenset(out)


@functools.cache
def _same_fields(a: str, b: str, section: str) -> bool:
    """Two words that head, are needed by or fit the same fields alike."""

    def roles(w: str) -> tuple[tuple[str, int], ...]:
        out = []
        for fld, rule in label_words().rules[section].items():
            kind = 1 if w in rule.heads else 2 if w in rule.needs else 3 if w in rule.fits else 0
            if kind:
                out.append((fld, kind))
        return tuple(out)

    return roles(a) == roles(b)


@functools.cache
def vocabulary(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Every word a label may be made of: the word rules', the other list's, ``extra``'s."""
    lw = label_words()
    out = set(lw.filler) | set(lw.other)
    for sec in lw.rules.values():
        for rule in sec.values():
            out |= rule.heads | rule.needs | rule.fits
    for phrase in extra:
        out.update(words(phrase))
    return frozenset(out)


_LABEL_WORD = compiled(r"^(?:&|[#\w][\w'’./#()-]*)$")


@per_document
def is_label_word(word: str, vocab: frozenset[str]) -> bool:
    """A printed word that may belong to a label ("Membership", "no.", "#"), not a value."""
    if word.endswith(",") or not _LABEL_WORD.match(word):
        return False
    ws = _words(word)
    return bool(ws) and all(w in vocab for w in ws)


_LINKED = compiled(r"(?i)\b(?:is|was)\b")  # "is"/"was" between a label and its value


def object_of_another(before: str, linked: str) -> bool:
    """Is a label that "is" or "was" follows the object of a word before it ("Our
    reference for this claim is 4283826228")? Then what follows names another thing
    (rules/reader_words.yaml, label_objects; label_determiners between them passed over)."""
    if not _LINKED.search(linked):
        return False
    said = [w.lower().strip(",;") for w in before.split()[-2:]]
    if said and said[-1] in reader_words().label_determiners:
        said = said[:-1]
    return bool(said) and said[-1] in reader_words().label_objects
