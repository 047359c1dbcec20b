"""The code tables and denial rules load, and a malformed copy fails with file:line."""

from __future__ import annotations

import re

import pytest

from appealgen import knowledge
from appealgen.errors import KnowledgeError
from appealgen.models import CATEGORIES

CARC_HEAD = "code,description,categories,status\n"
PHRASE_HEAD = "rules:\n  - category: duplicate\n"

LOADERS = (
    knowledge.carc_codes,
    knowledge.rarc_codes,
    knowledge.lactation_codes,
    knowledge.categories,
    knowledge.phrase_rules,
    knowledge.phrase_short_forms,
    knowledge.phrase_plain_words,
    knowledge.phrase_amount_words,
    knowledge.phrase_denying,
    knowledge.phrase_rule_words,
    knowledge.phrase_description_match,
    knowledge.load_codes_and_rules,
)


@pytest.fixture
def fresh(monkeypatch):
    """Clear the caches; ``fresh(relpath, text)`` replaces one data file."""
    for fn in LOADERS:
        fn.cache_clear()
    real = knowledge.read_data_text

    def replace(relpath: str, text: str) -> None:
        monkeypatch.setattr(
            knowledge, "read_data_text", lambda p: text if p == relpath else real(p)
        )

    yield replace
    for fn in LOADERS:
        fn.cache_clear()


def test_everything_loads():
    knowledge.load_codes_and_rules()
    carc, rarc = knowledge.carc_codes(), knowledge.rarc_codes()
    assert len(carc) >= 250 and len(rarc) >= 900
    assert carc["242"].categories == ("out_of_network",)
    assert carc["38"].status == "deactivated"
    assert rarc["N95"].categories == ("provider_type",)
    assert list(knowledge.categories())[-1] == "other"
    assert set(knowledge.categories()) == set(CATEGORIES)


def test_load_all_picks_up_this_section():
    knowledge.load_all()
    assert knowledge.load_codes_and_rules.cache_info().currsize == 1


@pytest.mark.parametrize(
    ("code", "categories"),
    [
        ("1", ("cost_sharing",)),
        ("170", ("provider_type",)),
        ("197", ("prior_authorization",)),
        ("96", ("not_covered",)),
        ("50", ("medical_necessity",)),
        ("5", ("place_of_service",)),
        ("119", ("frequency_limit",)),
        ("29", ("timely_filing",)),
        ("27", ("eligibility",)),
        ("22", ("coordination_of_benefits",)),
        ("18", ("duplicate",)),
        ("45", ()),
    ],
)
def test_carc_meanings(code, categories):
    assert knowledge.carc_codes()[code].categories == categories


def test_lactation_codes():
    codes = knowledge.lactation_codes()
    assert codes["S9443"].system == "hcpcs"
    assert codes["Z39.1"].role == "preventive_dx"
    assert codes["R63.3"].billable is False
    assert codes["R63.30"].billable is True


def test_phrase_rules_compiled():
    rules = knowledge.phrase_rules()
    assert [r.priority for r in rules] == sorted(r.priority for r in rules)
    assert {r.category for r in rules} <= set(CATEGORIES)


PHRASES_BAD_CATEGORY = """rules:
  - category: out_of_network
    priority: 10
    patterns:
      - 'not in your network'

  - category: out_of_netwrk
    priority: 20
    patterns:
      - 'out of network'
"""


def test_bad_category_names_file_and_line(fresh):
    fresh("rules/phrases.yaml", PHRASES_BAD_CATEGORY)
    with pytest.raises(KnowledgeError) as e:
        knowledge.phrase_rules()
    assert str(e.value) == (
        "data/rules/phrases.yaml:7: unknown category 'out_of_netwrk'"
        " — did you mean 'out_of_network'?"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            PHRASE_HEAD + "    priority: 1\n    patterns: ['(unclosed']\n",
            "data/rules/phrases.yaml:2: bad regular expression",
            id="bad-regex",
        ),
        pytest.param(
            PHRASE_HEAD + "    priority: 1\n    patterns: ['a[ -]b']\n",
            "data/rules/phrases.yaml:2: pattern",
            id="space-in-class",
        ),
        pytest.param(
            PHRASE_HEAD + "    priority: 1\n    patern: ['x']\n",
            "data/rules/phrases.yaml:2: unknown key 'patern'",
            id="typo-key",
        ),
        pytest.param(
            PHRASE_HEAD + "    priority: high\n    patterns: ['x']\n",
            "data/rules/phrases.yaml:2: priority",
            id="bad-priority",
        ),
        pytest.param(
            PHRASE_HEAD + "    priority: 1\n    patterns: ['x?']\n",
            "data/rules/phrases.yaml:2: pattern 'x?' matches empty",
            id="empty-match",
        ),
    ],
)
def test_malformed_phrases(fresh, text, message):
    fresh("rules/phrases.yaml", text)
    with pytest.raises(KnowledgeError, match="^" + re.escape(message)):
        knowledge.phrase_rules()


