"""The letters: each document kind rendered and read back with python-docx."""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx_text import doc_text
from lxml import etree

from appealgen.errors import TemplateError
from appealgen.models import DOCUMENT_KINDS
from appealgen.write import render
from appealgen.write.profile import Profile
from appealgen.write.templates import TEMPLATE_KINDS, default_templates_dir

TEMPLATES_SRC = Path(__file__).resolve().parent.parent / "templates"


@pytest.fixture
def written(sample_case, sample_profile, tmp_path):
    return render.generate(sample_case, tmp_path, sample_profile, voice="member")


# What each document must say, beyond the member's name (all of them say that)
CLAIM_DOCS = {
    "appeal",
    "gap_exception",
    "state_complaint",
    "ebsa_request",
    "medicaid_fair_hearing",
    "external_review",
    "employer_letter",
    "call_script",
    "corrected_claim_request",
}
ARGUMENT_DOCS = {
    "appeal",
    "gap_exception",
    "state_complaint",
    "ebsa_request",
    "medicaid_fair_hearing",
    "external_review",
    "employer_letter",
}
CODES_DOCS = {
    "appeal",
    "gap_exception",
    "state_complaint",
    "ebsa_request",
    "medicaid_fair_hearing",
    "external_review",
    "employer_letter",
    "call_script",
}
RECIPIENT = {
    "appeal": "Northwind Health Plan",
    "gap_exception": "Northwind Health Plan",
    "state_complaint": "Massachusetts Division of Insurance",
    "ebsa_request": "Employee Benefits Security Administration",
    "medicaid_fair_hearing": "fair hearing",
    "external_review": "external review",
    "employer_letter": "Acme Benefits Office",
    "legislator_letter": "Sen. Pat Rivera",
    "call_script": "Northwind Health Plan",
    "physician_request": "Dr. Chris Park",
    "corrected_claim_request": "billing office",
}


@pytest.mark.parametrize("kind", [*DOCUMENT_KINDS, "physician_request"])
def test_each_document_kind_says_what_the_case_holds(kind, written):
    path = written.case_dir / f"{kind}.docx"
    assert path in written.files
    text = doc_text(path)
    assert "Rosa Alvarez" in text
    assert RECIPIENT[kind] in text
    if kind in CLAIM_DOCS:
        assert "NW-2026-0042" in text
    if kind in CODES_DOCS:
        assert "S9443" in text and "99403" in text and "Z39.1" in text
    if kind in ARGUMENT_DOCS:
        assert "45 CFR 147.130(a)(3)(ii)" in text
        assert "42 U.S.C. 300gg-13(a)(4)" in text
        if kind == "employer_letter":  # the knowledge base's text for an employer
            assert "must cover an out-of-network lactation provider with no cost sharing" in text
        else:
            assert "may not charge cost sharing" in text
            # two paragraphs of one argument stay two paragraphs
            assert "The current guideline names comprehensive lactation support" in text
    if kind not in (
        "call_script",
        "legislator_letter",
        "physician_request",
        "corrected_claim_request",
    ):
        assert "Enclosures" in text and "Superbill or receipt from Maya Chen" in text
    assert "None" not in text and "{{" not in text and "{%" not in text
    if kind == "medicaid_fair_hearing":  # the sample's venue is a state regulator, not Medicaid
        text = text.replace("[your state Medicaid agency's fair hearing office]", "").replace(
            "[the fair hearing address printed on your notice]", ""
        )
    assert "[" not in text, "a full profile leaves no placeholder"


def test_appeal_reads_like_a_letter(written):
    text = doc_text(written.case_dir / "appeal.docx")
    for expected in (
        "12 Elm Street",
        "Attn: Appeals",
        "PO Box 1000",
        "RE: Appeal of denied claim",
        "February 11, 2026 and February 18, 2026",
        "$425.00",
        "Dear Appeals Reviewer:",
        "Services not provided by network providers",
        "August 29, 2026",
        "Documents requested",
        "complete claim file",
        "Sincerely,",
    ):
        assert expected in text, expected
    assert "2560.503-1" in text  # the rule relied on for the claim file


def test_legislator_letter_asks_for_a_policy_change(written):
    text = doc_text(written.case_dir / "legislator_letter.docx")
    assert "Dear Sen. Pat Rivera:" in text
    assert "Massachusetts" in text and "licensing of lactation consultants" in text
    assert "Why the claim should be paid" not in text


