"""Who each letter speaks to, and what the appeal and the gap exception must ask for."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import docx
import pytest

from appealgen import api
from appealgen.write import render
from appealgen.write.profile import Profile

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ASKS_THE_PLAN = re.compile(r"ask the plan|plan to cover|please send (?:me|us)\b", re.I)


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.fixture(scope="module")
def final_cases():
    profile = dataclasses.replace(Profile(), stage="final_internal_denial")
    out = {}
    for name in ("northwind_eob_out_of_network.pdf", "keystone_medicaid_noabd.pdf"):
        out[name] = (api.decide(api.parse_file(SAMPLES / name), profile), profile)
    return out


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        ("northwind_eob_out_of_network.pdf", "external_review"),
        ("keystone_medicaid_noabd.pdf", "medicaid_fair_hearing"),
    ],
)
@pytest.mark.parametrize("voice", ["member", "provider"])
def test_letters_to_a_reviewer_or_hearing_officer_ask_the_plan_for_nothing(
    final_cases, tmp_path, sample, kind, voice
):
    case, profile = final_cases[sample]
    out = render.generate(case, tmp_path, profile, voice=voice)
    # the hearing office itself is asked for the case file before the hearing
    text = _text(out.case_dir / f"{kind}.docx").replace("Before the hearing, please send", "")
    assert not ASKS_THE_PLAN.search(text), ASKS_THE_PLAN.search(text)
    assert "claim file" not in text or kind == "medicaid_fair_hearing"
    # the appeal to the plan still asks it
    assert ASKS_THE_PLAN.search(_text(out.case_dir / "appeal.docx"))


def test_the_appeal_says_when_the_plan_must_decide_and_asks_for_the_criteria(tmp_path):
    case = api.decide(api.parse_file(SAMPLES / "summit_letter_medical_necessity.pdf"))
    out = render.generate(case, tmp_path)
    text = " ".join(_text(out.case_dir / "appeal.docx").split())
    assert "within 60 days" in text and "2560.503-1(i)(2)(iii)" in text
    assert "72 hours" in text and "deemed exhausted" in text
    assert "medical-necessity criteria" in text
    assert "2560.503-1(g)(1)(v)(B)" in text and "credentials" in text


def test_the_gap_exception_asks_for_a_single_case_agreement_and_the_rest_of_the_visits(
    tmp_path,
):
    case = api.decide(api.parse_file(SAMPLES / "northwind_eob_out_of_network.pdf"))
    out = render.generate(case, tmp_path)
    text = " ".join(_text(out.case_dir / "gap_exception.docx").split())
    assert "single-case agreement or at billed charges" in text
    assert "rest of the course of lactation visits" in text
    assert "evidence that the network could not provide" in text
