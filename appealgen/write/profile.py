"""The user's profile: what an EOB does not hold (names, addresses, the IBCLC, providers tried).

Read from TOML (``--profile profile.toml``), overridden by CLI options. Every field is
optional: a value the letters need but the profile lacks becomes a visible placeholder.
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any

from ..errors import ProfileError
from ..models import STAGES


@dataclass
class MemberInfo:
    """The plan member (the parent) who writes the letters in the member voice."""

    name: str | None = None
    address: list[str] = field(default_factory=list)
    phone: str | None = None
    email: str | None = None
    state: str | None = None
    id: str | None = None


@dataclass
class BabyInfo:
    name: str | None = None
    birth_date: str | None = None


@dataclass
class ProviderInfo:
    """The IBCLC and the practice (also the sender in the provider voice)."""

    name: str | None = None
    credentials: str | None = None
    npi: str | None = None
    practice_name: str | None = None
    address: list[str] = field(default_factory=list)
    phone: str | None = None
    email: str | None = None
    fax: str | None = None
    tax_id: str | None = None
    letterhead: str | None = None
    billing_contact: str | None = None


@dataclass
class PlanInfo:
    """Plan facts for `prepare` (no denial yet) and the appeals address the EOB may lack."""

    payer: str | None = None
    name: str | None = None
    member_services_phone: str | None = None
    group_number: str | None = None
    funding: str | None = None
    type: str | None = None  # e.g. Medicaid "managed care" or "fee-for-service"
    appeals_address: list[str] = field(default_factory=list)
    appeals_fax: str | None = None


@dataclass
class TriedProvider:
    name: str | None = None
    date: str | None = None
    result: str | None = None


@dataclass
class PhysicianInfo:
    """The baby's pediatrician or the OB, asked for a referral / letter of medical necessity."""

    name: str | None = None
    practice: str | None = None
    address: list[str] = field(default_factory=list)
    fax: str | None = None


@dataclass
class EmployerInfo:
    name: str | None = None
    contact: str | None = None
    address: list[str] = field(default_factory=list)


@dataclass
class Legislator:
    name: str | None = None
    title: str | None = None
    address: list[str] = field(default_factory=list)


@dataclass
class CallRecord:
    date: str | None = None
    rep: str | None = None
    reference: str | None = None
    notes: str | None = None


@dataclass
class Profile:
    """Everything the letters need that the insurer's notice does not say."""

    member: MemberInfo = field(default_factory=MemberInfo)
    baby: BabyInfo = field(default_factory=BabyInfo)
    provider: ProviderInfo = field(default_factory=ProviderInfo)
    plan: PlanInfo = field(default_factory=PlanInfo)
    physician: PhysicianInfo = field(default_factory=PhysicianInfo)
    employer: EmployerInfo = field(default_factory=EmployerInfo)
    in_network_tried: list[TriedProvider] = field(default_factory=list)
    legislators: list[Legislator] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    no_in_network_available: bool | None = None
    grandfathered: bool | None = None
    final_internal_denial: bool | None = None
    stage: str | None = None  # what the notice decides (models.STAGES); beats the flag above
    good_cause: str | None = None  # why a late appeal could not be sent sooner, in your words
    source: str | None = None  # the file it was read from (for messages only)


_SECTIONS: dict[str, type] = {
    "member": MemberInfo,
    "baby": BabyInfo,
    "provider": ProviderInfo,
    "plan": PlanInfo,
    "physician": PhysicianInfo,
    "employer": EmployerInfo,
}
_LISTS: dict[str, type] = {
    "in_network_tried": TriedProvider,
    "legislators": Legislator,
    "calls": CallRecord,
}
_FLAGS = ("no_in_network_available", "grandfathered", "final_internal_denial")

# CLI option name -> dotted profile field, the overrides `generate` offers
OVERRIDES: dict[str, str] = {
    "member_name": "member.name",
    "member_phone": "member.phone",
    "member_email": "member.email",
    "baby_name": "baby.name",
    "ibclc_name": "provider.name",
    "ibclc_npi": "provider.npi",
}


