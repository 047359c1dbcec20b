"""Corrections: set a value of the parse document by its contract path, checked, and recorded.

A person corrects what the reader got wrong with ``PATH=VALUE`` (``member.id=XJH4471209``,
``claims.0.denial.primary_category=provider_type``): from ``--set``, an edited
``case.json`` or the web page's review form. Each value is checked against the
contract's vocabularies (categories, funding kinds, dates, money, ...) and lands with
evidence ``source="person"``, ``sure=True``. The profile's plan facts land the same
way with ``source="profile"``. Every stage may use this module; it imports none of them.

Which facts a letter may state is decided here too (``is_sure``): a value is sure when
its evidence says so, or when the profile or the person gave it. A value with no
evidence entry is not sure.

One module a job: ``paths`` (what may be set), ``values`` (checking a value),
``document`` (reading and writing a path), ``sure`` (evidence and applying
corrections), ``profile`` (the profile's facts, an edited case.json), ``questions``
(what to ask the person).
"""

from __future__ import annotations

from .document import get_value, serialized
from .paths import (
    BOOL_WORDS,
    CASE_FACTS,
    FIELDS,
    LABELS,
    LETTER_FACTS,
    MAX_VALUE_CHARS,
    NETWORK_VALUES,
    SOURCES,
    US_STATES,
    Correction,
    label_of,
    parse_assignment,
    pattern_of,
)
from .profile import (
    PROFILE_FACTS,
    apply_profile,
    as_read,
    claim_index,
    claim_paths,
    confirm_edits,
    fact_paths,
    unsure_paths,
)
from .questions import (
    ASSUMED_DENIED,
    CATEGORY_QUESTION,
    DENIED_QUESTION,
    SEEN_MAX_CHARS,
    CheckItem,
    assumed_denied,
    check_item,
    check_rank,
    denied_question,
    letter_paths,
    maybe_denied,
    shown,
    to_check,
    unclear_denied,
)
from .sure import apply, case_facts, check, evidence_of, is_sure, source_of
from .values import convert

__all__ = [
    "ASSUMED_DENIED",
    "BOOL_WORDS",
    "CASE_FACTS",
    "CATEGORY_QUESTION",
    "CheckItem",
    "Correction",
    "DENIED_QUESTION",
    "FIELDS",
    "LABELS",
    "LETTER_FACTS",
    "MAX_VALUE_CHARS",
    "NETWORK_VALUES",
    "PROFILE_FACTS",
    "SEEN_MAX_CHARS",
    "SOURCES",
    "US_STATES",
    "apply",
    "apply_profile",
    "as_read",
    "assumed_denied",
    "case_facts",
    "check",
    "check_item",
    "check_rank",
    "confirm_edits",
    "convert",
    "denied_question",
    "evidence_of",
    "fact_paths",
    "get_value",
    "is_sure",
    "label_of",
    "letter_paths",
    "maybe_denied",
    "parse_assignment",
    "pattern_of",
    "serialized",
    "shown",
    "source_of",
    "to_check",
    "unclear_denied",
    "unsure_paths",
    "claim_index",
    "claim_paths",
]
