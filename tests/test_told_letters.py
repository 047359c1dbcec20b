"""Letters that tell their claims in sentences beside other numbers and dates: a date
after a claim word, a reference "for this claim". Wordings here are in no sample."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from page_lines import page_lines
from readdocs import make_pdf, text_lines

from appealgen import parse_file
from appealgen.read.fields import find_fields
from appealgen.read.value_shapes import spaced_id


def _numbers(rows: list[str]) -> list[str]:
    return [f.value for f in find_fields(page_lines(rows)) if f.field == "claim_number"]


def test_a_date_after_a_claim_word_is_no_claim_number() -> None:
    assert spaced_id("Jun 10, 2026 and made our decision") is None
    assert spaced_id("March 17 we wrote") is None
    assert spaced_id("0077 4410 21 was") == "0077 4410 21"
    got = _numbers(["We received this claim on Jun 10, 2026 and made our decision on Jun 17."])
    assert got == []
    assert _numbers(["Claim KR9668303098 was filed by Nest Lactation."]) == ["KR9668303098"]


def test_a_number_said_of_a_reference_for_the_claim_is_not_the_claims() -> None:
    assert _numbers(["Our reference for this claim is 4283826228."]) == []
    # the sentence wraps before the label: the line above says whose it is
    assert (
        _numbers(["Harbor Latch Clinic billed us. Our reference for this", "claim is 2603577."])
        == []
    )
    assert _numbers(["Your claim number is ES45161236747."]) == ["ES45161236747"]
    assert _numbers(["The payment for claim 12345678 was made."]) == ["12345678"]


HEAD = ("Ridgeline Health Cooperative", "PO Box 29013, Denver, CO 80202", "")


# a letter's date and the address it is sent to, above its greeting
_TO_LUCIA = ("Date: 02/07/2026", "Lucia Underwood", "17 Orchard Ave", "Clinton, MD 23084", "")


def _letter(tmp_path: Path, *rows: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *rows)))


def test_a_claim_number_a_sentence_wraps_onto_the_next_line_is_counted() -> None:
    from appealgen.read.evidence import told_claim_ids

    lines = page_lines(
        [
            "This letter is about claim 2026073-480744, filed for Ada Lark. We received a claim",
            "from Farida Osei for care given to your dependent, Ada Lark. The claim",
            "number is 2026180-709386. It was received on Jan 9, 2026 and paid in full.",
        ]
    )
    assert told_claim_ids(lines, range(3)) == {"2026073-480744", "2026180-709386"}
    assert told_claim_ids(lines, range(2)) == {"2026073-480744"}


def test_a_label_never_runs_back_over_a_sentences_end() -> None:
    got = [
        (f.field, f.label)
        for f in find_fields(
            page_lines(["who is covered as a dependent under your policy. Reference #: 2026493807"])
        )
    ]
    assert ("member_id", "your policy. reference #") not in got
    assert [f.field for f in find_fields(page_lines(["Your policy number: W12345678"]))] == [
        "member_id"
    ]


def test_a_claim_paid_in_full_beside_the_denied_one_leaves_it_denied(tmp_path: Path) -> None:
    rows = (
        "Ozark Hollow Medicaid Plan",
        "PO Box 636, Springfield, MO 96728",
        "",
        "Date: 07/02/2026",
        "",
        "Dear Ximena Jankowski:",
        "Claim MC95424147 was filed by Kim Tran, IBCLC for Ximena Jankowski. Your provider",
        "billed $275.00 for lactation counseling (99403) on 06/02/2026.",
        "We denied this claim because no preauthorization was on file for this service. A",
        "separate claim for a visit on 04/27/2026 was paid in full ($68.50) and is not part",
        "of this notice.",
    )
    claim = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims[0]
    assert claim.denied and claim.totals.paid is None
    assert [sl.paid for sl in claim.service_lines] == [None]


def test_a_claims_last_sentences_on_the_next_claims_first_line_are_its_own(
    tmp_path: Path,
) -> None:
    rows = (
        "Westhaven Health Network",
        "PO Box 9510, Georgetown, WY 54974",
        "",
        "Date: July 25, 2026",
        "",
        "This letter is about claim 6128878849797 for care Ximena Hollis received. On June",
        "21, 2026 the patient had a lactation visit (code 99401); the provider charged $345.00.",
        "Our payment for this service was $276.00. Your share is $0.00.",
        "This claim was paid in full. This letter is about claim 2197147855983 for care",
        "Farah O'Neill received. On June 22, 2026 the patient had a lactation visit (code",
        "99402); the provider charged $380.00. The amount we paid your provider was $0.00.",
        "This claim is not payable: lactation consultants are not eligible providers",
        "under your plan. Your claim for the visit on June 10, 2026 was approved, and",
        "we paid $222.50 for it. This letter is about claim 7963015412600 for care",
        "Gabriela Iwu received. On June 23, 2026 the patient had a lactation visit (code",
        "99402); the provider charged $215.00. The amount we paid your provider was $0.00.",
        "It was denied because no preauthorization was on file for this service.",
    )
    claims = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims
    assert [(c.claim_number, c.denied) for c in claims] == [
        ("6128878849797", False),
        ("2197147855983", True),
        ("7963015412600", True),
    ]
    assert claims[1].denial is not None and "not eligible" in (claims[1].denial.reason_text or "")
    assert claims[2].totals.paid == 0


def test_a_claims_text_starts_at_the_sentence_naming_it() -> None:
    from appealgen.read.claim_sentences import at_its_sentence

    text = "This claim was paid in full. This letter is about claim 2197147855983 for care"
    assert text[at_its_sentence(text, "2197147855983") :].startswith("This letter is about")
    # a label line above its claim number is the claim's own
    assert at_its_sentence("Patient: Ann Lee\nClaim 2197147855983", "2197147855983") == 0
    # the end of a sentence begun on the line before is the claim before's
    text = "necessary. We received claim 93590448320 for services to Uma Whitaker."
    assert text[at_its_sentence(text, "93590448320") :].startswith("We received claim")


def test_a_claim_whose_sentence_starts_on_its_numbers_line_takes_no_line_above(
    tmp_path: Path,
) -> None:
    rows = (
        "Kettle River Health Insurance Company",
        "PO Box 332, Springfield, MN 79129",
        "",
        "Date: Aug 30, 2026",
        "",
        "We received a claim from Milkweed Lactation Collective for services to Yara Fairweather",
        "(claim KR1366267196). Milkweed Lactation Collective is in your plan's network. The",
        "charge of $250.00 for the Jul 9, 2026 visit, billed as 99404, was reviewed. The allowed",
        "amount was $175.00. Our payment for this service was $175.00. You owe $0.00. This claim",
        "was paid in full. Your provider billed us for services to Yara Fairweather under claim",
        "KR1508482735. The claim lists a breastfeeding support visit (99402) on Jul 17, 2026 with",
        "a charge of $190.00. The plan paid $0.00. The charge of $150.00 for the Jul 26, 2026",
        "visit, billed as S9443, was reviewed. We paid $0.00. We denied this claim because the",
        "service exceeds the frequency limit of your plan.",
    )
    claims = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims
    assert [c.claim_number for c in claims] == ["KR1366267196", "KR1508482735"]
    assert [str(sl.date_of_service) for sl in claims[1].service_lines] == [
        "2026-07-17",
        "2026-07-26",
    ]
    assert not claims[0].denied and claims[1].denied


def test_services_told_in_sentences_a_line_wraps_are_each_read(tmp_path: Path) -> None:
    rows = (
        "Summitview Health Insurance Company",
        "PO Box 4410, Riverton, OR 97001",
        "",
        "Date: Aug 20, 2026",
        "",
        "Dear Sunniva Bjornstad:",
        "Claim ZER-8127-87613 was filed by Harbor Latch Clinic for Sunniva Bjornstad. Harbor",
        "Latch Clinic is not in your plan's network.",
        "The claim lists a breastfeeding support visit (S9443) on Jul 28, 2026 with a",
        "charge of $305.00. The allowed amount was $0.00.",
        "Our payment for this service was $0.00. You may be billed $305.00 for this",
        "service. Adjustment reason code: PR-242. For the visit on Aug 4, 2026",
        "(procedure S9443) the charge was $190.00.",
        "The allowed amount was $0.00. We paid $0.00.",
    )
    claim = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims[0]
    assert [(str(sl.date_of_service), sl.billed) for sl in claim.service_lines] == [
        ("2026-07-28", 305),
        ("2026-08-04", 190),
    ]


def test_a_claims_own_number_comes_before_a_reference_printed_after_it(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Date: Oct 13, 2026",
        "",
        "We received a claim from Greta Hollis, IBCLC for care given to Solveig Bjornstad.",
        "The claim number is E52519110156. On Aug 5, 2026, the provider billed $320.00 for",
        "service 99402. We paid $0.00. We denied this claim because out-of-network care is",
        "not a benefit of your plan. We received a claim from Milkweed Lactation Collective.",
        "The claim number is E25667194699. Reference number: 7624822450. Milkweed is in",
        "your plan's network. On Aug 8, 2026, the provider billed $390.00 for service 99404.",
        "We paid $0.00. We denied this claim because your plan's coinsurance applies.",
    )
    assert [c.claim_number for c in r.claims] == ["E52519110156", "E25667194699"]


def test_a_reference_said_of_the_claim_makes_no_second_claim_of_its_lines() -> None:
    from appealgen.read.evidence import told_claim_ids

    lines = page_lines(
        [
            "This letter is about claim 23189901, which Milkweed Family Lactation filed for",
            "Valentina Rasmussen. Our reference for this claim is 20247571751. The claim",
        ]
    )
    assert told_claim_ids(lines, range(2)) == {"23189901"}


def test_a_greeting_labels_nothing(tmp_path: Path) -> None:
    from appealgen.read.fields import is_label_cell

    assert not is_label_cell("Dear Subscriber:")
    assert is_label_cell("Subscriber:")
    r = _letter(
        tmp_path,
        *_TO_LUCIA,
        "Dear Subscriber:",
        "Subscriber: Lucia Underwood. Subscriber ID: WPV5568023*02. Your coverage is through",
        "the Seabright Bronze HMO plan. We received claim 4471-88213 for services to Lucia",
        "Underwood. On 01/12/2026, the provider billed $250.00 for service 99403. We denied",
        "this claim because it needed a prior authorization.",
    )
    assert r.member.name == "Lucia Underwood" and r.evidence["member.name"].sure


def test_an_id_in_brackets_after_the_member_read_surely_is_hers(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        *_TO_LUCIA,
        "Dear Lucia Underwood:",
        "We send this notice to the subscriber, Lucia Underwood (ID UXS867875292), for every",
        "person covered under the policy. We received claim 4471-88213 for services to Lucia",
        "Underwood. On 01/12/2026, the provider billed $250.00 for service 99403. We denied",
        "this claim because it needed a prior authorization.",
    )
    assert r.member.id == "UXS867875292" and r.evidence["member.id"].sure


def test_a_claim_word_ending_a_line_over_number_is_and_the_number() -> None:
    from appealgen.read.prose_services import wrapped_claim_numbers

    lines = [
        "We received a claim from Jane Doe, IBCLC for care given to Ada Lark. The claim",
        "number is MW-49087450. Your case number for this review is 20259019829.",
    ]
    assert wrapped_claim_numbers(lines) == [(0, "MW-49087450")]
    # a reference said of the claim names another number
    lines = ["Milkweed Lactation filed it. Our reference for this claim", "is 20247571751."]
    assert wrapped_claim_numbers(lines) == []
    assert wrapped_claim_numbers(["Your claim", "number is 20247571751."]) == [(0, "20247571751")]


@pytest.mark.parametrize(
    ("sentence", "patient"),
    [
        ("This letter is about claim 2197147855 for care Farah Okafor received.", "Farah Okafor"),
        ("Claim 2197147855 was sent on for care Nest Lactation gave.", None),
        (
            "This letter is about claim 23189901, which Milkweed Lactation filed for Ada Lark.",
            "Ada Lark",
        ),
        ("Claim 23189901 was sent for Medical Review.", None),
        ("We received a claim from Nest for care given to your dependent, Ann Lee.", "Ann Lee"),
    ],
)
def test_the_patient_a_sentence_names(sentence: str, patient: str | None) -> None:
    from appealgen.read.reader_prose import PROSE_PATIENT

    m = PROSE_PATIENT.search(sentence)
    assert (m.group(1) if m else None) == patient


def test_a_claims_sentence_begun_lines_above_its_number_starts_it() -> None:
    from appealgen.read.claim_sentences import start_line

    texts = [
        "Claim 5550001 is paid. We paid the visit in full and owe",
        "you nothing more. Your provider billed us under claim",
        "KR1508482735 for the visit on May 9.",
    ]
    assert start_line(texts, 1, -1, "KR1508482735") == 1
    assert start_line(texts, 1, 0, "KR1508482735") == 1
    # no sentence ends before it: the labels and lines above decide
    assert start_line(["Patient: Ann Lee", "Claim: KR1508482735"], 1, -1, "KR1508482735") is None


def test_the_sentences_closing_a_claim_before_a_wrapped_number_are_its_own() -> None:
    from appealgen.read.claim_sentences import closing_words

    texts = [
        "It was denied because the service is not covered. This letter is about claim",
        "2197147855983 for care Ann Lee received.",
    ]
    assert closing_words(texts, [], 0, "111222333") == (
        "\nIt was denied because the service is not covered. "
    )
    assert closing_words(texts, [], 0, "2197147855983") == ""


def test_a_claim_introduced_a_sentence_before_its_number_starts_there() -> None:
    from appealgen.read.claim_sentences import at_its_sentence

    text = (
        "This claim was paid in full. We received a claim from Nest Lactation for care given"
        " to your dependent, Ann Lee. The claim number is ZC103975266."
    )
    assert text[at_its_sentence(text, "ZC103975266") :].startswith("We received a claim")
    # a claim spoken of in the reason before is another one
    text = (
        "This claim is not payable: it duplicates a claim we already processed. The claim"
        " number is ZC103975266."
    )
    assert text[at_its_sentence(text, "ZC103975266") :].startswith("The claim number")


def test_codes_ending_the_claim_before_on_a_claims_first_line_are_not_its_own(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        "Date: 02/07/2026",
        "Dear Subscriber:",
        "This notice covers more than one claim. We received a claim from Sunrise Clinic for",
        "care given to your dependent, Chloe Hollis. The claim number is 3474155590. The claim",
        "lists a visit (99401) on 11/20/2025 with a charge of $115.00. We paid $0.00.",
        "Adjustment reason code: CO-242. This claim is not payable: the provider is not in your"
        " plan's network. We",
        "received a claim from First Latch Lactation for care given to your dependent, Chloe"
        " Hollis. The claim",
        "number is 9335343316. On 11/21/2025 the patient had a lactation visit (code 99403);",
        "the provider charged $230.00. We paid $230.00. This claim was paid in full.",
    )
    assert [(c.claim_number, c.denied) for c in r.claims] == [
        ("3474155590", True),
        ("9335343316", False),
    ]


def test_a_number_a_sentence_gives_a_claim_in_other_words() -> None:
    from appealgen.read.claim_sentences import sentence_claim_numbers

    got = sentence_claim_numbers(
        "Ada Lark was seen by Nest Lactation; the claim for that care\nis number"
        " S5867891445. Authorization number PA6576330 was listed on the claim. A claim"
        " (QR1504634859) was sent to us. Your claim, 12877470-39, was reviewed."
    )
    assert got == {"S5867891445", "QR1504634859", "12877470-39"}
    # a number the words between name as another thing's, a phone number, a date
    assert not sentence_claim_numbers(
        "Our reference for this claim is 20247571751. This claim was processed under group"
        " 473366. Call 887-555-0193 about this claim. We received the claim 2026-01-23."
    )


def test_two_numbers_sentences_give_claims_make_the_claim_unsure() -> None:
    from appealgen.read.evidence import told_claim_ids

    lines = page_lines(
        [
            "This letter is about claim 23189901, which Milkweed Family Lactation filed for",
            "Ada Lark. We paid this claim. Ada Lark was seen by Nest Lactation; the claim",
            "for that care is number S5867891445. It was denied because it was not covered.",
        ]
    )
    assert told_claim_ids(lines, range(3)) == {"23189901", "S5867891445"}


def test_a_claim_printing_another_claims_number_is_noticed() -> None:
    from appealgen.read.claim_sentences import prints_another

    texts = ["We reviewed the claim Amara Feld submitted for Maeve. Its number is 9328519118."]
    assert prints_another(texts, "4847489772", ["4847489772", "9328519118"])
    assert not prints_another(texts, "9328519118", ["9328519118"])
    assert not prints_another(
        ["Claim 26 1404 1182 62 was paid."], "261404118262", ["26 1404 1182 62"]
    )


def test_a_name_never_ends_in_a_slash_or_an_unopened_bracket() -> None:
    from appealgen.read.context import clean_name

    assert clean_name("Ann Lee /") == "Ann Lee"
    assert clean_name("Ann Lee).") == "Ann Lee"
    assert clean_name("Ann Lee (Jr)") == "Ann Lee (Jr)"


def test_a_plan_name_at_a_sentences_end_drops_its_full_stop() -> None:
    from appealgen.read.header import plan_name_of

    assert plan_name_of("Mountain Silver.") == "Mountain Silver"
    assert plan_name_of("Acme Co.") == "Acme Co."


def test_a_plan_labelled_at_the_end_of_a_line_of_sentences_is_unsure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        *_TO_LUCIA,
        "Dear Subscriber:",
        "Lucia Underwood's identification number is EXN912599766. Plan: Thornfield",
        "Silver (HMO).",
        "Group number: 473366. We received claim 4471-88213 for services to",
        "Lucia Underwood. On 01/12/2026, the provider billed $250.00 for service 99403. We",
        "denied this claim because it needed a prior authorization.",
    )
    assert r.plan.name == "Thornfield" and not r.evidence["plan.name"].sure


def test_a_date_told_beside_a_charge_that_no_service_has_is_noticed() -> None:
    from datetime import date

    from appealgen.read.prose_services import untold_dates

    text = (
        "Your provider billed $140.00 for lactation counseling (S9443) on Aug 31, 2026. The"
        " provider submitted 290.00 dollars for 99404, provided 01 Sep 2026. We received it"
        " on Sep 10, 2026."
    )
    assert untold_dates(text, [date(2026, 8, 31)]) == [date(2026, 9, 1)]
    assert untold_dates(text, [date(2026, 8, 31), date(2026, 9, 1)]) == []


def test_a_claim_its_sentence_tells_paid_is_noticed() -> None:
    from appealgen.read.claim_sentences import told_settled

    assert told_settled("We already paid claim 0810458253 from the same provider.", "0810458253")
    text = "Two claims came from Nest: claim 4300963853 was paid and claim 2456116116 was not."
    assert told_settled(text, "4300963853") and not told_settled(text, "2456116116")
    text = "We paid claim CF3928741 (Jan 3, $80.00), but claim CF2853060 was denied."
    assert told_settled(text, "CF3928741") and not told_settled(text, "CF2853060")
    assert told_settled(
        "Claim SB565607-5, for care on\nDec 4, 2025, was paid in full.", "SB565607-5"
    )
    # nothing paid, another claim paid, a claim that was not approved
    assert not told_settled("Claim 5450041504 was processed and $0.00 was paid.", "5450041504")
    assert not told_settled("Claim 5450041504 was not approved. We paid claim 9.", "5450041504")
    assert not told_settled("This letter is about claim 5450041504.", "5450041504")


def test_a_number_shaped_like_the_claims_is_noticed() -> None:
    from appealgen.read.claim_sentences import shaped_like

    text = (
        "Claim 1140190381 for the visit on 07/12/2026 was paid in full. We reviewed the claim"
        "\nHollis Marten submitted. Its number is 8971774766. Refer to ticket 9284431060."
        " Nest Lactation (NPI 1547817035) billed it. Member ID 4477123456. Call 887-555-0193."
    )
    assert shaped_like(text, "1140190381") == ["8971774766"]
    assert shaped_like("Claim MW-49087450, then MW-30328952.", "MW-49087450") == ["MW-30328952"]
    assert shaped_like("Claim MW-49087450, then 30328952.", "MW-49087450") == []


def test_a_paid_claims_number_told_beside_a_denied_one_leaves_its_facts_unsure(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        "Re: claim 5450041504 submitted by Milkweed Family Lactation on behalf of Tamika",
        "Rasmussen. We already paid claim 0810458253 from the same provider; it is not",
        "affected. A charge of $350.00 was submitted for CPT 99404, date of service",
        "02/01/2026. This claim was denied: this type of provider may not bill for the service.",
    )
    denied = [(n, c) for n, c in enumerate(r.claims) if c.denied]
    assert denied
    for n, c in denied:
        if c.claim_number != "5450041504":
            assert not r.evidence[f"claims.{n}.claim_number"].sure


def test_a_sentences_words_after_a_claim_label_are_no_claim_number(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "We received claim 8571252943 from Nest Lactation for Ann Lee. Please use reference",
        "number PA1028603 if you call us about this claim. The claim was for 99402 on",
        "07/22/2026, and the billed amount was $65.00. We denied this claim because it",
        "was not covered.",
    )
    assert [c.claim_number for c in r.claims] == ["8571252943"]


def test_a_claim_number_a_sentence_prints_in_groups_is_read_whole() -> None:
    from appealgen.read.claim_sentences import claim_value

    line = "This letter is about claim 9796 66465 932, which Nest Lactation filed for Ann"
    assert claim_value([line], "9796") == "9796 66465 932"
    above = "The reason code is CO-45. This letter is about claim 5083"
    assert claim_value([above, "3935 7129 for care Ann Lee received."], "5083") == "5083 3935 7129"
    assert claim_value(["Claim 5083    99402    $120.00"], "5083") == "5083"  # a table's row
    assert claim_value(["this claim. The claim was for 99402 on 07/22/2026"], "for 99402") is None


def test_a_reference_for_the_claim_wrapped_before_this_claim_is_not_the_claims() -> None:
    assert (
        _numbers(["We reviewed it. Our reference for", "this claim is R722-52500. Thanks."]) == []
    )


def test_the_date_a_claim_was_decided_on_is_not_its_date_of_service(tmp_path: Path) -> None:
    rows = (
        "Keel Harbor Review Services",
        "PO Box 7355, Georgetown, MD 84544",
        "",
        "Notice date: September 22, 2026",
        "Noor Dunleavy",
        "17 Orchard Ave",
        "Madison, UT 30428",
        "Dear Noor Dunleavy,",
        "We send this notice to the subscriber, Noor Dunleavy (ID ZA454559320), for every",
        "person covered under the policy. You are covered by Keel Gold, an EPO plan.",
        "Decision made on September 20, 2026.",
        "We received a claim from Farida Osei, IBCLC for care given to your dependent, Noor",
        "Dunleavy. The claim number is RR7522540-47. We received this claim on August 13,",
        "2026 and made our decision on August 18, 2026. The date of service was July 28,",
        "2026. The code billed was 99404. Units billed: 1.",
        "Diagnosis code: O92.13. This claim was denied: the records do not show medical",
        "necessity for the service.",
    )
    claim = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims[0]
    assert [str(sl.date_of_service) for sl in claim.service_lines] == ["2026-07-28"]


def test_a_claim_number_printed_in_groups_is_read_whole_for_its_doubts() -> None:
    """ "Claim number 81 0230 4995 49 (...) needs no action." tells that claim settled, and
    "26 6818 2396 88" in its sentences is a number of its shape, as they are printed whole."""
    from appealgen.read.claim_sentences import joined_groups, number_doubt

    text = (
        "Claim number 81 0230 4995 49 (date of service 23 Feb 2026, paid 114.00 dollars)\n"
        "needs no action. Ann Lee was seen by Lantern Bay Lactation; the claim for that\n"
        "care is number 26 6818 2396 88."
    )
    assert joined_groups(text, "81 0230 4995 49")[1] == "810230499549"
    assert "266818239688" in joined_groups(text, "81 0230 4995 49")[0]
    assert "paid" in (number_doubt(text, "81 0230 4995 49") or "")
    shaped = "Claim 26 6818 2396 88 was denied. We also wrote about claim 31 4410 7720 19."
    assert "3144107720" in (number_doubt(shaped, "26 6818 2396 88") or "")
    # other numbers in groups of other lengths, and dates, are not of its shape
    alone = "Claim 26 6818 2396 88 was denied on 03 Apr 2026. Call 800 555 0100."
    assert number_doubt(alone, "26 6818 2396 88") is None


def test_a_claim_read_under_another_number_than_its_label_line_prints_is_unsure(
    tmp_path: Path,
) -> None:
    """ "Claim number: QX4471902" heads a letter of one claim, read under the number of a
    sentence ("... (claim QX4408815)."): which is the claim's is unsure; a letter whose
    label and sentence print one number states it."""
    head = (
        "Tamarack Health Plan",
        "PO Box 5120, Dover, NH 03820",
        "Issued 11 May 2026",
        "Member: Lena Okafor (ID RTP204417755)",
    )
    told = (
        "Dear Lena Okafor,",
        "Your benefits are provided under the PPO plan called Tamarack Select.",
        "Claim ID QX4471902 (Harbor Latch Lactation; patient: Lena Okafor). This is not the claim we paid on 20 Mar",
        "2026 (claim QX4408815).",
        "The service was code 98960 on 02 Apr 2026, billed at $275.00.",
        "We are unable to pay this claim because you have reached the number of visits your",
        "plan allows.",
    )
    r = parse_file(
        make_pdf(tmp_path / "two.pdf", text_lines(*head, "Claim number: QX4471902", *told))
    )
    for n, c in enumerate(r.claims):
        if c.claim_number != "QX4471902":
            assert not r.evidence[f"claims.{n}.claim_number"].sure
    one = [ln.replace("(claim QX4408815)", "(an earlier claim)") for ln in told]
    r = parse_file(
        make_pdf(tmp_path / "one.pdf", text_lines(*head, "Claim number: QX4471902", *one))
    )
    assert [c.claim_number for c in r.claims] == ["QX4471902"]
    assert r.evidence["claims.0.claim_number"].sure


def test_a_sentence_telling_a_claim_paid_with_no_amount_is_found() -> None:
    from appealgen.read.claim_sentences import told_paid

    assert told_paid("You owe $0.00. This claim was\npaid in full. Next.") == (
        "This claim was paid in full."
    )
    assert told_paid("Your share is $0.00. We paid this claim.") == "We paid this claim."
    assert told_paid("We paid $0.00 on this claim.") is None  # an amount: what was paid
    assert told_paid("A separate claim for a visit on 4/2/2026 was paid in full.") is None
    assert told_paid("If this claim is paid later, we will tell you.") is None
    assert told_paid("You may think this claim should have been paid.") is None


def test_a_claim_read_denied_whose_sentences_tell_a_claim_paid_is_unsure(tmp_path: Path) -> None:
    rows = (
        "Granite Coast Health",
        "PO Box 321, Riverton, NH 95624",
        "Mailed 01 May 2026",
        "Dear Nadia Guzman:",
        "Subscriber: Nadia Guzman. Subscriber ID: FJC228363056. Your benefits are provided",
        "under the POS plan called Granite Gold. This claim was processed under group 33560.",
        "Here is what we decided on each claim.",
        "We reviewed the following claims together. We received a claim from Milkweed Family",
        "Lactation for services to Nadia Guzman (claim 2026262017440).",
        "Case ID: 6617291196. Services billed: 98960, Aug. 13, 2026, $160.00.",
        "The amount your plan allows for this service is $0.00. Our payment for this service",
        "was $0.00. Patient responsibility: $0.00. We used adjustment code CO-197.",
        "It was denied because the service needed prior authorization and none was obtained.",
        "We reviewed the claim Nourish Lactation Care, PLLC submitted for Nadia Guzman. Its",
        "number is 2026128969210. Your claim arrived on Aug. 23, 2026. The charge of $115.00",
        "for the Aug. 14, 2026 visit, billed as 99403, was reviewed.",
        "The plan's allowed amount is $92.00. The amount we paid your provider was $92.00.",
        "You owe $0.00. This claim was paid in full.",
    )
    r = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows)))
    for n, c in enumerate(r.claims):
        dates = {str(sl.date_of_service) for sl in c.service_lines}
        if c.denied and "2026-08-14" in dates:  # the paid claim's service read as the denied one's
            assert not r.evidence[f"claims.{n}.service_lines.0.date_of_service"].sure
            assert r.evidence[f"claims.{n}.denied"].sure
            return
    assert all(c.denied is False for c in r.claims if c.claim_number == "2026128969210")


def test_a_claim_read_denied_over_a_claim_told_paid_is_unsure_though_its_payment_is_unread(
    tmp_path: Path,
) -> None:
    """ "We paid this claim." told of the first claim, whose payment ("Payment amount:
    $208.00") is read for no service, and a second claim denied read as one with it: the
    first claim's service is no sure fact of the denied one."""
    rows = (
        "Larkspur Plan Services",
        "PO Box 7710, Dover, ME 04412",
        "Date: 03 Aug 2026",
        "Dear Tamsin Okafor,",
        "Tamsin Okafor is the subscriber for this coverage; the subscriber ID is KQT55102874.",
        "Tamsin Okafor was seen by Wren Adeyemi, IBCLC; the claim for that care is number",
        "612 448 9021. The provider submitted $290.00 for 99403, provided 11 Jun 2026. The",
        "allowed amount was $208.00. Payment amount: $208.00. Your share is $0.00. We paid this claim.",
        "The claim in question, #733 105 6642, came from Ola Brandt, IBCLC and covers Ivo Okafor.",
        "The amount of $340.00 was charged on 16 Jun 2026 for S9443. The amount your plan allows",
        "for this service is $0.00. The plan paid $0.00. The amount you may owe the provider",
        "is $0.00. This claim is not payable: the service was not medically necessary.",
    )
    r = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows)))
    merged = [
        (n, k)
        for n, c in enumerate(r.claims)
        for k, sl in enumerate(c.service_lines)
        if c.denied and str(sl.date_of_service) == "2026-06-11"  # the paid claim's service
    ]
    assert merged  # read as one claim with the denied one
    for n, k in merged:
        assert not r.evidence[f"claims.{n}.service_lines.{k}.date_of_service"].sure
        assert not r.evidence[f"claims.{n}.service_lines.{k}.procedure_code"].sure


