"""A page set in columns is read one column after the other; a table whose cells are parted
by wide gaps is still read row by row."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.read.extract import load
from appealgen.read.layout import document_lines
from appealgen.read.settings import ReadSettings

W, H = letter


def _pdf(path: Path, draw) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return path


def _texts(path: Path, settings: ReadSettings | None = None) -> list[str]:
    doc = load(path)
    lines = document_lines(doc.pages, settings) if settings else document_lines(doc.pages)
    return [ln.text for ln in lines]


def _column(c, x: float, top: float, rows: list[str], pitch: float, size: float = 9) -> None:
    c.setFont("Helvetica", size)
    for k, text in enumerate(rows):
        c.drawString(x, top - k * pitch, text)


LEFT = [
    "Account holder: Imani Castellanos",
    "Reference 55-1180-27",
    "Visit on 3 March 2026",
    "Lactation counseling, 45 minutes",
    "Amount charged 210.00",
    "Amount we covered 0.00",
    "What you owe 210.00",
]
RIGHT = [
    "Why we did not pay:",
    "the clinician who saw you is not",
    "one of the provider types your",
    "benefit booklet lists for this",
    "service. You may ask us to look",
    "at this again within 180 days.",
]


def _two_columns(c) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, H - 50, "Quillmoor Mutual  -  Coverage decision")
    _column(c, 60, H - 90, LEFT, pitch=13)
    _column(c, 330, H - 95, RIGHT, pitch=11.5, size=8.5)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 60, "Quillmoor Mutual, 12 Harbor Way, Tacoma WA 98402")


def test_two_columns_are_read_left_column_first(tmp_path: Path) -> None:
    texts = _texts(_pdf(tmp_path / "cols.pdf", _two_columns))
    assert texts[0].startswith("Quillmoor Mutual")  # the title across the page stays first
    assert texts[1 : 1 + len(LEFT)] == LEFT
    assert texts[1 + len(LEFT) : 1 + len(LEFT) + len(RIGHT)] == RIGHT
    assert texts[-1].startswith("Quillmoor Mutual, 12 Harbor Way")  # and the footer last


def test_a_column_reads_as_its_own_sentences(tmp_path: Path) -> None:
    texts = _texts(_pdf(tmp_path / "cols.pdf", _two_columns))
    joined = " ".join(texts)
    assert "the clinician who saw you is not one of the provider types" in joined
    assert not any("210.00" in t and "service" in t for t in texts)


def test_without_a_gutter_as_wide_as_the_settings_say_the_page_reads_across(
    tmp_path: Path,
) -> None:
    wide = ReadSettings(column_gutter_pt=400.0)
    texts = _texts(_pdf(tmp_path / "cols.pdf", _two_columns), wide)

    def at(text: str) -> int:
        return next(k for k, t in enumerate(texts) if text in t)

    assert at(RIGHT[1]) < at(LEFT[-1])  # top to bottom across both columns


def _wide_table(c) -> None:
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, H - 60, "Services on this statement")
    heads = ("Date", "Service", "Charged", "Plan paid", "Your part")
    xs = (50, 110, 380, 450, 520)
    c.setFont("Helvetica", 8.5)
    for x, t in zip(xs, heads, strict=True):
        c.drawString(x, H - 80, t)
    rows = [
        ("01/06/26", "Breastfeeding support visit", "180.00", "0.00", "180.00"),
        ("01/13/26", "Breastfeeding support visit", "180.00", "0.00", "180.00"),
        ("01/20/26", "Breast pump fitting", "95.00", "95.00", "0.00"),
        ("01/27/26", "Follow-up, weight check", "120.00", "96.00", "24.00"),
        ("02/03/26", "Follow-up, weight check", "120.00", "96.00", "24.00"),
        ("02/10/26", "Group class", "40.00", "40.00", "0.00"),
        ("02/17/26", "Group class", "40.00", "40.00", "0.00"),
        ("02/24/26", "Telehealth check-in", "85.00", "0.00", "85.00"),
    ]
    for k, row in enumerate(rows):
        for x, t in zip(xs, row, strict=True):
            c.drawString(x, H - 96 - 13 * k, t)


def test_a_table_with_wide_gaps_keeps_its_rows(tmp_path: Path) -> None:
    texts = _texts(_pdf(tmp_path / "table.pdf", _wide_table))
    assert texts[2] == "01/06/26 Breastfeeding support visit 180.00 0.00 180.00"
    assert texts[-1] == "02/24/26 Telehealth check-in 85.00 0.00 85.00"
    assert len(texts) == 10


def _statement_in_columns(c) -> None:
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(W / 2, H - 45, "Larkspur Health Plan")
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, H - 58, "PO Box 4410, Salem, OR 97301   (503) 555-0188")
    left = [
        "Member  Rosalind Achebe",
        "Member ID  LHP-4471-902",
        "Statement date  04/02/2026",
        "Claim number  LK5520187",
        "Patient  Rosalind Achebe",
        "Provider  Mothering Well Clinic",
        "Date of service  03/10/2026",
        "Procedure  99403",
    ]
    right = [
        "Billed amount  240.00",
        "Allowed amount  0.00",
        "Plan paid  0.00",
        "You owe  0.00",
        "Claim status  Denied",
        "Reason  CO-50 Not medically necessary.",
    ]
    _column(c, 50, H - 90, left, pitch=12.5, size=8.5)
    _column(c, 320, H - 96, right, pitch=15, size=8.5)


def test_a_notice_in_two_columns_reads_each_label_with_its_value(tmp_path: Path) -> None:
    result = parse_file(_pdf(tmp_path / "notice.pdf", _statement_in_columns))
    claim = result.claims[0]
    assert claim.claim_number == "LK5520187"
    assert str(claim.totals.billed) == "240.00"
    assert result.member.id == "LHP-4471-902"


def _wrapped_table(c) -> None:
    c.setFont("Helvetica-Bold", 9)
    heads = ("Date", "Description", "Billed", "Paid", "Owed")
    for x, t in zip((50, 120, 400, 470, 530), heads, strict=True):
        c.drawString(x, H - 80, t)
    for k in range(8):
        y = H - 98 - 24 * k
        c.setFont("Helvetica", 9)
        c.drawString(50, y, f"03/{k + 1:02d}/2026")
        for x, t in zip((400, 470, 530), ("120.00", "0.00", "120.00"), strict=True):
            c.drawString(x, y, t)
        c.setFont("Helvetica", 7)  # the description wraps in smaller print, off the row's pitch
        c.drawString(120, y + 1, "Home visit by a board certified lactation")
        c.drawString(120, y - 7, "consultant, sixty minutes")


def test_a_table_whose_descriptions_wrap_in_smaller_print_keeps_its_rows(tmp_path: Path) -> None:
    texts = _texts(_pdf(tmp_path / "wrap.pdf", _wrapped_table))
    assert texts[0] == "Date Description Billed Paid Owed"
    assert texts[1] == "03/01/2026 Home visit by a board certified lactation 120.00 0.00 120.00"
    assert texts[2] == "consultant, sixty minutes"


def test_a_page_s_columns_are_worked_out_once_per_settings(tmp_path: Path, monkeypatch) -> None:
    from appealgen.read import page_columns

    page = load(_pdf(tmp_path / "cols.pdf", _two_columns)).pages[0]
    calls: list[ReadSettings] = []
    real = page_columns._column_lines
    monkeypatch.setattr(page_columns, "_column_lines", lambda p, s: calls.append(s) or real(p, s))
    first = page_columns.column_lines(page)
    again = page_columns.column_lines(page)
    assert again == first and again is not first  # the same lines, a list of the caller's own
    assert [ln.text for ln in first][1 : 1 + len(LEFT)] == LEFT
    wide = ReadSettings(column_gutter_pt=400.0)
    assert page_columns.column_lines(page, wide) != first  # other settings, worked out again
    assert len(calls) == 2


def test_the_gutter_of_a_run_in_columns_is_where_a_scan_is_read_apart(tmp_path: Path) -> None:
    from appealgen.read.layout import group_lines
    from appealgen.read.page_columns import gutter

    doc = load(_pdf(tmp_path / "cols.pdf", _two_columns))
    found = gutter(group_lines(doc.pages[0]))
    assert found is not None
    top, bottom, x = found
    assert 60 + 150 < x < 330  # between the left column's longest row and the right column
    assert top < 95 < bottom  # the run holds both columns' first rows, not the title
    assert top > 50 and bottom < H - 60
    table = load(_pdf(tmp_path / "table.pdf", _wide_table))
    assert gutter(group_lines(table.pages[0])) is None
