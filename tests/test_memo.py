"""Answers kept while one document is read: the same answers, forgotten after the read."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from appealgen import memo
from appealgen.patterns import compiled
from appealgen.read.classify import phrase_categories
from appealgen.read.dates import _dates_in, find_dates
from appealgen.read.extract import Word
from appealgen.read.label_words import words
from appealgen.read.layout import Line
from appealgen.read.normalize import find_money
from appealgen.read.parse import parse_file

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "riverbend_remittance.pdf"


def test_a_kept_answer_is_the_same_and_callers_may_change_their_copy() -> None:
    text = "Service on 03/02/2026 and again March 5, 2026"
    first = find_dates(text)
    first.append((0, 0, date(1999, 1, 1)))  # a caller changing its list
    again = find_dates(text)
    assert [d for _s, _e, d in again] == [date(2026, 3, 2), date(2026, 3, 5)]
    label = words("Mbr ID#")
    label.clear()
    assert words("Mbr ID#") == words("Mbr ID#") != []
    money = find_money("Billed $250.00, paid 0.00")
    money.clear()
    assert [v for _s, _e, v in find_money("Billed $250.00, paid 0.00")] == [
        Decimal("250.00"),
        Decimal("0.00"),
    ]
    cats = phrase_categories("This service is not covered by your plan.")
    cats.append("invented")
    assert "invented" not in phrase_categories("This service is not covered by your plan.")


def test_nothing_read_from_a_document_is_kept_after_its_read() -> None:
    parse_file(SAMPLE)
    assert _dates_in.cache_info().currsize == 0
    find_dates("due 04/01/2026")
    assert _dates_in.cache_info().currsize == 1
    memo.forget()
    assert _dates_in.cache_info().currsize == 0


def test_no_cell_a_document_prints_is_kept_after_its_read() -> None:
    """Every cell's text is asked which field it labels: a long notice's thousands of names,
    numbers and amounts are kept while it is read, at most ``memo.MAX_ANSWERS`` a question,
    and forgotten with it."""
    from appealgen.read.fields import place_label
    from appealgen.read.label_words import _place, _ranked, shortened_word

    tables = (place_label, _ranked, _place, shortened_word)
    parse_file(SAMPLE)
    assert all(t.cache_info().currsize == 0 for t in tables)
    assert all(t.cache_info().maxsize == memo.MAX_ANSWERS for t in tables)
    assert place_label("Member ID")[0] == ("member_id",)
    assert place_label.cache_info().currsize == 1
    memo.forget()
    assert place_label.cache_info().currsize == 0


def test_a_lines_text_follows_its_words() -> None:
    words_ = [Word("Claim", 10, 40, 100, 110), Word("123", 45, 60, 100, 110)]
    line = Line(page=1, top=100, bottom=110, words=words_, cells=[])
    assert line.text == "Claim 123"
    line.words.append(Word("paid", 65, 85, 100, 110))
    assert line.text == "Claim 123 paid"
    line.words = [Word("Denied", 10, 40, 100, 110)]
    assert line.text == "Denied"


def test_a_pattern_asked_for_again_is_built_once() -> None:
    first = compiled(r"\bplan type:\s*(HMO|PPO)\b", re.I)
    assert compiled(r"\bplan type:\s*(HMO|PPO)\b", re.I) is first
    assert first.search("Plan type: PPO").group(1) == "PPO"


def test_a_long_documents_kept_answers_stay_small() -> None:
    """The answers kept for a long document are bounded: its memory stays flat."""
    import tracemalloc

    memo.forget()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(3000):  # a 100-page EOB's lines of amounts, each one different
            find_money(f"Claim {k}: billed ${k},250.00 allowed $80.{k % 100:02d} paid $0.00")
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        memo.forget()
    assert kept < 1024 * 1024, kept
