"""A name OCR read in lower case (a small font) takes the capitals the notice prints elsewhere."""

from __future__ import annotations

from appealgen.read.extract import Word
from appealgen.read.ocr_case import restore_case


def _row(texts: str, top: float, conf: float = 90.0) -> list[Word]:
    words, x = [], 40.0
    for text in texts.split():
        words.append(Word(text, x, x + 6 * len(text), top, top + 8, 8.0, conf=conf))
        x += 6 * len(text) + 5
    return words


def test_a_lower_case_name_takes_the_capitals_printed_elsewhere() -> None:
    header = _row("Subscriber: Oluwaseun Marchetti", 100)
    table = _row("88123 oluwaseun marchetti, 2.00 ok", 300)
    restore_case(
        [header, table[:2]],
    )
    assert [w.text for w in table] == ["88123", "oluwaseun", "marchetti,", "2.00", "ok"]
    restore_case([header + table])
    assert [w.text for w in table] == ["88123", "Oluwaseun", "Marchetti,", "2.00", "ok"]
    assert all(w.conf is not None and w.conf < 80 for w in table[1:3])
    assert table[0].conf == 90.0


def test_words_never_printed_capitalised_stay_as_read() -> None:
    first = _row("Member: Tobias Quill", 100)
    second = _row("refer to the tobias quill policy", 300)
    restore_case([first, second])
    assert [w.text for w in second] == ["refer", "to", "the", "Tobias", "Quill", "policy"]
    lone = _row("see quill only", 400)
    restore_case([first, lone])
    assert [w.text for w in lone] == ["see", "quill", "only"]  # one word alone is not a name
    other = _row("Amount Billed", 100) + _row("the amount was billed", 300)
    restore_case([other])
    assert [w.text for w in other[2:]] == ["the", "amount", "was", "billed"]
