"""Text pieces every letter uses: placeholders for missing values, phrases, formatting, sanitising.

Every value handed to a template is data, never template code: strings are rendered
with autoescape (so ``&``, ``<`` and ``{{ 7*7 }}`` come out literally), ``None`` never
reaches a template, and a value the letter needs but nobody supplied becomes a
``Placeholder`` that renders as highlighted ``[your phone number]`` and records itself
in the letter's ``missing`` list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from markupsafe import Markup, escape

# Private-use characters that mark a placeholder in rendered XML until render.py highlights it
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
REASON_MAX_CHARS = 300  # longest denial reason quoted in a letter

# Characters XML 1.0 forbids, docxtpl's own control characters (\a new paragraph,
# \f page break, \v) and our placeholder marks: removed from every user value.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff" + MARK_OPEN + MARK_CLOSE + "]")


class Placeholder:
    """A missing value: renders as one highlighted ``[label]`` and records the label."""

    __slots__ = ("label", "_seen")

    def __init__(self, label: str, seen: list[str]) -> None:
        self.label = label
        self._seen = seen

    def __html__(self) -> Markup:
        if self.label not in self._seen:
            self._seen.append(self.label)
        return Markup(MARK_OPEN) + escape(f"[{self.label}]") + Markup(MARK_CLOSE)

    def __str__(self) -> str:
        return f"[{self.label}]"

    def __repr__(self) -> str:
        return f"Placeholder({self.label!r})"


class Phrase:
    """Text made of plain strings and placeholders, rendered escaped, piece by piece."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Any) -> None:
        self.parts = [p for p in parts if p is not None and p != ""]

    def __html__(self) -> Markup:
        return Markup("").join(escape(p) for p in self.parts)

    def __str__(self) -> str:
        return "".join(str(p) for p in self.parts)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


@dataclass
class LetterContext:
    """The values for one template, and the placeholders it rendered (filled during render)."""

    kind: str
    values: dict[str, Any]
    missing: list[str] = field(default_factory=list)
    enclosures: list[str] = field(default_factory=list)
    checks: list[Any] = field(default_factory=list)  # corrections.CheckItem: ask these first
    # placeholders a check answers (the reason's): asked, not listed again among the blanks
    asked: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Small formatters


def fmt_date(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return value
    return f"{value:%B} {value.day}, {value.year}"


def fmt_money(value: Decimal | None) -> str:
    return "" if value is None else f"${value.quantize(Decimal('0.01')):,}"


def join(items: Iterable[str], last: str = " and ") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


def unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def shorten(text: str, limit: int = REASON_MAX_CHARS) -> str:
    """A quoted reason cut at a word boundary, so a misread notice cannot flood the letter."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " \u2026"


def clean_text(text: str) -> str:
    """A user value made safe for docxtpl: no XML-illegal or control characters, and
    docxtpl's escaped delimiters (``{_{``) kept literal with a zero-width space."""
    text = _BAD_CHARS.sub("", text)
    return text.replace("{_", "{\u200b_").replace("_}", "_\u200b}")


def field_of(entry: Any, name: str, default: Any = None) -> Any:
    """A knowledge entry's field, whether the entry is a mapping or an object."""
    if isinstance(entry, dict):
        return entry.get(name, default)
    return getattr(entry, name, default)


def sanitize(obj: Any) -> Any:
    if obj is None:
        return ""
    if isinstance(obj, str):
        return clean_text(obj)
    if isinstance(obj, Phrase):
        obj.parts = [sanitize(p) for p in obj.parts]
        return obj
    if isinstance(obj, dict):
        return {k: sanitize(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [sanitize(v) for v in obj]
    if isinstance(obj, bool | int | Placeholder):
        return obj
    return clean_text(str(obj))
