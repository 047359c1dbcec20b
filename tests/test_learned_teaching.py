"""What ``learn`` takes from one corrected notice: no place that any notice's key or any
column of zeros would give back, and no value printed inside a label as structure."""

from __future__ import annotations

import re

from page_lines import learned_from, page_lines

from appealgen.learn.places import _defined
from appealgen.read.fingerprint import structure_words

TABLE = (
    "Quillon Mutual                 Explanation of benefits",
    "Claim: A1234567",
    "Date          Service     Billed      Deductible     Copay     Paid",
    "03/02/2026    99403       180.00      0.00           0.00      0.00",
    "03/09/2026    99404       220.00      0.00           0.00      0.00",
)


def _corrected(share_heading_rows: tuple[str, ...] = TABLE) -> dict:
    lines = [
        {"date_of_service": d, "procedure_code": c, "billed": b, "paid": "0.00"}
        for d, c, b in (("2026-03-02", "99403", "180.00"), ("2026-03-09", "99404", "220.00"))
    ]
    for line in lines:
        line["patient_responsibility"] = "0.00"
    return {
        "payer": {"name": "Quillon Mutual"},
        "claims": [{"claim_number": "A1234567", "service_lines": lines}],
    }


def test_a_share_of_zeros_under_a_heading_not_its_own_is_learned_nowhere(tmp_path, monkeypatch):
    lay = learned_from(tmp_path, monkeypatch, TABLE, _corrected())
    assert lay.fields["claims.lines.billed"]["column"] == "billed"
    assert "claims.lines.patient_responsibility" not in lay.fields  # deductible? copay?


def test_a_share_of_zeros_under_its_own_heading_is_learned(tmp_path, monkeypatch):
    rows = tuple(r.replace("Deductible", "Balance   ") for r in TABLE)
    lay = learned_from(tmp_path, monkeypatch, rows, _corrected())
    assert lay.fields["claims.lines.patient_responsibility"]["column"] == "balance"


def test_a_code_opening_its_meaning_is_the_notices_key_not_a_services_codes():
    line = "PR-242 - Services not provided by network/primary care providers."
    m = re.search(r"PR-242", line)
    assert _defined(line, m)
    service = "May 3, 2026 - S9443: billed $370.00; you may owe $370.00 (PR-242)"
    assert not _defined(service, re.search(r"PR-242", service))
    assert not _defined("PR-242 370.00", re.search(r"PR-242", "PR-242 370.00"))


def test_a_name_printed_between_two_labels_is_no_structure():
    rows = (
        "PATIENT MBEKI-ROWE, PERPETUA SUBSCRIBER # W816489870",
        "PAYEE Liora Benn, IBCLC     NPI 1403806759",
    )
    words = structure_words(page_lines(rows), ["Perpetua Mbeki-Rowe", "Liora Benn, IBCLC"])
    assert "patient subscriber" in words
    assert not any("perpetua" in w or "liora" in w for w in words)
    assert "payee" in words
