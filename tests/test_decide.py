"""The decide stage: documents, venue, arguments and deadlines for every category x funding."""

from __future__ import annotations

import json
import sys
import types
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from conftest import read_surely

import appealgen.decide as decide_pkg
from appealgen.decide import decide, stated_deadline
from appealgen.decide.deadlines import add_months, find_stated_deadline, next_business_day
from appealgen.decide.explain import format_explain
from appealgen.decide.facts import detect_final
from appealgen.models import (
    CATEGORIES,
    DOCUMENT_KINDS,
    FUNDING_KINDS,
    VENUE_KINDS,
    Claim,
    Denial,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
)

NOTICE = date(2026, 3, 2)


def make_result(
    category: str = "out_of_network",
    funding: str = "fully_insured",
    *,
    state: str | None = "MA",
    notice_date: date | None = NOTICE,
    reason: str = "Claim denied.",
    diagnosis: tuple[str, ...] = ("Z39.1",),
    network: str | None = "out",
    notice_text: str | None = None,
    categories: list[str] | None = None,
) -> ParseResult:
    cats = categories if categories is not None else [category]
    # read as if the reader were sure of every value (an unsure reason chooses no argument)
    return read_surely(
        _result(cats, funding, state, notice_date, reason, diagnosis, network, notice_text)
    )


def _result(
    cats: list[str],
    funding: str,
    state: str | None,
    notice_date: date | None,
    reason: str,
    diagnosis: tuple[str, ...],
    network: str | None,
    notice_text: str | None,
) -> ParseResult:
    return ParseResult(
        source=Source(file="denial.pdf", sha256="ab" * 32, pages=1, kind="denial_letter"),
        payer=Payer(name="Example Health", state=state),
        plan=Plan(funding=funding),
        member=Member(state=state),
        notice_date=notice_date,
        claims=[
            Claim(
                claim_number="CLM-1",
                provider=Provider(name="A. Lactation, IBCLC", network=network),
                service_lines=[
                    ServiceLine(
                        date_of_service=date(2026, 2, 11),
                        procedure_code="S9443",
                        diagnosis_codes=list(diagnosis),
                        billed=Decimal("250.00"),
                        paid=Decimal("0.00"),
                    )
                ],
                diagnosis_codes=list(diagnosis),
                totals=Totals(
                    billed=Decimal("250.00"),
                    paid=Decimal("0.00"),
                    patient_responsibility=Decimal("250.00"),
                ),
                denied=True,
                denial=Denial(
                    reason_text=reason,
                    categories=list(cats),
                    primary_category=cats[0] if cats else None,
                ),
            )
        ],
        notice_text=notice_text,
    )


# --------------------------------------------------------------------------
# The table: every category x every funding

ACA_FUNDING = ("fully_insured", "self_funded", "governmental", "unknown")
FIRST_ARGUMENT = {
    "out_of_network": "no_in_network_provider",
    "provider_type": "provider_scope_of_license",
    "prior_authorization": "prior_authorization_exception",
    "not_covered": "preventive_lactation_coverage",
    "medical_necessity": "preventive_not_illness_based",
    "cost_sharing": "no_cost_sharing_preventive",
    "coding": "preventive_purpose_coding",
    "place_of_service": "medical_management_limits",
    "frequency_limit": "duration_of_breastfeeding",
    "timely_filing": "timely_filing_review",
    "eligibility": "eligibility_review",
    "coordination_of_benefits": "coordination_of_benefits_review",
    "duplicate": "duplicate_review",
    "other": "preventive_lactation_coverage",
}
PROCEDURAL = {"timely_filing", "eligibility", "coordination_of_benefits", "duplicate"}
VENUE_FOR = {
    "fully_insured": "state_regulator",
    "self_funded": "us_dol_ebsa",
    "governmental": "cms",
    "medicaid": "medicaid_fair_hearing",
    "medicare": "unknown",
    "church": "unknown",
    "fehb": "opm",
    "tricare": "tricare",
    "short_term": "state_regulator",
    "unknown": "unknown",
}
INTERNAL_DEADLINE = {
    "fully_insured": date(2026, 8, 29),  # 180 days
    "self_funded": date(2026, 8, 29),
    "governmental": date(2026, 8, 29),
    "church": date(2026, 8, 29),
    "unknown": date(2026, 8, 29),
    "medicaid": date(2026, 5, 1),  # 60 days, managed care (the shorter path when unknown)
    "medicare": None,  # no general rule: the Medicare notice's own deadline
    "fehb": date(2026, 9, 2),  # 6 months: reconsideration by the carrier
    "tricare": None,  # the notice's own deadline
    "short_term": None,  # the policy's and the state's
}
NO_ACA = ("medicare", "fehb", "tricare", "short_term")
OWN_ARGUMENT = {
    "fehb": "fehb_reconsideration",
    "tricare": "tricare_reconsideration",
    "short_term": "short_term_policy_review",
}
MEDICAID_FIRST = {
    "out_of_network": "medicaid_network_gap",
    "provider_type": "medicaid_enrolled_provider",
    "cost_sharing": "medicaid_cost_sharing_limits",
}


