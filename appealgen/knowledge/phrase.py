"""rules/phrases.yaml: reason-text patterns -> category, with priority."""

from __future__ import annotations

import re

from ..patterns import compiled
from ..records import record
from .category import check_category
from .checks import phrase_patterns
from .files import check_keys, data_loader, fail, load_yaml


@record(frozen=True)
class PhraseRule:
    """Reason-text patterns for one category; lower priority numbers are more specific."""

    category: str
    priority: int
    patterns: tuple[re.Pattern[str], ...]
    line: int
    # words that deny this reason ("this is not a duplicate", "no referral is required"):
    # a match of ``patterns`` overlapping one of these names nothing
    negated: tuple[re.Pattern[str], ...] = ()
    # words that speak of this reason without naming it ("network", "referral"): they
    # only make a generic "not covered" unsure (read/evidence_denial.py)
    hints: tuple[re.Pattern[str], ...] = ()
    # words that name this reason's own concept ("network", "license", "referral"): a
    # reason no pattern reads, given as the notice's own, whose one clause holds one of
    # them beside a word that denies (``denying``) names this category surely
    marks: tuple[re.Pattern[str], ...] = ()


OPTIONAL = ("negated", "hints", "marks")  # lists of patterns a rule may have beside its own


@data_loader
def phrase_rules() -> tuple[PhraseRule, ...]:
    """Reason-text rules with compiled patterns, most specific (lowest priority) first."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'rules'")
    check_keys(
        relpath,
        doc,
        (
            "rules",
            "families",
            "denying",
            "rule_words",
            "short_forms",
            "synonyms",
            "plain_words",
            "amount_words",
            "code_descriptions",
        ),
        ("rules",),
    )
    families = _families(relpath, doc)
    rules: list[PhraseRule] = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        required = ("category", "priority", "patterns")
        check_keys(relpath, entry, (*required, *OPTIONAL, "note"), required)
        cat = check_category(relpath, line, str(entry["category"]))
        prio = entry["priority"]
        if not isinstance(prio, int) or isinstance(prio, bool):
            raise fail(relpath, line, f"priority must be a whole number, not {prio!r}")
        told = {
            k: _in_words(relpath, line, entry[k], families)
            for k in ("patterns", *OPTIONAL)
            if k in entry
        }
        compiled = phrase_patterns(relpath, line, told["patterns"], "patterns")
        extra = {k: phrase_patterns(relpath, line, told[k], k) for k in OPTIONAL if k in entry}
        rules.append(PhraseRule(cat, prio, compiled, line, **extra))
    return tuple(sorted(rules, key=lambda r: (r.priority, r.line)))


_FAMILY_NAME = compiled(r"[a-z][a-z_]*")
_FAMILY_USE = compiled(r"\{([a-z][a-z_]*)\}")


def _families(relpath: str, doc: dict) -> dict[str, str]:
    """``families``: a name for each word family a reason may use ("provider": provider,
    practitioner, clinician …), as the group a pattern's ``{provider}`` stands for."""
    table = doc.get("families", {})
    if not isinstance(table, dict):
        raise fail(relpath, None, "families: expected a mapping of names: lists of words")
    out: dict[str, str] = {}
    for name, words in table.items():
        if name == "__line__":
            continue
        line = table.get("__line__")
        if not (isinstance(name, str) and _FAMILY_NAME.fullmatch(name)):
            raise fail(relpath, line, f"families: {name!r}: expected a lower-case name")
        if not (isinstance(words, list) and words and all(isinstance(w, str) for w in words)):
            raise fail(relpath, line, f"families: {name!r}: expected a list of words")
        if any(not w.strip() or _FAMILY_USE.search(w) for w in words):
            raise fail(relpath, line, f"families: {name!r}: a word is empty or names a family")
        out[name] = "(?:" + "|".join(words) + ")"
    return out


def _in_words(relpath: str, line: int, value: object, families: dict[str, str]) -> object:
    """``value``'s patterns with each ``{family}`` written out as its words."""
    if not isinstance(value, list):
        return value  # phrase_patterns says what is wrong with it

    def word(m: re.Match[str]) -> str:
        if m.group(1) not in families:
            raise fail(relpath, line, f"pattern names the unknown family {m.group(0)}")
        return families[m.group(1)]

    return [_FAMILY_USE.sub(word, p) if isinstance(p, str) else p for p in value]


@record(frozen=True)
class ShortForms:
    """Short forms of rules/phrases.yaml's ``short_forms`` ("PROV" = provider, "DOS" = date
    of service), read as the words they stand for before the rules match a reason."""

    words: dict[str, str]
    pattern: re.Pattern[str] | None

    def expand(self, text: str) -> str:
        """``text`` with every short form written out in full."""
        if self.pattern is None:
            return text
        return self.pattern.sub(lambda m: self.words[" ".join(m.group(0).lower().split())], text)


_SHORT_FORM = compiled(r"[a-z][a-z/'-]*[a-z/]")