def test_the_date_care_was_received_on_is_its_date_of_service_when_no_other_is_told(
    tmp_path: Path,
) -> None:
    rows = (
        "Granite Coast Health",
        "PO Box 6339, Portsmouth, NH 03801",
        "Notice date: Feb 6, 2026",
        "Dear Gabriela Lindqvist,",
        "We have reviewed the claim Kim Tran, IBCLC sent us for lactation care you received on",
        "December 29, 2025 (claim id CL4359833). The provider billed $365.00 for procedure code",
        "S9443 (Lactation class). We denied this claim because the provider is not in our network.",
    )
    claim = parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*rows))).claims[0]
    assert [str(sl.date_of_service) for sl in claim.service_lines] == ["2025-12-29"]


def test_a_claim_number_of_a_procedure_codes_shape_is_asked(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Claim number: 99402",
        "Your provider billed $120.00 for lactation counseling (99402) on 03/09/2026. We",
        "denied this claim because your benefits exclude this service.",
    )
    assert [c.claim_number for c in r.claims] == ["99402"]
    assert not r.evidence["claims.0.claim_number"].sure


def test_a_procedure_code_after_a_claim_labels_word_is_no_claim_number(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Claim BMI-339956 (letter ID PA5303853) from First Latch Lactation Services for Ann",
        "Lee. Your member services ticket is R759-25362. The charge of $105.00 for the Aug 19,",
        "2026 visit, billed as 99401, was reviewed.",
        "Line 1 of the bill: 99401, $420.00, seen Aug 22, 2026. The reason code is CO-197.",
        "Total charges: $525.00. Payment was denied because the service needed prior",
        "authorization and none was obtained.",
    )
    assert [c.claim_number for c in r.claims] == ["BMI-339956"]
    codes = [sl.procedure_code for sl in r.claims[0].service_lines]
    assert "25362" not in codes  # the end of the ticket's number, no code


