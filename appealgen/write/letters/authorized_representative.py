"""The designation of the practice as the member's authorized representative, for the parent
to sign; written when the practice writes the letters."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .text import Phrase


def context(s: Shared) -> dict[str, Any]:
    return {
        "representative": {
            "name": s.people.practice_name,
            "who": Phrase(s.people.ibclc_full, ", and the practice's billing office")
            if not s.people.provider_is_org
            else Phrase(s.people.ibclc_name, " and its billing office"),
            "lines": s.people.practice_lines,
            "phone": s.people.practice_phone,
            "signer": s.prof.provider.billing_contact or s.people.ibclc_name,
        },
    }
