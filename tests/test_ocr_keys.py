"""A scanned key's code whose digit OCR read as a letter ("MS" for M5) is spelled as the
notice's service rows print it, so the rows' code is the payer's, explained by its key."""

from __future__ import annotations

from appealgen.read.extract import Word
from appealgen.read.ocr_keys import respell_key_codes, with_digits


def _row(texts: list[str], top: float, conf: float = 93.0) -> list[Word]:
    out, x = [], 40.0
    for t in texts:
        out.append(Word(t, x, x + 6 * len(t), top, top + 9, 9.0, conf=conf))
        x += 6 * len(t) + 5
    return out


def _notice(key_code: str, row_code: str = "M5", rows: int = 3) -> list[Word]:
    words: list[Word] = []
    for k in range(rows):
        words += _row(["Lactation", "class", "$180.00", "$0.00", row_code], 100 + 15 * k)
    words += _row(["Remark", "codes"], 300)
    words += _row(["P2", "Your", "coinsurance."], 315)
    words += _row([key_code, "This", "service", "was", "not", "medically", "necessary."], 330)
    return words


def _key_code(words: list[Word]) -> str:
    return next(w.text for w in words if w.top == 330)


def test_a_key_code_read_with_a_letter_for_its_digit_takes_the_rows_spelling() -> None:
    words = _notice("MS")
    respell_key_codes([words])
    assert _key_code(words) == "M5"


def test_a_lower_case_look_alike_is_a_digit_too() -> None:
    words = _notice("Pl", row_code="P1")
    respell_key_codes([words])
    assert _key_code(words) == "P1"


def test_a_code_the_rows_print_once_or_not_at_all_stays_as_read() -> None:
    for rows in (0, 1):
        words = _notice("MS", rows=rows)
        respell_key_codes([words])
        assert _key_code(words) == "MS"


def test_a_code_the_notice_prints_as_read_more_often_stays() -> None:
    words = _notice("MS", row_code="MS", rows=3) + _row(["M5", "M5"], 400)
    respell_key_codes([words])
    assert _key_code(words) == "MS"


def test_a_word_of_a_sentence_is_no_key_entry() -> None:
    words = _notice("MS")
    for w in words:
        if w.top == 330 and w.text == "This":
            w.text = "this"
    respell_key_codes([words])
    assert _key_code(words) == "MS"


def test_the_digits_come_after_the_first_letters() -> None:
    assert with_digits("MS") == {"M5"}
    assert with_digits("Pl") == {"P1"}
    assert with_digits("MA") == set()  # no A for a 4: more often read right
    assert with_digits("P2") == set()
