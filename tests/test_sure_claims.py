"""Sureness of what a letter lists as a claim's: all of its services, its member, and
whether it was denied.

- a claim whose services read are not all it prints (a service read without its date,
  or a billed total above what its services add up to) has its dates and codes unsure;
- a member's name or ID printed on a claim's service row, in a notice of several
  patients' claims, may be that patient's: unsure;
- a claim taken as denied for its patient share is only as sure as that share.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

from appealgen.models import Claim, Evidence, Member, ParseResult, ServiceLine, Source, Totals
from appealgen.read import locate as lc
from appealgen.read.context import ClaimTrace, ServiceTrace
from appealgen.read.evidence import Recorder
from appealgen.read.evidence_claim import ClaimCheck
from appealgen.read.evidence_claims import _share_sure
from appealgen.read.evidence_member import on_a_patients_row
from appealgen.read.evidence_whole import codes_missed, lines_missed, services_untold, whole_claim
from appealgen.read.settings import DEFAULT_SETTINGS


def _line(day: int | None, billed: str = "100.00") -> ServiceLine:
    return ServiceLine(
        date_of_service=date(2026, 3, day) if day else None,
        procedure_code="99403",
        billed=Decimal(billed),
    )


def test_a_service_without_its_date_leaves_the_claims_dates_incomplete() -> None:
    assert lines_missed(Claim(service_lines=[_line(2), _line(9)])) is None
    assert lines_missed(Claim(service_lines=[_line(None), _line(None)])) is None  # none printed
    why = lines_missed(Claim(service_lines=[_line(2), _line(None)]))
    assert why and "no date" in why


def test_a_service_without_its_code_leaves_the_claims_codes_incomplete() -> None:
    bare = ServiceLine(date_of_service=date(2026, 3, 9), billed=Decimal("365.00"))
    assert codes_missed(Claim(service_lines=[_line(2), _line(9)])) is None
    assert codes_missed(Claim(service_lines=[bare, bare])) is None  # none printed
    why = codes_missed(Claim(service_lines=[_line(2), bare]))
    assert why and "no code" in why
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    for field in ("date_of_service", "procedure_code", "modifiers", "diagnosis_codes"):
        rec.put(f"claims.0.service_lines.0.{field}", 0.92, "prose", located=False)
    rec.put("claims.0.diagnosis_codes", 0.92, "prose", located=False)
    whole_claim(rec, "claims.0", Claim(service_lines=[_line(2), bare]))
    for field in ("procedure_code", "modifiers", "diagnosis_codes"):
        assert not rec.out[f"claims.0.service_lines.0.{field}"].sure
    assert not rec.out["claims.0.diagnosis_codes"].sure
    assert rec.out["claims.0.service_lines.0.date_of_service"].sure  # its dates are all read


def test_a_service_a_sentence_tells_that_no_line_read_has_leaves_the_claim_incomplete() -> None:
    """Read one line at a time (no prose text), the claim's sentence lines still count."""
    printed = [
        "Claim number HBA-4412-870936: Hollis Marten, IBCLC asked us to pay for care Tamsin",
        "Haverford received. The provider's NPI is 1961425356. Services billed: 99403,",
        "2026-03-28, 295.00 dollars. The allowed amount was 0.00 dollars.",
        "A breastfeeding support visit, 99403, took place on 2026-04-06; the charge was",
        "255.00 dollars. Of the amount billed, 0.00 dollars was allowed under your plan.",
    ]
    lines = [SimpleNamespace(text=t) for t in printed]
    claim = Claim(
        service_lines=[ServiceLine(date_of_service=date(2026, 4, 6), procedure_code="99403")]
    )

    def date_sure(texts: list) -> bool:
        rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
        rec.put("claims.0.service_lines.0.date_of_service", 0.92, "one_line_items", located=False)
        services_untold(rec, "claims.0", claim, None, texts, list(range(len(texts))))
        return rec.out["claims.0.service_lines.0.date_of_service"].sure

    assert not date_sure(lines)
    # a sentence a line cuts before its code ("... charged on 08/05/2026" over "for 99403.")
    cut = [
        "Claim #E84-97919853 concerns services provided to Gabriela O'Neill. Received",
        "08/18/2026; decided 09/06/2026. The amount of $435.00 was charged on 08/05/2026",
        "for 99403.",
        *printed[3:],
    ]
    assert not date_sure([SimpleNamespace(text=t) for t in cut])
    assert date_sure(lines[:1] + lines[3:])  # every service it tells was read
    # a row of a table's cells is no sentence: its dates are the table readers'
    assert date_sure([SimpleNamespace(text="99403   2026-03-28   295.00   0.00.   Denied.")])


