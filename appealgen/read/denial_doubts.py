"""The notice's own words about a denial's reason: whether a sentence gives the reason as
the notice's own ("we denied it because …"), and whether the words, the codes and the
code key's explanations agree on it (read/evidence_denial.py weighs the category by them)."""

from __future__ import annotations

import re

from ..knowledge import (
    carc_codes,
    categories,
    phrase_amount_words,
    phrase_denying,
    phrase_plain_words,
    phrase_rules,
    rarc_codes,
    reader_rules,
    sentence_rules,
)
from ..knowledge import categories as all_categories
from ..models import Denial, ServiceLine
from ..patterns import compiled
from . import normalize as nz
from .classify import (
    DEFERRING,
    bare_code,
    code_categories,
    hinted_categories,
    phrase_categories,
    phrase_hits,
    phrase_matches,
    reason_words_as_read,
)

# reasons too general to stand beside a specific one: "… is not covered" says no more
GENERIC = ("not_covered", "other")
_SENTENCE_END = compiled(r"(?<=[.!?;])\s+")
_OPENING_CAUSE = 40  # a cause within a sentence's first characters opens it


def denied_because(text: str | None) -> bool:
    """A sentence that gives the notice's own reason: "we denied … because …"
    (rules/sentences.yaml), or one that says the claim was not paid (a denial word of
    rules/denial_words.yaml) and then gives a cause, or opens with a cause ("Because …,
    the claim was not approved"), or says it and names no reason while the next sentence
    names one; never one about claims in general."""

    if not text:
        return False
    rules, words = sentence_rules(), reader_rules()
    told = _SENTENCE_END.split(" ".join(text.split()))
    for k, sentence in enumerate(told):
        if words.general.search(sentence):
            continue
        if rules.matches("denied_because", sentence):
            return True
        said = words.denied.search(sentence)
        if said is None:
            continue
        if k + 1 < len(told) and not phrase_hits(sentence) and phrase_hits(_whole_next(told, k)):
            return True  # "We cannot pay this claim. The provider is not in your network."
        for rx in rules.gives_cause:
            cause = rx.search(sentence)
            while cause is not None and cause.end() <= said.end():
                if cause.start() < _OPENING_CAUSE and not rx.pattern.endswith(r"\S"):
                    return True  # "Because the referral was missing, we cannot pay"
                cause = rx.search(sentence, cause.end())
            if cause is not None:
                return True
    return False


# a clause: a sentence's part up to its end, a semicolon, a colon or a comma
_CLAUSE = compiled(r"[^.;:!?,]+")
# a clause that states a condition or asks ("If your provider is not in our network, ...")
_CONDITION = compiled(r"(?i)^\s*(?:if|unless|whether|when|in case)\b|\?\s*$")
# a denying word that gives an alternative, not a denial ("whether or not", "or no")
_ALTERNATIVE = compiled(r"(?i)\b(?:or|whether)\s+$")
_NO_DENIAL = compiled(r"(?i)\s+(?:matter|only|just|even)\b")
# a denial of what was named before: "not one of these", "does not belong to it"
_ANAPHOR = compiled(r"(?i)(?:\s+\w+){0,3}?\s+(?:it|them|these|those|one of (?:these|them|those))\b")
MARK_REACH = 3  # most words between a denying word and the mark it denies


def marks_category(text: str | None, category: str) -> bool:
    """Does a clause of ``text`` deny ``category``'s own concept: a word that denies or
    restricts (rules/phrases.yaml ``denying``: "not", "only", "without") a few words before
    a word of the concept (its rule's ``marks``: "network", "license", "referral")?
    "Lactation consultants without a state license can't bill us directly" denies a
    license. Not so: the words of a generic "not covered" or those the rule reads as
    denying its reason ("no referral is required"), a mark before the denying word ("a
    referral would not change this decision"), an alternative ("whether or not ..."), a
    condition or a question ("If your provider is not in our network, ..."); and the
    concept is not the reason when a generic "not covered" stands in a clause of its own
    ("Classes are excluded, even from network providers")."""

    denying = phrase_denying()
    rules = [r for r in phrase_rules() if r.category == category]
    marks = [rx for r in rules for rx in r.marks]
    if not text or denying is None or not marks:
        return False
    told = reason_words_as_read(text)
    blank = [(s, e) for c, s, e in phrase_matches(text) if c in GENERIC]
    generic = list(blank)
    blank += [(m.start(), m.end()) for r in rules for rx in r.negated for m in rx.finditer(told)]
    for start, end in blank:
        told = told[:start] + " " * (end - start) + told[end:]
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(told)]
    marked = [c for c in clauses if _denies_a_mark(told, c, denying, marks)]
    # a clause that denies something else, or a generic denial outside the marked
    # clauses: the notice denies more than the concept, which may not be its reason; a
    # clause whose words speak of this reason only restricts no other ("covers counseling
    # from licensed providers only; the counselor holds no license")
    denies = [
        (s, e)
        for s, e in clauses
        if _denies_else(told[s:e], denying) and hinted_categories(told[s:e]) != [category]
    ]
    return bool(marked) and all(
        any(s <= g < e for s, e in marked)
        for g in [*(g for g, _ in generic), *(s for s, _ in denies)]
    )


