"""What a letter encloses: the notice, the bill, the credentials, the doctor's note, the
providers tried, and (for the practice) the signed designation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .common import Shared

# What a letter sent after the appeal encloses
ENCLOSE_APPEAL = "Copy of the appeal letter sent to the plan, and any answer to it"


def enclosure_list(s: Shared, *extra: str) -> list[str]:
    """The enclosure checklist: the notice, the bill, credentials, the doctor's note, the
    providers tried, then ``extra``, then (for the practice) the signed designation."""
    prof = s.prof
    out: list[str] = []
    if not s.prospective:
        # plain text: the notice's date only when it is sure
        known = isinstance(s.facts.notice_date, str) and s.facts.notice_date
        when = f" dated {s.facts.notice_date}" if known else ""
        out.append(f"Copy of the {s.facts.notice_kind}{when}")
        out.append(f"Superbill or receipt from {s.people.ibclc_plain}")
    npi = s.people.npi_plain
    if s.people.ibclc_plain == "the IBCLC":
        out.append("The IBCLC's credential" + (f" and NPI {npi}" if npi else " and NPI"))
    elif s.people.provider_is_org:
        out.append(
            f"IBCLC credential of the lactation consultant at {s.people.ibclc_plain}"
            + (f", and NPI {npi}" if npi else "")
        )
    elif npi:
        out.append(f"IBCLC credential of {s.people.ibclc_plain} and NPI {npi}")
    else:
        out.append(f"IBCLC credential and NPI of {s.people.ibclc_plain}")
    out.append(
        "Referral or letter of medical necessity from the baby's pediatrician or the OB, "
        "if you have one"
    )
    if s.gap or prof.in_network_tried:
        out.append("List of in-network providers contacted, with dates and what they said")
    out.extend(extra)
    if s.provider_voice:
        out.append("Signed designation of authorized representative")
    return out