def test_a_patient_labelled_in_the_claim_befores_sentence_is_unsure_for_this_one(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        "Patient Ana Castillo, claim no. CL2325883. The provider's NPI is 1924462496. We",
        "reviewed the $255.00 charge for procedure code 99401 from 03/08/2026. We have paid",
        "$204.00 on this service. This claim was paid in full.",
        "Claim #CL8482386 concerns services provided to Lucia Petrov. The claim was for",
        "99402 on 03/09/2026, and the billed amount was $120.00. We paid $0.00. It was",
        "denied because your benefits exclude this service.",
    )
    for n, c in enumerate(r.claims):
        if c.claim_number == "CL8482386" and c.patient_name == "Ana Castillo":
            assert not r.evidence[f"claims.{n}.patient_name"].sure


def test_dates_of_service_the_prose_reader_reads_otherwise_are_unsure(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Dear Leopold Oyelowo:",
        "Your provider, Milkweed Lactation Collective, billed us for services to",
        "Yara Oyelowo under claim WM-1372-369663. We got the claim July 6, 2026",
        "and processed it July 21, 2026. NPI: 1848100685. Services billed: 99401,",
        "June 20, 2026, $135.00. Units billed: 2. We are unable to pay this claim",
        "because the service exceeds the frequency limit of your plan. Note that",
        "the visit on June 3, 2026 was covered and $103.50 was paid.",
    )
    (claim,) = r.claims
    assert len(claim.service_lines) == 2  # a paid visit's sentence read as a second service
    dated = {
        str(sl.date_of_service): r.evidence[f"claims.0.service_lines.{j}.date_of_service"].sure
        for j, sl in enumerate(claim.service_lines)
    }
    # the prose reader tells one visit, of June 3: the other date is the one in doubt
    assert dated == {"2026-06-20": False, "2026-06-03": True}


