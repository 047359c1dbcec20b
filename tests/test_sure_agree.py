"""A name or identifier OCR read weakly is sure when the page prints it again, read well."""

from __future__ import annotations

from appealgen.read.evidence import Recorder
from appealgen.read.extract import Word
from appealgen.read.layout import Line
from appealgen.read.locate import Spot
from appealgen.read.settings import DEFAULT_SETTINGS
from appealgen.read.sure_agree import read_well_elsewhere


def _line(top: float, *words: tuple[str, float]) -> Line:
    out, x = [], 50.0
    for text, conf in words:
        out.append(Word(text, x, x + 6 * len(text), top, top + 9, 9.0, conf=conf))
        x += 6 * len(text) + 6
    return Line(page=1, top=top, bottom=top + 9, words=out, cells=[])


def _spot(lines: list[Line], k: int, text: str) -> Spot:
    ws = lines[k].words
    conf = min(w.conf for w in ws if text.find(w.text.strip(",")) >= 0)
    return Spot(
        line=k,
        page=1,
        bbox=[ws[0].x0, ws[0].top, ws[-1].x1, ws[-1].bottom],
        text=text,
        word_conf=conf,
    )


def _page(second: tuple[tuple[str, float], ...]) -> list[Line]:
    return [
        _line(100, ("Patient:", 95), ("Gabriela", 40), ("Lindqvist", 61)),
        _line(120, ("Claim", 95), ("PX-2201", 90)),
        _line(140, *second),
    ]


def _sure(lines: list[Line], path: str) -> bool:
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    rec.put(path, 0.92, "labels", _spot(lines, 0, "Gabriela Lindqvist"))
    return rec.out[path].sure


def test_a_weak_name_printed_again_and_read_well_is_sure() -> None:
    lines = _page((("Member:", 96), ("GABRIELA", 93), ("LINDQVIST", 91)))
    assert read_well_elsewhere(lines, _spot(lines, 0, "Gabriela Lindqvist")) is not None
    assert _sure(lines, "claims.0.patient_name")
    assert _sure(lines, "member.name")


def test_a_weak_name_printed_again_but_read_weakly_there_too_stays_unsure() -> None:
    # both printings weak (an accent lost twice reads alike): no reading to trust
    lines = _page((("Member:", 96), ("Gabriela", 93), ("Lindqvist", 52)))
    assert read_well_elsewhere(lines, _spot(lines, 0, "Gabriela Lindqvist")) is None
    assert not _sure(lines, "claims.0.patient_name")


def test_a_weak_name_spelled_otherwise_elsewhere_stays_unsure() -> None:
    lines = _page((("Member:", 96), ("Gabriela", 93), ("Lindquist", 95)))
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    rec.put("member.name", 0.92, "labels", _spot(lines, 0, "Gabriela Lindqvist"))
    ev = rec.out["member.name"]
    assert not ev.sure and "low confidence" in (ev.reason or "")


def test_codes_and_dates_get_no_agreement_from_another_printing() -> None:
    # a misread code may spell another code the page prints: no agreement for codes
    lines = [
        _line(100, ("99403", 55), ("Lactation", 95)),
        _line(120, ("99403", 96), ("Lactation", 95)),
    ]
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    spot = Spot(line=0, page=1, bbox=[50, 100, 80, 109], text="99403", word_conf=55)
    rec.put("claims.0.service_lines.0.procedure_code", 0.92, "table", spot)
    assert not rec.out["claims.0.service_lines.0.procedure_code"].sure


def test_short_values_get_no_agreement() -> None:
    lines = [_line(100, ("Ann", 40), ("Li", 50)), _line(120, ("Ann", 96), ("Li", 96))]
    spot = Spot(line=0, page=1, bbox=[50, 100, 80, 109], text="Ann Li", word_conf=40)
    assert read_well_elsewhere(lines, spot) is None


# the words under the panel's name run into a label: the name seems to go on there
HEADER = [
    "Sunniva Abernethy-Cole            Prepared for Sunniva Abernethy-Cole",
    "7409 Larkhill Ave                 Guardian Member ID #   HKW 693522514",
    "Harrow Springs, OR 97321",
]


def test_a_name_that_seems_to_wrap_is_whole_when_printed_ending_its_cell_elsewhere() -> None:
    from page_lines import page_lines

    from appealgen.read.evidence_checks import name_trouble

    name = "Sunniva Abernethy-Cole"
    alone = page_lines(HEADER)
    assert "wraps" in (name_trouble(alone, 0, name) or "")
    rows = [*HEADER, "", "Patient: Sunniva Abernethy-Cole    Provider: Milkweed Lactation"]
    assert name_trouble(page_lines(rows), 0, name) is None
    # printed last on its line elsewhere, it may wrap there too: no support
    rows = [*HEADER, "", "Provider: Milkweed Lactation    Patient: Sunniva Abernethy-Cole"]
    assert "wraps" in (name_trouble(page_lines(rows), 0, name) or "")