def expected_documents(category: str, funding: str) -> list[str]:
    docs = ["appeal"]
    gap = ("out_of_network",) if funding == "medicaid" else ("out_of_network", "provider_type")
    if category in gap and funding not in NO_ACA:
        docs.append("gap_exception")
    docs += {
        "fully_insured": ["state_complaint"],
        "short_term": ["state_complaint"],
        "self_funded": ["ebsa_request", "employer_letter"],
        "medicaid": ["medicaid_fair_hearing"],
    }.get(funding, [])
    return [*docs, "call_script"]


def expected_first_argument(category: str, funding: str) -> str | None:
    if funding == "medicare":
        return None
    if funding in OWN_ARGUMENT:
        return OWN_ARGUMENT[funding]
    if funding == "medicaid":
        if category in PROCEDURAL:
            return "medicaid_hearing_rights"
        return MEDICAID_FIRST.get(category, "medicaid_preventive_coverage")
    return FIRST_ARGUMENT[category]


TABLE = [(c, f) for c in CATEGORIES for f in FUNDING_KINDS]


@pytest.mark.parametrize(("category", "funding"), TABLE, ids=[f"{c}-{f}" for c, f in TABLE])
def test_decision_table(category: str, funding: str) -> None:
    case = decide(make_result(category, funding, network="in"))
    d = case.decision
    assert [doc.kind for doc in d.documents] == expected_documents(category, funding)
    assert all(doc.reason and doc.file == f"{doc.kind}.docx" for doc in d.documents)
    assert all(doc.claim_numbers == ["CLM-1"] for doc in d.documents)
    assert d.venue.kind == VENUE_FOR[funding] and d.venue.reason
    first = d.arguments[0].id if d.arguments else None
    assert first == expected_first_argument(category, funding)
    assert all(a.reason and a.citations and a.text for a in d.arguments)
    assert d.deadlines.internal_appeal == INTERNAL_DEADLINE[funding]
    assert d.deadlines.external_review is None  # not a final denial
    assert d.deadlines.reasons.get("internal_appeal")
    assert {doc.kind for doc in d.documents} <= set(DOCUMENT_KINDS)
    assert d.venue.kind in VENUE_KINDS


@pytest.mark.parametrize("funding", FUNDING_KINDS)
def test_primary_category_answered_first_with_two_categories(funding: str) -> None:
    result = make_result(funding=funding, categories=["cost_sharing", "out_of_network"])
    ids = [a.id for a in decide(result).decision.arguments]
    if funding in (*ACA_FUNDING, "church"):
        assert ids[0] == "no_cost_sharing_preventive"
        assert ids.index("no_in_network_provider") < ids.index("full_and_fair_review")
        assert ids[-1] == "full_and_fair_review"


# --------------------------------------------------------------------------
# Citations follow the funding


def _all_citations(case) -> list[str]:
    return [c for a in case.decision.arguments for c in a.citations]


def test_fully_insured_cites_hhs_rule_only() -> None:
    cites = _all_citations(decide(make_result("out_of_network", "fully_insured")))
    assert "45 CFR 147.130(a)(3)(ii)" in cites
    assert not any(c.startswith("29 CFR 2590.715-2713") for c in cites)


