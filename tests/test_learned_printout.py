"""A remittance printout teaches its table whole: dates printed as digits only
("121925"), amounts under a dollar without their zero (".00"), a patient's name line
above each claim's number, claim totals on each claim's totals row, and a page's running
sum that is no claim's total. A later printout of another number of claims and rows is
read row by row."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from page_lines import learned_from, page_lines

from appealgen.errors import LayoutError
from appealgen.read import anchors
from appealgen.read.layouts import validate
from appealgen.read.learned_forms import cents_spans, compact_spans, in_form, printed_form
from appealgen.read.learned_read import read_with

HEAD = [
    "QUILLON MUTUAL                PROVIDER REMITTANCE ADVICE",
    "REMIT DATE 022126",
    "SERV-DT  PROC    BILLED   ALLOWED   PROV-PD   PT-RESP   ADJ",
    "-----------------------------------------------------------",
]


def _printout(claims: list[tuple[str, str, list[tuple[str, str, str, str, str, str]]]]) -> list:
    rows = list(HEAD)
    billed = Decimal(0)
    for name, number, services in claims:
        rows += [f"NAME {name:<26}HIC W1234567", f"ICN {number}"]
        sums = [Decimal(0)] * 4
        for when, code, b, a, p, r in services:
            rows.append(f"{when}   {code}   {b:>7}   {a:>7}   {p:>7}   {r:>7}   CO-45")
            for k, v in enumerate((b, a, p, r)):
                sums[k] += Decimal("0" + v)
            billed += Decimal(b)
        total = [f"{s:.2f}".replace("0.00", ".00") if s < 1 else f"{s:.2f}" for s in sums]
        rows.append(
            f"CLAIM TOTALS     {total[0]:>7}   {total[1]:>7}   {total[2]:>7}   {total[3]:>7}"
        )
        rows.append(f"TOTALS CARRIED FORWARD  BILLED {billed:.2f}")
    return rows


TAUGHT = _printout(
    [
        (
            "HOLLIS, MAYA R.",
            "9085656253676",
            [
                ("121925", "99403", "235.00", "164.50", "164.50", ".00"),
                ("122525", "99402", "250.00", "212.50", "212.50", ".00"),
            ],
        ),
        ("CHAN, BO", "9536966757701", [("122225", "99401", "140.00", ".00", ".00", ".00")]),
    ]
)


def _line(when: str, code: str, b: str, a: str, p: str, r: str) -> dict:
    return {
        "date_of_service": when,
        "procedure_code": code,
        "billed": b,
        "allowed": a,
        "paid": p,
        "patient_responsibility": r,
        "adjustments": [{"group": "CO", "code": "45", "amount": None}],
        "remark_codes": [],
    }


CORRECTED = {
    "payer": {"name": "Quillon Mutual"},
    "notice_date": "2026-02-21",
    "claims": [
        {
            "claim_number": "9085656253676",
            "patient_name": "Maya R. Hollis",
            "totals": {
                "billed": "485.00",
                "allowed": "377.00",
                "paid": "377.00",
                "patient_responsibility": "0.00",
            },
            "service_lines": [
                _line("2025-12-19", "99403", "235.00", "164.50", "164.50", "0.00"),
                _line("2025-12-25", "99402", "250.00", "212.50", "212.50", "0.00"),
            ],
            "denied": False,
        },
        {
            "claim_number": "9536966757701",
            "patient_name": "Bo Chan",
            "totals": {
                "billed": "140.00",
                "allowed": "0.00",
                "paid": "0.00",
                "patient_responsibility": "0.00",
            },
            "service_lines": [_line("2025-12-22", "99401", "140.00", "0.00", "0.00", "0.00")],
            "denied": False,
        },
    ],
}


@pytest.fixture
def layout(tmp_path, monkeypatch):
    return learned_from(tmp_path, monkeypatch, TAUGHT, CORRECTED)


def test_the_printout_teaches_every_column_and_the_date_form(layout):
    fields = layout.fields
    assert fields["claims.lines.date_of_service"]["column"] == "serv dt"
    assert fields["claims.lines.date_of_service"]["form"] == "%m%d%y"
    assert fields["notice_date"] == {"label": "remit date", "form": "%m%d%y"}
    for path, heading in [
        ("claims.lines.procedure_code", "proc"),
        ("claims.lines.billed", "billed"),
        ("claims.lines.allowed", "allowed"),
        ("claims.lines.paid", "prov pd"),
        ("claims.lines.patient_responsibility", "pt resp"),
    ]:
        assert fields[path]["column"] == heading, path
    # a claim's totals on its totals row, not in its first service's row
    assert fields["claims.totals.allowed"].get("row") == "total"
    assert fields["claims.patient_name"]["label"] == "name"
    validate({"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": fields}, "t")


def test_a_later_printout_of_more_claims_and_rows_is_read_row_by_row(layout):
    later = _printout(
        [
            ("DIAZ, CY", "1111222233334", [("010326", "S9443", "200.00", ".00", ".00", ".00")]),
            (
                "PARK, DI J.",
                "5555666677778",
                [
                    ("010626", "99404", "270.00", "216.00", "216.00", ".00"),
                    ("011226", "99402", "190.00", "152.00", "100.00", "52.00"),
                    ("011526", "99401", "90.00", ".50", ".50", ".00"),
                ],
            ),
            ("RUIZ, ED", "9999000011112", [("012026", "99403", "310.00", ".00", ".00", ".00")]),
        ]
    )
    reading = read_with(layout, page_lines(later))
    assert reading is not None
    assert reading.header["notice_date"].value == date(2026, 2, 21)
    numbers = [c.number.value for c in reading.claims]
    assert numbers == ["1111222233334", "5555666677778", "9999000011112"]
    assert [len(c.lines) for c in reading.claims] == [1, 3, 1]
    second = reading.claims[1]
    assert second.fields["claims.patient_name"].value == "DI J. PARK"  # surname first
    rows = [
        (
            s["claims.lines.date_of_service"].value,
            s["claims.lines.billed"].value,
            s["claims.lines.paid"].value,
            s["claims.lines.patient_responsibility"].value,
        )
        for s in second.lines
    ]
    assert rows == [
        (date(2026, 1, 6), Decimal("270.00"), Decimal("216.00"), Decimal("0.00")),
        (date(2026, 1, 12), Decimal("190.00"), Decimal("100.00"), Decimal("52.00")),
        (date(2026, 1, 15), Decimal("90.00"), Decimal("0.50"), Decimal("0.00")),
    ]
    # each claim's totals from its own totals row; the running sum is no claim's
    totals = {p: o.value for p, o in second.fields.items() if p.startswith("claims.totals.")}
    assert totals["claims.totals.allowed"] == Decimal("368.50")
    assert totals["claims.totals.patient_responsibility"] == Decimal("52.00")
    assert reading.claims[2].fields["claims.totals.allowed"].value == Decimal("0.00")


def test_compact_dates_and_bare_cents_are_found_and_read_only_in_their_form():
    assert compact_spans(date(2025, 12, 19), "121925   99403") == [(0, 6)]
    assert compact_spans(date(2025, 12, 19), "ACNT 1219250") == []  # a longer number
    assert printed_form([date(2025, 12, 19)], ["121925 99403"]) == "%m%d%y"
    assert printed_form([date(2025, 12, 19)], ["12/19/2025", "121925"]) is None
    assert in_form("  022126 X", "%m%d%y", at_start=True) == (date(2026, 2, 21), 8)
    assert in_form("ACNT 022126", "%m%d%y", at_start=True) is None
    assert in_form("139926", "%m%d%y") is None  # no 13th month
    assert cents_spans(Decimal("0.00"), "164.50   .00  CO-45") == [(9, 12)]
    assert cents_spans(Decimal("0.50"), "$.50") == []
    assert anchors.read_value("money", " .00 CR") == (Decimal("0.00"), 4)


def test_a_middle_initial_keeps_its_point():
    assert anchors.read_value("name", "HOLLIS, MAYA R.")[0] == "HOLLIS, MAYA R."
    assert anchors.read_value("name", "Maya Hollis.")[0] == "Maya Hollis"
    assert anchors.clean_name("Maya R.  NPI", ["npi"]) == "Maya R."


@pytest.mark.parametrize(
    "path,anchor",
    [
        ("claims.lines.date_of_service", {"column": "date", "form": "%d.%m"}),
        ("claims.lines.billed", {"column": "billed", "form": "%m%d%y"}),
    ],
)
def test_a_date_form_is_checked(path, anchor):
    data = {"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": {path: anchor}}
    with pytest.raises(LayoutError, match="form is a date's printed form"):
        validate(data, "t.yaml")
