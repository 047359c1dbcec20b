"""The label classifier: labels it must place, labels it must refuse, values it must cut."""

from __future__ import annotations

import pytest

from appealgen.read.fields import label_vocabulary, place_label
from appealgen.read.label_phrases import inline_pairs
from appealgen.read.label_words import place_by_words, words


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Membership no.", "member_id"),
        ("Insurance ID", "member_id"),
        ("Card number", "member_id"),
        ("Member identifier", "member_id"),
        ("Identification #", "member_id"),
        ("Care recipient", "patient_name"),
        ("Person treated", "patient_name"),
        ("Servicing practitioner", "provider_name"),
        ("Treating clinician", "provider_name"),
        ("Account holder", "member_name"),
        ("Name of member", "member_name"),
        ("National provider ID", "npi"),
        ("NPI no.", "npi"),
        ("Our claim no.", "claim_number"),
        ("Group plan no.", "group_number"),
        ("Date sent", "notice_date"),
        ("Visit date", "date_of_service"),
        ("Billing code", "procedure"),
        # the member's ID and name, the group and the plan in more word families
        ("Policy Holder ID", "member_id"),
        ("Card Holder ID", "member_id"),
        ("Insured Person ID", "member_id"),
        ("Unique Member ID", "member_id"),
        ("Member ID/Suffix", "member_id"),
        ("Customer Number", "member_id"),
        ("Customer Name", "member_name"),
        ("Client", "member_name"),
        ("Insured Individual", "member_name"),
        ("Group Ref", "group_number"),
        ("Plan Title", "plan_name"),
    ],
)
def test_places_unlisted_labels_by_their_words(label: str, field: str) -> None:
    fields, placed = place_label(label)
    assert fields == (field,)
    assert placed.by_words and not placed.exact


@pytest.mark.parametrize(
    "label",
    [
        "Notice ID",  # names the notice, not the member
        "Tax ID",
        "Patient account",
        "Claim status",
        "Phone",
        "Date of birth",
        "Frobnitz quux",
        "Please call us if you have questions",  # a sentence, not a label
        "Customer Service",  # an office, not the member
        "Customer Care",
        "Client Services",
    ],
)
def test_refuses_labels_it_cannot_place(label: str) -> None:
    assert place_label(label)[0] == ()


def test_exact_labels_win_and_say_so() -> None:
    fields, placed = place_label("Member ID")
    assert fields == ("member_id",) and placed.exact
    assert place_label("Issued")[1].exact


def test_a_tie_assigns_nothing() -> None:
    # by its words alone "Recipient" fits the member and the patient equally well
    placed = place_by_words("Recipient")
    assert placed.field is None and placed.score > 0
    assert place_label("Recipient")[0] == ("member_name",)  # the exact label decides


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ({"heads": []}, "missing required key 'heads'"),
        ({"heads": ["id"], "whith": ["x"]}, "unknown key 'whith'"),
        ({"heads": ["two words"]}, "is not one word"),
        ({"heads": ["id"], "not": ["id"]}, "both fit and rule out"),
    ],
)
def test_bad_word_rules_stop_at_load(
    monkeypatch: pytest.MonkeyPatch, broken: dict, message: str
) -> None:
    from appealgen.errors import KnowledgeError
    from appealgen.read import label_words as lw

    good = lw.load_yaml(lw.WORDS_FILE)
    good["fields"]["member_id"] = broken
    monkeypatch.setattr(lw, "load_yaml", lambda _path: good)
    lw.label_words.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match=message):
            lw.label_words()
    finally:
        lw.label_words.cache_clear()


@pytest.mark.parametrize(
    ("heading", "column"),
    [
        ("Your cost", "patient_responsibility"),
        ("Benefit amount", "paid"),
        ("Eligible expense", "allowed"),
        ("Amount you owe", "patient_responsibility"),
        ("Plan paid", "paid"),
    ],
)
def test_column_headings(heading: str, column: str) -> None:
    assert place_label(heading, "columns")[0] == (column,)