def test_self_funded_cites_erisa_rule_only() -> None:
    cites = _all_citations(decide(make_result("out_of_network", "self_funded")))
    assert "29 CFR 2590.715-2713(a)(3)(ii)" in cites
    assert not any(c.startswith("45 CFR 147.130") for c in cites)


def test_unknown_funding_cites_both_rules() -> None:
    cites = _all_citations(decide(make_result("out_of_network", "unknown")))
    assert "45 CFR 147.130(a)(3)(ii)" in cites and "29 CFR 2590.715-2713(a)(3)(ii)" in cites


def test_medicare_makes_no_aca_argument_and_says_so() -> None:
    d = decide(make_result("not_covered", "medicare")).decision
    assert d.arguments == []
    assert any("Medicare" in w and "ACA" in w for w in d.warnings)
    assert not any("gap_exception" == doc.kind for doc in d.documents)


# --------------------------------------------------------------------------
# Documents


def test_profile_no_in_network_adds_gap_exception_and_argument() -> None:
    profile = SimpleNamespace(no_in_network_available=True)
    d = decide(make_result("cost_sharing", "fully_insured", network="in"), profile).decision
    assert "gap_exception" in [doc.kind for doc in d.documents]
    ids = [a.id for a in d.arguments]
    assert ids[0] == "no_cost_sharing_preventive" and "no_in_network_provider" in ids
    assert "no in-network" in d.arguments[ids.index("no_in_network_provider")].reason


def test_legislator_on_request() -> None:
    d = decide(make_result("not_covered", "fully_insured"), legislator=True).decision
    kinds = [doc.kind for doc in d.documents]
    assert "legislator_letter" in kinds and kinds[-1] == "call_script"


def test_medicaid_not_covering_ibclcs_suggests_legislator_letter() -> None:
    d = decide(make_result("provider_type", "medicaid", state="NY")).decision
    assert any("--legislator" in s for s in d.suggestions)
    assert any("licens" in w for w in d.warnings)


def test_recipients() -> None:
    d = decide(make_result("out_of_network", "fully_insured", state="NY")).decision
    by_kind = {doc.kind: doc.recipient for doc in d.documents}
    assert by_kind["appeal"] == "Example Health Appeals"
    assert "Department of Financial Services" in by_kind["state_complaint"]
    assert d.venue.url == "https://www.dfs.ny.gov/complaint" and d.venue.state == "NY"


def test_self_funded_routes_to_ebsa() -> None:
    v = decide(make_result("not_covered", "self_funded")).decision.venue
    assert v.url == "https://www.askebsa.dol.gov/WebIntake" and v.phone == "1-866-444-3272"


def test_governmental_routes_to_cms_in_the_appeal() -> None:
    d = decide(make_result("not_covered", "governmental")).decision
    assert d.venue.kind == "cms" and d.venue.url.startswith("https://www.cms.gov/")
    assert "CMS" in d.documents[0].reason


def test_unknown_funding_says_how_to_find_out() -> None:
    d = decide(make_result("not_covered", "unknown")).decision
    assert any("self-funded" in w for w in d.warnings)
    assert [doc.kind for doc in d.documents] == ["appeal", "call_script"]


def test_profile_funding_fills_unknown() -> None:
    profile = SimpleNamespace(plan=SimpleNamespace(funding="self_funded"))
    d = decide(make_result("not_covered", "unknown"), profile).decision
    assert d.funding == "self_funded" and d.venue.kind == "us_dol_ebsa"


def test_state_falls_back_to_profile_and_california_asks_which_regulator() -> None:
    profile = SimpleNamespace(member=SimpleNamespace(state="CA"))
    d = decide(make_result("not_covered", "fully_insured", state=None), profile).decision
    assert d.venue.state == "CA"
    assert any("Managed Health Care" in w and "Department of Insurance" in w for w in d.warnings)


def test_unknown_state_warns() -> None:
    d = decide(make_result("not_covered", "fully_insured", state=None)).decision
    assert d.venue.kind == "state_regulator" and d.venue.url is None
    assert any("state" in w for w in d.warnings)


def test_no_denied_claim_makes_no_documents() -> None:
    from appealgen.models import Evidence

    result = make_result()
    result.claims[0].denied = False
    result.claims[0].denial = None
    result.evidence["claims.0.denied"] = Evidence(confidence=0.95, sure=True)
    d = decide(result).decision
    assert d.documents == [] and d.arguments == []
    assert d.warnings


