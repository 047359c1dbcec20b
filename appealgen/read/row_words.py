"""rules/table_rows.yaml: the words that tell a table's rows apart (a totals row, a line
carrying totals to the next page, a printed rule)."""

from __future__ import annotations

import re

from ..knowledge.checks import word_alternation
from ..knowledge.files import data_loader, load_mapping
from ..records import record

ROW_WORDS_FILE = "rules/table_rows.yaml"
ROW_WORD_KEYS = ("total_rows", "carried_rows", "rule_lines")


@record(frozen=True)
class RowWords:
    """The compiled word lists of rules/table_rows.yaml."""

    total_rows: re.Pattern[str]  # found anywhere in a row's text
    carried_rows: re.Pattern[str]  # found anywhere in a line's text
    rule_lines: re.Pattern[str]  # the whole line


@data_loader
def row_words() -> RowWords:
    """The word lists of rules/table_rows.yaml, validated and compiled."""
    doc = load_mapping(ROW_WORDS_FILE, ROW_WORD_KEYS)
    return RowWords(*(word_alternation(ROW_WORDS_FILE, doc, key) for key in ROW_WORD_KEYS))


def is_carried(text: str) -> bool:
    """A line carrying running totals to or from another page ("TOTALS CARRIED FORWARD")."""
    return bool(row_words().carried_rows.search(text))


def is_rule(text: str) -> bool:
    """A line printed only to rule the page ("------")."""
    return bool(row_words().rule_lines.fullmatch(text.strip()))
