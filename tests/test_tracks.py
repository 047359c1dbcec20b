"""Plan types and their tracks: grandfathered, Medicaid (managed care and fee-for-service),
governmental, church, FEHB, TRICARE, short-term and Medicare, each from data/tracks.yaml."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from appealgen import knowledge
from appealgen.decide import decide
from appealgen.models import FUNDING_KINDS, VENUE_KINDS
from appealgen.write import render
from appealgen.write.profile import PlanInfo, Profile
from tests.test_decide import make_result
from tests.test_render import doc_text

FINAL = "Your appeal has been reviewed. This is a final internal adverse benefit determination."
GRANDFATHERED = (
    "This plan believes it is a grandfathered health plan under the Affordable Care Act."
)
# What an ACA citation looks like in a letter: the statute, its regulations, the FAQs, the name
ACA_CITATION = re.compile(
    r"300gg|§\s?27\d\d|147\.1[34]\d|2590\.715|54\.9815|156\.115|Affordable Care Act|\bACA\b|"
    r"FAQs about Affordable Care Act|HRSA",
)


def _ids(case) -> list[str]:
    return [a.id for a in case.decision.arguments]


def _kinds(case) -> list[str]:
    return [d.kind for d in case.decision.documents]


# --------------------------------------------------------------------------
# The data


def test_every_funding_has_a_default_track_and_known_venue() -> None:
    table = knowledge.tracks()
    for funding in FUNDING_KINDS:
        defaults = [t for t in table.values() if t["funding"] == funding and t["default"]]
        assert len(defaults) == 1, funding
    venues = knowledge.federal_venues()
    for t in table.values():
        if t["venue"] != "state_regulator":
            assert venues[t["venue"]]["kind"] in (*VENUE_KINDS, "external_review"), t["id"]


def test_tracks_without_the_aca_get_no_aca_argument() -> None:
    no_aca = {t["funding"] for t in knowledge.tracks().values() if not t["aca_preventive"]}
    assert {"medicare", "fehb", "tricare", "short_term", "medicaid"} <= no_aca
    aca = {"phs_2713", "phs_2713_a1", "phs_2713_a4", "prev_reg_a1iv", "prev_reg_a3ii"}
    for arg in knowledge.arguments().values():
        reaches = set(arg["applies_when"]["funding"]) & (no_aca - {"medicaid"})
        if reaches:
            assert not set(arg["citations"]) & aca, arg["id"]


# --------------------------------------------------------------------------
# Grandfathered plans


@pytest.mark.parametrize("funding", ["fully_insured", "self_funded", "governmental", "unknown"])
def test_grandfathered_final_denial_demands_proof_first_and_no_external_review(
    funding: str,
) -> None:
    result = make_result("out_of_network", funding, reason=f"{FINAL} {GRANDFATHERED}")
    case = decide(result)
    d = case.decision
    assert d.final_internal_denial
    assert _ids(case)[0] == "grandfathered_proof"
    assert "external_review_right" not in _ids(case)
    assert "external_review" not in _kinds(case)
    assert d.deadlines.external_review is None
    assert "147.136(a)(1)" in d.deadlines.reasons["external_review"]
    assert "45 CFR 147.140" in d.arguments[0].citations or "29 CFR 2590.715-1251" in (
        d.arguments[0].citations
    )


def test_grandfathered_proof_conditions_the_aca_points_that_follow() -> None:
    profile = SimpleNamespace(grandfathered=True)
    case = decide(make_result("not_covered", "fully_insured"), profile)
    first = case.decision.arguments[0]
    assert first.id == "grandfathered_proof"
    assert "Unless the plan shows that it is grandfathered" in " ".join(first.text.split())
    assert "preventive_lactation_coverage" in _ids(case)[1:]


def test_not_grandfathered_final_denial_keeps_external_review() -> None:
    case = decide(make_result("out_of_network", "fully_insured", reason=FINAL))
    assert "external_review" in _kinds(case) and "grandfathered_proof" not in _ids(case)


# --------------------------------------------------------------------------
# Medicaid: managed care, fee-for-service, and not known


def _medicaid(category: str = "not_covered", plan_type: str | None = None, **kw):
    profile = SimpleNamespace(plan=SimpleNamespace(type=plan_type, funding=None))
    return decide(make_result(category, "medicaid", **kw), profile)


def test_medicaid_fee_for_service_goes_straight_to_a_fair_hearing() -> None:
    case = _medicaid(plan_type="fee-for-service")
    d = case.decision
    assert d.track == "medicaid_fee_for_service"
    assert d.deadlines.internal_appeal is None
    assert "no plan appeal" in d.deadlines.reasons["internal_appeal"]
    # at most 90 days from the mailing (42 CFR 431.221(d)): the state's date governs
    assert d.deadlines.fair_hearing is None
    reason = d.deadlines.reasons["fair_hearing"]
    assert "431.221(d)" in reason and "2026-05-31" in reason and "may allow" in reason
    assert "medicaid_fair_hearing" in _kinds(case)
    assert any("fee-for-service Medicaid" in w for w in d.warnings)
    assert "gap_exception" not in _kinds(_medicaid("out_of_network", "fee-for-service"))


def test_medicaid_fee_for_service_printed_hearing_deadline_wins() -> None:
    text = "You may ask for a fair hearing within 30 days of the date of this notice."
    case = _medicaid(plan_type="fee for service", notice_text=text)
    assert case.decision.deadlines.fair_hearing == date(2026, 4, 1)


def test_medicaid_managed_care_appeals_to_the_plan_first() -> None:
    case = _medicaid(plan_type="Managed care")
    d = case.decision
    assert d.track == "medicaid_managed_care"
    assert d.deadlines.internal_appeal == date(2026, 5, 1)  # 60 days
    assert d.deadlines.fair_hearing is None  # after the plan's appeal decision
    final = _medicaid(plan_type="HMO", reason=FINAL).decision
    assert final.deadlines.fair_hearing == date(2026, 6, 30)  # 120 days


def test_medicaid_plan_type_from_the_notice() -> None:
    result = make_result("not_covered", "medicaid")
    result.plan.type = "HMO"
    assert decide(result).decision.track == "medicaid_managed_care"
    result = make_result(
        "not_covered", "medicaid", notice_text="Medicaid fee-for-service claim determination."
    )
    assert decide(result).decision.track == "medicaid_fee_for_service"


def test_medicaid_delivery_unknown_says_both_paths() -> None:
    d = _medicaid().decision
    assert d.track == "medicaid"
    assert any("managed-care plan or paid by the state agency" in w for w in d.warnings)


def test_medicaid_network_gap_cites_the_managed_care_rule_not_the_commercial_one() -> None:
    case = _medicaid("out_of_network", "managed care")
    assert _ids(case)[0] == "medicaid_network_gap"
    cites = [c for a in case.decision.arguments for c in a.citations]
    assert "42 CFR 438.206(b)(4)–(5)" in cites
    assert not [c for c in cites if "147.130" in c or "2590.715" in c or "FAQs" in c]
    assert "gap_exception" in _kinds(case)


def test_medicaid_provider_type_asks_for_an_enrolled_licensed_provider_not_a_gap() -> None:
    case = _medicaid("provider_type", "managed care")
    assert _ids(case)[0] == "medicaid_enrolled_provider"
    text = case.decision.arguments[0].text
    assert "registered nurses" in text and "nurse-midwives" in text
    assert "gap_exception" not in _kinds(case)
    assert any("--legislator" in s for s in case.decision.suggestions)


def test_medicaid_deductible_gets_the_medicaid_cost_sharing_rules() -> None:
    case = _medicaid("cost_sharing", "managed care")
    assert _ids(case)[0] == "medicaid_cost_sharing_limits"
    cites = [c for a in case.decision.arguments for c in a.citations]
    assert "42 CFR 447.50–447.57" in cites
    assert not [c for c in cites if "147.130" in c or "300gg" in c]
    assert "no_cost_sharing_preventive" not in _ids(case)


# --------------------------------------------------------------------------
# Governmental, church, FEHB, TRICARE, short-term


def test_governmental_names_cms_and_the_state_insurance_department() -> None:
    d = decide(make_result("not_covered", "governmental")).decision
    assert d.venue.kind == "cms"
    assert "state insurance department" in d.venue.guidance
    assert "state where the policy was issued" in d.venue.guidance


def test_insured_plan_venue_says_the_state_of_issue_governs() -> None:
    d = decide(make_result("not_covered", "fully_insured", state="NH")).decision
    assert d.venue.kind == "state_regulator" and d.venue.state == "NH"
    assert "state where the policy was issued" in d.venue.guidance
    assert "differ from the state you live in" in d.venue.guidance


@pytest.mark.parametrize(
    ("words", "funding", "venue"),
    [
        ("Federal Employees Health Benefits Program brochure", "fehb", "opm"),
        ("TRICARE Select explanation of benefits", "tricare", "tricare"),
        ("This short-term, limited-duration policy", "short_term", "state_regulator"),
        ("Sponsored by the Diocese of Springfield as a church plan", "church", "unknown"),
    ],
)
def test_plan_types_recognised_from_the_notice(words: str, funding: str, venue: str) -> None:
    case = decide(make_result("not_covered", "unknown", notice_text=words))
    d = case.decision
    assert d.funding == funding and d.track == funding and d.venue.kind == venue
    assert d.warnings and knowledge.tracks()[funding]["warning"] in d.warnings


@pytest.mark.parametrize("funding", ["fehb", "tricare", "short_term", "medicare"])
def test_plans_the_aca_does_not_reach_cite_no_aca(funding: str) -> None:
    case = decide(make_result("out_of_network", funding, reason=FINAL))
    cites = " ".join(c for a in case.decision.arguments for c in a.citations)
    texts = " ".join(a.text for a in case.decision.arguments)
    assert not ACA_CITATION.search(cites), cites
    assert not ACA_CITATION.search(texts), texts
    assert "external_review" not in _kinds(case) and "gap_exception" not in _kinds(case)


def test_church_plan_cites_the_treasury_rule_beside_the_insurers() -> None:
    cites = [
        c
        for a in decide(make_result("out_of_network", "church")).decision.arguments
        for c in a.citations
    ]
    assert "26 CFR 54.9815-2713(a)(3)(ii)" in cites and "45 CFR 147.130(a)(3)(ii)" in cites
    assert not [c for c in cites if c.startswith("29 CFR 2590.715-2713")]


def test_fehb_reconsideration_deadline_is_six_months() -> None:
    d = decide(make_result("not_covered", "fehb")).decision
    assert d.deadlines.internal_appeal == date(2026, 9, 2)
    assert "890.105" in d.deadlines.reasons["internal_appeal"]


def test_profile_funding_picks_the_new_plan_types() -> None:
    profile = SimpleNamespace(plan=SimpleNamespace(funding="tricare", type=None))
    assert decide(make_result("not_covered", "unknown"), profile).decision.track == "tricare"


# --------------------------------------------------------------------------
# Medicare: the appeal itself, opened


@pytest.mark.parametrize("funding", ["medicare", "fehb", "tricare", "short_term"])
def test_appeal_docx_of_a_plan_the_aca_does_not_reach_cites_no_aca(funding: str, tmp_path) -> None:
    profile = Profile(plan=PlanInfo(funding=funding))
    case = decide(make_result("not_covered", "unknown", reason="Not a covered benefit."), profile)
    assert case.decision.funding == funding
    written = render.generate(case, tmp_path, profile, voice="member")
    for name in ("appeal.docx", "call_script.docx"):
        text = doc_text(next(p for p in written.files if p.name == name))
        assert "lactation" in text
        found = ACA_CITATION.findall(text)
        assert not found, (name, found)
    if funding != "medicare":  # ERISA's claims rule does not reach these plans either
        assert "2560.503-1" not in doc_text(
            next(p for p in written.files if p.name == "appeal.docx")
        )


def test_the_docx_check_finds_aca_citations_where_they_belong(tmp_path) -> None:
    profile = Profile(plan=PlanInfo(funding="fully_insured"))
    case = decide(make_result("not_covered", "unknown"), profile)
    written = render.generate(case, tmp_path, profile, voice="member")
    text = doc_text(next(p for p in written.files if p.name == "appeal.docx"))
    assert ACA_CITATION.search(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "You must ask for a fair hearing within 120 days from the date of our appeal decision.",
        "You may ask for a state fair hearing within 120 days after you receive our appeal "
        "decision.",
    ],
)
def test_a_window_counted_from_a_later_decision_is_not_counted_from_this_notice(
    sentence: str,
) -> None:
    d = _medicaid(plan_type="fee-for-service", notice_text=sentence).decision
    assert d.deadlines.fair_hearing is None  # not March 2 + 120 days
    assert "431.221(d)" in d.deadlines.reasons["fair_hearing"]


def test_a_window_counted_from_this_notice_still_counts() -> None:
    text = "You must ask for a fair hearing within 60 days from the date of this notice."
    d = _medicaid(plan_type="fee-for-service", notice_text=text).decision
    assert d.deadlines.fair_hearing == date(2026, 5, 1)


def test_fee_for_service_letters_say_the_hearing_is_the_first_step() -> None:
    docs = {doc.kind: doc for doc in _medicaid(plan_type="fee-for-service").decision.documents}
    assert "no plan appeal" in docs["appeal"].reason
    assert "fair hearing now" in docs["medicaid_fair_hearing"].reason
    mco = {doc.kind: doc for doc in _medicaid(plan_type="managed care").decision.documents}
    assert "after the plan's appeal decision" in mco["medicaid_fair_hearing"].reason


def test_grandfathered_plan_letters_lead_with_the_status_question(tmp_path) -> None:
    profile = Profile(grandfathered=True)
    case = decide(make_result("out_of_network", "fully_insured", reason=FINAL), profile)
    written = render.generate(case, tmp_path, profile, voice="member")
    for name in ("appeal.docx", "gap_exception.docx", "state_complaint.docx"):
        text = doc_text(next(p for p in written.files if p.name == name))
        first_aca = text.find("45 CFR 147.130")
        assert 0 <= text.find("grandfathered") < first_aca, name
        assert "Unless" in text[:first_aca], name
    assert "external_review.docx" not in [p.name for p in written.files]


@pytest.mark.parametrize(
    ("words", "funding"),
    [
        ("FEHB plan brochure, Federal Employees Health Benefits Program", "fehb"),
        ("TRICARE Select", "tricare"),
        ("This is a short-term, limited-duration insurance policy.", "short_term"),
        ("This church plan is not subject to ERISA.", "church"),
    ],
)
def test_the_reader_names_the_new_plan_types(words: str, funding: str) -> None:
    from appealgen.read.header import _funding  # the reader's funding rules (data)

    ctx = SimpleNamespace(text=f"Explanation of benefits\n{words}\nClaim denied.")
    assert _funding(ctx, None) == funding