def test_a_claim_that_may_be_denied_is_decided_as_denied_and_asked_about() -> None:
    from appealgen.models import Evidence

    result = make_result()
    result.claims[0].denied = False
    result.claims[0].denial = None
    result.evidence["claims.0.denied"] = Evidence(confidence=0.55, sure=False, text="no status")
    case = decide(result)
    assert [p.kind for p in case.decision.documents][0] == "appeal"
    assert case.parse.claims[0].denied and not case.parse.evidence["claims.0.denied"].sure
    assert "could not tell whether claim CLM-1 was denied" in case.decision.warnings[0]
    assert not result.claims[0].denied  # the caller's document is left as it was


# --------------------------------------------------------------------------
# Final internal denials and external review

FINAL = "Your appeal has been reviewed. This is a final internal adverse benefit determination."


@pytest.mark.parametrize("funding", ["fully_insured", "self_funded", "governmental", "unknown"])
def test_final_denial_adds_external_review(funding: str) -> None:
    d = decide(make_result("out_of_network", funding, reason=FINAL)).decision
    assert "external_review" in [doc.kind for doc in d.documents]
    assert d.deadlines.external_review == date(2026, 7, 2)
    assert d.deadlines.internal_appeal is None
    assert "external_review_right" in [a.id for a in d.arguments]
    assert d.final_internal_denial


def test_final_from_profile() -> None:
    profile = SimpleNamespace(final_internal_denial=True)
    d = decide(make_result("not_covered", "fully_insured"), profile).decision
    assert d.deadlines.external_review == date(2026, 7, 2)


def test_medicaid_final_gets_fair_hearing_date_not_external_review() -> None:
    d = decide(make_result("not_covered", "medicaid", reason=FINAL)).decision
    assert d.deadlines.external_review is None
    assert d.deadlines.fair_hearing == date(2026, 6, 30)  # 120 days
    assert "external_review" not in [doc.kind for doc in d.documents]


@pytest.mark.parametrize(
    ("text", "final"),
    [
        (FINAL, True),
        ("We have upheld our original decision.", True),
        ("This letter is the decision on your second-level appeal.", True),
        ("Claim upheld on appeal.", True),
        (
            "You may request an external review within 4 months after you receive a final "
            "adverse benefit determination.",
            False,
        ),
        ("If we deny your appeal, you will receive a final internal adverse determination.", False),
        ("Services not provided by network providers.", False),
    ],
    ids=[
        "final-internal",
        "upheld",
        "decision-on-appeal",
        "upheld-on-appeal",
        "boilerplate-external",
        "boilerplate-if",
        "plain-denial",
    ],
)
def test_detect_final(text: str, final: bool) -> None:
    assert (detect_final(text) is not None) is final


# --------------------------------------------------------------------------
# Deadlines


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (date(2026, 3, 2), date(2026, 7, 2)),  # plain four months, a Thursday
        (date(2025, 10, 31), date(2026, 3, 2)),  # no Feb 31: March 1 (a Sunday) -> Monday
        (date(2026, 3, 4), date(2026, 7, 6)),  # July 4 is a Saturday -> Monday
        (date(2026, 7, 25), date(2026, 11, 25)),  # a Wednesday before Thanksgiving
    ],
    ids=["plain", "fifth-month-first-day", "weekend-holiday", "no-roll"],
)
def test_external_review_four_month_rule(start: date, expected: date) -> None:
    d, _ = add_months(start, 4)
    assert next_business_day(d) == expected


def test_add_months_reports_missing_day() -> None:
    assert add_months(date(2025, 10, 31), 4) == (date(2026, 3, 1), False)
    assert add_months(date(2025, 11, 30), 3) == (date(2026, 3, 1), False)
    assert add_months(date(2025, 12, 15), 2) == (date(2026, 2, 15), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You must file your appeal within 60 days of the date of this notice.", date(2026, 5, 1)),
        ("You have one hundred eighty (180) days to request an appeal.", date(2026, 8, 29)),
        ("Your appeal must be received by June 1, 2026.", date(2026, 6, 1)),
        ("Appeals must be received by 04/15/2026.", date(2026, 4, 15)),
        ("To appeal, write to us within sixty days.", date(2026, 5, 1)),
        ("We will decide your appeal within 30 days.", None),
        ("You may ask for an external review within 4 months.", None),
        ("Nothing about time here.", None),
    ],
    ids=[
        "within-60",
        "words-and-digits",
        "received-by-date",
        "slash-date",
        "words-only",
        "plan-clock",
        "external-only",
        "none",
    ],
)
def test_stated_deadline(text: str, expected: date | None) -> None:
    assert stated_deadline(text, NOTICE) == expected


