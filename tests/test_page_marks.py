"""A fax's or a printer's stamp at the edge of a page is not read as the notice's words."""

from __future__ import annotations

import pytest

from appealgen.read.extract import Page, Word
from appealgen.read.layout import document_lines
from appealgen.read.page_marks import is_transmission_line

CHAR = 5.0


def _page(rows: dict[float, str], number: int = 1) -> Page:
    """A page printing each text at its top (points)."""
    words = []
    for top, text in rows.items():
        x = 40.0
        for token in text.split(" "):
            if token:
                words.append(Word(token, x, x + CHAR * len(token), top, top + 8, 8.0))
            x += CHAR * (len(token) + 1)
    return Page(number, 612, 792, words)


@pytest.mark.parametrize(
    "text",
    [
        "MAR-20-2026 02:05PM  RCVD FROM: 555 201 3300  PG 1/2",
        "2026-03-20 14:05  Sent by Harbor Billing  Page 2",
        "3/20/26, 10:32 AM  Printed from the member website  1/3",
        "03.20.2026 14:05:11  TX job no. 4471  P.01",
    ],
)
def test_fax_and_print_stamps_are_transmission_lines(text: str) -> None:
    assert is_transmission_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Member services 8:00 a.m. to 6:00 p.m., fax 1-800-555-0199",  # hours, no date
        "Notice date 03/20/2026  Page 1 of 2",  # a date and a page, no time of day
        "Date of service 03/02/2026 at 10:30 with Rosa Lind, IBCLC",  # no transmission word
    ],
)
def test_other_lines_are_not(text: str) -> None:
    assert not is_transmission_line(text)


def test_a_stamp_at_the_top_of_a_one_page_notice_is_not_read() -> None:
    page = _page(
        {
            14.0: "04/02/2026 09:41  FROM: ORCHARD VALLEY HEALTH  FAX 555.201.3300  P.001",
            120.0: "Claim number  OV-22817",
            134.0: "Date of service  03/02/2026",
            760.0: "Member services 8:00 a.m. to 6:00 p.m., fax 1-800-555-0199",
        }
    )
    texts = [ln.text for ln in document_lines([page])]
    assert not any("ORCHARD VALLEY" in t for t in texts)
    assert texts[0].startswith("Claim number")
    assert texts[-1].startswith("Member services")  # office hours beside a fax number stay


def test_the_same_words_inside_the_page_are_read() -> None:
    page = _page({400.0: "Received 04/02/2026 09:41 from your provider: 2 pages"})
    assert [ln.text for ln in document_lines([page])] == [
        "Received 04/02/2026 09:41 from your provider: 2 pages"
    ]


def _small(rows: dict[float, str], size: float) -> Page:
    page = _page(rows)
    for w in page.words:
        w.size = size
    return page


def test_a_browsers_print_stamps_in_the_outer_strip_are_not_read() -> None:
    page = _small(
        {
            10.0: "4/2/26 Your claims | Orchard Valley Health",
            120.0: "Claim number  OV-22817",
            776.0: "https://portal.orchardvalley.example/claims?id=22817   1/1",
        },
        7.0,
    )
    assert [ln.text for ln in document_lines([page])] == ["Claim number OV-22817"]


def test_print_nearer_the_middle_or_larger_stays() -> None:
    inside = _small({60.0: "Statement date 04/02/2026", 120.0: "Claim number  OV-22817"}, 7.0)
    assert len(document_lines([inside])) == 2
    large = _small({10.0: "Statement date 04/02/2026", 120.0: "Claim number  OV-22817"}, 11.0)
    assert len(document_lines([large])) == 2
