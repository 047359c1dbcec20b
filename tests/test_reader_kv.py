"""The key/value reader: label/value pairs, wrapped values, service groups, totals, note keys."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from appealgen.read.extract import Document, Page, Word
from appealgen.read.kv_pairs import logical_lines, split_pairs
from appealgen.read.layout import document_lines
from appealgen.read.parse import parse_document

CHAR = 5.0  # points per character of the synthetic text
LEAD = 12.0  # points between lines


def _page(rows: list[tuple[float, str]], number: int = 1, top: float = 100.0) -> Page:
    """A page with one printed line per (indent, text), words placed as a PDF would."""
    words = []
    for k, (x, text) in enumerate(rows):
        y = top + k * LEAD
        for part in text.split(" "):
            if part:
                words.append(Word(part, x, x + CHAR * len(part), y, y + 9.0, size=9.0))
            x += CHAR * (len(part) + 1)
    return Page(number=number, width=612.0, height=792.0, words=words)


def _doc(*pages: Page) -> Document:
    return Document(Path("kv.pdf"), "0" * 64, "pdf", list(pages), page_count=len(pages))


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(lab, val) for lab, val, _v0, _end in split_pairs(text.split())[1]]


def test_several_pairs_on_one_line_are_cut_where_each_label_begins():
    got = _pairs(
        "Claim reference: CL2171589 Care recipient: Ann Lee Servicing practitioner: "
        "First Latch Lactation Services NPI no.: 1609911064"
    )
    assert got == [
        ("Claim reference", "CL2171589"),
        ("Care recipient", "Ann Lee"),
        ("Servicing practitioner", "First Latch Lactation Services"),
        ("NPI no.", "1609911064"),
    ]


def test_capital_labels_and_a_word_with_an_acronym():
    assert _pairs("PATIENT: Chloe Martin MEMBER ID: GPH200145 CLAIM #: GP0403-55810") == [
        ("PATIENT", "Chloe Martin"),
        ("MEMBER ID", "GPH200145"),
        ("CLAIM #", "GP0403-55810"),
    ]
    assert _pairs("Provider: Aspen Lactation Care NPI: 1933728101") == [
        ("Provider", "Aspen Lactation Care"),
        ("NPI", "1933728101"),
    ]


def test_a_value_that_wraps_onto_the_next_line_is_joined_back():
    lines = document_lines(
        [
            _page(
                [
                    (
                        64,
                        "Claim reference: CL8866267 Person treated: Ann Lee Rendering provider: First Latch",
                    ),
                    (64, "Lactation Services National provider ID: 1609911064"),
                    (64, "Service 1"),
                    (78, "Service: Preventive counseling,"),
                    (123, "60 min"),
                    (78, "Billed: $290.00"),
                ]
            )
        ]
    )
    lls = logical_lines(lines, list(range(len(lines))))
    head = {p.label: p.value for p in lls[0].pairs}
    assert lls[0].lines == [0, 1]
    assert head["Rendering provider"] == "First Latch Lactation Services"
    assert head["National provider ID"] == "1609911064"
    service = next(ll for ll in lls if ll.pairs and ll.pairs[0].label == "Service")
    assert service.pairs[0].value == "Preventive counseling, 60 min"
    # a sub-block's title at the margin is not a continuation
    assert any(ll.prefix == "Service 1" and not ll.pairs for ll in lls)


def test_a_label_begun_at_the_end_of_a_line_is_finished_on_the_next():
    lines = document_lines(
        [
            _page(
                [
                    (
                        45,
                        "Claim number: E19-5490 Person treated: Ann Lee Rendering provider: Milkweed Lactation National provider",
                    ),
                    (45, "ID: 1392003673"),
                ]
            )
        ]
    )
    ll = logical_lines(lines, [0, 1])[0]
    got = {p.label: p.value for p in ll.pairs}
    assert got["Rendering provider"] == "Milkweed Lactation"
    assert got["National provider ID"] == "1392003673"


def _claim(number: str, services: list[list[str]], totals: str | None) -> list[tuple[float, str]]:
    rows: list[tuple[float, str]] = [
        (
            64,
            f"Claim reference: {number} Care recipient: Ann Lee Servicing practitioner: Kim Tran,",
        ),
        (64, "IBCLC National provider ID: 1349419170"),
    ]
    for k, svc in enumerate(services, 1):
        rows.append((64, f"Service {k}"))
        rows.extend((78, s) for s in svc)
    if totals:
        rows.append((64, totals))
    return rows


SVC_A = [
    "ICD-10: Z39.1",
    "Date of service: 07/05/2026",
    "Billing code: 99402",
    "Billed: $185.00",
    "We paid: $118.40",
    "Your cost: $29.60",
    "See note: P2",
]
SVC_B = [
    "ICD-10: O92.13",
    "Date of service: 07/08/2026",
    "Billing code: 99403",
    "Billed: $155.00",
    "We paid: $99.20",
    "Your cost: $24.80",
    "See note: M5",
]
HEADER = [
    (64, "Heartland Care Plan"),
    (64, "Member name: Ann Lee"),
    (64, "Date sent: 08/12/2026"),
]
LEGEND = [
    (64, "Notes"),
    (64, "M5 This service was not medically necessary."),
    (64, "P2 Your coinsurance."),
]


def test_every_service_group_of_a_claim_becomes_a_service_line_with_its_totals():
    rows = (
        HEADER
        + _claim(
            "CL1104355",
            [SVC_A, SVC_B],
            "Claim totals: Billed $340.00; We paid $217.60; Your cost $54.40",
        )
        + LEGEND
    )
    claim = parse_document(_doc(_page(rows))).claims[0]
    assert claim.claim_number == "CL1104355"
    assert [sl.procedure_code for sl in claim.service_lines] == ["99402", "99403"]
    assert [str(sl.date_of_service) for sl in claim.service_lines] == ["2026-07-05", "2026-07-08"]
    assert [sl.diagnosis_codes for sl in claim.service_lines] == [["Z39.1"], ["O92.13"]]
    assert claim.service_lines[1].patient_responsibility == Decimal("24.80")
    assert claim.totals.billed == Decimal("340.00")
    assert claim.totals.paid == Decimal("217.60")
    assert claim.totals.patient_responsibility == Decimal("54.40")
    assert claim.provider.name == "Kim Tran, IBCLC"


def test_a_note_key_the_legend_explains_is_the_payers_own_not_a_remark_code():
    rows = HEADER + _claim("CL2171589", [SVC_B], None) + LEGEND
    claim = parse_document(_doc(_page(rows))).claims[0]
    assert claim.service_lines[0].remark_codes == []
    assert claim.denial is not None
    assert claim.denial.rarc == []
    assert "medical_necessity" in claim.denial.categories
    assert "not medically necessary" in (claim.denial.reason_text or "")


def test_a_service_split_by_a_page_break_stays_one_service():
    first = HEADER + _claim("CL8866267", [SVC_A], None) + [(64, "Service 2")]
    first += [(78, s) for s in SVC_B[:3]]
    # the rest of service 2 at the head of page 2; service 1's labels at the foot of page 1
    page1 = _page(first, top=792 - 12 * len(first) - 20)
    page2 = _page(
        [(78, s) for s in SVC_B[3:]] + [(64, "Service 3")] + [(78, s) for s in SVC_A] + LEGEND,
        number=2,
        top=40,
    )
    claim = parse_document(_doc(page1, page2)).claims[0]
    assert [sl.procedure_code for sl in claim.service_lines] == ["99402", "99403", "99402"]
    assert [sl.billed for sl in claim.service_lines] == [
        Decimal("185.00"),
        Decimal("155.00"),
        Decimal("185.00"),
    ]


def test_a_label_printed_for_some_services_only_stays_with_its_own_service():
    rows = HEADER + _claim("CL1104355", [SVC_A[1:], SVC_B], None) + LEGEND
    claim = parse_document(_doc(_page(rows))).claims[0]
    assert [sl.diagnosis_codes for sl in claim.service_lines] == [[], ["O92.13"]]
    assert [sl.procedure_code for sl in claim.service_lines] == ["99402", "99403"]


def test_claim_totals_that_disagree_with_their_lines_are_not_sure():
    rows = HEADER + _claim(
        "CL1104355", [SVC_A, SVC_B], "Claim totals: Billed $999.00; We paid $217.60"
    )
    result = parse_document(_doc(_page(rows + LEGEND)))
    assert result.claims[0].totals.billed == Decimal("999.00")
    assert result.evidence["claims.0.totals.billed"].sure is False
    assert result.evidence["claims.0.totals.paid"].sure is True
