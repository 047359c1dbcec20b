"""Made-up text pages for reader tests: rows of monospaced words, grouped into lines."""

from __future__ import annotations

from appealgen.read.extract import Page, Word
from appealgen.read.layout import group_lines

CHAR = 5.0  # points per character of the made-up pages


def text_page(rows: list[str] | tuple[str, ...], *, left: float = 50.0, pitch: float = 12.0):
    """A page printing ``rows``, one character ``CHAR`` points wide; each space (so two
    or more part the cells) moves the next word one character right."""
    words = []
    for r, row in enumerate(rows):
        top = 100 + r * pitch
        at = 0
        for token in row.split(" "):
            if token:
                x0 = left + at * CHAR
                words.append(Word(token, x0, x0 + len(token) * CHAR, top, top + 9, 9.0))
            at += len(token) + 1
    return Page(1, 612, 792, words)


def page_lines(rows: list[str] | tuple[str, ...], *, left: float = 50.0, pitch: float = 12.0):
    """Lines of a page printing ``rows`` (see ``text_page``)."""
    return group_lines(text_page(rows, left=left, pitch=pitch))


def text_document(rows: list[str] | tuple[str, ...], *, name: str = "notice.pdf"):
    """A one-page text PDF as the reader sees it, printing ``rows`` (see ``text_page``)."""
    from pathlib import Path

    from appealgen.read.extract import Document

    return Document(Path(name), "0" * 64, "pdf", [text_page(rows)], 1)


def one_claim(payer: str, number: str, line: dict) -> dict:
    """A corrected parse document of one claim of one service ``line`` (its fields)."""
    return {"payer": {"name": payer}, "claims": [{"claim_number": number, "service_lines": [line]}]}


def learned_from(tmp_path, monkeypatch, rows: list[str] | tuple[str, ...], corrected: dict):
    """The layout ``appealgen learn`` takes from a notice printing ``rows`` and its
    ``corrected`` parse document, in a store of its own under ``tmp_path``, not saved."""
    from appealgen import learn

    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    monkeypatch.setattr(learn, "load", lambda path: text_document(rows))
    return learn.learn_layout(tmp_path / "taught.pdf", corrected, save=False)
