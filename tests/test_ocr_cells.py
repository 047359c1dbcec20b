"""Weak words read again, each cut out of the page on its own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from page_images import blank
from PIL import Image

from appealgen.read import ocr_call, ocr_cells, ocr_sheet
from appealgen.read.extract import Word
from appealgen.read.settings import ReadSettings

DPI = 300
SCALE = 72.0 / DPI


def _column(texts: list[str], confs: list[float], x: float = 300.0) -> list[Word]:
    """One word a row, 12 points high, rows 20 points apart, at ``x``."""
    return [
        Word(t, x, x + 6.0 * len(t), 100.0 + 20 * i, 112.0 + 20 * i, conf=c)
        for i, (t, c) in enumerate(zip(texts, confs, strict=True))
    ]


def _page(texts: list[str]) -> tuple[Image.Image, list[Word]]:
    """A page image printing ``texts`` one under another, each as a weak word "zz"."""
    img, draw, font = blank((int(3 * DPI), int(0.3 * DPI) * (len(texts) + 2)), dpi=DPI)
    words = []
    for i, text in enumerate(texts):
        x, y = int(0.5 * DPI), int(0.3 * DPI) * (i + 1)
        draw.text((x, y), text, font=font, fill=30)
        x0, top, x1, bottom = draw.textbbox((x, y), text, font=font)
        words.append(Word("zz", x0 * SCALE, x1 * SCALE, top * SCALE, bottom * SCALE, conf=30.0))
    return img, words


def _tsv(readings: list[list[tuple[str, float]]], rows: list[tuple[int, int]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines = [head]
    for i, (reading, (top, bottom)) in enumerate(zip(readings, rows, strict=True)):
        for k, (text, conf) in enumerate(reading):
            box = f"{30 + 90 * k}\t{top + 2}\t80\t{bottom - top - 4}"
            lines.append(f"5\t1\t1\t1\t{i + 1}\t{k + 1}\t{box}\t{conf}\t{text}")
    return "\n".join(lines) + "\n"


def test_values_are_told_by_their_shape() -> None:
    for text in ("1", "12", "217.50", "$1,250.00", "(35.00)", "03/02/2026", "S9443", "Z39.1"):
        assert ocr_cells.value_like(text), text
    for text in ("CO-45", "2624523567782", "99403-25", "NGW783027259", "217.50,"):
        assert ocr_cells.value_like(text), text
    for text in ("af", "iu", "Denied", "UNITS", "2157450x", "ABCD12", "-", "$", "Osei"):
        assert not ocr_cells.value_like(text), text


def test_weak_words_in_a_column_of_values_are_read_again_first() -> None:
    texts = ["UNITS", "1", "1", "af", "1", "1", "iu"]
    words = _column(texts, [96, 96, 95, 44, 97, 96, 43])
    prose = _column(["Keep", "this", "notice", "fer", "your", "-", "records"], [96] * 7, x=20.0)
    prose[3].conf, prose[5].conf = 12.0, 5.0  # a mark without letters is not read again
    prose[1].conf = 60.0  # a word among words read fairly surely is left as read
    assert [w.text for w in ocr_cells.candidates(words + prose)] == ["iu", "af", "fer"]
    few = ReadSettings(ocr_cell_most=1)
    assert [w.text for w in ocr_cells.candidates(words + prose, few)] == ["iu"]
    more = ReadSettings(ocr_cell_word_confidence=70.0)
    assert [w.text for w in ocr_cells.candidates(words + prose, more)] == [
        "iu",
        "af",
        "fer",
        "this",
    ]


def test_a_column_of_values_is_told_by_its_sure_words() -> None:
    def column(words: list[Word]) -> bool:
        strong = [w for w in words if w.conf is not None and w.conf >= 80]
        return ocr_cells.in_value_column(words[-1], strong, ReadSettings())

    # a column of prose: its sure words are not values
    texts = ["Keep", "this", "notice", "for", "your", "records", "af"]
    assert not column(_column(texts, [96, 96, 95, 97, 96, 95, 44]))
    assert column(_column(["UNITS", "1", "1", "1", "af"], [96, 96, 95, 97, 44]))
    # too few values around it, or values too far away
    assert not column(_column(["1", "1", "af"], [96, 96, 44]))
    words = _column(["1", "1", "1", "1", "af"], [96, 96, 96, 96, 44])
    strong = words[:-1]
    assert not ocr_cells.in_value_column(words[-1], strong, ReadSettings(ocr_cell_reach=1.0))
    # a word in a column of its own, beside the values
    assert not column(_column(["1", "1", "1"], [96, 96, 96]) + _column(["af"], [44], x=400.0))


def test_only_a_sure_reading_replaces_a_weak_word(monkeypatch, tmp_path) -> None:
    img, words = _page(["1", "217.50", "221.25", "You owe", "Paid", "1", "NGW783027259"])
    words[-1].text = "NGW783027259"
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: list(words))
    readings = [
        [("1", 96)],
        [("217.50", 95)],
        [("221.25", 41)],
        [("You", 96), ("owe", 95)],
        [("zz", 96)],
        [],
        [("NGW", 96), ("783027259", 95)],
    ]

    def fake(path: Path, settings: ReadSettings) -> str:
        pieces = [ocr_cells._piece(img, w, SCALE, settings) for w in words]
        _, rows = ocr_sheet.stack(pieces)
        return _tsv(readings, rows)

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 3
    # a weak reading, the same reading or its letters parted, and nothing read leave the
    # word as it was; a reading of two words parts the word's box between them
    assert [w.text for w in words][:7] == ["1", "217.50", "zz", "You", "owe", "zz", "zz"]
    assert words[7].text == "NGW783027259" and words[7].conf == 30.0
    you, owe = words[3], words[4]
    assert you.x0 < you.x1 < owe.x0 < owe.x1 and you.top == owe.top
    # two readings disagreed: the value stays unsure
    assert words[0].conf == ReadSettings().ocr_repaired_confidence
    assert words[2].conf == 30.0
    assert list(tmp_path.iterdir()) == []
    never = ReadSettings(ocr_cell_reread=False)
    img, words = _page(["1"])
    assert ocr_cells.reread(img, words, SCALE, tmp_path, never) == 0


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_a_lone_digit_and_an_amount_are_read_from_the_print(monkeypatch, tmp_path) -> None:
    img, words = _page(["1", "217.50", "4"])
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: words)
    ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings())
    assert [w.text for w in words] == ["1", "217.50", "4"]


def test_a_sheet_gives_each_piece_the_words_whose_middle_its_rows_hold(monkeypatch, tmp_path):
    pieces = [Image.new("L", (40, 10), 255), Image.new("L", (60, 20), 255)]
    _, rows = ocr_sheet.stack(pieces)
    assert rows == [(24, 34), (58, 78)]
    tsv = "\n".join(
        [
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "5\t1\t1\t1\t1\t1\t24\t22\t30\t10\t91\tfirst",  # middle 27: the first piece
            "5\t1\t1\t1\t2\t1\t24\t60\t30\t16\t88\tsecond",  # middle 68: the second
            "5\t1\t1\t1\t3\t1\t24\t82\t30\t8\t90\tbetween",  # middle 86: no piece's rows
        ]
    )
    monkeypatch.setattr(ocr_call, "tesseract_tsv", lambda path, settings: tsv)
    read = ocr_sheet.read_pieces(pieces, tmp_path / "sheet.pgm", ReadSettings())
    assert [[t.text for t in ts] for ts in read] == [["first"], ["second"]]
    # each word boxed in its own piece's pixels: the sheet's margin and the rows above it off
    assert [(t.left, t.top) for ts in read for t in ts] == [(0, -2), (0, 2)]
    assert not (tmp_path / "sheet.pgm").exists()


def test_a_word_is_cut_out_with_a_margin_of_its_height_within_the_page() -> None:
    # 72 points an inch, 150 pixels: a word 10 points high is 20.8 pixels high
    scale = 72.0 / 150
    w = Word("217.50", 36.0, 72.0, 100.0, 110.0, conf=40.0)
    pad = 0.5 * 10 / scale
    assert ocr_sheet.crop_box((1275, 1650), w, scale, 0.5) == (
        int(36 / scale - pad),
        int(100 / scale - pad),
        int(72 / scale + pad) + 1,
        int(110 / scale + pad) + 1,
    )
    # at twice the resolution the same word's box is twice as many pixels
    box = ocr_sheet.crop_box((2550, 3300), w, scale / 2, 0.5)
    assert box[2] - box[0] in (
        2 * (int(72 / scale + pad) - int(36 / scale - pad)) + d for d in (-1, 0, 1, 2)
    )
    # a word at the page's edge is cut out up to the edge, never past it
    edge = Word("1", 0.0, 5.0, 0.0, 10.0, conf=40.0)
    assert ocr_sheet.crop_box((1275, 1650), edge, scale, 0.5)[:2] == (0, 0)
    corner = Word("1", 605.0, 612.0, 782.0, 792.0, conf=40.0)
    assert ocr_sheet.crop_box((1275, 1650), corner, scale, 0.5)[2:] == (1275, 1650)


def test_a_word_of_a_sentence_reaching_across_a_column_is_not_one_of_its_cells() -> None:
    units = _column(["1", "1", "1", "ay"], [96, 96, 96, 29])
    # a sentence's long word above the units column, a heading reaching off to its right
    wide = Word("Precertification/authorization", 100.0, 420.0, 60.0, 72.0, conf=96.0)
    side = Word("UNITS", 300.0, 350.0, 80.0, 92.0, conf=96.0)
    assert not ocr_cells._overlap(wide, units[-1]) and not ocr_cells._overlap(side, units[-1])
    assert ocr_cells._overlap(units[0], units[-1])
    strong = [wide, side, *units[:-1]]
    assert ocr_cells.in_value_column(units[-1], strong, ReadSettings())


def test_a_value_read_fairly_surely_is_taken_only_in_a_column_of_values(
    monkeypatch, tmp_path
) -> None:
    img, words = _page(["1", "1", "1", "1", "Paid"])
    for w in words[:3]:
        w.text, w.conf = "1", 96.0
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: words[3:])
    # the fourth "1" of the column and a word beside no values are each read 70% sure
    readings = [[("1", 96)], [("1", 96)], [("1", 96)], [("1", 70)], [("1", 70)]]

    def fake(path: Path, settings: ReadSettings) -> str:
        pieces = [ocr_cells._piece(img, w, SCALE, settings) for w in words[3:]]
        _, rows = ocr_sheet.stack(pieces)
        return _tsv(readings[3:], rows)

    words[4].x0, words[4].x1 = words[4].x0 + 100, words[4].x1 + 100  # out of the column
    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 1
    assert [w.text for w in words] == ["1", "1", "1", "1", "zz"]
    assert words[3].conf == ReadSettings().ocr_repaired_confidence
    # asked for a surer reading, the column's value stays as it was
    img, words = _page(["1", "1", "1", "1"])
    for w in words[:3]:
        w.text, w.conf = "1", 96.0
    readings = [[("1", 96)], [("1", 96)], [("1", 96)], [("1", 70)]]
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: words[3:])
    surer = ReadSettings(ocr_cell_value_confidence=75.0)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, surer) == 0


def test_a_reading_in_another_case_is_no_better_reading(monkeypatch, tmp_path) -> None:
    img, words = _page(["CO"])
    words[0].text = "CO"
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: list(words))

    def fake(path: Path, settings: ReadSettings) -> str:
        _, rows = ocr_sheet.stack([ocr_cells._piece(img, w, SCALE, settings) for w in words])
        return _tsv([[("co", 96)]], rows)

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 0
    assert words[0].text == "CO"


def test_an_identifier_read_again_in_pieces_keeps_its_first_reading(monkeypatch, tmp_path):
    img, words = _page(["169746819047:", "2157450"])
    words[0].text, words[1].text = "169746819047:", "2157450"
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: list(words))

    def fake(path: Path, settings: ReadSettings) -> str:
        _, rows = ocr_sheet.stack([ocr_cells._piece(img, w, SCALE, settings) for w in words])
        return _tsv([[("697468", 94), ("19047:", 94)], [("217.50", 95)]], rows)

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 1
    # a run of digits cut in two, a digit lost at the edge: no better reading
    assert [w.text for w in words] == ["169746819047:", "217.50"]
    assert ocr_cells.cut_run("F947757615211", ["F947", "757615211"])
    assert not ocr_cells.cut_run("ZOWOME", ["You", "owe"])
    assert not ocr_cells.cut_run("2157450", ["217.50"])


def _row(texts: list[str], confs: list[float]) -> list[Word]:
    """One printed row, 12 points high, a word every 60 points."""
    return [
        Word(t, 40.0 + 60 * i, 40.0 + 60 * i + 6.0 * len(t), 300.0, 312.0, conf=c)
        for i, (t, c) in enumerate(zip(texts, confs, strict=True))
    ]


def test_a_count_misread_as_letters_is_told_by_its_service_row() -> None:
    s = ReadSettings()
    row = _row(["05/01/26", "S9443", "ay", "100.00", "0.00", "CO-170"], [93, 78, 29, 96, 95, 30])
    assert ocr_cells.in_service_row(row[2], row, s)
    # a code in capitals, a word with a digit, a long word: no count's cell
    for text in ("GP", "U5", "Denied"):
        row[2].text = text
        assert not ocr_cells.in_service_row(row[2], row, s), text
    # a row without two sure amounts is no service row
    prose = _row(["Your", "visit", "ay", "was", "100.00"], [96, 96, 29, 96, 96])
    assert not ocr_cells.in_service_row(prose[2], prose, s)


def _units_row() -> tuple[Image.Image, list[Word]]:
    """A service row whose units cell "1" and line number "2" OCR read "ay" and "iE"."""
    img, words = _page(["1", "100.00", "0.00", "2"])
    words[0].text, words[3].text = "ay", "iE"
    for w, amount in zip(words[1:3], ("100.00", "0.00"), strict=True):
        w.text, w.conf = amount, 96.0
    for w in words:  # all on one row
        w.top, w.bottom = words[0].top, words[0].bottom
    return img, words


@pytest.mark.parametrize("digits", ["0123456789.,$/-()", ""])
def test_a_count_no_reading_made_a_number_is_read_in_digits_only(
    monkeypatch, tmp_path, digits: str
) -> None:
    img, words = _units_row()
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: [words[0], words[3]])
    asked: list[str] = []

    def fake(path: Path, settings: ReadSettings) -> str:
        asked.append(settings.ocr_whitelist)
        pieces = [ocr_cells._piece(img, w, SCALE, settings) for w in (words[0], words[3])]
        _, rows = ocr_sheet.stack(pieces)
        if not settings.ocr_whitelist:  # the first reading: letters again
            return _tsv([[("ay", 40)], [("iE", 35)]], rows)
        return _tsv([[("1", 88)], [("2", 41)]], rows)  # the second read too weakly

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    settings = ReadSettings(ocr_cell_digits=digits)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, settings) == (1 if digits else 0)
    if not digits:  # never read in digits only
        assert asked == [""] and words[0].text == "ay"
        return
    assert asked == ["", digits]
    assert [w.text for w in words] == ["1", "100.00", "0.00", "iE"]
    assert words[0].conf == ReadSettings().ocr_repaired_confidence  # a repair: unsure


def test_a_word_read_again_is_put_right_by_its_neighbours_on_the_line(
    monkeypatch, tmp_path
) -> None:
    img, words = _page(["21,"])
    day = words[0]
    height = day.bottom - day.top
    month = Word("May", day.x0 - 30.0, day.x0 - 6.0, day.top, day.bottom, conf=96.0)
    year = Word("2026", day.x1 + 6.0, day.x1 + 40.0, day.top, day.bottom, conf=96.0)
    below = Word("Total", day.x0, day.x1, day.top + 3 * height, day.bottom + 3 * height, conf=96)
    words = [month, day, year, below]
    assert ocr_cells.beside(day, words) == ("May", "2026")
    assert ocr_cells.beside(below, words) == ("", "")
    monkeypatch.setattr(ocr_cells, "candidates", lambda words, settings: [day])

    def fake(path: Path, settings: ReadSettings) -> str:
        _, rows = ocr_sheet.stack([ocr_cells._piece(img, day, SCALE, settings)])
        return _tsv([[("2t,", 95)]], rows)

    monkeypatch.setattr(ocr_call, "tesseract_tsv", fake)
    assert ocr_cells.reread(img, words, SCALE, tmp_path, ReadSettings()) == 1
    # the day between its month and year: its 1 read as a t put right, and unsure
    assert [w.text for w in words] == ["May", "21,", "2026", "Total"]
    assert words[1].conf == ReadSettings().ocr_repaired_confidence
