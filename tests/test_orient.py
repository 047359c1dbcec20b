"""Pages fed in sideways or upside down are turned upright before they are read
(appealgen/read/orient.py), with tesseract's orientation detection or without it."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read import orient
from appealgen.read.extract import Word
from appealgen.read.score import score
from appealgen.read.settings import ReadSettings

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "samples" / "summit_letter_medical_necessity"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")


@pytest.fixture
def as_is(monkeypatch):
    """The page images of these tests read as drawn (no levelling, no rules taken out)."""
    monkeypatch.setattr(orient, "prepare", lambda img, dpi, settings=None: img)


def _page():
    """A page image (mode L) with a black mark at its top left corner, as printed."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(img).rectangle((20, 20, 120, 60), fill=0)
    return img


def _reader(calls: list[str]):
    """A stand-in for tesseract: it reads surely only a page (or band) whose darkest
    quarter is its top left one, as the mark prints on an upright page."""

    def read(img) -> orient.Reading:
        calls.append(f"{img.width}x{img.height}")
        w, h = img.width // 2, img.height // 2
        quarters = [img.crop(box) for box in ((0, 0, w, h), (w, 0, 2 * w, h),
                                              (0, h, w, 2 * h), (w, h, 2 * w, 2 * h))]  # fmt: skip
        ink = [q.resize((1, 1), 4).getpixel((0, 0)) for q in quarters]  # box mean
        upright = ink[0] == min(ink) and ink[0] < min(ink[1:])
        words = [Word("Claim", 0, 10, 0, 10, conf=95.0 if upright else 20.0)] * 4
        return words, lambda: words

    return read


def test_a_sure_reading_is_kept_without_asking_the_orientation(as_is, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(orient, "osd_turn", lambda *a: asked.append(1) or 180)
    calls: list[str] = []
    img, words = orient.read_upright(_page(), 100, _reader(calls))
    assert len(calls) == 1 and not asked and words[0].conf == 95.0


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_turned_page_is_read_upright_by_the_detected_turn(as_is, monkeypatch, turn: int) -> None:
    monkeypatch.setattr(orient, "osd_turn", lambda *a: turn)
    calls: list[str] = []
    img, words = orient.read_upright(_page().rotate(turn, expand=True), 100, _reader(calls))
    assert (img.width, img.height) == (600, 800) and words[0].conf == 95.0
    # a page upside down is read as it came, then turned; one lying sideways is seen to
    # run down the page, and read once, turned
    assert len(calls) == (2 if turn == 180 else 1)


def _lines(width: int = 800, height: int = 1000):
    """A page image of rows of print: dashes of ink like words, with gaps between rows."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (width, height), 235)
    draw = ImageDraw.Draw(img)
    for top in range(60, height - 60, 24):
        for left in range(60, width - 120, 70):
            draw.rectangle((left, top, left + 40 + (left * 7 + top) % 23, top + 10), fill=30)
    return img


def test_print_running_down_the_page_is_told_from_print_across_it() -> None:
    from PIL import ImageDraw

    page = _lines()
    assert not orient.quarter_turned(page)
    assert orient.quarter_turned(page.rotate(90, expand=True))
    assert orient.quarter_turned(page.rotate(270, expand=True))
    assert not orient.quarter_turned(page.rotate(180))
    lid = page.copy()  # the dark of a scanner's lid down one side is no column of print
    ImageDraw.Draw(lid).rectangle((0, 0, 30, lid.height), fill=20)
    assert not orient.quarter_turned(lid)
    assert not orient.quarter_turned(
        page.rotate(90, expand=True), ReadSettings(ocr_turn_profile=1e3)
    )


def test_a_page_running_down_is_asked_first_and_a_wrong_answer_costs_one_reading(
    as_is, monkeypatch
) -> None:
    monkeypatch.setattr(orient, "quarter_turned", lambda *a: True)
    monkeypatch.setattr(orient, "osd_turn", lambda *a: 90)  # wrong: the page is upright
    calls: list[str] = []
    img, words = orient.read_upright(_page(), 100, _reader(calls))
    assert img.size == (600, 800) and words[0].conf == 95.0
    assert calls == ["800x600", "600x800"]  # turned, read weakly; then as it came


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_without_orientation_detection_the_surest_quarter_turn_wins(
    as_is, monkeypatch, turn
) -> None:
    monkeypatch.setattr(orient, "osd_turn", lambda *a: None)  # tesseract-ocr-osd missing
    wide = ReadSettings(ocr_turn_band=1.0)  # the stand-in needs the whole page to tell
    img, words = orient.read_upright(_page().rotate(turn, expand=True), 100, _reader([]), wide)
    assert (img.width, img.height) == (600, 800) and words[0].conf == 95.0


def test_a_turn_that_reads_no_better_is_not_kept(as_is, monkeypatch) -> None:
    monkeypatch.setattr(orient, "osd_turn", lambda *a: 90)  # a wrong answer
    blank = _page().rotate(180)  # upside down, but the detection says a quarter turn
    img, words = orient.read_upright(blank, 100, _reader([]))
    assert img.size == (600, 800) and words[0].conf == 20.0
    off = ReadSettings(ocr_orientation=False)
    calls: list[str] = []
    orient.read_upright(blank, 100, _reader(calls), off)
    assert len(calls) == 1


def test_sure_share_counts_words_with_letters_or_digits() -> None:
    words = [Word("Paid", 0, 1, 0, 1, conf=90.0), Word("~", 0, 1, 0, 1, conf=5.0),
             Word("x1", 0, 1, 0, 1, conf=30.0), Word("Text", 0, 1, 0, 1)]  # fmt: skip
    assert orient.sure_share(words) == pytest.approx(2 / 3)  # a text layer's word is sure
    assert orient.sure_share([]) == 0.0


def _scanned_turned(turn: int, dpi: int = 200) -> bytes:
    """The sample letter printed, scanned a little grey, and fed in turned by ``turn``."""
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(str(LETTER.with_suffix(".pdf")))
    try:
        page = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    page = page.point(lambda v: 30 + v * 200 // 255).rotate(turn, expand=True)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=float(dpi))
    assert isinstance(page, Image.Image)
    return out.getvalue()


@needs_tesseract
@pytest.mark.parametrize("turn", [90, 180])
def test_a_letter_fed_in_turned_reads_as_well_as_upright(tmp_path: Path, turn: int) -> None:
    want = json.loads(LETTER.with_suffix(".expected.json").read_text(encoding="utf-8"))
    path = tmp_path / "turned.pdf"
    path.write_bytes(_scanned_turned(turn))
    got = parse_file(path).to_dict()
    s = score(got, want, name="turned")
    assert s.accuracy >= 0.95, "\n".join(s.misses)
