"""A notice dated in its letterhead's corner with no colon, in dots or with its month in
capitals ("Issued 07.13.26", "Run date 02 MAY 2026"), beside a processed and a paid date
that are not its own, is dated by that label, not by the processed date under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf

from appealgen import parse_file


def _eob(tmp_path: Path, dated: str, processed: str):
    lines = [
        [(60, "**Harbor Crest Health"), (400, "Explanation of Benefits")],
        [(60, "PO Box 40310, Savannah, GA 31401 (840) 555-0122"), (430, dated)],
        [(430, processed)],
        [(430, "Paid 07.09.26")],
        [(60, "Makena Rowe")],
        [(60, "9517 Orchard Gate St")],
        [(60, "Lindell, VT 05602")],
        [(60, "Cert # 69641986674   Group 75330366")],
        [],
        [(60, "Claim 471304692937   Patient: Makena Rowe")],
        [(60, "Date"), (130, "Service"), (200, "Billed"), (260, "Paid"), (320, "Remarks")],
        [(60, "06.21.26"), (130, "99403"), (200, "$250.00"), (260, "$0.00"), (320, "CO-50")],
    ]
    return parse_file(make_pdf(tmp_path / "eob.pdf", lines, size=8))


@pytest.mark.parametrize(
    ("dated", "want"),
    [("Issued 07.13.26", "2026-07-13"), ("Run date 13 JUL 2026", "2026-07-13")],
)
def test_a_corner_date_without_a_colon_dates_the_notice(tmp_path: Path, dated, want) -> None:
    r = _eob(tmp_path, dated, "Processed 07.12.26")
    assert str(r.notice_date) == want
