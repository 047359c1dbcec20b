"""OCR's look-alike characters: one table, and the views the readers take of it."""

from __future__ import annotations

from appealgen.read import learned_values, ocr_fix
from appealgen.read.lookalikes import AS_DIGIT, AS_LETTER, LETTER_DIGITS, TO_LETTER


def test_a_field_repaired_by_its_shape_takes_the_table_s_digits() -> None:
    upper = {c: d for c, d in AS_DIGIT.items() if c.isupper()}
    assert upper == {c: d for c, d in LETTER_DIGITS.items() if c not in "LTA"}
    assert AS_DIGIT["o"] == AS_DIGIT["O"] == "0" and AS_DIGIT["|"] == "1"
    assert ocr_fix.AS_DIGIT is AS_DIGIT and ocr_fix.AS_LETTER is AS_LETTER


def test_a_digit_s_letter_back_is_the_first_letter_listed_for_it() -> None:
    assert TO_LETTER["0"] == "O" and TO_LETTER["1"] == "I" and TO_LETTER["8"] == "B"
    assert AS_LETTER["8"] == "S"  # a repair by shape reads an 8 where an S belongs


def test_a_learned_id_s_shape_is_fitted_both_ways() -> None:
    assert learned_values.fit_shape("W12345678O", "A999999999") == "W123456780"
    assert learned_values.fit_shape("8123", "A999") == "B123"
    assert learned_values.fit_shape("W1234T", "A99999") == "W12347"
    assert learned_values.ocr_key("w12345678o") == learned_values.ocr_key("W123456780")
