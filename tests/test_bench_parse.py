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


def test_the_curve_says_the_parse_documents_size_and_the_working_memory_beyond_it() -> None:
    import bench_parse

    curve = bench_parse.memory_curve([2], ROOT / "samples" / "granite_peak_remittance.pdf")
    (point,) = curve
    assert "error" not in point, point
    assert point["output_mb"] >= 0 and point["working_mb"] >= 0
    # each figure rounded on its own: within a rounding of the growth beyond the document
    assert abs(point["working_mb"] - max(point["rss_growth_mb"] - point["output_mb"], 0)) <= 0.11


def test_kept_bytes_counts_each_shared_object_once() -> None:
    import bench_parse

    text = "x" * 10_000
    assert sys.getsizeof(text) < bench_parse.kept_bytes([text, text]) < 2 * sys.getsizeof(text)
    assert bench_parse.kept_bytes([text, "y" * 10_000]) > 2 * sys.getsizeof(text)


def test_the_working_ratio_is_the_longest_reads_over_the_shortests() -> None:
    import bench_parse

    curve = [
        {"pages": 100, "working_mb": 6.0},
        {"pages": 20, "working_mb": 3.0},
        {"pages": 50, "error": "killed"},
    ]
    assert bench_parse.working_ratio(curve) == 2.0
    assert bench_parse.working_ratio(curve[:1]) is None
