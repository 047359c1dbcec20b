"""A reason given as the notice's own whose words tell that the claim broke a rule of a
state it can be in (a limit met, a coverage ended, a deadline passed, a claim paid
before): read/reason_states.py, rules/phrases.yaml ``hints_tell`` and ``breach_words``.
The wordings are made up."""

from __future__ import annotations

import pytest

from appealgen.read.evidence_denial import category_sureness
from appealgen.read.reason_states import states_its_reason

TOLD = [
    ("MAX BENEFIT MET.", "frequency_limit"),
    ("Your coverage began after this date of service.", "eligibility"),
    ("The filing period for this date of service ended before we got the claim.", "timely_filing"),
    ("The claim came in late.", "timely_filing"),
    ("We already received this claim.", "duplicate"),
]


@pytest.mark.parametrize(("reason", "category"), TOLD)
def test_a_state_told_broken_names_its_reason_surely_under_its_heading(reason, category):
    read = category_sureness(reason, headed=True)
    assert read.primary == category and read.sure, read.evidence
    # the same words printed bare, with no heading nor a sentence saying why: a guess
    assert not category_sureness(reason).sure


@pytest.mark.parametrize(("reason", "category"), TOLD[:3])
def test_a_state_told_broken_explains_a_payer_s_code_or_the_non_covered_code(reason, category):
    keyed = category_sureness(reason, explained=[reason])
    assert keyed.primary == category and keyed.sure, keyed.evidence
    coded = category_sureness(reason, ["CO-96"])
    assert coded.primary == category and coded.sure, coded.evidence


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        # words of the state, and none that tells it broken
        ("The member's eligibility is under review.", "eligibility"),
        ("Our records show a second claim for the same visit.", "duplicate"),
        # a condition, a question
        ("If your coverage ended before this visit, please let us know.", "eligibility"),
        ("Did the claim come in late?", "timely_filing"),
        # a generic "not covered" beside it leaves the reason to the person
        ("Additional visits are not covered once the benefit is used up.", "frequency_limit"),
        # words of a state that tells nothing of its own ("network" is named to be denied)
        ("Your network provider sent this claim after the visit.", "out_of_network"),
    ],
)
def test_words_of_a_state_not_told_broken_stay_a_guess(reason, category):
    assert not states_its_reason(reason, category)
    assert not category_sureness(reason, headed=True).sure


def test_words_of_two_reasons_tell_neither():
    reason = "The claim came in late, and the limit of visits was met."
    assert not states_its_reason(reason, "timely_filing")
    assert not category_sureness(reason, headed=True).sure


@pytest.mark.parametrize(
    "reason",
    [
        "Your provider's enrollment with Medicaid ended before the visit.",
        "Enrollment for this provider ended.",
    ],
)
def test_a_provider_s_enrollment_that_ended_is_no_member_s_eligibility(reason):
    read = category_sureness(reason, headed=True)
    assert not (read.primary == "eligibility" and read.sure)
    assert category_sureness("Your enrollment ended before the visit.", headed=True).sure
