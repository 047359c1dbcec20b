"""rules/phrases.yaml: reason-text patterns -> category, with priority."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .category import check_category
from .checks import SPACE_IN_CLASS, compile_phrase
from .files import check_keys, data_loader, fail, load_yaml


@dataclass(frozen=True)
class PhraseRule:
    """Reason-text patterns for one category; lower priority numbers are more specific."""

    category: str
    priority: int
    patterns: tuple[re.Pattern[str], ...]
    line: int


@data_loader
def phrase_rules() -> tuple[PhraseRule, ...]:
    """Reason-text rules with compiled patterns, most specific (lowest priority) first."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'rules'")
    check_keys(relpath, doc, ("rules",), ("rules",))
    rules: list[PhraseRule] = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        required = ("category", "priority", "patterns")
        check_keys(relpath, entry, (*required, "note"), required)
        cat = check_category(relpath, line, str(entry["category"]))
        prio = entry["priority"]
        if not isinstance(prio, int) or isinstance(prio, bool):
            raise fail(relpath, line, f"priority must be a whole number, not {prio!r}")
        patterns = entry["patterns"]
        if not isinstance(patterns, list):
            raise fail(relpath, line, "patterns must be a list of regular expressions")
        compiled = []
        for pat in patterns:
            if not isinstance(pat, str) or not pat.strip():
                raise fail(relpath, line, f"pattern {pat!r} is not a non-empty string")
            if SPACE_IN_CLASS.search(pat):
                raise fail(relpath, line, f"pattern {pat!r} has a space inside [...]; use (?:-| )")
            try:
                rx = compile_phrase(pat)
            except re.error as e:
                raise fail(relpath, line, f"bad regular expression {pat!r}: {e}") from e
            if rx.search(""):
                raise fail(relpath, line, f"pattern {pat!r} matches empty text")
            compiled.append(rx)
        rules.append(PhraseRule(cat, prio, tuple(compiled), line))
    return tuple(sorted(rules, key=lambda r: (r.priority, r.line)))
