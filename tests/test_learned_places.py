"""Where a correction teaches a field to be read: not from inside another corrected
value, only where it still reads back once every field is placed, and a name in a
sentence that wraps onto the next line is read whole."""

from __future__ import annotations

from page_lines import learned_from, page_lines

from appealgen.learn.corrected import corrected_values
from appealgen.learn.replay import value_forms
from appealgen.read.learned_read import read_with


def _portal(member: str, member_id: str, plan: str) -> list[str]:
    return [
        "Quillon Mutual Health",
        f"Member: {member}     Member ID {member_id}     Group 131994-756",
        f"Plan: {plan}     PO Box 43701, Albany, NY 12207",
        "Processed 06/27/26.",
        "Claim 2614041182",
        "Date of service: 04/20/26",
    ]


def test_a_value_printed_inside_another_value_takes_no_label_from_it(tmp_path, monkeypatch):
    """The plan's type is printed inside its name ("... Choice Plus PPO"): the rest of the
    name is no label of the type, and the plan's name is still read whole."""
    corrected = {
        "payer": {"name": "Quillon Mutual Health"},
        "member": {"name": "Ann Lee", "id": "AFJ335875827"},
        "plan": {"name": "Quillon Choice Plus PPO", "type": "PPO"},
        "claims": [{"claim_number": "2614041182"}],
    }
    lay = learned_from(
        tmp_path,
        monkeypatch,
        _portal("Ann Lee", "AFJ335875827", "Quillon Choice Plus PPO"),
        corrected,
    )
    assert "quillon choice plus" not in str(lay.fields.get("plan.type", {}))
    later = read_with(
        lay, page_lines(_portal("Bo Chan", "PJH144473446", "Quillon Choice Plus PPO"))
    )
    assert later.header["plan.name"].value == "Quillon Choice Plus PPO"
    assert later.header["member.id"].value == "PJH144473446"


def test_a_field_cut_short_by_another_fields_label_is_not_kept():
    """Read back beside every other field, the plan's name would stop at the label a
    hand-made layout gives the plan's type inside it: that place is not kept."""
    rows = ["Member ID AFJ335875827", "Quillon Choice Plus PPO     PO Box 43701, Albany"]
    corrected = {
        "plan": {"name": "Quillon Choice Plus PPO", "type": "PPO"},
        "member": {"id": "AFJ335875827"},
        "claims": [],
    }
    fields = {
        "plan.name": {"label": "po box", "value": "before"},
        "plan.type": {"label": "quillon choice plus"},
        "member.id": {"label": "member id"},
    }
    value_forms(page_lines(rows), fields, {}, corrected_values(corrected))
    assert set(fields) == {"plan.type", "member.id"}


def _letter(provider: str, wrap_after: int) -> list[str]:
    sentence = (
        f"On May 6, 2026, you received counseling, code 99404: {provider}, "
        "NPI 1180119194. The provider billed $285.00."
    )
    words = sentence.split()
    return [
        "Larchmont Health Partners",
        "Claim 2026-890-408655",
        " ".join(words[:wrap_after]),
        " ".join(words[wrap_after:]),
    ]


def test_a_name_before_its_label_that_begins_a_wrapped_line_is_read_whole(tmp_path, monkeypatch):
    taught = _letter("Harbor Latch Clinic", 19)  # the sentence wraps after the name
    corrected = {
        "payer": {"name": "Larchmont Health Partners"},
        "claims": [
            {
                "claim_number": "2026-890-408655",
                "provider": {"name": "Harbor Latch Clinic", "npi": "1180119194"},
            }
        ],
    }
    lay = learned_from(tmp_path, monkeypatch, taught, corrected)
    assert lay.fields["claims.provider.name"] == {"label": "npi", "value": "before"}
    # a later letter wraps inside the name: "... 99404: Priya Raman," / "IBCLC, NPI ..."
    later = _letter("Priya Raman, IBCLC", 11)
    assert later[2].endswith("99404: Priya Raman,")
    reading = read_with(lay, page_lines(later))
    assert reading.claims[0].fields["claims.provider.name"].value == "Priya Raman, IBCLC"


def _mco(number: str, provider: str, wrapped: str) -> list[str]:
    return [
        "Sandhill Crane Community Care",
        f"This notice tells you about a decision we made on claim number {number}, sent to us by {provider}",
        f"{wrapped}We have denied payment for the service below.",
    ]


def test_a_name_after_its_label_that_a_sentence_carries_onto_the_next_line_is_read_whole(
    tmp_path, monkeypatch
):
    corrected = {
        "payer": {"name": "Sandhill Crane Community Care"},
        "claims": [
            {
                "claim_number": "MCO-26-45152468",
                "provider": {"name": "Farida Osei, IBCLC", "npi": "1660182712"},
            }
        ],
    }
    taught = _mco("MCO-26-45152468", "Farida Osei, IBCLC", "(NPI 1660182712). ")
    lay = learned_from(tmp_path, monkeypatch, taught, corrected)
    assert lay.fields["claims.provider.name"]["label"] == "by"

    def provider(name: str, wrapped: str) -> str:
        reading = read_with(lay, page_lines(_mco("MCO-26-84178745", name, wrapped)))
        return reading.claims[0].fields["claims.provider.name"].value

    assert provider("Nest & Nourish", "Feeding Center (NPI 1603509666). ") == (
        "Nest & Nourish Feeding Center"
    )
    assert provider("Lantern Bay Lactation,", "PLLC (NPI 1815309673). ") == (
        "Lantern Bay Lactation, PLLC"
    )
    # a sentence that begins on the next line is not part of the name
    assert provider("Ann Lee", "") == "Ann Lee"
