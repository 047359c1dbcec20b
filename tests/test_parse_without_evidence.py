"""``parse_file(..., with_evidence=False)``: the same values and warnings, no evidence.

``appealgen parse FILE`` prints a summary that shows no evidence, so its reading child
skips working out where each value was read; ``--json`` prints the whole document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen import parse_file
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