def _field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _unknown(where: str, key: str, allowed: list[str]) -> ProfileError:
    close = difflib.get_close_matches(key, allowed, n=1)
    hint = f" — did you mean {close[0]!r}?" if close else f" (known keys: {', '.join(allowed)})"
    return ProfileError(f"{where}{key}: unknown key{hint}")


def _clean(value: Any, where: str, key: str, want_list: bool) -> Any:
    if want_list:
        if isinstance(value, str):
            return [line.strip() for line in value.splitlines() if line.strip()]
        if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
            return [str(v) for v in value]
        raise ProfileError(
            f'{where}{key}: expected a list of lines, e.g. ["12 Elm St", "Town, ST 00000"]'
        )
    if isinstance(value, bool) or value is None:
        raise ProfileError(f"{where}{key}: expected text, got {value!r}")
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    # TOML dates (birth_date = 2026-01-05) come as date objects
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise ProfileError(f"{where}{key}: expected text")


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise ProfileError(f"{where.rstrip('.')}: expected a table of keys")
    allowed = _field_names(cls)
    list_fields = {
        f.name for f in dataclasses.fields(cls) if f.name in ("address", "appeals_address")
    }
    values = {}
    for key, value in data.items():
        if key not in allowed:
            raise _unknown(where, key, allowed)
        values[key] = _clean(value, where, key, key in list_fields)
    return cls(**values)


def profile_from_dict(data: dict[str, Any], source: str = "profile") -> Profile:
    """Build a Profile from parsed TOML; unknown keys raise ProfileError with a suggestion."""
    allowed = list(_SECTIONS) + list(_LISTS) + list(_FLAGS) + ["stage", "good_cause"]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECTIONS:
            kwargs[key] = _build(_SECTIONS[key], value, f"{source}:{key}.")
        elif key in _LISTS:
            if not isinstance(value, list):
                raise ProfileError(f"{source}:{key}: write each entry as [[{key}]]")
            kwargs[key] = [
                _build(_LISTS[key], item, f"{source}:{key}[{i}].") for i, item in enumerate(value)
            ]
        elif key == "good_cause":
            kwargs[key] = _clean(value, f"{source}:", key, False)
        elif key == "stage":
            if value not in STAGES:
                raise ProfileError(
                    f"{source}:stage: expected one of {', '.join(STAGES)}, got {value!r}"
                )
            kwargs[key] = value
        elif key in _FLAGS:
            if not isinstance(value, bool):
                raise ProfileError(f"{source}:{key}: expected true or false, got {value!r}")
            kwargs[key] = value
        else:
            raise _unknown(f"{source}:", key, allowed)
    return Profile(source=source, **kwargs)


def load_profile(path: str | PathLike[str]) -> Profile:
    """Read a profile TOML file. Raises ProfileError (one line, file:key) on any problem."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ProfileError(
            f"{p}: no such profile file (write one with: appealgen profile init)"
        ) from e
    except UnicodeDecodeError as e:
        raise ProfileError(f"{p}: not a UTF-8 text file") from e
    except tomllib.TOMLDecodeError as e:
        raise ProfileError(f"{p}: not valid TOML ({e})") from e
    return profile_from_dict(data, source=str(p))


def apply_overrides(profile: Profile | None, **options: str | None) -> Profile:
    """A copy of ``profile`` with CLI options (``member_name=…``, see OVERRIDES) applied."""
    result = dataclasses.replace(profile) if profile else Profile()
    for option, value in options.items():
        if value is None:
            continue
        if option not in OVERRIDES:
            raise ProfileError(f"unknown profile override {option!r}")
        section, name = OVERRIDES[option].split(".")
        part = dataclasses.replace(getattr(result, section), **{name: value.strip() or None})
        result = dataclasses.replace(result, **{section: part})
    return result


_EXAMPLE = """\
# appealgen profile: what your insurer's notice does not say.
# Every value is optional. Anything a letter needs but this file lacks shows up
# in the letter as a highlighted placeholder such as [your phone number], and
# appealgen lists it after writing, so you can fill it in by hand or here.
# Use it with:  appealgen generate denial.pdf -o out/ --profile profile.toml
# (Plain keys such as those below must come before the first [section].)

