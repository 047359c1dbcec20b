"""The parsed data files, kept between runs so a command starts without parsing YAML.

A YAML data file's parsed content (plain dicts, lists, strings and numbers, with the
``__line__`` of every mapping), or a CSV file's header and rows, is written with ``marshal`` to
``<store>/cache/data-<appealgen version>-py<X.Y>/<file>.marshal`` next to a hash of the
file's text. A later run reads the file's text as before, hashes it, and takes the
parsed content from the cache only when the hash is the same: an edited data file is
parsed (and validated) again, and a broken one gives its ``file:line`` error as before.
Validation always runs on the content, cached or not.

Only plain data is stored (``marshal`` refuses anything else; such a file is simply
not cached), never code. A cache that cannot be read or written (a read-only store, a
full disk, a damaged file) is passed over: the data file is parsed as if there were
no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

# Bump when the shape of what load_yaml returns changes (the ``__line__`` keys, say).
FORMAT = 1
ENABLE_ENV = "APPEALGEN_DATA_CACHE"  # "0": never read or write the cache

MISSING = object()  # what get() returns when the cache has nothing usable


def _version() -> str:
    from .. import __version__

    return __version__


def cache_dir() -> Path:
    """``<store>/cache/data-<version>-py<X.Y>``: one folder per version of appealgen and
    of Python, so an upgrade never reads what another version wrote."""
    from ..store import home

    tag = f"data-{_version()}-py{sys.version_info[0]}.{sys.version_info[1]}"
    return home() / "cache" / tag


def enabled() -> bool:
    return os.environ.get(ENABLE_ENV, "1") != "0"


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()


def _file(relpath: str) -> Path:
    return cache_dir() / (relpath.replace("/", "__") + ".marshal")


def get(relpath: str, text: str) -> Any:
    """The parsed content of ``relpath`` for exactly ``text``, or ``MISSING``."""
    if not enabled():
        return MISSING
    try:
        raw = _file(relpath).read_bytes()
        fmt, digest, data = marshal.loads(raw)
    except (OSError, EOFError, ValueError, TypeError):
        return MISSING
    if fmt != FORMAT or digest != _digest(text):
        return MISSING
    return data


def _write(path: Path, blob: bytes) -> None:
    """``blob`` into ``path`` through a temporary file and a rename (best effort)."""
    from ..store import home

    with contextlib.suppress(OSError):
        # the store, its cache folder and this version's folder: each private to the user
        # (the store also holds the case log), whichever of them this run creates
        folder = home(create=True)
        for part in path.parent.relative_to(folder).parts:
            folder = folder / part
            folder.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def read_file(name: str) -> bytes | None:
    """The bytes of the cache file ``name`` of this version, or None (best effort)."""
    try:
        return (cache_dir() / name).read_bytes()
    except OSError:
        return None


def write_file(name: str, blob: bytes) -> None:
    """Write the cache file ``name`` of this version through a rename (best effort)."""
    _write(cache_dir() / name, blob)


def put(relpath: str, text: str, data: Any) -> None:
    """Remember ``data`` as the parsed content of ``relpath``'s ``text`` (best effort)."""
    if not enabled():
        return
    try:
        blob = marshal.dumps((FORMAT, _digest(text), data))
    except ValueError:  # not plain data (a date, say): parse this file every time
        return
    _write(_file(relpath), blob)


# Phrase patterns that compiled, and refused empty text, in an earlier run of this version
# of appealgen and Python, each with its required words (``checks.required_words``): the
# loaders check them again only in ``appealgen check``, and compile them when they are
# first used (``checks.Phrase``).
_PHRASES_FILE = "phrase-patterns.marshal"
_PHRASES_FORMAT = 2  # 1 kept the patterns alone
_phrases: dict[str, tuple[str, ...]] | None = None
_new_phrases: dict[str, tuple[str, ...]] = {}


def checked_phrases() -> dict[str, tuple[str, ...]]:
    """The phrase patterns found valid by an earlier run, each with its required words
    (empty with the cache off)."""
    global _phrases
    if _phrases is None:
        _phrases = {}
        if enabled():
            try:
                fmt, patterns = marshal.loads((cache_dir() / _PHRASES_FILE).read_bytes())
                if fmt == _PHRASES_FORMAT and isinstance(patterns, dict):
                    _phrases = {
                        p: tuple(w)
                        for p, w in patterns.items()
                        if isinstance(p, str) and isinstance(w, tuple)
                    }
            except (OSError, EOFError, ValueError, TypeError):
                pass
    return _phrases


def phrase_checked(pattern: str, words: tuple[str, ...]) -> None:
    """Note that ``pattern`` compiled and refused empty text, and the words every match of
    it holds (written by ``save_phrases``)."""
    if pattern not in checked_phrases():
        _new_phrases[pattern] = words


def save_phrases() -> None:
    """Write the phrase patterns noted since the last call (best effort)."""
    if not _new_phrases or not enabled():
        return
    known = checked_phrases()
    known.update(_new_phrases)
    _new_phrases.clear()
    _write(cache_dir() / _PHRASES_FILE, marshal.dumps((_PHRASES_FORMAT, known)))


def forget_phrases() -> None:
    """Read the checked phrase patterns from disk again on next use (tests, a new store)."""
    global _phrases
    _phrases = None
    _new_phrases.clear()
