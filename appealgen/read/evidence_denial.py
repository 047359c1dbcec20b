"""Evidence for a claim's denial: its codes (printed with their group, alone, or only in
the notice's key) and its category (named by a code, by phrases, or by amounts, and
doubted when the notice's own words name another reason)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..knowledge import rarc_codes
from ..models import Claim, Denial, Evidence
from . import locate as lc
from .claim_sentences import names_number, reason_names_another
from .classify import (
    DEFERRING,
    classification,
    code_categories,
    hinted_categories,
    phrase_hits,
    reason_words_as_read,
)
from .codes import same_meaning
from .context import ZERO, ParseContext
from .denial_doubts import (
    GENERIC,
    codes_in_words,
    denied_because,
    keys_disagree,
    marks_category,
    names_of,
    other_reason,
    reasons_apart,
    words_beside_codes,
    words_disagree,
)
from .evidence import INFERRED, LABELLED, SHAPED, WEAK, Recorder
from .reason_breach import breaks_a_rule
from .reason_descriptions import description_spans
from .settings import DEFAULT_SETTINGS, ReadSettings


def rarc_support(
    rec: Recorder, ctx: ParseContext, where_lines: list[int], codes: list[str]
) -> tuple[float, str, lc.Spot | None, str | None]:
    """Remark codes: printed, and not a payer's own code that its key explains otherwise."""

    known = rarc_codes()
    spots = [rec.find(lc.code_finder(r), where_lines) or rec.find(lc.code_finder(r)) for r in codes]
    if any(s is None for s in spots):
        return WEAK, "codes", spots[0], "a remark code not found on the page"
    for r in codes:
        printed = ctx.glossary.get(r)
        if printed and r in known and not same_meaning(printed, known[r].description):
            return WEAK, "codes", spots[0], f"the notice's own key explains {r} as something else"
    return 0.9, "codes", spots[0], None


def carc_support(
    rec: Recorder, ctx: ParseContext, where_lines: list[int], group: str | None, code: str
) -> tuple[float, lc.Spot | None, str | None]:
    """How sure a CARC is: printed with its group, printed alone (group inferred), or keyed."""
    spot = rec.find(lc.carc_finder(group, code), where_lines) or rec.find(
        lc.carc_finder(group, code)
    )
    if spot is not None:
        return 0.9, spot, None
    for key, text in ctx.glossary.items():
        if re.search(rf"(?<![\w.$-]){re.escape(code)}\s*\(?{group or ''}", f"{key} {text}"):
            return SHAPED, None, None
    spot = rec.find(lc.carc_finder(None, code), where_lines)
    if spot is not None:
        # the code is printed; its group follows the X12 convention (PR for 1-3, else CO)
        return 0.8, spot, "group code (CO, PR, OA…) not printed; inferred"
    return WEAK, None, "the code was not found on the page"


def denial_evidence(
    rec: Recorder, ctx: ParseContext, span: list[int], base: str, claim: Claim
) -> None:
    d = claim.denial
    assert d is not None
    if d.reason_text:
        head = " ".join(d.reason_text.split()[:4])
        where = rec.find(lc.text_finder(head), span) or rec.find(lc.text_finder(head))
        rec.put(f"{base}.reason_text", SHAPED, "prose", where, located=where is not None)
    if d.carc:
        conf, spot, reason = 1.0, None, None
        for entry in d.carc:
            group, _, code = entry.partition("-")
            c, s, r = carc_support(rec, ctx, span, group, code)
            spot = spot or s
            if c < conf:
                conf, reason = c, r
        rec.put(f"{base}.carc", conf, "codes", spot, reason, located=spot is not None or conf < 0.9)
    if d.rarc:
        rec.put(f"{base}.rarc", *rarc_support(rec, ctx, span, d.rarc))
    # the notice's key explains the codes printed with this claim, not those of others
    own = [k for k in span if k not in ctx.glossary_lines]
    explained = [t for k, t in ctx.glossary.items() if rec.find(lc.code_finder(k), own)]
    # key entries whose words reached this claim's reason with no code of theirs beside it
    untied = [t for t in ctx.glossary.values() if t not in explained and t in (d.reason_text or "")]
    key_lines = sorted(ctx.glossary_lines)
    spots = {t: rec.find(lc.text_finder(" ".join(t.split()[:4])), key_lines) for t in explained}
    t = ctx.traces.get(id(claim))
    cues = {
        "headed": bool(t and t.reason_headed),
        "unsaid": bool(t and t.reason_unsaid),
        "apart": bool(t and t.reason_apart),
    }
    category_evidence(rec, base, claim, explained, located=True, untied=untied, spots=spots, **cues)


