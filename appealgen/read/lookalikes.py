"""The characters OCR reads for one another, in one table and the views of it readers use.

``LETTER_DIGITS``: the upper-case letters a scan prints where a digit was, each with its
digit (the first letter listed for a digit is that digit's letter back, ``TO_LETTER``). A
learned ID's shape is fitted through both. A field repaired by its shape (``ocr_fix``)
takes its digits from the table too (``AS_DIGIT``), without the letters far more often
read right than misread where a digit belongs ("L", "T", "A"), and with the lower-case
letters and symbols a scan prints for a digit.
"""

from __future__ import annotations

LETTER_DIGITS = {"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2",
                 "G": "6", "T": "7", "A": "4"}  # fmt: skip
TO_LETTER = {d: c for c, d in reversed(LETTER_DIGITS.items())}

# what a misread character stands for where a digit belongs, and where a letter belongs
AS_DIGIT = {c: d for c, d in LETTER_DIGITS.items() if c not in "LTA"}
AS_DIGIT |= {"o": "0", "l": "1", "i": "1", "|": "1", "]": "1", "!": "1", "s": "5", "z": "2"}
AS_LETTER = {"0": "O", "1": "I", "5": "S", "8": "S", "2": "Z", "6": "G", "$": "S", "§": "S"}
AS_LETTER |= {"|": "I", "l": "I"}