def test_call_script_has_questions_pushback_escalation_and_log(written):
    d = docx.Document(str(written.case_dir / "call_script.docx"))
    text = doc_text(written.case_dir / "call_script.docx")
    for expected in (
        "gap exception",
        "health concierge",
        "Only your OB or pediatrician",
        "You needed prior approval",
        "Home visits are not covered",
        "wrong code",
        "supervisor",
        "reverse any claims",
        "Massachusetts Division of Insurance",
        "S9443 or 99401\u201399404 with diagnosis Z39.1",
        "Ask for the list of in-network IBCLCs near you.",
    ):
        assert expected in text, expected
    log = d.tables[-1]
    assert [c.text for c in log.rows[0].cells] == [
        "Date",
        "Representative",
        "Reference number",
        "What was said",
    ]
    assert len(log.rows) >= 7  # header + blank rows to fill in


def test_case_json_is_the_case(written, sample_case):
    data = json.loads((written.case_dir / "case.json").read_text(encoding="utf-8"))
    # beside the case, each value as written: an edited case.json shows what was changed
    assert data.pop("as_read")["member.id"] == sample_case.parse.member.id
    assert data == json.loads(json.dumps(sample_case.to_dict()))
    assert written.case_id == sample_case.case_id == written.case_dir.name


def test_enclosure_checklist_is_returned(written):
    joined = " | ".join(written.enclosures)
    for expected in (
        "Explanation of Benefits",
        "Superbill",
        "IBCLC credential of Maya Chen and NPI 1234567893",
        "letter of medical necessity",
        "in-network providers contacted",
    ):
        assert expected in joined


def test_escaping_user_text_comes_out_literally(sample_case, sample_profile, tmp_path):
    tricky = 'Zo\u00eb O\'Brien & <Co> "quoted"'
    profile = dataclasses.replace(
        sample_profile,
        member=dataclasses.replace(sample_profile.member, name=tricky),
        baby=dataclasses.replace(sample_profile.baby, name="{{ 7*7 }} {% if x %}"),
    )
    sample_case.parse.member.name = None  # the profile's name is used
    sample_case.parse.claims[0].denial.reason_text = "Denied <b>per</b> policy & {{ config }}"
    result = render.generate(sample_case, tmp_path, profile)
    for path in result.files:
        if path.suffix != ".docx":
            continue
        with zipfile.ZipFile(path) as z:
            etree.fromstring(z.read("word/document.xml"))  # strict parse: the XML is valid
        text = doc_text(path)
        assert tricky in text, path.name
        assert "49" not in text
    appeal = doc_text(result.case_dir / "appeal.docx")
    assert "Denied <b>per</b> policy & {{ config }}" in appeal
    physician = doc_text(result.case_dir / "physician_request.docx")
    assert "{{ 7*7 }} {% if x %}" in physician


def test_control_characters_are_dropped_not_fatal(sample_case, tmp_path):
    profile = Profile()
    profile.member.name = "Ana\x00\x07 Lee\ue000"
    result = render.generate(sample_case, tmp_path, profile)
    assert "Ana Lee" in doc_text(result.case_dir / "appeal.docx").replace("Rosa Alvarez", "")


def test_missing_values_become_listed_highlighted_placeholders(sample_case, tmp_path):
    sample_case.parse.member.id = None
    result = render.generate(sample_case, tmp_path, None)
    assert "your phone number" in result.missing
    assert "your member ID" in result.missing
    assert "your mailing address" in result.missing
    assert len(result.missing) == len(set(result.missing))
    appeal = result.case_dir / "appeal.docx"
    text = doc_text(appeal)
    assert "[your phone number]" in text and "[your member ID]" in text
    for path in result.files:
        if path.suffix == ".docx":
            body = doc_text(path)
            assert "None" not in body and "\ue000" not in body, path.name
    # the placeholder is its own highlighted run
    d = docx.Document(str(appeal))
    runs = [r for p in d.paragraphs for r in p.runs if r.text == "[your phone number]"]
    assert runs and all(r.font.highlight_color is not None for r in runs)


