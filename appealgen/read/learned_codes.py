"""The codes a learned layout reads for a service, and the categories they mean.

A codes cell may print CARCs ("CO 242", "PR-2"), remark codes ("N130"),
footnote marks resolved through the notice's own key ("(1)" -> "(1) CO 96 -
Non-covered charge(s).") and the payer's own codes ("4N"), whose categories the
layout learned from a person's correction. CARCs and remark codes are found by
the same normalisers as every other reader; their categories come from the
code tables in ``data/codes/``.
"""

from __future__ import annotations

import re

from .. import knowledge
from ..models import CATEGORIES
from ..patterns import compiled
from . import normalize as nz
from .layout import Line

_FOOTNOTE_REF = compiled(r"\((\d{1,2}|[A-Z])\)")
_FOOTNOTE_KEY = compiled(r"^\s*\((\d{1,2}|[A-Z])\)\s*(.+)$")
# a key printed with bare marks ("A  PR-242: Services not provided...", "1. CO-170 Payment
# is denied..."), the services marked "A", "C D" or "1,2" in a notes column
BARE_MARK = compiled(r"(?<![\w$.-])(\d{1,2}|[A-Z])(?![\w-]|\.\d)")
_MARKS_ONLY = compiled(r"^[\s,;/]*(?:\d{1,2}|[A-Z])(?:[\s,;/]+(?:\d{1,2}|[A-Z]))*[\s,;/]*$")
_BARE_KEY = compiled(r"^\s*(\d{1,2}|[A-Z])(?:[.)]\s*|\s+)(.+)$")  # "2.N130" as a scan reads it
_KEY_SPLIT = compiled(r"\s[-–—:]\s|:\s")
_TOKEN = compiled(r"[A-Z0-9]{1,6}")


def footnote_key(lines: list[Line]) -> dict[str, str]:
    """``{"1": "CO 96", "A": "PR-242"}`` from key lines printed as ``(1) CO 96 -
    Non-covered charge(s).``, ``A  PR-242: Services not provided...`` or ``1. CO-170
    Payment is denied...`` (a bare mark only before a code)."""
    key: dict[str, str] = {}
    for ln in lines:
        got = key_entry(ln.text)
        if got is not None and got[0] not in key:
            key[got[0]] = got[1]
    return key


def key_entry(text: str) -> tuple[str, str] | None:
    """(mark, code) when ``text`` is a line of a footnote key, else None."""
    m = _FOOTNOTE_KEY.match(text)
    if m:
        return m.group(1), _KEY_SPLIT.split(m.group(2), maxsplit=1)[0]
    m = _BARE_KEY.match(text)
    if m:
        words = m.group(2).split()
        for code in (_KEY_SPLIT.split(m.group(2), maxsplit=1)[0], words[0], " ".join(words[:2])):
            if len(code.split()) <= 2 and (nz.find_carcs(code) or nz.find_rarcs(code)):
                return m.group(1), code  # "CO-170 Payment is denied...": the code first
    return None


