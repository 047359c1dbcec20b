"""The request for help to the U.S. Department of Labor (EBSA), which oversees self-funded
employer plans."""

from __future__ import annotations

from typing import Any

from ...models import Venue
from .common import Shared
from .enclosures import ENCLOSE_APPEAL
from .text import Phrase, field_of
from .venue import regulator_requests, timeline

# Verified in DOMAIN.md §5.3 (official EBSA page); used when the decision's venue is not EBSA
EBSA_NAME = "U.S. Department of Labor, Employee Benefits Security Administration (EBSA)"
EBSA_URL = "https://www.askebsa.dol.gov/WebIntake"
EBSA_PHONE = "1-866-444-3272"


def ebsa_venue(venue: Venue) -> dict[str, str]:
    """EBSA's name, url and phone: the decision's venue, else the knowledge base, else DOMAIN.md."""
    if venue.kind == "us_dol_ebsa" and venue.name:
        return {
            "name": venue.name,
            "url": venue.url or EBSA_URL,
            "phone": venue.phone or EBSA_PHONE,
        }
    try:
        from ... import knowledge

        for entry in getattr(knowledge, "federal_venues", dict)().values():
            if field_of(entry, "kind") == "us_dol_ebsa" and field_of(entry, "name"):
                return {
                    "name": field_of(entry, "name"),
                    "url": field_of(entry, "url") or EBSA_URL,
                    "phone": field_of(entry, "phone") or EBSA_PHONE,
                }
    except Exception:  # noqa: BLE001 - the constants below are verified fallbacks
        pass
    return {"name": EBSA_NAME, "url": EBSA_URL, "phone": EBSA_PHONE}


def context(s: Shared) -> dict[str, Any]:
    ebsa = ebsa_venue(s.venue)
    return {
        "subject": Phrase("Request for help: a self-funded plan denied lactation care"),
        "recipient": {
            "name": ebsa["name"],
            "lines": ["Phone: " + ebsa["phone"]] if ebsa["phone"] else [],
            "fax": "",
            "url": ebsa["url"],
            "salutation": "Benefits Advisor",
        },
        "timeline": timeline(s),
        "regulator_requests": regulator_requests(s),
        "enclosures": s.enclosures(ENCLOSE_APPEAL),
    }