def test_the_readers_agreeing_on_a_letters_services_dispute_nothing() -> None:
    from appealgen.models import ServiceLine
    from appealgen.read.context import ServiceTrace
    from appealgen.read.reader_disputes import mark_disputes
    from appealgen.read.readers import Candidate

    ctx = SimpleNamespace(lines=[SimpleNamespace(text="The visit on June 3, 2026 was $90.00.")])
    one = ServiceLine(date_of_service=date(2026, 6, 3), procedure_code="99401")
    best = Candidate("key_value", [one], [], [ServiceTrace("key_value", [0])])
    mark_disputes(ctx, best, Candidate("prose", [ServiceLine(date_of_service=date(2026, 6, 3))]))
    assert best.services[0].disputed == frozenset()
    other = Candidate("prose", [ServiceLine(date_of_service=date(2026, 6, 20))])
    mark_disputes(ctx, best, other)
    assert best.services[0].disputed == {"date_of_service"}


def test_only_the_services_the_readers_read_apart_are_disputed() -> None:
    from appealgen.models import ServiceLine
    from appealgen.read.context import ServiceTrace
    from appealgen.read.reader_disputes import mark_disputes
    from appealgen.read.readers import Candidate

    ctx = SimpleNamespace(lines=[SimpleNamespace(text="The visit on June 3, 2026 was $90.00.")])
    june3, june9 = date(2026, 6, 3), date(2026, 6, 9)

    def items() -> Candidate:
        return Candidate(
            "key_value",
            [
                ServiceLine(date_of_service=june3, procedure_code="99401"),
                ServiceLine(date_of_service=june9, procedure_code="99402"),
            ],
            [],
            [ServiceTrace("key_value", [0]), ServiceTrace("key_value", [0])],
        )

    # the prose reading tells a third date: the two services both read stay sure
    best = items()
    told = [
        ServiceLine(date_of_service=d, procedure_code=c)
        for d, c in ((june3, "99401"), (june9, "99402"), (date(2026, 6, 20), "99403"))
    ]
    mark_disputes(ctx, best, Candidate("prose", told))
    assert [st.disputed for st in best.services] == [frozenset(), frozenset()]
    # the second service's code is told otherwise for its day: only that code is asked
    best = items()
    told = [
        ServiceLine(date_of_service=june3, procedure_code="99401"),
        ServiceLine(date_of_service=june9, procedure_code="99404"),
    ]
    mark_disputes(ctx, best, Candidate("prose", told))
    assert [st.disputed for st in best.services] == [frozenset(), {"procedure_code"}]
    # a date the prose reading tells no service of: only that service's date is asked
    best = items()
    told = [ServiceLine(date_of_service=june3), ServiceLine(date_of_service=date(2026, 6, 10))]
    mark_disputes(ctx, best, Candidate("prose", told))
    assert [st.disputed for st in best.services] == [frozenset(), {"date_of_service"}]


