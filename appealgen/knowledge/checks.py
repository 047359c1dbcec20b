"""Value checks shared by the loaders: URLs, choices from a vocabulary, lists, word
lists and regular expressions (each failure names the file and line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .files import did_you_mean, fail


def check_https(relpath: str, line: int | None, url: Any, what: str) -> None:
    if url is not None and not (isinstance(url, str) and url.startswith("https://")):
        raise fail(relpath, line, f"{what} must be an https:// URL, not {url!r}")


def check_choice(relpath: str, line: int | None, value: Any, choices: Any, what: str) -> None:
    if value not in choices:
        raise fail(relpath, line, f"unknown {what} {value!r}{did_you_mean(value, choices)}")


def check_list(relpath: str, line: int | None, value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(relpath, line, f"{what} must be a list, not {type(value).__name__}")
    return value


# A space in a phrase pattern means "any run of whitespace"; inside [...] it would not.
SPACE_IN_CLASS = re.compile(r"\[[^\]]* [^\]]*\]")


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Compile one phrase pattern: case-insensitive, a space matches any whitespace run."""
    return re.compile(re.sub(r" +", r"\\s+", pattern), re.IGNORECASE)


def word_list(relpath: str, doc: dict[str, Any], key: str) -> list[str]:
    words = doc[key]
    if not isinstance(words, list) or not words:
        raise fail(relpath, doc.get("__line__"), f"{key}: expected a non-empty list")
    for w in words:
        if not isinstance(w, str) or not w.strip():
            raise fail(relpath, doc.get("__line__"), f"{key}: {w!r} is not a non-empty string")
    return [str(w) for w in words]


def _compiled(
    relpath: str, line: int | None, pattern: str, compile_: Callable[[str], re.Pattern[str]]
) -> re.Pattern[str]:
    """``compile_(pattern)``, refused when it is not a regular expression or matches
    empty text (a rule that matches everything)."""
    try:
        rx = compile_(pattern)
    except re.error as e:
        raise fail(relpath, line, f"bad regular expression {pattern!r}: {e}") from e
    if rx.search(""):
        raise fail(relpath, line, f"pattern {pattern!r} matches empty text")
    return rx


def compile_checked(relpath: str, line: int | None, pattern: str) -> re.Pattern[str]:
    return _compiled(relpath, line, pattern, lambda p: re.compile(p, re.IGNORECASE))


def lower_words(relpath: str, line: int | None, value: Any, what: str) -> list[str]:
    words = check_list(relpath, line, value, what)
    for w in words:
        if not isinstance(w, str) or not w.strip() or w != w.lower():
            raise fail(relpath, line, f"{what}: {w!r} must be a lower-case word or phrase")
    return [" ".join(w.split()) for w in words]


def phrase_patterns(
    relpath: str, line: int | None, value: Any, what: str
) -> tuple[re.Pattern[str], ...]:
    if not isinstance(value, list) or not value:
        raise fail(relpath, line, f"{what} must be a non-empty list of regular expressions")
    out = []
    for pat in value:
        if not isinstance(pat, str) or not pat.strip():
            raise fail(relpath, line, f"{what}: pattern {pat!r} is not a non-empty string")
        if SPACE_IN_CLASS.search(pat):
            raise fail(relpath, line, f"pattern {pat!r} has a space inside [...]; use (?:-| )")
        out.append(_compiled(relpath, line, pat, compile_phrase))
    return tuple(out)
