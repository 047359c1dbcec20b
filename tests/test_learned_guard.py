"""A learned layout's value replaces the readers' only when it is better supported: a layout
that reads nothing for a field, or learned it as not printed, never clears a value the
readers were sure of, and a claim number it reads must be shaped as one."""

from __future__ import annotations

from decimal import Decimal

from page_lines import page_lines

from appealgen.models import (
    Adjustment,
    Claim,
    Denial,
    Evidence,
    Member,
    ParseResult,
    Provider,
    ServiceLine,
    Source,
)
from appealgen.read import learned_guard as guard
from appealgen.read.anchors import Spot
from appealgen.read.layouts import LearnedLayout
from appealgen.read.learned_merge import merge
from appealgen.read.learned_read import Occ, ReadClaim, Reading

D = Decimal
LINES = page_lines(
    ["Claim ID:  CLM-20931     Billed   Codes", "03/04/2026  99403  $150.00   CO-50"]
)


def _sure(reader: str = "labels") -> Evidence:
    return Evidence(confidence=0.92, sure=True, reader=reader)


def _readers(sure: bool = True) -> ParseResult:
    line = ServiceLine(
        billed=D("150.00"),
        adjustments=[Adjustment("CO", "50")],
        remark_codes=["N54"],
    )
    claim = Claim(
        claim_number="CLM-20931",
        provider=Provider(name="Milkweed Lactation", network="out"),
        service_lines=[line],
        denied=True,
        denial=Denial(
            carc=["CO-50"],
            rarc=["N54"],
            categories=["medical_necessity"],
            primary_category="medical_necessity",
        ),
    )
    result = ParseResult(Source("n.pdf", "0" * 64), member=Member(id="XJH4471209"))
    result.claims = [claim]
    for path in (
        "claims.0.claim_number",
        "claims.0.provider.network",
        "claims.0.denied",
        "claims.0.denial.rarc",
        "claims.0.service_lines.0.billed",
    ):
        result.evidence[path] = Evidence(confidence=0.92 if sure else 0.6, sure=sure)
    return result


def _layout(**more) -> LearnedLayout:
    fields = {
        "claims.claim_number": {"label": "claim id"},
        "claims.lines.billed": {"column": "billed"},
        "claims.lines.codes": {"column": "codes"},
    }
    return LearnedLayout(
        name="bayou-mutual-1",
        payer="Bayou Mutual",
        fingerprint="f" * 16,
        words=[],
        fields=fields,
        **more,
    )


def _reading(number: str = "CLM-20931", codes: str = "", lines: list = LINES) -> Reading:
    row = {
        "claims.lines.billed": Occ("claims.lines.billed", D("150.00"), Spot(1, 2, 0, 7), lines[1]),
        "claims.lines.codes": Occ("claims.lines.codes", codes, Spot(1, 3, 0, 0), lines[1]),
    }
    claim = ReadClaim(
        number=Occ("claims.claim_number", number, Spot(0, 0, 10, 19), LINES[0]), lines=[row]
    )
    return Reading(claims=[claim])


def test_a_claim_number_is_shaped_as_one():
    result = _readers()
    assert guard.claim_number_fits("CLM-20931", result)
    assert guard.claim_number_fits("2026 55511 004", result)
    assert not guard.claim_number_fits("03/04/2026", result)  # a date
    assert not guard.claim_number_fits("2026-03-04", result)
    assert not guard.claim_number_fits("Lactation", result)  # no digit
    assert not guard.claim_number_fits("XJH 4471209", result)  # the member's ID


def test_a_claim_number_the_layout_read_as_a_date_leaves_the_readers_one():
    result = _readers()
    merge(result, _reading(number="03/04/2026"), _layout(), LINES)
    assert result.claims[0].claim_number == "CLM-20931"
    reason = result.evidence["claims.0.claim_number"].reason
    assert "kept over learned layout bayou-mutual-1" in reason
    # a number shaped as one replaces the readers'
    result = _readers()
    merge(result, _reading(number="CLM-20932"), _layout(), LINES)
    assert result.claims[0].claim_number == "CLM-20932"
    assert result.evidence["claims.0.claim_number"].reader == "learned"


def test_not_printed_where_it_was_taught_never_clears_what_the_readers_read_surely():
    lay = _layout(not_printed=["claims.provider.network"])
    result = _readers()
    merge(result, _reading(codes="CO-50 N54"), lay, LINES)
    assert result.claims[0].provider.network == "out"
    assert "claims.0.provider.network" not in result.not_printed
    assert "printed here" in result.evidence["claims.0.provider.network"].reason
    # what the readers were not sure of becomes the layout's null
    result = _readers(sure=False)
    merge(result, _reading(codes="CO-50 N54"), lay, LINES)
    assert result.claims[0].provider.network is None
    assert "claims.0.provider.network" in result.not_printed


