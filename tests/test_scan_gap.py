"""benchmarks/scan_gap.py: the scans it makes, the fields it counts, the sets it refuses."""

from __future__ import annotations

import io
import sys
from argparse import ArgumentParser, Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import scan_gap  # noqa: E402
from bilevel_looks import BILEVEL_LOOKS  # noqa: E402

SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


def test_a_miss_names_its_field_and_place() -> None:
    miss = "u02_tpa_0 claim[0] line[1] billed: got '1.00', expected '2.00'"
    assert scan_gap.field_of(miss) == "billed"
    assert scan_gap.miss_key(miss) == "u02_tpa_0 claim[0] line[1] billed"
    assert scan_gap.field_of("u02_tpa_0 member.id: got None, expected 'X'") == "member.id"


def test_settings_take_each_fields_type() -> None:
    ap = ArgumentParser()
    s = scan_gap.settings_from(["ocr_psm=4", "ocr_join_gap=0.7"], ap)
    assert s.ocr_psm == 4 and s.ocr_join_gap == 0.7
    with pytest.raises(SystemExit):
        scan_gap.settings_from(["no_such_tolerance=1"], ap)
    # a switch is turned off by its word, not by any text at all
    off = scan_gap.settings_from(["ocr_orientation=False", "ocr_native_picture=0"], ap)
    assert off.ocr_orientation is False and off.ocr_native_picture is False
    assert scan_gap.settings_from(["ocr_orientation=true"], ap).ocr_orientation is True
    with pytest.raises(SystemExit):
        scan_gap.settings_from(["ocr_orientation=maybe"], ap)


@pytest.mark.parametrize("folder", ["tests/data/varied/heldout", "tests/data/varied"])
def test_the_held_out_splits_are_refused(folder: str, capsys) -> None:
    with pytest.raises(SystemExit) as e:
        scan_gap.main([str(ROOT / folder)])
    assert e.value.code == 2
    assert "tuning set" in capsys.readouterr().err


def test_a_text_pdf_becomes_an_image_only_scan_or_a_photo() -> None:
    import pdfplumber
    from PIL import Image

    args = Namespace(dpi=[150], photo_every=2)
    data = SAMPLE.read_bytes()
    scanned, suffix, kind = scan_gap.make_scan(data, "x", (0, 0), args)
    assert (suffix, kind) == (".pdf", "150dpi")
    with pdfplumber.open(io.BytesIO(scanned)) as pdf:
        assert pdf.pages and not any(p.chars for p in pdf.pages)
    photo, suffix, kind = scan_gap.make_scan(data, "x", (1, 1), args)
    assert (suffix, kind) == (".jpg", "photo")
    assert Image.open(io.BytesIO(photo)).format == "JPEG"
    # the same document is scanned the same way on every run
    assert scan_gap.make_scan(data, "x", (0, 0), args)[0] == scanned


@pytest.mark.parametrize("look", scan_gap.LOOKS)
def test_each_look_makes_an_image_of_the_pages_the_same_on_every_run(look: str) -> None:
    import pdfplumber
    from PIL import Image

    args = Namespace(dpi=[100], photo_every=0)
    data = SAMPLE.read_bytes()
    made, suffix, kind = scan_gap.make_scan(data, "x", (0, 0), args, look)
    assert kind == look
    assert scan_gap.make_scan(data, "x", (0, 0), args, look)[0] == made
    if suffix == ".jpg":  # a one-page notice photographed: the phone's own picture
        assert Image.open(io.BytesIO(made)).format == "JPEG"
        return
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        wide = [p.width > p.height for p in pdf.pages]
    with pdfplumber.open(io.BytesIO(made)) as pdf:
        assert len(pdf.pages) == len(wide) and not any(p.chars for p in pdf.pages)
        turned = [p.width > p.height for p in pdf.pages]
        images = pdf.pages[0].images
    turns = look in ("sideways", "landscape")
    assert turned == ([not w for w in wide] if turns else wide)
    if look in ("fax", "fax204", *BILEVEL_LOOKS):  # black and white, as sent or scanned
        assert images and images[0]["bits"] == 1


def test_a_standard_fax_keeps_half_as_many_rows_as_columns_an_inch() -> None:
    import pdfplumber

    args = Namespace(dpi=[100], photo_every=0)
    made = scan_gap.make_scan(SAMPLE.read_bytes(), "x", (0, 0), args, "fax204")[0]
    with pdfplumber.open(io.BytesIO(made)) as pdf:
        page = pdf.pages[0]
        image = page.images[0]
        across = image["srcsize"][0] / (page.width / 72)
        down = image["srcsize"][1] / (page.height / 72)
    assert round(across) == 204 and round(down) == 98