def _denial_in(part: str, denying: re.Pattern[str]) -> list[re.Match[str]]:
    """The words that deny in a clause that states something (no condition, no question),
    but not those that give an alternative ("whether or not", "no matter")."""
    if _CONDITION.search(part):
        return []
    return [
        d
        for d in denying.finditer(part)
        if not _ALTERNATIVE.search(part[: d.start()]) and not _NO_DENIAL.match(part, d.end())
    ]


def _denies_else(part: str, denying: re.Pattern[str]) -> bool:
    """Does the clause ``part`` deny something, other than what a clause before it named
    ("The person who billed this visit is not one of these", "does not belong to it")?"""

    said = _denial_in(part, denying)
    if not said or hinted_categories(part):
        return bool(said)
    return any(not _ANAPHOR.match(part, d.end()) for d in said)


def _denies_a_mark(
    told: str, clause: tuple[int, int], denying: re.Pattern[str], marks: list[re.Pattern[str]]
) -> bool:
    """Does the clause ``told[clause]`` hold a denying word a few words before a mark?"""
    start, end = clause
    part = told[start:end]
    for d in _denial_in(part, denying):
        for rx in marks:
            for m in rx.finditer(part, d.start()):
                if len(part[d.end() : m.start()].split()) <= MARK_REACH:
                    return True
    return False


def _whole_next(told: list[str], k: int) -> str:
    """The whole sentence after ``told[k]``: its parts up to a full stop ("… in the home;
    it is covered only at a clinic.")."""
    parts: list[str] = []
    for part in told[k + 1 :]:
        parts.append(part)
        if part.endswith((".", "!", "?")):
            break
    return " ".join(parts)


def codes_in_words(text: str | None) -> set[str]:
    """The categories of the denial codes printed inside the notice's reason sentence."""

    if not text:
        return set()
    carcs = [nz.format_carc(g, c) for g, c in nz.find_carcs(text)]
    carc_cats, rarc_cats = code_categories(carcs, nz.find_rarcs(text))
    return (carc_cats | rarc_cats) - {"other"}


def other_reason(primary: str, words: list[str]) -> str | None:
    """A specific reason the notice's own words give for this claim, when none of them
    names ``primary``: two readings that disagree."""
    hits = [phrase_hits(w) for w in words if w]
    if any(h.get(primary) for h in hits):
        return None

    # a generic "not covered" or a deductible beside a specific reason names no other one
    others = sorted({c for h in hits for c, n in h.items() if n and c not in (primary, *DEFERRING)})
    words_of = {k: v.choice or k for k, v in categories().items()}
    return "; ".join(words_of.get(c, c) for c in others) or None


def words_disagree(primary: str, reason_text: str | None, code_cats: set[str]) -> str | None:
    """The specific reasons the claim's own words give when none is ``primary`` nor any
    reason its codes name (a generic "not covered" or a deductible never disagrees)."""

    hits = phrase_hits(reason_text)
    if not hits or hits.get(primary):
        return None
    others = sorted(c for c, n in hits.items() if n and c not in DEFERRING and c not in code_cats)
    words_of = {k: v.choice or k for k, v in categories().items()}
    return "; ".join(words_of.get(c, c) for c in others) or None


def names_of(categories: list[str]) -> str | None:
    """The plain words of ``categories`` for a reason given to the person."""

    words_of = {k: v.choice or k for k, v in all_categories().items()}
    return "; ".join(words_of.get(c, c) for c in categories) or None


def keys_disagree(explained: list[str]) -> str | None:
    """The reasons, when the key's explanations of a claim's codes name more than one.

    Each explanation counts by the most specific reason it names; a generic "not
    covered" or a deductible does not disagree with a specific reason.
    """

    named: list[str] = []
    for text in explained:
        first = next((c for c in phrase_categories(text) if c not in DEFERRING), None)
        if first and first not in named:
            named.append(first)
    if len(named) < 2:
        return None
    words_of = {k: v.choice or k for k, v in categories().items()}
    return "; ".join(words_of.get(c, c) for c in named)


