"""The profile's plan and member facts applied as the profile's word, the facts an
edited case.json changed, and the values a letter may not state.
"""

from __future__ import annotations

import copy
from typing import Any

from ..models import Claim, ParseResult
from .document import get_value, serialized, set_value
from .paths import FIELDS
from .sure import apply, is_sure, record
from .values import convert


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
            set_value(out, path, convert(path, _as_text(now)), replaces=read[path])
            record(out, path, "person")
    return out


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def claim_index(parse: ParseResult, claim: Claim) -> int:
    """Where ``claim`` (the object itself) stands among the notice's claims."""
    return next(i for i, c in enumerate(parse.claims) if c is claim)


def claim_paths(parse: ParseResult, claims: list[Claim], *fields: str) -> list[str]:
    """``claims.N.<field>`` for each claim; ``line.<field>`` for each of its service lines."""
    out: list[str] = []
    for claim in claims:
        i = claim_index(parse, claim)
        for f in fields:
            if f.startswith("line."):
                out += [
                    f"claims.{i}.service_lines.{j}.{f[5:]}" for j in range(len(claim.service_lines))
                ]
            else:
                out.append(f"claims.{i}.{f}")
    return out


def unsure_paths(result: ParseResult, paths: list[str]) -> list[str]:
    """The paths among ``paths`` that hold a value a letter may not state."""
    return [
        p for p in paths if get_value(result, p) not in (None, [], "") and not is_sure(result, p)
    ]
