"""Text printed turned on the page (a table set sideways, a page rotated) reads as it was set."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.read.extract import load
from appealgen.read.layout import document_lines
from appealgen.read.turned import turn_back

W, H = letter
ROWS = [
    ("Visit", "Code", "Amount billed", "Amount paid", "Member owes"),
    ("05/04/2026", "99404", "260.00", "0.00", "260.00"),
    ("05/11/2026", "99403", "185.00", "0.00", "185.00"),
]
XS = (0, 70, 120, 200, 270)


def _sideways(c, turn: int) -> None:
    """A heading printed level, then a small table turned ``turn`` degrees."""
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, H - 50, "Saltmeadow Health - Explanation of your benefits")
    c.saveState()
    c.translate(*{90: (150, 150), 270: (450, 650), 180: (450, 450)}[turn])
    c.rotate(turn)
    c.setFont("Helvetica", 9)
    for r, row in enumerate(ROWS):
        for x, text in zip(XS, row, strict=True):
            c.drawString(x, -14 * r, text)
    c.restoreState()


def _pdf(path: Path, draw, *args) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    draw(c, *args)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("turn", [90, 270, 180])
def test_a_table_printed_turned_reads_row_by_row(tmp_path: Path, turn: int) -> None:
    doc = load(_pdf(tmp_path / "t.pdf", _sideways, turn))
    texts = [ln.text for ln in document_lines(doc.pages)]
    assert texts == [
        "Saltmeadow Health - Explanation of your benefits",
        "Visit Code Amount billed Amount paid Member owes",
        "05/04/2026 99404 260.00 0.00 260.00",
        "05/11/2026 99403 185.00 0.00 185.00",
    ]


def test_a_turned_word_keeps_the_box_it_is_printed_in(tmp_path: Path) -> None:
    doc = load(_pdf(tmp_path / "t.pdf", _sideways, 90))
    (block,) = doc.pages[0].turned
    word = next(w for w in block.words if w.text == "99404")
    x0, top, x1, bottom = word.printed
    assert bottom - top > x1 - x0  # printed up the page: taller than wide
    assert turn_back(word.printed, 90, W, H) == pytest.approx(
        (word.x0, word.top, word.x1, word.bottom)
    )


def _notice(c) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 50, "Brightwater Family Health Plan")
    c.setFont("Helvetica", 9)
    lines = [
        "Member: Ottilie Marchetti    Member ID: BFH-220-7781",
        "Claim number: BW-99017-3",
        "Date of service    Procedure    Charged    Paid    You owe",
        "04/21/2026         99403        225.00     0.00    225.00",
        "This claim was denied: CO-50 Not medically necessary.",
    ]
    for k, text in enumerate(lines):
        c.drawString(50, H - 80 - 14 * k, text)


def test_a_page_saved_rotated_reads_as_printed(tmp_path: Path) -> None:
    import pypdf

    src = _pdf(tmp_path / "level.pdf", _notice)
    writer = pypdf.PdfWriter()
    writer.add_page(pypdf.PdfReader(src).pages[0])
    writer.pages[0].rotate(90)
    buf = io.BytesIO()
    writer.write(buf)
    turned = tmp_path / "turned.pdf"
    turned.write_bytes(buf.getvalue())
    level, rotated = parse_file(src), parse_file(turned)
    assert rotated.claims[0].claim_number == level.claims[0].claim_number == "BW-99017-3"
    assert rotated.member.id == level.member.id == "BFH-220-7781"
    assert str(rotated.claims[0].service_lines[0].billed) == "225.00"
    line = document_lines(load(turned).pages)[0]
    assert line.text == "Brightwater Family Health Plan"
