"""A denial reason a person named once is read with the categories they gave it: on a
later notice of the same layout that prints the same reason, and on no other."""

from __future__ import annotations

import json

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import api
from appealgen.learn.reasons import taught_reasons
from appealgen.models import Claim, Denial, ParseResult, Source
from appealgen.read.layouts import LearnedLayout, dump, validate
from appealgen.read.learned_reasons import apply_reasons, reason_key

EXCLUDED = "Services by this type of practitioner are excluded from your benefit plan."
OTHER = "The service exceeds the number of visits your plan allows in a year."


def _notice(path, n: int, reason: str, member: str = "Zoë O'Brien") -> str:
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    rows = [
        "Harbor Crest Health Plan                 Explanation of Benefits",
        "Date of notice: 03/02/2026",
        f"Member: {member}          Member ID: HCX12345{n}",
        f"Claim number: HC202600{n}",
        f"Patient: {member}",
        "Provider: Milkweed Lactation, IBCLC",
        "Date of service    Code     Billed    Allowed    Paid    You owe",
        f"02/1{n}/2026         99403    180.00    0.00       0.00    180.00",
        "Status: Denied",
        f"Reason: {reason}",
    ]
    c.setFont("Helvetica", 10)
    for i, row in enumerate(rows):
        c.drawString(50, 740 - 18 * i, row)
    c.save()
    return str(path)


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    return tmp_path


def _teach(path: str, category: str) -> LearnedLayout:
    doc = api.parse_file(path).to_dict()
    doc["claims"][0]["denial"]["categories"] = [category]
    doc["claims"][0]["denial"]["primary_category"] = category
    return api.learn_layout(path, json.loads(json.dumps(doc, default=str)))


def test_a_reason_named_once_is_read_with_its_category_next_time(store):
    first = _notice(store / "a.pdf", 1, EXCLUDED)
    before = api.parse_file(_notice(store / "b.pdf", 2, EXCLUDED))
    assert before.claims[0].denial.primary_category != "not_covered"
    lay = _teach(first, "not_covered")
    assert lay.reasons == {reason_key(EXCLUDED): ["not_covered"]}
    later = api.parse_file(store / "b.pdf")
    assert later.claims[0].denial.primary_category == "not_covered"
    ev = later.evidence["claims.0.denial.primary_category"]
    assert ev.sure and ev.reader == "learned" and ev.reason is None
    assert later.layout["reasons"] == {"name": lay.name, "claims": [0]}


def test_another_reason_of_the_layout_is_read_as_before(store):
    _teach(_notice(store / "a.pdf", 1, EXCLUDED), "not_covered")
    other = api.parse_file(_notice(store / "c.pdf", 3, OTHER))
    assert other.claims[0].denial.primary_category == "frequency_limit"
    assert "reasons" not in other.layout


def test_the_reasons_key_is_its_words_whatever_its_numbers_case_and_stops():
    assert reason_key("Denied: visit 3 of 2 ALLOWED per year.") == reason_key(
        "denied visit 4 of 6 allowed, per year"
    )
    assert reason_key("Not covered.") is None  # too few words to be one payer's reason
    assert reason_key(None) is None


def test_a_reason_given_two_categories_on_one_notice_teaches_nothing():
    read = ParseResult(
        source=Source(file="t.pdf", sha256="0"),
        claims=[
            Claim(claim_number=n, denied=True, denial=Denial(reason_text=EXCLUDED))
            for n in ("A1", "A2")
        ],
    )
    fixed = [
        {"claim_number": "A1", "denial": {"categories": ["provider_type"]}},
        {"claim_number": "A2", "denial": {"categories": ["not_covered"]}},
    ]
    assert taught_reasons(read, {"claims": fixed}) == {}
    fixed[1]["denial"]["categories"] = ["provider_type"]
    assert taught_reasons(read, {"claims": fixed}) == {reason_key(EXCLUDED): ["provider_type"]}


def test_an_unconfirmed_layouts_reason_is_not_sure_and_a_paid_claim_is_left_alone():
    lay = LearnedLayout(
        name="x-1",
        payer="X",
        fingerprint="f",
        words=[],
        fields={},
        confirmed=False,
        reasons={reason_key(EXCLUDED): ["not_covered", "provider_type"]},
    )
    denied = Claim(denied=True, denial=Denial(reason_text=EXCLUDED))
    paid = Claim(denied=False, denial=None)
    result = ParseResult(source=Source(file="t.pdf", sha256="0"), claims=[paid, denied])
    assert apply_reasons(result, lay) == [1]
    assert denied.denial.categories == ["not_covered", "provider_type"]
    assert not result.evidence["claims.1.denial.primary_category"].sure
    assert paid.denial is None


def test_a_layouts_reasons_are_validated_and_kept_in_its_file():
    lay = LearnedLayout(
        name="x-1",
        payer="X",
        fingerprint="f",
        words=["claim"],
        fields={"member.id": {"label": "id"}},
        reasons={reason_key(EXCLUDED): ["not_covered"]},
    )
    import yaml

    data = yaml.safe_load(dump(lay))
    assert validate(data, "x-1.yaml").reasons == lay.reasons
    data["reasons"] = {reason_key(EXCLUDED): ["not-a-category"]}
    with pytest.raises(Exception, match="reasons: .*categories must come from the contract"):
        validate(data, "x-1.yaml")