def test_a_date_in_brackets_after_a_claims_number_is_no_other_claims_number() -> None:
    from appealgen.read.claim_sentences import told_settled

    text = "For comparison, claim 6686081041148 (2026-08-07) was paid $ 131.50."
    assert told_settled(text, "6686081041148")
    assert not told_settled("Claim 5450041504 (2026-08-07) was denied.", "5450041504")


def test_a_claims_reason_told_with_another_claims_is_no_sure_guess_from_its_amounts(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        "Claim ID S3041-1062 (Jane Doe, IBCLC; patient: Ximena Quintero). Authorization number",
        "1074322938 was listed on the claim. We reviewed the $105.00 charge for procedure code",
        "99401 from the second of June, 2026. The diagnosis for this service was O92.4. Paid:",
        "$0.00. Your responsibility is $0.00. Your provider billed $340.00 for lactation",
        "counseling (98960) on the fifth of June, 2026. Diagnosis code: O92.3. We paid $0.00.",
        "You owe $0.00. In all, the claim billed $445.00. We paid $0.00 in total. In total you",
        "owe $0.00. Payment was denied because the claim was billed with an incorrect code.",
        "Nourish Lactation Care, PLLC sent us claim number S4643-5907 for care given to Ximena",
        "Quintero. Your case number for this review is PA5536909. Your provider sent the claim",
        "on the eighth of June, 2026; we finished our review on the twenty-fifth of June, 2026.",
        "The visit of the fourth of June, 2026 was charged at $325.00. The diagnosis for this",
        "service was O92.13. Paid: $0.00. You are responsible for $325.00. A separate claim for",
        "a visit on the twentieth of May, 2026 was paid in full ($117.50) and is not part of",
        "this notice. We have processed claim no. S8592-4441, which Kim Tran, IBCLC submitted",
        "for services provided to Beatriz Quintero. Received: the twelfth of June, 2026. The",
        "third of June, 2026 visit was billed at $340.00. Diagnosis code: O92.13. We have paid",
        "$0.00 on this service. Patient responsibility: $0.00. Claims S4643-5907 and",
        "S8592-4441, for 99402 and 99404, were denied: the first because the provider is not in",
        "your plan's network, the second because the claim was billed with an incorrect code.",
    )
    (n,) = [n for n, c in enumerate(r.claims) if c.claim_number == "S4643-5907"]
    assert not r.evidence[f"claims.{n}.denial.primary_category"].sure
    (m,) = [n for n, c in enumerate(r.claims) if c.claim_number == "S3041-1062"]
    assert r.evidence[f"claims.{m}.denial.primary_category"].sure  # its own reason, told


