"""The reader's geometry tolerances come from one ReadSettings object a caller can override."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from appealgen.api import parse_file
from appealgen.errors import NoClaimError
from appealgen.read.extract import Page, Word
from appealgen.read.fields import find_fields
from appealgen.read.kv_pairs import split_pairs
from appealgen.read.layout import document_lines, group_lines
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings
from appealgen.read.table import header_columns

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


def _page(*words: Word) -> Page:
    return Page(number=1, width=612, height=792, words=list(words))


def test_cell_gap_decides_where_a_line_splits_into_cells() -> None:
    # two words 12 pt apart at 10 pt per character: one cell at the default, two if tighter
    page = _page(Word("Claim", 100, 150, 300, 310), Word("12345", 162, 212, 300, 310))
    assert [c.text for c in group_lines(page)[0].cells] == ["Claim 12345"]
    tight = ReadSettings(cell_gap=0.5, min_cell_gap_pt=5.0)
    assert [c.text for c in group_lines(page, tight)[0].cells] == ["Claim", "12345"]


def test_line_tolerance_decides_which_words_share_a_line() -> None:
    page = _page(Word("Billed", 100, 130, 300, 310), Word("250.00", 300, 330, 306, 316))
    assert len(group_lines(page)) == 2
    assert len(group_lines(page, ReadSettings(line_tolerance=0.7))) == 1


def test_edge_band_decides_what_counts_as_a_running_header() -> None:
    pages = [
        Page(1, 612, 792, [Word("Northwind", 100, 160, 100, 110)]),
        Page(2, 612, 792, [Word("Northwind", 100, 160, 100, 110)]),
    ]
    assert len(document_lines(pages)) == 2  # 100 pt down is below the default band
    assert len(document_lines(pages, ReadSettings(edge_band=0.2))) == 1


def test_the_default_settings_read_as_before_and_a_caller_can_override_them() -> None:
    default = parse_file(SAMPLE).to_dict()
    assert parse_file(SAMPLE, settings=DEFAULT_SETTINGS).to_dict() == default
    # every word its own cell: the labels no longer sit in cells of their own
    split = ReadSettings(cell_gap=0.0, min_cell_gap_pt=0.0)
    assert parse_file(SAMPLE, settings=split).to_dict() != default


# --------------------------------------------------------------------------
# The caller's settings reach every reader (through ParseContext), not the defaults


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 5.5 * len(text), top, top + 10)


def test_stack_max_gap_decides_whether_a_value_printed_under_its_label_is_read() -> None:
    lines = group_lines(
        _page(_word("Member", 100, 300), _word("ID", 140, 300), _word("W123456789", 100, 318))
    )
    assert [(f.field, f.value) for f in find_fields(lines)] == [("member_id", "W123456789")]
    assert find_fields(lines, ReadSettings(stack_max_gap=0.5)) == []


def test_kv_max_label_words_bounds_how_far_back_a_label_reaches() -> None:
    words = "Subscriber identification number: W123".split()
    assert [p[0] for p in split_pairs(words)[1]] == ["Subscriber identification number"]
    assert [p[0] for p in split_pairs(words, ReadSettings(kv_max_label_words=1))[1]] == ["number"]


def test_heading_tolerances_decide_which_words_form_one_column_heading() -> None:
    heading = group_lines(
        _page(
            *(_word(t, x, 300) for t, x in (("Date", 40), ("of", 68), ("service", 82))),
            *(_word(t, x, 300) for t, x in (("Billed", 200), ("Plan", 280), ("paid", 306))),
        )
    )
    labels = [c.label for c in header_columns(heading)]
    assert labels == ["Date of service", "Billed", "Plan paid"]
    one_word = ReadSettings(max_heading_words=1)
    assert [c.label for c in header_columns(heading, one_word)][:2] == ["Date of", "service"]
    no_gap = ReadSettings(heading_gap_chars=0.0)
    assert [c.label for c in header_columns(heading, no_gap)][:2] == ["Date", "of service"]


@pytest.mark.parametrize(
    ("name", "changed"),
    [
        ("samples/bluestem_eob_not_covered.pdf", {"header_band_gap": 0.0}),
        ("samples/bluestem_eob_not_covered.pdf", {"row_end_gap": 1.0}),
        ("tests/data/varied/novel/n06_portal_0.pdf", {"edge_band": 0.0}),
        ("tests/data/varied/tune/v01_kv_claims_0.pdf", {"kv_max_label_words": 1}),
    ],
)
def test_parse_file_passes_the_callers_settings_to_the_readers(
    name: str, changed: dict[str, float]
) -> None:
    path = ROOT / name
    assert (
        parse_file(path, settings=ReadSettings(**changed)).to_dict() != parse_file(path).to_dict()
    )


def test_no_reader_copies_a_default_tolerance() -> None:
    """Readers take a tolerance from the settings they are given: ``DEFAULT_SETTINGS.x``
    (a copy of one default, which a caller's settings would never reach) appears nowhere."""
    copies = []
    for path in sorted((ROOT / "appealgen" / "read").glob("*.py")):
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "DEFAULT_SETTINGS"
            ):
                copies.append(f"{path.name}:{node.lineno} DEFAULT_SETTINGS.{node.attr}")
    assert copies == []


