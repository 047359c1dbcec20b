"""Facts printed as real notices print them: summary panels of labels over amounts, totals
on one line, a claim headed by its date, a name beside its member ID, a plan named with
its type between separators, numbered notes, claim status printouts, sentences that name
the provider."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from page_lines import page_lines, text_document

from appealgen.knowledge import reader_words
from appealgen.models import ServiceLine
from appealgen.read.codekey import read_code_key
from appealgen.read.parse import parse_document
from appealgen.read.plan_names import named_plan
from appealgen.read.reader_prose import prose_provider
from appealgen.read.settings import DEFAULT_SETTINGS
from appealgen.read.totals_panel import panel_totals


def _ctx(rows: list[str]) -> SimpleNamespace:
    return SimpleNamespace(lines=page_lines(rows), glossary_lines=set(), settings=DEFAULT_SETTINGS)


def _services(*rows: tuple[str, str]) -> list[ServiceLine]:
    return [ServiceLine(billed=Decimal(b), paid=Decimal(p)) for b, p in rows]


PANEL = [
    "Amount billed    Your plan discount    What your plan paid    What you owe",
    "  $695.00             $95.00                 $182.00             $418.00",
]


def test_a_panel_of_labels_over_amounts_gives_the_claims_totals():
    ctx = _ctx(PANEL)
    totals, at = panel_totals(ctx, [(0, 2)], _services(("400.00", "100.00"), ("295.00", "82.00")))
    assert (totals.billed, totals.paid, totals.patient_responsibility) == (
        Decimal("695.00"),
        Decimal("182.00"),
        Decimal("418.00"),
    )
    assert totals.allowed is None and at == dict.fromkeys(
        ("billed", "paid", "patient_responsibility"), 1
    )


def test_a_panel_the_services_do_not_add_up_to_is_another_claims_or_the_notices():
    ctx = _ctx(PANEL)
    totals, at = panel_totals(ctx, [(0, 2)], _services(("400.00", "100.00")))
    assert at == {} and totals.billed is None


def test_amounts_under_no_label_are_no_panel():
    rows = ["Amount billed    What your plan paid", "Claim 2026-118 was denied on 3/3/26"]
    totals, at = panel_totals(_ctx(rows), [(0, 2)], _services(("695.00", "182.00")))
    assert at == {}


STATUS = [
    "CLAIM STATUS INQUIRY - RESULTS",
    "Payer: Blue Heron Health Plan  PO Box 54234, Savannah, GA 31401",
    "Provider Services: (858) 555-0161  Inquiry date: 05/26/26",
    "Claim #: 1545 8792 6975   Status: DENIED   Patient: NAKAGAWA, SOLVEIG",
    "Subscriber ID: EGH20688608   DOS: 04/12/26 - 04/12/26",
    "Total billed: 425.00   Total paid: 0.00   Patient resp: 0.00",
    "LN   FROM       PROC    UNITS   CHARGE   ALLOWED   PAID   ADJ",
    "1    04/12/26   99402   1       425.00   0.00      0.00   CO-197 (425.00)",
    "Reason CO-197: Precertification/authorization/notification/pre-treatment absent.",
]


def test_a_claim_status_printout_is_a_remittance_with_its_totals_on_one_line():
    result = parse_document(text_document(STATUS))
    assert result.source.kind == "remittance_835"
    (claim,) = result.claims
    assert claim.patient_name.casefold() == "solveig nakagawa"  # printed surname first
    assert claim.totals.billed == Decimal("425.00") and claim.totals.paid == Decimal("0.00")
    assert claim.totals.patient_responsibility == Decimal("0.00")


def test_remittance_titles_are_data():
    words = reader_words()
    assert words.remittance_titles.search("claim status inquiry - results")
    assert words.remittance_titles.search("remittance advice")
    assert not words.remittance_titles.search("explanation of benefits")
    assert words.payee_words.search("payee npi: 1234567893")


MSN = [
    "Summary Notice",
    "Notice for Ann Lee",
    "Medicare Number    1EG4-TE5-MK73",
    "March 1, 2026",
    "Nest & Nourish Feeding Center, NPI 1548466311",
    "Claim number 26-10912-542-372",
    "Service Provided & Billing Code      Service Approved?   Charged    Approved   Paid",
    "Preventive counseling (99404)         NO                  $225.00    $0.00      $0.00",
    "Total for this claim                                      $225.00    $0.00      $0.00",
    "March 9, 2026",
    "Harbor Latch Clinic, NPI 1548466311",
    "Claim number 26-10912-542-999",
    "Service Provided & Billing Code      Service Approved?   Charged    Approved   Paid",
    "Preventive counseling (99403)         NO                  $180.00    $0.00      $0.00",
    "Total for this claim                                      $180.00    $0.00      $0.00",
]


def test_a_claim_headed_by_a_date_has_its_services_on_that_day():
    result = parse_document(text_document(MSN))
    assert result.member.id == "1EG4-TE5-MK73"  # "Medicare Number" (rules/labels.yaml)
    days = [sl.date_of_service for c in result.claims for sl in c.service_lines]
    assert days == [date(2026, 3, 1), date(2026, 3, 9)]


def test_a_name_beside_its_member_id_is_the_member():
    rows = [
        "Highgate Mutual Health",
        "Clementine Mbeki-Rowe  |  Member ID XKQ123456789  |  Group 123456-001",
        "Highgate Choice Plus PPO  |  PO Box 5512, Milwaukee, WI 53202",
        "Claim 26 0412 8831 05   Status: Denied",
        "Service        Date       Amount billed   Plan paid",
        "99403          03/03/26   $150.00         $0.00",
    ]
    result = parse_document(text_document(rows))
    assert result.member.name == "Clementine Mbeki-Rowe"
    assert result.member.state is None  # the address below is the plan's, not hers
    assert (result.plan.name, result.plan.type) == ("Highgate Choice Plus PPO", "PPO")


def test_a_plan_part_is_a_whole_part_of_its_line():
    lines = page_lines(["Network status: PPO  |  Claims processed", "Your Gold PPO plan pays"])
    assert named_plan(lines) is None


def test_numbered_notes_name_the_standard_code_after_a_space():
    lines = page_lines(
        [
            "Message codes",
            "1  CO-119  Benefit maximum for this time period or occurrence has been reached.",
            "2  N362  The number of days or units of service exceeds our acceptable maximum.",
        ]
    )
    key, _ = read_code_key(lines)
    assert key["1"].startswith("CO-119") and key["2"].startswith("N362")


def test_a_sentence_names_the_provider_before_a_provider_number():
    flat = (
        "On January 1, 2026, you received services from Lantern Bay Lactation, PLLC (provider "
        "number 1990112041). The provider sent us a claim for these services."
    )
    assert prose_provider(flat) == "Lantern Bay Lactation, PLLC"
    assert prose_provider("The provider sent us a claim for these services.") is None


def test_a_post_office_box_is_no_procedure_code():
    rows = [
        "DEPARTMENT OF FAMILY HEALTH SERVICES",
        "PO Box 45424, Santa Fe, NM 87501",
        "NOTICE OF ACTION",
        "Dear Noor Jessup:",
        "On January 1, 2026, you received services from Lantern Bay Lactation, PLLC. The",
        "provider sent us a claim, claim number 9628038697242. We have decided not to pay it.",
        "The service was preventive medicine counseling, procedure code 99401, with a charge",
        "of $170.00.",
    ]
    (claim,) = parse_document(text_document(rows)).claims
    assert [sl.procedure_code for sl in claim.service_lines] == ["99401"]


def test_a_remark_between_two_rows_is_the_upper_rows_note_and_the_table_goes_on():
    # a claim status printout: "Remark N95: …" under the first of a claim's two rows
    from pathlib import Path

    doc = Path(__file__).parent / "data" / "varied" / "wild" / "w04_status_0.pdf"
    from appealgen import parse_file

    claim = next(c for c in parse_file(doc).claims if c.claim_number == "2165 5058 2723")
    assert [sl.procedure_code for sl in claim.service_lines] == ["99401", "S9443"]
    assert claim.service_lines[0].remark_codes == ["N95"]


def test_a_key_under_the_last_row_still_ends_the_table():
    rows = [
        "LN   FROM       PROC    UNITS   CHARGE   ALLOWED   PAID   ADJ",
        "1    04/24/26   99403   1       445.00   0.00      0.00   CO-170 (445.00)",
        "Remark N95: This provider type/provider specialty may not bill this service.",
        "Reason CO-170: Payment is denied when performed/billed by this type of provider.",
    ]
    (claim,) = parse_document(text_document(rows)).claims
    assert [sl.procedure_code for sl in claim.service_lines] == ["99403"]
