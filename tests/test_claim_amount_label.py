"""An amount after a label that ends in "claim" ("Your responsibility for this claim:
30.00") is no claim number: it does not make a claim look like several read as one."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from appealgen import parse_file
from appealgen.read.evidence import claim_ids, told_claim_ids


def test_an_amount_after_a_claim_label_is_no_claim_number() -> None:
    lines = [
        SimpleNamespace(text="Ida Moss - Claim CB4640819173 - Harbor Latch Clinic", page=1),
        SimpleNamespace(text="Your responsibility for this claim: 30.00", page=1),
        SimpleNamespace(text="Amount for this claim: 1,245.50", page=1),
        SimpleNamespace(text="Claim number: 2026180-709386", page=1),
    ]
    assert claim_ids(lines, range(3)) == set()
    assert told_claim_ids(lines, range(3)) == {"CB4640819173"}
    assert claim_ids(lines, range(4)) == {"2026180-709386"}


BEYOND = Path(__file__).resolve().parent / "data" / "varied" / "beyond"


def test_a_claim_whose_share_is_told_for_this_claim_keeps_its_facts_sure() -> None:
    # "Your responsibility for this claim: 30.00" under the claim's table
    result = parse_file(BEYOND / "y06_dashcols_0.pdf")
    n = next(i for i, c in enumerate(result.claims) if c.claim_number == "CB4640819173")
    assert result.claims[n].denial.primary_category == "cost_sharing"
    for field in ("claim_number", "patient_name", "denial.primary_category"):
        assert result.evidence[f"claims.{n}.{field}"].sure, field
