"""What weakens the case, and what to do about it: warnings a person should read first."""

from __future__ import annotations

from datetime import date

from .arguments import matching_codes
from .facts import Facts, profile_value
from .tracks import external_review_open, track_of

NON_PREVENTIVE_PREFIXES = ("O91", "O92", "N61", "P92")
PREVENTIVE_CODE = "Z39.1"
INVALID_CODES = {"R63.3": "R63.30, R63.31, R63.32 or R63.39"}  # non-billable since Oct 1, 2021
# HealthCare.gov: coverage runs "for the duration of breastfeeding"; past a year after the
# birth a plan is more likely to question whether the visit was still lactation care.
LONG_AFTER_BIRTH_DAYS = 365
STATES_LICENSING_LACTATION_CONSULTANTS = ("RI", "OR")


def _birth_date(profile: object) -> date | None:
    raw = profile_value(profile, "baby.birth_date", "baby_birth_date")
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def find_weaknesses(facts: Facts) -> list[str]:
    """Plain warnings about what weakens the case, each with what to do."""
    out: list[str] = []
    if not facts.denied:
        return [
            "No claim on this notice was denied or charged cost sharing, so there is "
            "nothing to appeal."
        ]
    warning = track_of(facts)["warning"]
    if warning:
        out.append(warning)
    if facts.funding == "medicare":
        out.append(
            "This is a Medicare plan. The ACA rule that makes plans cover lactation support "
            "without cost sharing does not reach Medicare, so the appeal makes no ACA argument. "
            "Follow the appeal steps printed on your Medicare notice."
        )
    if facts.funding == "unknown":
        out.append(
            "The notice does not say how the plan is funded, and that decides who oversees it. "
            'Ask your employer\'s HR office whether the plan is "fully insured" or '
            '"self-funded" (also called self-insured or ASO), or check your plan documents, '
            "then add `funding` under [plan] in your profile and run this again. The appeal "
            "is made now so no time is lost."
        )
    if facts.grandfathered:
        out.append(
            "A grandfathered plan (one that existed on March 23, 2010 and has not changed "
            "much since) does not have to follow the ACA preventive-care rule, nor the ACA's "
            "appeal and external-review rules, so no external-review request is made. Ask the "
            "plan "
            "to show its grandfathered-plan notice and its 2010 plan documents; the appeal "
            "asks for them. A plan whose materials carry no such notice cannot rely on that "
            "status."
        )
    if facts.funding == "medicaid":
        licensed = facts.state in STATES_LICENSING_LACTATION_CONSULTANTS
        out.append(
            "Medicaid plans often pay only for providers the state licenses. "
            + (
                "Your state licenses lactation consultants, which helps. "
                if licensed
                else "Only a few states license lactation consultants (for example "
                "Rhode Island and Oregon). "
            )
            + "Ask the plan which licensed providers it pays for lactation support and which "
            "can see you. If the plan simply does not cover IBCLCs, only a change of policy "
            "helps: consider the letter to your state legislators (--legislator)."
        )
    codes = facts.diagnosis_codes
    flagged = matching_codes(list(NON_PREVENTIVE_PREFIXES), codes)
    if flagged and PREVENTIVE_CODE not in codes:
        out.append(
            f"The claim's diagnosis code(s) {', '.join(flagged)} describe a breastfeeding "
            "problem and no Z39.1 (care and examination of a lactating mother), so the plan "
            "may treat the visit as diagnostic, with cost sharing. Ask your provider whether "
            "Z39.1 as the main diagnosis describes the visit accurately; if it does, ask them "
            "to send a corrected claim (coding rules say Z39.1 and an O92 code should not be "
            "used together for the same problem, so the provider decides). The appeal also "
            "argues that help with a breastfeeding problem is still preventive support."
        )
    for bad, fix in INVALID_CODES.items():
        if bad in codes:
            out.append(
                f"The diagnosis code {bad} is no longer billable; a claim with it is "
                f"rejected. Ask your provider to resubmit with {fix}."
            )
    birth = _birth_date(facts.profile)
    if birth and facts.service_dates:
        late = [d for d in facts.service_dates if (d - birth).days > LONG_AFTER_BIRTH_DAYS]
        if late:
            out.append(
                f"The visit on {late[0].isoformat()} was more than a year after the birth. "
                "Lactation support is covered for as long as breastfeeding lasts, so say "
                "plainly in the appeal that you were still breastfeeding then."
            )
    if external_review_open(facts) and "out_of_network" in facts.categories:
        out.append(
            "External review can refuse a denial that turns only on a contract question such "
            'as "out-of-network care is not covered". Frame it as a medical question (could '
            "any in-network provider clinically give the care you needed, when you needed it?) "
            "and also file the regulator complaint."
        )
    if facts.funding == "self_funded":
        out.append(
            "A self-funded employer plan does not have to follow state insurance mandates, "
            "only federal law; the appeal relies on federal law."
        )
    return out
