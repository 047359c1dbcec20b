"""What a notice decides (its stage), read from what it says it decides, not from the
appeal-rights boilerplate about later steps."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from appealgen.decide.facts import choose_stage, read_stage
from appealgen.models import STAGES

FIRST = [
    "You may file a civil action under section 502(a) of ERISA after you have exhausted "
    "the plan's appeal process.",
    "You have the right to bring a civil action under section 502(a) of ERISA following an "
    "adverse benefit determination on review.",
    "If your appeal is denied, you will receive a final adverse benefit determination.",
    "You may request an external review within four months of receiving a final internal "
    "adverse benefit determination.",
    "Requests for external review must be filed within 4 months after the date of receipt of "
    "a final internal adverse benefit determination.",
    "Once you have exhausted all internal appeals, you may ask for an independent review.",
    "If we deny your appeal, you will receive a final internal adverse determination.",
    "We will send you a decision on your appeal within 30 days of receiving it.",
    "This decision is final unless you ask for an appeal within 180 days.",
    "If the independent review organization upheld or overturned a decision, the plan follows it.",
    "A hearing officer from the state agency will decide your case if you ask for a hearing.",
    "Services not provided by network providers.",
    "You have 180 days from the date of this notice to appeal. Upon receipt of a final "
    "adverse determination, you may request an external review.",
]
LATER = [
    (
        "Your appeal has been reviewed. This is a final internal adverse benefit determination.",
        "final_internal_denial",
    ),
    ("We have upheld our original decision.", "final_internal_denial"),
    ("This letter is the decision on your second-level appeal.", "final_internal_denial"),
    ("Claim upheld on appeal.", "final_internal_denial"),
    (
        "We received your appeal on May 1, 2026 and have upheld our original denial.",
        "final_internal_denial",
    ),
    ("NOTICE OF FINAL INTERNAL ADVERSE BENEFIT DETERMINATION", "final_internal_denial"),
    (
        "Because you have exhausted the plan's internal appeals, you may now request an "
        "external review.",
        "final_internal_denial",
    ),
    (
        "The independent review organization (IRO) has upheld the plan's decision.",
        "external_review_decision",
    ),
    (
        "This is the external review decision on your request. The plan's final internal "
        "adverse benefit determination is upheld.",
        "external_review_decision",
    ),
    (
        "After the fair hearing held on June 3, 2026, the hearing officer sustains the "
        "agency's action.",
        "fair_hearing_decision",
    ),
]


@pytest.mark.parametrize("text", FIRST, ids=[f"first-{i}" for i in range(len(FIRST))])
def test_boilerplate_about_later_rights_is_a_first_denial(text):
    assert read_stage(text) == ("first_denial", None)


@pytest.mark.parametrize(("text", "stage"), LATER, ids=[s for _, s in LATER])
def test_what_the_notice_decides(text, stage):
    got, sentence = read_stage(text)
    assert got == stage and sentence


@pytest.mark.parametrize("stage", STAGES)
def test_the_profile_or_a_correction_sets_the_stage(stage):
    got, reason = choose_stage(LATER[0][0], SimpleNamespace(stage=stage))
    assert got == stage and "says" in reason


def test_the_older_profile_flag_still_counts():
    assert (
        choose_stage("", SimpleNamespace(final_internal_denial=True))[0] == "final_internal_denial"
    )
    assert choose_stage(LATER[0][0], SimpleNamespace(final_internal_denial=False))[0] == (
        "first_denial"
    )


def test_profile_rejects_an_unknown_stage():
    from appealgen.errors import ProfileError
    from appealgen.write.profile import profile_from_dict

    assert profile_from_dict({"stage": "fair_hearing_decision"}).stage == "fair_hearing_decision"
    with pytest.raises(ProfileError, match="stage"):
        profile_from_dict({"stage": "final"})