def reasons_apart(primary: str, d: Denial, lines: list[ServiceLine]) -> str | None:
    """The reasons, when the claim's codes give several and nothing printed says which one
    denied it: its unpaid services adjusted for reasons no two share ("CO-197" on one, "PR-1"
    on another), or its remark codes naming two reasons and no adjustment code naming the
    one read. A service paid was not denied, whatever share its codes leave to the patient;
    the notice's own reason ("we denied it because …") naming one of them alone says which.
    """
    carc_cats, rarc_cats = code_categories(d.carc, d.rarc)
    named: list[set[str]] = []
    for ln in lines:
        if ln.paid is not None and ln.paid > 0:
            continue
        cats = code_categories([f"{a.group}-{a.code}" for a in ln.adjustments])[0]
        if cats := cats - set(GENERIC):
            named.append(cats)
    apart: set[str] = set()
    if len(named) > 1 and not set.intersection(*named):
        apart = set.union(*named)
    elif len(remarks := rarc_cats - DEFERRING) > 1 and primary not in carc_cats:
        apart = remarks
    if primary not in apart:
        return None
    hits = phrase_hits(d.reason_text)
    if {c for c in apart if hits.get(c)} == {primary} and denied_because(d.reason_text):
        return None
    return names_of(sorted(apart, key=lambda c: categories()[c].priority))


# a sentence that points at a printed code ("Code 3F applies", "Reason code: 45"), not
# one that speaks of codes ("The claim's codes don't agree"); a procedure's code is none
_CODE_WORD = compiled(r"(?i)\bcodes?\s*(?:[:#]\s*)?(?!\d{5}\b)[a-z]{0,3}-?\d")
MIN_OWN_WORDS = 2  # fewer words of its own beside a code say no more than the code
SAME_MEANING = 0.6  # a sentence this much made of a code's description's words is that
_WORD = compiled(r"[a-z]+")
# a web address (a page's printed link, "https://members.example/claims/details?
# view=print") is no message
_WEB = compiled(r"\S*(?:://|\bwww\.)\S*(?:[?&]\s\S*=\S*)?|\S+=\S*")
_MONEY = compiled(r"\$\s?\d|(?<![\w.])\d[\d,]*\.\d\d(?![\d%])")


def words_beside_codes(d: Denial, explained: list[str]) -> bool:
    """Does the claim's reason give a reason in words of its own: a sentence that prints no
    code ("CO-96 Non-covered charge(s)"), is read by no rule, is not a standard code's
    description (the X12 meaning of N130, "Consult plan benefit documents …", as the
    notice's key may print it), and holds at least ``MIN_OWN_WORDS`` words that are
    neither plain words (rules/phrases.yaml ``plain_words``: "claim", "processed", "see")
    nor the codes' descriptions' words, the words saying it was denied left aside
    ("DENIED - PROVIDER NOT ELIGIBLE")? Words that tell amounts (``amount_words``) are plain
    in a sentence that prints an amount ("In all, the claim billed $580.00."); a part in small letters after a full stop is a cut
    sentence's tail, and a web address no message. A payer's own code explained in the key gives its
    reason in words of its own."""

    del explained  # the key's words for the standard codes say what the tables say
    meanings: list[str] = []
    for codes, table in ((d.carc, carc_codes()), (d.rarc, rarc_codes())):
        meanings += [table[bare_code(c)].description for c in codes if bare_code(c) in table]
    known = [set(_WORD.findall(m.lower())) for m in meanings]
    plain = phrase_plain_words() | {w for k in known for w in k}
    told = _SENTENCE_END.split(" ".join(_WEB.sub(" ", d.reason_text or "").split()))
    for k, sentence in enumerate(told):
        if nz.find_carcs(sentence) or nz.find_rarcs(sentence) or _CODE_WORD.search(sentence):
            continue
        if k and sentence[:1].islower() and told[k - 1].endswith("."):
            continue  # "… N130). address above.": a cut sentence's tail, no message of its own
        if phrase_hits(sentence):
            continue  # a rule reads these words
        words = _WORD.findall(reader_rules().denied.sub(" ", sentence).lower())
        # "In all, the claim billed $580.00.": the words of amounts beside one are plain
        told_plain = plain | phrase_amount_words() if _MONEY.search(sentence) else plain
        if len([w for w in words if w not in told_plain]) < MIN_OWN_WORDS:
            continue  # "We will not pay for this service.": denied, no reason given
        if any(sum(w in k for w in words) >= SAME_MEANING * len(words) for k in known):
            continue  # a code's own description, printed without its code
        return True
    return False
