"""The text of a written letter, for tests that open the .docx files."""

from __future__ import annotations

from pathlib import Path

import docx


def doc_text(path: Path | str, *, footers: bool = True) -> str:
    """All text of a .docx: body paragraphs, table cells and (unless ``footers=False``)
    the footers, one paragraph a line."""
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    if footers:
        for section in d.sections:
            parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


def highlighted(path: Path | str) -> list[str]:
    """The text of every highlighted run of the body (the placeholders)."""
    d = docx.Document(str(path))
    return [
        r.text
        for p in d.paragraphs
        for r in p.runs
        if r._element.rPr is not None and r._element.rPr.highlight_val is not None
    ]
