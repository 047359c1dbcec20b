"""Lines tesseract garbled are found by their weak words and read again from a second reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen.read import ocr_call, ocr_merge, ocr_words
from appealgen.read.extract import Word
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def _tsv(rows: list[tuple[int, str, int, float]]) -> str:
    """(line, text, left, conf) -> tesseract TSV, words 100 px wide on 40 px high lines."""
    out = [HEAD]
    for i, (line, text, left, conf) in enumerate(rows):
        out.append(f"5\t1\t1\t1\t{line}\t{i}\t{left}\t{line * 50}\t100\t40\t{conf}\t{text}")
    return "\n".join(out)


# a letterhead beside a facts box: psm 6 merged the box's first row into the payer's line
FIRST = _tsv(
    [
        (1, "Tessellate", 0, 91), (1, "Health", 110, 97), (1, "tis", 900, 17),
        (1, "ia", 1010, 17), (1, "eee", 1120, 37), (1, "eae", 1230, 23),
        (2, "PO", 0, 96), (2, "Box", 110, 96), (2, "$60.00", 900, 0), (2, "=", 1010, 30),
    ]
)  # fmt: skip


def _word(text: str, x0: float, top: float, conf: float) -> Word:
    return Word(text, x0, x0 + 24, top, top + 9.6, 9.6, conf=conf)


def test_a_run_of_weak_words_marks_a_region_and_lone_weak_marks_do_not() -> None:
    regions = ocr_merge.garbled(FIRST, 0.24)
    assert len(regions) == 1  # "$60.00" at 0 and "=" have no letters: not garbage
    r = regions[0]
    assert (r.x0, r.x1) == pytest.approx((900 * 0.24, 1330 * 0.24))
    assert r.conf == pytest.approx((17 + 17 + 37 + 23) / 4)
    assert ocr_merge.garbled(FIRST, 0.24, ReadSettings(ocr_garbled_words=5)) == []


def test_one_weak_word_as_tall_as_two_rows_marks_a_region() -> None:
    # the rows of two columns whose baselines differ read as one: "Allowed" and the row
    # under it read as one tall word
    rows = [
        "5\t1\t1\t1\t1\t1\t246\t1329\t120\t61\t0\tsostibieke",
        "5\t1\t1\t1\t1\t2\t1154\t1333\t64\t26\t49\tC0",
        "5\t1\t1\t1\t1\t3\t1358\t1347\t122\t25\t95\tAllowed",
        "5\t1\t1\t1\t1\t4\t2265\t1347\t67\t25\t96\t0.00",
        "5\t1\t1\t1\t2\t1\t246\t1400\t50\t30\t30\tay",  # a weak word a row high
        "5\t1\t1\t1\t2\t2\t400\t1400\t60\t25\t96\tBilled",
    ]
    tsv = "\n".join([HEAD, *rows])
    (region,) = ocr_merge.garbled(tsv, 1.0)
    assert (region.x0, region.x1, region.top, region.bottom) == (246, 366, 1329, 1390)
    assert ocr_merge.garbled(tsv, 1.0, ReadSettings(ocr_garbled_tall=0.0)) == []


def test_the_region_takes_the_second_readings_words_when_it_is_surer() -> None:
    first = ocr_words.words_from_tsv(FIRST, 0.24)
    region = ocr_merge.garbled(FIRST, 0.24)[0]
    second = [
        _word("THIS", 216, 12, 95), _word("IS", 245, 12, 96), _word("BILL", 290, 12, 93),
        _word("Tessellate", 0, 12, 90),  # outside the region: the first reading's stays
    ]  # fmt: skip
    words = ocr_merge.merged(first, second, [region])
    texts = [w.text for w in words]
    assert {"THIS", "IS", "BILL"} <= set(texts)
    assert not {"tis", "ia", "eee", "eae"} & set(texts)
    assert texts.count("Tessellate") == 1 and "PO" in texts
    # a second reading no surer than the garbage leaves the first reading as it was
    unsure = [_word("THlS", 216, 12, 20)]
    assert ocr_merge.merged(first, unsure, [region]) == first


def test_a_page_is_read_again_only_when_a_line_is_garbled(monkeypatch, tmp_path: Path) -> None:
    asked: list[int] = []
    clean = _tsv([(1, "Member", 0, 96), (1, "services", 110, 95)])

    def tesseract(path: Path, settings: ReadSettings) -> str:
        asked.append(settings.ocr_psm)
        return {"first": FIRST, "clean": clean}[path.name] if settings.ocr_psm == 6 else clean

    monkeypatch.setattr(ocr_call, "tesseract_tsv", tesseract)
    ocr_words.tesseract_words(tmp_path / "clean", 0.24, DEFAULT_SETTINGS)
    assert asked == [6]
    ocr_words.tesseract_words(tmp_path / "first", 0.24, DEFAULT_SETTINGS)
    assert asked == [6, 6, DEFAULT_SETTINGS.ocr_second_psm]
    asked.clear()
    ocr_words.tesseract_words(tmp_path / "first", 0.24, ReadSettings(ocr_second_psm=0))
    assert asked == [6]