def test_provider_voice_adds_the_designation(sample_case, sample_profile, tmp_path):
    result = render.generate(sample_case, tmp_path, sample_profile, voice="provider")
    names = [p.name for p in result.files]
    assert "authorized_representative.docx" in names
    designation = doc_text(result.case_dir / "authorized_representative.docx")
    assert "Rosa Alvarez" in designation and "Harbor Lactation Care" in designation
    assert "NW-2026-0042" in designation
    appeal = doc_text(result.case_dir / "appeal.docx")
    assert "authorized representative of Rosa Alvarez" in appeal
    assert "Tax ID 12-3456789" in appeal and "NPI 1234567893" in appeal
    assert "Signed designation of authorized representative" in appeal


# First-person words of the member, which must not appear where the practice writes
MEMBER_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")


@pytest.mark.parametrize("key", ["text_provider", "text_prospective_provider"])
def test_provider_voice_argument_texts_are_not_in_the_members_words(key):
    from appealgen import knowledge

    for arg in knowledge.arguments().values():
        text = arg[key]
        if key == "text_prospective_provider" and not text:
            continue
        assert not MEMBER_FIRST_PERSON.search(text), (arg["id"], MEMBER_FIRST_PERSON.search(text))


def test_prospective_arguments_have_text_before_any_claim():
    from appealgen import knowledge

    args = knowledge.arguments()
    for aid in render.PROSPECTIVE_ARGUMENTS:
        for key in ("text_prospective", "text_prospective_provider"):
            text = args[aid][key].lower()
            assert text, (aid, key)
            for word in ("reprocess", "this claim", "denial", "denied"):
                assert word not in text, (aid, key, word)


def test_provider_voice_appeal_speaks_for_the_patient(sample_case, sample_profile, tmp_path):
    member = render.generate(sample_case, tmp_path / "m", sample_profile, voice="member")
    provider = render.generate(sample_case, tmp_path / "p", sample_profile, voice="provider")
    text = doc_text(provider.case_dir / "appeal.docx")
    for phrase in ("to me", " my ", "at no cost to me", "I ask the plan", "my baby"):
        assert phrase not in text, phrase
    assert "We write as the authorized representative of Rosa Alvarez" in text
    assert "our patient" in text and "may not charge the member any cost sharing" in text
    # the same law: every citation of the member's letter is in the practice's letter
    for cite in (
        "45 CFR 147.130(a)(3)(ii)",
        "42 U.S.C. 300gg-13(a)(4)",
        "FAQs about ACA Implementation Part XII, Q3",
    ):
        assert cite in text, cite
    assert [e for e in provider.enclosures if "authorized representative" not in e] == (
        member.enclosures
    )
    # every other letter with arguments reads the same way
    for kind in ("gap_exception", "state_complaint", "external_review", "employer_letter"):
        body = doc_text(provider.case_dir / f"{kind}.docx")
        assert "to me" not in body and " my " not in body, kind


def test_member_voice_keeps_the_decisions_own_text(written):
    text = doc_text(written.case_dir / "appeal.docx")
    assert "may not charge cost sharing for it." in text  # the decision's text, as given


@pytest.mark.parametrize("voice", ["member", "provider"])
def test_prospective_gap_exception_talks_of_no_claim(voice, sample_profile, tmp_path):
    result = render.prepare(sample_profile, tmp_path, voice=voice)
    text = doc_text(result.case_dir / "gap_exception.docx")
    lowered = text.lower()
    for word in ("reprocess", "this claim", "denial", "denied"):
        assert word not in lowered, word
    assert "before the visit" in text
    assert "45 CFR 147.130(a)(3)(ii)" in text
    assert "Maya Chen, IBCLC" in text and "North Clinic lactation service" in text
    if voice == "provider":
        assert "our patient" in text and " my " not in text and "to me" not in text
    script = doc_text(result.case_dir / "call_script.docx").lower()
    assert "reprocess" not in script and "denied" not in script


def test_provider_named_as_a_practice_is_not_asked_for_credentials(sample_case, tmp_path):
    sample_case.parse.claims[0].provider.name = "Ohio Valley Lactation Collaborative"
    result = render.generate(sample_case, tmp_path, None, voice="provider")
    text = doc_text(result.case_dir / "appeal.docx")
    assert "[the IBCLC's credentials]" not in text
    assert "by Ohio Valley Lactation Collaborative." in text
    assert "Ohio Valley Lactation Collaborative, provided" not in text
    assert "[the practice's name]" not in text  # the practice is the one on the claim


