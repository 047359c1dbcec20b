"""Value shapes: what a field's value can be, and how the value decides a label's field."""

from __future__ import annotations

import pytest
from page_lines import page_lines

from appealgen.read.fields import by_shape, find_fields, place_label
from appealgen.read.label_words import candidates
from appealgen.read.value_shapes import fits, is_id, is_name


@pytest.mark.parametrize("value", ["EXN912599766", "W3962620K", "V-929857", "96868", "URK3591890"])
def test_identifiers_have_the_id_shape(value: str) -> None:
    assert is_id(value)


@pytest.mark.parametrize(
    "value", ["10/21/2026", "1-877-555-0177", "$140.00", "CO-45", "N130", "Pending", "ref"]
)
def test_dates_phones_amounts_codes_and_words_are_no_id(value: str) -> None:
    assert not is_id(value)


def test_names_and_what_is_no_name() -> None:
    assert is_name("Nourish Lactation Care, PLLC") and is_name("Lucía O'Neill")
    assert not is_name("$0.00 a,b") and not is_name("0.00") and not is_name("Oct 28, 2026")


def test_fields_check_their_own_shape_only() -> None:
    assert fits("notice_date", "4 October 2026") and not fits("notice_date", "ref")
    assert fits("npi", "1512769302") and not fits("npi", "1234567890")
    assert fits("reason", "anything at all")  # no shape of its own


def test_a_label_two_fields_fit_is_placed_by_its_value() -> None:
    # "Care from" names a date of service or a provider equally: the value decides
    fields, placed = place_label("Care from")
    assert fields == () and placed.score == 1.0
    assert {c.field for c in candidates("Care from")} >= {"date_of_service", "provider_name"}
    assert [p.field for p in by_shape("Care from", fields, placed, "Milkweed Lactation")] == [
        "provider_name"
    ]
    assert [p.field for p in by_shape("Care from", fields, placed, "09/13/2026")] == [
        "date_of_service"
    ]


def test_a_value_of_the_wrong_shape_is_not_taken() -> None:
    fields, placed = place_label("Date produced")
    assert by_shape("Date produced", fields, placed, "Helpline") == []
    # a listed label keeps its field, but a date must still look like one
    fields, placed = place_label("Date")
    assert placed.exact and by_shape("Date", fields, placed, "ref") == []


def _lines(*rows: str) -> list:
    return page_lines(rows)


def _found(*rows: str) -> dict[str, str]:
    return {f.field: f.value for f in find_fields(_lines(*rows))}


def test_label_dash_value_rows() -> None:
    got = _found(
        "Membership reference - EXN912599766",
        "Scheme number - 473366",
        "Level of cover - Thornfield Silver (HMO)",
        "Date written - 4 October 2026",
    )
    assert got["member_id"] == "EXN912599766" and got["group_number"] == "473366"
    assert got["plan_name"] == "Thornfield Silver (HMO)"
    assert got["notice_date"] == "4 October 2026"


def test_a_dash_after_a_value_ends_no_label() -> None:
    got = _found("Service 1 - 09/27/2026 - 99402 - charged $400.00")
    assert "notice_date" not in got and "date_of_service" not in got


def test_label_cells_without_colons_and_labels_over_values() -> None:
    got = _found(
        "Member reference     YJC790530544",
        "Employer scheme      119274",
    )
    assert got == {"member_id": "YJC790530544", "group_number": "119274"}
    stacked = _found(
        "Date produced       Helpline",
        "Oct 28, 2026        1-840-555-0156",
    )
    assert stacked == {"notice_date": "Oct 28, 2026"}


def test_a_label_and_one_id_on_a_line_of_their_own() -> None:
    assert _found("Bill no. 4912115463") == {"claim_number": "4912115463"}
    assert _found("Member services can help you") == {}


def test_a_row_of_labels_over_one_claim_a_row() -> None:
    lines = _lines(
        "Claim          For                 From                          Charged",
        "S5460-7816     Hye-jin Tanaka      First Latch Lactation         $170.00",
        "S9684-6135     Danielle Tanaka     Nourish Lactation Care        $135.00",
    )
    rows = {}
    for f in find_fields(lines):
        rows.setdefault(f.field, []).append(f.value)
    assert rows["claim_number"] == ["S5460-7816", "S9684-6135"]
    assert rows["patient_name"] == ["Hye-jin Tanaka", "Danielle Tanaka"]
    assert rows["provider_name"] == ["First Latch Lactation", "Nourish Lactation Care"]


def test_member_id_and_plan_named_in_a_sentence() -> None:
    from appealgen.read.header import _PROSE_PLAN, plan_type_rx
    from appealgen.read.member import prose_member_id

    text = "Our records show you as member FJR113291382 on the Harbourside Gold (POS) plan."
    assert prose_member_id(text) == "FJR113291382"
    assert prose_member_id("Call Member Services at 1-800-555-0100.") is None
    m = plan_type_rx(_PROSE_PLAN).search(text)
    assert m is not None and m.groups() == ("Harbourside Gold", "POS")


def test_a_member_id_a_sentence_gives_as_the_id_cards_or_in_brackets() -> None:
    from appealgen.read.member import prose_member_id

    assert prose_member_id("Your ID card number is QXR448120937. Use it.") == "QXR448120937"
    assert prose_member_id("Please have your member ID (QXR448120937) ready.") == "QXR448120937"
    assert prose_member_id("Show your ID card at every visit.") is None
    assert prose_member_id("We spoke with the member (Annabel Lee) today.") is None
