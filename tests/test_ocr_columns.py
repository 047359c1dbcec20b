"""A scanned page in two columns whose rows sit at other heights is read again one column
at a time: the run of lines a gutter parts, each side cut out and read on its own."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from appealgen.read import ocr_columns
from appealgen.read.extract import Word

SCALE = 0.5  # points a pixel


def _column(x: float, top: float, rows: list[str], pitch: float, conf: float) -> list[Word]:
    words = []
    for k, text in enumerate(rows):
        at = x
        for t in text.split():
            y = top + k * pitch
            words.append(Word(t, at, at + 5 * len(t), y, y + 8, 8.0, conf=conf))
            at += 5 * len(t) + 3
    return words


LEFT = ["Patient Noor Nakagawa", "Provider Priya Raman", "Service 03/04/2026", "Billed 435.00",
        "Allowed 0.00", "Paid by plan 0.00"]  # fmt: skip
RIGHT = ["Service 03/11/2026", "Billed 190.00", "Allowed 0.00", "Paid by plan 0.00",
         "You pay 0.00", "Codes CO-58 N428"]  # fmt: skip


def _page(conf: float) -> list[Word]:
    title = _column(150, 40, ["Tidewell Benefit Administrators"], 12, 95.0)
    return title + _column(50, 100, LEFT, 11, conf) + _column(320, 104, RIGHT, 13.5, conf)


def _texts(words: list[Word]) -> list[str]:
    return [w.text for w in words]


def test_each_column_of_the_run_is_read_on_its_own(monkeypatch, tmp_path: Path) -> None:
    cut: list[tuple[float, float, float, float]] = []

    def read_part(img, box, scale, folder, settings):
        cut.append(box)
        x0, top, x1, bottom = box
        return [w for w in _page(96.0) if x0 <= w.x0 < x1 and top <= w.top < bottom]

    monkeypatch.setattr(ocr_columns, "_read_part", read_part)
    words = _page(60.0)
    assert ocr_columns.reread(Image.new("L", (1224, 1584), 255), words, SCALE, tmp_path)
    assert len(cut) == 2 and cut[0][2] == cut[1][0]  # parted at one gutter
    assert 50 + 5 * 21 < cut[0][2] < 320
    assert _texts(words)[:3] == ["Tidewell", "Benefit", "Administrators"]  # the title kept
    assert all(w.conf == 96.0 for w in words[3:])  # the run read again
    assert sorted(_texts(words)) == sorted(_texts(_page(60.0)))


def test_a_reading_apart_less_sure_than_the_first_is_not_taken(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(ocr_columns, "_read_part", lambda *a: [])
    words = _page(90.0)
    assert not ocr_columns.reread(Image.new("L", (1224, 1584), 255), words, SCALE, tmp_path)
    assert _texts(words) == _texts(_page(90.0))


def test_a_page_without_columns_is_read_once(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ocr_columns, "_read_part", lambda *a: (_ for _ in ()).throw(AssertionError))
    words = _column(50, 100, LEFT + RIGHT, 11, 60.0)
    assert not ocr_columns.reread(Image.new("L", (1224, 1584), 255), words, SCALE, tmp_path)
