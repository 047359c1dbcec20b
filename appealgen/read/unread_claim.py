"""A notice that says care was denied, but whose claim no reader could find.

Every way of printing a claim is a reader; a notice none of them understands (a layout
nobody has seen, a poor scan, a letter that names no claim number, date or amount) would
otherwise end in "no claim found", and a parent would get no appeal for a denial the
notice states in words. When the notice's own sentences deny something (rules/
denial_words.yaml: "We denied …", "… is not covered", "cannot pay") and no sentence of
them is about claims in general, the notice is read as one claim the reader knows
nothing of: not marked denied (the evidence says it was not read, so the person is asked
first whether it was), its reason the notice's denial sentences, every other fact left
for the person. A document that denies nothing (a newsletter, a bill) is still refused.
"""

from __future__ import annotations

from ..knowledge import reader_rules
from ..models import Claim, Denial
from .reasons import denial_sentences

# the reason the evidence gives for such a claim's facts
UNREAD = (
    "the notice says care was denied, but no claim (number, date of service or amount) "
    "was read from it"
)


def said_denials(text: str) -> list[str]:
    """The notice's sentences that deny something, those about claims in general aside."""
    general = reader_rules().general
    return [s for s in denial_sentences(text) if not general.search(s)]


def unread_claim(text: str) -> Claim | None:
    """The one claim a notice that denies care in words stands for, when no reader found
    a claim in it; None when the notice denies nothing."""
    said = said_denials(text)
    if not said:
        return None
    return Claim(denied=False, denial=Denial(reason_text=" ".join(said)))
