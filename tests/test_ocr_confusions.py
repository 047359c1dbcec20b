"""Label words OCR misread, put right through rules/ocr_confusions.yaml: only where the
words beside them then make a listed label, never a value or a word of a sentence."""

from __future__ import annotations

import pytest
from conftest import data_file_edited

from appealgen.errors import KnowledgeError
from appealgen.read import ocr_confusions, ocr_words
from appealgen.read.settings import ReadSettings


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Group No. YD7827 Clim No. 871YZ792377", "Group No. YD7827 Clm No. 871YZ792377"),
        ("Mernber ID: W123456789", "Member ID: W123456789"),  # rn read for m
        ("C1aim No: 4471", "Claim No: 4471"),  # a digit for a letter
        ("Caim No. 4471", "Claim No. 4471"),  # a thin letter dropped
        ("Patlent Name: Ada Okafor", "Patient Name: Ada Okafor"),
        ("PATLENT NAME ADA OKAFOR", "PATIENT NAME ADA OKAFOR"),  # the printed capitals kept
        ("Sve Dt Proc Mod", "Svc Dt Proc Mod"),  # a column's heading
        ("Pian: Gold PPO", "Plan: Gold PPO"),  # one word ending as a label ends
        ("Ciaim 3019892712 (Jacinta Ferreira)", "Claim 3019892712 (Jacinta Ferreira)"),
        ("Subscriber: X Claim 1D: 6451SL14915", "Subscriber: X Claim ID: 6451SL14915"),  # short
        ("Member 1D# W123456789", "Member ID# W123456789"),
    ],
)
def test_a_misread_label_word_is_put_right(read: str, meant: str) -> None:
    assert " ".join(ocr_confusions.repaired(read.split())) == meant


@pytest.mark.parametrize(
    "read",
    [
        "Dear Clim Smith",  # a word that makes no label with its neighbours
        "Pian Gold",  # one word that does not end as a label ends
        "Caim Detail Member Site",
        "Member ID: W1234S6789",  # a value is never a label word
        "Clm No. 871YZ792377",  # already a label
        "Ciaim 12 times",  # one word before too short a value
        "Total Ciaim 3019892712",  # one word that does not start its line
        "Claim 1D 6451SL14915",  # a short word not before the label's colon
        "1D: 6451SL14915",  # a short word that is a label alone
        "Box 10: 44",  # a short word that makes no label
    ],
)
def test_other_words_are_left_as_read(read: str) -> None:
    assert ocr_confusions.repaired(read.split()) == read.split()


def test_a_one_word_label_before_a_value_is_a_setting() -> None:
    words = ["Ciaim", "3019892712"]
    assert ocr_confusions.repaired(words, ReadSettings(ocr_label_value_digits=0)) == words
    assert ocr_confusions.repaired(words, ReadSettings(ocr_label_value_digits=11)) == words
    assert ocr_confusions.repaired(words, ReadSettings(ocr_label_value_digits=10))[0] == "Claim"


def test_slips_count_each_confusion_once() -> None:
    table = ocr_confusions.confusions()
    assert ocr_confusions.slips("mernber", "member", table) == 1
    assert ocr_confusions.slips("clim", "clm", table) == 1
    assert ocr_confusions.slips("c1aim", "claim", table) == 1
    assert ocr_confusions.slips("giaims", "claims", table) > 1  # G is no look-alike of C


def test_how_many_slips_a_word_may_hold_is_a_setting() -> None:
    assert ocr_confusions.candidates("Patlent") == ["patient"]
    strict = ReadSettings(ocr_label_letters_per_edit=100)  # still one slip at least
    assert ocr_confusions.candidates("Patlent", strict) == ["patient"]
    assert ocr_confusions.candidates("Pat1ent", strict) == ["patient"]
    assert ocr_confusions.candidates("Patlemt", strict) == []  # two slips


def test_a_brace_at_a_words_edge_is_the_bracket_it_stands_for() -> None:
    assert ocr_confusions.as_brackets("}") == ")"
    assert ocr_confusions.as_brackets("{") == "("
    assert ocr_confusions.as_brackets("}.") == ")."
    assert ocr_confusions.as_brackets("),") == "),"


def test_a_scanned_line_reads_its_label_right() -> None:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
    words = ["Clim", "No.", "871YZ792377"]
    rows = [
        f"5\t1\t1\t1\t1\t{i}\t{100 + 200 * i}\t100\t150\t30\t95\t{t}" for i, t in enumerate(words)
    ]
    read = ocr_words.words_from_tsv("\n".join([head + "\tconf\ttext", *rows]), 0.24)
    assert [w.text for w in read] == ["Clm", "No.", "871YZ792377"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('look_alikes: ["il1", "l7"]\njoined: {}\nthin: "i"\nbrackets: {}\n', "in two groups"),
        ('look_alikes: ["il1"]\njoined: {m: [rnn]}\nthin: "i"\nbrackets: {}\n', "pairs of two"),
        ('look_alikes: ["il1"]\njoined: {}\nbrackets: {}\n', "thin"),
        ('look_alikes: ["il1"]\njoined: {}\nthin: "i"\nbrackets: {"}": "x"}\n', "brackets"),
        ('look_alikes: ["il1"]\njoined: {}\nthin: "i"\nbrackets: ["}"]\n', "brackets"),
    ],
)
def test_the_table_is_validated(monkeypatch, text: str, message: str) -> None:
    with (
        data_file_edited(monkeypatch, ocr_confusions.CONFUSIONS_FILE, lambda _: text),
        pytest.raises(KnowledgeError, match=message),
    ):
        ocr_confusions.confusions()
