"""Signs of trouble that take sureness away from a value the readers agreed on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from appealgen.models import Evidence
from appealgen.read.evidence_checks import (
    label_inside,
    missing_line_codes,
    name_trouble,
    one_printing_two_fields,
    runs_into_label,
    wrapped,
)


def _lines(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t) for t in texts]


@pytest.mark.parametrize(
    "line, value, trouble",
    [
        ("Care recipient: Ann Lee Servicing practitioner: Kim Tran", "Ann Lee Servicing", True),
        (
            "Rendering provider: Milkweed Lactation National provider ID: 1",
            "Milkweed Lactation National provider",
            True,
        ),
        (
            "Rendering provider: Milkweed Lactation National provider ID: 1",
            "Milkweed Lactation",
            False,
        ),
        ("Care recipient: Ann Lee Servicing practitioner: Kim Tran", "Ann Lee", False),
        ("Patient: Ann Lee    Member ID: HMX4471209", "Ann Lee", False),
        ("Provider: Jane Doe, IBCLC NPI no.: 1234567893", "Jane Doe, IBCLC", False),
    ],
    ids=[
        "label-word-swallowed",
        "label-inside",
        "cut-right",
        "cut-right-2",
        "known-label",
        "credential",
    ],
)
def test_a_name_that_runs_into_the_next_label(line: str, value: str, trouble: bool) -> None:
    assert runs_into_label(line, value) is trouble


@pytest.mark.parametrize(
    "line, below, value, trouble",
    [
        (
            "Servicing practitioner: Jane Doe,",
            "IBCLC National provider ID: 1230398533",
            "Jane Doe",
            True,
        ),
        (
            "Servicing practitioner: First Latch",
            "Lactation Services NPI: 1609911064",
            "First Latch",
            True,
        ),
        ("Provider: Jane Doe, IBCLC", "Member ID: HMX4471209", "Jane Doe, IBCLC", False),
        ("Provider: Jane Doe, IBCLC   Paid: $0.00", "Service 1", "Jane Doe, IBCLC", False),
    ],
    ids=["comma", "words-then-label", "next-line-is-a-label", "value-ends-before-more"],
)
def test_a_name_cut_where_its_line_wraps(line: str, below: str, value: str, trouble: bool) -> None:
    assert wrapped(line, value, below) is trouble
    got = name_trouble(_lines(line, below), 0, value)
    assert (got is not None) is trouble


def test_a_printed_code_no_service_line_carries_means_a_line_was_missed() -> None:
    lines = _lines(
        "Service 1", "Billing code: 99402", "Service 2", "Billing code: S9443-GT", "ZIP 99403"
    )
    assert missing_line_codes(lines, [0, 1, 2, 3], ["99402"]) == {"S9443"}
    assert missing_line_codes(lines, [0, 1, 2, 3], ["99402", "S9443"]) == set()
    # a ZIP code after its state is no procedure code ("Spokane, WA 99201")
    address = _lines("PO Box 23697, Spokane, WA 99201", "Billing code: 99402", "ZIP: 99201")
    assert missing_line_codes(address, [0, 1], ["99402"]) == set()
    assert missing_line_codes(address, [1, 2], ["99402"]) == {"99201"}


@pytest.mark.parametrize(
    "value, label",
    [
        ("Grupo / Group: 42332-500", "Group"),
        ("Solana Essential Member ID: X1", "Member ID"),
        ("Solana Essential (EPO)", None),
        ("Gold: Plus", None),
    ],
)
def test_a_value_holding_a_label_and_its_value_is_found(value: str, label: str | None) -> None:
    assert label_inside(value) == label


def test_one_printing_read_as_two_fields_is_doubted_unless_under_its_column() -> None:
    box = [10.0, 20.0, 60.0, 30.0]
    ev = {
        "notice_date": Evidence(confidence=0.84, sure=True, reader="letter_date", page=1, bbox=box),
        "claims.0.service_lines.0.date_of_service": Evidence(
            confidence=0.9, sure=True, reader="key_value", page=1, bbox=box
        ),
        "member.id": Evidence(
            confidence=0.92, sure=True, reader="labels", page=1, bbox=[0, 0, 5, 5]
        ),
    }
    assert set(one_printing_two_fields(ev)) == {
        "notice_date",
        "claims.0.service_lines.0.date_of_service",
    }
    ev["claims.0.service_lines.0.date_of_service"].reader = "table"
    assert set(one_printing_two_fields(ev)) == {"notice_date"}


@pytest.mark.parametrize(
    "name, cut",
    [
        ("Romilly Lindqvis t", "Lindqvis t"),
        ("Yesenia Okonkwo-Bair d", "Okonkwo-Bair d"),
        ("Ann Lee", None),
        ("Maria de la Cruz", None),
        ("John Q Public", None),  # an initial is capitalised
    ],
)
def test_a_name_word_printed_in_pieces(name: str, cut: str | None) -> None:
    from appealgen.models import ParseResult, Payer, Source
    from appealgen.read.evidence_checks import cut_word
    from appealgen.read.person_checks import person_problem

    assert cut_word(name) == cut
    result = ParseResult(source=Source("x.pdf", "0"), payer=Payer(name="Sample Health"))
    problem = person_problem(name, result)
    assert (problem is not None and "pieces" in problem) == (cut is not None)


def test_a_name_ending_its_line_over_a_label_of_its_own_does_not_wrap() -> None:
    from appealgen.read.evidence_checks import wrapped

    line = "Individual Treated: Imani Zimmerman"
    assert not wrapped(line, "Imani Zimmerman", "Care Provided By: Nourish Lactation Care")
    # words that make no label before a label: the rest of the name, maybe
    assert wrapped("Provider: First Latch", "First Latch", "Lactation Services NPI: 1234567890")
