"""Sureness of a value read beside its label on a row of labels printed over their values.

"Patient            Relationship to Insured" printed small, and under it, in the values'
own type, "Ines Mbeki-Rowe    Spouse": the words beside the label are the next label of
the row, not its value. Such a row is known by its type: every word of it is printed in
one type, and the line right under it prints, under the label and under the words read
as its value, words of another type (labels small or plain, values larger or bold).
"""

from __future__ import annotations

from typing import Any

from .settings import DEFAULT_SETTINGS, ReadSettings


def word_type(word: Any) -> tuple[float, bool]:
    return (round(float(getattr(word, "size", 0.0) or 0.0), 1), bool(getattr(word, "bold", False)))


def _one_type(words: list[Any]) -> tuple[float, bool] | None:
    """The type every word of ``words`` is printed in, or None (mixed, or no size known)."""
    types = {word_type(w) for w in words}
    if len(types) != 1:
        return None
    size, bold = next(iter(types))
    return (size, bold) if size > 0 else None


def _differ(a: tuple[float, bool], b: tuple[float, bool], step: float) -> bool:
    return abs(a[0] - b[0]) >= step or a[1] != b[1]


def _below(lines: list[Any], i: int) -> Any:
    """The line right under line ``i`` on its page (no wider gap than a line's height)."""
    if i + 1 >= len(lines):
        return None
    here, nxt = lines[i], lines[i + 1]
    height = max(here.bottom - here.top, 1.0)
    if nxt.page != here.page or nxt.top - here.bottom > 1.5 * height:
        return None
    return nxt


def labels_over_values(
    lines: list[Any], line: int, x0: float, settings: ReadSettings = DEFAULT_SETTINGS
) -> bool:
    """Is line ``line`` a row of labels printed over a line of their values: its words in
    one type, the line right under it in another, with words under the line's first word
    and under the words at ``x0``?"""
    if not 0 <= line < len(lines):
        return False
    row = lines[line]
    own = _one_type(row.words)
    under = _below(lines, line)
    if own is None or under is None or not row.words:
        return False
    align = settings.under_align_pt
    first = min(w.x0 for w in row.words)

    def printed_under(x: float) -> bool:
        return any(abs(w.x0 - x) <= align for w in under.words)

    values_type = _one_type(under.words)
    return (
        printed_under(first)
        and printed_under(x0)
        and values_type is not None
        and _differ(own, values_type, settings.type_size_step_pt)
    )


def label_row_value(
    lines: list[Any],
    line: int | None,
    x0: float | None,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> str | None:
    """Why the words at ``x0`` on line ``line``, read as a label's value, may be another
    label of a row of labels printed over their values; None when nothing says so."""
    from .fields import is_label_cell

    if line is None or x0 is None or not 0 <= line < len(lines):
        return None
    align = settings.under_align_pt
    before = [c for c in lines[line].cells if c.x1 < x0 - align]
    if not before or not is_label_cell(before[-1].text):
        return None  # no label printed before the value on its line
    if not labels_over_values(lines, line, x0, settings):
        return None
    return (
        "printed in the labels' type over a line of values in another type: "
        "the next label of a row of labels, not this label's value"
    )
