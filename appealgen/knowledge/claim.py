"""rules/claims.yaml: which claims are lactation care, and the billing-defect codes
that say a claim must be corrected and sent again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checks import check_choice, phrase_patterns
from .codes import LACTATION_ROLES, carc_codes, lactation_codes, rarc_codes
from .files import check_keys, data_loader, fail, load_yaml


@dataclass(frozen=True)
class BillingDefect:
    """A denial code that says the claim itself must be corrected and sent again."""

    code: str  # "16" (CARC, any group) or "N290" (RARC)
    kind: str  # "carc" or "rarc"
    meaning: str
    fix: str


@dataclass(frozen=True)
class ClaimRules:
    procedure_roles: frozenset[str]
    procedure_codes: frozenset[str]
    neutral_roles: frozenset[str]
    diagnosis_prefixes: tuple[str, ...]
    provider_patterns: tuple[re.Pattern[str], ...]
    reason_patterns: tuple[re.Pattern[str], ...]
    billing_defects: tuple[BillingDefect, ...]


@data_loader
def claim_rules() -> ClaimRules:
    """Lactation-care markers and billing-defect codes, validated against the code tables."""
    relpath = "rules/claims.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected the keys 'lactation_care' and 'billing_defects'")
    check_keys(relpath, doc, ("lactation_care", "billing_defects"), ("lactation_care",))
    lc = doc["lactation_care"]
    keys = (
        "procedure_roles",
        "procedure_codes",
        "neutral_roles",
        "diagnosis_prefixes",
        "provider_patterns",
        "reason_patterns",
    )
    check_keys(relpath, lc, keys, ("procedure_roles", "diagnosis_prefixes"))
    line = lc.get("__line__")
    for key in ("procedure_roles", "neutral_roles"):
        for role in lc.get(key) or []:
            check_choice(relpath, line, role, LACTATION_ROLES, f"{key} role")
    codes = lactation_codes()
    for code in lc.get("procedure_codes") or []:
        if str(code) not in codes:
            raise fail(
                relpath, line, f"procedure code {code!r} is not in codes/lactation_codes.csv"
            )
    prefixes = tuple(str(p).upper() for p in lc["diagnosis_prefixes"])
    for p in prefixes:
        if not any(c.startswith(p) for c in codes):
            raise fail(relpath, line, f"no code in codes/lactation_codes.csv starts with {p!r}")
    defects = []
    carc, rarc = carc_codes(), rarc_codes()
    for entry in doc.get("billing_defects") or []:
        eline = entry.get("__line__")
        check_keys(
            relpath, entry, ("code", "kind", "meaning", "fix"), ("code", "kind", "meaning", "fix")
        )
        code, kind = str(entry["code"]), entry["kind"]
        table = {"carc": carc, "rarc": rarc}.get(kind)
        if table is None:
            raise fail(relpath, eline, f"kind must be carc or rarc, not {kind!r}")
        if code not in table:
            raise fail(relpath, eline, f"{code!r} is not in codes/{kind}.csv")
        defects.append(
            BillingDefect(
                code, kind, " ".join(entry["meaning"].split()), " ".join(entry["fix"].split())
            )
        )
    return ClaimRules(
        procedure_roles=frozenset(lc["procedure_roles"]),
        procedure_codes=frozenset(str(c) for c in lc.get("procedure_codes") or []),
        neutral_roles=frozenset(lc.get("neutral_roles") or []),
        diagnosis_prefixes=prefixes,
        provider_patterns=phrase_patterns(
            relpath, line, lc.get("provider_patterns"), "provider_patterns"
        ),
        reason_patterns=phrase_patterns(
            relpath, line, lc.get("reason_patterns"), "reason_patterns"
        ),
        billing_defects=tuple(defects),
    )
