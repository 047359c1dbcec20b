"""Loads and validates every data file of the knowledge base, once per process.

A wrong key, a bad value or a dangling reference stops the program at load with
``file:line: what is wrong — did you mean …``. Nothing is warned about and skipped.

One module a kind of data file under ``appealgen/data``, each with its loader
(kept for the process once it ran); ``files`` reads the files and ``checks``
holds the value checks they share:

  codes       codes/carc.csv, codes/rarc.csv, codes/lactation_codes.csv
  category    categories.yaml
  phrase      rules/phrases.yaml
  reader      rules/insurers.yaml, funding.yaml, denial_words.yaml, heading_weights.yaml
  reader_words rules/reader_words.yaml
  decide_word_lists rules/decide_words.yaml (imported when the decide stage first uses it)
  citation    citations.yaml
  argument    arguments/<id>.yaml
  venue       venues/regulators.csv, venues/federal.yaml
  track       tracks.yaml
  deadline    deadlines.yaml
  stage       rules/stages.yaml
  claim       rules/claims.yaml
  addressee   rules/addressees.yaml
  sentence    rules/sentences.yaml

The read stage's label synonyms (rules/labels.yaml) are loaded by read/fields.py.
Everything is importable from ``appealgen.knowledge`` as before; a loader module is
imported when one of its names is first used. The parsed YAML of the data files is
kept between runs by ``cache`` (validation still runs on every load).
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any

from . import files

# Imported now: the module shares its loader's name, and importing the module later would
# put the module where the loader is expected (every read uses reader_words anyway).
from .files import (
    check_keys,
    data_loader,
    data_path,
    did_you_mean,
    fail,
    list_data_files,
    load_csv,
    load_yaml,
    named_mapping,
    read_data_text,
    strip_lines,
)
from .reader_words import READER_WORD_KEYS, READER_WORDS_FILE, ReaderWords, reader_words

if TYPE_CHECKING:
    from .addressee import plan_request_patterns
    from .argument import (
        ARGUMENT_AUDIENCES,
        ARGUMENT_TEXT_KEYS,
        ARGUMENTS_DIR,
        BY_ANALOGY,
        DEFAULT_AUDIENCES,
        FIRST_PERSON,
        FIRST_PERSON_PLURAL,
        OBLIGATION_WORDS,
        argument_citation_problems,
        arguments,
    )
    from .category import CategoryInfo, categories
    from .checks import compile_phrase
    from .citation import (
        CITABLE_CONFIDENCE,
        CITATION_STATUSES,
        CITATION_STRENGTHS,
        CITATIONS_FILE,
        OPTIONAL_REGIMES,
        PRIMARY_SOURCE_HOSTS,
        REGIMES,
        citations,
    )
    from .claim import BillingDefect, ClaimRules, claim_rules
    from .codes import (
        CODE_STATUSES,
        LACTATION_ROLES,
        LACTATION_SYSTEMS,
        CodeInfo,
        LactationCode,
        carc_codes,
        lactation_codes,
        rarc_codes,
    )
    from .deadline import (
        CLAIM_TYPES,
        DEADLINE_KINDS,
        DEADLINE_STARTS,
        DEADLINES_FILE,
        deadline_rules,
    )
    from .decide_word_lists import DECIDE_WORDS_FILE, DecideWords, decide_words
    from .phrase import (
        DescriptionMatch,
        PhraseRule,
        ShortForms,
        phrase_amount_words,
        phrase_denying,
        phrase_description_match,
        phrase_plain_words,
        phrase_rule_words,
        phrase_rules,
        phrase_short_forms,
    )
    from .reader import HEADING_WEIGHTS, ReaderRules, reader_rules
    from .sentence import SENTENCE_KINDS, SentenceRules, sentence_rules
    from .stage import StageRules, stage_rules
    from .track import TRACK_COMPLAINTS, TRACKS_FILE, tracks
    from .venue import (
        FEDERAL_VENUES_FILE,
        REGULATOR_COLUMNS,
        REGULATOR_COUNT,
        REGULATORS_FILE,
        federal_venues,
        regulators,
    )

# What each loader module gives; imported on first use (``__getattr__`` below), so a
# command that reads one document does not import the loaders of the decide stage.
_SUBMODULES: dict[str, tuple[str, ...]] = {
    "addressee": ("plan_request_patterns",),
    "argument": (
        "ARGUMENT_AUDIENCES",
        "ARGUMENT_TEXT_KEYS",
        "ARGUMENTS_DIR",
        "BY_ANALOGY",
        "DEFAULT_AUDIENCES",
        "FIRST_PERSON",
        "FIRST_PERSON_PLURAL",
        "OBLIGATION_WORDS",
        "argument_citation_problems",
        "arguments",
    ),
    "category": ("CategoryInfo", "categories"),
    "checks": ("compile_phrase",),
    "citation": (
        "CITABLE_CONFIDENCE",
        "CITATION_STATUSES",
        "CITATION_STRENGTHS",
        "CITATIONS_FILE",
        "OPTIONAL_REGIMES",
        "PRIMARY_SOURCE_HOSTS",
        "REGIMES",
        "citations",
    ),
    "claim": ("BillingDefect", "ClaimRules", "claim_rules"),
    "codes": (
        "CODE_STATUSES",
        "LACTATION_ROLES",
        "LACTATION_SYSTEMS",
        "CodeInfo",
        "LactationCode",
        "carc_codes",
        "lactation_codes",
        "rarc_codes",
    ),
    "deadline": (
        "CLAIM_TYPES",
        "DEADLINE_KINDS",
        "DEADLINE_STARTS",
        "DEADLINES_FILE",
        "deadline_rules",
    ),
    "decide_word_lists": ("DECIDE_WORDS_FILE", "DecideWords", "decide_words"),
    "phrase": (
        "DescriptionMatch",
        "PhraseRule",
        "ShortForms",
        "phrase_amount_words",
        "phrase_denying",
        "phrase_rule_words",
        "phrase_description_match",
        "phrase_plain_words",
        "phrase_rules",
        "phrase_short_forms",
    ),
    "reader": ("HEADING_WEIGHTS", "ReaderRules", "reader_rules"),
    "sentence": ("SENTENCE_KINDS", "SentenceRules", "sentence_rules"),
    "stage": ("StageRules", "stage_rules"),
    "track": ("TRACK_COMPLAINTS", "TRACKS_FILE", "tracks"),
    "venue": (
        "FEDERAL_VENUES_FILE",
        "REGULATOR_COLUMNS",
        "REGULATOR_COUNT",
        "REGULATORS_FILE",
        "federal_venues",
        "regulators",
    ),
}
_LAZY = {name: module for module, names in _SUBMODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next look-up does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DescriptionMatch",
    "ARGUMENTS_DIR",
    "ARGUMENT_AUDIENCES",
    "ARGUMENT_TEXT_KEYS",
    "BY_ANALOGY",
    "BillingDefect",
    "CITABLE_CONFIDENCE",
    "CITATIONS_FILE",
    "CITATION_STATUSES",
    "CITATION_STRENGTHS",
    "CLAIM_TYPES",
    "CODE_STATUSES",
    "CategoryInfo",
    "ClaimRules",
    "CodeInfo",
    "DEADLINES_FILE",
    "DEADLINE_KINDS",
    "DEADLINE_STARTS",
    "DEFAULT_AUDIENCES",
    "FEDERAL_VENUES_FILE",
    "FIRST_PERSON",
    "FIRST_PERSON_PLURAL",
    "HEADING_WEIGHTS",
    "READER_WORDS_FILE",
    "READER_WORD_KEYS",
    "LACTATION_ROLES",
    "LACTATION_SYSTEMS",
    "LOADER_MODULES",
    "LactationCode",
    "OBLIGATION_WORDS",
    "OPTIONAL_REGIMES",
    "PRIMARY_SOURCE_HOSTS",
    "PhraseRule",
    "ShortForms",
    "REGIMES",
    "REGULATORS_FILE",
    "REGULATOR_COLUMNS",
    "REGULATOR_COUNT",
    "ReaderRules",
    "DECIDE_WORDS_FILE",
    "DecideWords",
    "ReaderWords",
    "SENTENCE_KINDS",
    "SentenceRules",
    "StageRules",
    "TRACKS_FILE",
    "TRACK_COMPLAINTS",
    "argument_citation_problems",
    "arguments",
    "carc_codes",
    "categories",
    "check_keys",
    "citations",
    "claim_rules",
    "clear_caches",
    "compile_phrase",
    "data_loader",
    "data_path",
    "deadline_rules",
    "did_you_mean",
    "fail",
    "federal_venues",
    "lactation_codes",
    "list_data_files",
    "load_addressee_rules",
    "load_all",
    "load_claim_rules",
    "load_codes_and_rules",
    "load_csv",
    "load_decide_knowledge",
    "load_parser_labels",
    "load_stage_rules",
    "load_yaml",
    "named_mapping",
    "phrase_amount_words",
    "phrase_denying",
    "phrase_rule_words",
    "phrase_description_match",
    "phrase_plain_words",
    "phrase_rules",
    "phrase_short_forms",
    "plan_request_patterns",
    "rarc_codes",
    "read_data_text",
    "reader_rules",
    "decide_words",
    "reader_words",
    "regulators",
    "sentence_rules",
    "stage_rules",
    "strip_lines",
    "tracks",
    "validate_all",
]

# Modules outside this one that define loaders (validate_all imports them)
LOADER_MODULES = (
    "appealgen.read.fields",
    "appealgen.read.page_marks",
    "appealgen.read.row_words",
    "appealgen.read.claim_lines",
    "appealgen.read.ocr_confusions",
)


@functools.cache
def load_all() -> None:
    """Load and validate every data file (called at start by the CLI and the tests)."""
    for name, fn in list(globals().items()):
        if name.startswith("load_") and name not in ("load_all", "load_csv", "load_yaml"):
            if callable(fn) and getattr(fn, "__wrapped__", None) is not None:
                fn()


def clear_caches() -> None:
    """Forget every loaded data file in this process (the next use reads it again)."""
    from .. import memo

    steps = [fn for name, fn in globals().items() if name.startswith("load_")]
    for fn in [*files.LOADERS, *steps]:
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()
    memo.forget()  # answers worked out from the data files forgotten


def validate_all() -> list[str]:
    """Read and validate every data file again, whatever this process or an earlier run
    remembered; return the data files read (``appealgen check`` and the tests).

    Raises ``KnowledgeError`` (``file:line: …``) at the first mistake.
    """
    for module in (*(f"{__name__}.{m}" for m in _SUBMODULES), *LOADER_MODULES):
        importlib.import_module(module)
    clear_caches()
    files.files_read = read = set()
    try:
        for fn in list(files.LOADERS):
            fn()
        return sorted(read)
    finally:
        files.files_read = None


@functools.cache
def load_decide_knowledge() -> None:
    """Load and validate every data file of the decide stage (load_all runs this)."""
    from .argument import arguments
    from .citation import citations
    from .deadline import deadline_rules
    from .decide_word_lists import decide_words
    from .track import tracks
    from .venue import federal_venues, regulators

    citations()
    arguments()
    decide_words()
    regulators()
    federal_venues()
    tracks()
    deadline_rules()


@functools.cache
def load_codes_and_rules() -> None:
    """Load every file of this section (load_all() finds this by its load_ name)."""
    from .category import categories
    from .codes import carc_codes, lactation_codes, rarc_codes
    from .phrase import (
        phrase_amount_words,
        phrase_denying,
        phrase_description_match,
        phrase_plain_words,
        phrase_rule_words,
        phrase_rules,
        phrase_short_forms,
    )
    from .reader import reader_rules

    carc_codes()
    rarc_codes()
    lactation_codes()
    categories()
    phrase_rules()
    phrase_short_forms()
    phrase_plain_words()
    phrase_amount_words()
    phrase_denying()
    phrase_rule_words()
    phrase_description_match()
    reader_rules()
    reader_words()


@functools.cache
def load_parser_labels() -> None:
    """Validate rules/labels.yaml (load_all() finds this by its load_ name)."""
    from ..read.fields import labels

    labels()


@functools.cache
def load_stage_rules() -> None:
    """Validate rules/stages.yaml (load_all() finds this by its load_ name)."""
    from .stage import stage_rules

    stage_rules()


@functools.cache
def load_claim_rules() -> None:
    """Validate rules/claims.yaml (load_all() finds this by its load_ name)."""
    from .claim import claim_rules

    claim_rules()


@functools.cache
def load_addressee_rules() -> None:
    """Validate rules/addressees.yaml (load_all() finds this by its load_ name)."""
    from .addressee import plan_request_patterns

    plan_request_patterns()