SHORT_HEAD = "rules:\n  - category: duplicate\n    priority: 1\n    patterns: ['dup']\n"


@pytest.mark.parametrize(
    ("loader", "text", "message"),
    [
        pytest.param(
            "phrase_short_forms",
            "short_forms: [prov]\n",
            "short_forms: expected a mapping",
            id="short-list",
        ),
        pytest.param(
            "phrase_short_forms",
            "short_forms:\n  med nec: necessary\n",
            "'med nec': expected",
            id="short-space",
        ),
        pytest.param(
            "phrase_short_forms",
            "short_forms:\n  PROV: provider\n",
            "'PROV': expected",
            id="short-capitals",
        ),
        pytest.param(
            "phrase_short_forms",
            "short_forms:\n  prov: ''\n",
            "'prov': expected the words",
            id="short-empty",
        ),
        pytest.param(
            "phrase_plain_words",
            "plain_words: {claim: 1}\n",
            "plain_words: expected a list",
            id="plain-mapping",
        ),
        pytest.param(
            "phrase_plain_words",
            "plain_words: [Claim]\n",
            "plain_words: 'Claim': expected",
            id="plain-capitals",
        ),
        pytest.param(
            "phrase_plain_words",
            "plain_words: [see it]\n",
            "plain_words: 'see it': expected",
            id="plain-two",
        ),
        pytest.param(
            "phrase_plain_words",
            "plain_words: [no]\n",
            "plain_words: False: expected",
            id="plain-yaml-bool",
        ),
    ],
)
def test_malformed_short_forms_and_plain_words(fresh, loader, text, message):
    fresh("rules/phrases.yaml", SHORT_HEAD + text)
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        getattr(knowledge, loader)()


def test_a_pattern_reads_a_family_as_any_of_its_words(fresh):
    fresh(
        "rules/phrases.yaml",
        "families:\n  kin: [twice, 'two times']\n"
        "rules:\n  - category: duplicate\n    priority: 1\n    patterns: ['billed {kin}']\n",
    )
    (rule,) = knowledge.phrase_rules()
    assert rule.patterns[0].search("It was billed two times.")
    assert not rule.patterns[0].search("It was billed once.")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rules:\n  - category: duplicate\n    priority: 1\n    patterns: ['{kin}']\n", "{kin}"),
        ("families:\n  Kin: [twice]\n" + SHORT_HEAD, "'Kin': expected a lower-case name"),
        ("families:\n  kin: []\n" + SHORT_HEAD, "'kin': expected a list of words"),
    ],
)
def test_malformed_families(fresh, text, message):
    fresh("rules/phrases.yaml", text)
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        knowledge.phrase_rules()


def test_denying_words_are_whole_words(fresh):
    fresh("rules/phrases.yaml", SHORT_HEAD + "denying: [not, 'no longer']\n")
    rx = knowledge.phrase_denying()
    assert rx.search("is NOT in") and rx.search("no  longer") and not rx.search("nothing")


def test_rule_words_are_whole_words(fresh):
    fresh("rules/phrases.yaml", SHORT_HEAD + "rule_words: [covers, 'pays for']\n")
    rx = knowledge.phrase_rule_words()
    assert rx.search("Your plan COVERS") and rx.search("pays  for") and not rx.search("recovers")


def test_rule_words_must_be_a_list_of_words(fresh):
    fresh("rules/phrases.yaml", SHORT_HEAD + "rule_words: covers\n")
    with pytest.raises(KnowledgeError, match="rule_words: expected a list of words"):
        knowledge.phrase_rule_words()


def test_plain_words_are_read_as_listed(fresh):
    fresh("rules/phrases.yaml", SHORT_HEAD + "plain_words: [claim, see]\n")
    assert knowledge.phrase_plain_words() == frozenset({"claim", "see"})


