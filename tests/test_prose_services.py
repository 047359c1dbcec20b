"""read/prose_services.py: services, amounts and dates a letter tells in sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from appealgen.read.plan_names import plan_in_sentences
from appealgen.read.prose_services import (
    amount_roles,
    is_sentence_line,
    other_dates,
    sentence_start,
    service_dates,
    told_services,
    wrapped_claim_numbers,
)

LETTER = (
    "Dana Ruiz, CLC asked for payment under claim KX-44120. Her bill reached us 2/20/2026. "
    "A home session on 2/9/2026 under code S9443 had a fee of $140.00; the allowance was "
    "$90.00 and reimbursement came to $72.00, so $18.00 remains your responsibility. "
    "Code 99403 followed on 2/16/2026 with a fee of $200.00. Nothing of it was allowed. "
    "Combined, the fees came to $340.00. Send any appeal before 8/1/2026."
)


def test_each_service_is_told_in_its_own_sentences() -> None:
    told = told_services(LETTER, "KX-44120")
    assert [(sl.date_of_service, sl.procedure_code) for sl in told.lines] == [
        (date(2026, 2, 9), "S9443"),
        (date(2026, 2, 16), "99403"),
    ]
    first = told.lines[0]
    assert (first.billed, first.allowed, first.paid, first.patient_responsibility) == (
        Decimal("140.00"),
        Decimal("90.00"),
        Decimal("72.00"),
        Decimal("18.00"),
    )
    assert told.lines[1].billed == Decimal("200.00")
    assert told.totals is not None and told.totals.billed == Decimal("340.00")
    assert told.totals.paid is None  # a total the sentences do not state stays unknown


def test_an_amount_takes_the_role_of_the_words_after_it_when_none_come_before() -> None:
    assert amount_roles("In this case $55.00 is the approved amount.") == [
        ("allowed", Decimal("55.00"))
    ]
    assert amount_roles("Your balance stands at $12.50.") == [("owed", Decimal("12.50"))]
    assert amount_roles("Nothing here names $3.00 at all.") == []


def test_dates_that_are_not_dates_of_service() -> None:
    assert service_dates("Her bill reached us 2/20/2026.") == []
    assert service_dates("Send any appeal before 8/1/2026.") == []
    assert service_dates("The session was held 2/9/2026.") == [date(2026, 2, 9)]


def test_a_claim_told_in_a_sentence_starts_where_the_sentence_does() -> None:
    lines = [
        "We reimbursed $72.00 for that visit and closed it.",
        "Another request came in from Dana Ruiz, CLC for the session of",
        "Lee Park (claim KX-55190). It was billed at $80.00.",
    ]
    assert sentence_start(lines, 2, 0) == 1
    assert sentence_start(lines, 1, 0) == 1  # the line above ends its sentence
    rows = ["2/9/26 svc S9443 qty 1 fee 140.00 alwd 90.00 pd 72.00", "Claim no: KX-55190"]
    assert sentence_start(rows, 1, -1) == 1  # a row of values is no sentence


def test_a_claim_number_wrapped_after_its_claim_word() -> None:
    lines = ["Dana Ruiz, CLC billed us under claim", "KX-55190 for the session.", "Claim"]
    assert wrapped_claim_numbers(lines) == [(0, "KX-55190")]
    assert wrapped_claim_numbers(["under claim", "March 3, 2026 was the date"]) == []


def test_sentence_lines_and_rows() -> None:
    assert is_sentence_line("The approved figure was $90.00. We sent $72.00 to her.")
    assert not is_sentence_line("2/9/26 S9443 1 140.00 90.00 72.00 18.00")


def test_a_plan_named_in_a_sentence() -> None:
    assert plan_in_sentences(
        "You hold coverage through Juniper Ridge Flex, an EPO plan.", None
    ) == (
        "Juniper Ridge Flex",
        "EPO",
    )
    assert plan_in_sentences("The visit is not paid under your plan.", None) is None
    # the insurer's name is no plan
    assert (
        plan_in_sentences("Claims go to Juniper Health Insurance plan offices today.", None) is None
    )


@pytest.mark.parametrize(
    ("sentence", "plan"),
    [
        # a name printed with its type keeps it; the type is read too
        ("Care under your Lindenhall Essential HMO plan is reviewed.",
         ("Lindenhall Essential HMO", "HMO")),
        # a plan's own name ending with "Plan" may hold organisation words
        ("We processed claims under your Foxmere Employee Medical Plan plan.",
         ("Foxmere Employee Medical Plan", None)),
        # a type printed after a name that ends in it already is no word of the name
        ("Your coverage is through the Westbrook Select EPO EPO plan.",
         ("Westbrook Select EPO", "EPO")),
        # one word and a type is no name; an insurer's words make it the insurer
        ("The visit is not paid under your Gold PPO plan today.", None),
        ("Write to the Juniper Health Insurance Plan program office today.", None),
    ],
)  # fmt: skip
def test_a_plan_a_sentence_names_with_its_type_or_its_own_plan_word(sentence, plan) -> None:
    assert plan_in_sentences(sentence, None) == plan


def test_a_code_keys_line_names_no_plan() -> None:
    # a remark code opens the line, and the words after it run into "plan"
    line = "MA27 Review plan guidelines for limits that apply to this visit type."
    assert plan_in_sentences(line, None) is None
    assert plan_in_sentences("Your coverage is through the Orchard Basic plan.", None) == (
        "Orchard Basic",
        None,
    )


def test_a_sentence_about_another_claim_tells_none_of_this_claims_values() -> None:
    from appealgen.read.prose_services import of_this_claim

    text = (
        "Your provider billed $275.00 for lactation counseling (99403) on Jun 2, 2026.\n"
        "We denied this claim because no preauthorization was on file. A separate claim for a\n"
        "visit on Apr 27, 2026 was paid in full ($68.50) and is not part of this notice.\n"
        "If you disagree with this decision, you may appeal."
    )
    kept = of_this_claim(text)
    assert "68.50" not in kept and "paid in full" not in kept
    assert kept.count("\n") == text.count("\n") and "preauthorization" in kept
    told = told_services(text)
    assert [(sl.billed, sl.paid) for sl in told.lines] == [(Decimal("275.00"), None)]


def test_a_line_a_sentence_wraps_from_is_told_not_a_row() -> None:
    from appealgen.read.prose_services import wraps_a_sentence

    assert wraps_a_sentence(
        "The claim lists a breastfeeding support visit (S9443) on Jul 28, 2026 with a",
        "charge of $305.00. The allowed amount was $0.00.",
    )
    assert wraps_a_sentence(
        "charge of $410.00 for the Jul 15, 2026 visit, billed as S9443, was",
        "reviewed. We allowed $0.00. Our payment for this service was $0.00.",
    )
    # a row of values over a sentence is still a row
    assert not wraps_a_sentence(
        "07/15/2026 S9443 Breastfeeding support visit 410.00 0.00",
        "Your plan does not cover this service. Call us with questions.",
    )
    assert not wraps_a_sentence(
        "01/12/2026 A4281 Breast pump tubing, replacement Qty 2 Billed $300.00 You owe $0.00",
        "Adj reason 204: This service is not covered under the patient's current benefit plan.",
    )


def test_a_claims_text_is_blanked_of_other_claims_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its services, its prose reading and its denial ask for the claim's own sentences:
    # the other claims' are blanked once
    from readdocs import make_pdf, text_lines

    from appealgen import parse_file
    from appealgen.read import prose_services

    cut: list[str] = []
    real = prose_services.sentence_spans

    def counted(text: str):
        cut.append(text)
        return real(text)

    monkeypatch.setattr(prose_services, "sentence_spans", counted)
    rows = (
        "Highgate Mutual Health",
        "PO Box 8811, Springfield, WI 32222",
        "",
        "Dear Marguerite Mbeki-Rowe,",
        "We received claim HX4471209 for services to Marguerite Mbeki-Rowe. On 04/07/2026,",
        "the provider billed $250.00 for service S9443. We denied this claim because it",
        "needed a prior authorization. A separate claim for a visit on Apr 27, 2026 was",
        "paid in full ($68.50).",
    )
    r = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows)))
    assert [c.denied for c in r.claims] == [True]
    assert len(cut) == len(set(cut)) == 1


def test_a_code_in_brackets_after_the_services_words_is_its_code() -> None:
    told = told_services(
        "Your provider billed $340.00 for lactation counseling (99402) on 10/12/2026. "
        "The plan paid $0.00."
    )
    assert [(sl.procedure_code, str(sl.date_of_service)) for sl in told.lines] == [
        ("99402", "2026-10-12")
    ]


def test_a_code_named_right_after_for_is_the_services_code() -> None:
    told = told_services(
        "We received it on Mar 7, 2026. The amount of $365.00 was charged on Feb 26, 2026 "
        "for 99404. We allowed $292.00. The provider billed $115.00. The charge was for "
        "99401, given on Mar 30, 2026."
    )
    assert [(sl.procedure_code, str(sl.date_of_service)) for sl in told.lines] == [
        ("99404", "2026-02-26"),
        ("99401", "2026-03-30"),
    ]
    # a number after "for" is a code only right after it: "for Ann Lee, member 12345" is none
    assert (
        told_services("The claim for Ann Lee, member 12345, billed $80.00 on 3/2/2026.")
        .lines[0]
        .procedure_code
        is None
    )


def test_a_code_after_services_billed_is_the_services_code() -> None:
    told = told_services("Services billed: 99403, 2026-03-28, 295.00 dollars.")
    assert [(sl.procedure_code, str(sl.date_of_service)) for sl in told.lines] == [
        ("99403", "2026-03-28")
    ]


def test_a_date_the_claim_was_decided_on_is_another_date() -> None:
    assert service_dates("Decision made on September 20, 2026.") == []
    assert service_dates("We received it on May 3 and made our decision on May 9, 2026.") == []
    text = (
        "Decision made on September 20, 2026. The date of service was July 28, 2026. "
        "A visit on July 28, 2026 was billed."
    )
    assert other_dates(text) == {date(2026, 9, 20)}


def test_a_service_told_in_two_sentences_its_date_first() -> None:
    told = told_services(
        "The provider submitted $360.00 for 99401, provided 08/04/2026. We received it on "
        "08/15/2026. The visit took place on 08/06/2026. It was billed as 98960 at $185.00."
    )
    assert [(sl.procedure_code, str(sl.date_of_service), sl.billed) for sl in told.lines] == [
        ("99401", "2026-08-04", Decimal("360.00")),
        ("98960", "2026-08-06", Decimal("185.00")),
    ]
    # a date told after a service without one is that service's own
    told = told_services("Code 99402 was billed at $100.00. The visit was on 3/2/2026.")
    assert [str(sl.date_of_service) for sl in told.lines] == ["2026-03-02"]


def test_a_post_office_box_or_a_zip_code_after_a_services_word_is_no_code() -> None:
    told = told_services(
        "DEPARTMENT OF FAMILY HEALTH SERVICES PO Box 45424, Santa Fe, NM 87501. "
        "On January 1, 2026 the provider billed $170.00 for service 99401."
    )
    assert [sl.procedure_code for sl in told.lines] == ["99401"]


def test_a_notices_own_date_before_a_service_is_not_the_services() -> None:
    told = told_services(
        "Account holder: Gabriela Lindqvist Notice date: Feb 6, 2026 Membership no.: DJC957823. "
        "The provider billed $365.00 for procedure code S9443 (Lactation class)."
    )
    assert [sl.date_of_service for sl in told.lines] == [None]


def test_a_date_after_a_label_naming_another_kind_of_date_is_no_service_date() -> None:
    from datetime import date

    from appealgen.read.prose_services import service_dates

    assert service_dates("Appeal deadline: February 23, 2027.") == []
    assert service_dates("Date of service: March 3, 2026.") == [date(2026, 3, 3)]
    got = service_dates("Line 1 of the bill: 99401, $5.00, seen Aug 22, 2026.")
    assert got == [date(2026, 8, 22)]


def test_the_date_the_plan_got_the_claim_is_no_service_date() -> None:
    from datetime import date

    from appealgen.read.prose_services import service_dates

    assert service_dates("We got the claim 16 Jul 2026 and processed it 21 Jul 2026.") == []
    assert service_dates("28 Jun 2026: procedure 99401, charged $140.00.") == [date(2026, 6, 28)]
