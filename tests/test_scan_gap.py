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


@pytest.mark.parametrize("look", ["sideways", "upside", "fax", "photo", "shaded"])
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
    assert turned == ([not w for w in wide] if look == "sideways" else wide)
    if look == "fax":  # black and white, as a fax machine sends it
        assert images and images[0]["bits"] == 1
