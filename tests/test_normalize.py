"""Value parsers: every spelling the parser meets, false positives, and fuzzing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appealgen.read import normalize as n

D = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("03/02/2026", D, id="mm/dd/yyyy"),
        pytest.param("3/2/26", D, id="m/d/yy"),
        pytest.param("03-02-2026", D, id="mm-dd-yyyy"),
        pytest.param("March 2, 2026", D, id="month-name"),
        pytest.param("Mar 2, 2026", D, id="month-abbrev"),
        pytest.param("Mar. 2 2026", D, id="month-abbrev-dot-no-comma"),
        pytest.param("2 March 2026", D, id="day-month-year"),
        pytest.param("2026-03-02", D, id="iso"),
        pytest.param("Date of service: 03/02/2026.", D, id="surrounding-text"),
        pytest.param("02/30/2026", None, id="impossible-day"),
        pytest.param("13/01/2026", None, id="month-13"),
        pytest.param("Call 800-555-1234", None, id="phone"),
        pytest.param("ZIP 02110-1234", None, id="zip-plus-4"),
        pytest.param("Claim 2026-03-02-1234", None, id="claim-number-with-date-prefix"),
        pytest.param("1.25.2026", None, id="dotted-number"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
    ],
)
def test_parse_date(text, expected):
    assert n.parse_date(text) == expected


def test_find_dates_positions():
    text = "From 03/02/2026 to March 9, 2026"
    found = n.find_dates(text)
    assert [v for _, _, v in found] == [D, date(2026, 3, 9)]
    start, end, _ = found[0]
    assert text[start:end] == "03/02/2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("$1,250.00", Decimal("1250.00"), id="dollar-comma-cents"),
        pytest.param("1250", Decimal("1250"), id="bare-integer"),
        pytest.param("1,250.00", Decimal("1250.00"), id="comma-cents"),
        pytest.param("($25.00)", Decimal("-25.00"), id="parentheses-negative"),
        pytest.param("-25.00", Decimal("-25.00"), id="minus"),
        pytest.param("-$25.00", Decimal("-25.00"), id="minus-dollar"),
        pytest.param("25.00-", Decimal("-25.00"), id="trailing-minus"),
        pytest.param("$0", Decimal("0"), id="zero"),
        pytest.param(" $ 25.00 ", Decimal("25.00"), id="spaces"),
        pytest.param("—", None, id="em-dash"),
        pytest.param("-", None, id="dash"),
        pytest.param("", None, id="blank"),
        pytest.param(None, None, id="none"),
        pytest.param("12a", None, id="not-money"),
        pytest.param("1,25,0.00", None, id="bad-grouping"),
        pytest.param("($25.00", None, id="unbalanced"),
    ],
)
def test_parse_money(text, expected):
    assert n.parse_money(text) == expected


def test_find_money_skips_codes_dates_phones():
    text = "Billed $250.00 paid 0.00 you owe $25 (25.00) S9443 99401 03/02/2026 800-555-1234"
    assert [v for _, _, v in n.find_money(text)] == [
        Decimal("250.00"),
        Decimal("0.00"),
        Decimal("25"),
        Decimal("-25.00"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("CO-50", [("CO", "50")], id="hyphen"),
        pytest.param("CO 50", [("CO", "50")], id="space"),
        pytest.param("CO50", [("CO", "50")], id="joined"),
        pytest.param("PR - 1", [("PR", "1")], id="spaced-hyphen"),
        pytest.param("Group CO Reason 50", [("CO", "50")], id="group-reason"),
        pytest.param("Group Code CO / Reason Code 50", [("CO", "50")], id="group-code-reason-code"),
        pytest.param("CARC 50", [(None, "50")], id="carc-label"),
        pytest.param("CARC: CO-50", [("CO", "50")], id="carc-label-grouped"),
        pytest.param("Adj reason: 50", [(None, "50")], id="adj-reason"),
        pytest.param("Adjustment reason code 50", [(None, "50")], id="adjustment-reason-code"),
        pytest.param("Reason code 50", [(None, "50")], id="reason-code"),
        pytest.param("Reason codes: 50, 97", [(None, "50"), (None, "97")], id="reason-code-list"),
        pytest.param("CO-B7", [("CO", "B7")], id="alpha-b7"),
        pytest.param("CARC A1", [(None, "A1")], id="alpha-a1"),
        pytest.param("OA-P2", [("OA", "P2")], id="alpha-p2"),
        pytest.param("CO-242 PR-1 OA-18", [("CO", "242"), ("PR", "1"), ("OA", "18")], id="several"),
        pytest.param("CO-050", [("CO", "50")], id="leading-zero"),
        pytest.param("CR-18 PI-45", [("CR", "18"), ("PI", "45")], id="cr-pi-groups"),
    ],
)
def test_find_carcs(text, expected):
    assert n.find_carcs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("CO-999", id="unknown-number"),
        pytest.param("CARC 999", id="unknown-labelled"),
        pytest.param("Denver, CO 80202", id="zip-code"),
        pytest.param("PR 2026-03-02", id="date"),
        pytest.param("Claim PR1234567", id="claim-number"),
        pytest.param("$45.00 CO 45.00", id="amount"),
        pytest.param("PI 3.14", id="decimal"),
        pytest.param("CO 303-555-1234", id="phone"),
        pytest.param("P92.5 Q38.1", id="icd10"),
        pytest.param("S9443 99401 E0603", id="procedure-codes"),
        pytest.param("co 50", id="lowercase-group-in-prose"),
    ],
)
def test_find_carcs_false_positives(text):
    assert n.find_carcs(text) == []


@pytest.mark.parametrize(
    ("group", "code", "patient", "expected"),
    [
        pytest.param(None, "1", False, "PR-1", id="deductible-is-pr"),
        pytest.param(None, "2", False, "PR-2", id="coinsurance-is-pr"),
        pytest.param(None, "3", False, "PR-3", id="copay-is-pr"),
        pytest.param(None, "50", False, "CO-50", id="default-co"),
        pytest.param(None, "204", True, "PR-204", id="patient-amount-pr"),
        pytest.param("oa", "18", False, "OA-18", id="given-group-uppercased"),
        pytest.param("CO", "050", False, "CO-50", id="leading-zero"),
    ],
)
def test_format_carc(group, code, patient, expected):
    assert n.format_carc(group, code, context_amount_is_patient=patient) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("N130", ["N130"], id="bare"),
        pytest.param("Remark: N130", ["N130"], id="remark-label"),
        pytest.param("RARC N130", ["N130"], id="rarc-label"),
        pytest.param("MA130 M15 N95", ["MA130", "M15", "N95"], id="ma-m-n"),
        pytest.param("MA01", ["MA01"], id="ma-leading-zero"),
        pytest.param("N130, N130", ["N130"], id="once-each"),
        pytest.param("N999", [], id="unknown"),
        pytest.param("Dx N61.0 and N64.4", [], id="icd10-not-remark"),
        pytest.param("CAN130", [], id="inside-word"),
    ],
)
def test_find_rarcs(text, expected):
    assert n.find_rarcs(text) == expected


@pytest.mark.parametrize(
    ("fn", "value", "expected"),
    [
        pytest.param(n.is_cpt, "99401", True, id="cpt"),
        pytest.param(n.is_cpt, "0500F", True, id="cpt-category-ii"),
        pytest.param(n.is_cpt, "S9443", False, id="cpt-not-hcpcs"),
        pytest.param(n.is_hcpcs, "S9443", True, id="hcpcs"),
        pytest.param(n.is_hcpcs, "e0603", True, id="hcpcs-lowercase"),
        pytest.param(n.is_hcpcs, "99401", False, id="hcpcs-not-cpt"),
        pytest.param(n.is_hcpcs, "O9213", False, id="hcpcs-not-an-undotted-diagnosis"),
        pytest.param(n.is_icd10, "Z39.1", True, id="icd-dotted"),
        pytest.param(n.is_icd10, "Z391", True, id="icd-undotted"),
        pytest.param(n.is_icd10, "99401", False, id="icd-not-cpt"),
        pytest.param(n.is_icd10, None, False, id="icd-none"),
    ],
)
def test_code_shapes(fn, value, expected):
    assert fn(value) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Z391", "Z39.1"),
        ("z39.1", "Z39.1"),
        ("O9270", "O92.70"),
        ("Q381", "Q38.1"),
        ("R633", "R63.3"),
        ("P925", "P92.5"),
        ("Z00110", "Z00.110"),
        ("F53", "F53"),
        ("1234", None),
    ],
)
def test_normalize_icd10(raw, expected):
    assert n.normalize_icd10(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("99401-95", ("99401", ["95"]), id="hyphen"),
        pytest.param("S9443 GT", ("S9443", ["GT"]), id="space"),
        pytest.param("99401:95:25", ("99401", ["95", "25"]), id="colons"),
        pytest.param("S9443", ("S9443", []), id="no-modifier"),
        pytest.param("99401 95 25", ("99401", ["95", "25"]), id="spaces"),
        pytest.param("hello", (None, []), id="not-a-code"),
        pytest.param("99401-ABC", (None, []), id="bad-modifier"),
    ],
)
def test_split_procedure(raw, expected):
    assert n.split_procedure(raw) == expected


@pytest.mark.parametrize(
    ("npi", "valid"),
    [
        ("1234567893", True),
        ("1234567890", False),
        ("123456789", False),
        ("12345678931", False),
        ("abcdefghij", False),
        ("", False),
        (None, False),
    ],
)
def test_is_valid_npi(npi, valid):
    assert n.is_valid_npi(npi) is valid


def test_find_npis():
    text = "Rendering NPI: 1234567893; claim 1234567890; phone 800-555-1234; NPI 1234567893"
    assert n.find_npis(text) == ["1234567893"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("$9443 GT", "S9443 GT", id="dollar-s-code"),
        pytest.param("§9443", "S9443", id="section-sign"),
        pytest.param("$250.00", "$250.00", id="amount-with-cents-kept"),
        pytest.param("$1,250", "$1,250", id="grouped-amount-kept"),
        pytest.param("$94430", "$94430", id="five-digits-kept"),
    ],
)
def test_normalize_ocr_codes(raw, expected):
    assert n.normalize_ocr_codes(raw) == expected


# --------------------------------------------------------------------------
# Property tests: a value or None, never an exception, never a hang

_pieces = st.sampled_from(
    [*"0123456789/-.,$()§ :COPRANMSZ\n", "CO-", "PR-", "N1", "March ", "Reason code "]
)
_text = st.lists(_pieces, max_size=80).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=500)
@given(_text)
def test_parsers_never_raise(text):
    assert n.parse_date(text) is None or isinstance(n.parse_date(text), date)
    assert n.parse_money(text) is None or isinstance(n.parse_money(text), Decimal)
    assert isinstance(n.find_dates(text), list)
    assert isinstance(n.find_money(text), list)
    for group, code in n.find_carcs(text):
        assert group in (None, *n.GROUP_CODES) and code
    assert isinstance(n.find_rarcs(text), list)
    assert isinstance(n.find_npis(text), list)
    assert isinstance(n.split_procedure(text), tuple)
    assert isinstance(n.is_icd10(text), bool)
    assert isinstance(n.normalize_ocr_codes(text), str)


@settings(max_examples=100, deadline=2000)
@given(st.integers(min_value=1, max_value=5000))
def test_long_repetitive_input_is_fast(k):
    text = ("CO-" * k + "1" * k + "," * k + "$" * k)[:20000]
    n.find_carcs(text)
    n.find_money(text)
    n.find_dates(text)
    n.parse_money(text)


@settings(deadline=None)  # a shared, busy machine must not fail a correct parse on time
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_date_round_trip(d):
    assert n.parse_date(d.strftime("%m/%d/%Y")) == d
    assert n.parse_date(d.isoformat()) == d
    assert n.parse_date(d.strftime("%B %d, %Y")) == d


@given(st.decimals(min_value=-(10**7), max_value=10**7, places=2, allow_nan=False))
def test_money_round_trip(v):
    text = f"${abs(v):,.2f}"
    if v < 0:
        text = f"({text})"
    assert n.parse_money(text) == v
