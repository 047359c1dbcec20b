"""Header facts on layouts of many shapes: leaders, names printed twice, several labels a line."""

from __future__ import annotations

from page_lines import page_lines, text_document

from appealgen.read.header import once
from appealgen.read.parse import parse_document


def test_dot_and_underscore_leaders_part_a_label_from_its_value() -> None:
    lines = page_lines(
        [
            "Enrollee number ..................... QRT 551-20-3310-01",
            "Coverage_____________________Brightfern Silver (EPO)",
            "Statement printed .......... Feb 2, 2026",
        ]
    )
    assert [[c.text for c in ln.cells] for ln in lines] == [
        ["Enrollee number", "QRT 551-20-3310-01"],
        ["Coverage", "Brightfern Silver (EPO)"],
        ["Statement printed", "Feb 2, 2026"],
    ]


def test_initials_stay_and_a_bare_ellipsis_goes() -> None:
    lines = page_lines(["Paid to J. R. Okafor Co. ... as agreed"])
    assert lines[0].text == "Paid to J. R. Okafor Co. as agreed"


def test_a_member_id_after_leaders_is_read() -> None:
    rows = [
        "Brightfern Mutual Health Plan",
        "PO Box 4410, Tulsa, OK 74103",
        "",
        "Subscriber name ....................... Amara Lindgren",
        "Subscriber ID ......................... QRT 551-20-3310-01",
        "Group ................................. KV204466",
        "",
        "Claim number .......................... 7730219945",
        "Date of service ....................... 01/14/2026",
        "Amount billed ......................... $210.00",
    ]
    result = parse_document(text_document(rows))
    assert result.member.id == "QRT 551-20-3310-01"
    assert result.plan.group_number == "KV204466"


def test_a_name_printed_twice_in_a_row_is_one_name() -> None:
    assert once("Brightfern Mutual Health Brightfern Mutual Health") == "Brightfern Mutual Health"
    assert once("Orchard Care orchard care") == "Orchard Care"
    assert once("Walla Walla") == "Walla Walla"
    assert once("Brightfern Mutual Health Plan") == "Brightfern Mutual Health Plan"


def test_a_payer_printed_beside_its_label_is_read_when_no_heading_names_it() -> None:
    rows = [
        "REMITTANCE DETAIL - PRINTED COPY",
        "INSURER: Quillon Valley Mutual",
        "INSURER ADDRESS: 118 Ferris Rd, Lansing, MI 48933",
        "PAYEE: Tamsin Rourke, IBCLC",
        "",
        "CLAIM NUMBER: 4410298831    PATIENT NAME: Odile Varga",
        "SERVICE DATE: 02/03/2026    CHARGE: 180.00    PAID: 150.00",
    ]
    result = parse_document(text_document(rows))
    assert result.payer.name == "Quillon Valley Mutual"
    assert result.payer.state == "MI"
    assert result.evidence["payer.name"].sure
