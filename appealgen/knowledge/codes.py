"""codes/carc.csv, codes/rarc.csv, codes/lactation_codes.csv: the X12 adjustment
and remark codes, and the procedure and diagnosis codes of lactation care.
"""

from __future__ import annotations

import re

from ..code_shapes import BY_SYSTEM
from ..patterns import compiled
from ..records import record
from .category import check_category
from .files import data_loader, did_you_mean, fail, load_csv


@record(frozen=True)
class CodeInfo:
    """One CARC or RARC: its meaning and the contract categories it points to."""

    code: str
    description: str
    categories: tuple[str, ...]
    status: str  # "active" or "deactivated"


@record(frozen=True)
class LactationCode:
    """A procedure (CPT/HCPCS) or diagnosis (ICD-10-CM) code used for lactation care."""

    code: str
    system: str  # "cpt", "hcpcs" or "icd10"
    description: str
    role: str
    note: str
    billable: bool


CODE_STATUSES = ("active", "deactivated")


LACTATION_SYSTEMS = ("cpt", "hcpcs", "icd10")


LACTATION_ROLES = (
    "lactation_service",
    "counseling",
    "e_m",
    "home_visit",
    "global_ob",
    "equipment",
    "preventive_dx",
    "problem_dx",
    "infant_dx",
    "infant_preventive_dx",
    "counseling_dx",
    "context_dx",
)


_CARC_SHAPE = compiled(r"(?:[1-9]\d{0,2}|[A-Z]\d{1,2})")


_RARC_SHAPE = compiled(r"(?:M[1-9]\d{0,2}|MA\d{2,3}|N[1-9]\d{0,2})")


_LACTATION_SHAPES = {system: compiled(shape) for system, shape in BY_SYSTEM.items()}


_NON_BILLABLE_NOTE = "non-billable"


def _load_code_table(relpath: str, shape: re.Pattern[str]) -> dict[str, CodeInfo]:
    table: dict[str, CodeInfo] = {}
    for line, row in load_csv(relpath, ("code", "description", "categories", "status")):
        code = row["code"]
        if not shape.fullmatch(code):
            raise fail(relpath, line, f"{code!r} does not look like a code of this list")
        if code in table:
            raise fail(relpath, line, f"duplicate code {code!r}")
        if not row["description"]:
            raise fail(relpath, line, f"code {code!r} has no description")
        status = row["status"]
        if status not in CODE_STATUSES:
            hint = did_you_mean(status, CODE_STATUSES)
            raise fail(relpath, line, f"unknown status {status!r}{hint}")
        names = [c.strip() for c in row["categories"].split(";") if c.strip()]
        cats = tuple(check_category(relpath, line, c) for c in names)
        if len(set(cats)) != len(cats):
            raise fail(relpath, line, f"code {code!r} lists a category twice")
        table[code] = CodeInfo(code, row["description"], cats, status)
    if not table:
        raise fail(relpath, None, "no codes")
    return table


@data_loader
def carc_codes() -> dict[str, CodeInfo]:
    """Every X12 Claim Adjustment Reason Code, active and deactivated, by code ("50", "B7")."""
    return _load_code_table("codes/carc.csv", _CARC_SHAPE)


@data_loader
def rarc_codes() -> dict[str, CodeInfo]:
    """Remittance Advice Remark Codes by code ("N130", "MA130", "M15")."""
    return _load_code_table("codes/rarc.csv", _RARC_SHAPE)


@data_loader
def lactation_codes() -> dict[str, LactationCode]:
    """Procedure and diagnosis codes for lactation care, by code ("S9443", "Z39.1")."""
    relpath = "codes/lactation_codes.csv"
    table: dict[str, LactationCode] = {}
    for line, row in load_csv(relpath, ("code", "system", "description", "role", "note")):
        code, system, role = row["code"], row["system"], row["role"]
        if system not in LACTATION_SYSTEMS:
            hint = did_you_mean(system, LACTATION_SYSTEMS)
            raise fail(relpath, line, f"unknown system {system!r}{hint}")
        if not _LACTATION_SHAPES[system].fullmatch(code):
            raise fail(relpath, line, f"{code!r} is not a {system} code")
        if role not in LACTATION_ROLES:
            raise fail(relpath, line, f"unknown role {role!r}{did_you_mean(role, LACTATION_ROLES)}")
        if code in table:
            raise fail(relpath, line, f"duplicate code {code!r}")
        if not row["description"]:
            raise fail(relpath, line, f"code {code!r} has no description")
        billable = not row["note"].lower().startswith(_NON_BILLABLE_NOTE)
        table[code] = LactationCode(code, system, row["description"], role, row["note"], billable)
    return table