def _doubt(d: Denial, primary: str, explained: list[str], untied: Sequence[str]) -> str | None:
    """Why a category read with some sureness is not sure after all, or None: the first of
    the notice's words that speak of another reason, codes and words that disagree, the
    key's explanations that disagree, or a category resting on key words no code ties to
    the claim."""
    carc_cats, rarc_cats = code_categories(d.carc, d.rarc)
    if primary in GENERIC and not (carc_cats | rarc_cats) - DEFERRING:
        # "… are not covered" is all a rule read, but the words speak of a reason no rule
        # knows ("providers without a network agreement"): the generic category may hide it
        # beside a printed code, only the claim's own words (the key explains every code)
        words = (d.reason_text,) if carc_cats else (d.reason_text, *explained)
        hinted = {c for t in words for c in hinted_categories(t)}
        if said := names_of(sorted(hinted - {primary, "cost_sharing"})):
            return f"the notice's words may give a more specific reason: {said}"
        if carc_cats and words_beside_codes(d, explained):
            # "CO-96" leaves the reason to the words, and no rule reads the words given
            return "the code leaves the reason to the notice's words, which no rule reads"
    if primary in carc_cats:
        if said := words_disagree(primary, d.reason_text, carc_cats):
            # "CO-197" and "we deny it as not medically necessary": two readings, ask
            return f"the codes and the notice's words name different reasons: {said}"
        return None
    if other := other_reason(primary, [d.reason_text or "", *explained]):
        return f"the notice's own words give another reason: {other}"
    if split := keys_disagree(explained):
        return f"the claim's codes name different reasons: {split}"
    if (remarks := rarc_cats - DEFERRING) and primary not in rarc_cats:
        # "CO-96 N95" (provider type) and words that name another reason: two readings
        return f"the remark codes name another reason: {names_of(sorted(remarks))}"
    if untied:
        rest = d.reason_text or ""
        for t in untied:
            rest = rest.replace(t, " ")
        if not phrase_hits(rest).get(primary) and not any(
            phrase_hits(e).get(primary) for e in explained
        ):
            return (
                "read from the notice's code key, but none of its codes is printed with the claim"
            )
    return None


