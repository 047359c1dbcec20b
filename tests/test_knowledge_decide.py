"""The decide stage's knowledge base: complete, sourced, and loud when a file is wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from appealgen import knowledge
from appealgen.errors import KnowledgeError
from appealgen.models import CATEGORIES

DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "DOMAIN.md"
STATES_AND_DC = set(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
LOADERS = (
    knowledge.citations,
    knowledge.arguments,
    knowledge.regulators,
    knowledge.federal_venues,
    knowledge.deadline_rules,
    knowledge.load_decide_knowledge,
)


@pytest.fixture(autouse=True)
def fresh_caches():
    for fn in LOADERS:
        fn.cache_clear()
    yield
    for fn in LOADERS:
        fn.cache_clear()


def _normalise(text: str) -> str:
    return " ".join(text.replace("*", "").split())


# --------------------------------------------------------------------------
# Completeness


def test_all_51_regulators_with_https_complaint_urls() -> None:
    regs = knowledge.regulators()
    assert len(regs) == 51 and set(regs) == STATES_AND_DC
    for code, row in regs.items():
        assert row["complaint_url"].startswith("https://"), code
        assert row["regulator_name"] and row["phone"], code
        assert "source" in row and "confidence" in row


def test_every_citation_id_used_exists() -> None:
    known = knowledge.citations()
    used = [c for a in knowledge.arguments().values() for c in a["citations"]]
    used += [c for v in knowledge.federal_venues().values() for c in v["citations"]]
    used += [c for r in knowledge.deadline_rules().values() for c in r["citations"]]
    assert used and not [c for c in used if c not in known]


def test_each_argument_has_a_citation_and_text() -> None:
    for arg in knowledge.arguments().values():
        assert arg["citations"], arg["id"]
        assert len(arg["text"]) > 100, arg["id"]


def test_every_category_is_answered_for_aca_and_medicaid_plans() -> None:
    args = knowledge.arguments().values()
    for funding in ("fully_insured", "self_funded", "governmental", "unknown", "medicaid"):
        for cat in CATEGORIES:
            assert any(
                cat in a["answers"]
                and funding in a["applies_when"]["funding"]
                and "states" not in a["applies_when"]
                for a in args
            ), (funding, cat)


def test_no_argument_reaches_medicare() -> None:
    assert not [
        a["id"]
        for a in knowledge.arguments().values()
        if "medicare" in a["applies_when"]["funding"]
    ]


@pytest.mark.skipif(not DOMAIN.exists(), reason="DOMAIN.md is not beside the repository")
def test_every_citation_is_in_domain_or_has_a_source_url() -> None:
    domain = _normalise(DOMAIN.read_text(encoding="utf-8"))
    for cid, entry in knowledge.citations().items():
        for variant in entry["variants"].values():
            assert variant["status"] in ("verified", "uncertain"), cid
            in_domain = _normalise(variant["text"]) in domain
            assert in_domain or variant["url"], cid
            assert variant["url"], cid
            if variant["status"] == "uncertain":
                assert variant["uncertain"], cid


def test_parallel_regulations_pair_hhs_and_erisa() -> None:
    for cid, entry in knowledge.citations().items():
        variants = entry["variants"]
        if "hhs" in variants:
            assert variants["hhs"]["text"].startswith("45 CFR"), cid
            assert variants["erisa"]["text"].startswith("29 CFR"), cid


def test_federal_venues() -> None:
    venues = knowledge.federal_venues()
    assert venues["us_dol_ebsa"]["url"] == "https://www.askebsa.dol.gov/WebIntake"
    assert venues["us_dol_ebsa"]["phone"] == "1-866-444-3272"
    assert re.match(r"https://www\.cms\.gov/", venues["cms"]["url"])
    assert "cms_150_303" in venues["cms"]["citations"]
    assert {"medicaid_fair_hearing", "external_review"} <= set(venues)


def test_deadline_rules() -> None:
    rules = knowledge.deadline_rules()
    assert rules["internal_appeal_group_plan"]["window"] == {"days": 180}
    assert rules["internal_appeal_medicaid_managed_care"]["window"] == {"days": 60}
    assert rules["external_review_federal"]["window"] == {"months": 4}
    assert rules["external_review_federal"]["starts_from"] == "final_internal_denial"


def test_load_all_runs_the_decide_loaders() -> None:
    knowledge.load_all.cache_clear()
    knowledge.load_all()
    assert knowledge.citations.cache_info().currsize == 1


# --------------------------------------------------------------------------
# Broken copies fail at load with file:line


def _break(
    monkeypatch: pytest.MonkeyPatch, relpath: str, old: str, new: str, count: int = 1
) -> None:
    real = knowledge.read_data_text
    text = real(relpath)
    assert old in text, f"{old!r} not in {relpath}"
    broken = text.replace(old, new, count)
    monkeypatch.setattr(
        knowledge, "read_data_text", lambda rel: broken if rel == relpath else real(rel)
    )


ARG = "arguments/no_in_network_provider.yaml"
BROKEN = [
    pytest.param(
        ARG,
        '    ask_provider: "Please give us the names',
        '    # "Please give us the names',
        knowledge.arguments,
        r"no_in_network_provider\.yaml:\d+: call point ask says 'me': add ask_provider, the "
        r"same point in the practice's words",
        id="call-point-without-provider-voice",
    ),
    pytest.param(
        ARG,
        '    ask_provider: "Please give us the names',
        '    ask_provider: "Please give me the names',
        knowledge.arguments,
        r"no_in_network_provider\.yaml:\d+: call point ask_provider says 'me'",
        id="call-point-provider-voice-in-first-person",
    ),
    pytest.param(
        ARG,
        '    ask_provider: "Please give us the names',
        '    ask_providr: "Please give us the names',
        knowledge.arguments,
        r"no_in_network_provider\.yaml:\d+: unknown key 'ask_providr' — did you mean "
        r"'ask_provider'",
        id="call-point-key-typo",
    ),
    pytest.param(
        ARG,
        "audiences: [plan, regulator, employer]",
        "audiences: [plan, regulator, employr]",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: unknown audience 'employr' — did you mean 'employer'",
        id="unknown-audience",
    ),
    pytest.param(
        ARG,
        "audiences: [plan, regulator, employer]",
        "audiences: [plan, regulator]",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: text_employer and the audience 'employer' go together",
        id="employer-text-without-employer-audience",
    ),
    pytest.param(
        ARG,
        "text_employer: >-\n  A plan",
        "text_employer: >-\n  We think a plan",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: text_employer speaks in the first person \('We'\)",
        id="employer-text-in-first-person",
    ),
    pytest.param(
        ARG,
        "citations:",
        "citatons:",
        knowledge.arguments,
        r"data/arguments/no_in_network_provider\.yaml:1: unknown key 'citatons' "
        r"— did you mean 'citations'",
        id="argument-unknown-key",
    ),
    pytest.param(
        ARG,
        "text_provider:",
        "note:",
        knowledge.arguments,
        r"data/arguments/no_in_network_provider\.yaml:1: missing required key 'text_provider'",
        id="argument-without-provider-voice",
    ),
    pytest.param(
        ARG,
        "text_provider:",
        "text_providr:",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: unknown key 'text_providr' — did you mean "
        r"'text_provider'",
        id="argument-voice-key-typo",
    ),
    pytest.param(
        ARG,
        "text_prospective_provider:",
        "note:",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: text_prospective and text_prospective_provider go "
        r"together",
        id="prospective-text-in-one-voice-only",
    ),
    pytest.param(
        ARG,
        "faq_part_xii_q3",
        "faq_part_xii_q4",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: citation 'faq_part_xii_q4' is not in "
        r"data/citations\.yaml — did you mean 'faq_part_xii_q3'",
        id="missing-citation",
    ),
    pytest.param(
        ARG,
        "answers: [out_of_network",
        "answers: [out_of_netwrk",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: unknown category 'out_of_netwrk' — did you "
        r"mean 'out_of_network'",
        id="unknown-category",
    ),
    pytest.param(
        ARG,
        "funding: [fully_insured",
        "funding: [fully_insurd",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:5: unknown funding 'fully_insurd'",
        id="unknown-funding",
    ),
    pytest.param(
        ARG,
        "citations: [prev_reg_a3ii, faq_part_xii_q3, faq_part_xxix, condry, faq_network_access]",
        "citations: []",
        knowledge.arguments,
        r"no_in_network_provider\.yaml:1: missing required key 'citations'",
        id="no-citation",
    ),
    pytest.param(
        "citations.yaml",
        "  status: uncertain\n  uncertain: >-\n    primary text not retrieved",
        "  status: unverified\n  uncertain: >-\n    primary text not retrieved",
        knowledge.citations,
        r"data/citations\.yaml:\d+: status 'unverified': .*an unverified fact may not be a "
        r"citation",
        id="unverified-citation",
    ),
    pytest.param(
        "citations.yaml",
        "  url: https://docs.justia.com",
        "  uri: https://docs.justia.com",
        knowledge.citations,
        r"data/citations\.yaml:\d+: unknown key 'uri' — did you mean 'url'",
        id="citation-unknown-key",
    ),
    pytest.param(
        "citations.yaml",
        "  url: https://docs.justia.com/cases/federal/district-courts/california/candce/"
        "3:2017cv00183/306887/68",
        "  url: https://www.mrllp.com/blog-Courts-Read-Network-Adequacy",
        knowledge.citations,
        r"data/citations\.yaml:\d+: 'verified' needs the primary source .* not mrllp\.com",
        id="verified-citation-read-in-a-blog",
    ),
    pytest.param(
        "citations.yaml",
        "  status: uncertain\n  uncertain: >-\n    primary text not retrieved; content from "
        "consistent secondary summaries; question\n    numbers and exact wording unknown, so "
        "never cite a Q number or quote it\n",
        "  status: uncertain\n",
        knowledge.citations,
        r"data/citations\.yaml:\d+: an uncertain citation must say what is uncertain",
        id="uncertain-citation-not-marked",
    ),
    pytest.param(
        "citations.yaml",
        "  strength: by_analogy",
        "  strength: analogy",
        knowledge.citations,
        r"data/citations\.yaml:\d+: unknown strength 'analogy' — did you mean 'by_analogy'",
        id="citation-strength-typo",
    ),
    pytest.param(
        "arguments/medical_management_limits.yaml",
        "management it should offer an easily accessible",
        "management it must offer an easily accessible",
        knowledge.arguments,
        r"medical_management_limits\.yaml:1: text says 'must', but no citation it rests on "
        r"says 'must' \(their strengths: by_analogy, may, recommends\)",
        id="must-resting-on-may-and-by-analogy",
    ),
    pytest.param(
        "arguments/prior_authorization_exception.yaml",
        "  itself. By analogy with what the federal agencies have said about",
        "  itself. In line with what the federal agencies have said about",
        knowledge.arguments,
        r"prior_authorization_exception\.yaml:1: text rests on a source cited by analogy but "
        r"does not say 'by analogy'",
        id="analogy-not-said",
    ),
    pytest.param(
        "venues/regulators.csv",
        "https://www.dfs.ny.gov/complaint",
        "http://www.dfs.ny.gov/complaint",
        knowledge.regulators,
        r"data/venues/regulators\.csv:\d+: complaint_url must be an https:// URL",
        id="regulator-http",
    ),
    pytest.param(
        "venues/federal.yaml",
        "kind: us_dol_ebsa",
        "kind: us_dol_ebs",
        knowledge.federal_venues,
        r"data/venues/federal\.yaml:\d+: unknown venue kind 'us_dol_ebs' — did you mean",
        id="federal-kind",
    ),
    pytest.param(
        "deadlines.yaml",
        "window: {days: 180}",
        "window: {dayz: 180}",
        knowledge.deadline_rules,
        r"data/deadlines\.yaml:\d+: unknown key 'dayz' — did you mean 'days'",
        id="deadline-window",
    ),
    pytest.param(
        "deadlines.yaml",
        "starts_from: notice_date",
        "starts_from: notice_dte",
        knowledge.deadline_rules,
        r"data/deadlines\.yaml:\d+: unknown starts_from 'notice_dte'",
        id="deadline-start",
    ),
]


@pytest.mark.parametrize(("relpath", "old", "new", "loader", "message"), BROKEN)
def test_broken_file_fails_with_file_and_line(
    monkeypatch, relpath, old, new, loader, message
) -> None:
    _break(monkeypatch, relpath, old, new)
    with pytest.raises(KnowledgeError, match=message):
        loader()


def test_regulator_missing_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = knowledge.read_data_text
    lines = real("venues/regulators.csv").splitlines(keepends=True)
    broken = "".join(ln for ln in lines if not ln.startswith("WY,"))
    monkeypatch.setattr(
        knowledge,
        "read_data_text",
        lambda rel: broken if rel == "venues/regulators.csv" else real(rel),
    )
    with pytest.raises(KnowledgeError, match=r"regulators\.csv: expected 51 regulators.*found 50"):
        knowledge.regulators()


def test_duplicate_regulator_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    real = knowledge.read_data_text
    text = real("venues/regulators.csv")
    broken = text.replace("WY,Wyoming", "NY,Wyoming")
    monkeypatch.setattr(
        knowledge,
        "read_data_text",
        lambda rel: broken if rel == "venues/regulators.csv" else real(rel),
    )
    with pytest.raises(KnowledgeError, match=r"regulators\.csv:52: state NY appears twice"):
        knowledge.regulators()


def test_arguments_speak_to_known_audiences() -> None:
    args = knowledge.arguments()
    for arg in args.values():
        assert set(arg["audiences"]) <= set(knowledge.ARGUMENT_AUDIENCES), arg["id"]
        assert bool(arg["text_employer"]) == ("employer" in arg["audiences"]), arg["id"]
    # the requests made of the plan itself go to the plan only
    for aid in ("full_and_fair_review", "timely_filing_review", "duplicate_review"):
        assert args[aid]["audiences"] == ["plan"], aid
    # the employer hears what the plan must cover
    for aid in (
        "preventive_lactation_coverage",
        "no_in_network_provider",
        "medical_management_limits",
        "duration_of_breastfeeding",
    ):
        assert "employer" in args[aid]["audiences"], aid


# --------------------------------------------------------------------------
# Every argument's text against its citations


def test_every_argument_claims_no_more_than_its_citations_say() -> None:
    for arg in knowledge.arguments().values():
        assert knowledge.argument_citation_problems(arg) == [], arg["id"]


def test_the_check_catches_a_must_resting_on_may_and_an_unsaid_analogy() -> None:
    arg = {
        "citations": ["prev_reg_a4", "faq_part_xxvi"],
        "text": "The plan must offer an exceptions process.",
        "text_provider": "By analogy, the plan should offer an exceptions process.",
    }
    problems = knowledge.argument_citation_problems(arg)
    assert any(p.startswith("text says 'must'") for p in problems)
    assert any(p.startswith("text rests on a source cited by analogy") for p in problems)
    assert not [p for p in problems if p.startswith("text_provider")]
    arg["citations"].append("prev_reg_a1iv")  # a "must" source carries the "must"
    assert not [p for p in knowledge.argument_citation_problems(arg) if "says 'must'" in p]


def test_every_uncertain_citation_says_what_is_uncertain() -> None:
    for cid, entry in knowledge.citations().items():
        for variant in entry["variants"].values():
            assert variant["url"].startswith("https://"), cid
            assert (variant["status"] == "uncertain") == bool(variant["uncertain"]), cid
            assert variant["strength"] in knowledge.CITATION_STRENGTHS, cid


# Phrases a benefits lawyer struck: each overstated what its source says.
OVERSTATEMENTS = (
    "even in a state that does not license",  # FAQ XXIX covers a licensed RN, not an IBCLC
    "must come with an exceptions process",  # FAQ XXVI is about contraception: by analogy
    "federal agencies expect",
    "does not have to be proven medically necessary",  # 147.130(a)(4) allows management
    "takes away part of the service",  # a cap with no exception is unreasonable, argued so
    "court reviewing lactation claims found",  # Condry's 2018 rulings were never read
    "diagnosis code Z39.1",  # never assert a code the claim does not carry
)


@pytest.mark.parametrize("phrase", OVERSTATEMENTS)
def test_no_argument_overstates_its_source(phrase: str) -> None:
    for arg in knowledge.arguments().values():
        for key in (*knowledge.ARGUMENT_TEXT_KEYS, "text_employer", "title"):
            assert phrase.lower() not in str(arg.get(key) or "").lower(), (arg["id"], key)


def test_condry_is_cited_from_the_order_itself() -> None:
    (variant,) = knowledge.citations()["condry"]["variants"].values()
    assert variant["url"].startswith("https://docs.justia.com/cases/federal/district-courts/")
    assert "17-cv-00183" in variant["text"] and variant["status"] == "verified"
