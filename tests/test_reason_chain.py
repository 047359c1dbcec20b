"""benchmarks/reason_chain.py: each denied claim followed from its reason's words to a
sure category, and the step that loses it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import reason_chain  # noqa: E402


def _claim(number: str, category: str | None, text: str | None, carc=()) -> dict:
    denial = None
    if category is not None or text is not None:
        denial = {
            "reason_text": text,
            "carc": list(carc),
            "rarc": [],
            "primary_category": category,
        }
    return {"claim_number": number, "denied": denial is not None, "denial": denial}


WANT = {
    "claims": [
        _claim("A1", "out_of_network", "The provider is not in your plan's network."),
        _claim("B2", "timely_filing", "The claim was filed too late.", ["CO-29"]),
    ]
}


def _read(first: dict, second: dict, sure: tuple[bool, bool] = (True, True)) -> dict:
    evidence = {
        f"claims.{k}.denial.primary_category": {"sure": s, "reason": None}
        for k, s in enumerate(sure)
    }
    return {"claims": [first, second], "evidence": evidence}


def _steps(got: dict) -> list[tuple[str, str | None]]:
    return [(c.verdict, c.lost) for c in reason_chain.follow("n", got, WANT)]


def test_a_claim_read_right_and_sure_is_lost_nowhere() -> None:
    got = _read(WANT["claims"][0], WANT["claims"][1])
    assert _steps(got) == [("sure right", None), ("sure right", None)]


def test_each_step_that_loses_a_claim() -> None:
    # the first claim is read as paid; the second's reason is read but not classified
    got = _read(
        {"claim_number": "A1", "denied": False, "denial": None},
        _claim("B2", "other", "The claim was filed too late."),
        sure=(False, False),
    )
    assert _steps(got) == [("unsure wrong", "claim"), ("unsure wrong", "category")]


def test_a_reason_not_read_and_a_reason_of_another_claim() -> None:
    got = _read(
        _claim("A1", "timely_filing", "The claim was filed too late."),
        {"claim_number": "B2", "denied": True, "denial": _claim("", "other", None)["denial"]},
        sure=(True, False),
    )
    assert _steps(got) == [("sure wrong", "attached"), ("unsure wrong", "found")]


def test_right_but_unsure_is_lost_at_sureness() -> None:
    got = _read(WANT["claims"][0], WANT["claims"][1], sure=(False, True))
    assert _steps(got) == [("unsure right", "sure"), ("sure right", None)]


def test_a_folder_of_several_sets_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tune").mkdir()
    with pytest.raises(SystemExit):
        reason_chain.main([str(tmp_path)])
