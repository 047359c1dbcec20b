"""venues/regulators.csv (the 51 state and DC insurance regulators) and
venues/federal.yaml (EBSA, CMS, Medicaid fair hearing, external review, ...).
"""

from __future__ import annotations

from typing import Any

from .checks import check_choice, check_https, check_list
from .citation import CITABLE_CONFIDENCE, check_citation_ids
from .files import check_keys, data_loader, fail, load_csv, load_yaml, strip_lines

REGULATORS_FILE = "venues/regulators.csv"


FEDERAL_VENUES_FILE = "venues/federal.yaml"


REGULATOR_COUNT = 51  # 50 states + DC


_FEDERAL_KEYS = (
    "kind",
    "funding",
    "name",
    "url",
    "phone",
    "guidance",
    "citations",
    "confidence",
    "note",
)


REGULATOR_COLUMNS = ("state_code", "state_name", "regulator_name", "complaint_url", "phone")


@data_loader
def regulators() -> dict[str, dict[str, str]]:
    """Two-letter state code -> regulator row (exactly the 50 states and DC)."""
    rel = REGULATORS_FILE
    rows = load_csv(rel, REGULATOR_COLUMNS)
    out: dict[str, dict[str, str]] = {}
    for line, row in rows:
        code = row["state_code"].upper()
        if len(code) != 2 or not code.isalpha():
            raise fail(rel, line, f"state_code {row['state_code']!r} is not two letters")
        if code in out:
            raise fail(rel, line, f"state {code} appears twice")
        for col in REGULATOR_COLUMNS:
            if not row[col]:
                raise fail(rel, line, f"missing {col}")
        check_https(rel, line, row["complaint_url"], "complaint_url")
        out[code] = {**row, "state_code": code, "line": str(line)}
    if len(out) != REGULATOR_COUNT:
        raise fail(
            rel, None, f"expected {REGULATOR_COUNT} regulators (50 states + DC), found {len(out)}"
        )
    return out


@data_loader
def federal_venues() -> dict[str, dict[str, Any]]:
    """Venue id -> EBSA, CMS, Medicaid fair hearing, external review, Medicare, unknown."""
    from ..models import FUNDING_KINDS, VENUE_KINDS

    rel = FEDERAL_VENUES_FILE
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, "expected a mapping of venue id -> venue")
    out: dict[str, dict[str, Any]] = {}
    for vid, entry in data.items():
        if vid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, data.get("__line__"), f"venue {vid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(
            rel,
            entry,
            _FEDERAL_KEYS,
            required=("kind", "funding", "guidance", "citations", "confidence"),
        )
        check_choice(rel, line, entry["kind"], (*VENUE_KINDS, "external_review"), "venue kind")
        for f in check_list(rel, line, entry["funding"], "funding"):
            check_choice(rel, line, f, FUNDING_KINDS, "funding")
        check_https(rel, line, entry.get("url"), "url")
        check_choice(rel, line, entry["confidence"], CITABLE_CONFIDENCE, "confidence")
        check_citation_ids(rel, line, entry["citations"], at_least_one=True)
        clean = strip_lines(entry)
        clean["guidance"] = " ".join(str(clean["guidance"]).split())
        clean.setdefault("name", None)
        clean.setdefault("url", None)
        clean.setdefault("phone", None)
        out[str(vid)] = {"id": str(vid), **clean}
    return out
