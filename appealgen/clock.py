"""Today's date, the one place every stage asks for it.

``APPEALGEN_TODAY=YYYY-MM-DD`` fixes it (tests, and re-running a batch as of a
given day); otherwise it is the computer's local date.
"""

from __future__ import annotations

import os
from datetime import date

from .errors import InputError

TODAY_ENV = "APPEALGEN_TODAY"


def today() -> date:
    """Today, or the date in ``$APPEALGEN_TODAY``."""
    env = os.environ.get(TODAY_ENV, "").strip()
    if not env:
        return date.today()
    try:
        return date.fromisoformat(env)
    except ValueError as e:
        raise InputError(f"{TODAY_ENV}={env!r} is not a date: write it as YYYY-MM-DD") from e
