"""A PDF page's characters read straight from pdfminer's layout are pdfplumber's, and the
page's layout is let go once they are read."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from appealgen.read.extract import load
from appealgen.read.pdf_chars import page_chars

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
KEYS = ("text", "x0", "x1", "top", "bottom", "doctop", "upright", "size", "fontname", "matrix")
W, H = letter


def _drawn(path: Path, *, image: bool = False, mediabox: tuple | None = None) -> Path:
    """A page with level, turned and bold text (and an image, a shifted media box)."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    if mediabox is not None:
        c.setCropBox(mediabox)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "Claim 55-123 denied")
    c.setFont("Helvetica", 9)
    c.drawString(60, H - 90, "Billed $250.00   Paid $0.00")
    c.saveState()
    c.translate(300, 300)
    c.rotate(90)
    c.drawString(0, 0, "printed sideways")
    c.restoreState()
    if image:
        from PIL import Image

        c.drawImage(ImageReader(Image.new("L", (8, 8), 128)), 400, 600, 20, 20)
    c.showPage()
    c.drawString(60, H - 60, "Page two of the notice")
    c.showPage()
    c.save()
    return path


def _plumbers(path: Path) -> list[tuple[list[dict], bool]]:
    with pdfplumber.open(path) as pdf:
        return [([{k: c[k] for k in KEYS} for c in p.chars], bool(p.images)) for p in pdf.pages]


def _mine(path: Path) -> list[tuple[list[dict], bool]]:
    with pdfplumber.open(path) as pdf:
        return [page_chars(p) for p in pdf.pages]


@pytest.mark.parametrize(
    "name",
    ["granite_peak_remittance.pdf", "juniper_multi_claim_eob.pdf", "keystone_medicaid_noabd.pdf"],
)
def test_the_characters_are_pdfplumbers_on_the_samples(name: str) -> None:
    assert _mine(SAMPLES / name) == _plumbers(SAMPLES / name)


@pytest.mark.parametrize("kwargs", [{}, {"image": True}, {"mediabox": (20, 30, 580, 760)}])
def test_the_characters_are_pdfplumbers_turned_with_an_image_or_a_moved_box(
    tmp_path: Path, kwargs: dict
) -> None:
    path = _drawn(tmp_path / "p.pdf", **kwargs)
    mine = _mine(path)
    assert mine == _plumbers(path)
    assert mine[0][1] is bool(kwargs.get("image"))
    assert any(not c["upright"] for c in mine[0][0])  # the sideways words are there


def test_a_page_lets_its_layout_go_once_read() -> None:
    """As ``page.close()`` would: a long PDF never holds every page's layout at once."""
    with pdfplumber.open(SAMPLES / "granite_peak_remittance.pdf") as pdf:
        for page in pdf.pages:
            page_chars(page)
        assert not any(hasattr(p, "_layout") for p in pdf.pages)


def test_the_words_read_are_the_same_as_pdfplumbers() -> None:
    path = SAMPLES / "riverbend_remittance.pdf"
    doc = load(path)
    with pdfplumber.open(path) as pdf:
        for page, read in zip(pdf.pages, doc.pages, strict=True):
            words = page.extract_words(
                x_tolerance=1.5, y_tolerance=2.5, extra_attrs=["size", "fontname"]
            )
            assert [w.text for w in read.words] == [w["text"] for w in words]
            assert [(w.x0, w.top) for w in read.words] == [(w["x0"], w["top"]) for w in words]
