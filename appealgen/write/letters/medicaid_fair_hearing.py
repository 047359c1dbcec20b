"""The request for a Medicaid fair hearing, to the state Medicaid agency."""

from __future__ import annotations

from typing import Any

from .common import Shared, claim_file_requests
from .enclosures import ENCLOSE_APPEAL
from .text import Phrase
from .venue import late_request


def context(s: Shared) -> dict[str, Any]:
    request, cause = late_request(s, "fair_hearing")
    venue = s.venue
    is_mfh = venue.kind == "medicaid_fair_hearing"
    return {
        "late_request": request,
        "good_cause": cause,
        "subject": Phrase("Request for a fair hearing \u2014 denied lactation care"),
        "recipient": {
            "name": venue.name
            if is_mfh and venue.name
            else s.plan_recipient()
            or s.need(None, "your state Medicaid agency's fair hearing office"),
            "lines": s.need([], "the fair hearing address printed on your notice"),
            "fax": "",
            "url": venue.url if is_mfh else "",
            "salutation": "Hearing Officer",
        },
        "documents_requested": claim_file_requests(s),
        "hearing_requests": [
            "A fair hearing on this decision.",
            Phrase(
                "Coverage of the lactation care provided on ",
                s.facts.dates_text or "the dates above",
                ".",
            ),
            Phrase(
                "The case file and the rules relied on, sent to ",
                s.people.us,
                " before the hearing.",
            ),
        ],
        "enclosures": s.enclosures(ENCLOSE_APPEAL),
    }