def test_a_claim_no_part_of_which_was_denied_is_paid(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Dear Linnea Osei:",
        "Your provider, Bea Okafor, IBCLC, billed us for services to Linnea Osei under claim",
        "GP8907297443. For the visit on Jan 27, 2026 (procedure 99401) the charge was $290.00.",
        "No part of this claim was denied.",
        "",
        "Claim GP5903428007 came from Noor Haddad, IBCLC for Linnea Osei. The provider",
        "submitted $280.00 for 99402, provided Jan 29, 2026. We paid $0.00. We did not approve",
        "payment because the procedure code is not valid for the diagnosis billed.",
    )
    told = {c.claim_number: c.denied for c in r.claims}
    assert told["GP8907297443"] is False and told["GP5903428007"] is True


def test_a_claim_number_is_named_only_whole_in_another_claims_reason() -> None:
    from appealgen.read.claim_sentences import names_number

    assert names_number("Claims S4643-5907 and S8592-4441 were denied", "S4643-5907")
    assert names_number("claim S4643-5907, for 99402", "S4643-5907")
    assert not names_number("claim S4643-5907-01 was denied", "S4643-5907")
    assert not names_number("claim 2S4643-5907 was denied", "S4643-5907")
    assert not names_number("claim 77123 was denied", "7712")


