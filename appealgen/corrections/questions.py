"""What to ask the person: the facts the letters need that the reader is not sure
of, and whether a claim was denied when the notice does not say.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..models import Evidence, ParseResult
from .document import get_value, serialized
from .paths import LETTER_FACTS, label_of, pattern_of
from .profile import fact_paths, unsure_paths
from .sure import is_sure


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
    from .. import knowledge

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
    if assumed:
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


# The checks asked first, in this order: was the claim denied, then why (the letters'
# "check before sending" asks them in the same order)
FIRST_CHECKS = (".denied", ".denial.primary_category")


def check_rank(path: str) -> int:
    """0 for whether a claim was denied, 1 for why, then everything else."""
    return next((n for n, end in enumerate(FIRST_CHECKS) if path.endswith(end)), len(FIRST_CHECKS))


def to_check(result: ParseResult) -> list[str]:
    """What the person should check before the letters go: the printed facts the letters
    use that the reader is not sure of, and every claim it cannot tell was denied (also
    one the letters leave out because it reads as paid or other claims are surely denied).
    Whether a claim was denied comes first, then why, then the rest in reading order."""
    paths = unsure_paths(result, letter_paths(result))
    paths += [p for p in (f"claims.{i}.denied" for i in unclear_denied(result)) if p not in paths]
    return sorted(paths, key=check_rank)


def maybe_denied(result: ParseResult) -> list[int]:
    """Positions of the claims that may be denied but that no letter argues: read as not
    denied without sureness while other claims are denied (the letters are written for
    those), or read as denied without sureness beside claims surely denied (set aside)."""
    denied = result.denied_claims
    if not denied:
        return []  # nothing reads as denied: the unclear claims are written as denied
    sure_denied = [
        i for i, c in enumerate(result.claims) if c.denied and is_sure(result, f"claims.{i}.denied")
    ]
    out = []
    for i in unclear_denied(result):
        claim = result.claims[i]
        if not claim.denied or (sure_denied and i not in sure_denied):
            out.append(i)
    return out
