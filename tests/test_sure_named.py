"""A code OCR read weakly is sure when the words of its own row name it, and no other code."""

from __future__ import annotations

from appealgen.read.evidence import Recorder
from appealgen.read.extract import Word
from appealgen.read.layout import Line
from appealgen.read.locate import Spot
from appealgen.read.settings import DEFAULT_SETTINGS
from appealgen.read.sure_named import code_read, named_code, named_on_row

PATH = "claims.0.service_lines.0.procedure_code"


def _row(*texts: str, weak: str, conf: float = 55) -> list[Line]:
    words, x = [], 50.0
    for text in texts:
        words.append(
            Word(text, x, x + 6 * len(text), 100, 109, 9.0, conf=conf if text == weak else 96)
        )
        x += 6 * len(text) + 6
    return [Line(page=1, top=100, bottom=109, words=words, cells=[])]


def _sure(lines: list[Line], code: str, path: str = PATH) -> bool:
    w = next(w for w in lines[0].words if code in w.text)
    spot = Spot(line=0, page=1, bbox=[w.x0, w.top, w.x1, w.bottom], text=w.text, word_conf=w.conf)
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    rec.put(path, 0.92, "table", spot)
    return rec.out[path].sure


def test_a_weak_code_its_row_names_is_sure() -> None:
    lines = _row("Lactation", "class", "S9443", "8/24/2026", "$205.00", weak="S9443")
    assert named_code(lines, 0, "S9443")
    assert _sure(lines, "S9443")


def test_the_minutes_on_the_row_pick_one_counseling_code() -> None:
    row = "Aug 23, 2026 Preventive counseling, 30 min 99402 $235.00 $235.00 $0.00"
    assert named_on_row(row, "99402")
    # the same words name 99403 less well than 99402: a 2 misread as a 3 stays in doubt
    assert not named_on_row(row, "99403")
    lines = _row("Preventive", "counseling,", "30", "min", "99402", "$235.00", weak="99402")
    assert _sure(lines, "99402")


def test_words_that_name_several_codes_alike_leave_the_code_unsure() -> None:
    # "Preventive counseling" is 99401-99404; "Breast pump, electric" E0603 and E0604
    assert not named_on_row("Preventive counseling 99403 $150.00", "99403")
    assert not named_on_row("02/16/2026 E0603-NU Breast pump, electric Qty 1", "E0603")
    lines = _row("Preventive", "counseling", "99403", "$150.00", weak="99403")
    assert not _sure(lines, "99403")


def test_a_row_that_names_another_service_does_not_confirm_the_code() -> None:
    assert not named_on_row("Lactation class 99403 $150.00", "99403")
    lines = _row("Office", "visit", "S9443", "$150.00", weak="S9443")
    assert not _sure(lines, "S9443")


def test_a_diagnosis_named_on_its_row_is_sure() -> None:
    lines = _row("Dx", "O92.4", "Hypogalactia", weak="O92.4")
    assert _sure(lines, "O92.4", "claims.0.service_lines.0.diagnosis_codes")
    # a look-alike diagnosis the row does not name stays unsure
    lines = _row("Dx", "O92.5", "Hypogalactia", weak="O92.5")
    assert not _sure(lines, "O92.5", "claims.0.service_lines.0.diagnosis_codes")


def test_the_code_read_is_the_one_listed_code_of_the_words() -> None:
    # a modifier glued to the code, read weakly with it, is not borne out by the row
    assert code_read("E0603-NU") is None
    lines = _row("Preventive", "counseling,", "30", "min", "99402-33", weak="99402-33")
    assert not _sure(lines, "99402-33")
    assert code_read("S9443.") == "S9443"
    assert code_read("Z391") == "Z39.1"
    assert code_read("12345") is None  # not a listed code: the data cannot bear it out
    assert code_read("99402 99403") is None