def test_a_billed_total_above_the_services_read_means_a_service_was_missed() -> None:
    lines = [_line(2, "100.00"), _line(9, "150.00")]
    assert lines_missed(Claim(service_lines=lines, totals=Totals(billed=Decimal("250.00")))) is None
    # less than the lines add up to is another trouble (the total's), not a missed service
    assert lines_missed(Claim(service_lines=lines, totals=Totals(billed=Decimal("200.00")))) is None
    why = lines_missed(Claim(service_lines=lines, totals=Totals(billed=Decimal("420.00"))))
    assert why and "420.00" in why


def test_an_incomplete_claim_has_its_dates_and_codes_unsure_not_its_amounts() -> None:
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    base = "claims.0.service_lines.0"
    for field in ("date_of_service", "procedure_code", "billed"):
        rec.put(f"{base}.{field}", 0.92, "table", located=False)
    claim = Claim(service_lines=[_line(2), _line(None)])
    whole_claim(rec, "claims.0", claim)
    assert not rec.out[f"{base}.date_of_service"].sure
    assert not rec.out[f"{base}.procedure_code"].sure
    assert rec.out[f"{base}.billed"].sure


def test_a_total_above_charges_read_unsurely_is_a_misread_charge_not_a_missed_service() -> None:
    def record(charge_sure: bool) -> Recorder:
        rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
        base = "claims.0.service_lines.0"
        rec.put(f"{base}.date_of_service", 0.92, "table", located=False)
        rec.put(f"{base}.billed", 0.92 if charge_sure else 0.55, "table", located=False)
        claim = Claim(service_lines=[_line(2, "150.00")], totals=Totals(billed=Decimal("200.00")))
        whole_claim(rec, "claims.0", claim)
        return rec

    assert not record(True).out["claims.0.service_lines.0.date_of_service"].sure
    assert record(False).out["claims.0.service_lines.0.date_of_service"].sure


def _spot(line: int) -> lc.Spot:
    return lc.Spot(line=line, page=1, bbox=[0, 0, 1, 1], text="x", word_conf=None)


def test_a_member_printed_on_a_patients_row_among_several_patients_is_unsure() -> None:
    ann = Claim(claim_number="A1", patient_name="Ann Lee", service_lines=[_line(2)])
    bo = Claim(claim_number="B2", patient_name="Bo Park", service_lines=[_line(3)])
    result = ParseResult(
        source=Source("x.pdf", "0"), member=Member(name="Bo Park"), claims=[ann, bo]
    )
    traces = {
        id(ann): ClaimTrace(spans=[(5, 8)], services=[ServiceTrace("table", lines=[6])]),
        id(bo): ClaimTrace(spans=[(8, 11)], services=[ServiceTrace("table", lines=[9])]),
    }
    ctx = SimpleNamespace(traces=traces)
    why = on_a_patients_row(ctx, result, _spot(9))
    assert why and "B2" in why
    assert on_a_patients_row(ctx, result, _spot(1)) is None  # printed above the claims
    # one patient's claims: the member printed on its rows is that one person
    bo.patient_name = "Ann Lee"
    assert on_a_patients_row(ctx, result, _spot(9)) is None


def _check(claim: Claim, out: dict[str, bool]) -> ClaimCheck:
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    rec.out = {p: Evidence(confidence=0.9 if s else 0.5, sure=s) for p, s in out.items()}
    return ClaimCheck(rec, None, None, claim, ClaimTrace(spans=[]), [], "claims.0")  # type: ignore[arg-type]