def test_the_lid_darkens_the_edges_and_the_low_resolution_is_low() -> None:
    import pdfplumber

    args = Namespace(dpi=[200], photo_every=0)
    data = SAMPLE.read_bytes()
    with pdfplumber.open(
        io.BytesIO(scan_gap.make_scan(data, "x", (0, 0), args, "lowdpi")[0])
    ) as pdf:
        page = pdf.pages[0]
        assert page.images[0]["srcsize"][0] / (page.width / 72) <= 151
    import pypdfium2 as pdfium

    made = scan_gap.make_scan(data, "x", (0, 0), args, "border")[0]
    img = pdfium.PdfDocument(made)[0].render(scale=50 / 72, grayscale=True).to_pil()
    corners = [img.getpixel(xy) for xy in ((1, 1), (img.width - 2, 1), (1, img.height - 2),
                                           (img.width - 2, img.height - 2))]  # fmt: skip
    assert min(corners) < 100  # the lid's dark along two edges at least


def test_a_half_is_the_first_or_second_half_of_the_families() -> None:
    fams = [f"w{i:02d}" for i in range(12)]
    assert scan_gap.in_half(fams, "dev") == {f"w{i:02d}" for i in range(6)}
    assert scan_gap.in_half(fams, "check") == {f"w{i:02d}" for i in range(6, 12)}
    assert scan_gap.in_half(fams[:5], "dev") == {"w00", "w01", "w02"}
    assert scan_gap.in_half(fams, None) == set(fams)


def test_per_family_and_half_choose_the_documents_read(monkeypatch) -> None:
    wild = ROOT / "tests" / "data" / "varied" / "wild"
    made: list[tuple[str, tuple[int, int]]] = []

    def as_text(data: bytes, stem: str, index, args, look="scanner"):
        made.append((stem, index))
        return data, ".pdf", "text"  # the text PDF itself: no OCR in this test

    monkeypatch.setattr(scan_gap, "make_scan", as_text)
    ns = Namespace(only=["w00", "w01"], per_family=1, half=None, settings=None, quiet=True,
                   dpi=[150], photo_every=0)  # fmt: skip
    gap = scan_gap.run_set(wild, ns, None)
    assert [stem.split("_")[0] for stem, _ in made] == ["w00", "w01"]
    assert len(gap.seconds) == 2
    whole = made[1][1]
    made.clear()
    ns.only, ns.per_family, ns.half = None, 0, "dev"
    scan_gap.run_set(wild, ns, None)
    assert {stem[:3] for stem, _ in made} == {f"w0{i}" for i in range(6)}
    # a document is scanned as in a whole run: its place counts the other documents
    assert dict(made)[next(s for s, _ in made if s.startswith("w01"))] == whole


def test_word_recall_counts_each_pages_printed_words_read_on_its_scan() -> None:
    printed = [["Claim", "number:", "A123", "Paid", "Paid"], ["Total", "$5.00"]]
    read = [["claim", "Number", "A128", "Paid"]]  # page two not read at all
    assert scan_gap.word_recall(printed, read) == [(3, 5), (0, 2)]


def test_tilt_grain_and_font_hold_one_look_of_the_scanner_fixed() -> None:
    import pypdfium2 as pdfium
    from PIL import ImageOps

    from appealgen.read.scan_image import skew_angle

    data = SAMPLE.read_bytes()

    def page(**held):
        args = Namespace(**{"dpi": [150], "photo_every": 0, "tilt": None, "grain": None,
                            "font": 1.0, **held})  # fmt: skip
        made = scan_gap.make_scan(data, "x", (0, 0), args)
        assert made[1:] == (".pdf", "150dpi")
        assert scan_gap.make_scan(data, "x", (0, 0), args)[0] == made[0]  # the same each run
        return pdfium.PdfDocument(made[0])[0].render(scale=150 / 72, grayscale=True).to_pil()

    level, turned = page(tilt=0.0, grain=0.0), page(tilt=1.0, grain=0.0)
    assert abs(skew_angle(level)) < 0.1 and abs(abs(skew_angle(turned)) - 1.0) < 0.15
    ink = ImageOps.invert(level.point(lambda v: 0 if v < 128 else 255)).getbbox()
    small = page(tilt=0.0, grain=0.0, font=0.8)
    small_ink = ImageOps.invert(small.point(lambda v: 0 if v < 128 else 255)).getbbox()
    assert small_ink[2] - small_ink[0] < 0.85 * (ink[2] - ink[0])
