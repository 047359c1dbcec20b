"""A learned layout whose claims miss their printed totals still reads the notice's header
(the member, the member ID, the notice's date) where the header's own checks pass; the
claims stay the notice's own reading."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from page_lines import learned_from, page_lines

from appealgen.models import Claim, Member, ParseResult, Source
from appealgen.read import learned
from appealgen.read.learned_header import checked_header, keep_header, shape_fits
from appealgen.read.learned_read import read_with
from appealgen.read.settings import DEFAULT_SETTINGS

PAYER = "Kestrel Harbor Health Plan"


def _notice(member: str, member_id: str, when: str, number: str) -> list[str]:
    return [
        "EXPLANATION OF BENEFITS",
        f"Payer:   {PAYER}",
        f"Member name:   {member}",
        f"Member ID:   {member_id}",
        f"Notice date:   {when}",
        f"Claim #:   {number}",
    ]


CORRECTED = {
    "payer": {"name": PAYER},
    "member": {"name": "Ada Quill", "id": "KHX482913"},
    "notice_date": "2026-03-02",
    "claims": [{"claim_number": "1545 8792 6975"}],
}


@pytest.fixture
def layout(tmp_path, monkeypatch):
    taught = _notice("Ada Quill", "KHX482913", "03/02/2026", "1545 8792 6975")
    lay = learned_from(tmp_path, monkeypatch, taught, CORRECTED)
    assert "label" in lay.fields["member.id"], lay.fields
    return lay


def _readers() -> ParseResult:
    """The notice's own reading: the member ID glued to a word, the member a heading."""
    return ParseResult(
        source=Source("later.pdf", "0"),
        member=Member(name="Explanation Benefits", id="KHX771203 Notice"),
        claims=[Claim(claim_number="3312 4878 5605")],
    )


def test_an_id_of_another_shape_than_the_learned_one_does_not_fit():
    assert shape_fits("KHX771203", {"shape": "AAA999999"})
    assert not shape_fits("771203", {"shape": "AAA999999"})
    assert shape_fits("771203", {})  # no shape learned: nothing to hold it to


def test_the_header_is_read_when_its_checks_pass(layout):
    later = page_lines(_notice("Bo Lindqvist", "KHX771203", "04/09/2026", "3312 4878 5605"))
    reading = read_with(layout, later)
    result = _readers()
    put = keep_header(result, reading, layout, later)
    assert {"member.name", "member.id", "notice_date"} <= set(put)
    assert (result.member.name, result.member.id) == ("Bo Lindqvist", "KHX771203")
    assert result.notice_date == date(2026, 4, 9)
    assert [c.claim_number for c in result.claims] == ["3312 4878 5605"]  # the readers'
    assert result.evidence["member.id"].reader == "learned"


def test_a_header_value_of_another_shape_is_the_readers(layout):
    later = page_lines(_notice("Bo Lindqvist", "77-1203", "04/09/2026", "3312 4878 5605"))
    reading = read_with(layout, later)
    assert "member.id" in reading.header  # read after its label, but not of its shape
    assert "member.id" not in checked_header(reading, layout, _readers())
    result = _readers()
    keep_header(result, reading, layout, later)
    assert result.member.id == "KHX771203 Notice"  # left as the readers read it
    assert result.member.name == "Bo Lindqvist"


def test_a_layout_whose_claims_miss_their_totals_keeps_its_header(layout, monkeypatch):
    later = page_lines(_notice("Bo Lindqvist", "KHX771203", "04/09/2026", "3312 4878 5605"))
    monkeypatch.setattr(learned, "notice_lines", lambda *a, **k: later)
    monkeypatch.setattr(learned, "list_layouts", lambda: [layout])
    monkeypatch.setattr(learned, "mostly_missed", lambda *a: True)  # its claims miss
    result = _readers()
    doc = SimpleNamespace(pages=[object()])
    learned.apply(doc, SimpleNamespace(settings=DEFAULT_SETTINGS), result)
    assert result.layout["learned"] == layout.name
    assert result.layout["claims_not_used"] == learned.MISSED_TOTALS
    assert "not_used" not in result.layout
    assert result.member.id == "KHX771203"
    assert [c.claim_number for c in result.claims] == ["3312 4878 5605"]
    assert any("only its header was used" in w for w in result.warnings)