def test_a_codes_column_that_reads_no_code_leaves_a_sure_denial_and_its_remarks():
    result = _readers()
    merge(result, _reading(codes=""), _layout(), LINES)
    claim = result.claims[0]
    assert claim.denied and claim.denial.carc == ["CO-50"]
    assert claim.service_lines[0].remark_codes == ["N54"]
    assert "names no denial code" in result.evidence["claims.0.denied"].reason
    # a denial the readers were not sure of gives way to the layout's reading
    result = _readers(sure=False)
    merge(result, _reading(codes=""), _layout(), LINES)
    assert not result.claims[0].denied
    assert result.claims[0].service_lines[0].remark_codes == []


def test_codes_the_layout_reads_replace_the_readers():
    result = _readers()
    merge(result, _reading(codes="CO-50 N130"), _layout(), LINES)
    claim = result.claims[0]
    assert claim.denied and claim.denial.carc == ["CO-50"]
    assert claim.service_lines[0].remark_codes == ["N130"]


def _scanned_name_line(conf: float):
    (line,) = page_lines(["Member:  Marguerite Holinavist"])
    for w in line.words:
        w.conf = 91.0 if w.text != "Holinavist" else conf
    return line


def _name_reading(line) -> Reading:
    occ = Occ("member.name", "Marguerite Holinavist", Spot(0, 1, 0, 21), line)
    return Reading(header={"member.name": occ})


def test_a_name_ocr_read_weakly_leaves_the_name_the_readers_read_surely():
    result = _readers()
    result.member.name = "Marguerite Holmqvist"
    result.evidence["member.name"] = _sure()
    line = _scanned_name_line(conf=38.0)
    merge(result, _name_reading(line), _layout(), [line])
    assert result.member.name == "Marguerite Holmqvist"
    assert "read the layout's value weakly" in result.evidence["member.name"].reason
    # read surely, the layout's name is taken, and sure
    result = _readers()
    result.member.name = "Marguerite Holmqvist"
    result.evidence["member.name"] = _sure()
    line = _scanned_name_line(conf=93.0)
    merge(result, _name_reading(line), _layout(), [line])
    assert result.member.name == "Marguerite Holinavist"
    assert result.evidence["member.name"].sure


def test_a_value_ocr_read_weakly_through_a_layout_is_not_sure():
    result = _readers()
    line = _scanned_name_line(conf=38.0)
    merge(result, _name_reading(line), _layout(), [line])  # the readers read no name
    assert result.member.name == "Marguerite Holinavist"
    ev = result.evidence["member.name"]
    assert not ev.sure and ev.reader == "learned" and "weakly" in ev.reason


def test_a_sure_denial_whose_codes_are_not_on_the_claims_rows_gives_way():
    bare = page_lines(["Claim ID:  CLM-20931     Billed   Codes", "03/04/2026  99403  $150.00"])
    result = _readers()
    result.claims[0].service_lines[0].remark_codes = []
    result.claims[0].denial.rarc = []
    reading = _reading(codes="")
    for occ in reading.claims[0].lines[0].values():
        occ.line = bare[1]
    merge(result, reading, _layout(), bare)
    assert not result.claims[0].denied  # CO-50 was read elsewhere (a key, another claim)


def _two_claims(sure: bool) -> ParseResult:
    result = _readers()
    second = Claim(
        claim_number="CLM-20950",
        service_lines=[ServiceLine(billed=D("90.00"))],
        denied=True,
        denial=Denial(carc=["CO-50"], categories=["medical_necessity"]),
    )
    result.claims.append(second)
    result.evidence["claims.1.claim_number"] = Evidence(confidence=0.9, sure=sure)
    result.evidence["claims.1.denied"] = Evidence(confidence=0.9, sure=True, reader="table")
    return result


def test_a_claim_the_readers_read_surely_and_the_layout_did_not_read_stays():
    result = _two_claims(sure=True)
    merge(result, _reading(codes="CO-50"), _layout(), LINES)
    assert [c.claim_number for c in result.claims] == ["CLM-20931", "CLM-20950"]
    assert result.claims[1].denied and result.claims[1].service_lines[0].billed == D("90.00")
    assert result.evidence["claims.1.denied"].reader == "table"
    reason = result.evidence["claims.1.claim_number"].reason
    assert "kept over learned layout bayou-mutual-1: the layout read no claim" in reason
    assert result.evidence["claims.0.claim_number"].reader == "learned"


