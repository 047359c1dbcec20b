"""The member ID, the plan and the member's name as notices print them in their header:
an ID in groups whose last carries the person's suffix ("XJH 4432 1190-01"), the plan's
name in a cell of its own beside the group's number, an employer's plan closed by the full
stop of its sentence, and a name in a panel beside the member's address."""

from __future__ import annotations

from page_lines import page_lines, text_document

from appealgen.read.evidence_checks import name_trouble
from appealgen.read.header import plan_name_of
from appealgen.read.parse import parse_document
from appealgen.read.plan_names import named_plan, plan_words
from appealgen.read.sure_wrap import piece_after
from appealgen.read.value_shapes import clean_id

ADDRESS = ["Romilly Castellano", "9358 Saltmarsh Dr", "Lindell, VT 05602", ""]
CLAIM = [
    "",
    "Claim number: WF6947005936    Patient: Romilly Castellano",
    "Date of service 03/25/2026    Code 99402    Billed $415.00    Paid $0.00",
    "Claim denied: CO-96 Non-covered charge(s).",
]


def test_an_id_printed_in_groups_is_read_to_its_suffix() -> None:
    assert clean_id("XJH 4432 1190-01") == "XJH 4432 1190-01"
    assert clean_id("ZPU 9650 6822-04   Group 843537") == "ZPU 9650 6822-04"
    # a date's parts or a phone's are no suffix of a group
    assert clean_id("W123456 03-26") == "W123456"
    assert clean_id("W1234 555-0189") == "W1234"


def test_the_verb_after_an_ids_label_in_a_sentence_is_no_part_of_it() -> None:
    assert clean_id("is 4471 20 9910.") == "4471 20 9910"
    assert clean_id("was LMQ 44120 8830") == "LMQ 44120 8830"
    rows = [*ADDRESS, "Your ID number is 4471 20 9910. Keep this notice.", *CLAIM]
    result = parse_document(text_document(rows))
    assert not (result.member.id or "").startswith("is")


def test_a_group_of_digits_going_on_in_a_dash_is_a_doubt_on_the_id_before_it() -> None:
    lines = page_lines(["Member ID ZPU 9650 6822-04"])
    assert piece_after(lines, 0, "ZPU 9650") is not None
    assert piece_after(lines, 0, "ZPU 9650 6822-04") is None


def test_the_member_id_in_a_box_header_is_read_whole_and_sure() -> None:
    rows = [
        "Wrenfield Health Insurance Company       Explanation of Benefits",
        "PO Box 56478, Columbus, OH 43215",
        "Statement date: 05/16/2026",
        *ADDRESS,
        "Member ID XJH 4432 1190-01",
        *CLAIM,
    ]
    result = parse_document(text_document(rows))
    assert result.member.id == "XJH 4432 1190-01"
    assert result.evidence["member.id"].sure


def test_a_plan_in_a_cell_of_its_own_beside_the_group_is_read() -> None:
    assert named_plan(page_lines(["Group number 203-4354     Saltmarsh Silver 3000 HMO"])) == (
        "Saltmarsh Silver 3000 HMO",
        "HMO",
    )
    # one part alone, or words run on in one cell, name no plan by their type alone
    assert named_plan(page_lines(["Saltmarsh Silver 3000 HMO"])) is None
    assert named_plan(page_lines(["Group number 203-4354 Saltmarsh Silver 3000 HMO"])) is None
    # the cells of a table's headings are no header's parts
    headings = "SERV DATE   PROC   MODS   NOS POS   BILLED   ALLOWED   PROV PD"
    assert named_plan(page_lines([headings])) is None


def test_a_plan_beside_the_group_is_sure() -> None:
    rows = [
        "Saltmarsh Mutual Health       Explanation of Benefits",
        "PO Box 39033, Savannah, GA 31401",
        "Date: 06/23/2026",
        *ADDRESS,
        "Group number 203-4354     Saltmarsh Silver 3000 HMO",
        "Member ID: SMH4471209",
        *CLAIM,
    ]
    result = parse_document(text_document(rows))
    assert (result.plan.name, result.plan.type) == ("Saltmarsh Silver 3000 HMO", "HMO")
    assert result.evidence["plan.name"].sure