def test_a_denied_claim_its_heading_names_and_a_sentence_tells_after_a_paid_one_is_appealed(
    tmp_path: Path,
) -> None:
    """The claim a "Re:" line heads the letter with, told again after a paid claim on the
    paid claim's last line ("This claim was paid in full. Re: claim DK-9815 ..."): that
    sentence closes the paid claim, and the denied one is denied, its facts sure."""
    r = _letter(
        tmp_path,
        "Claim number: BN-7353230",
        "Re: claim DK-9815836",
        "Dear Subscriber:",
        "This letter is about several claims. The following claim was reviewed: claim BN-7353230,",
        "patient Ada Iwu, provider Nest Lactation. For the visit on May 16, 2026 (procedure",
        "S9443) the charge was $330.00. We have paid $264.00 on this service. You owe $0.00.",
        "This claim was paid in full. Re: claim DK-9815836 submitted by Farida Osei, IBCLC.",
        "The provider submitted $375.00 for 99402, provided May 20, 2026. Payment amount: $0.00.",
        "Total charges: $375.00.",
        "Total paid: $0.00. Your share of the claim comes to $0.00. We denied this claim because",
        "lactation consultants are not eligible providers under your plan.",
    )
    (n,) = [n for n, c in enumerate(r.claims) if c.claim_number == "DK-9815836"]
    claim = r.claims[n]
    assert claim.denied is True
    assert claim.denial is not None and claim.denial.primary_category == "provider_type"
    assert r.evidence[f"claims.{n}.claim_number"].sure
    assert r.evidence[f"claims.{n}.service_lines.0.date_of_service"].sure
    (m,) = [m for m, c in enumerate(r.claims) if c.claim_number == "BN-7353230"]
    assert r.claims[m].denied is False


