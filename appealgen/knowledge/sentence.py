"""rules/sentences.yaml: sentence shapes that tell the reader how sure it may be."""

from __future__ import annotations

import re

from ..records import record
from .checks import phrase_patterns
from .files import data_loader, load_mapping

SENTENCE_KINDS = (
    "denied_because",
    "gives_cause",
    "your_care",
    "owed",
    "allowed",
    "paid",
    "billed",
    "total",
    "other_date",
)


@record(frozen=True)
class SentenceRules:
    """Compiled patterns of each sentence kind (``matches`` tries them all)."""

    denied_because: tuple[re.Pattern[str], ...]
    gives_cause: tuple[re.Pattern[str], ...]
    your_care: tuple[re.Pattern[str], ...]
    owed: tuple[re.Pattern[str], ...]
    allowed: tuple[re.Pattern[str], ...]
    paid: tuple[re.Pattern[str], ...]
    billed: tuple[re.Pattern[str], ...]
    total: tuple[re.Pattern[str], ...]
    other_date: tuple[re.Pattern[str], ...]

    def matches(self, kind: str, text: str) -> bool:
        """Whether any pattern of ``kind`` (one of SENTENCE_KINDS) is found in ``text``."""
        return any(rx.search(text) for rx in getattr(self, kind))


@data_loader
def sentence_rules() -> SentenceRules:
    """The sentence shapes of rules/sentences.yaml, validated and compiled."""
    relpath = "rules/sentences.yaml"
    doc = load_mapping(relpath, SENTENCE_KINDS)
    line = doc.get("__line__")
    return SentenceRules(
        **{kind: phrase_patterns(relpath, line, doc[kind], kind) for kind in SENTENCE_KINDS}
    )
