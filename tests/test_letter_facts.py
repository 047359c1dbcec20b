"""benchmarks/letter_facts.py: how a letter's stated facts are compared with the truth."""

from __future__ import annotations

import sys
from pathlib import Path

from appealgen.corrections import CheckItem

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import letter_facts  # noqa: E402


def test_claim_numbers_in_another_order_are_the_same_fact() -> None:
    assert letter_facts.same("Claim number", "B-2, A-1", "A-1, B-2")
    assert not letter_facts.same("Claim number", "B-2, A-1, C-3", "A-1, B-2")


def test_codes_compare_as_sets_of_procedures_and_of_diagnoses() -> None:
    assert letter_facts.same(
        "Codes billed", "99403, S9443; diagnosis Z39.1", "S9443, 99403; diagnosis Z39.1"
    )
    assert not letter_facts.same("Codes billed", "99402", "99402; diagnosis Z39.1")
    assert not letter_facts.same("Codes billed", "99402; diagnosis O92.5", "99402; diagnosis Z39.1")


def test_other_lines_compare_as_written() -> None:
    assert letter_facts.same("Date of service", "May 2, 2026", "may 2,  2026")
    assert not letter_facts.same("Patient", "Ann Lee, Bo Lee", "Bo Lee, Ann Lee")


def test_a_plan_type_in_brackets_or_not_is_the_same_plan() -> None:
    assert letter_facts.same("Plan", "Lakemont Silver (HMO)", "Lakemont Silver HMO")
    assert not letter_facts.same("Plan", "Lakemont Silver (PPO)", "Lakemont Silver HMO")
    assert not letter_facts.same("Plan", "Lakemont (HMO)", "Lakemont Silver HMO")


def test_a_placeholder_lists_what_was_read_and_why() -> None:
    check = [
        CheckItem("claims.0.claim_number", "the claim number", "AB 123", 1, "an OCR space"),
        CheckItem("member.id", "your member ID", "X1", 1, None),
    ]
    assert letter_facts.why_unsure("Claim number", check) == [
        "claims.0.claim_number 'AB 123' (an OCR space)"
    ]
    assert letter_facts.why_unsure("Member ID", check) == ["member.id 'X1' (no reason given)"]


def test_families_choose_the_documents_measured(tmp_path: Path, monkeypatch) -> None:
    for stem in ("w00_msn_0", "w06_x_0", "w07_y_1"):
        (tmp_path / f"{stem}.pdf").write_bytes(b"%PDF-1.4\n")
        (tmp_path / f"{stem}.expected.json").write_text("{}", encoding="utf-8")
    seen: list[str] = []

    def measure(src: Path, exp: Path, workdir: Path) -> dict:
        seen.append(src.stem)
        return {"file": src.name, "facts": {}, "missing_appeal": False, "error": "", "why": {}}

    monkeypatch.setattr(letter_facts, "measure", measure)
    assert letter_facts.run(tmp_path, ("w06", "w07"))["documents"] == 2
    assert seen == ["w06_x_0", "w07_y_1"]
    assert letter_facts.run(tmp_path)["documents"] == 3