def test_stated_external_review_deadline() -> None:
    text = "You may ask for an external review within 4 months of this notice."
    assert stated_deadline(text, NOTICE, "external_review") == date(2026, 7, 2)


def test_notice_stated_deadline_wins() -> None:
    result = make_result(
        "not_covered",
        "fully_insured",
        notice_text="If you disagree, you must appeal within 60 days.",
    )
    d = decide(result).decision
    assert d.deadlines.internal_appeal == date(2026, 5, 1)
    assert "notice states" in d.deadlines.reasons["internal_appeal"]


def test_stated_deadline_in_reason_text_wins() -> None:
    result = make_result(
        "not_covered",
        "self_funded",
        reason="Not covered. Your appeal must be received by May 15, 2026.",
    )
    assert decide(result).decision.deadlines.internal_appeal == date(2026, 5, 15)


def test_unknown_notice_date_gives_null_deadline_and_warning() -> None:
    d = decide(make_result("not_covered", "fully_insured", notice_date=None)).decision
    assert d.deadlines.internal_appeal is None
    assert any("date you received" in w for w in d.warnings)


def test_stated_window_without_notice_date() -> None:
    found, sentence = find_stated_deadline("Appeal within 60 days.", None)
    assert found is None and sentence


# --------------------------------------------------------------------------
# What weakens the case


def test_grandfathered_plan_warns_and_asks_for_notice() -> None:
    profile = SimpleNamespace(grandfathered=True)
    d = decide(make_result("not_covered", "fully_insured"), profile).decision
    assert any("grandfathered" in w for w in d.warnings)
    assert "grandfathered_proof" in [a.id for a in d.arguments]


def test_non_preventive_diagnosis_warns() -> None:
    d = decide(make_result("cost_sharing", diagnosis=("O92.4",))).decision
    assert any("O92.4" in w and "Z39.1" in w for w in d.warnings)
    assert "problem_focused_support_is_preventive" in [a.id for a in d.arguments]


def test_z39_1_with_problem_code_does_not_warn() -> None:
    d = decide(make_result("cost_sharing", diagnosis=("Z39.1", "O92.4"))).decision
    assert not any("O92.4" in w for w in d.warnings)


def test_visit_long_after_birth_warns() -> None:
    profile = SimpleNamespace(baby=SimpleNamespace(birth_date="2024-12-01"))
    d = decide(make_result("frequency_limit"), profile).decision
    assert any("more than a year after the birth" in w for w in d.warnings)


def test_state_licensing_argument_only_where_licensed() -> None:
    ri = [a.id for a in decide(make_result("provider_type", state="RI")).decision.arguments]
    ma = [a.id for a in decide(make_result("provider_type", state="MA")).decision.arguments]
    assert "provider_nondiscrimination" in ri and "provider_nondiscrimination" not in ma


def test_new_york_circular_only_for_fully_insured_new_york() -> None:
    ny = decide(make_result("not_covered", "fully_insured", state="NY")).decision.arguments
    sf = decide(make_result("not_covered", "self_funded", state="NY")).decision.arguments
    assert "ny_lactation_circular" in [a.id for a in ny]
    assert "ny_lactation_circular" not in [a.id for a in sf]


# --------------------------------------------------------------------------
# Classification, immutability, serialisation


