"""benchmarks/learn_accuracy.py: the line naming what the taught store reads worse."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import learn_accuracy  # noqa: E402

from appealgen.read.score import Score  # noqa: E402


def _score(**fields: tuple[int, int]) -> Score:
    s = Score()
    for name, (right, total) in fields.items():
        for n in range(total):
            s.add(name.replace("__", "."), n < right, name, None, None)
    return s


def test_the_groups_and_fields_taught_reads_worse_are_named() -> None:
    taught = _score(denied=(7, 8), denial__carc=(9, 10), member__name=(3, 4), units=(5, 5))
    empty = _score(denied=(8, 8), denial__carc=(9, 10), member__name=(4, 4), units=(4, 5))
    line = learn_accuracy.worse_than_empty(taught, empty)
    assert line == "taught < empty: denied 87.5% < 100.0%, member.name 75.0% < 100.0%"


def test_none_when_taught_reads_every_group_as_well() -> None:
    same = _score(denied=(8, 8), units=(5, 5))
    assert learn_accuracy.worse_than_empty(same, same) == "taught < empty: none"


def test_later_documents_without_a_layout_and_with_another_familys_are_counted() -> None:
    per = {
        "w00_msn_1": {"learned": "a", "scan": False},
        "w00_msn_2": {"learned": None, "scan": True},
        "w01_portal_1": {"learned": None, "scan": False},
        "w01_portal_2": {"learned": "a", "scan": False},
        "w02_agency_1": {"learned": None, "scan": True},  # its family was not taught
    }
    m = learn_accuracy.matching(per, {0: "a", 1: "b"})
    assert m == {
        "unmatched": ["w00_msn_2", "w01_portal_1"],
        "unmatched_scans": ["w00_msn_2"],
        "wrong": ["w01_portal_2"],
    }
    line = learn_accuracy.matching_line(m, len(per))
    assert line == (
        "no learned layout: 2 of 5 later documents (1 scans): none matched 2 (1 scans),"
        " matched but dropped 0 (0 scans); another family's layout: 1;"
        " some claims read without it: 0; only its header (claims missed their totals): 0"
    )


def test_a_layout_matched_but_dropped_is_told_from_none_matched_by_its_check() -> None:
    per = {
        "w00_msn_1": {"learned": "a", "scan": False, "readers_claims": 1},
        "w00_msn_2": {"learned": None, "scan": True, "not_used": "missed_totals"},
        "w00_msn_3": {"learned": None, "scan": False, "not_used": "anchors_not_found"},
        "w00_msn_4": {"learned": None, "scan": True, "not_used": None},
        "w00_msn_5": {"learned": "a", "scan": True, "claims_not_used": "missed_totals"},
    }
    m = learn_accuracy.matching(per, {0: "a"})
    assert m["dropped:missed_totals"] == ["w00_msn_2"]
    assert m["dropped:anchors_not_found"] == ["w00_msn_3"]
    assert m["dropped_scans"] == ["w00_msn_2"]
    assert m["mended"] == ["w00_msn_1"]
    assert m["header_only"] == ["w00_msn_5"]
    assert learn_accuracy.matching_line(m, len(per)) == (
        "no learned layout: 3 of 5 later documents (2 scans): none matched 1 (1 scans),"
        " matched but dropped 2 (1 scans, anchors_not_found 1, missed_totals 1);"
        " another family's layout: 0; some claims read without it: 1;"
        " only its header (claims missed their totals): 1"
    )
