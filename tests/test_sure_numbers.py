"""A number read as a part of the identifier printed is not sure; an unsure value says
the check that made it unsure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_lines import page_lines

from appealgen import parse_file
from appealgen.read import locate as lc
from appealgen.read.evidence import Recorder
from appealgen.read.score import score_sure
from appealgen.read.settings import DEFAULT_SETTINGS
from appealgen.read.sure_wrap import printed_longer

VARIED = Path(__file__).parent / "data" / "varied"


@pytest.mark.parametrize(
    "row, value, whole",
    [
        ("9796 66465 932    Milkweed Lactation    S9443    $225.00", "9796", "9796 66465 932"),
        ("sent us claim number 6719748 143971. We have decided", "6719748", "6719748 143971"),
        ("9796 66465 932    Milkweed Lactation    S9443    $225.00", "9796 66465 932", None),
        ("whose member ID is GFW 59397 35. Your coverage", "GFW 59397", "GFW 59397 35"),
        ("Member ID: W1914478030 01    Group: 7700", "W1914478030", "W1914478030 01"),
        # a count after the number is no part of it
        ("Claim 2026-55511 for 12 visits", "2026-55511", None),
        # another cell's value is not the number's
        ("Claim #: 4023    22691    Provider", "4023", None),
    ],
)
def test_an_identifier_printed_longer_than_read(row, value, whole):
    lines = page_lines([row])
    assert printed_longer(lines, 0, value) == whole


def test_a_claim_number_read_in_part_is_unsure():
    src = VARIED / "wild" / "w08_mcodenial_0.pdf"
    got = parse_file(src)
    want = json.loads(src.with_suffix("").with_suffix(".expected.json").read_text("utf-8"))
    score = score_sure(got.to_dict(), want, name=src.stem)
    assert not score.wrong_sure, score.wrong_sure
    ev = got.evidence["claims.0.claim_number"]
    if got.claims[0].claim_number != "9796 66465 932":
        assert not ev.sure and "9796 66465 932" in ev.reason


def test_the_check_that_makes_a_value_unsure_gives_the_reason():
    """A reason handed with a value sure by its support (a code in a sentence, of a
    checked shape) is not what made it unsure when OCR read its words weakly."""
    lines = page_lines(["The service was procedure code S9443 on June 2"])
    spot = lc.find(lines, lc.code_finder("S9443"), [0])
    weak = lc.Spot(spot.line, spot.page, spot.bbox, spot.text, 40.0)
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    rec.put("claims.0.service_lines.0.procedure_code", 0.82, "prose", weak, "found in a sentence")
    ev = rec.out["claims.0.service_lines.0.procedure_code"]
    assert not ev.sure and ev.reason.startswith("OCR read these words with low confidence")
    rec.put("claims.0.patient_name", 0.7, "prose", spot, "named only in a sentence")
    assert rec.out["claims.0.patient_name"].reason == "named only in a sentence"
