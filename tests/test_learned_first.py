"""A notice whose claims the readers do not find is read with a learned layout that
matches it before it is refused: a taught layout gets its chance first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appealgen import api
from appealgen.errors import NoClaimError
from appealgen.learn import learn_layout
from appealgen.read import parse
from appealgen.read.score import score

TUNE = Path(__file__).resolve().parent / "data" / "varied" / "tune"


def _truth(name: str) -> dict:
    return json.loads((TUNE / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def readers_find_no_claim(tmp_path, monkeypatch):
    """A store of its own, and readers that find no claim on any notice."""
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    monkeypatch.setattr(parse, "claims_from_tables", lambda ctx, tables: [])
    monkeypatch.setattr(parse, "unread_claim", lambda text: None)


def test_without_a_learned_layout_a_notice_without_claims_is_refused(readers_find_no_claim):
    with pytest.raises(NoClaimError):
        api.parse_file(TUNE / "v00_table_eob_1.pdf")


def test_a_taught_layout_reads_the_claims_the_readers_did_not_find(readers_find_no_claim):
    learn_layout(TUNE / "v00_table_eob_0.pdf", _truth("v00_table_eob_0"))
    for name in ("v00_table_eob_1", "v00_table_eob_2"):
        result = api.parse_file(TUNE / f"{name}.pdf")
        assert result.layout["learned"], name
        assert [c.claim_number for c in result.claims] == [
            c["claim_number"] for c in _truth(name)["claims"]
        ]
        assert score(result.to_dict(), _truth(name)).accuracy >= 0.95, name


def test_a_layout_of_another_payer_does_not_make_up_claims(readers_find_no_claim):
    learn_layout(TUNE / "v00_table_eob_0.pdf", _truth("v00_table_eob_0"))
    with pytest.raises(NoClaimError):
        api.parse_file(TUNE / "v01_kv_claims_1.pdf")
