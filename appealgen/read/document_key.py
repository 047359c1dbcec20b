"""The code key of a notice read a window of pages at a time, read over all its pages first.

A long notice prints the meanings of its codes once, most often on its last page, and the
window that reads the first claims must know them (``windows.py``). The key is read as
``codekey.read_code_key`` reads it in a whole notice, from each page's lines (its running
headers and footers dropped as the whole notice drops them) read with the page before it,
so a key whose heading ends one page and whose entries go on over the next is read whole;
each page's lines are let go once read.
"""

from __future__ import annotations

from .codekey import read_code_key
from .extract import Page
from .layout import Line, document_lines
from .running_heads import RunningMarks
from .settings import ReadSettings


def document_key(pages: list[Page], settings: ReadSettings, marks: RunningMarks) -> dict[str, str]:
    """Code -> printed explanation, from every page of ``pages``: the first printing of a
    code's meaning, as the whole notice's key keeps it."""
    out: dict[str, str] = {}
    before: list[Line] = []
    for k in range(len(pages)):
        lines = document_lines(pages[k : k + 1], settings, marks)
        glossary, _at = read_code_key(before + lines)
        for code, words in glossary.items():
            out.setdefault(code, words)
        before = lines
    return out


def with_document_key(own: dict[str, str], key: dict[str, str] | None) -> dict[str, str]:
    """A window's own key, then the codes only the rest of the notice explains."""
    if not key:
        return own
    return own | {code: words for code, words in key.items() if code not in own}
