"""rules/reader_words.yaml: the words the reader weighs what it read by (funding said
outright, organisation words, network status, labels of other numbers, printed
claim statuses, words that name a document)."""

from __future__ import annotations

import functools
import re

from ..records import record
from .checks import compile_checked, lower_words, word_list
from .files import data_loader, fail, load_mapping

READER_WORDS_FILE = "rules/reader_words.yaml"
READER_WORD_KEYS = (
    "funding_outright",
    "organisation",
    "network",
    "other_number_labels",
    "status_denied",
    "status_paid",
    "plan_types",
    "claim_label_words",
    "other_reference_words",
    "appeal_rights",
    "phone_context",
    "phone_elsewhere",
    "street_words",
    "name_particles",
    "document_words",
    "provider_words",
    "code_key_titles",
    "remittance_titles",
    "payee_words",
    "person_captions",
    "name_titles",
    "label_objects",
    "label_determiners",
    "network_in_cells",
    "network_out_cells",
    "office_words",
    "insurer_words",
    "name_abbreviations",
    "claim_event_dates",
    "other_claim_words",
    "greeting_words",
    "other_number_words",
    "settled_claim_words",
    "spoken_of_words",
    "coverage_words",
    "coverage_start_words",
    "coverage_end_words",
    "care_words",
    "another_party_words",
    "member_label_words",
    "id_naming_words",
    "advice_words",
)


@record(frozen=True)
class ReaderWords:
    """The compiled word lists of rules/reader_words.yaml."""

    funding_outright: re.Pattern[str]  # found anywhere in the sentence
    organisation: re.Pattern[str]  # whole words
    network: re.Pattern[str]  # found anywhere in the claim's lines
    other_number_labels: frozenset[str]  # exact, lower case
    status_denied: frozenset[str]  # lower case words
    status_paid: frozenset[str]
    plan_types: tuple[str, ...]  # as printed
    claim_label_words: re.Pattern[str]
    other_reference_words: re.Pattern[str]
    appeal_rights: re.Pattern[str]
    phone_context: re.Pattern[str]  # found anywhere before the number
    phone_elsewhere: re.Pattern[str]
    street_words: tuple[str, ...]  # regular expressions of whole words
    name_particles: tuple[str, ...]  # lower case
    document_words: re.Pattern[str]  # the last word of a name
    provider_words: re.Pattern[str]  # whole words, case ignored
    code_key_titles: re.Pattern[str]  # found anywhere in a short heading
    remittance_titles: re.Pattern[str]  # found anywhere in the first lines
    payee_words: re.Pattern[str]  # found anywhere in the first lines
    person_captions: re.Pattern[str]  # the words a line opens with, before the person
    name_titles: frozenset[str]  # words before a surname that are no given name
    label_objects: frozenset[str]  # words before a label that make it another noun's object
    label_determiners: frozenset[str]  # passed over between such a word and the label
    network_in_cells: frozenset[str]  # a network column's cell, whole, lower case
    network_out_cells: frozenset[str]
    office_words: re.Pattern[str]  # whole words, case ignored
    insurer_words: re.Pattern[str]  # whole words, case ignored
    name_abbreviations: tuple[str, ...]  # as printed, without the full stop
    claim_event_dates: frozenset[str]  # words of a notice date's label, lower case
    other_claim_words: re.Pattern[str]  # found anywhere in a sentence
    greeting_words: re.Pattern[str]  # the word a line opens with, case ignored
    other_number_words: re.Pattern[str]  # found anywhere between "claim" and a number
    settled_claim_words: re.Pattern[str]  # found in the clause telling a claim's number
    spoken_of_words: re.Pattern[str]  # whole words, case ignored
    coverage_words: re.Pattern[str]  # whole words, case ignored
    coverage_start_words: re.Pattern[str]  # whole words, case ignored
    coverage_end_words: re.Pattern[str]  # whole words, case ignored
    care_words: re.Pattern[str]  # whole words, case ignored
    another_party_words: re.Pattern[str]  # found anywhere on an ID card's line, case ignored
    member_label_words: re.Pattern[str]  # whole words of a label, case ignored
    id_naming_words: re.Pattern[str]  # whole words, case ignored
    advice_words: re.Pattern[str]  # found in a condition's other clause, case ignored

    @functools.cached_property
    def plan_type_alternation(self) -> str:
        """The plan types as one alternation for a pattern's group, longest first."""
        return _longest_first(self.plan_types)

    @functools.cached_property
    def statuses(self) -> str:
        """The status words as one alternation, denied ones first (longest first in each)."""
        return _longest_first(self.status_denied) + "|" + _longest_first(self.status_paid)


