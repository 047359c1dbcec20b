"""Signs that a value belongs to another claim's block, or a claim is several claims."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from appealgen.read.evidence_blocks import (
    npi_trouble,
    other_claims_line,
    own_block,
    several_claims,
    skeleton,
)
from appealgen.read.fields import Found


def _lines(*texts: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=t) for t in texts]


# two claims printed as two blocks, read as one claim (rows 2, 3, 6, 7)
TWO_BLOCKS = _lines(
    "Ref. W3962620K   Care received by: Ann Lee   Care from: Milkweed Lactation",
    "Billed as   Visit on   Charge   Plan benefit",
    "99402   Sep 13, 2026   $160.00   $0.00",
    "99401   Sep 16, 2026   $245.00   $0.00",
    "Ref. W4667954T   Care received by: Ann Lee   Care from: First Latch",
    "Billed as   Visit on   Charge   Plan benefit",
    "S9443   Sep 14, 2026   $305.00   $244.00",
    "99403   Sep 17, 2026   $300.00   $240.00",
)


def test_skeleton_replaces_identifiers() -> None:
    assert skeleton("Ref. W3962620K Care received by") == ("ref.", "#", "care")
    assert skeleton("Bill no. 3474155590") == ("bill", "no.", "#")
    # a date, an amount and a procedure code are not identifiers
    assert skeleton("07.18.2026 S9443 360.00") == ("07.18.2026", "s9443", "360.00")


def test_a_head_line_printed_again_between_rows_is_two_claims() -> None:
    why = several_claims(TWO_BLOCKS, [], range(8), [2, 3, 6, 7])
    assert why is not None and "several claims" in why


def test_one_block_is_one_claim() -> None:
    assert several_claims(TWO_BLOCKS, [], range(4), [2, 3]) is None
    # the head printed again after every row (a page heading) names the same identifier
    same = _lines("Claim 4471209 page 1", "99402 Sep 13 $1", "Claim 4471209 page 2", "99401 $2")
    assert several_claims(same, [], range(4), [1, 3]) is None


def test_a_claim_label_printed_again_after_its_rows_is_two_claims() -> None:
    lines = _lines(
        "Treated person: Ann Lee",
        "Service 1 - 11/20/2025 - 99401 - charged $115.00",
        "Treated person: Ann Lee",
        "Service 1 - 11/21/2025 - 99403 - charged $230.00",
    )
    found = [
        Found("patient_name", "Ann Lee", 0, "treated person"),
        Found("patient_name", "Ann Lee", 2, "treated person"),
    ]
    assert several_claims(lines, found, range(4), [1, 3]) is not None
    # the same label twice before the rows (a summary, then the block) is one claim
    five = [*lines, SimpleNamespace(text="Service 2 - 11/22/2025 - 99403 - charged $90.00")]
    assert several_claims(five, found, range(5), [3, 4]) is None


def test_a_claim_column_repeating_the_claims_own_number_is_one_claim() -> None:
    """A table printing the claim number on every service row: the claim's own rows
    repeat its number, which heads no new block; another number on a row does."""
    lines = _lines(
        "Claim Patient Date Service Billed Paid",
        "SV27367121 Ann Lee 05.09.2026 99402 155.00 0.00",
        "SV27367121 Ann Lee 05.18.2026 99404 265.00 0.00",
    )
    same = [
        Found("claim_number", "SV27367121", 0, "claim"),
        Found("claim_number", "SV27367121", 2, "claim"),
        Found("patient_name", "Ann Lee", 0, "patient"),
        Found("patient_name", "Ann Lee", 2, "patient"),
    ]
    assert several_claims(lines, same, range(3), [1, 2]) is None
    other = [*same[:1], Found("claim_number", "SV48486761", 2, "claim")]
    assert several_claims(lines, other, range(3), [1, 2]) is not None


def test_a_claim_column_heading_heads_no_block() -> None:
    """A table's "Claim" heading beside the next heading word is read as a label with the
    value "Care": no claim number, so the claim's own number printed again after its rows
    (its details line) is not a second claim."""
    lines = _lines(
        "Claim Care Diag. Visit Code Billed Decision",
        "identifier recipient code date",
        "8548429617 Ann Lee O92.4 02-28-2026 99403 $140.00 Denied",
        "8548429617 Ann Lee O92.4 03-03-2026 99402 $415.00 Denied",
        "Claim identifier 8548429617: Servicing practitioner Sunrise Clinic",
    )
    found = [
        Found("claim_number", "Care", 0, "claim"),
        Found("claim_number", "8548429617", 4, "claim"),
    ]
    assert several_claims(lines, found, range(5), [2, 3]) is None
    # a number of the claim number's shape in the heading's place is a block's head
    numbered = [Found("claim_number", "2378419263", 0, "claim"), found[1]]
    assert several_claims(lines, numbered, range(5), [2, 3]) is not None


def test_npi_of_the_payee_beside_the_claims_own() -> None:
    lines = _lines(
        "Paid to: Sunrise Clinic Provider no. (NPI): 1234567893",
        "Insurer claim 98029513424 Patient Julia Yilmaz NPI (performing) 1234567901",
        "1 2026-02-09 99401 1 0.00 355.00",
    )
    assert npi_trouble(lines, range(3), "1234567893", "98029513424") is not None
    assert npi_trouble(lines, range(3), "1234567901", "98029513424") is None
    # the first claim's span also holds the notice's heading: its own block starts at its number
    assert own_block(lines, list(range(3)), "98029513424") == [1, 2]


def test_npi_printed_elsewhere_when_the_notice_prints_several() -> None:
    lines = _lines("Provider NPI 1234567893", "Claim 55 line", "Other NPI 1234567901")
    assert npi_trouble(lines, [1], "1234567893", "55") is not None
    assert npi_trouble(_lines("NPI 1234567893", "Claim 55"), [1], "1234567893", "55") is None


def test_a_number_read_as_another_field_is_not_an_npi() -> None:
    # a claim number whose check digit happens to fit the NPI's
    lines = _lines("Claim identifier 1234567919", "Provider NPI 1234567893")
    assert npi_trouble(lines, range(2), "1234567893") is not None
    assert npi_trouble(lines, range(2), "1234567893", None, frozenset({"1234567919"})) is None


def test_a_summary_row_read_for_the_claim_below_it() -> None:
    lines = _lines(
        "Claim For From Charged",
        "S5460-7816 Hye-jin Tanaka First Latch $170.00",
        "S9684-6135 Danielle Tanaka Nourish $135.00",
    )
    found = [Found("patient_name", "Hye-jin Tanaka", 0, "for")]
    other = other_claims_line(
        lines, found, "patient_name", "Hye-jin Tanaka", "S9684-6135", {"S5460-7816"}
    )
    assert other == "S5460-7816"
    own = other_claims_line(
        lines, found, "patient_name", "Hye-jin Tanaka", "S5460-7816", {"S9684-6135"}
    )
    assert own is None


def test_a_patient_label_told_with_the_claim_before_ending_its_sentence() -> None:
    lines = _lines(
        "Patient Uma Whitaker, claim no. 93590448320. This is not the claim we paid.",
        "This letter is about claim 92767707125 for care Chloe Baptiste received.",
    )
    found = [Found("patient_name", "Uma Whitaker,", 0, "patient")]
    other = other_claims_line(
        lines, found, "patient_name", "Uma Whitaker", "92767707125", {"93590448320"}
    )
    assert other == "93590448320"


def test_merged_blocks_leave_nothing_sure_but_the_denial() -> None:
    """End to end: two claim blocks read as one claim state none of their facts."""
    from appealgen.read.evidence import Recorder
    from appealgen.read.settings import DEFAULT_SETTINGS

    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    for path in ("claims.0.denied", "claims.0.claim_number", "claims.0.service_lines.1.paid"):
        rec.put(path, 0.92, "table", located=False)
    rec.cap("claims.0.", "maybe several claims", keep=("claims.0.denied",))
    assert rec.out["claims.0.denied"].sure
    assert not rec.out["claims.0.claim_number"].sure
    assert rec.out["claims.0.service_lines.1.paid"].reason == "maybe several claims"


FRESH = Path(__file__).parent / "data" / "varied" / "fresh"


@pytest.mark.parametrize(
    "name", ["f02_gridheader_0", "f03_perpatient_0", "f04_payadvice_1", "f07_summarydetail_0"]
)
def test_read_notices_mark_no_other_claims_fact_sure(name: str) -> None:
    """Claim blocks read as one, a payee's NPI, a summary row's patient: whatever the
    readers make of these notices, no wrong value is marked sure."""
    from appealgen import parse_file
    from appealgen.read.score import score_sure

    got = parse_file(FRESH / f"{name}.pdf").to_dict()
    want = json.loads((FRESH / f"{name}.expected.json").read_text(encoding="utf-8"))
    s = score_sure(got, want, name=name)
    assert s.wrong_sure == []
    assert s.sure_right > s.unsure_right  # doubting everything is no answer either


def test_a_code_key_line_explains_a_code_it_does_not_apply_it() -> None:
    from appealgen.read.evidence_blocks import code_on_lines, key_line
    from appealgen.read.locate import carc_finder

    co119 = carc_finder("CO", "119")
    assert key_line("a CO 119: Benefit maximum for this time period.", co119)
    assert key_line("CO-119 - Benefit maximum reached", co119)
    assert not key_line("Denial reason code: CO-119.", co119)
    assert not key_line("99402 Sep 13, 2026 $160.00 $0.00 CO-119", co119)
    lines = _lines(
        "S9443 Sep 14, 2026 $305.00 $244.00",
        "99402 Sep 13, 2026 $160.00 $0.00 (1)",
        "(1) CO 119: Benefit maximum for this time period.",
    )
    glossary = {"(1)": "CO 119: Benefit maximum for this time period."}
    assert not code_on_lines(lines, [0, 2], co119, glossary)  # only in the key
    assert code_on_lines(lines, [1], co119, glossary)  # the row's mark explains it
    assert code_on_lines(_lines("ADJ CO-119 160.00"), [0], co119, {})


def test_a_code_after_a_label_applies_it_even_when_the_label_is_short() -> None:
    from appealgen.read.evidence_blocks import key_line
    from appealgen.read.locate import carc_finder

    pr204 = carc_finder("PR", "204")
    assert not key_line("Why: PR-204 This service is not covered under your plan.", pr204)
    assert not key_line("Rsn: PR 204 Not a covered service", pr204)
    assert key_line("b) PR-204 This service is not covered under your plan.", pr204)
    assert key_line("12 PR-204 This service is not covered under your plan.", pr204)


# a remittance read as one claim, no service rows known: two claims' blocks on its lines
TWO_TOTALS = _lines(
    "NAME FERREIRA, OONA U.   HIC G928613586",
    "ICN 5749685011374",
    "040526 S9443 355.00 .00 .00 .00 CO-170 355.00 CR",
    "CLAIM TOTALS 355.00 .00 .00 .00",
    "NAME SZCZEPANSKI, SAOIRSE T.   HIC N540810752",
    "ICN 4666659130013",
    "040826 99403 195.00 136.50 136.50 .00 CO-45 58.50 CR",
    "CLAIM TOTALS 195.00 136.50 136.50 .00",
)


def test_the_only_claim_read_over_two_totals_rows_is_several_claims() -> None:
    why = several_claims(TWO_TOTALS, [], range(8), [], alone=True)
    assert "two totals rows" in why
    # one claim's block: one totals row
    assert several_claims(TWO_TOTALS, [], range(4), [], alone=True) is None
    # another claim was read from the notice too: each claim's lines may be the notice's
    assert several_claims(TWO_TOTALS, [], range(8), []) is None
    # the totals carried to the next page are one claim's, printed twice alike
    carried = _lines(
        "TOTALS CARRIED FORWARD BILLED 2525.00 PAID 495.50",
        "TOTALS BROUGHT FORWARD BILLED 2525.00 PAID 495.50",
        "CLAIM TOTALS 195.00 136.50 136.50 .00",
        "CLAIM TOTALS 195.00 136.50 136.50 .00",
    )
    assert several_claims(carried, [], range(4), [], alone=True) is None
    # a letter's totals in sentences are no rows of amounts
    told = _lines("Total charges: $250.00", "Total charges: $150.00 for the second visit")
    assert several_claims(told, [], range(2), [], alone=True) is None


def test_a_claim_whose_lines_print_a_paid_and_a_denied_status_may_be_two_claims() -> None:
    from page_lines import page_lines

    from appealgen.read.evidence_blocks import two_statuses

    rows = [
        "Claim Ident.: 8851 2748 7490   Status: PAID     Individual Treated: MBEKI-ROWE, NOOR",
        "LN  FROM      PROC   UNITS  CHARGE  ALLOWED  PAID    ADJ",
        "1   08/19/26  99404  1      360.00  252.00   252.00  CO-45 (108.00)",
        "Claim Ident.: 7305 2921 3257   Status: DENIED   Individual Treated: JESSUP, LIESEL",
    ]
    lines = page_lines(rows)
    assert "several claims" in (two_statuses(lines, range(4), [2]) or "")
    # one status only, or a service's own status on its row: one claim
    assert two_statuses(lines, range(3), [2]) is None
    rows[3] = "Line status: Denied"
    assert two_statuses(page_lines(rows), range(4), [2]) is None