def test_a_plan_closed_by_its_sentences_full_stop_is_read_to_it() -> None:
    value = "Ostrander Freight Employee Health Plan. Please use your member"
    assert plan_words(value) == "Ostrander Freight Employee Health Plan"
    assert plan_name_of(value) == "Ostrander Freight Employee Health Plan"
    assert plan_words("Keelson Choice POS. Call us") == "Keelson Choice POS"
    # a word that is no plan's, or a sentence, before the stop is no plan
    assert plan_words("Denied. Please call us") is None
    assert plan_name_of("Denied. Please call us") is None
    assert plan_name_of("You have the right to appeal. Write to us") is None


def test_a_plan_is_read_to_a_bracket_that_opens_with_another_fields_label() -> None:
    value = "Acme Corp Employee Health Plan (Group 44120)"
    assert plan_words(value) == "Acme Corp Employee Health Plan"
    assert plan_name_of(value) == "Acme Corp Employee Health Plan"
    assert plan_name_of("Acme Plan (Member ID: QRT552177802)") == "Acme Plan"
    # the plan's type, or words of its own, in the bracket stay the plan's
    assert plan_name_of("Summit Gold (PPO)") == "Summit Gold"
    assert plan_words("Acme Gold (Formerly Acme Silver)") is None


def test_an_employer_plan_after_its_label_in_a_sentence_is_sure() -> None:
    rows = [
        "Ashgrove Health Assurance       Notice of Claim Denial",
        "PO Box 61598, Concord, NH 03301",
        "June 23, 2026",
        *ADDRESS,
        "Member: Romilly Castellano (ID M183-578-736)",
        "We reviewed a claim. Benefit plan: Ostrander Freight Employee Health Plan. Please",
        "use your member ID when you write to us.",
        *CLAIM,
    ]
    result = parse_document(text_document(rows))
    assert result.plan.name == "Ostrander Freight Employee Health Plan"
    assert result.evidence["plan.name"].sure


def test_a_name_in_a_panel_beside_the_address_wraps_in_the_panel_only() -> None:
    rows = [
        "Romilly Castellano      Member          Romilly Castellano",
        "9358 Saltmarsh Dr       Benefit plan:   Calloway Mills Employee Health Plan",
    ]
    assert name_trouble(page_lines(rows), 0, "Romilly Castellano") is None
    # words and then a label under the name in its panel: it may go on there
    rows = [
        "9358 Saltmarsh Dr      Provider:       First Latch",
        "Lindell, VT 05602      Benefit plan:   Lactation Services NPI: 1609911064",
    ]
    assert name_trouble(page_lines(rows), 0, "First Latch") is not None


def test_two_labels_joined_by_a_slash_over_two_values_so_joined_are_read_apart() -> None:
    from appealgen.read.fields import find_fields

    got = find_fields(page_lines(["ID / Group: ABC123456789 / G-44120"]))
    assert [(f.field, f.value) for f in got] == [
        ("member_id", "ABC123456789"),
        ("group_number", "G-44120"),
    ]
    got = find_fields(page_lines(["Member ID / Group No.: ABC 1234 5678 / 44120"]))
    assert [(f.field, f.value) for f in got] == [
        ("member_id", "ABC 1234 5678"),
        ("group_number", "44120"),
    ]
    # one label: its value keeps its slash
    got = find_fields(page_lines(["Group: 44120 / 3"]))
    assert [(f.field, f.value) for f in got] == [("group_number", "44120 / 3")]
    rows = [*ADDRESS, "Member ID / Group: XJH443211900 / 44120", *CLAIM]
    result = parse_document(text_document(rows))
    assert (result.member.id, result.plan.group_number) == ("XJH443211900", "44120")
    assert result.evidence["member.id"].sure


def test_a_product_line_opening_the_foot_of_the_page_names_the_plan() -> None:
    from dataclasses import replace

    from appealgen.read.plan_names import product_line

    lines = page_lines(["Sorrel Creek Health Insurance Co.     Notice of Denial", "June 2, 2026"])
    foot = page_lines(["Sorrel Creek Bronze Saver - questions? call 1-870-555-0182"])[0]
    lines.append(replace(foot, top=760.0, bottom=769.0))
    payer = "Sorrel Creek Health Insurance Co."
    assert product_line(lines, 0, payer) == "Sorrel Creek Bronze Saver"
    # not on the page's body, and not the insurer's own offices or names
    assert product_line([*lines[:2], replace(foot, top=400.0, bottom=409.0)], 0, payer) is None
    other = page_lines(["Sorrel Creek Health Services - questions? call 1-870-555-0182"])[0]
    assert product_line([*lines[:2], replace(other, top=760.0, bottom=769.0)], 0, payer) is None
