"""Regular expressions of the code and the data files, compiled once and kept between runs.

Python's ``re`` parses and translates a pattern in Python code each time a program starts:
for the reader's few hundred patterns that is about 40 ms of every ``appealgen parse``,
more than the rest of its start. ``compiled(pattern, flags)`` returns the same
``re.Pattern`` as ``re.compile``; the first time a pattern is compiled, its compiled
program (the numbers ``re`` hands to its C engine) is noted, and ``save()`` writes the
programs noted to the store's cache (``knowledge.cache``: one folder per version of
appealgen and Python, the same switch ``APPEALGEN_DATA_CACHE=0``). A later run builds
each pattern from its program in microseconds. The engine checks every program it is
given; a program it refuses, or a cache that cannot be read, is passed over and the
pattern compiled as usual.

Only patterns written in the code or in the data files come here, never one built from
a document's words: the cache is kept on disk, and a document's words are health data.
"""

from __future__ import annotations

import contextlib
import marshal
import re
import sys
from array import array
from typing import Any

try:  # the pieces of ``re.compile``; a Python without them compiles every time
    import _sre
    from re import _compiler, _parser

    _CODE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _USABLE = callable(getattr(_compiler, "_code", None)) and callable(_parser.parse)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - other Pythons
    _USABLE = False

FORMAT = 1
# Patterns kept at most: the code and the data files hold a few hundred; a bound, not a goal.
MAX_PATTERNS = 4096
_FILE = "patterns-{version}-{magic}.marshal"

# (pattern, flags) -> (flags, code bytes, groups, groupindex, indexgroup)
Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]
_known: dict[tuple[str, int], Program] | None = None
_new: dict[tuple[str, int], Program] = {}
# the patterns built in this process, as ``re`` keeps the ones it compiled
_built: dict[tuple[str, int], re.Pattern[str]] = {}


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the program an earlier run kept when there is one.

    Raises ``re.error`` for a pattern that is not a regular expression, as ``re.compile``.
    """
    flags = int(flags)
    if not _USABLE or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    rx = _built.get(key)
    if rx is None:  # a pattern a function asks for each time it runs is built once
        rx = _built[key] = _compiled(key)
    return rx


def _compiled(key: tuple[str, int]) -> re.Pattern[str]:
    pattern, flags = key
    known = _programs()
    program = known.get(key) or _new.get(key)
    if program is not None:
        try:
            return _build(pattern, program)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # damaged: compile again
            known.pop(key, None)
    program = _program(pattern, flags)
    rx = _build(pattern, program)
    if len(known) + len(_new) < MAX_PATTERNS:
        _new[key] = program
    return rx


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands to the engine for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags),
        array(_CODE, code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    words = array(_CODE)
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def _file_name() -> str:
    version = ".".join(str(v) for v in sys.version_info[:3])
    return _FILE.format(version=version, magic=getattr(_sre, "MAGIC", 0))


def _programs() -> dict[tuple[str, int], Program]:
    """The programs kept by earlier runs (empty with the cache off or unreadable)."""
    global _known
    if _known is None:
        # importing the cache may import the knowledge package first, whose modules compile
        # patterns of their own: those come back here and find the kept programs too
        from .knowledge import cache

        if _known is None:
            known: dict[tuple[str, int], Program] = {}
            blob = cache.read_file(_file_name()) if cache.enabled() else None
            if blob is not None:
                with contextlib.suppress(EOFError, ValueError, TypeError):
                    fmt, programs = marshal.loads(blob)
                    if fmt == FORMAT and isinstance(programs, dict):
                        known.update(programs)
            _known = known
    return _known


def save() -> None:
    """Write the programs of the patterns compiled since the last call (best effort)."""
    if not _new:
        return
    from .knowledge import cache

    known = _programs()
    known.update(_new)
    _new.clear()
    if cache.enabled():
        cache.write_file(_file_name(), marshal.dumps((FORMAT, known)))


def forget() -> None:
    """Read the kept programs from disk again on next use (tests, a new store)."""
    global _known
    _known = None
    _new.clear()
    _built.clear()
