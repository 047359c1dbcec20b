"""Dates a remittance printout prints compact ("122225", "REMIT DATE 022126"): found where
they are printed, so a date read from its own cell or beside its own label is sure."""

from __future__ import annotations

from datetime import date

from page_lines import page_lines, text_document

from appealgen.read.evidence_dates import compact_finder, compact_printing
from appealgen.read.parse import parse_document

PRINTOUT = (
    "CONSOLIDATED BENEFIT SERVICES          PROVIDER REMITTANCE ADVICE",
    "REMIT DATE 022126",
    "SERV-DT   PROC    BILLED   ALLOWED   PROV-PD   PT-RESP   ADJ",
    "NAME HAVERFORD, MIREILLE    HIC Z702430505",
    "ICN 9536966757701",
    "122225    99402   140.00   .00       .00       .00       CO-170 140.00 CR",
    "122825    99403   335.00   .00       .00       .00       CO-170 335.00 CR",
    "CLAIM TOTALS      475.00   .00       .00       .00",
)


def test_a_compact_date_in_its_own_row_and_beside_its_label_is_sure() -> None:
    r = parse_document(text_document(PRINTOUT))
    assert [sl.date_of_service for sl in r.claims[0].service_lines] == [
        date(2025, 12, 22),
        date(2025, 12, 28),
    ]
    for m in range(2):
        assert r.evidence[f"claims.0.service_lines.{m}.date_of_service"].sure
    assert r.notice_date == date(2026, 2, 21)
    assert r.evidence["notice_date"].sure


def test_a_compact_date_is_found_only_as_a_whole_cell_or_token() -> None:
    lines = page_lines(("122225    99402   140.00", "HIC 1222253 122225.00", "ICN 9122225"))
    spot = compact_printing(lines, [0, 1, 2], date(2025, 12, 22))
    assert spot is not None and spot.line == 0
    # inside a longer number, or an amount, is no date
    assert compact_printing(lines, [1, 2], date(2025, 12, 22)) is None
    assert compact_printing(lines, [0], date(2025, 12, 23)) is None
    find = compact_finder(date(2026, 2, 21))
    assert find("REMIT DATE 022126") == [(11, 17)]
    assert find("CHECK 0221261") == [] and find("PAID 022126.00") == []
