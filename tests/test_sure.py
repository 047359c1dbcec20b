"""A letter states only what is sure: the reader's sure values, the profile, the person.

Everything else is a highlighted placeholder, asked first ("check before sending") with
what the reader thought it saw. A paid claim's facts never reach a denied one's appeal;
when the reader cannot tell whether a claim was denied, it asks.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from decimal import Decimal

import pytest
from conftest import read_surely
from docx_text import doc_text, highlighted

from appealgen import corrections
from appealgen.decide.explain import format_explain
from appealgen.models import Claim, Evidence, ServiceLine, Totals
from appealgen.write import render


def _unsure(case, path, reason="read from a loose fallback"):
    case.parse.evidence[path] = Evidence(
        confidence=0.5, sure=False, reader="prose", page=1, text="…", reason=reason
    )


def test_an_unsure_member_id_is_a_placeholder_asked_first(sample_case, sample_profile, tmp_path):
    sample_profile.member.id = None
    _unsure(sample_case, "member.id")
    written = render.generate(sample_case, tmp_path, sample_profile)
    appeal = tmp_path / written.case_id / "appeal.docx"
    text = doc_text(appeal)
    assert "NWH884213907" not in text  # the guess is never stated
    assert "[your member ID]" in highlighted(appeal)
    (item,) = [c for c in written.check if c.path == "member.id"]
    assert item.seen == "NWH884213907" and item.page == 1
    assert "your member ID" not in written.missing  # asked once, as a check
    assert "NWH884213907" in item.line() and "read from a loose fallback" in item.line()


def test_unsure_claim_facts_are_placeholders_and_left_out_of_the_footer(
    sample_case, sample_profile, tmp_path
):
    for path in (
        "claims.0.claim_number",
        "claims.0.service_lines.0.date_of_service",
        "claims.0.service_lines.1.procedure_code",
        "claims.0.totals.patient_responsibility",
        "claims.0.denial.reason_text",
        "notice_date",
        "claims.0.patient_name",
    ):
        _unsure(sample_case, path)
    written = render.generate(sample_case, tmp_path, sample_profile)
    appeal = tmp_path / written.case_id / "appeal.docx"
    text = doc_text(appeal)
    for guess in ("NW-2026-0042", "February 11, 2026", "99403", "$425.00", "March 2, 2026"):
        assert guess not in text, guess
    assert "Services not provided by network providers" not in text
    marks = highlighted(appeal)
    for label in (
        "[the claim number]",
        "[the date of the visit]",
        "[the codes billed]",
        "[the amount in dispute]",
        "[the date of the notice]",
    ):
        assert label in marks, label
    paths = [c.path for c in written.check]
    assert "claims.0.claim_number" in paths and "notice_date" in paths
    # the call script and the regulator letters hold no guess either
    for name in ("call_script.docx", "state_complaint.docx"):
        assert "NW-2026-0042" not in doc_text(tmp_path / written.case_id / name)


def test_an_unsure_category_is_a_plain_question_asked_first(sample_case, tmp_path):
    _unsure(sample_case, "member.id")
    _unsure(sample_case, "claims.0.claim_number")
    _unsure(sample_case, "claims.0.denial.primary_category", "category from one phrase")
    written = render.generate(sample_case, tmp_path)
    item = written.check[0]  # before the member ID and the claim number
    assert item.path == "claims.0.denial.primary_category"
    assert item.label == corrections.CATEGORY_QUESTION
    # the notice's own words, then what appealgen thinks they mean, in plain language
    assert item.seen == "Services not provided by network providers."
    assert "They say the lactation consultant is out of network" in item.reason
    assert "category from one phrase" in item.reason
    assert "out_of_network" not in item.line().split("[")[0]


def test_the_persons_correction_is_stated(sample_case, sample_profile, tmp_path):
    sample_profile.member.id = None
    _unsure(sample_case, "member.id")
    sample_case.parse = corrections.apply(sample_case.parse, {"member.id": "XJH4471209"})
    written = render.generate(sample_case, tmp_path, sample_profile)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    assert "Member ID: XJH4471209" in text
    assert not [c for c in written.check if c.path == "member.id"]


def test_the_profile_is_sure(sample_case, sample_profile, tmp_path):
    sample_case.parse.evidence.clear()  # nothing read with certainty
    sample_profile.member.id = "PROFILE77"
    written = render.generate(sample_case, tmp_path, sample_profile)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    assert "Member ID: PROFILE77" in text
    assert "Member: Rosa Alvarez" in text  # the profile's name


def test_a_paid_claims_facts_never_reach_the_appeal(sample_case, sample_profile, tmp_path):
    paid = Claim(
        claim_number="PAID-7788",
        patient_name="Rosa Alvarez",
        service_lines=[
            ServiceLine(
                date_of_service=date(2026, 1, 5),
                procedure_code="99213",
                billed=Decimal("90.00"),
                paid=Decimal("90.00"),
                patient_responsibility=Decimal("0.00"),
            )
        ],
        totals=Totals(
            billed=Decimal("90.00"), paid=Decimal("90.00"), patient_responsibility=Decimal("0.00")
        ),
        denied=False,
    )
    sample_case.parse.claims.append(paid)
    # the decision's plans name no claim: the letters must still take only the denied one
    for plan in sample_case.decision.documents:
        plan.claim_numbers = []
    read_surely(sample_case.parse)
    written = render.generate(sample_case, tmp_path, sample_profile)
    for name in ("appeal.docx", "call_script.docx", "state_complaint.docx"):
        text = doc_text(tmp_path / written.case_id / name)
        for fact in ("PAID-7788", "January 5, 2026", "99213", "$90.00"):
            assert fact not in text, (name, fact)
        assert "NW-2026-0042" in text


def _paid_only(case):
    parse = copy.deepcopy(case.parse)
    claim = parse.claims[0]
    claim.denied, claim.denial = False, None
    return parse


def test_when_the_reader_cannot_tell_it_asks(sample_case):
    parse = _paid_only(sample_case)
    _unsure_parse = parse.evidence
    _unsure_parse["claims.0.denied"] = Evidence(confidence=0.55, sure=False, reason="no status")
    question = corrections.denied_question(parse)
    assert question and "could not tell whether claim NW-2026-0042 was denied" in question
    assert "--set claims.0.denied=true" in question
    from appealgen.api import decide

    text = format_explain(decide(parse))
    assert "Nothing was denied" not in text
    assert "could not tell whether claim" in " ".join(text.split())


def test_a_sure_paid_claim_says_nothing_was_denied(sample_case):
    parse = _paid_only(sample_case)
    assert corrections.denied_question(parse) is None  # conftest: sure of every value
    from appealgen.api import decide

    assert "Nothing was denied." in format_explain(decide(parse))


def test_a_claim_that_may_be_denied_gets_an_appeal_asked_about_first(sample_case, tmp_path):
    parse = _paid_only(sample_case)
    parse.evidence["claims.0.denied"] = Evidence(confidence=0.55, sure=False, reason="no status")
    parse.evidence["member.id"] = Evidence(confidence=0.5, sure=False, reason="no label")
    from appealgen.api import decide

    case = decide(parse)
    assert not parse.claims[0].denied  # the parse document given is not changed
    assert [d.kind for d in case.decision.documents][0] == "appeal"
    assert "written in case it was" in case.decision.warnings[0]
    written = render.generate(case, tmp_path)
    assert "could not tell whether claim NW-2026-0042 was denied" in written.warnings[0]
    appeal = tmp_path / written.case_id / "appeal.docx"
    assert appeal.exists()
    assert "NW-2026-0042" in doc_text(appeal)
    # the first check: was it denied at all; then why (no denial was read, so unsure)
    assert written.check[0].path == "claims.0.denied"
    assert written.check[0].label == corrections.DENIED_QUESTION
    assert written.check[1].path == "claims.0.denial.primary_category"
    assert "Nothing was denied" not in format_explain(case)
    # the person says it was paid: no letters, nothing asked
    paid = corrections.apply(parse, {"claims.0.denied": "false"})
    assert decide(paid).decision.documents == []


@pytest.mark.parametrize("voice", ["member", "provider"])
def test_the_cli_lists_checks_first(sample_case, sample_profile, tmp_path, voice, monkeypatch):
    from appealgen.cli import report_written

    sample_profile.member.id = None
    _unsure(sample_case, "member.id")
    written = render.generate(sample_case, tmp_path, sample_profile, voice=voice)
    import click

    lines: list[str] = []
    monkeypatch.setattr(click, "echo", lambda msg="", **kw: lines.append(str(msg)))
    report_written(written)
    out = "\n".join(lines)
    assert "Check before sending" in out
    assert "your member ID: the notice seems to say \u201cNWH884213907\u201d" in out
    if written.missing:
        assert out.index("Check before sending") < out.index("Fill in before sending")


def test_batch_marks_a_case_whose_letters_hold_placeholders(sample_case):
    from appealgen.batch import SummaryRow, sort_rows, summary_fields

    data = sample_case.to_dict()
    assert summary_fields(data)["review"] == []  # every fact sure
    _unsure(sample_case, "member.id")
    _unsure(sample_case, "claims.0.claim_number")
    fields = summary_fields(sample_case.to_dict())
    assert fields["review"] == ["member.id", "claims.0.claim_number"]
    rows = [
        SummaryRow(file="a.pdf", status="done", internal_appeal_deadline="2026-05-01"),
        SummaryRow(
            file="b.pdf", status="done", internal_appeal_deadline="2026-09-01", review=["member.id"]
        ),
    ]
    assert [r.file for r in sort_rows(rows)] == ["b.pdf", "a.pdf"]


def test_a_claim_only_maybe_denied_beside_a_denied_one_is_asked_about_not_argued(
    sample_case, tmp_path
):
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    maybe = Claim(
        claim_number="MAYBE-5511",
        patient_name="Rosa Alvarez",
        service_lines=[
            ServiceLine(
                date_of_service=date(2026, 1, 5),
                procedure_code="98960",
                billed=Decimal("90.00"),
                paid=Decimal("0.00"),
            )
        ],
        totals=Totals(billed=Decimal("90.00"), paid=Decimal("0.00")),
        denied=True,
    )
    parse.claims.append(maybe)
    read_surely(parse)
    parse.evidence["claims.1.denied"] = Evidence(
        confidence=0.55, sure=False, reason="decided from amounts that are not sure"
    )
    case = decide(parse)
    assert all(d.claim_numbers == ["NW-2026-0042"] for d in case.decision.documents)
    assert any(
        "could not tell whether claim MAYBE-5511 was denied too" in w
        for w in case.decision.warnings
    )
    written = render.generate(case, tmp_path)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    assert "NW-2026-0042" in text
    for fact in ("MAYBE-5511", "January 5, 2026", "98960"):
        assert fact not in text, fact
    # the person says it was denied: now it is argued too
    said = corrections.apply(parse, {"claims.1.denied": "true"})
    numbers = decide(said).decision.documents[0].claim_numbers
    assert "MAYBE-5511" in numbers


def _other_care(number: str, denied: bool) -> Claim:
    """A claim for care that is not lactation care (an office visit by a family doctor)."""
    from appealgen.models import Denial, Provider

    return Claim(
        claim_number=number,
        patient_name="Rosa Alvarez",
        provider=Provider(name="Northside Family Medicine"),
        service_lines=[
            ServiceLine(
                date_of_service=date(2026, 1, 7),
                procedure_code="99214",
                billed=Decimal("180.00"),
                paid=Decimal("0.00"),
            )
        ],
        totals=Totals(billed=Decimal("180.00"), paid=Decimal("0.00")),
        denied=denied,
        denial=Denial(reason_text="Not medically necessary.") if denied else None,
    )


def test_a_claim_maybe_denied_is_argued_when_the_only_sure_denial_is_other_care(
    sample_case, tmp_path
):
    """A surely denied office visit (no letter argues it) does not push the lactation
    claim the reader is unsure of out of the letters: it is written, asked about first."""
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    parse.claims.insert(0, _other_care("OTHER-7001", denied=True))
    read_surely(parse)
    parse.evidence["claims.1.denied"] = Evidence(
        confidence=0.55, sure=False, reason="decided from amounts that are not sure"
    )
    case = decide(parse)
    appeal = next(d for d in case.decision.documents if d.kind == "appeal")
    assert appeal.claim_numbers == ["NW-2026-0042"]
    assert case.decision.not_lactation_care[0]["claim_number"] == "OTHER-7001"
    written = render.generate(case, tmp_path)
    assert written.check[0].path == "claims.1.denied"
    assert "NW-2026-0042" in doc_text(tmp_path / written.case_id / "appeal.docx")


def test_several_claims_that_may_be_denied_state_no_claim_of_its_own(sample_case, tmp_path):
    """Two claims, neither read as denied surely (one of them paid): the appeal written in
    case lists both, so each one's number, patient, dates and codes are asked, not stated
    (a paid claim's number beside the denied one's is a wrong fact); one claim alone keeps
    its own facts."""
    from appealgen.api import decide

    parse = _paid_only(sample_case)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number, second.patient_name = "NW-2026-0043", "Lena Alvarez"
    second.service_lines[0].date_of_service = date(2026, 2, 20)
    parse.claims.append(second)
    read_surely(parse)
    for i in (0, 1):
        parse.evidence[f"claims.{i}.denied"] = Evidence(
            confidence=0.55, sure=False, reason="no status"
        )
    case = decide(parse)
    assert case.decision.documents[0].kind == "appeal"
    written = render.generate(case, tmp_path)
    appeal = tmp_path / written.case_id / "appeal.docx"
    text = doc_text(appeal)
    lines = {ln.partition(": ")[0]: ln.partition(": ")[2] for ln in text.splitlines()}
    assert lines["Claim number"] == "[the claim number]"
    stated = re.sub(r"\[[^\]]*\]", "", text)  # what a placeholder shows is asked, not said
    assert "NW-2026-0042" not in stated and "NW-2026-0043" not in stated
    for label in ("Patient", "Date of service", "Codes billed"):
        assert lines[label].startswith("["), (label, lines[label])
    asked = {c.path for c in written.check}
    assert {"claims.0.claim_number", "claims.1.claim_number", "claims.1.patient_name"} <= asked
    assert written.check[0].path.endswith(".denied")  # whether denied still comes first
    # the member's own facts are no claim's: still stated
    assert not lines["Member"].startswith("[")
    # one claim that may be denied: its own facts are its own, stated
    one = _paid_only(sample_case)
    one.evidence["claims.0.denied"] = Evidence(confidence=0.55, sure=False, reason="no status")
    case = decide(one)
    assert corrections.is_sure(case.parse, "claims.0.claim_number")


def test_a_claim_maybe_paid_is_asked_about_when_only_other_care_was_denied(sample_case):
    """Nothing denied but an office visit, and the lactation claim read as paid without
    sureness: its appeal is written in case it was denied, never "nothing to appeal"."""
    from appealgen.api import decide

    parse = _paid_only(sample_case)
    parse.claims.append(_other_care("OTHER-7001", denied=True))
    read_surely(parse)
    parse.evidence["claims.0.denied"] = Evidence(confidence=0.55, sure=False, reason="no status")
    case = decide(parse)
    assert [d.kind for d in case.decision.documents][0] == "appeal"
    assert case.decision.documents[0].claim_numbers == ["NW-2026-0042"]
    assert "could not tell whether claim NW-2026-0042 was denied" in case.decision.warnings[0]
    assert corrections.denied_question(case.parse)  # asked on every page that shows the case


def test_an_unsure_plan_type_is_asked_not_dropped(sample_case, tmp_path):
    """ "Plan: Northwind Choice" is not the plan "Northwind Choice (PPO)": a type read without
    sureness is a placeholder beside the sure name, asked before sending."""
    sample_case.parse.plan.name = "Northwind Choice"
    sample_case.parse.plan.type = "PPO"
    _unsure(sample_case, "plan.type")
    written = render.generate(sample_case, tmp_path)
    appeal = tmp_path / written.case_id / "appeal.docx"
    plan_line = next(ln for ln in doc_text(appeal).splitlines() if ln.startswith("Plan: "))
    assert plan_line == "Plan: Northwind Choice ([your plan's type])"
    assert any(c.path == "plan.type" for c in written.check)
    sample_case.parse.evidence["plan.type"] = Evidence(confidence=0.92, sure=True)
    written = render.generate(sample_case, tmp_path / "sure")
    text = doc_text(tmp_path / "sure" / written.case_id / "appeal.docx")
    assert "Plan: Northwind Choice (PPO)" in text


def test_a_claim_whose_patient_was_not_read_leaves_the_patient_line_asked(sample_case, tmp_path):
    """Two denied claims in one appeal, the patient of one read and of the other not: the
    names read are not all the letter's patients, so the line is asked, not stated short."""
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number, second.patient_name = "NW-2026-0043", None
    parse.claims.append(second)
    read_surely(parse)
    case = decide(parse)
    appeal = next(d for d in case.decision.documents if d.kind == "appeal")
    assert set(appeal.claim_numbers) == {"NW-2026-0042", "NW-2026-0043"}
    written = render.generate(case, tmp_path)
    path = tmp_path / written.case_id / "appeal.docx"
    patient_line = next(ln for ln in doc_text(path).splitlines() if ln.startswith("Patient: "))
    assert "[the patient's name]" in patient_line
    assert any(c.path == "claims.1.patient_name" for c in written.check)


