"""A monospace remittance printout: abbreviated headings joined by hyphens, a printed rule
under them, each claim line wrapped onto a second line, dates as MMDDYY and running totals
carried from one page to the next (read/table_rows.py, read/claim_lines.py,
rules/table_rows.yaml)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from page_lines import page_lines, text_page

from appealgen.read.claim_lines import claim_line_at, claim_line_head
from appealgen.read.dates import date_cell
from appealgen.read.extract import Document, Page
from appealgen.read.parse import parse_document
from appealgen.read.row_words import is_carried, is_rule
from appealgen.read.table import match_column

HEADING = "SERV-DT  PROC   MOD    BILLED    ALLOWED   PROV-PD   PT-RESP   ADJ"
RULE = "-" * 70
FIRST_PAGE = [
    "CONSOLIDATED BENEFIT SERVICES               PROVIDER REMITTANCE ADVICE",
    "PAYEE CRADLE AND LATCH CARE   NPI 1964824159   CHECK/EFT 1528161074",
    HEADING,
    RULE,
    "NAME HAVERFORD, MIREILLE     HIC Z702430505  ACNT 1405245",
    "ICN 9085656253676",
    "121925   99403  U5    235.00    164.50    164.50       .00   CO-45 70.50 CR",
    "CLAIM TOTALS        235.00    164.50    164.50       .00",
    "NAME NAKASHIMA-REYES, KALANI     HIC M231448738  ACNT 7110535",
    "TOTALS CARRIED FORWARD  BILLED 235.00  PAID 164.50",
]
SECOND_PAGE = [
    "CONSOLIDATED BENEFIT SERVICES               PROVIDER REMITTANCE ADVICE",
    "PAYEE CRADLE AND LATCH CARE   NPI 1964824159   CHECK/EFT 1528161074",
    HEADING,
    RULE,
    "TOTALS BROUGHT FORWARD  BILLED 235.00  PAID 164.50",
    "ICN 9536966757701",
    "122225   99402         140.00       .00       .00       .00   CO-170 140.00 CR",
    "122825   99403         335.00       .00       .00       .00   CO-170 335.00 CR",
    "CLAIM TOTALS        475.00       .00       .00       .00",
    "REMITTANCE TOTALS  BILLED 710.00  PAID 164.50",
]


def _printout() -> Document:
    first, second = text_page(FIRST_PAGE), text_page(SECOND_PAGE)
    pages = [first, Page(2, second.width, second.height, second.words)]
    return Document(Path("remit.pdf"), "0" * 64, "pdf", pages, 2)


def test_a_printout_reads_every_claim_and_the_one_broken_by_the_page():
    result = parse_document(_printout()).to_dict()
    first, second = result["claims"]
    assert first["claim_number"] == "9085656253676"
    assert first["patient_name"] == "MIREILLE HAVERFORD"
    (line,) = first["service_lines"]
    assert line["date_of_service"] == "2025-12-19"
    assert line["procedure_code"] == "99403"
    assert line["modifiers"] == ["U5"]
    assert [line["billed"], line["allowed"], line["paid"]] == ["235.00", "164.50", "164.50"]
    assert line["patient_responsibility"] == "0.00"
    assert second["claim_number"] == "9536966757701"  # its claim line ends on page 2
    assert second["patient_name"] == "KALANI NAKASHIMA-REYES"
    assert second["service_lines"][0]["procedure_code"] == "99402"
    assert [sl["date_of_service"] for sl in second["service_lines"]] == [
        "2025-12-22",
        "2025-12-28",
    ]
    assert second["totals"]["billed"] == "475.00"  # not the totals carried forward
    assert second["denied"] is True


@pytest.mark.parametrize(
    ("heading", "column"),
    [("SERV-DT", "date_of_service"), ("PT-RESP", "patient_responsibility"), ("PROV-PD", "paid")],
)
def test_abbreviated_headings_joined_by_a_hyphen(heading, column):
    assert match_column(heading) == column


@pytest.mark.parametrize("heading", ["Pay-to", "X-ray"])
def test_a_hyphenated_word_no_synonym_lists_names_no_column(heading):
    assert match_column(heading) is None


def test_a_claim_line_wrapped_onto_a_second_line_gives_its_number():
    lines = page_lines(["NAME DOE, JANE   HIC Z702430505  ACNT 1405245", "ICN 9085656253676"])
    assert claim_line_at(lines, 1) == {"claim_number": "9085656253676"}
    alone = page_lines(["Member services", "ICN 9085656253676"])
    assert claim_line_at(alone, 1) is None  # one pair under no claim line is no claim line
    broken = page_lines(["NAME DOE, JANE   HIC Z70243", "-" * 30, "ICN 9085656253676"])
    assert claim_line_head(broken, 2) == 0
    assert claim_line_head(broken, 1) is None
    twice = page_lines(["NAME DOE, JANE   ICN 9085656253676", "ICN 9085656253677"])
    assert claim_line_at(twice, 1) is None  # the line above has its number already


def test_a_date_column_reads_month_day_and_year_printed_as_six_digits():
    assert date_cell("121925") == date(2025, 12, 19)
    assert date_cell("022126") == date(2026, 2, 21)
    assert date_cell("133125") is None  # no thirteenth month
    assert date_cell("1219250") is None


def test_lines_carrying_totals_and_rules_are_known():
    assert is_carried("TOTALS CARRIED FORWARD  BILLED 2045.00  PAID 377.00")
    assert is_carried("Balance brought forward 120.00")
    assert not is_carried("CLAIM TOTALS 485.00 377.00")
    assert is_rule("-" * 40)
    assert is_rule("=====")
    assert not is_rule("--- Claim 1 ---")
