"""Labels printed without a colon, read when the value beside them has its field's shape.

* one label and one value on a line: "Bill no. 4912115463", "Care for Ann Lee"
* labels and values in a row: "Insurer claim 97693340600 Patient Ann Lee NPI 1894575269"
* a value, then its label: "MHY315926857   mbr no" (abbreviations: rules/label_words.yaml)
* a label that ends a line, its value alone on the next: "… NPI no.:" / "1546825740"

A value read after its label is sure as far as its label is; a label printed after its
value is a weaker reading, and its values are less sure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from .label_phrases import (
    Pair,
    PlaceFn,
    bare_sequence,
    label_start,
    leading_label,
    trailing_label,
)
from .label_words import Placed, is_label_word
from .typed_plans import typed_name
from .value_shapes import DATE_FIELDS, ID_FIELDS, NAME_FIELDS, by_shape, clean_id, fits

AFTER_VALUE_SCORE = 0.9  # a label printed after its value: placed, but less sure
_AFTER_VALUE_FIELDS = ID_FIELDS | NAME_FIELDS | DATE_FIELDS | {"plan_name"}


class Hit(NamedTuple):
    field: str
    value: str
    label: str
    exact: bool
    score: float


def _hits(pair: Pair, only: frozenset[str] | None = None, score: float | None = None) -> list[Hit]:
    """The fields ``pair`` names whose shape its value has (a listed label's too)."""
    placed = Placed(pair.fields[0] if pair.fields else None, pair.score, pair.exact)
    return [
        Hit(p.field or "", pair.value, pair.label, p.exact, p.score if score is None else score)
        for p in by_shape(pair.label, pair.fields, placed, pair.value)
        if (only is None or p.field in only) and fits(p.field or "", pair.value)
    ]


def lone_pair(text: str, place: PlaceFn, vocab: frozenset[str]) -> list[Hit]:
    """A line that is one label and its value: an ID or a date, a name after two words, or
    a plan's name that ends in its type ("Benefit plan Ridgeline Silver PPO")."""
    pair = leading_label(text, place, vocab)
    if pair is None:
        return []
    n = len(pair.value.split())
    if n == 1 or clean_id(pair.value) == pair.value.strip():  # "WCH 0077 4410", "W19147 01"
        return _hits(pair, ID_FIELDS | DATE_FIELDS)
    if len(pair.label.split()) >= 2 and n <= 4 and not text.rstrip().endswith("."):
        names = _hits(pair, NAME_FIELDS)
        return names or (_hits(pair, _PLAN) if typed_name(pair.value) else [])
    return []


_PLAN = frozenset({"plan_name"})


def in_a_row(text: str, place: PlaceFn, vocab: frozenset[str]) -> list[Hit]:
    """Labels and values in a row; a value of label words only is a row of headings."""

    def keep(p: Pair) -> bool:
        return not all(is_label_word(w, vocab) for w in p.value.split()) and bool(_hits(p))

    pairs = bare_sequence(text, place, vocab, keep)
    return [h for p in pairs for h in _hits(p)]


def after_value(texts: list[str], place: PlaceFn, vocab: frozenset[str]) -> list[Hit]:
    """Cells that print a value, then its label: every cell so, or a value cell and a label cell."""
    if not texts or leading_label(texts[0], place, vocab) is not None:
        return []
    pairs = [trailing_label(t, place, vocab) for t in texts]
    if len(texts) >= 2 and all(p is not None and _hits(p, _AFTER_VALUE_FIELDS) for p in pairs):
        got = [p for p in pairs if p is not None]
    elif len(texts) == 2 and pairs[0] is None:
        whole = trailing_label(" ".join(texts), place, vocab)
        got = [whole] if whole is not None and whole.label == texts[1].strip() else []
    else:
        return []
    return [h for p in got for h in _hits(p, _AFTER_VALUE_FIELDS, AFTER_VALUE_SCORE)]


def label_at_end(text: str, place: PlaceFn, vocab: frozenset[str]) -> Pair | None:
    """The label that ends a line with no value after it (" … Jane Doe, IBCLC NPI no.:")."""
    text = text.rstrip()
    if not text.endswith(":"):
        return None
    tokens = text[:-1].split()
    if not tokens:
        return None
    k, fields, placed = label_start(tokens, 1 if len(tokens) > 1 else 0, place, vocab)
    if not fields or not (placed.exact or placed.score >= 1.0):
        return None
    return Pair(" ".join(tokens[k:]), "", fields, placed.exact, placed.score, k)


def value_below(pair: Pair, next_text: str) -> list[Hit]:
    """The next line's one value, when it has the shape of the field the label names."""
    return _hits(replace(pair, value=next_text.strip()), ID_FIELDS | DATE_FIELDS)


def longer_label(
    rest: str, label: str, field: str, place: PlaceFn, vocab: frozenset[str]
) -> tuple[str, str]:
    """A listed label's words go on ("Employer group" + "ID 970673"): the words that keep
    the label naming the same field belong to it, not to the value. Returns the value's
    text and the whole label."""
    while True:
        m = re.match(r"\s*(\S+)\s+(?=\S)", rest)
        if not m or not is_label_word(m.group(1), vocab):
            return rest, label
        longer = f"{label} {m.group(1)}"
        if place(longer)[0][:1] != (field,):
            return rest, label
        rest, label = rest[m.end() :], " ".join(longer.lower().split()).rstrip(":.")