def test_short_forms_are_whole_words_in_any_case(fresh):
    fresh("rules/phrases.yaml", SHORT_HEAD + "short_forms:\n  prov: provider\n  w/: with\n")
    forms = knowledge.phrase_short_forms()
    assert forms.expand("PROV NOT PAR W/ PLAN; Prov; improv; prov-type") == (
        "provider NOT PAR with PLAN; provider; improv; prov-type"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            CARC_HEAD + "50,Not necessary,medical_necessity,active\n"
            "50,Again,medical_necessity,active\n",
            "data/codes/carc.csv:3: duplicate code '50'",
            id="duplicate",
        ),
        pytest.param(
            CARC_HEAD + "50,Not necessary,medical_necesity,active\n",
            "data/codes/carc.csv:2: unknown category 'medical_necesity'",
            id="category",
        ),
        pytest.param(
            "code,description,categorys,status\n50,Not necessary,medical_necessity,active\n",
            "data/codes/carc.csv:1: missing column 'categories'",
            id="column",
        ),
        pytest.param(
            CARC_HEAD + "50,Not necessary,medical_necessity,gone\n",
            "data/codes/carc.csv:2: unknown status 'gone'",
            id="status",
        ),
        pytest.param(
            CARC_HEAD + "X-1,Bad,,active\n",
            "data/codes/carc.csv:2: 'X-1' does not look like",
            id="shape",
        ),
        pytest.param(
            CARC_HEAD + "50,Not necessary,medical_necessity,active,x\n",
            "data/codes/carc.csv:2: too many cells",
            id="extra-cell",
        ),
    ],
)
def test_malformed_carc(fresh, text, message):
    fresh("codes/carc.csv", text)
    with pytest.raises(KnowledgeError, match="^" + re.escape(message)):
        knowledge.carc_codes()


def test_malformed_lactation_code(fresh):
    fresh(
        "codes/lactation_codes.csv",
        "code,system,description,role,note\nS9443,cpt,Lactation classes,lactation_service,\n",
    )
    with pytest.raises(KnowledgeError, match=r"^data/codes/lactation_codes.csv:2: 'S9443' is not"):
        knowledge.lactation_codes()


def test_categories_must_be_complete(fresh):
    fresh(
        "categories.yaml",
        "categories:\n  - id: other\n    priority: 1\n    description: x\n    choice: y\n",
    )
    with pytest.raises(KnowledgeError, match=r"^data/categories.yaml: missing categories"):
        knowledge.categories()


def test_categories_unknown_id(fresh):
    fresh(
        "categories.yaml",
        "categories:\n  - id: duplicat\n    priority: 1\n    description: x\n    choice: y\n",
    )
    msg = "data/categories.yaml:2: unknown category 'duplicat'"
    with pytest.raises(KnowledgeError, match="^" + re.escape(msg)):
        knowledge.categories()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("O9213,hcpcs,Lactation,lactation_service,\n", id="diagnosis-as-hcpcs"),
        pytest.param("9940,cpt,Lactation,lactation_service,\n", id="four-digit-cpt"),
        pytest.param("Z39.12345,icd10,Lactation,preventive_dx,\n", id="long-diagnosis"),
    ],
)
def test_lactation_code_shapes_are_the_readers(fresh, text):
    """The table refuses what the reader would not read as a code of that system."""
    from appealgen.read import normalize

    code, system = text.split(",")[:2]
    reads = {"cpt": normalize.is_cpt, "hcpcs": normalize.is_hcpcs, "icd10": normalize.is_icd10}
    assert not reads[system](code)
    fresh("codes/lactation_codes.csv", "code,system,description,role,note\n" + text)
    with pytest.raises(KnowledgeError, match=rf"^data/codes/lactation_codes.csv:2: '{code}'"):
        knowledge.lactation_codes()


def test_every_lactation_code_reads_as_its_system():
    from appealgen.read import normalize

    reads = {"cpt": normalize.is_cpt, "hcpcs": normalize.is_hcpcs, "icd10": normalize.is_icd10}
    for code, info in knowledge.lactation_codes().items():
        assert reads[info.system](code), code
        others = [s for s in ("cpt", "hcpcs") if s != info.system and info.system != "icd10"]
        assert not any(reads[s](code) for s in others), code


@pytest.mark.parametrize(
    ("loader", "text", "message"),
    [
        ("phrase_amount_words", "amount_words: [Billed]\n", "amount_words: 'Billed': expected"),
        ("phrase_description_match", "code_descriptions: [1]\n", "expected a mapping"),
        ("phrase_description_match", "code_descriptions:\n  min_slots: 0\n", "min_slots: 0"),
        (
            "phrase_description_match",
            "code_descriptions:\n  sentence_share: 1.5\n",
            "sentence_share: 1.5: expected a share",
        ),
        (
            "phrase_description_match",
            "code_descriptions:\n  extra_words: [Because]\n",
            "extra_words: expected lower-case words",
        ),
        ("phrase_description_match", "code_descriptions:\n  share: 0.5\n", "share"),
    ],
)
def test_malformed_amount_words_and_code_descriptions(fresh, loader, text, message):
    fresh("rules/phrases.yaml", SHORT_HEAD + text)
    with pytest.raises(KnowledgeError, match=re.escape(message)):
        getattr(knowledge, loader)()


def test_code_descriptions_as_shipped():
    rules = knowledge.phrase_description_match()
    assert rules.min_slots >= 2 and 0 < rules.sentence_share <= rules.description_share <= 1
    assert "because" in rules.extra_words
    assert "billed" in knowledge.phrase_amount_words()