def category_evidence(
    rec: Recorder,
    base: str,
    claim: Claim,
    explained: list[str],
    *,
    located: bool,
    untied: Sequence[str] = (),
    spots: Mapping[str, lc.Spot | None] | None = None,
    headed: bool = False,
    unsaid: bool = False,
    apart: bool = False,
) -> None:
    """How sure the primary category is: named by a code, several phrases, or one phrase;
    named by codes alone only when a code was read surely. ``explained`` holds the code key's words for codes printed with the claim; ``untied``
    the key's words that reached its reason with no code of theirs printed beside it: a
    category that rests on those alone is not sure. ``spots`` says where each entry of
    ``explained`` is printed, so a category read from the key points at its entry.
    ``headed`` says the reason was printed under its own heading ("Why did we make this
    decision?"): one reason named there is the notice's own, as in "we denied it because".
    ``unsaid`` says the reason was read from sentences that do not say the claim was
    denied: a category only they name is a question for the person; so is one read
    ``apart`` from a denial sentence that names no reason.
    """
    d = claim.denial
    if d is None or not d.primary_category:
        return
    primary = d.primary_category
    carc_cats, rarc_cats = code_categories(d.carc, d.rarc)
    hits = phrase_hits(d.reason_text)
    total_share = claim.totals.patient_responsibility or ZERO
    if primary in carc_cats:
        conf, reader, reason = LABELLED, "codes", None
    elif carc_cats - DEFERRING and primary not in carc_cats and primary != "cost_sharing":
        conf, reader, reason = WEAK, "phrases", "the codes name another reason"
    elif primary == "cost_sharing" and total_share > ZERO:
        conf, reader, reason = 0.88, "amounts", None
    elif primary == "other":
        conf, reader, reason = 0.4, "phrases", "no code or phrase names a specific reason"
    elif primary in _described(d.reason_text) and set(hits) <= {primary, *DEFERRING}:
        conf, reader, reason = SHAPED, "codes", None  # a standard code's meaning, in words
    elif hits.get(primary, 0) >= 2 or (primary in rarc_cats and hits.get(primary)):
        conf, reader, reason = SHAPED, "phrases", None
    elif primary in rarc_cats:
        conf, reader, reason = 0.82, "codes", None
    elif any(phrase_hits(e).get(primary) for e in explained):
        conf, reader, reason = SHAPED, "code_key", None
    elif primary in codes_in_words(d.reason_text):
        conf, reader, reason = SHAPED, "codes", None  # "… not covered. Reason code: CO-96."
    else:
        conf, reader, reason = _weigh_words(
            d, primary, explained, hits, (carc_cats, rarc_cats), headed=headed
        )
    if conf > WEAK and reader == "codes" and not hits.get(primary) and _codes_unsure(rec, base):
        conf, reason = WEAK, "named only by denial codes that were not read surely"
    elif conf > WEAK and (doubt := _doubt(d, primary, explained, untied)):
        conf, reason = WEAK, doubt
    elif conf > WEAK and (several := reasons_apart(primary, d, claim.service_lines)):
        conf, reason = WEAK, f"the claim's codes give several reasons: {several}"
    if conf > WEAK and primary not in carc_cats | rarc_cats and _told_apart(unsaid, apart):
        conf, reason = WEAK, _told_apart(unsaid, apart)
    text = d.reason_text[:120] if d.reason_text else None
    where = None
    if reader == "code_key" and spots:
        where = next((spots.get(e) for e in explained if phrase_hits(e).get(primary)), None)
    for path in (f"{base}.primary_category", f"{base}.categories"):
        rec.put(path, conf, reader, where, reason, text=text, located=False)


def _weigh_words(
    d: Denial,
    primary: str,
    explained: list[str],
    hits: Mapping[str, int],
    code_cats: tuple[set[str], set[str]],
    *,
    headed: bool,
) -> tuple[float, str, str | None]:
    """How sure a category the notice's words give is, when no code, code key or standard
    code's meaning names it (``category_evidence``'s last steps): ``hits`` are the reason's
    phrase hits, ``code_cats`` the categories of its CARCs and RARCs."""
    carc_cats, rarc_cats = code_cats
    if (
        hits.get(primary)
        and set(hits) <= {primary, *GENERIC}
        and (headed or denied_because(d.reason_text))
    ):  # "we denied it because …": one reason, perhaps also called "not covered"
        return 0.82, "phrases", None
    elif (
        hits.get(primary)
        and carc_cats
        and carc_cats <= DEFERRING
        and set(hits) <= {primary, *GENERIC}
    ):  # "CO-96" (non-covered, the words say why) and the words name one reason: they agree
        return 0.82, "codes", None
    elif (
        not hits.get(primary)
        and not carc_cats | rarc_cats
        and (headed or denied_because(d.reason_text))
        and (marks_category(d.reason_text, primary) or breaks_a_rule(d.reason_text, primary))
    ):  # the notice's own reason, whose words speak of one reason only and deny its concept
        # or tell a fact that breaks the rule they state
        return 0.82, "phrases", None
    elif not hits.get(primary) and primary not in rarc_cats and not explained:
        # no rule named it: the words only speak of it ("did not authorize these services")
        why = "no code or phrase names the reason; guessed from words that speak of it"
        return INFERRED, "phrases", why
    return 0.6, "phrases", "no code printed; category from one phrase"


