"""Labels printed without a colon: alone with a value, in a row, or after their value."""

from __future__ import annotations

from appealgen.read.bare_labels import after_value, in_a_row, lone_pair
from appealgen.read.fields import _place_field, label_vocabulary
from appealgen.read.label_phrases import trailing_label
from appealgen.read.label_words import words


def _fields(hits: list) -> dict[str, str]:
    return {h.field: h.value for h in hits}


def test_a_label_and_its_id_alone_on_a_line() -> None:
    v = label_vocabulary()
    assert _fields(lone_pair("Bill no. 4912115463", _place_field, v)) == {
        "claim_number": "4912115463"
    }
    assert _fields(lone_pair("Care for Danielle Abbott", _place_field, v)) == {
        "patient_name": "Danielle Abbott"
    }
    # one label word before a name may be a heading ("Member Services Department")
    assert lone_pair("Member Services Department", _place_field, v) == []


def test_labels_and_values_in_a_row() -> None:
    text = (
        "Insurer claim 97693340600 Patient Lucía Lindqvist Subscriber no. URK3591890 "
        "NPI (performing) 1894575269"
    )
    got = _fields(in_a_row(text, _place_field, label_vocabulary()))
    assert got["claim_number"] == "97693340600"
    assert got["patient_name"] == "Lucía Lindqvist"
    assert got["member_id"] == "URK3591890"
    assert "1894575269" in got["npi"]


def test_a_word_that_rules_a_field_out_before_its_label_in_a_row() -> None:
    # two blocks side by side: the member's "Coverage" row and the provider's "Tax ID" row
    v = label_vocabulary()
    text = "Coverage Bramblecote Select HMO Tax ID 72-7820358"
    assert "member_id" not in _fields(in_a_row(text, _place_field, v))
    text = "Enrollee No. J22 5964 3054 Provider ID PV203584 Patient Ines Gallardo"
    got = _fields(in_a_row(text, _place_field, v))
    assert got["member_id"] == "J22 5964 3054"
    assert got["patient_name"] == "Ines Gallardo"


def test_a_row_after_a_dash_and_a_name_with_a_label_word_in_it() -> None:
    got = _fields(
        in_a_row("Visit ref V-929857 - seen by Kim Tran, IBCLC", _place_field, label_vocabulary())
    )
    assert got == {"claim_number": "V-929857", "provider_name": "Kim Tran, IBCLC"}
    got = _fields(
        in_a_row(
            "Claim AB26001 Patient Ada Okafor Provider Sunrise Breastfeeding Clinic",
            _place_field,
            label_vocabulary(),
        )
    )
    assert got["provider_name"] == "Sunrise Breastfeeding Clinic"


def test_a_listed_label_of_two_lower_case_words_in_a_row() -> None:
    v = label_vocabulary()
    got = _fields(
        in_a_row("Claim SC-688501-7 Ada Okafor seen by Bea Okafor, RD, IBCLC", _place_field, v)
    )
    assert got["provider_name"] == "Bea Okafor, RD, IBCLC"
    assert got["claim_number"].split()[0] == "SC-688501-7"
    # one lower-case word is a sentence's, not a label
    assert in_a_row("Claim 123456 for Ada Okafor", _place_field, v) == []


def test_a_row_of_headings_or_a_sentence_is_no_row_of_pairs() -> None:
    v = label_vocabulary()
    assert in_a_row("Ln From Service Qty Net pay Pt liab Charge Allowed", _place_field, v) == []
    assert in_a_row("Claim 123456 was sent by Provider Kim Tran.", _place_field, v) == []
    # a listed label ("Group") keeps to its field's shape too
    assert "group_number" not in _fields(
        in_a_row("Group planno. 35659 Plan type PPO", _place_field, v)
    )


def test_abbreviations_are_read_as_their_words() -> None:
    assert words("mbr no") == ["member", "no"]
    assert words("stmt dt") == ["statement", "date"]


def test_a_label_printed_after_its_value() -> None:
    v = label_vocabulary()
    pair = trailing_label("Latch & Thrive Lactation prov", _place_field, v)
    assert pair is not None and pair.value == "Latch & Thrive Lactation"
    assert _fields(after_value(["MHY315926857", "mbr no"], _place_field, v)) == {
        "member_id": "MHY315926857"
    }
    assert _fields(after_value(["3/21/26", "stmt dt"], _place_field, v)) == {
        "notice_date": "3/21/26"
    }
    row = after_value(
        ["729144950270 clm", "Lucía O'Neill pt", "Latch & Thrive Lactation prov"], _place_field, v
    )
    assert _fields(row) == {
        "claim_number": "729144950270",
        "patient_name": "Lucía O'Neill",
        "provider_name": "Latch & Thrive Lactation",
    }
    assert all(h.score < 1.0 for h in row)  # a weaker reading: less sure


def test_a_heading_and_a_title_are_no_values_before_labels() -> None:
    v = label_vocabulary()
    assert after_value(["Heartland Care Plan", "This is not a bill"], _place_field, v) == []
    assert after_value(["Claim total", "Member"], _place_field, v) == []


def test_a_label_that_ends_a_line_takes_the_value_alone_below() -> None:
    from appealgen.read.bare_labels import label_at_end, value_below

    v = label_vocabulary()
    end = label_at_end(
        "Claim reference: E37 Care recipient: Ann Lee Servicing practitioner: Jane Doe, IBCLC "
        "NPI no.:",
        _place_field,
        v,
    )
    assert end is not None and end.fields == ("npi",)
    assert _fields(value_below(end, "1546825740")) == {"npi": "1546825740"}
    assert value_below(end, "Service 1") == []  # not an NPI
    assert label_at_end("Questions? Call us:", _place_field, v) is None


def test_a_colon_may_close_a_value_in_a_row_but_not_a_label() -> None:
    v = label_vocabulary()
    got = _fields(
        in_a_row(
            "Claim identifier 8548429617: Servicing practitioner Sunrise Breastfeeding Clinic",
            _place_field,
            v,
        )
    )
    assert got == {
        "claim_number": "8548429617",
        "provider_name": "Sunrise Breastfeeding Clinic",
    }
    assert in_a_row("Claim ID: 123456 Patient: Ann Lee", _place_field, v) == []


def test_a_row_of_labels_starts_with_a_label() -> None:
    text = "Juniper Valley Health Plan Emily Nakamura ID JVH221409371"
    assert in_a_row(text, _place_field, label_vocabulary()) == []


def test_a_plan_after_its_label_without_a_colon_when_it_ends_in_its_type() -> None:
    v = label_vocabulary()
    got = _fields(lone_pair("Benefit plan Ridgeline Silver 2000 PPO", _place_field, v))
    assert got == {"plan_name": "Ridgeline Silver 2000 PPO"}
    # without its type, words after a plan's label may be a heading's
    assert lone_pair("Health plan Services Department", _place_field, v) == []
