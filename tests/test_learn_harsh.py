"""benchmarks/learn_harsh.py: later documents of a layout unlike its taught one."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import learn_harsh  # noqa: E402


def _truth(folder: Path, stem: str) -> dict:
    return json.loads((folder / f"{stem}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_later_documents_differ_from_the_taught_one(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(learn_harsh, "scan", lambda data, look, seed: (data, 1, ".pdf"))
    writer = learn_harsh.Writer("wild", tmp_path)
    writer.write([4])  # a claim status printout: 3-5 claims, some paid
    taught, longer, turned = (_truth(tmp_path, f"w04_status_{n}") for n in (0, 11, 12))
    fam = writer.set.families[4]
    assert len(longer["claims"]) > fam.claims[1]  # more claims than the family prints
    assert longer["source"]["pages"] > taught["source"]["pages"]
    assert (
        longer["member"] != taught["member"]
        or longer["claims"][0]["patient_name"] != (taught["claims"][0]["patient_name"])
    )
    assert any(not c["denied"] for c in taught["claims"])
    assert all(c["denied"] for c in turned["claims"])  # denied where the taught was paid
    looked = _truth(tmp_path, "w04_status_13")
    assert looked["source"]["ocr_used"] and not taught["source"]["ocr_used"]
    assert (tmp_path / "MANIFEST.txt").read_text().count("\n") == 4


def test_a_variant_the_family_cannot_print_falls_back() -> None:
    fam = learn_harsh.importlib.import_module("wild").SET.families[2]  # a letter: one claim
    variants = learn_harsh._wider(fam)
    assert variants[0][1].claims[0] > fam.claims[1]
    assert any(v.claims == fam.claims and v.lines[1] > fam.lines[1] for _, v in variants)
    paid = {"claims": [{"denied": False}]}
    assert [w for w, _ in learn_harsh._turned(fam, paid)] == ["turned: all denied"]
    denied = {"claims": [{"denied": True}]}
    assert [w for w, _ in learn_harsh._turned(fam, denied)][-1] == "another denial"


@pytest.mark.parametrize("name", ["drift", "ahead", "beyond"])
def test_a_set_in_halves_writes_only_its_dev_half(tmp_path, name: str) -> None:
    writer = learn_harsh.Writer(name, tmp_path)
    dev = list(learn_harsh.importlib.import_module(name).DEV)
    assert writer.tunable(None) == dev
    assert writer.tunable([dev[0], max(dev) + 1]) == [dev[0]]  # the check half is refused
    assert learn_harsh.Writer("wild", tmp_path).tunable(None) is None  # every family
