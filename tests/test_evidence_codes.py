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


def test_a_diagnosis_printed_on_the_claims_lines_in_any_wording_must_be_read() -> None:
    from appealgen.read.evidence_codes import diagnoses_not_read

    lines = _lines(
        "01/28/26 99402-33 ICD O92.3 1 150.00 0.00",
        "S9443. The diagnosis for this service was O92.5. In all, the claim billed",
        "Z39.1 - Encounter for care and examination of lactating mother",
    )
    assert diagnoses_not_read(lines, [0, 1], {"O92.3", "O92.5"}) is None
    why = diagnoses_not_read(lines, [0, 1], {"O92.3"})
    assert why is not None and "O92.5" in why  # a sentence ending with the code
    assert "O92.3" in (diagnoses_not_read(lines, [0], set()) or "")
    # a code key's line explains the code it opens with; it bills nothing
    assert diagnoses_not_read(lines, [2], set()) is None
    # only the claim's own lines count; undotted codes and IDs are not diagnoses
    assert diagnoses_not_read(_lines("Claim W39662 Z391 O9230"), [0], set()) is None


def test_an_unread_diagnosis_leaves_the_codes_billed_unsure_not_the_dates() -> None:
    """A service row prints its diagnosis as "ICD O92.3", which no reader took for the
    diagnosis: the codes billed are asked, the date of the visit is not."""
    from appealgen.read.context import ClaimTrace
    from appealgen.read.evidence import Recorder
    from appealgen.read.evidence_codes import code_checks
    from appealgen.read.settings import DEFAULT_SETTINGS

    lines = _lines("Claim 4471209955", "03/02/2026 99403 ICD O92.3 $250.00 $0.00")
    ctx = SimpleNamespace(lines=lines, found=[], glossary={}, glossary_lines=set())
    claim = Claim(claim_number="4471209955", service_lines=[ServiceLine(procedure_code="99403")])
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    for field in ("date_of_service", "procedure_code"):
        rec.put(f"claims.0.service_lines.0.{field}", 0.92, "table", located=False)
    code_checks(rec, ctx, ClaimTrace(spans=[(0, 2)]), [0, 1], "claims.0", claim)
    codes = rec.out["claims.0.service_lines.0.procedure_code"]
    assert not codes.sure and "O92.3" in (codes.reason or "")
    assert rec.out["claims.0.service_lines.0.date_of_service"].sure
    # read, it leaves everything sure
    claim.service_lines[0].diagnosis_codes = ["O92.3"]
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    rec.put("claims.0.service_lines.0.procedure_code", 0.92, "table", located=False)
    code_checks(rec, ctx, ClaimTrace(spans=[(0, 2)]), [0, 1], "claims.0", claim)
    assert rec.out["claims.0.service_lines.0.procedure_code"].sure
