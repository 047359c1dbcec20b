"""The request for external review by an independent reviewer, after the plan's final
internal denial."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .enclosures import ENCLOSE_APPEAL
from .text import Phrase
from .venue import late_request


def context(s: Shared) -> dict[str, Any]:
    request, cause = late_request(s, "external_review")
    return {
        "late_request": request,
        "good_cause": cause,
        "subject": Phrase("Request for external review \u2014 lactation care"),
        "recipient": s.appeals_recipient("Attn: Appeals (external review request)"),
        "review_requests": [
            "Overturn the plan's decision and require it to pay the claim in full, without cost "
            "sharing.",
            Phrase("Send the decision in writing to ", s.people.us, " and to the plan."),
        ],
        "enclosures": s.enclosures(ENCLOSE_APPEAL),
    }