# --------------------------------------------------------------------------
# OCR tolerances: ReadSettings' ocr_* fields, passed down to the scan reader


def _ocr_tsv(lines: list[list[tuple[str, int, int, int]]], conf: int = 95) -> str:
    """tesseract's TSV: each line a list of (text, left, width, height), lines 100 px apart."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        f"5\t1\t1\t1\t{n}\t{i}\t{x}\t{100 * n}\t{w}\t{h}\t{conf}\t{t}"
        for n, line in enumerate(lines, 1)
        for i, (t, x, w, h) in enumerate(line)
    ]
    return "\n".join([head, *rows])


# ten prose words 20 px apart (the page's usual space), then an ID OCR cut 8 px apart
_PROSE = [("word", i * 70, 50, 24) for i in range(10)]
_CUT_ID = [("ID", 0, 30, 24), ("SWN7", 96, 80, 24), ("42161349", 184, 150, 24)]


def _texts(tsv: str, settings: ReadSettings = DEFAULT_SETTINGS) -> list[str]:
    from appealgen.read.ocr_words import words_from_tsv

    return [w.text for w in words_from_tsv(tsv, 0.24, settings) if w.text != "word"]


def test_ocr_join_gap_and_min_spaces_decide_when_two_pieces_are_one_value() -> None:
    tsv = _ocr_tsv([_PROSE, _CUT_ID])
    assert _texts(tsv) == ["ID", "SWN742161349"]
    assert _texts(tsv, ReadSettings(ocr_join_gap=0.2)) == ["ID", "SWN7", "42161349"]
    # ten spaces measured: too few when a caller asks for more before trusting the page's
    assert _texts(tsv, ReadSettings(ocr_min_spaces=20)) == ["ID", "SWN7", "42161349"]


def test_ocr_join_wide_gap_decides_when_an_amount_cut_wider_is_one_value() -> None:
    # an amount cut after its first digit 12 px apart: 0.6 of the page's usual space
    row = [("Paid", 0, 60, 24), ("$1", 300, 30, 24), ("71.50", 342, 80, 24)]
    assert _texts(_ocr_tsv([_PROSE, row])) == ["Paid", "$171.50"]
    assert _texts(_ocr_tsv([_PROSE, row]), ReadSettings(ocr_join_wide_gap=0.5)) == [
        "Paid",
        "$1",
        "71.50",
    ]
    # a whole space apart: two words
    apart = [("Paid", 0, 60, 24), ("$1", 300, 30, 24), ("71.50", 350, 80, 24)]
    assert _texts(_ocr_tsv([_PROSE, apart])) == ["Paid", "$1", "71.50"]


def test_ocr_pad_spaces_keeps_a_gap_between_cells_as_printed() -> None:
    from appealgen.read.ocr_words import words_from_tsv

    # prose words 12 px apart on 24 px lines (half a line), then two cells 28 px apart:
    # 2.3 of the page's usual space, under ocr_pad_gap's 1.3 lines
    prose = [("word", i * 62, 50, 24) for i in range(10)]
    tsv = _ocr_tsv([prose, [("min", 0, 60, 24), ("05/10/26", 88, 160, 24)]])

    def gap(settings: ReadSettings) -> float:
        words = [w for w in words_from_tsv(tsv, 0.24, settings) if w.text != "word"]
        return words[1].x0 - words[0].x1

    assert gap(DEFAULT_SETTINGS) == pytest.approx(28 * 0.24)
    assert gap(ReadSettings(ocr_pad_spaces=3.0)) < 28 * 0.24


def test_ocr_separator_gap_decides_which_bars_between_words_are_printed() -> None:
    # "Jessup | Member": a bar read surely 22 px from each word of a 27 px line
    row = [("Jessup", 0, 119, 27), ("|", 141, 5, 33), ("Member", 168, 133, 27)]
    assert _texts(_ocr_tsv([row], conf=96)) == ["Jessup", "|", "Member"]
    assert _texts(_ocr_tsv([row], conf=96), ReadSettings(ocr_separator_gap=0.5)) == [
        "Jessup",
        "Member",
    ]
    # read less surely, it is a speck or a border's trace; on a service row, a cell's border
    assert _texts(_ocr_tsv([row], conf=85)) == ["Jessup", "Member"]
    surer = ReadSettings(ocr_separator_confidence=80.0)
    assert _texts(_ocr_tsv([row], conf=85), surer) == ["Jessup", "|", "Member"]
    amounts = [("110.00", 0, 119, 27), ("|", 141, 5, 33), ("Member", 168, 133, 27)]
    amounts.append(("0.00", 330, 80, 27))
    assert "|" not in _texts(_ocr_tsv([amounts], conf=96))


def test_ocr_separator_height_keeps_a_separator_a_little_taller_than_its_words() -> None:
    # "Mbeki-Rowe | Member": the bar 36 px tall on a 27 px line, over ocr_border_height
    row = [("Mbeki-Rowe", 0, 205, 27), ("|", 228, 6, 36), ("Member", 256, 133, 27)]
    assert _texts(_ocr_tsv([row], conf=96)) == ["Mbeki-Rowe", "|", "Member"]
    lower = ReadSettings(ocr_separator_height=1.3)
    assert _texts(_ocr_tsv([row], conf=96), lower) == ["Mbeki-Rowe", "Member"]
    # twice the words' height: a cell border's bit, separator or not
    row[1] = ("|", 228, 6, 54)
    assert _texts(_ocr_tsv([row], conf=96)) == ["Mbeki-Rowe", "Member"]


def test_ocr_border_height_and_hairline_decide_which_bars_are_cell_borders() -> None:
    # a bar 39 px tall on a 23 px line, and a bar 2 px wide: both borders by default
    row = [("99404", 0, 60, 23), ("|", 100, 7, 39), ("110.00", 200, 60, 23)]
    row += [("0.00", 300, 60, 24), ("|", 400, 2, 23), ("Kim", 500, 60, 23)]
    tsv = _ocr_tsv([row])
    assert _texts(tsv) == ["99404", "110.00", "0.00", "Kim"]
    assert _texts(tsv, ReadSettings(ocr_border_height=2.0)) == [
        "99404",
        "1",
        "110.00",
        "0.00",
        "Kim",
    ]
    assert _texts(tsv, ReadSettings(ocr_hairline=0.0)) == ["99404", "110.00", "0.00", "1", "Kim"]


def test_ocr_min_confidence_decides_which_marks_are_specks() -> None:
    tsv = _ocr_tsv([[("Total", 0, 60, 24), ("*", 100, 10, 10), ("Paid", 200, 60, 24)]], conf=30)
    assert _texts(tsv) == ["Total", "*", "Paid"]
    assert _texts(tsv, ReadSettings(ocr_min_confidence=40.0)) == ["Total", "Paid"]


def test_ocr_dash_confidence_decides_which_dashes_are_specks() -> None:
    row = [("Total", 0, 60, 24), ("-", 100, 10, 4), ("Paid", 200, 60, 24)]
    assert _texts(_ocr_tsv([row], conf=90)) == ["Total", "-", "Paid"]  # a dash between words
    assert _texts(_ocr_tsv([row], conf=30)) == ["Total", "Paid"]  # a speck read as a dash
    assert _texts(_ocr_tsv([row], conf=30), ReadSettings(ocr_dash_confidence=20.0)) == [
        "Total",
        "-",
        "Paid",
    ]


def test_ocr_repaired_confidence_is_how_sure_a_repaired_word_is() -> None:
    from appealgen.read.ocr_words import words_from_tsv

    tsv = _ocr_tsv([[("Paid", 0, 60, 24), ("$1O0.00", 100, 90, 24)]])
    assert words_from_tsv(tsv, 0.24)[1].conf == DEFAULT_SETTINGS.ocr_repaired_confidence
    low = ReadSettings(ocr_repaired_confidence=10.0)
    assert words_from_tsv(tsv, 0.24, low)[1].conf == 10.0
    # by default a repaired word is below the mark under which OCR's words are unsure
    assert DEFAULT_SETTINGS.ocr_repaired_confidence < DEFAULT_SETTINGS.ocr_low_word_confidence


def test_parse_file_passes_the_callers_settings_to_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    from appealgen.read import ocr, ocr_call

    seen = []

    def tesseract(image_path: Path, settings: ReadSettings) -> str:
        if image_path.name.startswith("page"):  # a page's reading, not a sheet of its pieces
            seen.append(settings)
        return _ocr_tsv([[("Claim", 300, 200, 40)]])

    monkeypatch.setattr(ocr_call, "tesseract_tsv", tesseract)
    monkeypatch.setattr(ocr, "available", lambda: True)
    mine = ReadSettings(ocr_join_gap=0.1)
    for name in (
        "photo_tidewater_letter_prior_auth.jpg",
        "scan_summit_letter_medical_necessity.pdf",
    ):
        with pytest.raises(NoClaimError):  # one word read: no claim, but the settings arrived
            parse_file(ROOT / "samples" / name, settings=mine)
    assert len(seen) == 2 and all(s is mine for s in seen)


def test_the_scan_image_tolerances_decide_what_is_a_rule() -> None:
    from PIL import Image, ImageDraw

    from appealgen.read import scan_image

    img = Image.new("L", (1500, 400), 235)
    draw = ImageDraw.Draw(img)
    draw.rectangle((100, 200, 700, 202), fill=20)  # a rule 2 inches long at 300 dpi
    draw.rectangle((900, 100, 902, 160), fill=20)  # a bar 0.2 inch tall
    assert scan_image.remove_rules(img, 300).getpixel((400, 201)) == 255
    longer = ReadSettings(ocr_rule_width_in=2.5)  # rules must be longer than this one
    assert scan_image.remove_rules(img, 300, longer).getpixel((400, 201)) == 20
    assert scan_image.remove_rules(img, 300).getpixel((901, 130)) == 255
    taller = ReadSettings(ocr_rule_height_in=0.4)
    assert scan_image.remove_rules(img, 300, taller).getpixel((901, 130)) == 20
    fuller = ReadSettings(ocr_rule_full=256)  # no window is ever this full: no rules
    assert scan_image.remove_rules(img, 300, fuller).getpixel((400, 201)) == 20


def test_ocr_max_skew_bounds_how_far_a_page_is_turned() -> None:
    from PIL import Image, ImageDraw

    from appealgen.read import scan_image

    img = Image.new("L", (1200, 1500), 255)
    draw = ImageDraw.Draw(img)
    for y in range(100, 1400, 40):
        draw.rectangle((100, y, 1100, y + 14), fill=0)
    turned = img.rotate(2.0, resample=Image.BICUBIC, fillcolor=255)
    assert abs(scan_image.skew_angle(turned) + 2.0) <= 0.1
    assert abs(scan_image.skew_angle(turned, ReadSettings(ocr_max_skew=1.0))) <= 1.3


def test_settings_compare_hash_and_show_field_by_field() -> None:
    import dataclasses

    wide = ReadSettings(cell_gap=3.0)
    assert wide == ReadSettings(cell_gap=3.0) and hash(wide) == hash(ReadSettings(cell_gap=3.0))
    assert wide != DEFAULT_SETTINGS and ReadSettings() == DEFAULT_SETTINGS
    assert wide.__eq__(object()) is NotImplemented
    assert {wide: 1}[ReadSettings(cell_gap=3.0)] == 1
    assert dataclasses.replace(DEFAULT_SETTINGS, cell_gap=3.0) == wide
    assert repr(wide).startswith("ReadSettings(line_tolerance=0.45, cell_gap=3.0, ")
    names = [f.name for f in dataclasses.fields(ReadSettings)]
    assert repr(wide).count("=") == len(names) > 50
    with pytest.raises(dataclasses.FrozenInstanceError):
        wide.cell_gap = 1.0  # type: ignore[misc]