def _pairs(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    def place(t: str):  # noqa: ANN202
        return place_label(t)

    return [(p.label, p.value, p.fields) for p in inline_pairs(text, place, label_vocabulary())]


def test_a_value_stops_at_the_next_label() -> None:
    got = _pairs(
        "Claim reference: CL2171589 Care recipient: Valentina Hollis "
        "Servicing practitioner: Jane Doe, IBCLC National provider ID: 1230398533"
    )
    assert got == [
        ("Claim reference", "CL2171589", ("claim_number",)),
        ("Care recipient", "Valentina Hollis", ("patient_name",)),
        ("Servicing practitioner", "Jane Doe, IBCLC", ("provider_name",)),
        ("National provider ID", "1230398533", ("npi",)),
    ]


def test_an_unknown_label_ends_the_value_but_assigns_nothing() -> None:
    got = _pairs("Member name: Ada Okafor Notice ID: R873688750")
    assert got == [
        ("Member name", "Ada Okafor", ("member_name",)),
        ("Notice ID", "R873688750", ()),
    ]


def test_hash_and_times() -> None:
    assert _pairs("Claim # 12345 Visit at 10:30 am") == [
        ("Claim #", "12345 Visit at 10:30 am", ("claim_number",))
    ]
    assert _pairs("Payee NPI: 1569344736 TIN: XX-XXX7713")[0][2] == ()


def test_words() -> None:
    assert words("Member ID#:") == ["member", "id", "#"]
    assert words("Plan's payment") == ["plan", "payment"]
    assert words("Date(s) of service") == ["date", "of", "service"]


def test_values_under_a_word_placed_label_say_so() -> None:
    from pathlib import Path

    from appealgen import parse_file
    from appealgen.read.evidence import LABELLED

    pdf = Path(__file__).parent / "data" / "varied" / "tune" / "v07_kv_claims_0.pdf"
    result = parse_file(pdf)
    assert result.member.id == "MEK475382212"  # printed as "Membership no.:"
    ev = result.evidence["member.id"]
    assert ev.reader == "label_words" and ev.confidence < LABELLED
    # "Group number" is listed: its value keeps the full confidence
    assert result.evidence["plan.group_number"].reader == "labels"


def test_a_wrapped_line_of_pairs() -> None:
    from appealgen.read.label_phrases import continue_wrapped

    vocab = label_vocabulary()

    def place(t: str):  # noqa: ANN202
        return place_label(t)

    first = inline_pairs(
        "Claim number: E88 Rendering provider: Milkweed Family Lactation National", place, vocab
    )
    nxt = "provider ID: 1658936533"
    value, pairs = continue_wrapped(first[-1], nxt, inline_pairs(nxt, place, vocab), place, vocab)
    assert value == "Milkweed Family Lactation"
    assert [(p.label, p.fields) for p in pairs] == [("National provider ID", ("npi",))]

    first = inline_pairs(
        "Care recipient: Ada Okafor Servicing practitioner: Jane Doe,", place, vocab
    )
    nxt = "IBCLC National provider ID: 1230398533"
    value, pairs = continue_wrapped(first[-1], nxt, inline_pairs(nxt, place, vocab), place, vocab)
    assert value == "Jane Doe, IBCLC" and pairs[0].fields == ("npi",)


def test_a_row_of_label_value_cells_without_colons() -> None:
    from appealgen.read.fields import _fits
    from appealgen.read.label_phrases import bare_cell_pairs

    def place(t: str):  # noqa: ANN202
        return place_label(t)

    row = ["Notice date 9/27/2026", "Account holder Chloe McAllister", "Card number SNY308566019"]
    got = [
        (p.label, p.value, p.fields) for p in bare_cell_pairs(row, place, label_vocabulary(), _fits)
    ]
    assert got == [
        ("Notice date", "9/27/2026", ("notice_date",)),
        ("Account holder", "Chloe McAllister", ("member_name",)),
        ("Card number", "SNY308566019", ("member_id",)),
    ]
    # one such cell alone, or values of the wrong shape, are not taken
    assert (
        bare_cell_pairs(["Card number SNY308566019", "Hello"], place, label_vocabulary(), _fits)
        == []
    )
    assert (
        bare_cell_pairs(["Card number lost", "Notice date soon"], place, label_vocabulary(), _fits)
        == []
    )


def test_a_label_and_its_value_in_one_cell_is_no_label() -> None:
    assert place_label("Employer group no.: 823090")[0] == ()
    assert place_label("Group plan no. 310352")[0] == ()


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Membership reference", "member_id"),
        ("Policy ref", "member_id"),
        ("Enrolment no.", "member_id"),
        ("Member card", "member_id"),
        ("Name on the policy", "member_name"),
        ("Person covered", "member_name"),
        ("Insured person", "member_name"),
        ("Who had the treatment", "patient_name"),
        ("Care received by", "patient_name"),
        ("Treated by", "provider_name"),
        ("Attended by", "provider_name"),
        ("Who gave the care", "provider_name"),
        ("Scheme number", "group_number"),
        ("Employer plan no.", "group_number"),
        ("Workplace plan no.", "group_number"),
        ("Level of cover", "plan_name"),
        ("Benefit package", "plan_name"),
        ("Coverage name", "plan_name"),
        ("Cover type", "plan_type"),
        ("Date written", "notice_date"),
        ("Statement run on", "notice_date"),
        ("Letter produced", "notice_date"),
        ("Claim file", "claim_number"),
        ("Bill no.", "claim_number"),
    ],
)
def test_places_plain_english_header_labels(label: str, field: str) -> None:
    assert place_label(label)[0] == (field,)


@pytest.mark.parametrize("label", ["MBI", "Subscr ID", "Subscr. No."])
def test_a_medicare_beneficiary_identifier_and_a_short_subscriber_are_member_ids(label) -> None:
    assert place_label(label)[0] == ("member_id",)
