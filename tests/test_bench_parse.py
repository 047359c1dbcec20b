"""benchmarks/bench_parse.py: the memory growth curve reads each length in a process of
its own."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def test_the_growth_curve_has_a_point_for_each_page_count() -> None:
    import bench_parse

    curve = bench_parse.memory_curve([2, 3], ROOT / "samples" / "granite_peak_remittance.pdf")
    assert [p["pages"] for p in curve] == [2, 3]
    for point in curve:
        assert "error" not in point, point
        assert point["rss_growth_mb"] >= 0 and point["peak_rss_mb"] > point["rss_growth_mb"]
