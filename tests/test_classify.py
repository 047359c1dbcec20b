"""Denial classification: code meanings, phrase rules and the primary category."""

from __future__ import annotations

import pytest

from appealgen.models import CATEGORIES
from appealgen.read.classify import classify, phrase_categories


@pytest.mark.parametrize(
    ("reason", "carc", "rarc", "primary"),
    [
        pytest.param(None, ["CO-242"], [], "out_of_network", id="carc-242"),
        pytest.param(None, ["CO-170"], ["N95"], "provider_type", id="carc-170-n95"),
        pytest.param(None, ["CO-197"], [], "prior_authorization", id="carc-197"),
        pytest.param(None, ["CO-96"], ["N130"], "not_covered", id="carc-96-n130"),
        pytest.param(None, ["CO-204"], [], "not_covered", id="carc-204"),
        pytest.param(None, ["CO-49"], [], "not_covered", id="carc-49"),
        pytest.param(None, ["CO-50"], [], "medical_necessity", id="carc-50"),
        pytest.param(None, ["PR-1"], [], "cost_sharing", id="carc-1"),
        pytest.param(None, ["PR-3"], [], "cost_sharing", id="carc-3"),
        pytest.param(None, ["CO-4"], [], "coding", id="carc-4"),
        pytest.param(None, ["CO-16"], ["N290"], "coding", id="carc-16-n290"),
        pytest.param(None, ["CO-5"], [], "place_of_service", id="carc-5"),
        pytest.param(None, ["CO-58"], ["N428"], "place_of_service", id="carc-58-n428"),
        pytest.param(None, ["CO-119"], [], "frequency_limit", id="carc-119"),
        pytest.param(None, ["CO-151"], ["N435"], "frequency_limit", id="carc-151-n435"),
        pytest.param(None, ["CO-29"], [], "timely_filing", id="carc-29"),
        pytest.param(None, ["CO-27"], [], "eligibility", id="carc-27"),
        pytest.param(None, ["CO-31"], [], "eligibility", id="carc-31"),
        pytest.param(None, ["OA-22"], ["N179"], "coordination_of_benefits", id="carc-22-n179"),
        pytest.param(None, ["OA-18"], [], "duplicate", id="carc-18"),
        pytest.param(None, ["CO-B7"], [], "provider_type", id="carc-b7"),
        pytest.param(None, ["50"], [], "medical_necessity", id="bare-code"),
        pytest.param(None, [], ["N429"], "not_covered", id="rarc-n429"),
        pytest.param(None, [], ["N362"], "frequency_limit", id="rarc-n362"),
    ],
)
def test_codes(reason, carc, rarc, primary):
    cats, prim = classify(reason, carc, rarc)
    assert prim == primary
    assert cats[0] == primary


@pytest.mark.parametrize(
    ("reason", "category"),
    [
        ("This provider is not in your network.", "out_of_network"),
        ("Out-of-network provider", "out_of_network"),
        ("Services from a non-participating provider", "out_of_network"),
        ("Covered only when provided by your OB or pediatrician", "provider_type"),
        ("Provider type not eligible for this service", "provider_type"),
        ("Not a covered provider", "provider_type"),
        ("Prior authorization was not obtained", "prior_authorization"),
        ("Prior approval was not obtained", "prior_authorization"),
        ("Precertification was not obtained", "prior_authorization"),
        ("No referral on file", "prior_authorization"),
        ("Home visits are not covered", "place_of_service"),
        ("Not payable in this place of service", "place_of_service"),
        ("This is not a covered benefit", "not_covered"),
        ("Excluded under your plan", "not_covered"),
        ("Amount applied to your deductible", "cost_sharing"),
        ("Coinsurance amount", "cost_sharing"),
        ("Your copay", "cost_sharing"),
        ("Not medically necessary", "medical_necessity"),
        ("Invalid procedure code", "coding"),
        ("Incorrect diagnosis", "coding"),
        ("Visit limit reached for the year; benefit maximum", "frequency_limit"),
        ("Claim filed too late", "timely_filing"),
        ("Timely filing limit", "timely_filing"),
        ("Not eligible on date of service", "eligibility"),
        ("Coverage terminated 01/31/2026", "eligibility"),
        ("Other insurance is primary; coordination of benefits", "coordination_of_benefits"),
        ("Duplicate claim", "duplicate"),
        ("Provider type not authorized to bill this procedure code.", "provider_type"),
        ("Service exceeds the program limit for this recipient.", "frequency_limit"),
        ("Procedure code is not a covered program benefit.", "not_covered"),
        ("Prior authorization number missing or not on file.", "prior_authorization"),
        ("This service is not covered when it is given in your home.", "place_of_service"),
    ],
)
def test_phrases(reason, category):
    cats, primary = classify(reason, [], [])
    assert primary == category, cats


def test_specific_phrase_swallows_generic():
    assert phrase_categories("Home visits are not covered.") == ["place_of_service"]


def test_specific_reason_beats_generic_not_covered():
    # the contract's own example: CO-242 with N130 is out_of_network only
    cats, primary = classify("Services not covered", ["CO-242"], ["N130"])
    assert primary == "out_of_network"
    assert cats == ["out_of_network"]


def test_not_covered_code_is_kept_beside_a_specific_reason():
    cats, primary = classify(None, ["CO-204", "CO-242"], [])
    assert primary == "out_of_network"
    assert cats == ["out_of_network", "not_covered"]


def test_remark_code_alone_still_classifies():
    assert classify(None, [], ["N95"]) == (["provider_type"], "provider_type")


def test_payer_own_codes_through_explanations():
    cats, primary = classify(
        "See code 3F", [], [], codes_explained=["3F - This provider is not in your network"]
    )
    assert primary == "out_of_network"


def test_paid_line_with_patient_share_is_cost_sharing():
    cats, primary = classify(None, ["PR-2"], ["N130"], patient_share_only=True)
    assert primary == "cost_sharing"
    assert cats == ["cost_sharing"]  # N130 only refines the PR-2 reason


def test_patient_share_only_adds_cost_sharing():
    assert classify(None, [], [], patient_share_only=True) == (["cost_sharing"], "cost_sharing")


def test_other_only_when_nothing_else():
    assert classify("Something unusual happened", [], []) == (["other"], "other")
    cats, _ = classify(None, ["CO-A1"], ["N130"])
    assert "other" not in cats


def test_no_input():
    assert classify(None, [], []) == ([], None)
    assert classify("  ", [], [], codes_explained=[""]) == ([], None)


def test_pricing_adjustment_alone_is_other():
    assert classify(None, ["CO-45"], []) == (["other"], "other")


def test_unknown_codes_ignored():
    assert classify(None, ["CO-999", ""], ["N999"]) == (["other"], "other")


def test_categories_deduplicated_and_from_contract():
    cats, _ = classify(
        "Not in your network; out-of-network; deductible", ["CO-242", "CO-242", "PR-1"], ["N130"]
    )
    assert len(cats) == len(set(cats))
    assert set(cats) <= set(CATEGORIES)
    assert cats[0] == "out_of_network"


def test_procedure_codes_accepted():
    assert classify(None, ["CO-50"], [], procedure_codes=["S9443"])[1] == "medical_necessity"