def test_a_claim_the_readers_were_not_sure_of_goes_with_the_layout():
    result = _two_claims(sure=False)
    merge(result, _reading(codes="CO-50"), _layout(), LINES)
    assert [c.claim_number for c in result.claims] == ["CLM-20931"]
    assert not any(p.startswith("claims.1.") for p in result.evidence)


def _two_services() -> ParseResult:
    """The readers' claim of two services that make its printed totals."""
    from appealgen.models import Totals

    result = _readers()
    claim = result.claims[0]
    claim.service_lines.append(ServiceLine(billed=D("60.00"), paid=D("10.00")))
    claim.service_lines[0].paid = D("0.00")
    claim.totals = Totals(billed=D("210.00"), paid=D("10.00"))
    return result


def test_services_the_layout_reads_fewer_of_stay_when_the_readers_add_up():
    result = _two_services()
    merge(result, _reading(codes="CO-50"), _layout(), LINES)
    claim = result.claims[0]
    assert [sl.billed for sl in claim.service_lines] == [D("150.00"), D("60.00")]
    why = result.evidence["claims.0.service_lines.1.billed"].reason
    assert "fewer of this claim's services" in why
    # readers that do not add up give way to the layout's one service
    result = _two_services()
    result.claims[0].totals.billed = D("300.00")
    merge(result, _reading(codes="CO-50"), _layout(), LINES)
    assert [sl.billed for sl in result.claims[0].service_lines] == [D("150.00")]


def test_a_total_the_services_do_not_make_leaves_the_readers_total():
    result = _two_services()
    reading = _reading()
    reading.claims[0].lines.append(
        {"claims.lines.billed": Occ("claims.lines.billed", D("60.00"), Spot(1, 2, 0, 7), LINES[1])}
    )
    paid = Occ("claims.totals.paid", D("150.00"), Spot(1, 2, 0, 7), LINES[1])
    billed = Occ("claims.totals.billed", D("210.00"), Spot(1, 2, 0, 7), LINES[1])
    reading.claims[0].fields = {"claims.totals.paid": paid, "claims.totals.billed": billed}
    merge(result, reading, _layout(), LINES)
    claim = result.claims[0]
    assert claim.totals.paid == D("10.00")  # 0.00 + 10.00, as the readers read it
    assert claim.totals.billed == D("210.00")
    assert "claims.0.totals.paid" not in result.evidence or (
        result.evidence["claims.0.totals.paid"].reader != "learned"
    )
    assert result.evidence["claims.0.totals.billed"].reader == "learned"


def test_a_category_the_readers_chose_surely_among_the_codes_ones_stays_first():
    lines = page_lines(
        ["Claim ID:  CLM-20931   Billed   Codes", "03/04/2026  $150.00   CO-170 CO-50"]
    )
    result = _readers()
    result.evidence["claims.0.denial.primary_category"] = _sure("codes")
    merge(result, _reading(codes="CO-170 CO-50", lines=lines), _layout(), lines)
    denial = result.claims[0].denial
    assert denial.carc == ["CO-170", "CO-50"]  # the codes are the layout's
    assert denial.categories[:2] == ["medical_necessity", "provider_type"]
    why = result.evidence["claims.0.denial.primary_category"].reason
    assert "chose it surely among the categories the codes name" in why
    # unsure, the codes' order decides
    result = _readers()
    merge(result, _reading(codes="CO-170 CO-50", lines=lines), _layout(), lines)
    assert result.claims[0].denial.primary_category == "provider_type"


def test_codes_the_layout_reads_off_the_claims_rows_leave_the_codes_printed_on_them():
    key = page_lines(["REMARKS", "CO-96  Non-covered charge(s)."])[1]
    reading = _reading()
    row = reading.claims[0].lines[0]
    row["claims.lines.codes"] = Occ("claims.lines.codes", "CO-96", Spot(3, 0, 0, 5), key)
    result = _readers()
    merge(result, reading, _layout(), LINES)
    denial = result.claims[0].denial
    assert denial.carc == ["CO-50"] and denial.primary_category == "medical_necessity"
    why = result.evidence["claims.0.denial.carc"].reason
    assert "not printed on the claim's rows, the notice's own are" in why
    # the same codes printed on the row are the layout's
    result = _readers()
    merge(result, _reading(codes="CO-50 N130"), _layout(), LINES)
    assert result.claims[0].service_lines[0].remark_codes == ["N130"]
