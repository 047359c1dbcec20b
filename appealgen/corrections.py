"""Corrections: set a value of the parse document by its contract path, checked, and recorded.

A person corrects what the reader got wrong with ``PATH=VALUE`` (``member.id=XJH4471209``,
``claims.0.denial.primary_category=provider_type``): from ``--set``, an edited
``case.json`` or the web page's review form. Each value is checked against the
contract's vocabularies (categories, funding kinds, dates, money, ...) and lands with
evidence ``source="person"``, ``sure=True``. The profile's plan facts land the same
way with ``source="profile"``. Every stage may use this module; it imports none of them.

Which facts a letter may state is decided here too (``is_sure``): a value is sure when
its evidence says so, or when the profile or the person gave it. A value with no
evidence entry is not sure.
"""

from __future__ import annotations

import copy
import difflib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import InputError
from .models import (
    CATEGORIES,
    FUNDING_KINDS,
    SOURCE_KINDS,
    STAGES,
    Denial,
    Evidence,
    ParseResult,
    to_dict,
)

# Who may say a value is right: the notice (through the reader), the profile, the person.
SOURCES = ("notice", "profile", "person")
NETWORK_VALUES = ("in", "out")
BOOL_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
MAX_VALUE_CHARS = 300

# Every path a correction may set, with the kind of value it takes. ``#`` is a list position.
FIELDS: dict[str, str] = {
    "payer.name": "text",
    "payer.state": "state",
    "payer.phone": "text",
    "plan.name": "text",
    "plan.type": "text",
    "plan.funding": "funding",
    "plan.group_number": "text",
    "member.name": "text",
    "member.id": "text",
    "member.state": "state",
    "notice_date": "date",
    "source.kind": "source_kind",
    "claims.#.claim_number": "text",
    "claims.#.patient_name": "text",
    "claims.#.provider.name": "text",
    "claims.#.provider.npi": "npi",
    "claims.#.provider.network": "network",
    "claims.#.diagnosis_codes": "codes",
    "claims.#.denied": "bool",
    "claims.#.totals.billed": "money",
    "claims.#.totals.allowed": "money",
    "claims.#.totals.paid": "money",
    "claims.#.totals.patient_responsibility": "money",
    "claims.#.denial.reason_text": "text",
    "claims.#.denial.primary_category": "category",
    "claims.#.denial.categories": "categories",
    "claims.#.denial.carc": "carcs",
    "claims.#.denial.rarc": "codes",
    "claims.#.service_lines.#.date_of_service": "date",
    "claims.#.service_lines.#.procedure_code": "code",
    "claims.#.service_lines.#.modifiers": "codes",
    "claims.#.service_lines.#.units": "int",
    "claims.#.service_lines.#.diagnosis_codes": "codes",
    "claims.#.service_lines.#.billed": "money",
    "claims.#.service_lines.#.allowed": "money",
    "claims.#.service_lines.#.paid": "money",
    "claims.#.service_lines.#.patient_responsibility": "money",
}
# Facts of the case that are not in the parse document: they reach the decision as
# the profile's ``grandfathered`` and ``stage``.
CASE_FACTS: dict[str, str] = {"plan.grandfathered": "bool", "stage": "stage"}

# The facts the letters state: what the review form shows and the benchmark counts.
LETTER_FACTS: tuple[str, ...] = (
    "member.name",
    "member.id",
    "plan.name",
    "plan.funding",
    "notice_date",
    "claims.#.claim_number",
    "claims.#.patient_name",
    "claims.#.denied",
    "claims.#.denial.primary_category",
    "claims.#.denial.reason_text",
    "claims.#.service_lines.#.date_of_service",
    "claims.#.service_lines.#.procedure_code",
    "claims.#.totals.billed",
    "claims.#.totals.paid",
    "claims.#.totals.patient_responsibility",
)
# Plain words for a fact, as the letters' placeholders and the review form name it.
LABELS: dict[str, str] = {
    "member.name": "your name",
    "member.id": "your member ID",
    "member.state": "your state",
    "plan.name": "your plan's name",
    "plan.type": "your plan's type",
    "plan.funding": "how your plan is funded",
    "plan.group_number": "your group number",
    "payer.name": "your insurance company's name",
    "notice_date": "the date of the notice",
    "claims.#.claim_number": "the claim number",
    "claims.#.patient_name": "the patient's name",
    "claims.#.denied": "whether the claim was denied",
    "claims.#.denial.primary_category": "the reason for the denial",
    "claims.#.denial.categories": "the reasons for the denial",
    "claims.#.denial.reason_text": "the reason printed on your notice",
    "claims.#.service_lines.#.date_of_service": "the date of the visit",
    "claims.#.service_lines.#.procedure_code": "the code billed",
    "claims.#.service_lines.#.diagnosis_codes": "the diagnosis codes",
    "claims.#.diagnosis_codes": "the diagnosis codes",
    "claims.#.totals.billed": "the amount billed",
    "claims.#.totals.paid": "the amount the plan paid",
    "claims.#.totals.patient_responsibility": "the amount billed to you",
}

