"""citations.yaml: id -> one citation, or an hhs/erisa (and treasury) set picked by
the plan's funding; each keeps its source, its status and its strength.
"""

from __future__ import annotations

import re
from typing import Any

from .checks import check_choice, check_https, check_list
from .files import check_keys, data_loader, did_you_mean, fail, load_yaml

CITATIONS_FILE = "citations.yaml"


REGIMES = ("hhs", "erisa")


OPTIONAL_REGIMES = ("treasury",)  # the Internal Revenue Code's parallel (church plans)


CITABLE_CONFIDENCE = ("verified", "likely")


# status: what DOMAIN.md calls verified, or anything less sure (its "likely")
CITATION_STATUSES = ("verified", "uncertain")


# strength: what the source itself says about the point it is cited for
CITATION_STRENGTHS = ("must", "may", "by_analogy", "recommends", "describes")


_VARIANT_KEYS = ("text", "url", "status", "uncertain", "strength")


# Where a "verified" citation may have been read: the law itself, an agency, a court's
# own docket copy. A law-firm blog or a summary makes a citation "uncertain".
PRIMARY_SOURCE_HOSTS = (
    "ecfr.gov",
    "law.cornell.edu",
    "dol.gov",
    "cms.gov",
    "healthcare.gov",
    "hrsa.gov",
    "womenspreventivehealth.org",
    "uspreventiveservicestaskforce.org",
    "docs.justia.com",
    "dfs.ny.gov",
    "govinfo.gov",
)


_CITATION_KEYS = (*_VARIANT_KEYS, "note", *REGIMES, *OPTIONAL_REGIMES)


def check_citation_ids(relpath: str, line: int | None, ids: Any, *, at_least_one: bool) -> None:
    ids = check_list(relpath, line, ids, "citations")
    if at_least_one and not ids:
        raise fail(relpath, line, "needs at least one citation")
    known = citations()
    for cid in ids:
        if cid not in known:
            raise fail(
                relpath,
                line,
                f"citation {cid!r} is not in data/{CITATIONS_FILE}{did_you_mean(cid, known)}",
            )


def _citation_variant(relpath: str, line: int | None, entry: dict[str, Any]) -> dict[str, Any]:
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(relpath, line, "missing required key 'text'")
    status = entry.get("status")
    if status in ("unverified", "likely"):
        raise fail(
            relpath,
            line,
            f"status {status!r}: a citation is 'verified' or 'uncertain' (an unverified "
            "fact may not be a citation, DOMAIN.md rule)",
        )
    check_choice(relpath, line, status, CITATION_STATUSES, "status")
    check_choice(relpath, line, entry.get("strength"), CITATION_STRENGTHS, "strength")
    url = entry.get("url")
    if not url:
        raise fail(relpath, line, "every citation keeps the url of the source it was read in")
    check_https(relpath, line, url, "url")
    why = " ".join(str(entry.get("uncertain") or "").split())
    if status == "uncertain" and not why:
        raise fail(relpath, line, "an uncertain citation must say what is uncertain ('uncertain:')")
    if status == "verified" and why:
        raise fail(relpath, line, "'uncertain:' on a verified citation: mark it uncertain")
    host = re.sub(r"^https://(?:www\.)?", "", url).split("/", 1)[0]
    if status == "verified" and not any(
        host == h or host.endswith("." + h) for h in PRIMARY_SOURCE_HOSTS
    ):
        raise fail(
            relpath,
            line,
            f"'verified' needs the primary source (the law, an agency, a court's docket), "
            f"not {host}: cite that, or mark the citation 'uncertain'",
        )
    return {
        "text": " ".join(text.split()),
        "url": url,
        "status": status,
        "strength": entry["strength"],
        "uncertain": why or None,
        # the older name, kept for readers of the knowledge base
        "confidence": "verified" if status == "verified" else "likely",
    }


@data_loader
def citations() -> dict[str, dict[str, Any]]:
    """Citation id -> {"id", "variants": {"any" | "hhs" | "erisa" | "treasury": variant}}.

    A variant is {text, url, status, strength, uncertain, confidence}. A plain entry has
    the single variant "any"; a parallel-regulation entry has "hhs" and "erisa" and may
    have "treasury" (the caller picks by plan funding).
    """
    rel = CITATIONS_FILE
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, "expected a mapping of citation id -> citation")
    out: dict[str, dict[str, Any]] = {}
    for cid, entry in data.items():
        if cid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, data.get("__line__"), f"citation {cid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(rel, entry, _CITATION_KEYS)
        has_regimes = [r for r in (*REGIMES, *OPTIONAL_REGIMES) if r in entry]
        if has_regimes:
            if not set(REGIMES) <= set(has_regimes):
                raise fail(rel, line, f"citation {cid!r} needs both 'hhs' and 'erisa'")
            for key in _VARIANT_KEYS:
                if key in entry:
                    raise fail(rel, line, f"citation {cid!r}: put {key!r} inside each regime")
            variants = {}
            for regime in has_regimes:
                sub = entry[regime]
                if not isinstance(sub, dict):
                    raise fail(rel, line, f"citation {cid!r}: {regime!r} must be a mapping")
                check_keys(rel, sub, _VARIANT_KEYS, required=("text", "status", "strength"))
                variants[regime] = _citation_variant(rel, sub.get("__line__"), sub)
        else:
            check_keys(rel, entry, _CITATION_KEYS, required=("text", "status", "strength"))
            variants = {"any": _citation_variant(rel, line, entry)}
        out[str(cid)] = {"id": str(cid), "variants": variants}
    return out
