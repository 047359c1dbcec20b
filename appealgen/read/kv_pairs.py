"""Inline "Label: value" pairs, several to a line, and values that wrap onto the next line.

"Claim number: E25-25702521 Person treated: Maya Hollis Rendering provider: Latch &
Thrive Lactation National provider ID:" / "1388883328" is one logical line of four
pairs. A label ends at a word ending in ":"; where it starts is told by the label
vocabulary (the longest known label) or, for labels never seen, by how labels are
printed: one capitalised word followed by lower-case words or short acronyms
("Servicing practitioner", "National provider ID").
"""

from __future__ import annotations

import re
from dataclasses import field

from ..patterns import compiled
from ..records import record
from .fields import Found, place_label
from .label_phrases import plan_name_end
from .layout import Line, Word
from .settings import DEFAULT_SETTINGS, ReadSettings
from .value_shapes import is_id


@record
class Pair:
    label: str
    value: str
    lines: list[int] = field(default_factory=list)  # document lines its words are on


@record
class LogicalLine:
    """Document lines read as one: a line and the lines its last value wraps onto."""

    lines: list[int]
    prefix: str  # text before the first label
    pairs: list[Pair]


_SPACES = compiled(r"\s+")
_LETTER_OR_HASH = compiled(r"[A-Za-z#]")
_LETTER = compiled(r"[A-Za-z]")


def norm_label(text: str) -> str:
    text = text.lower().replace("’", "'")
    return _SPACES.sub(" ", text).strip().rstrip(":.#").strip()


def _is_label(phrase: str) -> bool:
    """A label listed in rules/labels.yaml, or one whose every word places it in a field
    (rules/label_words.yaml): "Servicing practitioner", "Membership no."."""
    for section in ("fields", "columns"):
        fields, placed = place_label(norm_label(phrase), section)
        if fields and (placed.exact or placed.score >= 1.0):
            return True
    return False


def _ends_label(w: str) -> bool:
    """A word that closes a label: "date:", "#:", "no.:" (not a time "10:30", not "http:")."""
    return w.endswith(":") and len(w) > 1 and bool(_LETTER_OR_HASH.search(w))


def _acronym(w: str) -> bool:
    core = w.strip(".:#()")
    return bool(core) and len(core) <= 6 and core.upper() == core and any(c.isalpha() for c in core)


def _title(w: str) -> bool:
    return w[:1].isupper() and not _acronym(w)


def _caps(w: str) -> bool:
    core = w.strip(".:#()&,")
    return bool(core) and core.upper() == core and any(c.isalpha() for c in core)


def _label_start(words: list[str], lo: int, j: int, max_words: int) -> int:
    """Index of the first word of the label that ends at ``words[j]``, not before ``lo``.

    The longest known label (listed, or placed by its words) wins when the label is
    printed in capitals ("MEMBER ID:", "IBCLC NPI:") or is a word and an acronym
    ("Member ID:", "Care NPI:"); a label in
    sentence case runs back to its one capitalised word ("Servicing practitioner:",
    "National provider ID:"), or to a longer known label ("Claim Number:").
    """
    lo = max(lo, j - max_words + 1)
    known = next(
        (s for s in range(lo, j + 1) if _is_label(" ".join(words[s : j + 1]))),
        None,
    )
    # "MEMBER #:": the label's last word with letters says whether it is in capitals
    c = j - 1 if j > lo and not _LETTER.search(words[j]) else j
    if c > lo and _caps(words[c]) and (_caps(words[c - 1]) or _title(words[c - 1])):
        if known is not None:
            return known
        if _title(words[c - 1]):
            return c - 1  # "Claim ID:"
        s = c
        while s > lo and _caps(words[s - 1]) and not _ends_label(words[s - 1]):
            s -= 1  # "GROUP CODES:"
        return s
    s = j
    while s > lo:
        w = words[s]
        if _title(w) or not _LETTER_OR_HASH.search(words[s - 1]):
            break  # "… 630 02 ACCT:": a number ends the value before, it is no label word
        if _acronym(w) and s < j and not _acronym(words[s + 1]) and words[s + 1][:1].islower():
            break  # "NPI no.:", "ID number:"
        s -= 1
    if not (_title(words[s]) or _acronym(words[s]) or s == lo):
        s = j  # no capitalised word: the label is its last word
    return min(s, known) if known is not None else s


def _after_plan_name(words: list[str], before: tuple[int, int], s: int, j: int) -> int:
    """Where the label ending at ``words[j]`` starts when the label ``before`` names the
    plan: after the word the plan's name ends with, where a label of its own follows it
    ("Plan: Thistledown Employer Health Plan Group:": "Group", not "Plan Group")."""
    if "plan_name" not in place_label(norm_label(" ".join(words[before[0] : before[1] + 1])))[0]:
        return s
    k = plan_name_end(words[: j + 1], s, lambda rest: _is_label(" ".join(rest)))
    return s if k is None else k


def split_pairs(
    words: list[str], settings: ReadSettings = DEFAULT_SETTINGS
) -> tuple[str, list[tuple[str, str, int, int]]]:
    """(text before the first label, [(label, value, first value word, end)]) of one line."""
    ends = [j for j, w in enumerate(words) if _ends_label(w)]
    pairs: list[tuple[int, int]] = []  # (label start, label end)
    lo = 0
    for j in ends:
        s = _label_start(words, lo, j, settings.kv_max_label_words)
        if pairs:
            s = _after_plan_name(words, pairs[-1], s, j)
        pairs.append((s, j))
        lo = j + 2  # the label's value keeps at least one word
    if not pairs:
        return " ".join(words), []
    out = []
    for k, (s, j) in enumerate(pairs):
        end = pairs[k + 1][0] if k + 1 < len(pairs) else len(words)
        label = " ".join(words[s : j + 1]).rstrip(":").strip()
        value = " ".join(words[j + 1 : end]).strip(" ;|,")
        out.append((label, value, j + 1, end))
    return " ".join(words[: pairs[0][0]]), out