_INDEX = re.compile(r"\.\d+(?=\.|$)")
_NPI = re.compile(r"\d{10}")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,9}")
_CARC = re.compile(r"(CO|CR|OA|PI|PR)-[A-Z0-9]{1,3}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONEY = re.compile(r"-?\$?\s*\d{1,3}(?:,?\d{3})*(?:\.\d{1,2})?")


@dataclass(frozen=True)
class Correction:
    """One checked ``PATH=VALUE``: the path, the value as the document holds it, the text."""

    path: str
    value: Any
    text: str


def pattern_of(path: str) -> str:
    """``claims.0.service_lines.1.billed`` -> ``claims.#.service_lines.#.billed``."""
    return _INDEX.sub(".#", path)


def label_of(path: str) -> str:
    """The plain words for a path (``member.id`` -> "your member ID")."""
    pattern = pattern_of(path)
    return LABELS.get(pattern) or pattern.rsplit(".", 1)[-1].replace("_", " ")


def _valid_paths_hint(path: str) -> str:
    every = [*FIELDS, *CASE_FACTS]
    close = difflib.get_close_matches(pattern_of(path), every, n=1, cutoff=0.6)
    hint = f" — did you mean {close[0].replace('#', '0')!r}?" if close else ""
    return f"{hint} (valid: {', '.join(p.replace('#', 'N') for p in every)})"


def parse_assignment(text: str) -> tuple[str, str]:
    """``"member.id=XJH4471209"`` -> ``("member.id", "XJH4471209")``; InputError when no ``=``."""
    path, sep, value = text.partition("=")
    path = path.strip()
    if not sep or not path:
        raise InputError(f"--set {text!r}: write it as PATH=VALUE, e.g. member.id=XJH4471209")
    return path, value.strip()


# --------------------------------------------------------------------------
# Values


def _fail(path: str, raw: str, what: str) -> InputError:
    return InputError(f"{path}={raw!r}: {what}")


def _list(raw: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,;\s]+", raw) if p.strip()]


def _choice(path: str, raw: str, choices: tuple[str, ...] | frozenset[str], what: str) -> str:
    value = raw.strip().lower().replace(" ", "_").replace("-", "_")
    if value in choices:
        return value
    close = difflib.get_close_matches(value, list(choices), n=1)
    hint = f" — did you mean {close[0]!r}?" if close else ""
    raise _fail(path, raw, f"not a {what}{hint} (valid: {', '.join(choices)})")


def convert(path: str, raw: str) -> Any:
    """The value ``raw`` means at ``path``, as the document holds it; InputError naming the
    valid values when it is outside the path's vocabulary. An empty text means "unknown"."""
    pattern = pattern_of(path)
    kind = FIELDS.get(pattern) or CASE_FACTS.get(pattern)
    if kind is None:
        raise InputError(f"unknown path {path!r}{_valid_paths_hint(path)}")
    raw = raw.strip()
    if len(raw) > MAX_VALUE_CHARS:
        raise _fail(path, raw[:40] + "…", f"too long (at most {MAX_VALUE_CHARS} characters)")
    if kind in ("codes", "categories", "carcs"):
        items = _list(raw)
        if kind == "categories":
            return [_choice(path, i, CATEGORIES, "denial category") for i in items]
        items = [i.upper() for i in items]
        rx = _CARC if kind == "carcs" else _CODE
        bad = [i for i in items if not rx.fullmatch(i)]
        if bad:
            want = "GROUP-CODE codes such as CO-242, PR-1" if kind == "carcs" else "codes"
            raise _fail(path, raw, f"{bad[0]!r} is not one of the {want}")
        return items
    if kind == "bool":
        if raw.lower() not in BOOL_WORDS:
            raise _fail(path, raw, "write true or false")
        return BOOL_WORDS[raw.lower()]
    if kind == "stage":
        return _choice(path, raw, STAGES, "stage")
    if not raw:
        return "unknown" if kind == "funding" else None
    if kind == "text":
        return " ".join(raw.split())
    if kind == "funding":
        return _choice(path, raw, FUNDING_KINDS, "plan funding")
    if kind == "category":
        return _choice(path, raw, CATEGORIES, "denial category")
    if kind == "source_kind":
        return _choice(path, raw, SOURCE_KINDS, "notice kind")
    if kind == "network":
        return _choice(path, raw, NETWORK_VALUES, "network value")
    if kind == "state":
        state = raw.upper()
        if state not in US_STATES:
            raise _fail(path, raw, "not a two-letter US state code (e.g. MA, NY, DC)")
        return state
    if kind == "date":
        if not _ISO_DATE.fullmatch(raw):
            raise _fail(path, raw, "write the date as YYYY-MM-DD")
        try:
            return date.fromisoformat(raw)
        except ValueError as e:
            raise _fail(path, raw, "not a date on the calendar (YYYY-MM-DD)") from e
    if kind == "money":
        if not _MONEY.fullmatch(raw):
            raise _fail(path, raw, "write the amount as a number such as 250.00")
        try:
            return Decimal(raw.replace("$", "").replace(",", "").replace(" ", "")).quantize(
                Decimal("0.01")
            )
        except InvalidOperation as e:
            raise _fail(path, raw, "write the amount as a number such as 250.00") from e
    if kind == "int":
        if not raw.isdigit():
            raise _fail(path, raw, "write a whole number")
        return int(raw)
    if kind == "npi":
        if not _NPI.fullmatch(raw):
            raise _fail(path, raw, "an NPI is 10 digits")
        return raw
    if kind == "code":
        code = raw.upper()
        if not _CODE.fullmatch(code):
            raise _fail(path, raw, "not a procedure code (e.g. S9443, 99403)")
        return code
    raise InputError(f"unknown path {path!r}{_valid_paths_hint(path)}")  # pragma: no cover


# --------------------------------------------------------------------------
# Reading and writing a path of the document


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def get_value(result: ParseResult, path: str) -> Any:
    """The value at ``path`` (None when a list position or an object on the way is missing)."""
    obj: Any = result
    for step in _steps(path):
        if obj is None:
            return None
        if isinstance(step, int):
            if not isinstance(obj, list) or step >= len(obj):
                return None
            obj = obj[step]
        else:
            obj = getattr(obj, step, None)
    return obj


def _check_positions(result: ParseResult, path: str) -> None:
    obj: Any = result
    walked: list[str] = []
    for step in _steps(path)[:-1]:
        if isinstance(step, int):
            if step >= len(obj):
                where = ".".join(walked)
                count = len(obj)
                valid = f"0–{count - 1}" if count else "none"
                raise InputError(f"{path}: there is no {where}.{step} (positions: {valid})")
            obj = obj[step]
        else:
            if obj is None:  # a claim's denial: made when a value of it is set
                return
            obj = getattr(obj, step)
        walked.append(str(step))


def _set(result: ParseResult, path: str, value: Any) -> None:
    steps = _steps(path)
    obj: Any = result
    for step in steps[:-1]:
        if isinstance(step, int):
            obj = obj[step]
            continue
        nxt = getattr(obj, step)
        if nxt is None and step == "denial":
            nxt = Denial()
            setattr(obj, step, nxt)
            obj.denied = True
        obj = nxt
    last = steps[-1]
    assert isinstance(last, str)
    setattr(obj, last, value)
    # keep the claim's denial consistent with what was set
    pattern = pattern_of(path)
    if pattern == "claims.#.denied":
        claim = result.claims[int(steps[1])]
        if value and claim.denial is None:
            claim.denial = Denial()
        if not value:
            claim.denial = None
    elif pattern == "claims.#.denial.primary_category" and value:
        denial = obj
        if value not in denial.categories:
            denial.categories = [value, *denial.categories]
    elif pattern == "claims.#.denial.categories" and value:
        denial = obj
        if denial.primary_category not in value:
            denial.primary_category = value[0]


def serialized(value: Any) -> Any:
    """The value as case.json writes it (dates ISO, money two places), for comparisons."""
    return to_dict(value)


# --------------------------------------------------------------------------
# Evidence: who says a value is right


def evidence_of(result: ParseResult, path: str) -> Evidence | None:
    return result.evidence.get(path)


def is_sure(result: ParseResult, path: str) -> bool:
    """May a letter state the value at ``path``? Yes when its evidence is sure or it came
    from the profile or the person; a value with no evidence entry is not sure."""
    ev = result.evidence.get(path)
    return ev is not None and (ev.sure or ev.source in ("profile", "person"))


def source_of(result: ParseResult, path: str) -> str:
    """Where a value comes from, in words: "notice", "notice (not sure)", "profile", "person",
    or "not printed"."""
    ev = result.evidence.get(path)
    if ev is None:
        return "not printed" if path in result.not_printed else "notice (not sure)"
    if ev.source in ("profile", "person"):
        return ev.source
    return "notice" if ev.sure else "notice (not sure)"


def _record(result: ParseResult, path: str, source: str) -> None:
    old = result.evidence.get(path)
    result.evidence[path] = Evidence(
        confidence=1.0,
        sure=True,
        source=source,
        reader=source,
        page=old.page if old else None,
        bbox=list(old.bbox) if old and old.bbox else None,
        text=old.text if old else None,
        reason=None,
    )
    if path in result.not_printed:
        result.not_printed = [p for p in result.not_printed if p != path]


def check(result: ParseResult, path: str, raw: str) -> Correction:
    """One ``PATH=VALUE`` checked against the document and the vocabularies (InputError)."""
    if pattern_of(path) in CASE_FACTS:
        return Correction(path, convert(path, raw), raw)
    value = convert(path, raw)
    _check_positions(result, path)
    return Correction(path, value, raw)


def apply(
    result: ParseResult,
    assignments: dict[str, str] | list[tuple[str, str]],
    *,
    source: str = "person",
) -> ParseResult:
    """A copy of ``result`` with each ``PATH=VALUE`` set and recorded as ``source``'s.

    Paths of CASE_FACTS (``stage``, ``plan.grandfathered``) are not in the parse document:
    take them with ``case_facts``. Raises InputError (one line) on the first bad one.
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}")
    items = list(assignments.items()) if isinstance(assignments, dict) else list(assignments)
    out = copy.deepcopy(result)
    for path, raw in items:
        corr = check(out, path, raw)
        if pattern_of(path) in CASE_FACTS:
            continue
        _set(out, path, corr.value)
        _record(out, path, source)
    return out


def case_facts(assignments: dict[str, str] | list[tuple[str, str]]) -> dict[str, Any]:
    """The profile values the CASE_FACTS assignments mean: ``grandfathered`` (bool) and
    ``stage`` (one of models.STAGES); checked, InputError on a bad value."""
    items = list(assignments.items()) if isinstance(assignments, dict) else list(assignments)
    flags: dict[str, Any] = {}
    for path, raw in items:
        pattern = pattern_of(path)
        if pattern == "plan.grandfathered":
            flags["grandfathered"] = bool(convert(path, raw))
        elif pattern == "stage":
            flags["stage"] = convert(path, raw)
    return flags


# --------------------------------------------------------------------------
# The profile's plan facts, and an edited case.json


def _profile_get(profile: Any, dotted: str) -> Any:
    obj = profile
    for part in dotted.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


# profile field -> document path: the profile's word beats what was read
PROFILE_FACTS: dict[str, str] = {
    "plan.funding": "plan.funding",
    "member.state": "member.state",
    "member.id": "member.id",
    "member.name": "member.name",
    "plan.name": "plan.name",
    "plan.group_number": "plan.group_number",
}


def apply_profile(result: ParseResult, profile: Any) -> ParseResult:
    """A copy of ``result`` where the profile's plan and member facts replace what was read
    (evidence source "profile"). Values the person set stay the person's."""
    if profile is None:
        return result
    out = result
    pending: list[tuple[str, str]] = []
    for field_name, path in PROFILE_FACTS.items():
        value = _profile_get(profile, field_name)
        if value in (None, "", "unknown"):
            continue
        ev = result.evidence.get(path)
        if ev is not None and ev.source == "person":
            continue
        pending.append((path, str(value)))
    if pending:
        out = apply(result, pending, source="profile")
    return out


def fact_paths(result: ParseResult, patterns: tuple[str, ...] | None = None) -> list[str]:
    """Every concrete path of ``patterns`` (default: FIELDS) in this document."""
    out: list[str] = []
    for pattern in patterns or tuple(FIELDS):
        if not pattern.startswith("claims.#"):
            out.append(pattern)
            continue
        rest = pattern[len("claims.#") :]
        for i, claim in enumerate(result.claims):
            if rest.startswith(".service_lines.#"):
                tail = rest[len(".service_lines.#") :]
                out += [
                    f"claims.{i}.service_lines.{j}{tail}" for j in range(len(claim.service_lines))
                ]
            else:
                out.append(f"claims.{i}{rest}")
    return out


def as_read(result: ParseResult) -> dict[str, Any]:
    """Each correctable value as it stands, for case.json's ``as_read``: ``generate`` on
    an edited case.json compares against it to see what the person changed."""
    return {path: serialized(get_value(result, path)) for path in fact_paths(result)}


def confirm_edits(result: ParseResult, read: dict[str, Any]) -> ParseResult:
    """Record as the person's every value of an edited case.json that differs from
    ``read`` (its ``as_read``); values left as read keep their evidence."""
    out = copy.deepcopy(result)
    for path in fact_paths(out):
        if path not in read:
            continue
        now = serialized(get_value(out, path))
        if now != read[path]:
            # checked like --set: a value outside the vocabulary is one line naming the valid ones
            _set(out, path, convert(path, _as_text(now)))
            _record(out, path, "person")
    return out


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def unsure_paths(result: ParseResult, paths: list[str]) -> list[str]:
    """The paths among ``paths`` that hold a value a letter may not state."""
    return [
        p for p in paths if get_value(result, p) not in (None, [], "") and not is_sure(result, p)
    ]


# --------------------------------------------------------------------------
# What to ask the person


@dataclass(frozen=True)
class CheckItem:
    """A fact the letters need that the reader is not sure of: shown first to the person."""

    path: str
    label: str
    seen: str  # what the reader thought it saw ("" when it saw nothing)
    page: int | None = None
    reason: str | None = None

    def line(self) -> str:
        """ "your member ID: the notice seems to say “XJH44”, page 1 — not sure (…)"."""
        text = self.label
        if self.seen:
            text += f": the notice seems to say \u201c{self.seen}\u201d"
        if self.page:
            text += f" (page {self.page})"
        if self.reason:
            text += f"; {self.reason}"
        return f"{text} [{self.path}]"


SEEN_MAX_CHARS = 80


def shown(value: Any) -> str:
    """A value as the person reads it (dates ISO, lists joined, long text cut)."""
    value = serialized(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    if len(text) > SEEN_MAX_CHARS:
        text = text[:SEEN_MAX_CHARS].rsplit(" ", 1)[0] + " \u2026"
    return text


# The questions whose wording is not the fact's label
DENIED_QUESTION = "was this claim denied, or were you charged for it?"
CATEGORY_QUESTION = "why did the plan deny it? (choose the reason in your own words)"


def _category_check(result: ParseResult, path: str, ev: Evidence | None) -> CheckItem:
    """The category as a plain question: the notice's own words, then appealgen's reading."""
    from . import knowledge

    claim = result.claims[int(path.split(".")[1])]
    words = claim.denial.reason_text if claim.denial else None
    where = result.evidence.get(path.replace("primary_category", "reason_text"))
    guess = get_value(result, path)
    info = knowledge.categories().get(guess) if guess and guess != "other" else None
    reading = (
        f"appealgen reads it as \u201c{info.choice}\u201d but is not sure"
        if info
        else "appealgen does not recognise the reason"
    )
    why = ev.reason if ev and ev.reason else None
    return CheckItem(
        path=path,
        label=CATEGORY_QUESTION,
        seen=shown(words),
        page=where.page if where else None,
        reason=f"{reading} ({why})" if why else reading,
    )


def check_item(result: ParseResult, path: str, label: str | None = None) -> CheckItem:
    """The question to ask about the value at ``path``; whether a claim was denied and
    why are asked as plain questions, with the notice's own words."""
    ev = result.evidence.get(path)
    pattern = pattern_of(path)
    if pattern == "claims.#.denial.primary_category":
        return _category_check(result, path, ev)
    if pattern == "claims.#.denied":  # what the reader saw, not the yes it was written as
        return CheckItem(
            path=path,
            label=DENIED_QUESTION,
            seen=shown(ev.text) if ev and ev.text else "",
            page=ev.page if ev else None,
            reason=(ev.reason if ev else None) or "not read with certainty",
        )
    return CheckItem(
        path=path,
        label=label or label_of(path),
        seen=shown(get_value(result, path)),
        page=ev.page if ev else None,
        reason=(ev.reason if ev else None) or ("not read with certainty" if ev is None else None),
    )


def unclear_denied(result: ParseResult) -> list[int]:
    """Positions of the claims the reader cannot tell were denied or not."""
    return [i for i in range(len(result.claims)) if not is_sure(result, f"claims.{i}.denied")]


# The evidence reason of a claim the decision writes letters for although the reader could
# not tell it was denied (decide/unclear.py)
ASSUMED_DENIED = "the notice does not say it clearly; the letters are written in case it was"


def assumed_denied(result: ParseResult) -> list[int]:
    """Positions of the claims taken as denied only because the reader could not tell."""
    out = []
    for i, claim in enumerate(result.claims):
        ev = result.evidence.get(f"claims.{i}.denied")
        if claim.denied and ev is not None and not ev.sure and ev.reason == ASSUMED_DENIED:
            out.append(i)
    return out


def _claim_names(result: ParseResult, positions: list[int]) -> str:
    return ", ".join(
        f"claim {result.claims[i].claim_number}"
        if result.claims[i].claim_number
        else f"claim {i + 1}"
        for i in positions
    )


def denied_question(result: ParseResult) -> str | None:
    """When the reader cannot tell whether the notice denied anything: the question to ask
    instead of saying nothing was denied (None when there is nothing to ask). After the
    decision has written letters for such claims, the question says so."""
    assumed = assumed_denied(result)
    if assumed and len(assumed) == len(result.denied_claims):
        sets = " ".join(f"--set claims.{i}.denied=false" for i in assumed)
        return (
            f"appealgen could not tell whether {_claim_names(result, assumed)} was denied: "
            "the notice does not say it clearly. The letters are written in case it was. "
            "Check the notice first; if the plan paid it in full and you owe nothing, do "
            f"not send them ({sets}, or the review form, says so)."
        )
    if result.denied_claims:
        return None
    unclear = unclear_denied(result)
    if not unclear:
        return None
    sets = " ".join(f"--set claims.{i}.denied=true" for i in unclear)
    return (
        f"appealgen could not tell whether {_claim_names(result, unclear)} was denied: the "
        "notice does not say it clearly. Check the notice; if it was denied or you were "
        f"charged, say so ({sets}, or the review form) and the letters will be written."
    )


def letter_paths(result: ParseResult) -> list[str]:
    """The concrete paths of the facts the letters state (LETTER_FACTS), for denied claims."""
    out: list[str] = []
    for path in fact_paths(result, LETTER_FACTS):
        if path.startswith("claims."):
            claim = result.claims[int(path.split(".")[1])]
            if not claim.denied:
                continue
        out.append(path)
    return out


def to_check(result: ParseResult) -> list[str]:
    """What the person should check before the letters go: the printed facts the letters
    use that the reader is not sure of, and, when no claim reads as denied, the claims it
    cannot tell about."""
    paths = unsure_paths(result, letter_paths(result))
    if not result.denied_claims:
        paths += [f"claims.{i}.denied" for i in unclear_denied(result)]
    return paths
