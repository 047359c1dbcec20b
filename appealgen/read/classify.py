"""Denial classification: reason text and CARC/RARC codes -> the contract's categories.

Three sources count: the meanings of the X12 codes (codes/carc.csv, codes/rarc.csv), the
phrase rules (rules/phrases.yaml) applied to the printed reason, and the same rules applied
to the printed explanations of a payer's own codes. The primary category is the one the
appeal must answer first, by the priorities of categories.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import field

from .. import knowledge
from ..memo import per_document
from ..patterns import compiled
from ..records import record
from .coverage_dates import coverage_date_spans
from .reason_conditions import hedged_conditions
from .reason_descriptions import description_spans

GENERIC = "other"
COST_SHARING = "cost_sharing"
NOT_COVERED = "not_covered"
# categories of codes that defer to a remark code or to the printed words for the reason
DEFERRING = frozenset({GENERIC, NOT_COVERED, COST_SHARING})
_GROUP_PREFIX = compiled(r"^\s*(?:CO|CR|OA|PI|PR)\s*[-–:]?\s*", re.IGNORECASE)
# a word a narrow column or a line's end broke at its hyphen ("in- network")
_BROKEN_HYPHEN = compiled(r"(?<=[A-Za-z])-[ \t]*\n?[ \t]*(?=[A-Za-z])")


def reason_words_as_read(text: str) -> str:
    """``text`` as the rules read it: short forms and synonyms written out ("PROV" as
    "provider", "isn't" as "is not"), a curly apostrophe as a straight one, and a word
    broken at its hyphen joined again ("in- network" as "in-network")."""
    text = _BROKEN_HYPHEN.sub("-", text.replace("\u2019", "'"))
    return knowledge.phrase_short_forms().expand(text)


def phrase_categories(text: str | None) -> list[str]:
    """Categories named by the phrase rules in ``text``, most specific rule first.

    A match lying inside the text of a match of a more specific rule is dropped, so
    "home visits are not covered" is place_of_service only.
    """
    if not text or not text.strip():
        return []
    return list(_phrase_categories(text))


@per_document  # a claim's reason text is classified by the reader and by its evidence
def _phrase_categories(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for category, _, _ in phrase_matches(text):
        if category not in found:
            found.append(category)
    return tuple(found)


def phrase_hits(text: str | None) -> dict[str, int]:
    """How many separate phrases in ``text`` name each category (nested matches dropped)."""
    if not text or not text.strip():
        return {}
    return dict(_phrase_hits(text))


@per_document
def _phrase_hits(text: str) -> tuple[tuple[str, int], ...]:
    hits: dict[str, int] = {}
    for category, _, _ in phrase_matches(text):
        hits[category] = hits.get(category, 0) + 1
    return tuple(hits.items())


@per_document
def phrase_matches(text: str) -> tuple[tuple[str, int, int], ...]:
    """(category, start, end) of each phrase that names a reason in ``text``, most specific
    rule first. A match inside a more specific rule's match is dropped, and so is one that
    overlaps the words denying its reason ("not a duplicate", "no referral is required").
    A sentence that prints a standard code's meaning (read/reason_descriptions.py) names
    that code's categories first; a rule that reads another specific reason in it still
    counts (two readings, asked). Short forms ("PROV",
    "DOS") are read as the words they stand for. Nothing is read inside a condition told
    beside advice ("If your provider is not in our network, you may owe more.")."""
    text = reason_words_as_read(text)
    # a sentence printing a standard code's meaning names that code's categories first
    out: list[tuple[str, int, int]] = description_spans(text)
    told = [(s, e) for _, s, e in out]
    # the care's date outside the coverage's dates names eligibility, in any words
    out += coverage_date_spans(text)
    described = {c for c, _, _ in out} | DEFERRING
    spans: list[tuple[int, int]] = hedged_conditions(text)
    for rule in knowledge.phrase_rules():
        denied = [(m.start(), m.end()) for rx in rule.negated for m in rx.finditer(text)]
        for rx in rule.patterns:
            for m in rx.finditer(text):
                if any(s <= m.start() and m.end() <= e for s, e in spans):
                    continue
                if rule.category in described and any(
                    s <= m.start() and m.end() <= e for s, e in told
                ):
                    continue
                if any(m.start() < e and s < m.end() for s, e in denied):
                    continue
                spans.append((m.start(), m.end()))
                out.append((rule.category, m.start(), m.end()))
    return tuple(out)


def hinted_categories(text: str | None) -> list[str]:
    """Categories whose hints ("network", "referral", "modifier") ``text`` holds: words that
    speak of a reason without naming it. A hint inside words that deny the reason ("no
    referral is required") does not count."""
    if not text or not text.strip():
        return []
    return list(_hinted(text))


@per_document
def _hinted(text: str) -> tuple[str, ...]:
    text = reason_words_as_read(text)
    found: list[str] = []
    for rule in knowledge.phrase_rules():
        if rule.category in found or not rule.hints:
            continue
        denied = [(m.start(), m.end()) for rx in rule.negated for m in rx.finditer(text)]
        for rx in rule.hints:
            if any(
                not any(s <= m.start() and m.end() <= e for s, e in denied)
                for m in rx.finditer(text)
            ):
                found.append(rule.category)
                break
    return tuple(found)


def _guess(reason_text: str | None, explained: list[str]) -> str | None:
    """The one specific reason the words' hints speak of ("resubmit with the correct
    modifier": coding), for the person to confirm; None when they speak of none or several."""
    hinted = {c for t in (reason_text, *explained) for c in hinted_categories(t)}
    hinted -= {GENERIC, NOT_COVERED, COST_SHARING}
    return next(iter(hinted)) if len(hinted) == 1 else None


def code_categories(carc: Iterable[str], rarc: Iterable[str] = ()) -> tuple[set[str], set[str]]:
    """The categories the adjustment reason codes name, and those the remark codes name."""
    return (
        set(_code_categories(carc, knowledge.carc_codes())),
        set(_code_categories(rarc, knowledge.rarc_codes())),
    )


def bare_code(entry: str) -> str:
    return _GROUP_PREFIX.sub("", entry.strip()).upper().lstrip("0") or "0"


def _code_categories(entries: Iterable[str], table: dict[str, knowledge.CodeInfo]) -> list[str]:
    out: list[str] = []
    for entry in entries:
        info = table.get(bare_code(entry)) if entry else None
        if info:
            out.extend(c for c in info.categories if c not in out)
    return out


@record
class Classification:
    """The categories of one denial, its primary category, and what decided it.

    ``via`` says which source decided the primary category: "codes" (a printed CARC's
    meaning), "remark codes", "code key" (a payer's own code explained on the notice),
    "phrases" (the printed reason), "patient share", "hints" (no rule named a reason, but
    the words speak of one, "the plan did not authorize these services": a guess the
    person must confirm), or "undecided" (nothing named a specific reason; the primary
    category is "other" and must be confirmed).
    ``overruled`` lists categories the reason text named that a printed code outranked.
    """

    categories: list[str] = field(default_factory=list)
    primary: str | None = None
    via: str | None = None
    overruled: list[str] = field(default_factory=list)


def classify(
    reason_text: str | None,
    carc: Iterable[str],
    rarc: Iterable[str],
    *,
    codes_explained: Iterable[str] = (),
    procedure_codes: Iterable[str] = (),
    patient_share_only: bool = False,
) -> tuple[list[str], str | None]:
    """The categories of one denial and its primary category (see ``classification``).

    ``carc`` holds "GROUP-CODE" or bare codes, ``rarc`` bare remark codes, and
    ``codes_explained`` the printed explanations of a payer's own codes ("this provider
    is not in your network"). ``patient_share_only`` says the plan paid and only a
    deductible, coinsurance or copay was left to the patient: that claim is cost_sharing
    first. ``procedure_codes`` are accepted so that callers pass what they know; the
    current rules do not need them. With no reason, codes or explanations at all the
    answer is ``([], None)``.
    """
    c = classification(
        reason_text,
        carc,
        rarc,
        codes_explained=codes_explained,
        procedure_codes=procedure_codes,
        patient_share_only=patient_share_only,
    )
    return c.categories, c.primary


def classification(
    reason_text: str | None,
    carc: Iterable[str],
    rarc: Iterable[str],
    *,
    codes_explained: Iterable[str] = (),
    procedure_codes: Iterable[str] = (),
    patient_share_only: bool = False,
) -> Classification:
    """Categories by the order of rules/phrases.yaml's header.

    1. A printed CARC whose meaning names a specific reason decides: the reason text and
       the payer's own code explanations may not add a different reason (they are kept
       in ``overruled`` for the evidence).
    2. Otherwise (no CARC, or only CARCs that defer to a remark or to the text: non-covered,
       "a remark code says why", deductible/coinsurance/copay), the reason the notice
       spells out decides: the printed reason and own-code explanations, then the remark
       codes' meanings. Such a refinement replaces a generic not_covered/other.
    3. A paid claim with only a patient share is cost_sharing first.
    4. Nothing specific (or only a generic "not covered"): the one reason the words' hints
       speak of, ``via`` "hints" (a guess, never sure), else "other", ``via``
       "undecided" (or the generic "not covered" as read).
    """
    del procedure_codes  # part of the signature for callers; no rule uses it yet
    carc = [c for c in carc if c and c.strip()]
    rarc = [r for r in rarc if r and r.strip()]
    explained = [t for t in codes_explained if t and t.strip()]
    if not ((reason_text and reason_text.strip()) or carc or rarc or explained):
        if patient_share_only:
            return Classification([COST_SHARING], COST_SHARING, "patient share")
        return Classification()
    out = Classification()
    from_carc = _code_categories(carc, knowledge.carc_codes())
    said: list[str] = []
    for text in (reason_text, *explained):
        said += [c for c in phrase_categories(text) if c not in said]
    from_key = {c for t in explained for c in phrase_categories(t)}
    specific_carc = [c for c in from_carc if c not in DEFERRING]
    if specific_carc:
        found = list(from_carc)
        out.overruled = [c for c in said if c not in found and c not in DEFERRING]
        out.via = "codes"
    else:
        found = [c for c in said if c != GENERIC]
        out.via = "phrases" if any(c not in from_key for c in found) else "code key"
        if not [c for c in found if c not in DEFERRING]:
            remark = _code_categories(rarc, knowledge.rarc_codes())
            if [c for c in remark if c not in DEFERRING]:
                out.via = "remark codes"
                found += [c for c in remark if c not in found]
            elif COST_SHARING not in from_carc:  # "N130" alone, or "A1: a remark says why"
                found += [c for c in remark if c not in found]
        if [c for c in found if c not in DEFERRING]:
            # a specific reason replaces a generic "non-covered"; a share stays beside it
            found = [c for c in found if c not in (NOT_COVERED, GENERIC)]
            found += [c for c in from_carc if c == COST_SHARING and c not in found]
        else:
            found += [c for c in from_carc if c not in found]
            out.via = "codes" if from_carc else out.via
    if patient_share_only and COST_SHARING not in found:
        found.append(COST_SHARING)
    priority = {cid: info.priority for cid, info in knowledge.categories().items()}
    cats = sorted((c for c in found if c in priority), key=priority.__getitem__)
    if len(cats) > 1 and GENERIC in cats:
        cats.remove(GENERIC)
    if patient_share_only:
        cats.remove(COST_SHARING)
        cats.insert(0, COST_SHARING)
        out.via = "patient share" if out.via != "codes" else out.via
    if not cats or cats in ([GENERIC], [NOT_COVERED]):
        # no rule names a specific reason; words that speak of one only are a guess
        if guess := _guess(reason_text, [] if from_carc else explained):
            out.categories, out.primary, out.via = [guess, *cats[:1]], guess, "hints"
            out.categories = [c for c in out.categories if c != GENERIC]
            return out
    if not cats or cats == [GENERIC]:
        out.categories, out.primary, out.via = [GENERIC], GENERIC, "undecided"
        return out
    out.categories, out.primary = cats, cats[0]
    return out
