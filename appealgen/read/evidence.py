"""Evidence for every value of a parse document: where it was printed, who read it, how sure.

Confidence is built from what supports a value, never from how often it was right on
the samples: a value printed under its own label or column and of the right shape is
sure; one found by a loose fallback, contradicted by another reading, read by OCR with
low word confidence, or failing a cross-check (billed = paid + adjustments + patient
share; a claim number that is a date or a diagnosis code; a person who is a column
heading or the insurer) is not, and says why. Values the reader looked for and did not
find are listed in ``not_printed``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..models import Evidence, ParseResult
from ..patterns import compiled
from . import locate as lc
from . import normalize as nz
from .claim_sentences import sentence_claim_numbers
from .label_words import object_of_another
from .settings import DEFAULT_SETTINGS, ReadSettings
from .sure_agree import agrees
from .value_shapes import clean_id

# Confidence of a value by what supports it (0..1); sure at settings.sure_threshold.
LABELLED = 0.92  # printed beside its own label, or under its own column heading
SHAPED = 0.85  # a code, date or number whose shape is checked, found by position
INFERRED = 0.7  # a loose fallback: a sentence, a greeting, an unlabelled line
WEAK = 0.55  # conflicting or barely supported
WRONG_SHAPE = 0.3  # the value fails a check of what it can be
FROM_SEGMENT = 0.97  # an 835 segment element
NOT_FOUND_CAP = 0.65  # a value whose words cannot be found on the page

HEADER_PATHS = (
    "payer.name",
    "payer.state",
    "payer.phone",
    "plan.name",
    "plan.type",
    "plan.funding",
    "plan.group_number",
    "member.name",
    "member.id",
    "member.state",
    "notice_date",
)
CLAIM_PATHS = (
    "claim_number",
    "patient_name",
    "provider.name",
    "provider.npi",
    "provider.network",
    "diagnosis_codes",
    "totals.billed",
    "totals.allowed",
    "totals.paid",
    "totals.patient_responsibility",
    "denied",
)
DENIAL_PATHS = ("reason_text", "carc", "rarc", "categories", "primary_category")
LINE_PATHS = (
    "date_of_service",
    "procedure_code",
    "modifiers",
    "units",
    "diagnosis_codes",
    "billed",
    "allowed",
    "paid",
    "patient_responsibility",
    "adjustments",
    "remark_codes",
)


# names: no shape check confirms them, so a poorly read page leaves them unsure
NAME_PATHS = ("member.name", "patient_name", "provider.name")
# identifiers: one misplaced space is a different ID, and OCR places spaces by ink gaps
ID_PATHS = ("member.id", "plan.group_number", "claim_number")


def poor_pages(lines: list[Any], settings: ReadSettings) -> frozenset[int]:
    """Pages where more than ``settings.ocr_poor_page_share`` of the words OCR read have a
    word confidence below ``settings.ocr_low_word_confidence`` (a blurred photo)."""
    seen: dict[int, list[int]] = {}
    for ln in lines:
        for w in ln.words:
            if getattr(w, "conf", None) is not None:
                low, total = seen.setdefault(ln.page, [0, 0])
                seen[ln.page] = [low + (w.conf < settings.ocr_low_word_confidence), total + 1]
    return frozenset(
        p
        for p, (low, total) in seen.items()
        if total and low / total > settings.ocr_poor_page_share
    )


class Recorder:
    """Collects one Evidence per field path, applying the OCR and threshold rules once."""

    def __init__(self, lines: list[Any], settings: ReadSettings, *, ocr: bool) -> None:
        self.lines = lines
        self.settings = settings
        self.ocr = ocr
        self.out: dict[str, Evidence] = {}
        self.poor_pages = poor_pages(lines, settings) if ocr else frozenset()

    def put(
        self,
        path: str,
        confidence: float,
        reader: str,
        where: lc.Spot | None = None,
        reason: str | None = None,
        *,
        text: str | None = None,
        located: bool = True,
    ) -> None:
        s = self.settings
        # a reason given with a value sure by what supports it says nothing when a check
        # below makes it unsure: that check's reason is the one recorded
        if confidence >= s.sure_threshold:
            reason = None
        if where is None and located and self.lines:
            confidence = min(confidence, NOT_FOUND_CAP)
            reason = reason or "its words were not found on the page"
        if where is not None and where.word_conf is not None:
            # a second printing read well that spells the same words agrees with this one
            if where.word_conf < s.ocr_low_word_confidence and not agrees(
                path, self.lines, where, s
            ):
                confidence = min(confidence, s.sure_threshold - 0.15)
                reason = (
                    reason
                    or f"OCR read these words with low confidence ({where.word_conf:.0f}/100)"
                )
        if self.ocr:
            confidence = min(confidence, s.ocr_ceiling)
        if self.ocr and where is not None and path.endswith(ID_PATHS) and " " in where.text.strip():
            confidence = min(confidence, s.sure_threshold - 0.15)
            reason = (
                reason or "OCR read this identifier in pieces; a space in it may not be printed"
            )
        if where is not None and where.page in self.poor_pages and path.endswith(NAME_PATHS):
            confidence = min(confidence, s.sure_threshold - 0.15)
            reason = reason or (
                "OCR read most words of this page poorly; a name has no shape to check it by "
                "(letters and accents may be lost)"
            )
        sure = confidence >= s.sure_threshold
        self.out[path] = Evidence(
            confidence=round(max(0.0, min(1.0, confidence)), 2),
            sure=sure,
            source="notice",
            reader=reader,
            page=where.page if where else None,
            bbox=where.bbox if where else None,
            text=where.text if where else text,
            reason=None if sure else (reason or "little supports this reading"),
        )

    def find(
        self,
        finder: lc.Finder,
        where: Iterable[int] | None = None,
        *,
        x_range: tuple[float, float] | None = None,
    ) -> lc.Spot | None:
        rng = range(len(self.lines)) if where is None else where
        return lc.find(self.lines, finder, rng, x_range=x_range)

    def cap(self, prefix: str, reason: str, keep: tuple[str, ...] = ()) -> None:
        """Every value under ``prefix`` (but those in ``keep``) becomes unsure: what they
        belong to is in doubt."""
        for path, ev in list(self.out.items()):
            if path.startswith(prefix) and ev.sure and path not in keep:
                self.out[path] = replace(
                    ev, confidence=min(ev.confidence, WEAK), sure=False, reason=reason
                )

    def copy(self, path: str, source: str) -> None:
        """A value that stands or falls with another (modifiers with their procedure code)."""
        if source in self.out:
            self.out[path] = self.out[source]


# "Claim number: E59-637", "Claim ID# 123", "Claim identifier: …": a value with a digit
_CLAIM_ID = compiled(
    r"\bclaim\s*(?:number|no\.?|#|id|identifier|ref\w*)?\s*[:#]\s*([A-Z0-9][\w-]*\d[\w-]*)",
    re.I,
)


# an amount after a label that ends in "claim" ("Your responsibility for this claim: 30.00")
_AMOUNT = compiled(r"\d{1,3}(?:,?\d{3})*\.\d\d")


def claim_ids(lines: list[Any], span: Iterable[int]) -> set[str]:
    """The different claim numbers printed beside a claim label in these lines, each
    whole ("Claim: 26 1404 1182 62", printed in groups of digits); an amount is none."""
    ids: set[str] = set()
    for k in span:
        text = lines[k].text
        for m in _CLAIM_ID.finditer(text):
            value = (clean_id(text[m.start(1) :]) or m.group(1)).upper()
            if not _AMOUNT.fullmatch(value):
                ids.add(value)
    return ids


# "(claim 26 1404 1182 62)", "Claim KR9668303098 was filed", "The claim number is
# 2026180-709386": a claim a sentence numbers
_TOLD_CLAIM = compiled(
    r"\bclaims?\s+(?:number\s+|no\.?\s+|#\s*|id\s+)?(?:is\s+|was\s+)?"
    r"(?=[A-Z0-9-]*\d)([A-Z0-9][\w-]*)",
    re.I,
)


def told_claim_ids(lines: list[Any], span: Iterable[int]) -> set[str]:
    """The different claim numbers these lines print beside a claim label or after the
    word "claim" in a sentence, a sentence read across the lines it wraps over: four
    digits or more each, read whole, no date."""
    rows = list(span)
    ids = claim_ids(lines, rows)
    for k in rows:
        text = lines[k].text
        after = k + 1 in rows and lines[k + 1].page == lines[k].page
        # a sentence wrapped onto the next line ("The claim" / "number is 2026180-709386.")
        flat = f"{text} {lines[k + 1].text}" if after else text
        for m in _TOLD_CLAIM.finditer(flat):
            whole = clean_id(flat[m.start(1) :])
            if (
                m.start() < len(text)
                and whole
                and sum(ch.isdigit() for ch in whole) >= 4
                and not nz.find_dates(flat[m.start(1) : m.start(1) + 20])
                # "Our reference for this claim is 20247571751": another number's
                and not object_of_another(flat[: m.start()], flat[m.start() : m.start(1)])
            ):
                ids.add(whole.upper())
    # "the claim for that care is number S5867891445", "A claim (QR1504634859) was sent"
    flat = "\n".join(lines[k].text for k in rows if 0 <= k < len(lines))
    squeezed = {i.replace(" ", "") for i in ids}  # "3572 272244 52" holds "272244"
    ids |= {n for n in sentence_claim_numbers(flat) if not any(n in i for i in squeezed)}
    return ids


def value_at(result: ParseResult, path: str) -> Any:
    obj: Any = result
    for part in path.split("."):
        if obj is None:
            return None
        if isinstance(obj, list):
            obj = obj[int(part)] if int(part) < len(obj) else None
        else:
            obj = getattr(obj, part, None)
    return obj


def value_paths(result: ParseResult) -> list[str]:
    """Every field path of the document that the evidence covers, in document order."""
    paths = list(HEADER_PATHS)
    for n, claim in enumerate(result.claims):
        paths += [f"claims.{n}.{p}" for p in CLAIM_PATHS]
        if claim.denial is not None:
            paths += [f"claims.{n}.denial.{p}" for p in DENIAL_PATHS]
        for m in range(len(claim.service_lines)):
            paths += [f"claims.{n}.service_lines.{m}.{p}" for p in LINE_PATHS]
    return paths


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == "unknown"


def finish(result: ParseResult, evidence: dict[str, Evidence]) -> None:
    """Evidence for what was read, ``not_printed`` for what was looked for and not found."""
    result.evidence = {}
    result.not_printed = []
    for path in value_paths(result):
        value = value_at(result, path)
        if _empty(value):
            result.not_printed.append(path)
        elif path in evidence:
            result.evidence[path] = evidence[path]


def attach_segments(result: ParseResult) -> None:
    """An 835: every value comes from a segment element, so it is sure (no page, no box)."""
    from .evidence_denial import category_evidence

    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    for path in value_paths(result):
        if path.endswith(("primary_category", "categories")):
            continue
        if not _empty(value_at(result, path)):
            rec.put(path, FROM_SEGMENT, "x12", located=False, text=None)
    for n, claim in enumerate(result.claims):
        if claim.denial is not None:
            category_evidence(rec, f"claims.{n}.denial", claim, [], located=False)
    finish(result, rec.out)


def attach(ctx: Any, result: ParseResult, settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """Fill ``result.evidence`` and ``result.not_printed`` for a document read from pages."""
    from .evidence_claims import claim_evidence
    from .evidence_header import header_evidence
    from .evidence_labels import label_word_evidence

    rec = Recorder(ctx.lines, settings, ocr=result.source.ocr_used)
    header_evidence(rec, ctx, result)
    for n, claim in enumerate(result.claims):
        claim_evidence(rec, ctx, result, n, claim)
    label_word_evidence(rec, ctx, result)
    cross_check(rec, result)
    finish(result, rec.out)


def cross_check(rec: Recorder, result: ParseResult) -> None:
    """Checks across fields: one printing read as two fields of the same kind, and two
    claims numbered alike."""
    from .evidence_checks import one_printing_two_fields

    for path, why in one_printing_two_fields(rec.out).items():
        rec.cap(path, why)
    for path, why in labels_in_a_row(rec).items():
        rec.cap(path, why)
    twin_claims(rec, result)


def twin_claims(rec: Recorder, result: ParseResult) -> None:
    """Two claims numbered alike: each one's values unsure but whether it was denied."""
    from .evidence_checks import twin_numbers

    for n, other in twin_numbers([c.claim_number for c in result.claims]).items():
        why = (
            f"claim {other} has nearly the same number: one printing read twice, or a "
            "totals row taken for a claim"
        )
        rec.cap(f"claims.{n}.", why, keep=(f"claims.{n}.denied",))


def _line_of(lines: list[Any], ev: Evidence) -> int | None:
    """The line whose words ``ev``'s box covers."""
    if ev.page is None or not ev.bbox:
        return None
    top, bottom = ev.bbox[1], ev.bbox[3]
    for k, ln in enumerate(lines):
        if ln.page == ev.page and ln.top <= top + 0.5 and ln.bottom >= bottom - 0.5:
            return k
    return None


def labels_in_a_row(rec: Recorder) -> dict[str, str]:
    """Values read beside their label that are the next label of a row of labels printed
    over their values (read/sure_stack.py): path -> why."""
    from .sure_stack import label_row_value

    out: dict[str, str] = {}
    for path, ev in rec.out.items():
        if not ev.sure or ev.reader not in ("labels", "label_words") or not ev.bbox:
            continue
        if why := label_row_value(rec.lines, _line_of(rec.lines, ev), ev.bbox[0], rec.settings):
            out[path] = why
    return out
