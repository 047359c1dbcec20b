"""A notice naming no patient is the member's own care only if it names no one else of the
member's family: otherwise the member is a guess at the patient, and the letter says so."""

from appealgen.read.evidence_people import _names_kin


def test_another_given_name_with_the_members_surname_is_kin():
    assert _names_kin("Claims for Wilder Castellano\nMember: Idris Castellano", "Idris Castellano")


def test_surname_first_capitals_is_kin():
    assert _names_kin("CASTELLANO, WILDER  DOB 01/02/26", "Idris Castellano")


def test_the_member_alone_is_not_kin():
    text = "Dear Idris Castellano,\nMember: Idris Castellano\nCASTELLANO, IDRIS"
    assert not _names_kin(text, "Idris Castellano")


def test_a_title_or_greeting_before_the_surname_is_no_person():
    assert not _names_kin("Dear Mr. Castellano, for Castellano", "Idris Castellano")
