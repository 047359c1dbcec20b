"""Reading the data files: text, CSV rows and YAML with line numbers, the error that
names a file and line, and the registry of loaders.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..errors import KnowledgeError


def data_path(relpath: str) -> Any:
    """A Traversable for a file under appealgen/data (works installed or editable)."""
    return _data_dir().joinpath(relpath)


@functools.cache
def _data_dir() -> Any:
    """appealgen/data: the folder itself when the package is a folder on disk (as pip
    installs it; found without loading importlib.resources' readers, a few ms of every
    command), else the package's resource (a zipped install)."""
    folder = Path(__file__).resolve().parent.parent / "data"
    if folder.is_dir():
        return folder
    from importlib import resources

    return resources.files("appealgen").joinpath("data")


# While validate_all() runs: the data files read so far
files_read: set[str] | None = None


def read_data_text(relpath: str) -> str:
    path = data_path(relpath)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise KnowledgeError(f"data/{relpath}: missing data file") from e


def _text(relpath: str) -> str:
    """A data file's text through the package's ``read_data_text`` (where a test may put
    another text in the file's place), noted while validate_all() runs."""
    from . import read_data_text as read

    text = read(relpath)
    if files_read is not None:
        files_read.add(relpath)
    return text


def did_you_mean(value: str, choices: Any) -> str:
    import difflib  # only a mistake in a data file comes here

    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1)
    return f" — did you mean {close[0]!r}?" if close else ""


def fail(relpath: str, line: int | None, message: str) -> KnowledgeError:
    where = f"data/{relpath}:{line}" if line else f"data/{relpath}"
    return KnowledgeError(f"{where}: {message}")


def load_csv(relpath: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, row) with every value a stripped string.

    Checks that the header has exactly the ``required`` columns (plus any extra ones
    that start with ``note``) and that no required cell is missing. The rows of the same
    text are taken from the cache of earlier runs, as ``load_yaml``'s content.
    """
    from . import cache

    text = _text(relpath)
    use_cache = files_read is None
    cached = cache.get(relpath, text) if use_cache else cache.MISSING
    if cached is not cache.MISSING:
        header, rows = cached
        _check_header(relpath, header, required)
        return rows
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    _check_header(relpath, header, required)
    rows = []
    for row in reader:
        line = reader.line_num
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if None in row:
            raise fail(
                relpath, line, "too many cells in this row (a comma inside an unquoted value?)"
            )
        rows.append((line, clean))
    if use_cache:
        cache.put(relpath, text, (list(header), rows))
    return rows


def _check_header(relpath: str, header: list[str], required: tuple[str, ...]) -> None:
    for col in required:
        if col not in header:
            raise fail(relpath, 1, f"missing column {col!r}{did_you_mean(col, header)}")
    for col in header:
        if (
            col not in required
            and not col.startswith("note")
            and col not in ("source", "confidence")
        ):
            raise fail(relpath, 1, f"unknown column {col!r}{did_you_mean(col, required)}")


@functools.cache
def _line_loader() -> Any:
    """A SafeLoader that records the line of every mapping under the key ``__line__``.

    Built on first use: a command whose data files all come from the cache
    (``knowledge.cache``) never imports PyYAML.
    """
    import yaml

    # libyaml's parser when PyYAML was built with it (ten times faster), else the pure one
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class LineLoader(base):  # type: ignore[misc,valid-type]
        pass

    def construct_mapping(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
        mapping = loader.construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def parse_yaml(relpath: str, text: str) -> Any:
    """Parse the YAML ``text`` of ``relpath``; every mapping carries its ``__line__``."""
    import yaml

    try:
        return yaml.load(text, Loader=_line_loader())  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise fail(relpath, line, f"not valid YAML: {getattr(e, 'problem', e)}") from e


def load_yaml(relpath: str) -> Any:
    """Parse a YAML data file; every mapping carries its line number in ``__line__``.

    The parsed content of the same text is taken from the cache of earlier runs
    (``knowledge.cache``), except while ``validate_all`` runs, which parses every file.
    """
    from . import cache

    text = _text(relpath)
    use_cache = files_read is None
    if use_cache:
        data = cache.get(relpath, text)
        if data is not cache.MISSING:
            return data
    data = parse_yaml(relpath, text)
    if use_cache:
        cache.put(relpath, text, data)
    return data


def check_keys(
    relpath: str, mapping: dict[str, Any], allowed: tuple[str, ...], required: tuple[str, ...] = ()
) -> None:
    """Fail loudly on unknown or missing keys in one YAML mapping."""
    line = mapping.get("__line__")
    for key in mapping:
        if key != "__line__" and key not in allowed:
            raise fail(relpath, line, f"unknown key {key!r}{did_you_mean(key, allowed)}")
    for key in required:
        if key not in mapping or mapping[key] in (None, "", []):
            raise fail(relpath, line, f"missing required key {key!r}")


def load_mapping(relpath: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """A YAML data file that is one mapping with exactly ``keys`` (all required)."""
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, f"expected a mapping with the keys {', '.join(keys)}")
    check_keys(relpath, doc, keys, keys)
    return doc


def strip_lines(obj: Any) -> Any:
    """A copy of loaded YAML without the ``__line__`` bookkeeping."""
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def list_data_files(reldir: str, suffix: str) -> list[str]:
    base = data_path(reldir)
    return sorted(f"{reldir}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix))


# Every loader of data files, in the order they were defined (data_loader adds them)
LOADERS: list[Any] = []


_F = TypeVar("_F", bound=Callable[..., Any])


def data_loader(fn: _F) -> _F:
    """Decorate a function that loads and validates data files: its result is kept for
    the process (``functools.cache``), and ``validate_all`` reaches it. The phrase
    patterns it found valid are written to the cache of later runs when it returns."""

    @functools.wraps(fn)
    def load(*args: Any, **kwargs: Any) -> Any:
        from . import cache

        out = fn(*args, **kwargs)
        cache.save_phrases()
        return out

    cached = functools.cache(load)
    LOADERS.append(cached)
    return cached  # type: ignore[return-value]


def named_mapping(rel: str, key: str) -> dict[str, Any]:
    """The one top-level mapping of a data file that holds only ``key: {id: entry}``."""
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, f"expected a mapping with {key!r}")
    check_keys(rel, data, (key,), required=(key,))
    table = data[key]
    if not isinstance(table, dict):
        raise fail(rel, data.get("__line__"), f"{key} must be a mapping")
    return table
