"""rules/table_rows.yaml: the words that tell a table's rows apart (a totals row)."""

from __future__ import annotations

import re

from ..knowledge.checks import word_alternation
from ..knowledge.files import data_loader, load_mapping
from ..records import record

ROW_WORDS_FILE = "rules/table_rows.yaml"
ROW_WORD_KEYS = ("total_rows",)


@record(frozen=True)
class RowWords:
    """The compiled word lists of rules/table_rows.yaml."""

    total_rows: re.Pattern[str]  # found anywhere in a row's text


@data_loader
def row_words() -> RowWords:
    """The word lists of rules/table_rows.yaml, validated and compiled."""
    doc = load_mapping(ROW_WORDS_FILE, ROW_WORD_KEYS)
    return RowWords(total_rows=word_alternation(ROW_WORDS_FILE, doc, "total_rows"))
