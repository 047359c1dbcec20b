"""``parse_file(..., with_evidence=False)``: the same values and warnings, no evidence.

``appealgen parse FILE`` prints a summary that shows no evidence, so its reading child
skips working out where each value was read; ``--json`` prints the whole document.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from appealgen import api, parse_file
from appealgen.cli import notice_text
from appealgen.read import evidence
from appealgen.read.summary import format_parse

ROOT = Path(__file__).resolve().parent.parent
TEXT_NOTICES = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples").glob("*.835"))
TUNE = sorted((ROOT / "tests" / "data" / "varied" / "tune").glob("*.pdf"))[:6]
BOOKKEEPING = ("evidence", "not_printed")


def _values(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in BOOKKEEPING}


@pytest.mark.parametrize("path", TEXT_NOTICES + TUNE, ids=lambda p: p.name)
def test_values_and_warnings_are_the_same_without_evidence(path: Path) -> None:
    full = parse_file(path)
    bare = parse_file(path, with_evidence=False)
    assert _values(bare.to_dict()) == _values(full.to_dict())
    assert format_parse(bare) == format_parse(full)
    assert bare.evidence == {} and bare.not_printed == []
    assert full.evidence  # the default still works every value's evidence out


def test_the_summary_does_not_work_out_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(ROOT / "samples" / "granite_peak_remittance.pdf")
    want = format_parse(parse_file(path))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("evidence worked out for the summary")

    monkeypatch.setattr(evidence, "attach", refuse)
    assert notice_text(path, False) == want
    with pytest.raises(AssertionError, match="evidence worked out"):
        notice_text(path, True)


def test_a_learned_layout_reads_the_same_values_without_evidence(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    tune = ROOT / "tests" / "data" / "varied" / "tune"
    truth = json.loads((tune / "v01_kv_claims_0.expected.json").read_text(encoding="utf-8"))
    lay = api.learn_layout(tune / "v01_kv_claims_0.pdf", truth)
    path = tune / "v01_kv_claims_1.pdf"
    full = parse_file(path)
    bare = parse_file(path, with_evidence=False)
    assert full.layout["learned"] == bare.layout["learned"] == lay.name
    assert _values(bare.to_dict()) == _values(full.to_dict())
    assert format_parse(bare) == format_parse(full)


def test_the_summary_loads_neither_the_evidence_readers_nor_the_letter_registry() -> None:
    """Nor the decide stage's word lists (rules/decide_words.yaml) nor the decision's
    data objects."""
    code = (
        "import sys\n"
        "from appealgen.cli import notice_text\n"
        "notice_text(sys.argv[1], False)\n"
        "print(' '.join(m for m in sys.modules if m.startswith('appealgen.')))\n"
    )
    path = ROOT / "samples" / "granite_peak_remittance.pdf"
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    loaded = done.stdout.split()
    assert "appealgen.read.parse" in loaded
    unwanted = [
        m
        for m in loaded
        if m.startswith(("appealgen.read.evidence", "appealgen.read.locate"))
        or m
        in (
            "appealgen.letters",
            "appealgen.knowledge.decide_word_lists",
            "appealgen.decision_models",
        )
    ]
    assert not unwanted, unwanted


def test_the_decision_objects_are_importable_from_models() -> None:
    from appealgen import decision_models, models
    from appealgen.models import Case, Decision, Venue, case_id_for

    assert Case is decision_models.Case and Decision is decision_models.Decision
    assert Venue is models.Venue and case_id_for("ab" * 32) == "ab" * 6
    assert models.to_dict(Decision())["venue"]["kind"] == "unknown"


def test_models_gives_every_name_of_decision_models_all_and_no_other() -> None:
    from appealgen import decision_models, models

    assert all(getattr(models, n) is getattr(decision_models, n) for n in decision_models.__all__)
    assert not hasattr(models, "not_a_name")