# true when you could not find any in-network IBCLC able to see you in time
no_in_network_available = true
# grandfathered = false        # true only if the plan says it is "grandfathered"
# final_internal_denial = false  # true if this notice answers an appeal you already filed
# stage = "first_denial"       # what the notice decides, if appealgen reads it wrong:
#                              # first_denial, final_internal_denial,
#                              # external_review_decision or fair_hearing_decision
# good_cause = "…"             # if the appeal is late: why it could not be sent sooner

[member]                      # the parent on the insurance plan
name = "Jane Doe"
address = ["12 Elm Street", "Springfield, MA 01101"]
phone = "555-123-4567"
email = "jane@example.com"
state = "MA"                  # two letters; picks the state regulator
# id = "XYZ123456789"         # member ID, if the notice leaves it out

[baby]
name = "Ada Doe"
birth_date = "2026-01-05"

[provider]                    # the IBCLC who saw you (and, with --as provider, the practice)
name = "Maria Lopez"
credentials = "IBCLC"
npi = "1234567893"
practice_name = "Springfield Lactation Care"
address = ["40 Main Street, Suite 2", "Springfield, MA 01103"]
phone = "555-987-6543"
# email = "billing@example.com"
# fax = "555-987-6500"
# tax_id = "12-3456789"       # shown only in letters the practice sends (--as provider)
# letterhead = "Springfield Lactation Care · Home and office visits"
# billing_contact = "Sam Reed, billing office"

[plan]                        # mostly for `appealgen prepare`, before any denial
payer = "Example Health Plan"
# name = "Choice PPO"
member_services_phone = "1-800-555-0100"
# group_number = "000123"
# funding = "fully_insured"   # fully_insured, self_funded, medicaid, governmental, medicare,
#                             # church, fehb, tricare, short_term
# type = "managed care"       # for Medicaid: "managed care" or "fee-for-service"
# appeals_address = ["Example Health Plan", "Attn: Appeals", "PO Box 1000", "Boston, MA 02101"]
# appeals_fax = "1-800-555-0199"

# In-network lactation providers you already tried (used in the gap-exception request).
[[in_network_tried]]
name = "North Clinic lactation service"
date = "2026-01-08"
result = "no IBCLC on staff; earliest visit in 5 weeks"

[[in_network_tried]]
name = "City Hospital outpatient lactation"
date = "2026-01-09"
result = "no home visits; does not take new patients"

# The baby's pediatrician or your OB (for a referral / letter of medical necessity).
[physician]
# name = "Dr. Chris Park"
# practice = "Springfield Pediatrics"
# address = ["1 Health Way", "Springfield, MA 01104"]
# fax = "555-222-3333"

[employer]                    # for self-funded (employer-paid) plans
# name = "Acme Corp"
# contact = "Benefits Office"
# address = ["Acme Corp, Human Resources", "100 Industrial Rd", "Springfield, MA 01105"]

# Your state legislators (for the letter asking them to change the rules).
# [[legislators]]
# name = "Sen. Pat Rivera"
# title = "State Senator"
# address = ["State House, Room 1", "Boston, MA 02133"]

# Calls you already made to the plan (they fill the call log).
# [[calls]]
# date = "2026-02-20"
# rep = "Kim"
# reference = "REF-123"
# notes = "said only my OB can bill lactation care; asked for a supervisor"
"""


def example_profile_toml() -> str:
    """A commented example profile (what ``appealgen profile init`` writes)."""
    return _EXAMPLE