def _longest_first(words: frozenset[str] | tuple[str, ...]) -> str:
    """Literal words as one alternation, longest first (so "HMO-POS" wins over "HMO")."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in ordered)


@data_loader
def reader_words() -> ReaderWords:
    """The word lists of rules/reader_words.yaml, validated and compiled."""
    rel = READER_WORDS_FILE
    doc = load_mapping(rel, READER_WORD_KEYS)
    line = doc.get("__line__")

    def alternation(key: str, template: str = "{}") -> re.Pattern[str]:
        return compile_checked(rel, line, template.format("|".join(word_list(rel, doc, key))))

    def lower(key: str) -> frozenset[str]:
        return frozenset(lower_words(rel, line, doc[key], key))

    net_in, net_out = lower("network_in_cells"), lower("network_out_cells")
    if both := sorted(net_in & net_out):
        raise fail(rel, line, f"{both[0]!r} is in both network_in_cells and network_out_cells")
    denied, paid = lower("status_denied"), lower("status_paid")
    if both := sorted(denied & paid):
        raise fail(rel, line, f"{both[0]!r} is in both status_denied and status_paid")
    return ReaderWords(
        funding_outright=alternation("funding_outright"),
        organisation=alternation("organisation", r"\b(?:{})\b"),
        network=alternation("network"),
        other_number_labels=lower("other_number_labels"),
        status_denied=denied,
        status_paid=paid,
        plan_types=tuple(word_list(rel, doc, "plan_types")),
        claim_label_words=alternation("claim_label_words"),
        other_reference_words=alternation("other_reference_words"),
        appeal_rights=alternation("appeal_rights"),
        phone_context=alternation("phone_context"),
        phone_elsewhere=alternation("phone_elsewhere"),
        street_words=tuple(word_list(rel, doc, "street_words")),
        name_particles=tuple(sorted(lower("name_particles"), key=lambda w: (-len(w), w))),
        document_words=alternation("document_words", r"\b(?:{})\W*$"),
        provider_words=alternation("provider_words", r"\b(?:{})\b"),
        code_key_titles=alternation("code_key_titles"),
        remittance_titles=alternation("remittance_titles"),
        payee_words=alternation("payee_words"),
        person_captions=alternation("person_captions", r"^\s*(?:{})\s+"),
        name_titles=lower("name_titles"),
        label_objects=lower("label_objects"),
        label_determiners=lower("label_determiners"),
        network_in_cells=net_in,
        network_out_cells=net_out,
        office_words=alternation("office_words", r"\b(?:{})\b"),
        insurer_words=alternation("insurer_words", r"\b(?:{})(?!\w)"),
        name_abbreviations=tuple(word_list(rel, doc, "name_abbreviations")),
        claim_event_dates=lower("claim_event_dates"),
        other_claim_words=alternation("other_claim_words"),
        greeting_words=alternation("greeting_words", r"(?i)^\s*(?:{})\b"),
        other_number_words=alternation("other_number_words", r"(?i)(?:{})"),
        settled_claim_words=alternation("settled_claim_words", r"(?i)(?:{})"),
        spoken_of_words=alternation("spoken_of_words", r"(?i)\b(?:{})\b"),
        coverage_words=alternation("coverage_words", r"(?i)\b(?:{})\b"),
        coverage_start_words=alternation("coverage_start_words", r"(?i)\b(?:{})\b"),
        coverage_end_words=alternation("coverage_end_words", r"(?i)\b(?:{})\b"),
        care_words=alternation("care_words", r"(?i)\b(?:{})\b"),
        another_party_words=alternation("another_party_words", r"(?i)\b(?:{})\b"),
        member_label_words=alternation("member_label_words", r"(?i)\b(?:{})\b"),
        id_naming_words=alternation("id_naming_words", r"(?i)(?<!\w)(?:{})(?!\w)"),
        advice_words=alternation("advice_words", r"(?i)(?:{})"),
    )