def _codes_unsure(rec: Recorder, base: str) -> bool:
    """The claim's CARC and RARC were read (``rec`` holds their evidence) and none surely:
    OCR read them weakly, or the page does not print them as read."""
    held = [rec.out[p] for p in (f"{base}.carc", f"{base}.rarc") if p in rec.out]
    return bool(held) and not any(e.sure for e in held)


def _described(text: str | None) -> set[str]:
    """The categories of the standard codes whose meaning the reason prints in words."""
    return {c for c, _, _ in description_spans(reason_words_as_read(text))} if text else set()


def _told_apart(unsaid: bool, apart: bool) -> str | None:
    """Why a category read from sentences that do not say the claim was denied is asked."""
    if unsaid:
        return "read from the claim's sentences, none of which says it was denied"
    if apart:
        return "read from a sentence apart from the one that says the claim was denied"
    return None


@dataclass(frozen=True)
class CategorySureness:
    """A denial's categories read from its printed words and codes, and the evidence the
    reader records for its primary category (None when nothing names a category)."""

    categories: list[str]
    primary: str | None
    evidence: Evidence | None

    @property
    def sure(self) -> bool:
        return self.evidence is not None and self.evidence.sure


def category_sureness(
    reason_text: str | None,
    carc: Sequence[str] = (),
    rarc: Sequence[str] = (),
    *,
    explained: Sequence[str] = (),
    key_seen: Sequence[str] = (),
    untied: Sequence[str] = (),
    headed: bool = False,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> CategorySureness:
    """Classify a denial printed as ``reason_text`` with ``carc`` and ``rarc`` and weigh its
    primary category as ``category_evidence`` does, on no page (nothing to locate).

    ``explained`` holds the notice's key words for the claim's codes (the classification
    and the evidence read them); ``key_seen`` key words the evidence finds beside the claim
    that the classification did not read; ``untied`` and ``headed`` as for
    ``category_evidence``.
    """
    c = classification(reason_text, list(carc), list(rarc), codes_explained=explained)
    denial = Denial(reason_text, list(carc), list(rarc), c.categories, c.primary)
    rec = Recorder([], settings, ocr=False)
    claim = Claim(denied=True, denial=denial)
    key = [*explained, *(k for k in key_seen if k not in explained)]
    category_evidence(
        rec, "claims.0.denial", claim, key, located=False, untied=untied, headed=headed
    )
    return CategorySureness(
        c.categories, c.primary, rec.out.get("claims.0.denial.primary_category")
    )


def reason_told_with_another(rec: Recorder, base: str, claim: Claim, claims: list[Claim]) -> None:
    """A claim that prints no reason of its own (its category read from its amounts) whose
    number another claim's reason names ("Claims S4643-5907 and S8592-4441, for 99402 and
    99404, were denied: the first because ..."): its reason is told there, beside another
    claim's, so the category its amounts suggest is a guess."""
    d, number = claim.denial, claim.claim_number
    if d is None or d.reason_text or d.carc or d.rarc or not number:
        return
    if any(
        o is not claim and o.denial and names_number(o.denial.reason_text or "", number)
        for o in claims
    ):
        for path in (f"{base}.primary_category", f"{base}.categories"):
            rec.cap(path, "another claim's reason names this claim: its own reason is told there")


def reasons_beside_another(rec: Recorder, base: str, claim: Claim, claims: list[Claim]) -> None:
    """A claim's reason told beside another claim's: another claim's reason names it
    (``reason_told_with_another``), or its own reason names another claim of the notice
    ("The reason claim E67-15093244 was not paid: ..." told under the next claim), which
    may be that claim's reason, not this one's."""
    reason_told_with_another(rec, base, claim, claims)
    if other := reason_names_another(claim, claims):
        rec.cap(f"{base}.", f"its reason names claim {other}: maybe that claim's reason")
