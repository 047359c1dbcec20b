"""For ``explain``: how a payer answered denials like this one, where the log knows enough.

Only counts: the arguments a letter makes come from the law and the denial, and never
change with these figures. A line is given only when the log holds at least
``MIN_DECIDED`` decided cases of the same payer and category where that argument was made.
"""

from __future__ import annotations

from dataclasses import dataclass

from .migrations import payer_key
from .record import DECIDED_STATUSES
from .worklist import LoggedCase

MIN_DECIDED = 5
WINS = ("won", "partly_won")


@dataclass
class ArgumentHistory:
    argument: str
    payer: str
    category: str
    decided: int
    won: int

    def sentence(self) -> str:
        what = self.category.replace("_", "-") if self.category else "these"
        return (
            f"In the case log, {self.payer} reversed {self.won} of {self.decided} "
            f"{what} denials where this argument was made."
        )


def argument_history(
    cases: list[LoggedCase],
    payer: str | None,
    category: str | None,
    arguments: list[str],
    *,
    min_decided: int = MIN_DECIDED,
) -> dict[str, ArgumentHistory]:
    """Argument id -> its record with this payer on this category (only where it is enough)."""
    key = payer_key(payer)
    if not key or not category:
        return {}
    same = [
        c
        for c in cases
        if c.payer_key == key and c.category == category and c.status in DECIDED_STATUSES
    ]
    out: dict[str, ArgumentHistory] = {}
    for arg in arguments:
        with_arg = [c for c in same if arg in c.arguments]
        if len(with_arg) >= min_decided:
            won = sum(1 for c in with_arg if c.status in WINS)
            out[arg] = ArgumentHistory(arg, payer or "", category, len(with_arg), won)
    return out
