"""A patient's name placed by a label's words is sure when it is the member's name read
surely under the member's own label: two printings agree."""

from __future__ import annotations

import json
from pathlib import Path

from appealgen import parse_file
from appealgen.models import Evidence, Member, ParseResult, Source
from appealgen.read.evidence import Recorder
from appealgen.read.evidence_labels import _the_member_surely
from appealgen.read.settings import DEFAULT_SETTINGS

VARIED = Path(__file__).parent / "data" / "varied"


def _result(name: str) -> ParseResult:
    return ParseResult(
        source=Source(file="n.pdf", sha256="0" * 64, pages=1, kind="eob"),
        member=Member(name=name),
    )


def _rec(sure: bool) -> Recorder:
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    rec.out["member.name"] = Evidence(confidence=0.92 if sure else 0.6, sure=sure)
    return rec


def test_the_members_name_read_surely_is_a_second_printing() -> None:
    assert _the_member_surely(_rec(True), _result("Ingrid  Solheim"), "Ingrid Solheim")
    assert not _the_member_surely(_rec(False), _result("Ingrid Solheim"), "Ingrid Solheim")
    assert not _the_member_surely(_rec(True), _result("Ingrid Solheim"), "Tove Solheim")


def test_a_claim_heading_naming_the_member_gives_a_sure_patient() -> None:
    # "Claim HBA-… - Kateryna Osei" under "Participant: Kateryna Osei"
    src = VARIED / "unseen" / "u02_tpa_0.pdf"
    result = parse_file(src)
    want = json.loads(src.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert result.claims[0].patient_name == want["claims"][0]["patient_name"]
    assert result.evidence["claims.0.patient_name"].sure
