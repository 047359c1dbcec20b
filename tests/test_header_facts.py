"""Header facts on layouts of many shapes: leaders, names printed twice, several labels a line."""

from __future__ import annotations

from page_lines import page_lines, text_document

from appealgen.read.claim_parties import heading_parties
from appealgen.read.fields import Found
from appealgen.read.header import once
from appealgen.read.parse import parse_document
from appealgen.read.plan_names import named_plan


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


def test_a_plan_name_with_its_type_in_parentheses_is_read_beside_other_labels() -> None:
    lines = page_lines(
        ["Insured Odile Varga Card no. QX40021-7 Group KT118802 Saltbrook Premier (EPO)"]
    )
    assert named_plan(lines) == ("Saltbrook Premier", "EPO")
    lines = page_lines(["Acct 44120 -- Group 90311 - Saltbrook Value 2500 (HMO) - Issued 3/2/26"])
    assert named_plan(lines) == ("Saltbrook Value 2500", "HMO")
    lines = page_lines(["your coverage under Saltbrook Core (PPO), option code 4R"])
    assert named_plan(lines) == ("Saltbrook Core", "PPO")


def test_no_plan_name_is_made_of_a_label_a_pronoun_or_insurer_words() -> None:
    assert named_plan(page_lines(["Questions about your plan (PPO)? Call us."])) is None
    assert named_plan(page_lines(["Your Plan (HMO)"])) is None
    assert named_plan(page_lines(["Member ID Z99102 (HMO)"])) is None


def test_a_plan_printed_after_the_group_on_a_line_of_labels_fills_name_and_type() -> None:
    rows = [
        "Saltbrook Health Services      CLAIM SUMMARY",
        "PO Box 771, Reno, NV 89501     Summary date Mar 3, 2026",
        "Odile Varga",
        "Insured Odile Varga Card no. QX40021-7 Group KT118802 Saltbrook Premier (EPO)",
        "",
        "Claim number: 5518820431    Date of service: 01/20/2026    Billed: $240.00",
    ]
    result = parse_document(text_document(rows))
    assert (result.plan.name, result.plan.type) == ("Saltbrook Premier", "EPO")
    assert result.plan.group_number == "KT118802"


def test_a_military_benefits_number_is_the_member_id() -> None:
    rows = [
        "Corbel Federal Health Services      Explanation of Benefits",
        "PO Box 5521, San Diego, CA 92101",
        "Beneficiary    Idris Kallas    DoD Benefits Number    50117264093",
        "Claim number: 5518820431    Date of service: 01/20/2026    Billed: $240.00",
    ]
    result = parse_document(text_document(rows))
    assert result.member.id == "50117264093"


CLAIM_HEADINGS = [
    "Fernhill Assurance Health      Coordination of Benefits Statement",
    "PO Box 8120, Salem, OR 97301",
    "Processed on: 2026-02-11",
    "Covered person: Imogen Castellanos   Covered person ID: FH40213377",
    "Claim Q88120455    Imogen Castellanos    Willowmere Breastfeeding Practice",
    "Service date    Code     Billed    Paid",
    "2026-01-05      99403    210.00    150.00",
    "Claim Q88120456 Imogen Castellanos Petra Lindahl, IBCLC",
    "Service date    Code     Billed    Paid",
    "2026-01-12      99402    180.00    0.00",
]


def test_a_claim_heading_names_its_patient_and_provider_without_labels() -> None:
    result = parse_document(text_document(CLAIM_HEADINGS))
    got = [(c.claim_number, c.patient_name, c.provider.name) for c in result.claims]
    assert got == [
        ("Q88120455", "Imogen Castellanos", "Willowmere Breastfeeding Practice"),
        ("Q88120456", "Imogen Castellanos", "Petra Lindahl, IBCLC"),
    ]


def test_a_claim_line_with_other_cells_names_no_party() -> None:
    lines = page_lines(["Claim Q88120455    Imogen Castellanos    2026-01-05    210.00"])
    found = [Found("claim_number", "Q88120455", 0, "claim")]
    assert heading_parties(lines, found) == found


def test_a_claim_heading_written_as_a_sentence_names_no_party_by_cells() -> None:
    lines = page_lines(["Claim Q88120455: Imogen Castellanos, care from Petra Lindahl, IBCLC"])
    found = [Found("claim_number", "Q88120455", 0, "claim")]
    assert heading_parties(lines, found) == found


def test_plan_types_and_the_word_plan_name_no_plan() -> None:
    from appealgen.read.header import plan_name_of

    # "... the Ironwood Employee" over "Health Plan PPO PPO plan.": the label a sentence
    # wraps onto its line has only types after it
    assert plan_name_of("PPO PPO plan.") is None
    assert plan_name_of("Ironwood Choice PPO") == "Ironwood Choice PPO"


def test_a_word_ending_a_sentence_alone_on_its_line_labels_nothing() -> None:
    from appealgen.read.fields import find_fields

    lines = page_lines(
        [
            "It was billed as 1 unit. Of the amount billed, $164.00 was allowed under your",
            "plan.",
            "The plan paid $164.00. You owe $0.00.",
        ]
    )
    assert not [f for f in find_fields(lines) if f.field == "plan_name"]
    # a label's short form keeps its stop: "Stmt." over its value
    from appealgen.read.sentence_ends import ends_sentence

    assert ends_sentence("plan.") and not ends_sentence("Stmt.") and not ends_sentence("stmt.")
