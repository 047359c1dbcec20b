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


def test_a_pages_repeated_texts_and_lines_are_one_object_each() -> None:
    doc = load(SAMPLES / "riverbend_remittance.pdf")
    words = doc.pages[0].words
    same_line = [w for w in words if w.top == words[0].top]
    assert len(same_line) > 1 and all(w.top is same_line[0].top for w in same_line)
    texts: dict[str, object] = {}
    for w in words:
        assert texts.setdefault(w.text, w.text) is w.text  # one object for each text
    assert len(texts) < len(words)


def test_a_zero_is_kept_as_it_was_read() -> None:
    from appealgen.read.extract import _Shared

    same = _Shared()
    assert same.number(1.5) is same.number(float("1.5"))
    assert str(same.number(-0.0)) == "-0.0" and str(same.number(0.0)) == "0.0"
    assert same.text("Paid") is same.text("".join(["Pa", "id"]))


def _alive(kind: type) -> int:
    import gc

    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def test_a_long_pdfs_parsed_objects_go_once_its_words_are_read(monkeypatch) -> None:
    """pdfminer's document and pages hold the file's decoded contents in reference cycles:
    a long PDF's are collected as soon as its words are out, not when the read ends."""
    import gc

    from pdfminer.pdfdocument import PDFDocument

    from appealgen.read import extract

    monkeypatch.setattr(extract, "LET_GO_PAGES", 2)  # the 2-page sample counts as long
    gc.collect()
    gc.disable()  # only the reader's own collection may free them
    try:
        before = _alive(PDFDocument)
        doc = load(SAMPLES / "granite_peak_remittance.pdf")
        assert len(doc.pages) == 2 and doc.pages[0].words
        assert _alive(PDFDocument) == before
        monkeypatch.setattr(extract, "LET_GO_PAGES", 3)  # a short file: no collection
        load(SAMPLES / "granite_peak_remittance.pdf")
        assert _alive(PDFDocument) == before + 1
    finally:
        gc.enable()
        gc.collect()


def test_the_files_bytes_are_let_go_with_the_pdf(monkeypatch) -> None:
    """The stream pdfminer's parser reads (held in its cycles) is closed, so the file's
    bytes go when the read of the words is done, a short file's too."""
    from appealgen.read import extract

    streams = []
    open_pdf = extract._open_pdf
    monkeypatch.setattr(
        extract, "_open_pdf", lambda path, s: streams.append(s) or open_pdf(path, s)
    )
    load(SAMPLES / "granite_peak_remittance.pdf")
    assert len(streams) == 1 and streams[0].closed


def test_a_pdfs_words_share_one_object_for_each_text_and_place_they_repeat() -> None:
    """The values are the same; a long PDF's words hold one copy of each repeated one, on
    whichever page it is repeated (a column's edges, a label, a line's place)."""
    doc = load(SAMPLES / "juniper_multi_claim_eob.pdf")
    assert len(doc.pages) > 1
    for attr in ("text", "top", "bottom", "size", "x0", "x1"):
        firsts: dict = {}
        for page in doc.pages:
            for w in page.words:
                value = getattr(w, attr)
                if value:
                    assert firsts.setdefault(value, value) is value, (attr, value)
    tops = [w.top for w in doc.pages[0].words]
    assert len({id(t) for t in tops}) == len(set(tops))
    texts = [{w.text for w in page.words} for page in doc.pages]
    assert set.intersection(*texts)  # some words are printed on every page


def test_a_characters_matrix_is_pdfminers_own_tuple_not_a_resolved_copy() -> None:
    """Six numbers pdfminer worked out hold no reference to resolve: no copy per character
    (the values are pdfplumber's, as the tests above check)."""
    from pdfminer.layout import LTChar
    from pdfplumber.utils import resolve_all

    from appealgen.read import pdf_chars

    with pdfplumber.open(SAMPLES / "granite_peak_remittance.pdf") as pdf:
        page = pdf.pages[0]
        objs = [o for o in pdf_chars._objects(page.layout) if isinstance(o, LTChar)]
        chars = [pdf_chars._char(o, page.height, 0, 0, 0, None) for o in objs]
    assert objs and all(c["matrix"] is o.matrix for c, o in zip(chars, objs, strict=True))
    assert pdf_chars._matrix([1, 0, 0, 1, 5, 7]) == resolve_all([1, 0, 0, 1, 5, 7])
