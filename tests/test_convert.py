"""PDF output through LibreOffice, and the fax packet."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen import canvas

from appealgen.errors import ConversionError
from appealgen.write import convert, render

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def make_notice(path: Path, pages: int = 2) -> Path:
    c = canvas.Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"ORIGINAL NOTICE page {i + 1}")
        c.showPage()
    c.save()
    return path


@needs_soffice
def test_pdf_for_every_letter_and_a_packet(sample_case, sample_profile, tmp_path):
    notice = make_notice(tmp_path / "notice.pdf")
    out = tmp_path / "out"
    result = render.generate(
        sample_case, out, sample_profile, voice="provider", pdf=True, source=notice
    )
    docx_files = [p for p in result.files if p.suffix == ".docx"]
    for d in docx_files:
        assert d.with_suffix(".pdf") in result.files
        assert d.with_suffix(".pdf").is_file()
    appeal = PdfReader(str(result.case_dir / "appeal.pdf"))
    appeal_text = "".join(page.extract_text() for page in appeal.pages)
    assert "NW-2026-0042" in appeal_text and "Rosa Alvarez" in appeal_text
    packet = PdfReader(str(result.case_dir / "packet.pdf"))
    designation = PdfReader(str(result.case_dir / "authorized_representative.pdf"))
    assert len(packet.pages) == len(appeal.pages) + len(designation.pages) + 2
    assert "ORIGINAL NOTICE page 2" in packet.pages[-1].extract_text()
    assert "NW-2026-0042" in packet.pages[0].extract_text()
    # nothing else is left in the output folder
    assert [p.name for p in out.iterdir()] == [sample_case.case_id]


@needs_soffice
def test_no_packet_without_an_original_pdf(sample_case, tmp_path):
    result = render.generate(sample_case, tmp_path, None, pdf=True)
    assert (result.case_dir / "appeal.pdf").is_file()
    assert not (result.case_dir / "packet.pdf").exists()
    assert any("packet.pdf not written" in w for w in result.warnings)


def test_missing_libreoffice_is_one_clear_error(sample_case, tmp_path, monkeypatch):
    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    with pytest.raises(ConversionError) as err:
        render.generate(sample_case, tmp_path, None, pdf=True)
    assert "LibreOffice (soffice) is not installed" in str(err.value)
    assert "libreoffice-writer-nogui" in str(err.value)
    assert list(tmp_path.iterdir()) == []  # no half-written case folder


def test_unreadable_original_gives_a_note_not_a_crash(tmp_path):
    letter = make_notice(tmp_path / "letter.pdf", pages=1)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    note = convert.make_packet([letter], bad, tmp_path / "packet.pdf")
    assert note and "original notice could not be added" in note
