"""tracks.yaml: plan types and their tracks (funding, law, venue, deadlines, letters)."""

from __future__ import annotations

from typing import Any

from .checks import check_choice, check_list, lower_words
from .citation import OPTIONAL_REGIMES, REGIMES, check_citation_ids
from .files import check_keys, data_loader, fail, named_mapping
from .venue import federal_venues

TRACKS_FILE = "tracks.yaml"


_TRACK_KEYS = (
    "funding",
    "label",
    "plan_types",
    "default",
    "detect",
    "aca_preventive",
    "external_review",
    "plan_appeal",
    "erisa_claims",
    "regimes",
    "venue",
    "gap_exception",
    "complaint",
    "warning",
    "citations",
    "note",
)


_TRACK_FLAGS = ("aca_preventive", "external_review", "plan_appeal", "erisa_claims")


TRACK_COMPLAINTS = ("state_complaint", "ebsa_request", "medicaid_fair_hearing")


@data_loader
def tracks() -> dict[str, dict[str, Any]]:
    """Track id -> the validated track: its funding, law, venue, deadlines and letters."""
    from ..models import CATEGORIES, FUNDING_KINDS

    rel = TRACKS_FILE
    table = named_mapping(rel, "tracks")
    out: dict[str, dict[str, Any]] = {}
    defaults: dict[str, str] = {}
    for tid, entry in table.items():
        if tid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, table.get("__line__"), f"track {tid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(
            rel,
            entry,
            _TRACK_KEYS,
            required=("funding", "label", "venue", "citations", *_TRACK_FLAGS),
        )
        if "regimes" not in entry:  # may be empty: no parallel regulation is cited
            raise fail(rel, line, "missing required key 'regimes'")
        check_choice(rel, line, entry["funding"], FUNDING_KINDS, "funding")
        for flag in (*_TRACK_FLAGS, "default"):
            if not isinstance(entry.get(flag, False), bool):
                raise fail(rel, line, f"{flag} must be true or false")
        if entry.get("default"):
            if entry["funding"] in defaults:
                raise fail(rel, line, f"two default tracks for funding {entry['funding']!r}")
            defaults[entry["funding"]] = str(tid)
        elif not entry.get("plan_types"):
            raise fail(rel, line, "a track that is not its funding's default needs plan_types")
        for regime in check_list(rel, line, entry["regimes"], "regimes"):
            check_choice(rel, line, regime, (*REGIMES, *OPTIONAL_REGIMES), "regime")
        if entry["venue"] != "state_regulator":
            check_choice(rel, line, entry["venue"], federal_venues(), "venue")
        for cat in check_list(rel, line, entry.get("gap_exception", []), "gap_exception"):
            check_choice(rel, line, cat, CATEGORIES, "category")
        if entry.get("complaint") is not None:
            check_choice(rel, line, entry["complaint"], TRACK_COMPLAINTS, "complaint")
        check_citation_ids(rel, line, entry["citations"], at_least_one=True)
        out[str(tid)] = {
            "id": str(tid),
            "funding": entry["funding"],
            "label": " ".join(str(entry["label"]).split()),
            "plan_types": lower_words(rel, line, entry.get("plan_types", []), "plan_types"),
            "default": bool(entry.get("default", False)),
            "detect": lower_words(rel, line, entry.get("detect", []), "detect"),
            **{flag: entry[flag] for flag in _TRACK_FLAGS},
            "regimes": tuple(entry["regimes"]),
            "venue": entry["venue"],
            "gap_exception": list(entry.get("gap_exception", [])),
            "complaint": entry.get("complaint"),
            "warning": " ".join(str(entry.get("warning") or "").split()) or None,
            "citations": list(entry["citations"]),
        }
    missing = [f for f in FUNDING_KINDS if f not in defaults]
    if missing:
        raise fail(rel, None, f"no default track for funding {', '.join(missing)}")
    return out