def test_a_bills_line_tells_its_service_in_a_letter(tmp_path: Path) -> None:
    """ "Line 1 of the bill: 99403, $285.00, seen Dec 26, 2025." is a service of its own,
    its code and date read, beside the service told before it."""
    r = _letter(
        tmp_path,
        "Dear Lucia Underwood,",
        "We reviewed a bill from Sunrise Breastfeeding Clinic for Lucia Underwood (claim",
        "CS6220881). We reviewed the $130.00 charge for procedure code S9443 from Dec 23, 2025.",
        "We have paid $0.00 on this service.",
        "You are responsible for $130.00. Line 1 of the bill: 99403, $285.00,",
        "seen Dec 26, 2025. Payment amount: $0.00. The amount you may owe the provider is $285.00.",
        "Total charges: $415.00. We are unable to pay this claim because the provider is not in",
        "your plan's network.",
    )
    (claim,) = r.claims
    told = [(str(sl.date_of_service), sl.procedure_code) for sl in claim.service_lines]
    assert told == [("2025-12-23", "S9443"), ("2025-12-26", "99403")]
    for k in range(2):
        assert r.evidence[f"claims.0.service_lines.{k}.date_of_service"].sure


def test_a_payment_told_of_another_claim_is_not_the_items(tmp_path: Path) -> None:
    """ "We paid $260.25 on your other claim ..." wrapped under a service's line tells
    no payment of that service: the claim stays denied."""
    r = _letter(
        tmp_path,
        "Dear Subscriber:",
        "We reviewed the claim Harbor Latch Clinic submitted for Noor Holm. Harbor Latch",
        "Clinic is not in your plan's network.",
        "Line 1 of the bill: 99403, $240.00, seen December 5, 2025. It was denied because out-of-network",
        "care is not a benefit of your plan. We paid $260.25 on your other claim from the same provider, for",
        "care on October 27, 2025.",
    )
    (claim,) = r.claims
    assert claim.denied is True
    assert [sl.paid for sl in claim.service_lines] == [None]


def test_a_reason_naming_another_claim_is_found() -> None:
    """ "The reason claim E67-1509324 was not paid: ..." told under the next claim names
    the claim before: the category read from it for this claim is asked."""
    from appealgen.models import Claim, Denial
    from appealgen.read.claim_sentences import reason_names_another

    said = "The reason claim E67-1509324 was not paid: the code is not valid."
    one = Claim(claim_number="E67-1509324")
    two = Claim(claim_number="E13-3547975", denial=Denial(reason_text=said))
    assert reason_names_another(two, [one, two]) == "E67-1509324"
    assert reason_names_another(one, [one, two]) is None  # no reason read
    own = Claim(claim_number="E67-1509324", denial=Denial(reason_text=said))
    assert reason_names_another(own, [own, two]) is None  # its own number
    both = "Claims E67-1509324 and E13-3547975 were denied because the code is not valid."
    joint = Claim(claim_number="E13-3547975", denial=Denial(reason_text=both))
    assert reason_names_another(joint, [one, joint]) is None  # told of both


def test_one_service_told_only_in_words_the_sentences_reader_knows_is_read(
    tmp_path: Path,
) -> None:
    """ "The provider submitted $255.00 for 99214, provided 05 Feb 2026.": a denied claim's
    one service, told in words only the services' sentences read, keeps the claim."""
    r = _letter(
        tmp_path,
        "To the billing office of Ripple Lactation Studio:",
        "We processed claim GP8485202714, which Ripple Lactation Studio billed for your patient, Ana",
        "Ruiz. Item 1: 03 Feb 2026; code 97802; charge $285.00; paid. We paid $213.75. This claim was",
        "paid in full.",
        "Claim GP1052624786 for your patient Ana Ruiz (Whitlow Family Lactation) has been",
        "processed. This review has file number R687-53234. The provider submitted $255.00 for 99214,",
        "provided 05 Feb 2026. Our payment for this service was $0.00. This claim was not",
        "paid, since the procedure code is not valid for the diagnosis billed.",
    )
    (claim,) = [c for c in r.claims if c.claim_number == "GP1052624786"]
    assert claim.denied is True
    (sl,) = claim.service_lines
    assert (str(sl.date_of_service), sl.procedure_code, sl.billed) == (
        "2026-02-05",
        "99214",
        Decimal("255.00"),
    )
