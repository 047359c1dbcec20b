"""Fields printed the ways real notices print them and the reader did not read: a member
ID after a plan's letters, a plan named only as a product line under the payer's name, a
patient's share left in a not-covered column beside the plan's own write-off, and a
claim's caption that names its patient and provider with a dash between them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_lines import page_lines, text_document

from appealgen.read.amount_roles import share_of_parts
from appealgen.read.fields import find_fields
from appealgen.read.kv_pairs import refine_found
from appealgen.read.parse import parse_document
from appealgen.read.person_captions import caption_person, provider_line
from appealgen.read.plan_names import product_line
from appealgen.read.settings import ReadSettings
from appealgen.read.table import exact_column
from appealgen.read.value_shapes import clean_id

D = Decimal


@pytest.mark.parametrize(
    ("value", "member_id"),
    [
        ("HKW 693522514", "HKW 693522514"),
        ("XWZ 123456789  Group 5531", "XWZ 123456789"),
        ("ICN 1234567890", None),  # a label's word before the number is no plan's letters
        ("HKW 6935", "HKW 6935"),
    ],
)
def test_a_member_id_after_a_plans_letters_keeps_them(value, member_id) -> None:
    assert clean_id(value) == member_id


def test_a_labelled_member_id_keeps_its_plans_letters() -> None:
    got = {f.field: f.value for f in find_fields(page_lines(["ID #      XWZ 123456789"]))}
    assert clean_id(got["member_id"]) == "XWZ 123456789"


LETTERHEAD = ["Haverline Health Insurance Company", "PO Box 7, Columbus, OH 43215  1-875-555-0148"]


@pytest.mark.parametrize(
    ("under", "plan"),
    [
        ("Haverline Choice Plus", "Haverline Choice Plus"),
        ("Haverline Silver HMO", "Haverline Silver HMO"),
        ("Haverline Member Services", None),  # one of its offices
        ("Haverline Health Insurance Company", None),  # its own name again
        ("Sunniva Abernethy-Cole", None),  # the addressee: no word of the payer's
        ("Haverline Plan 2026", None),  # a year: no product's name
        ("Haverline Harbor Place", None),  # an address
        # a product named without the payer's word, by its type (and a number with it)
        ("Copper 3500 EPO", "Copper 3500 EPO"),
        ("Meadow Select PPO", "Meadow Select PPO"),
        ("Copper 3500", None),  # no type, no brand: a name and a number
        ("Member Services HMO", None),  # one of its offices
        ("2026 Silver HMO", None),  # a name opens with a word
    ],
)
def test_a_product_line_under_the_payers_name_names_the_plan(under, plan) -> None:
    lines = page_lines([*LETTERHEAD, under])
    assert product_line(lines, 0, LETTERHEAD[0]) == plan


def test_a_product_line_far_below_the_letterhead_names_no_plan() -> None:
    lines = page_lines([LETTERHEAD[0], "", "", "", "", "Haverline Choice Plus"])
    assert product_line(lines, 0, LETTERHEAD[0]) is None


def test_how_far_under_the_letterhead_a_product_line_may_stand_is_a_setting() -> None:
    lines = page_lines([*LETTERHEAD, "Haverline Choice Plus"])
    assert product_line(lines, 0, LETTERHEAD[0], ReadSettings(letterhead_product_lines=1)) is None
    assert product_line(lines, 0, LETTERHEAD[0], ReadSettings(letterhead_product_gap=0.0)) is None
    assert product_line(lines, 0, LETTERHEAD[0], ReadSettings()) == "Haverline Choice Plus"


def test_a_notice_read_whole_takes_its_plan_from_the_product_line() -> None:
    rows = [
        *LETTERHEAD,
        "Haverline Choice Plus",
        "",
        "Member   Ann Lee            ID #   HKW 693522514",
        "Claim number: HV4826007710   Patient: Ann Lee",
        "Service date    Service                  Billed     Allowed    Plan paid   You owe",
        "May 12, 2026    99402 Counseling         $235.00    $200.00    $200.00     $0.00",
    ]
    result = parse_document(text_document(rows))
    assert result.plan.name == "Haverline Choice Plus"
    assert result.member.id == "HKW 693522514"


def _row(**amounts: str) -> dict[str, Decimal | None]:
    return {k: D(v) for k, v in amounts.items()}


@pytest.mark.parametrize(
    ("row", "share"),
    [
        # the plan's saving apart: what it does not cover falls on the member
        (_row(billed="440", paid="0", discount="0", deductible="0", not_covered="440"), D("440")),
        (
            _row(billed="200", paid="100", discount="50", coinsurance="20", not_covered="30"),
            D("50"),
        ),  # fmt: skip
        # no write-off of the plan's own: "not covered" may be the provider's write-off
        (_row(billed="440", paid="0", deductible="0", not_covered="440"), D("0")),
        # the row does not add up with it: the parts alone
        (
            _row(billed="200", paid="100", discount="60", coinsurance="20", not_covered="30"),
            D("20"),
        ),  # fmt: skip
        (_row(billed="200", paid="100"), None),
    ],
)
def test_a_not_covered_amount_is_the_members_beside_the_plans_write_off(row, share) -> None:
    assert share_of_parts(row) == share


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Adaeze Iwu - Nest & Nourish Feeding Center", ("Adaeze Iwu", "Nest & Nourish Feeding Center")),
        ("Juno Eze - care from Lantern Bay Lactation, PLLC - claim 123-456-7890",
         ("Juno Eze", "Lantern Bay Lactation, PLLC")),
        ("Odette Iwu - Farida Osei, IBCLC", ("Odette Iwu", "Farida Osei, IBCLC")),
        ("Ann Lee - Haverline Health Insurance Company", None),  # no provider of care
        ("Page 1 - Harbor Latch Clinic", None),  # no person
        ("Ann Lee - Harbor Latch Clinic - page 2", None),  # more than the claim after them
    ],
)  # fmt: skip
def test_a_dashed_caption_names_the_patient_and_the_provider(text, people) -> None:
    assert caption_person(text) == people


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("Greta Hollis, IBCLC, RN (in-network)", "Greta Hollis, IBCLC, RN"),
        ("Milkweed Lactation Collective (out-of-network)", "Milkweed Lactation Collective"),
        ("Service date  Code  Provider charged", None),
        ("Harbor Latch Clinic, 12 Main St", None),
    ],
)
def test_a_line_of_only_a_provider_names_it(text, provider) -> None:
    assert provider_line(text) == provider


@pytest.mark.parametrize(
    "heading", ["What I owe", "Amount I owe", "Amount you may owe the provider"]
)
def test_more_headings_name_the_patients_share(heading) -> None:
    assert exact_column(heading) == "patient_responsibility"


def test_a_line_that_opens_with_a_label_and_its_number_is_no_rest_of_the_value_above() -> None:
    rows = [
        "Member ID: ABC*123456789 Print date: 03/04/2026 Member: Wren Castellano Program: Gold HMO",
        "Claim number 77120455801 Patient: Wren Castellano Provider: Liora Benn, IBCLC",
    ]
    lines = page_lines(rows)
    got = {f.field: f.value for f in refine_found(lines, find_fields(lines))}
    assert got["plan_name"] == "Gold HMO" and got["member_name"] == "Wren Castellano"


@pytest.mark.parametrize(
    ("sentence", "plan"),
    [
        # a number inside a plan's name ("Silver 2000 HMO"), with its type or before "plan"
        ("This statement explains claims under your Silver 2000 HMO plan.",
         ("Silver 2000 HMO", "HMO")),
        ("You are covered by the Ridgeline Silver 2000 HMO.",
         ("Ridgeline Silver 2000 HMO", "HMO")),
        # a name that ends in a number is a policy's number, not a plan's name
        ("Your Policy 12345 coverage ends on June 1, 2026 unless you renew it.", None),
        ("Claims under your Gold 1500 plan are shown below for your records.", None),
    ],
)  # fmt: skip
def test_a_plan_named_in_a_sentence_with_a_number_in_its_name(sentence, plan) -> None:
    from appealgen.read.plan_names import plan_in_sentences

    assert plan_in_sentences(sentence, None) == plan


def test_a_part_of_a_line_that_is_a_plan_with_a_number_in_its_name() -> None:
    from appealgen.read.plan_names import named_plan

    lines = page_lines(["Member ID: QXR448120937  |  Silver 2000 HMO  |  Group 5512"])
    assert named_plan(lines) == ("Silver 2000 HMO", "HMO")
