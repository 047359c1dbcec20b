"""Units read from a column of small numbers are sure only under a heading that names the
units (read/reader_table.py): a scan's "Msg" over message numbers "1 2", read "~Msg" and
"12", is no count of units."""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines

from appealgen import parse_file


def _units(tmp_path: Path, heading: str, count: str):
    rows = [
        *text_lines("Ridgeline Health Cooperative", "PO Box 29013, Denver, CO 80202", ""),
        *text_lines("Claim number: E25-25702521", "Patient: Maya Hollis"),
        [
            (60, "DATE"),
            (130, "CODE"),
            (230, "BILLED"),
            (300, "PAID"),
            (370, "YOU OWE"),
            (460, heading),
        ],
        [
            (60, "02/04/2026"),
            (130, "99403"),
            (230, "280.00"),
            (300, "0.00"),
            (370, "280.00"),
            (460, count),
        ],
        [
            (60, "02/11/2026"),
            (130, "99401"),
            (230, "120.00"),
            (300, "0.00"),
            (370, "120.00"),
            (460, count),
        ],
    ]
    r = parse_file(make_pdf(tmp_path / "grid.pdf", rows))
    return r.claims[0].service_lines[0].units, r.evidence["claims.0.service_lines.0.units"]


@pytest.mark.parametrize("heading", ["UNITS", "QTY"])
def test_units_under_their_heading_are_sure(tmp_path: Path, heading: str) -> None:
    units, ev = _units(tmp_path, heading, "2")
    assert units == 2 and ev.sure


@pytest.mark.parametrize("heading", ["~MSG", "REF"])
def test_small_numbers_under_a_heading_naming_no_units_are_unsure_units(
    tmp_path: Path, heading: str
) -> None:
    units, ev = _units(tmp_path, heading, "12")
    assert units == 12  # a column of small counts is taken for the units ...
    assert not ev.sure  # ... but no heading says so