def test_a_claim_whose_codes_were_not_read_leaves_the_codes_line_asked(sample_case, tmp_path):
    """Two denied claims in one appeal, the codes of one read and of the other not: the
    codes read are not all the letter's, so the line is asked, not stated short."""
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number = "NW-2026-0043"
    for line in second.service_lines:
        line.procedure_code, line.modifiers = None, []
    parse.claims.append(second)
    read_surely(parse)
    case = decide(parse)
    written = render.generate(case, tmp_path)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    codes_line = next(ln for ln in text.splitlines() if ln.startswith("Codes billed: "))
    assert "[the codes billed]" in codes_line
    assert any(
        c.path.startswith("claims.1.service_lines.") and c.path.endswith(".procedure_code")
        for c in written.check
    )


def test_codes_read_for_every_claim_of_the_letter_are_stated(sample_case, tmp_path):
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number = "NW-2026-0043"
    parse.claims.append(second)
    read_surely(parse)
    written = render.generate(decide(parse), tmp_path)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    codes_line = next(ln for ln in text.splitlines() if ln.startswith("Codes billed: "))
    assert "[" not in codes_line


def test_the_codes_read_are_asked_when_a_claim_has_no_service_line(sample_case):
    from appealgen.write.letters.sure import unread_in

    parse = copy.deepcopy(sample_case.parse)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number, second.service_lines = "NW-2026-0043", []
    parse.claims.append(second)
    asked = unread_in(parse, parse.claims, "procedure_code")
    assert asked and all(p.startswith("claims.0.service_lines.") for p in asked)
    assert unread_in(parse, parse.claims[:1], "procedure_code") == []


def test_a_claim_whose_dates_were_not_read_leaves_the_date_line_asked(sample_case, tmp_path):
    from appealgen.api import decide

    parse = copy.deepcopy(sample_case.parse)
    second = copy.deepcopy(parse.claims[0])
    second.claim_number = "NW-2026-0043"
    for line in second.service_lines:
        line.date_of_service = None
    parse.claims.append(second)
    read_surely(parse)
    written = render.generate(decide(parse), tmp_path)
    text = doc_text(tmp_path / written.case_id / "appeal.docx")
    dates_line = next(ln for ln in text.splitlines() if ln.startswith("Date of service: "))
    assert "[the date of the visit]" in dates_line
