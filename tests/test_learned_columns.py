"""A learned table is cut into cells by the places one correction showed: long names and
prefixed codes stay in their columns, a garbled or shifted heading keeps its column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from page_lines import page_lines

from appealgen.errors import LayoutError
from appealgen.learn import corrected_values
from appealgen.learn.geometry import add_column_places
from appealgen.read.layouts import LearnedLayout, validate
from appealgen.read.learned_columns import alignment
from appealgen.read.learned_read import read_with

# (heading, width in characters, right-aligned)
COLS = [
    ("Ref", 12, False),
    ("Member", 22, False),
    ("Seen on", 12, False),
    ("Code", 11, False),
    ("Dx", 8, False),
    ("Charge", 9, True),
    ("Status", 8, False),
]


def _row(*cells: str) -> str:
    out = ""
    for (_, width, right), text in zip(COLS, cells, strict=True):
        out += (text.rjust(width) if right else text.ljust(width)) + "  "
    return out.rstrip()


HEADING = _row(*(c[0] for c in COLS))
TAUGHT = (
    "Quillon Mutual statement",
    HEADING,
    _row("QX100200", "Ann Lee", "03/02/2026", "CPT 99402", "Z39.1", "120.00", "Paid"),
    _row("", "", "03/09/2026", "CPT 99403", "O92.5", "95.00", "Paid"),
    _row("QX100201", "Bo Chan", "03/16/2026", "CPT 99401", "O92.5", "60.00", "Paid"),
)
CORRECTED = {
    "claims": [
        {
            "claim_number": "QX100200",
            "patient_name": "Ann Lee",
            "service_lines": [
                {"date_of_service": "2026-03-02", "procedure_code": "99402", "billed": "120.00"},
                {"date_of_service": "2026-03-09", "procedure_code": "99403", "billed": "95.00"},
            ],
        },
        {
            "claim_number": "QX100201",
            "patient_name": "Bo Chan",
            "service_lines": [
                {"date_of_service": "2026-03-16", "procedure_code": "99401", "billed": "60.00"}
            ],
        },
    ]
}
FIELDS = {
    "claims.claim_number": "ref",
    "claims.patient_name": "member",
    "claims.lines.date_of_service": "seen on",
    "claims.lines.procedure_code": "code",
    "claims.lines.billed": "charge",
}


def _learned() -> dict[str, dict[str, str]]:
    fields = {p: {"column": c} for p, c in FIELDS.items()}
    add_column_places(page_lines(TAUGHT), fields, corrected_values(CORRECTED))
    return fields


def test_a_column_learns_where_its_heading_and_values_are_printed_and_how_they_align():
    fields = _learned()
    charge, member = fields["claims.lines.billed"], fields["claims.patient_name"]
    assert member["align"] == "left" and charge["align"] == "right"
    # 5 points a character, the page's left margin at 50
    assert member["heading_at"] == "120-150" and member["values_at"].startswith("120-")
    x0, x1 = (float(x) for x in charge["values_at"].split("-"))
    assert x1 == float(charge["heading_at"].split("-")[1])
    validate(
        {"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": fields}, "t.yaml"
    )


def test_rows_are_cut_by_the_learned_places_on_a_shifted_page_with_a_garbled_heading():
    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=_learned())
    later = (
        "Quillon Mutual statement",
        HEADING.replace("Seen on", "Sean an"),  # the scan garbled one heading
        _row("QX200300", "Marguerite Okonkwo", "04/06/2026", "HCPCS S9443", "O92.79", "310.00", ""),
        _row("", "", "04/13/2026", "CPT 99404", "Z39.1", "1,045.00", "Denied"),
    )
    reading = read_with(lay, page_lines(later, left=68.0))  # placed 18 points further right
    assert reading is not None and len(reading.claims) == 1
    claim = reading.claims[0]
    assert claim.number.value == "QX200300"
    assert claim.fields["claims.patient_name"].value == "Marguerite Okonkwo"
    got = [{p.rsplit(".", 1)[1]: o.value for p, o in svc.items()} for svc in claim.lines]
    assert got == [
        {"date_of_service": date(2026, 4, 6), "procedure_code": "S9443", "billed": Decimal("310")},
        {
            "date_of_service": date(2026, 4, 13),
            "procedure_code": "99404",
            "billed": Decimal("1045"),
        },
    ]


def test_alignment_needs_values_that_share_an_edge():
    assert alignment([(10, 40), (10, 25)], (10, 30)) == "left"
    assert alignment([(5, 40), (20, 40)], (10, 40)) == "right"
    assert alignment([(5, 30), (20, 40)], (10, 40)) == ""
    assert alignment([(10, 30)], (10, 20)) == "left"  # one value: the heading's nearer edge


@pytest.mark.parametrize(
    "anchor, message",
    [
        ({"column": "code", "heading_at": "left"}, "heading_at must be x0-x1"),
        ({"column": "code", "align": "middle"}, "align must be left or right"),
    ],
)
def test_a_hand_edited_place_is_checked(anchor, message):
    data = {"version": 1, "name": "t", "payer": "q", "fingerprint": "", "fields": {"x": {}}}
    data["fields"] = {"claims.lines.procedure_code": anchor}
    with pytest.raises(LayoutError, match=message):
        validate(data, "t.yaml")


def test_a_line_of_words_between_rows_is_passed_but_a_line_after_the_table_ends_it():
    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=_learned())
    row = _row("", "", "04/13/2026", "CPT 99404", "Z39.1", "45.00", "")
    later = (
        HEADING,
        _row("QX200300", "Ann Lee", "04/06/2026", "CPT 99402", "Z39.1", "310.00", ""),
        "                      Okonkwo",  # a name wrapped onto a line of its own
        row,
        "Claim QX200300: provider Oriel Feeding Center",
        _row("", "", "04/30/2026", "", "", "355.00", ""),  # the claim's totals, below
    )
    reading = read_with(lay, page_lines(later))
    assert reading is not None
    assert [len(c.lines) for c in reading.claims] == [2]


def test_a_table_carries_on_to_the_next_page_without_its_heading_and_stops_at_totals():
    from page_lines import text_page

    from appealgen.read.extract import Page
    from appealgen.read.layout import group_lines

    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=_learned())
    first = text_page(
        (
            "Quillon Mutual statement",
            HEADING,
            _row("QX300400", "Ines Duarte", "05/04/2026", "CPT 99402", "Z39.1", "120.00", ""),
            _row("", "", "05/11/2026", "CPT 99403", "Z39.1", "95.00", ""),
        )
    )
    second = text_page(
        (
            "Quillon Mutual statement, continued",  # a running header above the rows
            _row("", "", "05/18/2026", "CPT 99401", "Z39.1", "60.00", ""),
            _row("Totals", "", "", "", "", "275.00", ""),
        )
    )
    lines = group_lines(first) + group_lines(Page(2, 612, 792, second.words))
    reading = read_with(lay, lines)
    billed = [str(s["claims.lines.billed"].value) for s in reading.claims[0].lines]
    assert billed == ["120.00", "95.00", "60.00"]  # the totals row is no service


def test_a_table_carries_on_past_a_page_footer_and_a_heading_a_scan_garbled():
    from page_lines import text_page

    from appealgen.read.extract import Page
    from appealgen.read.layout import group_lines

    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=_learned())
    first = text_page(
        (
            "Quillon Mutual statement",
            HEADING,
            _row("QX300400", "Ines Duarte", "05/04/2026", "CPT 99402", "Z39.1", "120.00", ""),
            _row("", "", "05/11/2026", "CPT 99403", "Z39.1", "95.00", ""),
            "                                                   Page 1 of 2",
        )
    )
    second = text_page(
        (
            "Quillon Mutual statement, continued",
            HEADING.replace("Charge", "Ch4rge5"),  # a heading the scan read with digits
            _row("", "", "05/18/2026", "CPT 99401", "Z39.1", "60.00", ""),
            _row("QX300401", "Bo Chan", "05/25/2026", "CPT 99402", "Z39.1", "80.00", ""),
        )
    )
    lines = group_lines(first) + group_lines(Page(2, 612, 792, second.words))
    reading = read_with(lay, lines)
    got = [[str(s["claims.lines.billed"].value) for s in c.lines] for c in reading.claims]
    assert got == [["120.00", "95.00", "60.00"], ["80.00"]]


def test_a_table_printed_narrower_is_cut_by_its_places_scaled():
    from page_lines import text_page

    from appealgen.read.extract import Page, Word
    from appealgen.read.layout import group_lines
    from appealgen.read.learned_columns import _fit

    move = _fit([(100.0, 90.0), (200.0, 175.0), (300.0, 260.0)])
    assert abs(move(400.0) - 345.0) < 0.01  # 0.85 times, 5 points on
    assert _fit([(100.0, 110.0), (200.0, 210.0)])(300.0) == 310.0  # two: a shift only
    lay = LearnedLayout(name="t", payer="", fingerprint="", words=[], fields=_learned())
    later = text_page(
        (
            "Quillon Mutual statement",
            HEADING.replace("Code", "Cobe"),  # the scan garbled the heading of the codes
            _row("QX200300", "Ann Lee", "04/06/2026", "HCPCS S9443", "O92.79", "310.00", ""),
            _row("", "", "04/13/2026", "CPT 99404", "Z39.1", "1,045.00", "Denied"),
        )
    )
    scaled = [
        Word(w.text, 20 + 0.85 * w.x0, 20 + 0.85 * w.x1, w.top, w.bottom, w.size)
        for w in later.words
    ]
    reading = read_with(lay, group_lines(Page(1, 612, 792, scaled)))
    got = [
        (s["claims.lines.procedure_code"].value, str(s["claims.lines.billed"].value))
        for s in reading.claims[0].lines
    ]
    assert got == [("S9443", "310.00"), ("99404", "1045.00")]


def _charges(*rows: tuple[str, str, str]) -> tuple[str, ...]:
    cols = [("Claim no.", 12), ("From", 12), ("Billed", 11), ("Paid", 9)]
    heading = "  ".join(h.ljust(w) for h, w in cols).rstrip()
    body = []
    for number, day, billed in rows:
        cells = (number.ljust(12), day.ljust(12), billed.rjust(11), "$0.00".rjust(9))
        body.append("  ".join(cells))
    return ("Quartzmoor Health portal", heading, *body, "Remarks are on the next page.")


def test_charges_printed_in_brackets_are_learned_as_the_person_gave_them(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    from page_lines import learned_from

    taught = _charges(
        ("E3884127179", "07/01/2026", "($135.00)"), ("E5774547164", "07/04/2026", "($110.00)")
    )
    corrected = {
        "claims": [
            {
                "claim_number": number,
                "service_lines": [{"date_of_service": day, "billed": billed, "paid": "0.00"}],
            }
            for number, day, billed in (
                ("E3884127179", "2026-07-01", "135.00"),
                ("E5774547164", "2026-07-04", "110.00"),
            )
        ]
    }
    lay = learned_from(tmp_path, monkeypatch, taught, corrected)
    validate(lay.to_dict(), "test")
    assert lay.fields["claims.lines.billed"]["sign"] == "drop"
    later = _charges(
        ("E2112428828", "07/07/2026", "($125.00)"), ("E9426475351", "07/10/2026", "$340.00")
    )
    reading = read_with(lay, page_lines(later))
    billed = [c.lines[0]["claims.lines.billed"].value for c in reading.claims]
    assert billed == [Decimal("125.00"), Decimal("340.00")]
    with pytest.raises(LayoutError, match="sign must be"):
        validate({**lay.to_dict(), "fields": {"notice_date": {"label": "on", "sign": "drop"}}}, "t")


def _claims_with_totals(claims: list[tuple[str, list[tuple[str, str, str]]]]) -> tuple[str, ...]:
    rows = ["Hollowmere Employer Fund", "Member # 21385221-03"]
    for number, services in claims:
        rows += [f"Claim {number} - services", "Date          Proc     Billed     Paid"]
        for day, billed, paid in services:
            rows.append(f"{day}    99404    {billed:>7}    {paid:>6}")
        share = sum(Decimal(b) - Decimal(p) for _, b, p in services)
        rows.append(f"Totals for this claim: your share {share:.2f}")
    return tuple(rows)


def test_a_service_share_is_not_learned_from_a_claims_totals_line(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    from page_lines import learned_from

    taught = [("62356343070047", [("05/15/2026", "420.00", "336.00")])]
    taught += [("79867568841474", [("05/17/2026", "160.00", "106.00")])]
    corrected = {
        "claims": [
            {
                "claim_number": number,
                "totals": {"patient_responsibility": str(Decimal(b) - Decimal(p))},
                "service_lines": [
                    {
                        "date_of_service": f"2026-{d[:2]}-{d[3:5]}",
                        "billed": b,
                        "paid": p,
                        "patient_responsibility": str(Decimal(b) - Decimal(p)),
                    }
                ],
            }
            for number, [(d, b, p)] in taught
        ]
    }
    lay = learned_from(tmp_path, monkeypatch, _claims_with_totals(taught), corrected)
    assert lay.fields["claims.totals.patient_responsibility"]["label"] == "your share"
    assert "claims.lines.patient_responsibility" not in lay.fields
    later = [
        ("42397798177601", [("05/28/2026", "135.00", "0.00"), ("06/03/2026", "440.00", "0.00")])
    ]
    reading = read_with(lay, page_lines(_claims_with_totals(later)))
    assert [s.get("claims.lines.patient_responsibility") for s in reading.claims[0].lines] == [
        None,
        None,
    ]
