"""Small synthetic PDFs for reader tests: text placed where a payer's layout would put it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

Row = tuple[float, str] | tuple[float, str, float]


def make_pdf(path: Path, lines: list[list[tuple[float, str]]], *, size: float = 10) -> Path:
    """One page: each entry of ``lines`` is one printed line of (x, text) pieces, top down."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    _w, h = letter
    y = h - 60
    for pieces in lines:
        for x, text in pieces:
            font = "Helvetica-Bold" if text.startswith("**") else "Helvetica"
            c.setFont(font, size + (6 if text.startswith("**") else 0))
            c.drawString(x, y, text.strip("*"))
        y -= size * 1.8
    c.showPage()
    c.save()
    return path


def text_lines(*rows: str, x: float = 60) -> list[list[tuple[float, str]]]:
    """Plain lines, one piece each."""
    return [[(x, r)] if r else [] for r in rows]
