"""Cross-checks of a claim's codes against what its own lines print (read/evidence_codes.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from appealgen.models import Adjustment, Claim, ServiceLine
from appealgen.read.evidence_checks import on_totals_row, twin_numbers
from appealgen.read.evidence_codes import codes_only_in_key, unread_diagnoses, unread_marks


def _lines(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t) for t in texts]


def test_a_code_printed_only_in_the_key_is_not_the_claims() -> None:
    lines = _lines(
        "Visit 03/02/2026  Home visit, 45 minutes  $210.00  $0.00  (2)",
        "Why some services were not paid",
        "(1) OA-23  The impact of prior payer adjudication",
        "(2) CO-197  Precertification absent",
    )
    own = [0, 1, 2, 3]
    # the row prints key mark (2), which the key says is CO-197: the claim's
    glossary = {"(2)": "CO-197 Precertification absent", "(1)": "OA-23 prior payer"}
    assert codes_only_in_key(lines, own, ["CO-197"], glossary) == []
    # OA-23 is explained by the key but no line of the claim points at it
    assert codes_only_in_key(lines, own, ["OA-23", "CO-197"], glossary) == ["OA-23"]


def test_a_code_written_on_the_claims_own_line_stands() -> None:
    lines = _lines("Reason for this decision: code 197 (CO), no authorization on file")
    assert codes_only_in_key(lines, [0], ["CO-197"], {}) == []
    assert codes_only_in_key(lines, [0], ["CO-16"], {}) == ["CO-16"]


def _claim(*codes: list[str]) -> Claim:
    lines = []
    for c in codes:
        sl = ServiceLine()
        sl.adjustments = [Adjustment(group="CO", code=x) for x in c]
        lines.append(sl)
    return Claim(service_lines=lines)


@pytest.mark.parametrize(
    "cell, read, unread",
    [
        ("x", [[]], True),  # a key mark, no code read for the row
        ("3 7", [[]], True),
        ("(b)", [[]], True),
        ("x", [["197"]], False),  # the mark was read as its code
        ("", [[]], False),
        ("Processed per contract", [[]], False),  # words, not marks
    ],
)
def test_a_mark_in_a_rows_remarks_that_was_read_as_no_code(
    cell: str, read: list[list[str]], unread: bool
) -> None:
    claim = _claim(*read)
    why = unread_marks(claim, [{"remarks": cell, "billed": "$90.00"}])
    assert (why is not None) is unread
    assert (unread_marks(claim, [{"carc": cell}]) is not None) is unread
    # a mark the notice's own key explains is read, through the key
    assert unread_marks(claim, [{"remarks": cell}], {m: "explained" for m in cell.split()}) is None


def test_a_mark_explained_by_a_key_entry_that_names_its_code_is_read() -> None:
    claim = _claim([])
    assert unread_marks(claim, [{"remarks": "D"}], {"D-N130": "Consult plan benefits"}) is None
    assert unread_marks(claim, [{"remarks": "E"}], {"D-N130": "Consult plan benefits"})


@pytest.mark.parametrize(
    "texts, read, trouble",
    [
        (["239.4"], set(), "reads as no diagnosis code"),  # OCR: Z39.1 -> 239.4
        (["O92.70, Z39.1"], {"Z39.1"}, "O92.70 is printed"),
        (["O9270 / Z391"], {"O92.70", "Z39.1"}, None),
        (["1, 2"], set(), None),  # diagnosis pointers
        (["A"], set(), None),
    ],
)
def test_a_printed_diagnosis_not_read_leaves_the_codes_incomplete(
    texts: list[str], read: set[str], trouble: str | None
) -> None:
    why = unread_diagnoses(texts, read)
    assert (why is None) if trouble is None else (why is not None and trouble in why)


@pytest.mark.parametrize(
    "numbers, twins",
    [
        (["KT7730215", "KTL7730215"], {0: "KTL7730215", 1: "KT7730215"}),  # an OCR letter more
        (["RB 4417 0032", "RB44170032"], {0: "RB44170032", 1: "RB 4417 0032"}),
        (["KT7730215", "KT7730216"], {}),  # numbers in a run: a digit changed, not added
        (["KT7730215", None, "A12"], {}),
        (["KT7730215", "KT7730215"], {}),  # the same claim printed twice is not two readings
    ],
)
def test_two_claims_numbered_alike_are_one_printing_read_twice(
    numbers: list[str | None], twins: dict[int, str]
) -> None:
    assert twin_numbers(numbers) == twins


@pytest.mark.parametrize(
    "text, closes",
    [
        ("Claim KT7730215 subtotal   $410.00   $0.00", True),
        ("Totals for KT7730215: 410.00", True),
        ("KT7730215   Lee, Ann   03/02/2026   99403   410.00", False),
    ],
)
def test_a_claim_number_read_from_a_totals_row(text: str, closes: bool) -> None:
    assert on_totals_row(_lines(text), 0, "KT7730215") is closes
    assert not on_totals_row(_lines(text), None)


def test_a_claim_head_beside_its_totals_box_is_no_totals_row() -> None:
    head = SimpleNamespace(
        text="Claim no. KT7730215 Patient: Ann Lee Totals for this claim",
        cells=[
            SimpleNamespace(text="Claim no. KT7730215"),
            SimpleNamespace(text="Patient: Ann Lee"),
            SimpleNamespace(text="Totals for this claim"),
        ],
    )
    assert not on_totals_row([head], 0, "KT7730215")
    assert on_totals_row([head], 0)  # the line holds a totals box, whoever's
