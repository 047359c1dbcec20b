"""A notice reads the same whatever the process read before it."""

from __future__ import annotations

import json
from pathlib import Path

from appealgen import decide, parse_file

ROOT = Path(__file__).resolve().parent.parent
A = ROOT / "tests" / "data" / "varied" / "tune" / "v12_table_eob_0.pdf"
B = ROOT / "samples" / "juniper_multi_claim_eob.pdf"


def _read(path: Path) -> str:
    """The parse document, evidence and sureness included, as text."""
    return json.dumps(parse_file(path).to_dict(), sort_keys=True, default=str)


def test_reading_another_notice_in_between_changes_nothing() -> None:
    first = _read(A)
    other = parse_file(B)
    decide(other)  # the later stages run in the same process too
    assert _read(A) == first
    assert _read(B) == json.dumps(other.to_dict(), sort_keys=True, default=str)
