"""Value checks shared by the loaders: URLs, choices from a vocabulary, lists, word
lists and regular expressions (each failure names the file and line).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, cast

from ..patterns import compiled
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
SPACE_IN_CLASS = compiled(r"\[[^\]]* [^\]]*\]")


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Compile one phrase pattern: case-insensitive, a space matches any whitespace run,
    and a space made optional (" ?": "can ?not", "breast ?feeding") matches none too."""
    return compiled(re.sub(r" +(\?)?", _spaces, pattern), re.IGNORECASE)


def _spaces(m: re.Match[str]) -> str:
    return r"\s*" if m.group(1) else r"\s+"


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
    return _compiled(relpath, line, pattern, lambda p: compiled(p, re.IGNORECASE))


def word_alternation(relpath: str, doc: dict[str, Any], key: str) -> re.Pattern[str]:
    """The list ``doc[key]`` of words or patterns as one alternation, checked (``word_list``,
    ``compile_checked``): how a rules file's word lists are compiled."""
    words = word_list(relpath, doc, key)
    return compile_checked(relpath, doc.get("__line__"), "|".join(f"(?:{w})" for w in words))


def lower_words(relpath: str, line: int | None, value: Any, what: str) -> list[str]:
    words = check_list(relpath, line, value, what)
    for w in words:
        if not isinstance(w, str) or not w.strip() or w != w.lower():
            raise fail(relpath, line, f"{what}: {w!r} must be a lower-case word or phrase")
    return [" ".join(w.split()) for w in words]


def phrase_patterns(
    relpath: str, line: int | None, value: Any, what: str
) -> tuple[re.Pattern[str], ...]:
    """Each pattern of ``value`` as a ``Phrase``: compiled and checked here, or, when an
    earlier run of this version found the same pattern valid (``knowledge.cache``), when
    it is first used. ``appealgen check`` compiles and checks every one."""
    from . import cache, files

    if not isinstance(value, list) or not value:
        raise fail(relpath, line, f"{what} must be a non-empty list of regular expressions")
    checked = cache.checked_phrases() if files.files_read is None else {}
    out = []
    for pat in value:
        if not isinstance(pat, str) or not pat.strip():
            raise fail(relpath, line, f"{what}: pattern {pat!r} is not a non-empty string")
        if SPACE_IN_CLASS.search(pat):
            raise fail(relpath, line, f"pattern {pat!r} has a space inside [...]; use (?:-| )")
        if pat in checked:
            out.append(Phrase(pat, words=checked[pat]))
        else:
            phrase = Phrase(pat, _compiled(relpath, line, pat, compile_phrase))
            out.append(phrase)
            cache.phrase_checked(pat, phrase.words)
    return cast(tuple[re.Pattern[str], ...], tuple(out))


# --------------------------------------------------------------------------
# Phrase patterns, compiled on first use


def required_words(pattern: str) -> tuple[str, ...]:
    """Lower-case runs of letters and digits that every match of the phrase ``pattern``
    contains, read from the pattern's text; ``()`` when that is not sure.

    Only runs outside any group, character class or escape count, a character that a
    ``?``, ``*`` or ``{`` makes optional is dropped, and a pattern with a ``|`` outside
    groups, or with inline flags, says nothing.
    """
    if "(?x" in pattern or pattern.startswith("(?") and not pattern.startswith("(?:"):
        return ()
    words: list[str] = []
    run: list[str] = []
    depth = 0
    i = 0

    def end() -> None:
        if run and depth == 0:
            words.append("".join(run).lower())
        run.clear()

    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1 : i + 2] in ("", "x", "u", "U", "N") or pattern[i + 1].isdigit():
                return ()  # a character by its code, or a group's text again
            end()
            i += 2
            continue
        if c == "[":
            end()
            i = _class_end(pattern, i)
            continue
        if c in "?*{":
            if run:
                run.pop()  # optional: not in every match
            end()
            if c == "{":  # "{2,3}": counts, not letters
                close = pattern.find("}", i)
                i = len(pattern) if close < 0 else close + 1
                continue
        elif c == "|" and depth == 0:
            return ()
        elif c.isascii() and c.isalnum() and depth == 0:
            run.append(c)
        else:
            end()
            depth += (c == "(") - (c == ")")
        i += 1
    end()
    return tuple(sorted({w for w in words if w}, key=len, reverse=True))


def _class_end(pattern: str, i: int) -> int:
    """The index after the ``]`` that closes the character class opening at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


_last_lowered: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, kept for the last text (the rules try one text after another)."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = text.lower()
    _last_lowered = (text, low)
    return low


class Phrase:
    """A phrase pattern (``compile_phrase``), compiled when first needed.

    Works as its compiled ``re.Pattern``. ``search``, ``match``, ``fullmatch``,
    ``finditer`` and ``findall`` first look for the pattern's ``required_words`` in an
    ASCII text (case-insensitive, as the pattern): a text without them cannot match and
    is answered without compiling or running the pattern.
    """

    __slots__ = ("_source", "_words", "_rx")

    def __init__(
        self,
        source: str,
        compiled: re.Pattern[str] | None = None,
        words: tuple[str, ...] | None = None,
    ) -> None:
        self._source = source
        self._words = required_words(source) if words is None else words
        self._rx = compiled

    @property
    def words(self) -> tuple[str, ...]:
        """The words every match holds (``required_words``)."""
        return self._words

    def compiled(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = compile_phrase(self._source)
        return self._rx

    def _may_match(self, text: str) -> bool:
        words = self._words
        if not words or not isinstance(text, str) or not text.isascii():
            return True
        low = _lowered(text)
        for w in words:
            if w not in low:
                return False
        return True

    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled().search(string, *args) if self._may_match(string) else None

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled().match(string, *args) if self._may_match(string) else None

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, *args) if self._may_match(string) else None

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, *args) if self._may_match(string) else iter(())

    def findall(self, string: str, *args: Any) -> list[Any]:
        return self.compiled().findall(string, *args) if self._may_match(string) else []

    def __getattr__(self, name: str) -> Any:  # pattern, flags, sub, split, groups ...
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"Phrase({self._source!r})"
