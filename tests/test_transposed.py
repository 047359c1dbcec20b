"""A table printed with a column a service and a row a field is read as rows of services."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.read.extract import load
from appealgen.read.layout import document_lines

W, H = letter


def _grid(c, top: float, rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> None:
    c.setFont("Helvetica", 8.5)
    for r, row in enumerate(rows):
        for x, text in zip(xs, row, strict=False):
            c.drawString(x, top - 16 * r, text)


TURNED = [
    ("", "Visit A", "Visit B", "Totals"),
    ("Visit date", "02/09/2026", "02/23/2026", ""),
    ("Code billed", "S9443", "99403", ""),
    ("Diagnosis code", "O91.23", "Z39.1", ""),
    ("Amount charged", "$150.00", "$230.00", "$380.00"),
    ("Insurance paid", "$0.00", "$0.00", "$0.00"),
    ("Member responsibility", "$150.00", "$230.00", "$380.00"),
]


def _statement(c) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 50, "Ferncliff Benefit Trust")
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 70, "Participant: Wilhelmina Osei    Participant ID: FBT-5531-08")
    c.drawString(
        50, H - 84, "Claim reference no.: FC-7781204    Provider: Dunmore Lactation Studio"
    )
    _grid(c, H - 110, TURNED, (50, 170, 260, 350))
    c.drawString(50, H - 230, "Both visits were denied: CO-197 Precertification was absent.")


def _pdf(path: Path, draw) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return path


def test_a_turned_table_becomes_a_heading_and_a_line_a_service(tmp_path: Path) -> None:
    texts = [ln.text for ln in document_lines(load(_pdf(tmp_path / "t.pdf", _statement)).pages)]
    heading = (
        "Visit date Code billed Diagnosis code Amount charged Insurance paid Member responsibility"
    )
    at = texts.index(heading)
    assert texts[at + 1] == "02/09/2026 S9443 O91.23 $150.00 $0.00 $150.00"
    assert texts[at + 2] == "02/23/2026 99403 Z39.1 $230.00 $0.00 $230.00"
    assert texts[at + 3] == "$380.00 $0.00 $380.00"  # the totals column: its amounts alone
    assert "Visit A Visit B Totals" not in texts  # the columns' titles went with the table


def test_the_services_of_a_turned_table_are_read(tmp_path: Path) -> None:
    result = parse_file(_pdf(tmp_path / "t.pdf", _statement))
    lines = result.claims[0].service_lines
    assert [str(ln.date_of_service) for ln in lines] == ["2026-02-09", "2026-02-23"]
    assert [ln.procedure_code for ln in lines] == ["S9443", "99403"]
    assert [str(ln.billed) for ln in lines] == ["150.00", "230.00"]
    evidence = result.to_dict()["evidence"]
    assert evidence["claims.0.claim_number"]["sure"]
    billed = evidence["claims.0.service_lines.0.billed"]
    assert billed["sure"] and round(billed["bbox"][0]) == 170  # column "Visit A" on the page


def test_a_value_of_a_turned_table_is_shown_where_it_is_printed(tmp_path: Path) -> None:
    doc = load(_pdf(tmp_path / "t.pdf", _statement))
    line = next(ln for ln in document_lines(doc.pages) if ln.text.startswith("02/23/2026"))
    word = next(w for w in line.words if w.text == "$230.00")
    x0, top, _x1, _bottom = word.printed
    assert round(x0) == 260 and round(top) < 200  # in column "Visit B", row "Amount charged"


ORDINARY = [
    ("Claim", "Billed", "Paid", "You owe"),
    ("FC-1001", "$150.00", "$0.00", "$150.00"),
    ("FC-1002", "$230.00", "$0.00", "$230.00"),
    ("FC-1003", "$90.00", "$90.00", "$0.00"),
    ("FC-1004", "$60.00", "$60.00", "$0.00"),
]
BY_PATIENT = [
    ("Patient", "Date", "Amount billed", "Plan paid"),
    ("Wilhelmina Osei", "02/09/2026", "$150.00", "$0.00"),
    ("Wilhelmina Osei", "02/23/2026", "$230.00", "$0.00"),
    ("Baby Osei", "03/02/2026", "$90.00", "$90.00"),
    ("Baby Osei", "03/09/2026", "$60.00", "$60.00"),
]


def test_ordinary_tables_keep_their_rows(tmp_path: Path) -> None:
    def draw(c) -> None:
        _grid(c, H - 60, ORDINARY, (50, 170, 260, 350))
        _grid(c, H - 200, BY_PATIENT, (50, 170, 260, 350))

    texts = [ln.text for ln in document_lines(load(_pdf(tmp_path / "t.pdf", draw)).pages)]
    assert texts == [" ".join(t for t in row if t) for row in ORDINARY + BY_PATIENT]