@data_loader
def phrase_short_forms() -> ShortForms:
    """The reason texts' short forms and synonyms, each read as the words the rules know:
    ``short_forms``, lower-case forms of letters (with ``/``, ``-`` or an apostrophe
    inside), and ``synonyms``, lower-case words or phrases that say what other words the
    rules know say ("caregiver": clinician). No word is both."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    words = _word_table(relpath, doc, "short_forms", _SHORT_FORM, "a lower-case short form")
    synonyms = _word_table(relpath, doc, "synonyms", _SYNONYM, "lower-case words")
    if both := sorted(set(words) & set(synonyms)):
        raise fail(relpath, None, f"synonyms: {both[0]!r} is a short form too")
    words.update(synonyms)
    if not words:
        return ShortForms({}, None)
    ends = r"(?![\w/'-])"  # a short form ends where its word does ("w/" before any)
    alts = [
        re.escape(k).replace(r"\ ", r"\s+") + (ends if k[-1].isalpha() else "")
        for k in sorted(words, key=len)[::-1]
    ]
    return ShortForms(words, compiled(r"(?<![\w/'-])(?:" + "|".join(alts) + ")", re.IGNORECASE))


_SYNONYM = compiled(r"[a-z][a-z' -]*[a-z]")


def _word_table(relpath: str, doc: object, key: str, shape: re.Pattern[str], what: str):
    """``doc[key]``: a mapping of words (each of ``shape``) to the words they stand for."""
    table = doc.get(key, {}) if isinstance(doc, dict) else {}
    if not isinstance(table, dict):
        raise fail(relpath, None, f"{key}: expected a mapping of words: words")
    words: dict[str, str] = {}
    for k, v in table.items():
        if k == "__line__":
            continue
        if not (isinstance(k, str) and shape.fullmatch(k) and "  " not in k):
            raise fail(relpath, table.get("__line__"), f"{key}: {k!r}: expected {what}")
        if not (isinstance(v, str) and v.strip()):
            raise fail(
                relpath, table.get("__line__"), f"{key}: {k!r}: expected the words it stands for"
            )
        words[k] = " ".join(v.split())
    return words


_PLAIN_WORD = compiled(r"[a-z]+")


@data_loader
def phrase_plain_words() -> frozenset[str]:
    """rules/phrases.yaml's ``plain_words``: lower-case words that name no reason of their
    own ("claim", "processed", "see"): a reason's words beside a code that are all plain
    (or too few besides) say no more than the code."""
    return _word_list("plain_words")


@data_loader
def phrase_denying() -> re.Pattern[str] | None:
    """rules/phrases.yaml's ``denying``: words that deny or restrict ("not", "only",
    "without", "missing"), as one pattern of whole words; None when there are none."""
    return _whole_words("denying")


@data_loader
def phrase_rule_words() -> re.Pattern[str] | None:
    """rules/phrases.yaml's ``rule_words``: words that state what a plan covers, pays or
    requires ("covers", "pays for", "must"), as one pattern of whole words; None when there
    are none."""
    return _whole_words("rule_words")


@data_loader
def phrase_amount_words() -> frozenset[str]:
    """rules/phrases.yaml's ``amount_words``: words that tell a claim's amounts ("billed",
    "total"); plain words in a sentence that prints an amount of money."""
    return _word_list("amount_words")


def _word_list(key: str) -> frozenset[str]:
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    words = doc.get(key, []) if isinstance(doc, dict) else []
    if not isinstance(words, list):
        raise fail(relpath, None, f"{key}: expected a list of lower-case words")
    for w in words:
        if not (isinstance(w, str) and _PLAIN_WORD.fullmatch(w)):
            raise fail(relpath, None, f"{key}: {w!r}: expected one lower-case word")
    return frozenset(words)


@record(frozen=True)
class DescriptionMatch:
    """rules/phrases.yaml's ``code_descriptions``: how much of a standard code's meaning a
    sentence must print, and of little else, to be read as that code's words."""

    min_slots: int = 3
    description_share: float = 0.8
    sentence_share: float = 0.6
    extra_words: frozenset[str] = frozenset()


@data_loader
def phrase_description_match() -> DescriptionMatch:
    """The thresholds that read a standard code's description printed in words."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    entry = doc.get("code_descriptions", {}) if isinstance(doc, dict) else {}
    if not isinstance(entry, dict):
        raise fail(relpath, None, "code_descriptions: expected a mapping")
    keys = ("min_slots", "description_share", "sentence_share", "extra_words")
    check_keys(relpath, entry, keys, ())
    line = entry.get("__line__")
    slots = entry.get("min_slots", DescriptionMatch.min_slots)
    if not isinstance(slots, int) or isinstance(slots, bool) or slots < 1:
        raise fail(relpath, line, f"code_descriptions: min_slots: {slots!r}: expected 1 or more")
    shares = {}
    for key in ("description_share", "sentence_share"):
        v = entry.get(key, getattr(DescriptionMatch, key))
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 < v <= 1:
            raise fail(relpath, line, f"code_descriptions: {key}: {v!r}: expected a share (0, 1]")
        shares[key] = float(v)
    extra = entry.get("extra_words", [])
    if not isinstance(extra, list) or not all(
        isinstance(w, str) and _PLAIN_WORD.fullmatch(w) for w in extra
    ):
        raise fail(relpath, line, "code_descriptions: extra_words: expected lower-case words")
    return DescriptionMatch(
        slots, shares["description_share"], shares["sentence_share"], frozenset(extra)
    )


def _whole_words(key: str) -> re.Pattern[str] | None:
    """rules/phrases.yaml's list ``key`` as one pattern of whole words, any spaces
    between a phrase's words; None when the list is empty."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    words = doc.get(key, []) if isinstance(doc, dict) else []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise fail(relpath, None, f"{key}: expected a list of words")
    if not words:
        return None
    alts = "|".join(" ".join(w.split()).replace(" ", r"\s+") for w in words)
    return compiled(rf"\b(?:{alts})\b", re.IGNORECASE)
