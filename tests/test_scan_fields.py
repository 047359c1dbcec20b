"""benchmarks/scan_fields.py: a scan's header, totals and service lines scored apart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import scan_fields  # noqa: E402


def _doc(lines: list[dict], total: str = "300.00") -> dict:
    claim = {"claim_number": "C1", "totals": {"billed": total}, "service_lines": lines}
    return {"member": {"id": "M1"}, "claims": [claim]}


def _line(billed: str, code: str = "99403") -> dict:
    return {"procedure_code": code, "billed": billed, "date_of_service": "2026-05-01"}


def test_lines_lost_while_the_header_and_totals_read_right_are_told_apart() -> None:
    want = _doc([_line("100.00"), _line("200.00", "99404")])
    got = _doc([_line("100.00"), _line("200.00", "99404")])
    got["claims"][0]["service_lines"][1] = _line("20.00", "99404")  # one amount misread
    tally = scan_fields.Tally()
    tally.add(got, want, "x")
    assert tally.groups["header"][0] == tally.groups["header"][1]
    assert tally.groups["totals"] == [4, 4]  # billed, and the three not printed as not read
    assert tally.fields["billed"] == [1, 2]
    assert tally.fields["procedure_code"] == [2, 2]
    assert tally.lines == [2, 2, 2]
    report = "\n".join(tally.report("lines"))
    assert "line[1] billed" in report and "member.id" not in report


def test_a_line_not_read_counts_against_every_field_of_it() -> None:
    want = _doc([_line("100.00"), _line("200.00")])
    tally = scan_fields.Tally()
    tally.add(_doc([_line("100.00")]), want, "x")
    assert tally.lines == [1, 2, 1]
    assert tally.fields["billed"] == [1, 2] and tally.fields["date_of_service"] == [1, 2]


def test_a_held_out_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "heldout"
    folder.mkdir()
    with pytest.raises(SystemExit):
        scan_fields.main([str(folder)])
