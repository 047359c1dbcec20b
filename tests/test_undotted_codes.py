"""A diagnosis printed without its dot in a diagnosis column ("O9213") is read: no HCPCS
code begins with F, I, N or O, so the shape is a diagnosis's, never a procedure's."""

from __future__ import annotations

from appealgen.read.codes import diagnoses


def test_an_undotted_diagnosis_of_a_letter_no_procedure_code_has_is_read() -> None:
    assert diagnoses("O9213", undotted=True) == ["O92.13"]
    assert diagnoses("O924 Z391", undotted=True) == ["O92.4", "Z39.1"]
    # a letter and four digits that a HCPCS code can be stays a procedure
    assert diagnoses("S9443", undotted=True) == []
