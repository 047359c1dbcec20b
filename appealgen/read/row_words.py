"""rules/table_rows.yaml: the words that tell a table's rows apart (a totals row)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..knowledge.checks import compile_checked, word_list
from ..knowledge.files import data_loader, load_mapping

ROW_WORDS_FILE = "rules/table_rows.yaml"
ROW_WORD_KEYS = ("total_rows",)


@dataclass(frozen=True)
class RowWords:
    """The compiled word lists of rules/table_rows.yaml."""

    total_rows: re.Pattern[str]  # found anywhere in a row's text


@data_loader
def row_words() -> RowWords:
    """The word lists of rules/table_rows.yaml, validated and compiled."""
    doc = load_mapping(ROW_WORDS_FILE, ROW_WORD_KEYS)
    line = doc.get("__line__")

    def alternation(key: str) -> re.Pattern[str]:
        words = word_list(ROW_WORDS_FILE, doc, key)
        return compile_checked(ROW_WORDS_FILE, line, "|".join(f"(?:{w})" for w in words))

    return RowWords(total_rows=alternation("total_rows"))
