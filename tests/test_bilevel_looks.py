"""benchmarks/bilevel_looks.py: pages scanned in black and white, each look as it says."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import bilevel_looks  # noqa: E402
import scan_looks  # noqa: E402

from appealgen.read.dither import dither_gaps  # noqa: E402
from appealgen.read.scan_image import skew_angle, speck_share  # noqa: E402

SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


def _first_picture(made: bytes):
    """The first page's stored picture of ``made`` and its resolution (across, down)."""
    import pypdfium2 as pdfium

    from appealgen.read.page_image import stored_dpi, stored_picture

    picture = stored_picture(pdfium.PdfDocument(made)[0])
    assert picture is not None and picture.get_metadata().bits_per_pixel == 1
    return picture.get_bitmap(render=False).to_pil().convert("L"), stored_dpi(picture)


@pytest.fixture(scope="module")
def looks() -> dict:
    data = SAMPLE.read_bytes()
    return {look: _first_picture(bilevel_looks.MAKERS[look](data, 300, 5)[0])
            for look in bilevel_looks.BILEVEL_LOOKS}  # fmt: skip


def test_every_bilevel_look_is_a_scan_look_at_200_dpi(looks: dict) -> None:
    assert set(bilevel_looks.BILEVEL_LOOKS) <= set(scan_looks.LOOKS)
    for look in bilevel_looks.BILEVEL_LOOKS:
        assert scan_looks.MAKERS[look] is bilevel_looks.MAKERS[look]
        _, (across, down) = looks[look]
        assert round(across) == round(down) == bilevel_looks.BW_DPI  # ``dpi`` is not used


def test_a_dithered_scan_has_dots_a_thresholded_one_clean_strokes(looks: dict) -> None:
    assert dither_gaps(looks["bwdither"][0]) >= 0.04 > dither_gaps(looks["bw"][0])


def test_a_speckled_scan_has_specks_and_a_skewed_one_is_turned_further(looks: dict) -> None:
    dpi = bilevel_looks.BW_DPI
    assert speck_share(looks["bwspeck"][0], dpi) > 0.02 > speck_share(looks["bw"][0], dpi)
    assert abs(skew_angle(looks["bwskew"][0])) >= 1.4
    assert abs(skew_angle(looks["bw"][0])) <= 1.1


def test_a_look_is_the_same_on_every_run() -> None:
    data = SAMPLE.read_bytes()
    made = bilevel_looks.bwspeck(data, 200, 3)
    assert made == bilevel_looks.bwspeck(data, 200, 3)
    assert made != bilevel_looks.bwspeck(data, 200, 4)
    with io.BytesIO(made[0]) as f:
        assert f.read(5) == b"%PDF-"