def test_missing_categories_come_from_classify(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("appealgen.decide.classify")
    fake.classify = lambda reason, carc, rarc, **kw: (["provider_type"], "provider_type")
    monkeypatch.setitem(sys.modules, "appealgen.decide.classify", fake)
    monkeypatch.setattr(decide_pkg, "classify", fake, raising=False)
    result = make_result(categories=[])
    case = decide(result)
    assert case.parse.claims[0].denial.primary_category == "provider_type"
    # classified here, not read surely: its answer waits for the person to confirm it
    (waiting,) = case.decision.reasons_to_confirm
    assert waiting["read_as"] == "provider_type"
    assert "provider_scope_of_license" in waiting["arguments"]
    assert result.claims[0].denial.categories == []  # the input is not changed


def test_case_json_shape() -> None:
    result = make_result(notice_text="secret words of the notice")
    data = decide(result).to_dict()
    assert "notice_text" not in data and "notice_text" not in result.to_dict()
    dec = data["decision"]
    assert {"documents", "arguments", "venue", "deadlines", "warnings"} <= set(dec)
    assert dec["deadlines"]["internal_appeal"] == "2026-08-29"
    assert dec["deadlines"]["external_review"] is None
    assert {"kind", "name", "url"} <= set(dec["venue"])
    doc = dec["documents"][0]
    assert {"kind", "file", "claim_numbers", "recipient", "reason"} <= set(doc)
    arg = dec["arguments"][0]
    assert {"id", "answers", "citations", "reason"} <= set(arg)
    json.dumps(data)


# --------------------------------------------------------------------------
# explain


def test_format_explain_reads_for_a_person() -> None:
    text = format_explain(decide(make_result("out_of_network", "fully_insured")))
    for heading in (
        "WHAT WAS DENIED AND WHY",
        "WHAT TO SEND, AND TO WHOM",
        "BY WHEN",
        "WHAT THE APPEAL ARGUES",
        "WHEN YOU CALL",
    ):
        assert heading in text
    assert "August 29, 2026" in text and "45 CFR 147.130(a)(3)(ii)" in text
    assert "Massachusetts Division of Insurance" in text


def _write_parse_json(tmp_path, **kw) -> str:
    path = tmp_path / "parse.json"
    path.write_text(json.dumps(make_result(**kw).to_dict()), encoding="utf-8")
    return str(path)


def test_cli_explain_text_and_json(tmp_path) -> None:
    from appealgen.cli import cli

    path = _write_parse_json(tmp_path, category="provider_type", funding="self_funded")
    runner = CliRunner()
    res = runner.invoke(cli, ["explain", path])
    assert res.exit_code == 0, res.output
    assert "Department of Labor" in res.output
    res = runner.invoke(cli, ["explain", path, "--json", "--legislator"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["venue"]["kind"] == "us_dol_ebsa"
    assert data["arguments"][0]["id"] == "provider_scope_of_license"
    assert "legislator_letter" in [d["kind"] for d in data["documents"]]


def test_cli_explain_bad_json_is_one_line(tmp_path) -> None:
    from appealgen.cli import cli

    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    res = CliRunner().invoke(cli, ["explain", str(bad)])
    assert res.exit_code == 1
    assert len(res.stderr.strip().splitlines()) == 1


def test_cli_explain_help_has_examples() -> None:
    from appealgen.cli import cli

    res = CliRunner().invoke(cli, ["explain", "--help"])
    assert res.exit_code == 0 and "Examples:" in res.output and "--profile" in res.output


def test_cli_explain_with_profile(tmp_path) -> None:
    profile_mod = pytest.importorskip("appealgen.write.profile")
    if not hasattr(profile_mod, "load_profile"):
        pytest.skip("profile loader not built yet")
    from appealgen.cli import cli

    prof = tmp_path / "me.toml"
    prof.write_text('no_in_network_available = true\n\n[member]\nstate = "NY"\n', encoding="utf-8")
    path = _write_parse_json(tmp_path, category="cost_sharing", state=None, network="in")
    res = CliRunner().invoke(cli, ["explain", path, "--json", "--profile", str(prof)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert "gap_exception" in [d["kind"] for d in data["documents"]]
    assert data["venue"]["state"] == "NY"


def test_continuation_of_benefits_window_is_not_the_appeal_deadline() -> None:
    # Medicaid notices print both; the 10-day window only keeps services going.
    text = (
        "You must file your appeal within 60 days from the date on this notice. "
        "If you want to keep getting services while your appeal is decided, you must ask "
        "within 10 days of the date on this notice."
    )
    assert stated_deadline(text, NOTICE) == NOTICE + timedelta(days=60)
