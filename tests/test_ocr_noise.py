"""A page tesseract read poorly is read again with its heavy noise removal (ocr_noise.py):
a black-and-white scan's dotted rules and specks read between a table's cells."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from appealgen.read import ocr_call, ocr_noise
from appealgen.read.settings import ReadSettings

_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _tsv(*words: tuple[str, float]) -> str:
    """tesseract's TSV of one line of ``words`` (text, confidence)."""
    rows = [
        f"5\t1\t1\t1\t1\t{i + 1}\t{100 + 120 * i}\t100\t100\t30\t{conf}\t{text}\n"
        for i, (text, conf) in enumerate(words)
    ]
    return _HEAD + "".join(rows)


# a row of a ruled table on a black-and-white scan, read between its dotted rules
_NOISY = _tsv(("K873229-2786", 64), ("onrorv2026", 0), ("eaane-33", 0), ("300.00", 52))
_QUIET = _tsv(("K873229-2786", 91), ("01/01/2026", 88), ("99404-33", 85), ("300.00", 90))
_CLEAN = _tsv(("K873229-2786", 95), ("01/01/2026", 93), ("99404-33", 41), ("300.00", 96))


def _tesseract(answer: str, seen: list[ReadSettings]):
    def read(image_path: Path, settings: ReadSettings) -> str:
        seen.append(settings)
        return answer

    return read


def test_a_page_read_poorly_keeps_the_reading_with_heavy_noise_removal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[ReadSettings] = []
    monkeypatch.setattr(ocr_call, "tesseract_tsv", _tesseract(_QUIET, seen))
    settings = ReadSettings()
    assert ocr_noise.quieter(tmp_path / "page.pgm", _NOISY, 0.36, settings) == _QUIET
    assert [s.ocr_heavy_noise for s in seen] == [True]
    # the same options otherwise: the page's own thresholding and segmentation
    assert seen[0].ocr_thresholding == settings.ocr_thresholding
    assert seen[0].ocr_psm == settings.ocr_psm


def test_the_first_reading_stays_when_heavy_noise_removal_reads_no_more_surely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[ReadSettings] = []
    worse = _tsv(("K873229-2786", 30), ("0101", 10), ("eaane-33", 0), ("300.00", 20))
    monkeypatch.setattr(ocr_call, "tesseract_tsv", _tesseract(worse, seen))
    assert ocr_noise.quieter(tmp_path / "page.pgm", _NOISY, 0.36, ReadSettings()) == _NOISY
    assert len(seen) == 1
    # a little more read surely is not enough: a page read badly either way stays as read
    slightly = _tsv(("K873229-2786", 64), ("onrorv2026", 0), ("eaane-33", 70), ("300.00", 52))
    monkeypatch.setattr(ocr_call, "tesseract_tsv", _tesseract(slightly, seen))
    path = tmp_path / "page.pgm"
    assert ocr_noise.quieter(path, _NOISY, 0.36, ReadSettings(ocr_noisy_page_gain=0.3)) == _NOISY
    assert ocr_noise.quieter(path, _NOISY, 0.36, ReadSettings(ocr_noisy_page_gain=0.2)) == slightly


def test_a_page_read_surely_enough_or_with_nothing_read_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[ReadSettings] = []
    monkeypatch.setattr(ocr_call, "tesseract_tsv", _tesseract(_QUIET, seen))
    path, settings = tmp_path / "page.pgm", ReadSettings()
    assert ocr_noise.quieter(path, _CLEAN, 0.36, settings) == _CLEAN  # 3 of 4 read surely
    assert ocr_noise.quieter(path, _HEAD, 0.36, settings) == _HEAD  # a blank page
    # the share is a setting; 0 never reads a page again
    assert ocr_noise.quieter(path, _NOISY, 0.36, ReadSettings(ocr_noisy_page_share=0)) == _NOISY
    assert seen == []
    assert ocr_noise.quieter(path, _CLEAN, 0.36, ReadSettings(ocr_noisy_page_share=0.9)) == _QUIET


def test_heavy_noise_removal_is_an_option_of_the_tesseract_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands: list[list[str]] = []

    def run(command: list[str], **_kwargs) -> subprocess.CompletedProcess:
        commands.append(command)
        return subprocess.CompletedProcess(command, 0, _HEAD.encode(), b"")

    monkeypatch.setattr(subprocess, "run", run)
    path = tmp_path / "page.pgm"
    ocr_call.tesseract_tsv(path, ReadSettings())
    ocr_call.tesseract_tsv(path, ReadSettings(ocr_heavy_noise=True))
    assert "textord_heavy_nr=1" not in commands[0]
    assert commands[1][commands[1].index("textord_heavy_nr=1") - 1] == "-c"


def test_the_page_reader_keeps_the_quieter_reading_of_a_noisy_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import Image

    from appealgen.read import ocr

    def tesseract(image_path: Path, settings: ReadSettings) -> str:
        return _QUIET if settings.ocr_heavy_noise else _NOISY

    monkeypatch.setattr(ocr_call, "tesseract_tsv", tesseract)
    read = ocr._page_reader(str(tmp_path), 72 / 200, ReadSettings(ocr_second_psm=0))
    words, kept = read(Image.new("L", (900, 300), 255))
    assert "01/01/2026" not in [w.text for w in words]  # the reading that decides a turn
    assert "01/01/2026" in [w.text for w in kept()]  # the reading kept
