"""Open tuning sets' notices whose readings used to hold wrong values marked sure: a
document title read as the insurer, a remittance's payee read as each claim's provider,
a provider carried over from the claim above, a plan name holding the next label, a name
OCR read without its accent. Whatever the readers make of them, no wrong value is sure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.score import score_sure

VARIED = Path(__file__).parent / "data" / "varied"


@pytest.mark.parametrize(
    "split, name, ext",
    [
        ("blind", "b07_gridboxes_0", "pdf"),
        ("blind", "b10_photoletter_0", "jpg"),
        ("unseen", "u01_voucher_0", "pdf"),
        ("unseen", "u05_bilingual_0", "pdf"),
        ("unseen", "u07_dmeadj_0", "pdf"),
    ],
)
def test_no_wrong_value_is_sure(split: str, name: str, ext: str) -> None:
    src = VARIED / split / f"{name}.{ext}"
    if ext == "jpg":
        from appealgen.read import ocr

        if not ocr.available():
            pytest.skip("tesseract is not installed")
    got = parse_file(src).to_dict()
    want = json.loads((VARIED / split / f"{name}.expected.json").read_text(encoding="utf-8"))
    s = score_sure(got, want, name=name)
    assert s.wrong_sure == []
    assert s.sure_right > s.unsure_right  # doubting everything is no answer either


def test_a_bilingual_label_holding_its_value_is_a_pair_not_a_label() -> None:
    from appealgen.read.fields import place_label

    assert place_label("Plan / Plan: Solana Core (EPO)")[0] == ()
    assert place_label("Fecha de servicio / Date of service")[0] == ("date_of_service",)
    assert place_label("Grupo / Group:")[0] == ("group_number",)


def test_a_name_ending_in_a_document_word_is_a_title() -> None:
    from appealgen.knowledge import reader_words

    words = reader_words().document_words
    assert words.search("Medical Equipment Benefits Notice")
    assert words.search("Provider Payment Voucher")
    assert not words.search("Orrin Bay Health Plans")
    assert not words.search("Notice Mutual Insurance")  # only the last word names a document