def test_a_claim_denied_for_its_patient_share_is_as_sure_as_the_share() -> None:
    owed = Claim(
        service_lines=[ServiceLine(patient_responsibility=Decimal("0.00"))],
        totals=Totals(patient_responsibility=Decimal("475.00")),
    )
    total = "claims.0.totals.patient_responsibility"
    line = "claims.0.service_lines.0.patient_responsibility"
    assert not _share_sure(_check(owed, {total: False, line: True}))
    assert _share_sure(_check(owed, {total: True, line: True}))


def _at(lines, k: int, value: date) -> lc.Spot | None:
    return lc.find(lines, lc.date_finder(value), [k])


def test_a_date_printed_after_a_word_naming_another_date_is_no_visits_date() -> None:
    from page_lines import page_lines

    from appealgen.read.evidence_dates import another_date, date_evidence_trouble

    d = date(2026, 3, 2)
    lines = page_lines(
        [
            "Claim received 03/02/2026",
            "Service date 03/02/2026",
            "99403 03/02/2026 $250.00",
            "Paid on 03/20/2026 for the visit of 03/02/2026",
            "We reviewed the lactation care you received on 03/02/2026",
            "We reviewed your claim. We received it on 03/02/2026",
        ]
    )
    why = another_date(lines, _at(lines, 0, d), d)
    assert why and "received" in why
    assert another_date(lines, _at(lines, 1, d), d) is None  # labelled as the visit's
    assert another_date(lines, _at(lines, 2, d), d) is None  # nothing before it names a date
    # the words before a date reach back only to the date before it
    assert another_date(lines, _at(lines, 3, d), d) is None
    # care received on a day is a visit; a claim received on a day is not
    assert another_date(lines, _at(lines, 4, d), d) is None
    assert another_date(lines, _at(lines, 5, d), d)
    # the notice's own date is a visit's only under a service-date heading
    spot = _at(lines, 2, d)
    assert date_evidence_trouble(lines, spot, d, d, own_column=False)[1]
    assert date_evidence_trouble(lines, spot, d, d, own_column=True)[1] is None
    assert date_evidence_trouble(lines, spot, d, date(2026, 3, 20), own_column=False)[1] is None
    # received on the day of the visit: the printing that tells the visit stands
    first = _at(lines, 0, d)
    assert date_evidence_trouble(lines, first, d, None, own_column=False)[1]
    where, why = date_evidence_trouble(lines, first, d, None, own_column=False, search=[0, 1])
    assert why is None and where is not None and where.line == 1


def test_a_date_a_sentence_wraps_is_found_where_it_starts() -> None:
    from page_lines import page_lines

    from appealgen.read.evidence_dates import split_printing

    lines = page_lines(["The service was code 99402 on Jun 11,", "2026, billed at $380.00."])
    spot = split_printing(lines, [0, 1], date(2026, 6, 11))
    assert spot is not None and spot.line == 0 and spot.text.startswith("Jun")
    assert split_printing(lines, [0, 1], date(2026, 6, 12)) is None


def test_a_modifier_told_in_a_sentence_that_no_service_read_has_leaves_the_codes_unsure() -> None:
    printed = [
        "The charge of 380.00 dollars for the June 22, 2026 visit, billed as 99402, was reviewed.",
        "Modifier: 33. Units billed: 1. The allowed amount was 0.00 dollars.",
    ]
    lines = [SimpleNamespace(text=t) for t in printed]

    def code_sure(modifiers: list[str]) -> bool:
        rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
        rec.put("claims.0.service_lines.0.procedure_code", 0.92, "one_line_items", located=False)
        line = ServiceLine(date_of_service=date(2026, 6, 22), procedure_code="99402")
        line.modifiers = modifiers
        services_untold(rec, "claims.0", Claim(service_lines=[line]), None, lines, [0, 1])
        return rec.out["claims.0.service_lines.0.procedure_code"].sure

    assert not code_sure([])
    assert code_sure(["33"])