def test_sources_line_has_one_full_stop(sample_case, tmp_path):
    sample_case.decision.arguments[1].citations.append("42 CFR 431.200 et seq.")
    result = render.generate(sample_case, tmp_path, None)
    text = doc_text(result.case_dir / "appeal.docx")
    assert "et seq.." not in text and "42 CFR 431.200 et seq." in text


def test_member_voice_has_no_designation(written):
    assert not (written.case_dir / "authorized_representative.docx").exists()


def test_unknown_voice_is_refused(sample_case, tmp_path):
    with pytest.raises(TemplateError):
        render.generate(sample_case, tmp_path, None, voice="lawyer")


def test_failure_midway_leaves_no_case_folder(sample_case, tmp_path, monkeypatch):
    calls = []
    real = render.render_docx

    def flaky(template, ctx, dest):
        calls.append(template)
        if len(calls) == 3:
            raise TemplateError("boom")
        real(template, ctx, dest)

    monkeypatch.setattr(render, "render_docx", flaky)
    with pytest.raises(TemplateError):
        render.generate(sample_case, tmp_path, None)
    assert list(tmp_path.iterdir()) == []


def test_existing_folder_is_replaced_only_on_success(sample_case, tmp_path, monkeypatch):
    first = render.generate(sample_case, tmp_path, None)
    marker = first.case_dir / "old.txt"
    marker.write_text("old")
    monkeypatch.setattr(render, "render_docx", lambda *a: (_ for _ in ()).throw(TemplateError("x")))
    with pytest.raises(TemplateError):
        render.generate(sample_case, tmp_path, None)
    assert marker.exists()  # the finished folder survived the failed run
    monkeypatch.undo()
    render.generate(sample_case, tmp_path, None)
    assert not marker.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [sample_case.case_id]


def test_templates_found_through_the_package():
    folder = default_templates_dir()
    for kind in TEMPLATE_KINDS:
        assert (folder / f"{kind}.docx").is_file()


def test_committed_templates_match_the_builder():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_templates", TEMPLATES_SRC / "build_templates.py"
    )
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    assert set(builder.TEMPLATES) == set(TEMPLATE_KINDS)
    for kind in TEMPLATE_KINDS:
        assert builder.build_one(kind) == (TEMPLATES_SRC / f"{kind}.docx").read_bytes(), (
            f"{kind}.docx is stale: run python templates/build_templates.py"
        )


def test_write_modules_do_not_import_click():
    import subprocess
    import sys

    code = (
        "import sys, appealgen.write.render, appealgen.write.convert, "
        "appealgen.write.templates, appealgen.write.profile; "
        "sys.exit(1 if 'click' in sys.modules else 0)"
    )
    # appealgen/__init__ imports api only, which must not pull in click
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --------------------------------------------------------------------------
# Voices of the call script, audiences of the arguments


def _case_with_arguments(sample_case, ids, funding="self_funded"):
    """The sample case, its plan funded as given, arguing the knowledge base's ``ids``."""
    from appealgen import knowledge
    from appealgen.decide.arguments import resolve_citations
    from appealgen.models import ArgumentChoice

    table = knowledge.arguments()
    choices = []
    for aid in ids:
        names, urls = resolve_citations(table[aid]["citations"], ("erisa",))
        choices.append(
            ArgumentChoice(
                id=aid,
                answers=list(table[aid]["answers"]),
                citations=names,
                citation_urls=urls,
                title=table[aid]["title"],
                text=table[aid]["text"],
            )
        )
    case = dataclasses.replace(
        sample_case, decision=dataclasses.replace(sample_case.decision, arguments=choices)
    )
    case.parse.plan.funding = funding
    return case


def test_every_call_point_has_the_practices_words():
    from types import SimpleNamespace

    from appealgen import knowledge
    from appealgen.decide.arguments import call_points
    from appealgen.models import ArgumentChoice

    chosen = [ArgumentChoice(id=aid) for aid in knowledge.arguments()]
    for funding in ("self_funded", "medicare"):
        facts = SimpleNamespace(funding=funding)
        member = call_points(facts, chosen)
        provider = call_points(facts, chosen, "provider")
        assert any("my plan" in p for p in member)  # the member's own words stay hers
        for point in provider:
            assert "my plan" not in point and "my claim" not in point, point
            assert not MEMBER_FIRST_PERSON.search(point), point
        assert len(provider) == len(member)


