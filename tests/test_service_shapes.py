"""Services printed the ways real notices print them and the reader did not read: zeros
printed as a dash or left blank, cost-share columns whose headings stand close together
or over two lines above blank cells, a service in two rows (its words, then its amounts),
a caption that prints the claim between the patient and the provider, and a claim line
that labels the patient's ID "SUBSCRIBER #"."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from page_lines import page_lines, text_document

from appealgen.read.claim_lines import claim_line_pairs
from appealgen.read.data_columns import _heading_phrases
from appealgen.read.extract import Word
from appealgen.read.fields import find_fields
from appealgen.read.labelled_amounts import dashes_as_zeros, labelled_totals
from appealgen.read.money_cells import blanks_as_zeros
from appealgen.read.parse import parse_document
from appealgen.read.person_captions import caption_person
from appealgen.read.reader_items import amount_cells
from appealgen.read.row_leads import leads_row
from appealgen.read.settings import DEFAULT_SETTINGS
from appealgen.read.table_rows import find_tables, is_row_start

D = Decimal
DASH = "\u2014"


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        (f"Charged $265.00   Allowed {DASH}   Plan paid {DASH}   Your cost $265.00",
         {"billed": "$265.00", "allowed": "0.00", "paid": "0.00",
          "patient_responsibility": "$265.00"}),
        ("Billed 40.00 Paid --", {"billed": "40.00", "paid": "0.00"}),
        ("Billed - 40.00 Paid 0.00", {"billed": "40.00", "paid": "0.00"}),  # a separator
    ],
)  # fmt: skip
def test_a_dash_printed_as_a_named_amount_is_a_zero(text, cells) -> None:
    assert amount_cells(text) == cells


def test_a_dash_after_other_words_is_kept() -> None:
    keys = {"billed", "paid"}
    assert dashes_as_zeros("S9443 - Lactation consult", keys) == "S9443 - Lactation consult"
    assert dashes_as_zeros(f"Claim totals Charged $345.00 Paid {DASH}", keys).endswith("Paid 0.00")
    assert labelled_totals(f"Totals Billed $90.00 Your cost {DASH}") == {
        "billed": "$90.00",
        "patient_responsibility": "0.00",
    }


def test_a_blank_amount_cell_beside_printed_amounts_is_a_zero() -> None:
    columns = ["date_of_service", "billed", "adjustment", "copay", "paid", "remarks"]
    cells = {"date_of_service": "06/12/2026", "billed": "345.00", "adjustment": "-103.50"}
    got = blanks_as_zeros(cells, columns)
    assert got["copay"] == "0.00" and got["paid"] == "0.00"
    assert "remarks" not in got and got["billed"] == "345.00"
    assert blanks_as_zeros({"date_of_service": "06/12/2026"}, columns) == {
        "date_of_service": "06/12/2026"
    }  # a row of no amounts
    astray = {"billed": "300.00", "patient_name_2": "$300.00"}  # an amount under a name
    assert blanks_as_zeros(astray, ["billed", "patient_name_2", "patient_responsibility"]) == astray
    # a modifier or a count in its own cell is no amount under another heading
    coded = {"procedure_code": "99401", "modifiers": "25", "units": "1", "billed": "370.00"}
    got = blanks_as_zeros(coded, ["procedure_code", "modifiers", "units", "billed", "paid"])
    assert got["paid"] == "0.00" and got["modifiers"] == "25"


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 5 * len(text), top, top + 8, 8.0)


def test_heading_words_over_no_value_part_where_each_names_a_column() -> None:
    words = [_word("Copay", 100, 10), _word("Coinsurance", 130, 10), _word("Not", 210, 10),
             _word("covered", 200, 19), _word("Remark", 260, 10)]  # fmt: skip
    phrases = [" ".join(w.text for w in ph) for ph in _heading_phrases(words, 9.0)]
    assert phrases == ["Copay", "Coinsurance", "Not covered", "Remark"]


SPLIT = [
    "Service date   Service                    Amount   Provider      Deductible   Copay Coinsurance       Not    Plan  Remark",
    "                                          charged  write-off                                     covered   paid",
    "06/12/2026     Counseling, 30 min (99402)  345.00    -103.50                                               241.50",
    "06/14/2026     Lactation consult (S9443)   200.00                                       30.00    170.00    0.00  PR-242",
]  # fmt: skip


def test_cost_share_columns_over_blank_cells_are_read_as_zeros() -> None:
    table = find_tables(page_lines(SPLIT))[0]
    names = [c.name for c in table.columns]
    assert {"deductible", "copay", "coinsurance", "not_covered", "paid", "remarks"} <= set(names)
    claim = parse_document(text_document(["Claim 59612-864205", *SPLIT])).claims[0]
    first, second = claim.service_lines
    assert (first.paid, first.patient_responsibility) == (D("241.50"), D("0.00"))
    assert (second.paid, second.patient_responsibility) == (D("0.00"), D("200.00"))


TWO_ROWS = [
    "Date of service        Billed      Allowed     Plan paid    Your share   Remarks",
    "Preventive counseling, 60 min   99404-25",
    "Aug 01, 2026          $240.00      $204.00      $204.00        $0.00",
    "Lactation consult   S9443",
    "Aug 08, 2026          $120.00        $0.00        $0.00        $0.00   CO-96",
    "Claim total           $360.00      $204.00      $204.00        $0.00",
]


def test_a_service_printed_in_two_rows_is_one_row() -> None:
    rows = find_tables(page_lines(TWO_ROWS))[0].rows
    assert [r.is_total for r in rows] == [False, False, True]
    claim = parse_document(text_document(["Claim number SM749ZT43219", *TWO_ROWS])).claims[0]
    lines = claim.service_lines
    assert [(ln.procedure_code, ln.modifiers) for ln in lines] == [("99404", ["25"]),
                                                                   ("S9443", [])]  # fmt: skip
    assert [ln.billed for ln in lines] == [D("240.00"), D("120.00")]


def test_a_line_of_words_and_a_code_over_a_row_with_its_own_code_leads_nothing() -> None:
    lines = page_lines([TWO_ROWS[0], "Lactation consult   S9443", "Aug 01, 2026  99404  $240.00"])
    assert not leads_row(lines, 1, is_row_start, 20.0)
    assert leads_row(page_lines(TWO_ROWS), 1, is_row_start, 20.0)


def test_a_longer_line_than_the_settings_allow_leads_no_row() -> None:
    lines = page_lines(TWO_ROWS)
    short = replace(DEFAULT_SETTINGS, row_lead_max_chars=len(lines[1].text) - 1)
    assert leads_row(lines, 1, is_row_start, 20.0, DEFAULT_SETTINGS)
    assert not leads_row(lines, 1, is_row_start, 20.0, short)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Rafferty Iwu - claim SM370ZW63848 - Farida Osei, IBCLC",
         ("Rafferty Iwu", "Farida Osei, IBCLC")),
        ("Rafferty Iwu - claim 1 - claim 2 - Farida Osei, IBCLC", None),
    ],
)  # fmt: skip
def test_a_caption_may_print_the_claim_between_patient_and_provider(text, people) -> None:
    assert caption_person(text) == people


def test_a_claim_line_labels_the_patients_id_subscriber_or_cert() -> None:
    pairs = claim_line_pairs(
        "PATIENT MBEKI-ROWE, PERPETUA  SUBSCRIBER # W816489870  ICN 23J707079304"
    )
    assert pairs["member_id"] == "W816489870" and pairs["claim_number"] == "23J707079304"
    assert (
        claim_line_pairs("NAME DOE, JANE  CERT # A1234567  ICN 1234567")["member_id"] == "A1234567"
    )


@pytest.mark.parametrize(
    ("row", "field", "value"),
    [
        ("Cert #   879722538-00", "member_id", "879722538-00"),
        ("Inquiry date   08/10/2026", "notice_date", "08/10/2026"),
        ("Date of this statement   Oct 07, 2026", "notice_date", "Oct 07, 2026"),
        ("Contract #   XJH4471209", "member_id", "XJH4471209"),
        ("Medical plan   Haverline Choice Plus", "plan_name", "Haverline Choice Plus"),
    ],
)
def test_more_labels_name_the_member_id_and_the_notice_date(row, field, value) -> None:
    found = [f for f in find_fields(page_lines([row])) if f.field == field]
    assert found and found[0].value == value and found[0].exact


KV_BLOCKS = [
    "Claim number: AB1234567   Patient: Ann Lee",
    "",
    "Service 1",
    "Date of service: 03/04/2026",
    "Procedure: S9443",
    "Billed: $120.00",
    f"Allowed: {DASH}",
    f"Plan paid: {DASH}",
    "Your share: $120.00",
    "",
    "Service 2",
    "Date of service: 03/11/2026",
    "Procedure: 99402",
    "Billed: $80.00",
    "Allowed: $60.00",
    "Plan paid: $60.00",
    f"Your share: {DASH}",
]


def test_a_dash_by_a_services_label_is_a_zero() -> None:
    lines = parse_document(text_document(KV_BLOCKS)).claims[0].service_lines
    got = [(ln.allowed, ln.paid, ln.patient_responsibility) for ln in lines]
    assert got == [(D("0.00"), D("0.00"), D("120.00")), (D("60.00"), D("60.00"), D("0.00"))]


DATED_LEADS = [
    "Service                                Billed      Allowed     Plan paid    Your share",
    "03/04/2026  Lactation consult  S9443",
    "                                      $120.00      $100.00      $100.00        $0.00",
    "03/11/2026  Counseling, 30 min  99402-TH",
    "                                       $80.00        $0.00        $0.00       $80.00",
]


def test_a_service_whose_date_and_code_stand_over_its_amounts_is_one_row() -> None:
    claim = parse_document(text_document(["Claim number SM749ZT43219", *DATED_LEADS])).claims[0]
    got = [(str(ln.date_of_service), ln.procedure_code, ln.modifiers, ln.patient_responsibility)
           for ln in claim.service_lines]  # fmt: skip
    assert got == [
        ("2026-03-04", "S9443", [], D("0.00")),
        ("2026-03-11", "99402", ["TH"], D("80.00")),
    ]
