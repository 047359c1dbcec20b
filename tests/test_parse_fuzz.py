"""Random pages never crash the parser: a result or one InputError, nothing else."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.errors import InputError

WORDS = (
    "Claim Member ID Patient Provider NPI Date of service Billed Allowed Paid You owe Total "
    "CO-242 PR-1 N130 CARC 50 S9443 99403 Z39.1 O92.4 denied not covered network $250.00 "
    "1,250.00 (25.00) 03/02/2026 March 2, 2026 2026-03-02 Group: Plan: HMO PPO Medicaid "
    "Remarks Notes (1) 3F — : | · Appeal 180 days Dear insured by administrative services only"
).split()


def _random_pdf(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for _page in range(rng.randint(1, 2)):
        for _ in range(rng.randint(5, 120)):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 8)))
            c.setFont(
                rng.choice(["Helvetica", "Times-Roman", "Courier"]), rng.choice([6, 8, 10, 14, 22])
            )
            c.drawString(rng.uniform(10, 560), rng.uniform(10, 780), text)
        c.showPage()
    c.save()


@pytest.mark.parametrize("seed", range(25))
def test_random_page_gives_a_result_or_one_input_error(tmp_path: Path, seed: int) -> None:
    pdf = tmp_path / f"random_{seed}.pdf"
    _random_pdf(pdf, seed)
    try:
        result = parse_file(pdf)
    except InputError as e:
        assert "\n" not in e.one_line()
        return
    doc = result.to_dict()
    assert doc["schema_version"] == "1"
    for claim in doc["claims"]:
        assert (claim["denial"] is None) == (not claim["denied"])
