"""A mark OCR did not read: ink above a small letter the word it read has no place for."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from appealgen.read.extract import Word
from appealgen.read.ocr_marks import doubt_unread_marks, raised_capitals, unread_marks
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

SIZE = 14.0
DPI = 300
WORDS = ("Siobhán", "Siobhan", "Guzmán", "Lactation", "Ñoño", "cannot", "Zoë")
WORDS += ("Lucía", "Lucia", "María", "Patricia", "Claim", "Sofía")


def _page(tmp_path: Path):
    """Each word on its own line; the image and each word's box in pixels."""
    path = tmp_path / "words.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 60 + 40 * len(WORDS)))
    boxes = []
    for i, word in enumerate(WORDS):
        y = 30 + 40 * i
        c.setFont("Helvetica", SIZE)
        c.drawString(40, y, word)
        boxes.append((word, 40, y, 40 + stringWidth(word, "Helvetica", SIZE)))
    height = 60 + 40 * len(WORDS)
    c.save()
    pdf = pdfium.PdfDocument(str(path))
    img = pdf[0].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    k = DPI / 72
    out = {}
    for word, x0, y, x1 in boxes:
        descends = any(ch in "gjpqy" for ch in word)
        top = height - (y + SIZE * 0.718)  # the cap height above the baseline
        bottom = height - (y - (SIZE * 0.207 if descends else 0))
        out[word] = (x0 * k, top * k, x1 * k, bottom * k)
    return img, out


def test_an_accent_read_away_is_found_over_its_letter(tmp_path: Path) -> None:
    img, boxes = _page(tmp_path)
    # what the English model reads: the letters without their marks
    assert unread_marks(img, boxes["Siobhán"], "Siobhan", DEFAULT_SETTINGS) == [5]
    assert unread_marks(img, boxes["Guzmán"], "Guzman", DEFAULT_SETTINGS) == [4]
    assert unread_marks(img, boxes["Zoë"], "Zoe", DEFAULT_SETTINGS) == [2]
    assert unread_marks(img, boxes["Ñoño"], "Nono", DEFAULT_SETTINGS) == [2]
    # the same words printed without a mark, read right: nothing above their small letters
    assert unread_marks(img, boxes["Siobhan"], "Siobhan", DEFAULT_SETTINGS) == []
    assert unread_marks(img, boxes["Lactation"], "Lactation", DEFAULT_SETTINGS) == []
    # no tall letter: the box's top is no cap height to measure from
    assert unread_marks(img, boxes["cannot"], "cannot", DEFAULT_SETTINGS) == []


def test_an_accent_printed_in_place_of_an_i_dot_is_found(tmp_path: Path) -> None:
    """ "Lucía" read "Lucia": the acute over the i is wider than the dot it replaces."""
    img, boxes = _page(tmp_path)
    assert unread_marks(img, boxes["Lucía"], "Lucia", DEFAULT_SETTINGS) == [3]
    assert unread_marks(img, boxes["María"], "Maria", DEFAULT_SETTINGS) == [3]
    # an i printed with its dot is no mark
    assert unread_marks(img, boxes["Lucia"], "Lucia", DEFAULT_SETTINGS) == []
    assert unread_marks(img, boxes["Patricia"], "Patricia", DEFAULT_SETTINGS) == []
    assert unread_marks(img, boxes["Claim"], "Claim", DEFAULT_SETTINGS) == []
    # beside a tall letter the ink above is the neighbour's too: not looked at
    assert unread_marks(img, boxes["Sofía"], "Sofia", DEFAULT_SETTINGS) == []
    never = ReadSettings(ocr_i_mark_width=0)
    assert unread_marks(img, boxes["Lucía"], "Lucia", never) == []


def test_a_word_read_without_its_mark_counts_as_repaired(tmp_path: Path) -> None:
    img, boxes = _page(tmp_path)
    k = 72 / DPI
    words = [
        Word(text, *(v * k for v in (box[0], box[2], box[1], box[3])), size=SIZE, conf=96.0)
        for text, box in (("Siobhan", boxes["Siobhán"]), ("Siobhan", boxes["Siobhan"]))
    ]
    doubt_unread_marks(img, words, k, DEFAULT_SETTINGS)
    assert words[0].conf == DEFAULT_SETTINGS.ocr_repaired_confidence
    assert words[1].conf == 96.0


def test_a_word_of_capitals_raised_above_its_baseline_neighbours_is_doubted() -> None:
    """ "PATIENT: SIOBHÁN IWU": the accent over the A lifts SIOBHAN's box above the cap
    height of the words on its baseline."""

    def word(text: str, x0: float, top: float, bottom: float = 267.6) -> Word:
        return Word(text, x0, x0 + 6 * len(text), top, bottom, size=bottom - top, conf=91.0)

    line = [
        word("PATIENT:", 40, 262.6, 267.4),
        word("SIOBHAN", 90, 261.1),
        word("IWU", 140, 262.6),
        word("HVK2564337", 200, 262.3),
    ]
    assert [w.text for w in raised_capitals(line)] == ["SIOBHAN"]
    level = [word("PATIENT:", 40, 262.6, 267.4), word("SIOBHAN", 90, 262.5), line[2], line[3]]
    assert raised_capitals(level) == []
    # a heading in a larger size on its own baseline is no raised word
    heading = [word("JUNIPER", 40, 100.0, 110.0), word("Claim", 140, 104.0, 108.0)]
    assert raised_capitals(heading) == []