def _continues(prev: list[Word], prev_pairs: list, nxt: Line, settings: ReadSettings) -> bool:
    """Does ``nxt`` carry on the last value of the line(s) read so far?"""
    if not nxt.words or not prev_pairs:
        return False
    words = [w.text for w in nxt.words]
    prefix, pairs = split_pairs(words, settings)
    align = settings.kv_align_pt
    _label, last_value, v0, _end = prev_pairs[-1]
    if words[0][:1].islower() and words[0][:1].isalpha():
        return True  # "provider ID: 1761917859" finishes a label or value begun above
    if prefix and not last_value:
        return True  # "National provider ID:" / "1388883328"
    if prefix and pairs and len(prev_pairs) >= 2 and not _labelled_id(prefix):
        return True  # "… Servicing practitioner: First Latch" / "Lactation Services NPI: …"
    if not prefix and pairs and last_value and last_value.split()[-1][:1].islower():
        # "… Lactation National provider" / "ID: 1392003673": a label begun above
        joined = [w.text for w in prev] + words
        _p, again = split_pairs(joined, settings)
        if len(again) != len(prev_pairs) + len(pairs):
            return False
        return again[len(prev_pairs) - 1][3] < len(prev)
    if not pairs and last_value and v0 < len(prev) and prev[v0].x0 > prev[0].x0 + align:
        # a wrapped value printed under where it began (not at the margin), no label of its own
        return abs(nxt.x0 - prev[v0].x0) <= align
    return False


def _labelled_id(prefix: str) -> bool:
    """ "Claim number 77120455801": a label without its colon and the number it labels,
    a pair of its own and not the rest of the value above."""
    words = prefix.split()
    return any(
        _is_label(" ".join(words[:n])) and is_id(" ".join(words[n:]))
        for n in range(1, min(len(words), 4))
    )


def logical_lines(
    lines: list[Line], indices: list[int], settings: ReadSettings = DEFAULT_SETTINGS
) -> list[LogicalLine]:
    """The lines at ``indices`` (in order) as logical lines: wrapped values joined back."""
    out: list[LogicalLine] = []
    k = 0
    while k < len(indices):
        at = [indices[k]]
        words = list(lines[indices[k]].words)
        owner = [indices[k]] * len(words)
        prefix, pairs = split_pairs([w.text for w in words], settings)
        while (
            k + 1 < len(indices)
            and indices[k + 1] == at[-1] + 1
            and len(at) < 4
            and _continues(words, pairs, lines[indices[k + 1]], settings)
        ):
            k += 1
            at.append(indices[k])
            words += lines[indices[k]].words
            owner += [indices[k]] * len(lines[indices[k]].words)
            prefix, pairs = split_pairs([w.text for w in words], settings)
        out.append(
            LogicalLine(
                at,
                prefix,
                [Pair(lab, val, sorted(set(owner[v0:end]))) for lab, val, v0, end in pairs],
            )
        )
        k += 1
    return out


def refine_found(
    lines: list[Line], found: list[Found], settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Found]:
    """Fix values the label finder cut at the wrong word on lines of several pairs.

    A value that ran into the next (unknown) label is cut where that label starts; a
    value that wraps onto the next line gets its end back. Only such corrections are
    made: a value that differs otherwise is left as it was found.
    """
    by_line: dict[int, list[Found]] = {}
    for f in found:
        by_line.setdefault(f.line, []).append(f)
    for ll in logical_lines(lines, list(range(len(lines))), settings):
        if len(ll.pairs) < 2 and len(ll.lines) < 2:
            continue
        for f in (f for i in ll.lines for f in by_line.get(i, [])):
            pair = next(
                (p for p in ll.pairs if norm_label(p.label).endswith(norm_label(f.label))), None
            )
            if pair is None or not pair.value or pair.value == f.value:
                continue
            got = [w.strip(",;") for w in f.value.split()]
            mine = [w.strip(",;") for w in pair.value.split()]
            cut = len(mine) < len(got) and got[: len(mine)] == mine
            wrapped = len(mine) > len(got) and mine[: len(got)] == got and len(pair.lines) > 1
            if cut or wrapped:
                f.value = pair.value
    return _id_beside_name(found)


# "Covered person: Ann Lee (No. PZ47428619)", "Member: Ann Lee (ID W1234567)"
_ID_IN_PARENS = compiled(
    r"\((?:member\s+|subscriber\s+)?(ID|No\.?|number|#)\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{3,})\s*\)",
    re.I,
)


def _id_beside_name(found: list[Found]) -> list[Found]:
    """The member's ID printed in parentheses after the member's name, when no label of
    its own prints it."""
    if any(f.field == "member_id" for f in found):
        return found
    for f in found:
        m = _ID_IN_PARENS.search(f.value) if f.field == "member_name" else None
        if m and is_id(m.group(2)):
            found.append(Found("member_id", m.group(2), f.line, norm_label(m.group(1))))
            break
    return found
