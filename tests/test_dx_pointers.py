"""A claim that lists its diagnoses once by key ("Diagnosis codes: 1 O9213  2 O9279") and
points each service at its own ("Dx ptr" 1, 2) has each service's diagnoses read."""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf

from appealgen import parse_file
from appealgen.read.dx_pointers import keyed_diagnoses, pointed


def test_a_keyed_list_reads_its_codes_by_key():
    assert keyed_diagnoses("Diagnosis codes: 1 O9213   2 O9279") == {"1": "O92.13", "2": "O92.79"}
    assert keyed_diagnoses("Dx: A. Z39.1 B. O92.5") == {"A": "Z39.1", "B": "O92.5"}
    assert keyed_diagnoses("Diagnosis codes: 2 O9213 3 O9279") == {}  # no first key
    assert keyed_diagnoses("Diagnosis codes: 1 S9443") == {}  # a procedure, not a diagnosis
    assert keyed_diagnoses("Provider: 1 Main St") == {}


def test_a_list_of_a_key_a_line_reads_each_line_that_goes_on_from_the_last():
    assert keyed_diagnoses("Dx 1: Z39.1\nDx 2: O92.79") == {"1": "Z39.1", "2": "O92.79"}
    assert keyed_diagnoses("Dx 1: Z39.1\nProvider: Ann Lee\nDx 2: O92.79")["2"] == "O92.79"
    assert keyed_diagnoses("Dx 2: O92.79\nDx 3: Z39.1") == {}  # no first key
    assert keyed_diagnoses("Dx 1: Z39.1\nDx 3: O92.79") == {"1": "Z39.1"}  # a gap


def test_a_pointer_names_keys_of_the_list():
    keyed = {"1": "O92.13", "2": "O92.79"}
    assert pointed("1", keyed) == ["O92.13"]
    assert pointed("1,2", keyed) == ["O92.13", "O92.79"]
    assert pointed("3", keyed) == []  # a key the list does not hold
    assert pointed("O92.5", keyed) == []


def test_each_service_takes_the_diagnoses_its_pointer_names(tmp_path: Path) -> None:
    cols = (60, 120, 170, 220, 280, 340)
    head = ("Date", "Proc", "Dx ptr", "Billed", "Paid", "Remarks")
    rows = [
        ("06.21.26", "99403", "1", "$250.00", "$0.00", "CO-50"),
        ("06.28.26", "99402", "2", "$150.00", "$0.00", "CO-50"),
    ]
    lines = [
        [(60, "**Harbor Crest Health")],
        [(60, "Member: Makena Rowe   Member ID 69641986674")],
        [],
        [(60, "Claim 471304692937   Patient: Makena Rowe")],
        [(60, "Diagnosis codes: 1 O9213   2 O9279")],
        list(zip(cols, head, strict=True)),
        *[list(zip(cols, r, strict=True)) for r in rows],
    ]
    r = parse_file(make_pdf(tmp_path / "eob.pdf", lines, size=8))
    claim = r.claims[0]
    assert [sl.diagnosis_codes for sl in claim.service_lines] == [["O92.13"], ["O92.79"]]
    assert claim.diagnosis_codes == ["O92.13", "O92.79"]
    assert r.evidence["claims.0.diagnosis_codes"].sure
