"""The reader's word lists and weights:

rules/insurers.yaml         organisation words and words that are never the insurer
rules/funding.yaml          ordered rules: phrases -> plan.funding
rules/denial_words.yaml     words that say denied / paid in full; headings over a reason
rules/heading_weights.yaml  how the insurer's heading is scored
"""

from __future__ import annotations

import re

from ..records import record
from .checks import check_choice, compile_checked, word_list
from .files import check_keys, data_loader, fail, load_yaml

HEADING_WEIGHTS = (
    "organisation_word",
    "size_rank",
    "size_ranks",
    "first_lines",
    "first_line_count",
    "bold",
    "page_position",
    "font_size_divisor",
    "top_fraction",
)


@record(frozen=True)
class ReaderRules:
    org_words: re.Pattern[str]
    not_payer: re.Pattern[str]
    funding: tuple[tuple[str, re.Pattern[str]], ...]
    denied: re.Pattern[str]
    paid: re.Pattern[str]
    reason_heading: re.Pattern[str]
    general: re.Pattern[str]
    heading: dict[str, float]


def _funding_rules(relpath: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    from ..models import FUNDING_KINDS

    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'rules'")
    check_keys(relpath, doc, ("rules",), ("rules",))
    out = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        check_keys(relpath, entry, ("kind", "patterns"), ("kind", "patterns"))
        check_choice(relpath, line, entry["kind"], FUNDING_KINDS, "kind")
        pats = word_list(relpath, entry, "patterns")
        out.append((str(entry["kind"]), compile_checked(relpath, line, "|".join(pats))))
    return tuple(out)


@data_loader
def reader_rules() -> ReaderRules:
    """The reader's word lists and weights, validated and compiled."""
    rel = "rules/insurers.yaml"
    ins = load_yaml(rel)
    if not isinstance(ins, dict):
        raise fail(rel, None, "expected a mapping with stems, words and not_payer")
    check_keys(rel, ins, ("stems", "words", "not_payer"), ("stems", "words", "not_payer"))
    stems, words = word_list(rel, ins, "stems"), word_list(rel, ins, "words")
    org = compile_checked(rel, None, rf"\b\w*({'|'.join(stems)})\w*\b|\b({'|'.join(words)})\b")
    not_payer = compile_checked(rel, None, rf"\b({'|'.join(word_list(rel, ins, 'not_payer'))})\b")
    rel = "rules/denial_words.yaml"
    dw = load_yaml(rel)
    if not isinstance(dw, dict):
        raise fail(rel, None, "expected a mapping with denied, paid, reason_headings, general")
    keys = ("denied", "paid", "reason_headings", "general")
    check_keys(rel, dw, keys, keys)
    denied = compile_checked(rel, None, rf"\b({'|'.join(word_list(rel, dw, 'denied'))})\b")
    paid = compile_checked(rel, None, rf"\b({'|'.join(word_list(rel, dw, 'paid'))})\b")
    reason = compile_checked(rel, None, f"(?:{'|'.join(word_list(rel, dw, 'reason_headings'))})")
    general = compile_checked(rel, None, f"(?:{'|'.join(word_list(rel, dw, 'general'))})")
    rel = "rules/heading_weights.yaml"
    hw = load_yaml(rel)
    if not isinstance(hw, dict):
        raise fail(rel, None, "expected a mapping of weights")
    check_keys(rel, hw, HEADING_WEIGHTS, HEADING_WEIGHTS)
    heading = {}
    for k in HEADING_WEIGHTS:
        v = hw[k]
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            raise fail(rel, hw.get("__line__"), f"{k}: expected a number >= 0, not {v!r}")
        heading[k] = float(v)
    funding = _funding_rules("rules/funding.yaml")
    return ReaderRules(org, not_payer, funding, denied, paid, reason, general, heading)