def test_provider_call_script_speaks_for_the_practice(sample_case, sample_profile, tmp_path):
    from appealgen.decide import decide

    case = decide(sample_case.parse, sample_profile)
    assert case.decision.call_points_provider
    assert any("my plan" in p or " me " in p for p in case.decision.call_points)
    provider = render.generate(case, tmp_path / "p", sample_profile, voice="provider")
    text = doc_text(provider.case_dir / "call_script.docx")
    assert "Points for this denial" in text
    for phrase in ("my plan", "my claim", "near me", "can see me", "send me"):
        assert phrase not in text, phrase
    assert "near the member" in text
    member = render.generate(case, tmp_path / "m", sample_profile, voice="member")
    assert "near me" in doc_text(member.case_dir / "call_script.docx")


PLAN_ONLY_AND_COVERAGE = (
    "medical_management_limits",
    "full_and_fair_review",
    "preventive_lactation_coverage",
    "no_in_network_provider",
    "duration_of_breastfeeding",
    "timely_filing_review",
)


@pytest.mark.parametrize("voice", ["member", "provider"])
def test_employer_letter_argues_coverage_only(voice, sample_case, sample_profile, tmp_path):
    from appealgen import knowledge

    case = _case_with_arguments(sample_case, PLAN_ONLY_AND_COVERAGE)
    result = render.generate(case, tmp_path, sample_profile, voice=voice)
    text = doc_text(result.case_dir / "employer_letter.docx")
    args = knowledge.arguments()
    for aid in (
        "medical_management_limits",
        "preventive_lactation_coverage",
        "no_in_network_provider",
        "duration_of_breastfeeding",
    ):
        assert args[aid]["title"] in text, aid
        assert args[aid]["text_employer"][:60] in text, aid
    for aid in ("full_and_fair_review", "timely_filing_review"):
        assert args[aid]["title"] not in text, aid
    lowered = text.lower()
    for phrase in (
        "claim file",
        "exception request",
        "treat this appeal",
        "this appeal",
        "i ask the plan",
        "we ask the plan",
        "reprocess",
    ):
        assert phrase not in lowered, phrase
    assert "home visits" in lowered
    # the appeal to the plan keeps every argument, the claim-file request included
    appeal = doc_text(result.case_dir / "appeal.docx")
    for aid in PLAN_ONLY_AND_COVERAGE:
        assert args[aid]["title"] in appeal, aid


@pytest.mark.parametrize("kind", ["ebsa_request", "state_complaint"])
def test_regulator_letters_leave_out_requests_to_the_plan(
    kind, sample_case, sample_profile, tmp_path
):
    from appealgen import knowledge

    case = _case_with_arguments(sample_case, PLAN_ONLY_AND_COVERAGE)
    result = render.generate(case, tmp_path, sample_profile, voice="member")
    text = doc_text(result.case_dir / f"{kind}.docx")
    args = knowledge.arguments()
    assert args["no_in_network_provider"]["title"] in text
    assert args["full_and_fair_review"]["title"] not in text
    assert args["timely_filing_review"]["title"] not in text
    assert "claim file" not in text.lower()


@pytest.mark.parametrize("voice", ["member", "provider"])
def test_legislator_letter_has_policy_points_only(voice, sample_case, sample_profile, tmp_path):
    from appealgen import knowledge

    case = _case_with_arguments(sample_case, PLAN_ONLY_AND_COVERAGE)
    result = render.generate(case, tmp_path, sample_profile, voice=voice)
    text = doc_text(result.case_dir / "legislator_letter.docx")
    for arg in knowledge.arguments().values():
        assert arg["title"] not in text, arg["id"]
    lowered = text.lower()
    for phrase in ("sources:", "claim file", "reprocess", "exception request", "cfr"):
        assert phrase not in lowered, phrase
    assert "licensing of lactation consultants" in text
    assert "home visits included" in text


def test_physician_request_in_provider_voice_names_the_claims_patient(
    sample_case, sample_profile, tmp_path
):
    sample_profile.baby.name = None
    sample_profile.baby.birth_date = None
    result = render.generate(sample_case, tmp_path, sample_profile, voice="provider")
    text = doc_text(result.case_dir / "physician_request.docx")
    assert "baby's name" not in text
    assert "Patient: Rosa Alvarez" in text
    assert "caring for your patient Rosa Alvarez." in text
    assert "baby's name" not in " ".join(result.missing)
