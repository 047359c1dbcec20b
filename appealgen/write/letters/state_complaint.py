"""The complaint to the state insurance regulator that oversees a fully insured plan."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .enclosures import ENCLOSE_APPEAL
from .text import Phrase
from .venue import regulator_requests, timeline


def context(s: Shared) -> dict[str, Any]:
    venue = s.venue
    is_state = venue.kind == "state_regulator"
    return {
        "subject": Phrase("Complaint about ", s.people.payer_name, ": denied lactation care"),
        "recipient": {
            "name": venue.name
            if is_state and venue.name
            else s.plan_recipient() or s.need(None, "your state insurance department"),
            "lines": ["Consumer Services / Complaints"],
            "fax": "",
            "url": venue.url if is_state else "",
            "salutation": "Consumer Services staff",
        },
        "timeline": timeline(s),
        "regulator_requests": regulator_requests(s),
        "enclosures": s.enclosures(ENCLOSE_APPEAL),
    }
