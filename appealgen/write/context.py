"""The template context: a Case + Profile + voice -> the variables of one letter.

What every letter shares is gathered in ``write/letters/common.py``; each letter kind's own
variables come from the module its registry entry names (``appealgen.letters``,
``write/letters/<kind>.py``). docs/templates.md lists every variable.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import Any

from ..errors import TemplateError
from ..letters import BY_KIND, VOICES
from ..models import Case, DocumentPlan
from .letters.arguments import argument_library, argument_text_key, chosen_arguments
from .letters.common import Shared, shared
from .letters.text import (
    MARK_CLOSE,
    MARK_OPEN,
    LetterContext,
    Phrase,
    Placeholder,
    clean_text,
    fmt_date,
    fmt_money,
    sanitize,
)
from .profile import Profile

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "VOICES",
    "LetterContext",
    "Phrase",
    "Placeholder",
    "argument_library",
    "argument_text_key",
    "build_context",
    "chosen_arguments",
    "clean_text",
    "fmt_date",
    "fmt_money",
    "letter_context_function",
]

LetterFunction = Callable[[Shared], dict[str, Any]]


def letter_context_function(kind: str) -> LetterFunction:
    """The function that builds ``kind``'s own variables, as its registry entry names it."""
    entry = BY_KIND.get(kind)
    if entry is None:
        raise TemplateError(f"no letter kind {kind!r}")
    module_name, _, function = entry.context.partition(":")
    try:
        return getattr(importlib.import_module(module_name), function or "context")
    except (ImportError, AttributeError) as e:
        raise TemplateError(
            f"letter {kind!r}: cannot load its context {entry.context} ({e})"
        ) from e


def build_context(
    case: Case,
    profile: Profile | None,
    *,
    voice: str = "member",
    kind: str,
    plan: DocumentPlan | None = None,
    today: date | None = None,
    prospective: bool = False,
    library: Callable[[], tuple[dict, dict]] | None = None,
) -> LetterContext:
    """Everything one template may use (see docs/templates.md), for one document kind.

    ``plan`` is the decision's DocumentPlan for this document (recipient, claims);
    ``prospective`` is True for ``appealgen prepare`` (no claim yet).
    """
    if voice not in VOICES:
        raise TemplateError(f"unknown voice {voice!r} — use 'member' or 'provider'")
    own = letter_context_function(kind)
    s = shared(
        case,
        profile,
        voice=voice,
        kind=kind,
        plan=plan,
        today=today,
        prospective=prospective,
        library=library,
    )
    values = s.values()
    values.update(own(s))
    # a letter without a checklist of its own still reports the case's enclosures
    enclosures = list(values["enclosures"]) or s.enclosures()
    return LetterContext(
        kind=kind,
        values=sanitize(values),
        missing=s.seen,
        enclosures=enclosures,
        checks=s.checks,
        asked=s.asked,
    )
