"""A learned layout's reading is checked claim by claim: only a claim whose lines miss its
printed total gives way to the readers' reading of it, its own fields the better supported."""

from __future__ import annotations

import copy
from decimal import Decimal

from appealgen.models import Claim, Evidence, ParseResult, ServiceLine, Source, Totals
from appealgen.read import learned_claims as lc

D = Decimal
SURE = Evidence(confidence=0.95, sure=True, reader="learned")
READ = Evidence(confidence=0.9, sure=True, reader="table")
UNSURE = Evidence(confidence=0.6, sure=False, reader="table", reason="weak")


def _claim(number: str, billed: list[str], total: str | None, patient: str = "Ada Quill") -> Claim:
    return Claim(
        claim_number=number,
        patient_name=patient,
        service_lines=[ServiceLine(billed=D(b)) for b in billed],
        totals=Totals(billed=D(total) if total else None),
    )


def _readers() -> ParseResult:
    result = ParseResult(
        source=Source("x.pdf", "0"),
        claims=[_claim("A1", ["100.00", "50.00"], "150.00"), _claim("B2", ["80.00"], "80.00")],
    )
    result.evidence = _evidence(READ, UNSURE, line=1)
    result.not_printed = ["claims.0.service_lines.1.allowed"]
    return result


def _evidence(read: Evidence, patient: Evidence, line: int) -> dict[str, Evidence]:
    """Both claims' numbers and claim 0's line ``line`` billed read as ``read``, claim 0's
    patient as ``patient``."""
    return {
        "claims.0.claim_number": read,
        "claims.0.patient_name": patient,
        f"claims.0.service_lines.{line}.billed": read,
        "claims.1.claim_number": read,
    }


def _learned(readers: ParseResult) -> ParseResult:
    """The layout's reading: claim A1 lost its second line, its patient read surely."""
    result = copy.deepcopy(readers)
    result.claims[0].service_lines.pop()
    result.claims[0].patient_name = "Ada Quillon"
    result.evidence = _evidence(SURE, SURE, line=0)
    result.not_printed = ["claims.0.service_lines.0.allowed"]
    return result


def test_a_claim_misses_its_total_when_its_lines_do_not_make_it():
    assert lc.misses_total(_claim("A1", ["100.00"], "150.00"))
    assert not lc.misses_total(_claim("A1", ["100.00", "50.00"], "150.00"))
    assert not lc.misses_total(_claim("A1", ["100.00"], None))  # nothing printed to miss
    assert lc.meets_total(_claim("A1", ["100.00", "50.00"], "150.00"))
    assert not lc.meets_total(_claim("A1", ["100.00"], None))


def test_only_the_claim_that_misses_its_total_becomes_the_readers():
    readers = _readers()
    result = _learned(readers)
    assert lc.mend(result, readers, "quillon-1") == [0]
    assert [len(c.service_lines) for c in result.claims] == [2, 1]
    assert result.evidence["claims.0.service_lines.1.billed"] is READ  # the readers' evidence
    assert "claims.0.service_lines.0.billed" not in result.evidence  # the layout's is gone
    assert result.evidence["claims.1.claim_number"] is SURE  # claim 1 is the layout's
    assert result.not_printed == ["claims.0.service_lines.1.allowed"]
    assert "claim 1's lines missed its printed total" in result.warnings[0]


def test_the_layouts_sure_field_stands_over_the_readers_unsure_one():
    readers = _readers()
    result = _learned(readers)
    lc.mend(result, readers, "quillon-1")
    assert result.claims[0].patient_name == "Ada Quillon"
    assert result.evidence["claims.0.patient_name"] is SURE


def test_a_field_both_read_surely_otherwise_is_not_sure():
    readers = _readers()
    readers.evidence["claims.0.patient_name"] = READ
    result = _learned(readers)
    lc.mend(result, readers, "quillon-1")
    assert result.claims[0].patient_name == "Ada Quill"  # the reading that meets the total
    ev = result.evidence["claims.0.patient_name"]
    assert not ev.sure and "quillon-1 read 'Ada Quillon'" in ev.reason


def test_the_readers_sure_field_stands_over_the_layouts_unsure_one():
    readers = _readers()
    readers.evidence["claims.0.patient_name"] = READ
    result = _learned(readers)
    result.evidence["claims.0.patient_name"] = UNSURE
    lc.mend(result, readers, "quillon-1")
    assert result.claims[0].patient_name == "Ada Quill"
    assert result.evidence["claims.0.patient_name"] is READ


def test_a_claim_is_found_by_its_number_else_by_its_place():
    readers = _readers()
    learned = [_claim("B2", [], None), _claim("Q7", [], None)]
    assert lc.readers_claim(readers, learned, 0) == 1
    assert lc.readers_claim(readers, learned, 1) == 1  # as many claims: its place
    assert lc.readers_claim(readers, learned + [_claim("Q8", [], None)], 2) is None


def test_a_claim_whose_readers_claim_misses_too_stays_the_layouts():
    readers = _readers()
    readers.claims[0].service_lines.pop()
    result = _learned(readers)
    assert lc.mend(result, readers, "quillon-1") == []
    assert result.claims[0].patient_name == "Ada Quillon"
    assert not result.warnings


def test_a_total_the_layout_did_not_read_gives_way_only_to_more_lines():
    readers = _readers()
    readers.claims[0].service_lines = [ServiceLine(billed=D("150.00"))]  # a totals row
    result = _learned(readers)
    result.claims[0].service_lines = [ServiceLine(billed=D("100.00"))]  # under their total
    assert lc.mend(result, readers, "quillon-1") == []
    assert result.claims[0].service_lines[0].billed == D("100.00")
    result.evidence["claims.0.totals.billed"] = SURE  # the layout read that total
    assert lc.mend(result, readers, "quillon-1") == [0]
    assert result.claims[0].service_lines[0].billed == D("150.00")
