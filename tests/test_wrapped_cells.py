"""Values a table's narrow column or a page's footer prints apart from their row: a claim
number wrapped onto the line under its row, a patient's name printed surname first with
the next column's member ID run into it, a plan named only in a footer beside the page
counter."""

from __future__ import annotations

from pathlib import Path

from page_lines import text_document

from appealgen import parse_file
from appealgen.read.claim_lines import person_cell
from appealgen.read.parse import parse_document
from appealgen.read.plan_names import plan_in_sentences

STRAY = Path(__file__).parent / "data" / "varied" / "stray"
WRAPPED = (
    "Patient        Claim No.  Svc Date    Proc   Billed   Paid",
    "DOE, JANE      B3870341   03/02/2026  99403  150.00   0.00",
    "               800943                 Adj: CO-50 N115",
    "ROE, ANN       Y5895155   03/09/2026  99402  120.00  96.00",
    "               516391",
)


def test_a_claim_number_wrapped_under_its_row_is_read_whole():
    claims = parse_document(text_document(WRAPPED)).claims
    assert [c.claim_number for c in claims] == ["B3870341800943", "Y5895155516391"]
    assert [c.service_lines[0].procedure_code for c in claims] == ["99403", "99402"]


def test_a_row_starting_under_the_number_is_a_row_of_its_own():
    rows = (
        "Claim No.  Svc Date    Proc   Billed   Paid",
        "B3870341   03/02/2026  99403  150.00   0.00",
        "Y5895155   03/09/2026  99402  120.00  96.00",
    )
    claims = parse_document(text_document(rows)).claims
    assert sorted(c.claim_number for c in claims) == ["B3870341", "Y5895155"]


def test_a_part_off_the_numbers_start_or_with_words_beside_it_is_no_part_of_it():
    rows = list(WRAPPED[:2]) + ["                 800943"]  # two characters right
    (claim,) = parse_document(text_document(rows)).claims
    assert claim.claim_number == "B3870341"


def test_a_name_in_a_column_is_turned_and_cut_before_an_identifier():
    assert person_cell("KOWALCZYK, PERPETUA") == "PERPETUA KOWALCZYK"
    assert person_cell("PENNINGTON, MARGUERITE XGN149395254 02") == "MARGUERITE PENNINGTON"
    assert person_cell("Ann Lee") == "Ann Lee"
    assert person_cell("Ann Lee W12345") == "Ann Lee"
    assert person_cell("123456") == "123456"
    assert person_cell(None) is None


def test_a_remittance_list_reads_its_wrapped_numbers_and_its_surname_first_names():
    got = parse_file(STRAY / "s08_wrapped_2.pdf").to_dict()
    numbers = [c["claim_number"] for c in got["claims"]]
    names = [c["patient_name"] for c in got["claims"]]
    assert all(len(n) == 14 for n in numbers), numbers
    assert names[0].casefold() == "marguerite pennington", names


def test_a_sentence_that_says_a_name_is_a_plan_names_the_plan():
    said = "Westbrook Select EPO is a plan of Westbrook Mutual Health. Call us."
    assert plan_in_sentences(said, None) == ("Westbrook Select EPO", "EPO")
    said = "Cedar Community Care is a Medicaid managed care plan for the State of Utah."
    assert plan_in_sentences(said, None) == ("Cedar Community Care", None)
    said = "Alder Employee Benefit Plan - administered by Alder Benefit Administrators, Inc."
    assert plan_in_sentences(said, None) == ("Alder Employee Benefit Plan", None)
    assert plan_in_sentences("Your coverage is a plan of your employer, as we said.", None) is None


def test_a_footer_beside_its_page_counter_is_read_and_names_the_plan():
    got = parse_file(STRAY / "s09_footletter_0.pdf").to_dict()
    assert got["plan"]["name"] == "Westbrook Select EPO"
    assert got["plan"]["type"] == "EPO"


def _plan(rows: tuple[str, ...]) -> str | None:
    return parse_document(text_document(rows)).plan.name


def test_a_plan_name_a_narrow_panel_wraps_is_read_whole():
    rows = (
        "Member    Ann Lee             Claim #    4471220",
        "Plan      Northgate Choice    Status     Denied",
        "          Plus PPO",
    )
    assert _plan(rows) == "Northgate Choice Plus PPO"


def test_the_line_under_a_plan_with_a_label_of_its_own_is_no_part_of_it():
    rows = (
        "Member    Ann Lee             Claim #    4471220",
        "Plan      Northgate Choice    Status     Denied",
        "Group     Harbor Workers",
    )
    assert _plan(rows) == "Northgate Choice"