def line_codes(
    text: str, lines: list[Line], own: dict[str, list[str]]
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(adjustments as (group, code), remark codes, payer's own codes) printed in ``text``."""
    if _FOOTNOTE_REF.search(text) or _MARKS_ONLY.match(text):
        key = footnote_key(lines)
        text = _FOOTNOTE_REF.sub(lambda m: " " + key.get(m.group(1), "") + " ", text)
        if _MARKS_ONLY.match(text):  # "C D", "1,2": each mark stands for its key's code
            text = BARE_MARK.sub(lambda m: " " + _marked(m.group(1), key) + " ", text)
    own_found = [t for t in _TOKEN.findall(text) if t in own]
    for t in own_found:
        text = re.sub(rf"(?<![\w-]){re.escape(t)}(?![\w-])", " ", text)
    adjustments = []
    for group, code in nz.find_carcs(text):
        g, c = nz.format_carc(group, code).split("-", 1)
        if (g, c) not in adjustments:
            adjustments.append((g, c))
    return adjustments, nz.find_rarcs(text), list(dict.fromkeys(own_found))


def _marked(mark: str, key: dict[str, str]) -> str:
    """The codes ``mark`` stands for in ``key``; marks a scan printed without their space
    ("12" for "1 2") when the key has no mark "12" but has each of its digits."""
    if mark in key:
        return key[mark]
    if len(mark) > 1 and all(ch in key for ch in mark):
        return " ".join(key[ch] for ch in mark)
    return ""


def categories_of(code: str, own: dict[str, list[str]]) -> list[str]:
    """A code's categories: the layout's own table first, then the X12 code tables."""
    if code in own:
        return [c for c in own[code] if c in CATEGORIES]
    if "-" in code:
        info = knowledge.carc_codes().get(code.split("-", 1)[1])
    else:
        info = knowledge.rarc_codes().get(code)
    return list(info.categories) if info else []


def claim_denial(
    carc: list[str], rarc: list[str], own_codes: list[str], own: dict[str, list[str]]
) -> list[str]:
    """The categories a claim's codes mean, in the order printed (empty: not denied)."""
    cats: list[str] = []
    for code in carc + own_codes + rarc:
        for c in categories_of(code, own):
            if c not in cats:
                cats.append(c)
    return cats


_OWN_SHAPE = compiled(r"(?<![\w-])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,4}(?![\w-])")


def unexplained(text: str, own: dict[str, list[str]]) -> bool:
    """``text`` prints a code-like token that is no CARC, remark code or taught own code."""
    known = {c for _, c in nz.find_carcs(text)} | set(nz.find_rarcs(text))
    for m in _OWN_SHAPE.finditer(text):
        token = m.group(0)
        if token in own and own[token]:
            continue
        if token not in known and not re.fullmatch(r"(CO|PR|OA|PI|CR)\d+", token):
            return True
    return False


def with_key_meanings(texts: list[str], lines: list[Line], own: dict[str, list[str]]) -> dict:
    """``own`` plus the codes ``texts`` print that the layout was not taught a meaning
    for, each with the categories its printed meaning in the notice's key gives (phrase
    rules)."""
    out = dict(own)
    for text in texts:
        known = {c for _, c in nz.find_carcs(text)} | set(nz.find_rarcs(text))
        for m in _OWN_SHAPE.finditer(text):
            token = m.group(0)
            if out.get(token):
                continue
            if token in own or token not in known or (own and _own_meaning(token, lines)):
                out[token] = _key_categories(token, lines)
    return out


def _key_meaning(token: str, lines: list[Line]) -> str | None:
    """What the notice's own key prints for ``token`` ("M5  This service was not...")."""
    for ln in lines:
        words = ln.text.split()
        if len(words) > 2 and words[0].strip(":.-=") == token:
            return " ".join(words[1:])
    return None


_MEANING_WORD = compiled(r"[a-z]{4,}")
SAME_MEANING = 0.3  # share of a key's words found in the remark code's own description


def _own_meaning(token: str, lines: list[Line]) -> bool:
    """A layout that prints its own codes explains ``token``, shaped like a remark code, as
    something else than that remark code means: here it is the payer's own code."""
    meaning = _key_meaning(token, lines)
    info = knowledge.rarc_codes().get(token)
    if meaning is None or info is None:
        return False
    words = set(_MEANING_WORD.findall(meaning.casefold()))
    same = words & set(_MEANING_WORD.findall(info.description.casefold()))
    return bool(words) and len(same) / len(words) < SAME_MEANING


def _key_categories(token: str, lines: list[Line]) -> list[str]:
    meaning = _key_meaning(token, lines)
    if meaning is None:
        return []
    for rule in sorted(knowledge.phrase_rules(), key=lambda r: r.priority):
        if any(p.search(meaning) for p in rule.patterns):
            return [rule.category]
    return []
