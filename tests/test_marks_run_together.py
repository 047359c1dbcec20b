"""Note marks a scan printed without their space ("12" for the marks 1 and 2) are those
marks when the notice's key lists each digit and not the number."""

from __future__ import annotations

from appealgen.read.codes import bare_carcs_in_remarks, own_codes
from appealgen.read.context import ParseContext

KEY = {"1": "CO-119 Benefit maximum for this time period has been reached.", "2": "N362"}


def _ctx(key: dict[str, str]) -> ParseContext:
    return ParseContext(lines=[], found=[], text="", glossary=key, glossary_lines=set())


def test_a_number_made_of_the_keys_marks_is_those_marks() -> None:
    assert own_codes(_ctx(KEY), "0.00 0.00 12", [], []) == ["1", "2"]
    assert own_codes(_ctx(KEY), "0.00 1 2", [], []) == ["1", "2"]  # as printed


def test_it_is_no_carc_either() -> None:
    assert bare_carcs_in_remarks(_ctx(KEY), "12") == []
    assert bare_carcs_in_remarks(_ctx({}), "12") == ["12"]  # no key: CARC 12


def test_other_numbers_stay_what_they_are() -> None:
    assert own_codes(_ctx(KEY), "13", [], []) == []  # 3 is no mark of the key
    assert own_codes(_ctx(KEY), "11", [], []) == []  # a mark twice is no pair of marks
    assert own_codes(_ctx({**KEY, "12": "Paid in full."}), "12", [], []) == ["12"]


def test_letters_of_the_keys_marks_are_those_marks() -> None:
    key = {"A": "CO-96: Non-covered charge(s).", "B": "N130: Consult plan benefit documents."}
    assert own_codes(_ctx(key), "$0.00 AB", [], []) == ["A", "B"]
    assert own_codes(_ctx(key), "$0.00 AC", [], []) == []  # C is no mark of the key
    assert own_codes(_ctx(key), "$0.00 AA", [], []) == []
