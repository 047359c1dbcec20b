"""Reading and writing a value of the parse document by its path."""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..models import Denial, ParseResult, to_dict
from .paths import pattern_of


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


def check_positions(result: ParseResult, path: str) -> None:
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


def set_value(result: ParseResult, path: str, value: Any, *, replaces: Any = None) -> None:
    """Set ``value`` at ``path``, keeping the claim's denial consistent with it. A reason
    (``denial.primary_category``) set in place of another (``replaces``, else the value it
    overwrites) drops that one from the claim's categories."""
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
    before = getattr(obj, last, None)
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
        # the reason set replaces the one it corrects, which no longer shapes the letters
        denial = obj
        old = replaces if replaces is not None else before
        rest = [c for c in denial.categories if c not in (value, old)]
        denial.categories = [value, *rest]
    elif pattern == "claims.#.denial.categories" and value:
        denial = obj
        if denial.primary_category not in value:
            denial.primary_category = value[0]


def serialized(value: Any) -> Any:
    """The value as case.json writes it (dates ISO, money two places), for comparisons."""
    return to_dict(value)
