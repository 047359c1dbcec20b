"""deadlines.yaml: deadline rules (window, what it starts from, citations)."""

from __future__ import annotations

from typing import Any

from .checks import check_choice, check_list
from .citation import check_citation_ids
from .files import check_keys, data_loader, fail, named_mapping, strip_lines
from .track import tracks

DEADLINES_FILE = "deadlines.yaml"


_DEADLINE_KEYS = (
    "kind",
    "funding",
    "tracks",
    "at_most",
    "claim_type",
    "window",
    "starts_from",
    "roll_forward",
    "citations",
    "reason",
    "note",
)


DEADLINE_KINDS = ("internal_appeal", "external_review", "fair_hearing", "appeal_decision")


DEADLINE_STARTS = ("notice_date", "final_internal_denial", "appeal_sent")


CLAIM_TYPES = ("post_service", "pre_service")


@data_loader
def deadline_rules() -> dict[str, dict[str, Any]]:
    """Rule id -> {kind, funding, window: {days|months}, starts_from, roll_forward, ...}."""
    from ..models import FUNDING_KINDS

    rel = DEADLINES_FILE
    rules = named_mapping(rel, "rules")
    out: dict[str, dict[str, Any]] = {}
    for rid, rule in rules.items():
        if rid == "__line__":
            continue
        if not isinstance(rule, dict):
            raise fail(rel, rules.get("__line__"), f"rule {rid!r} must be a mapping")
        line = rule.get("__line__")
        check_keys(
            rel,
            rule,
            _DEADLINE_KEYS,
            required=("kind", "funding", "window", "starts_from", "citations", "reason"),
        )
        check_choice(rel, line, rule["kind"], DEADLINE_KINDS, "deadline kind")
        check_choice(rel, line, rule["starts_from"], DEADLINE_STARTS, "starts_from")
        for f in check_list(rel, line, rule["funding"], "funding"):
            check_choice(rel, line, f, FUNDING_KINDS, "funding")
        for t in check_list(rel, line, rule.get("tracks", []), "tracks"):
            check_choice(rel, line, t, tracks(), "track")
        if not isinstance(rule.get("at_most", False), bool):
            raise fail(rel, line, "at_most must be true or false")
        window = rule["window"]
        if not isinstance(window, dict):
            raise fail(rel, line, "window must be {days: N} or {months: N}")
        check_keys(rel, window, ("days", "months"))
        units = [k for k in ("days", "months") if k in window]
        if len(units) != 1 or not isinstance(window[units[0]], int) or window[units[0]] <= 0:
            raise fail(
                rel,
                window.get("__line__", line),
                "window must be exactly one of days or months, a positive whole number",
            )
        if not isinstance(rule.get("roll_forward", False), bool):
            raise fail(rel, line, "roll_forward must be true or false")
        if (rule["kind"] == "appeal_decision") != ("claim_type" in rule):
            raise fail(rel, line, "claim_type goes with kind appeal_decision, and only there")
        if "claim_type" in rule:
            check_choice(rel, line, rule["claim_type"], CLAIM_TYPES, "claim_type")
        check_citation_ids(rel, line, rule["citations"], at_least_one=True)
        clean = strip_lines(rule)
        clean["reason"] = " ".join(str(clean["reason"]).split())
        clean.setdefault("roll_forward", False)
        out[str(rid)] = {"id": str(rid), **clean}
    return out
