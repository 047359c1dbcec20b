"""Answers of pure text functions, kept while one document is read, then forgotten.

Reading a notice asks the same small questions again and again: every reader that
passes a line looks for its dates, every label candidate is split into its words, the
same reason text is matched against every phrase rule. ``per_document`` keeps a
function's answers in a bounded table (least recently used first out), so each
question costs once per document.

``forget()`` empties every table. The parse driver calls it when a document is done,
so no document's words stay in memory after its read; ``knowledge.clear_caches`` calls
it too, as the answers depend on the data files (label words, phrase rules).

Only functions whose answer depends on nothing but their arguments and the data files
may be kept, and their answers must be immutable (tuples, strings, numbers): every
caller gets the same object.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

_F = TypeVar("_F", bound=Callable[..., Any])
# answers kept per function: a short notice asks fewer, a long one's questions come back
# soon after they are first asked (the readers passing a line ask about it in turn), so a
# longer table buys no time on a 100-page EOB, only memory (an amount's answer is ~1 kB)
MAX_ANSWERS = 512
_TABLES: list[Any] = []


def per_document(fn: _F) -> _F:
    """Keep ``fn``'s answers until ``forget()``; its arguments must be hashable."""
    kept = functools.lru_cache(maxsize=MAX_ANSWERS)(fn)
    _TABLES.append(kept)
    return kept  # type: ignore[return-value]


def forget() -> None:
    """Empty every table of answers."""
    for table in _TABLES:
        table.cache_clear()
