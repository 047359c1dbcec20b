"""A learned layout's claim whose lines miss its printed total gives way to the notice's own
reading of that claim; a reading that still misses more totals than the notice's own is not
used: teaching a layout never makes a notice read worse."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from appealgen.models import Claim, ParseResult, ServiceLine, Source, Totals
from appealgen.read import learned, learned_merge, learned_read
from appealgen.read.fingerprint import Fingerprint
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

D = Decimal


def _claim(number: str, billed: list[str], total: str) -> Claim:
    return Claim(
        claim_number=number,
        service_lines=[ServiceLine(billed=D(b)) for b in billed],
        totals=Totals(billed=D(total)),
    )


def _result() -> ParseResult:
    return ParseResult(
        source=Source("x.pdf", "0"),
        claims=[_claim("A1", ["100.00", "50.00"], "150.00"), _claim("B2", ["80.00"], "80.00")],
    )


def test_claims_not_adding_up_counts_claims_whose_lines_miss_their_total():
    result = _result()
    assert learned.claims_not_adding_up(result) == 0
    result.claims[0].service_lines.pop()  # a line lost: 100.00 is not 150.00
    assert learned.claims_not_adding_up(result) == 1
    result.claims[1].service_lines[0].billed = None  # an amount not read
    assert learned.claims_not_adding_up(result) == 2
    result.claims[1].totals = None  # no total printed: nothing to check
    assert learned.claims_not_adding_up(result) == 1


def _apply_with(monkeypatch, change, settings=DEFAULT_SETTINGS) -> ParseResult:
    lay = SimpleNamespace(name="quillon-mutual-1", fingerprint="f" * 16)
    monkeypatch.setattr(learned, "notice_lines", lambda *a, **k: [])
    monkeypatch.setattr(learned, "fingerprint", lambda *a, **k: Fingerprint("", frozenset()))
    monkeypatch.setattr(learned, "list_layouts", lambda: [lay])
    monkeypatch.setattr(learned, "best_match", lambda *a, **k: lay)
    monkeypatch.setattr(learned_read, "read_with", lambda *a, **k: learned_read.Reading())
    monkeypatch.setattr(learned_merge, "merge", lambda result, *a: change(result))
    result = _result()
    doc = SimpleNamespace(pages=[object()])
    learned.apply(doc, SimpleNamespace(settings=settings), result)
    return result


def test_a_claim_whose_learned_lines_lose_a_line_is_the_readers_claim(monkeypatch):
    def lose_a_line(result: ParseResult) -> None:
        result.claims[0].service_lines.pop()
        result.claims[1].patient_name = "Ada Quill"
        result.payer.name = "Quillon Mutual"

    result = _apply_with(monkeypatch, lose_a_line)
    assert [len(c.service_lines) for c in result.claims] == [2, 1]  # the readers' claim 0
    assert result.claims[1].patient_name == "Ada Quill"  # the layout's claim 1 stays
    assert result.payer.name == "Quillon Mutual"  # and the layout's header
    assert result.layout["learned"] == "quillon-mutual-1"
    assert result.layout["readers_claims"] == [0]
    assert any("claim 1's lines missed its printed total" in w for w in result.warnings)


def _lose_a_claims_line(c3_total: str):
    """A learned reading that loses claim 0's second line, reads no claim number the
    readers read for it, and reads a claim C3 of one 1.00 line printing ``c3_total``."""

    def change(result: ParseResult) -> None:
        result.claims[0].service_lines.pop()
        result.claims[0].claim_number = "Z9"  # no claim of the readers has this number
        result.claims.append(_claim("C3", ["1.00"], c3_total))
        result.payer.name = "Quillon Mutual"

    return change


def test_a_learned_reading_missing_totals_no_readers_claim_meets_is_not_used(monkeypatch):
    result = _apply_with(monkeypatch, _lose_a_claims_line("2.00"))
    assert [len(c.service_lines) for c in result.claims] == [2, 1]
    assert result.payer.name is None  # the notice's own reading, whole
    assert result.layout["learned"] is None
    assert result.layout["not_used"] == {"name": "quillon-mutual-1", "check": "missed_totals"}
    assert any("quillon-mutual-1" in w and "not used" in w for w in result.warnings)


def test_a_share_of_claims_missing_their_totals_may_keep_the_layout(monkeypatch):
    lose_a_line = _lose_a_claims_line("1.00")  # C3 meets its total: one claim of 3 misses
    half = ReadSettings(layout_drop_share=0.5)
    result = _apply_with(monkeypatch, lose_a_line, half)
    assert [len(c.service_lines) for c in result.claims] == [1, 1, 1]  # one of three missed
    assert result.payer.name == "Quillon Mutual"
    assert result.layout["learned"] == "quillon-mutual-1"
    result = _apply_with(monkeypatch, lose_a_line)  # any claim missed more: not used
    assert result.layout["learned"] is None


def test_a_layout_whose_anchors_are_not_found_says_so(monkeypatch):
    monkeypatch.setattr(learned_read, "read_with", lambda *a, **k: None)
    lay = SimpleNamespace(name="quillon-mutual-1", fingerprint="f" * 16)
    monkeypatch.setattr(learned, "notice_lines", lambda *a, **k: [])
    monkeypatch.setattr(learned, "fingerprint", lambda *a, **k: Fingerprint("", frozenset()))
    monkeypatch.setattr(learned, "list_layouts", lambda: [lay])
    monkeypatch.setattr(learned, "best_match", lambda *a, **k: lay)
    result = _result()
    learned.apply(
        SimpleNamespace(pages=[object()]), SimpleNamespace(settings=DEFAULT_SETTINGS), result
    )
    assert result.layout["learned"] is None
    assert result.layout["not_used"] == {"name": "quillon-mutual-1", "check": "anchors_not_found"}


def test_a_learned_reading_that_adds_up_as_well_is_used(monkeypatch):
    def read_the_payer(result: ParseResult) -> None:
        result.payer.name = "Quillon Mutual"
        result.claims[1].totals = None  # the layout prints no claim totals

    result = _apply_with(monkeypatch, read_the_payer)
    assert result.payer.name == "Quillon Mutual"
    assert result.layout["learned"] == "quillon-mutual-1"
    assert not result.warnings
