"""benchmarks/scan_look.py: a scan's page described as measured, and accuracy.py's look groups."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
from scan_look import dpi_bucket, page_look  # noqa: E402


def test_a_bilevel_fax_pdf_at_200_dpi(tmp_path: Path) -> None:
    p = tmp_path / "fax.pdf"
    Image.new("1", (1700, 2200), 1).save(p, resolution=200)
    assert page_look(p) == "pdf|bw|175-250|iso|port"


def test_a_fax_kept_at_204_by_98_dpi_has_tall_pixels_on_an_upright_page(tmp_path: Path) -> None:
    p = tmp_path / "fax204.pdf"
    Image.new("1", (1734, 1078), 1).save(p, dpi=(204, 98))
    assert page_look(p) == "pdf|bw|175-250|aniso|port"


def test_grey_and_colour_pictures_and_a_landscape_page(tmp_path: Path) -> None:
    Image.new("L", (1275, 1650), 255).save(tmp_path / "g.pdf", resolution=150)
    Image.new("L", (1275, 1650), 255).save(tmp_path / "g.png")
    Image.new("RGB", (3300, 2550), (255, 255, 255)).save(tmp_path / "wide.jpg")
    assert page_look(tmp_path / "g.pdf") == "pdf|gray|130-175|iso|port"
    assert page_look(tmp_path / "g.png") == "png|gray|130-175|iso|port"
    assert page_look(tmp_path / "wide.jpg") == "jpg|rgb|>250|iso|land"


def test_a_file_it_cannot_measure_is_named_so(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_text("not a pdf")
    assert page_look(tmp_path / "bad.pdf") == "pdf|unreadable"


def test_dpi_buckets() -> None:
    assert [dpi_bucket(d) for d in (100, 150, 200, 300)] == ["<130", "130-175", "175-250", ">250"]


def test_accuracy_scores_scans_under_their_look(tmp_path: Path) -> None:
    Image.new("L", (1275, 1650), 255).save(tmp_path / "x_1.pdf", resolution=150)
    want = {"source": {"ocr_used": True}, "member": {"id": "A1"}}
    (tmp_path / "x_1.expected.json").write_text(json.dumps(want))
    groups: dict = {}
    accuracy.score_folder(tmp_path, parse=lambda p: {}, out=None, groups=groups)
    assert set(groups) == {"family:x", "scan", "look:pdf|gray|130-175|iso|port"}
    assert groups["look:pdf|gray|130-175|iso|port"].total == groups["scan"].total
    assert any(line.strip().startswith("scan pdf|gray") for line in accuracy.groups_lines(groups))
