"""General reading of labels and values on layouts the label data does not list word for
word: captions that name a claim's patient, "LABEL: LAST, FIRST" pairs in capitals, a
party's word in an amount's heading, totals rows under other labels, a label's value line
above a table, numbers printed in digit groups, an NPI in parentheses after a provider, a
plan named with its type beside a hyphen."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.kv_pairs import split_pairs
from appealgen.read.person_captions import caption_person
from appealgen.read.row_words import row_words
from appealgen.read.table import match_column

VARIED = Path(__file__).parent / "data" / "varied"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Claims for MBEKI-ROWE, KEZIAH (Spouse)", ("KEZIAH MBEKI-ROWE", None)),
        (
            "For Ann Lee, from Harbor Latch Clinic (out of network)",
            ("Ann Lee", "Harbor Latch Clinic"),
        ),
        ("Notice for Sunniva Iwu", ("Sunniva Iwu", None)),
        ("Services for Ines de la Cruz", ("Ines de la Cruz", None)),
        ("Claim AB320360644 for Clementine Oyelaran", ("Clementine Oyelaran", None)),
        ("Claim No. 4471-22 for Ann Lee", ("Ann Lee", None)),
    ],
)
def test_a_caption_names_the_person_its_claims_are_for(text, people):
    assert caption_person(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "For questions call 1-800-555-0100",
        "Claims for Your Family",
        "For Member Services, call us",
        "Statement for Harbor Health Clinic",
        "For the period 03/02/26 to 03/31/26",
        "For Ann Lee we denied the claim because it was late",
        "Ann Lee received care",
        "Claim 4471220 for services on 03/02/2026",
        "Claim for Ann Lee's visit was denied because it was late",
    ],
)
def test_lines_that_name_nobody_are_no_captions(text):
    assert caption_person(text) is None


def test_pairs_in_capitals_keep_a_name_printed_surname_first_and_an_id_suffix():
    words = "PATIENT: OYELOWO, MAKENA MEMBER #: NUD886699630 02 ACCT: 558760 CLAIM #: 96-1".split()
    _, pairs = split_pairs(words)
    assert [(label, value) for label, value, _s, _e in pairs] == [
        ("PATIENT", "OYELOWO, MAKENA"),
        ("MEMBER #", "NUD886699630 02"),
        ("ACCT", "558760"),
        ("CLAIM #", "96-1"),
    ]


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Member's Responsibility to Provider", "patient_responsibility"),
        ("Amount you owe", "patient_responsibility"),
        ("Rendering provider", "provider_name"),
        ("Paid to provider", "paid"),
    ],
)
def test_a_party_in_an_amount_heading_is_whom_the_amount_is_owed(heading, column):
    assert match_column(heading) == column


def test_a_providers_own_responsibility_is_no_patient_share():
    assert match_column("Provider Resp") != "patient_responsibility"


@pytest.mark.parametrize("row", ["Sum for claim 680.00", "Sum 120.00", "CLM TOTAL 370.00"])
def test_totals_rows_under_other_labels(row):
    assert row_words().total_rows.search(row)


@pytest.mark.parametrize("row", ["Summary of your claims", "Summit Lactation 120.00"])
def test_rows_that_are_no_totals(row):
    assert not row_words().total_rows.search(row)


def _read(name: str) -> dict:
    return parse_file(VARIED / name).to_dict()


def test_a_label_and_its_value_above_a_table_are_no_heading_and_totals_are_read(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    got = _read("stray/s03_twopanel_0.pdf")  # "Rendering Prov | Nest & Nourish ..."
    assert [c["provider"]["name"] for c in got["claims"]] == [
        "Nest & Nourish Feeding Center",
        "Priya Raman, IBCLC",
    ]
    assert [c["totals"]["billed"] for c in got["claims"]] == ["680.00", "335.00"]


def test_a_household_statement_reads_each_persons_claims(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    got = _read("stray/s01_household_0.pdf")
    assert [c["patient_name"].title() for c in got["claims"]] == [
        "Keziah Mbeki-Rowe",
        "Keziah Mbeki-Rowe",
        "Wilder Mbeki-Rowe",
    ]
    assert (got["plan"]["name"], got["plan"]["type"]) == ("Kettle River Gold PPO", "PPO")


def test_a_number_in_digit_groups_and_an_npi_after_the_provider(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    claim = _read("wild/w08_mcodenial_0.pdf")["claims"][0]
    assert claim["claim_number"] == "9796 66465 932"
    assert claim["provider"] == {
        "name": "Milkweed Lactation Collective",
        "npi": "1666482975",
        "network": None,
    }


def test_values_run_together_under_a_row_of_labels_are_parted_by_the_labels(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    got = _read("wild/w10_benefits_0.pdf")  # "… Health Plan PPO JUL 29 2026" under Plan | Date
    assert got["plan"]["name"] == "State Employees Health Plan PPO"
    assert got["notice_date"] == "2026-07-29"


def test_a_vouchers_patients_in_capitals_and_its_account_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    got = _read("stray/s02_voucher_0.pdf")  # "PATIENT: OYELOWO, MAKENA  MEMBER #: … ACCT: …"
    assert [c["patient_name"].title() for c in got["claims"]] == [
        "Makena Oyelowo",
        "Perpetua Jessup",
        "Sunniva Lindqvist",
    ]
    assert got["plan"]["group_number"] is None  # ACCT is the provider's patient account
    assert got["payer"]["name"].title() == "Sagebrush Health Plans"  # its title after it


def test_a_members_notice_that_names_no_patient_is_about_the_members_care(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    got = _read("wild/w08_mcodenial_1.pdf")  # two claims, "Member" printed, no patient
    assert [c["patient_name"] for c in got["claims"]] == [got["member"]["name"]] * 2
    assert got["evidence"]["claims.1.patient_name"]["reader"] == "addressee"


def test_a_network_columns_cell_says_whether_the_provider_is_in_the_network(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    assert match_column("NTWK") == "network"
    assert match_column("Network savings") == "discount"
    got = _read("wild/w11_grid_0.pdf")  # a "NTWK" column of IN and OUT
    assert [c["provider"]["network"] for c in got["claims"]] == ["in", "in", "out"]
