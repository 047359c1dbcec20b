"""benchmarks/reason_places.py: a denial reason printed where payers print it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import reason_places  # noqa: E402

WORDS = "The provider who treated you is not part of our contracted network."


@pytest.mark.parametrize(
    ("place", "sure"),
    [("column", True), ("next_sentence", True), ("unsaid", False), ("remarks", True)],
)
def test_each_place_prints_the_reason_where_it_is_read(
    tmp_path: Path, place: str, sure: bool
) -> None:
    pdf = reason_places.make(tmp_path / f"{place}.pdf", place, WORDS, share=False)
    got, is_sure, _why = reason_places.judge(pdf)
    assert got == "out_of_network"
    assert is_sure is sure
