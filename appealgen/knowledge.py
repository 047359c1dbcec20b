"""Loads and validates every data file of the knowledge base, once per process.

A wrong key, a bad value or a dangling reference stops the program at load with
``file:line: what is wrong — did you mean …``. Nothing is warned about and skipped.

Each section of this module loads one family of files under ``appealgen/data``;
the shared helpers come first.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
from importlib import resources
from typing import Any

import yaml

from .errors import KnowledgeError

# --------------------------------------------------------------------------
# Shared helpers


def data_path(relpath: str) -> Any:
    """A Traversable for a file under appealgen/data (works installed or editable)."""
    return resources.files("appealgen").joinpath("data").joinpath(relpath)


def read_data_text(relpath: str) -> str:
    path = data_path(relpath)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise KnowledgeError(f"data/{relpath}: missing data file") from e


def did_you_mean(value: str, choices: Any) -> str:
    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1)
    return f" — did you mean {close[0]!r}?" if close else ""


def fail(relpath: str, line: int | None, message: str) -> KnowledgeError:
    where = f"data/{relpath}:{line}" if line else f"data/{relpath}"
    return KnowledgeError(f"{where}: {message}")


def load_csv(relpath: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, row) with every value a stripped string.

    Checks that the header has exactly the ``required`` columns (plus any extra ones
    that start with ``note``) and that no required cell is missing.
    """
    text = read_data_text(relpath)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    for col in required:
        if col not in header:
            raise fail(relpath, 1, f"missing column {col!r}{did_you_mean(col, header)}")
    for col in header:
        if col not in required and not col.startswith("note") and col not in ("source", "confidence"):
            raise fail(relpath, 1, f"unknown column {col!r}{did_you_mean(col, required)}")
    rows = []
    for row in reader:
        line = reader.line_num
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if None in row:
            raise fail(relpath, line, "too many cells in this row (a comma inside an unquoted value?)")
        rows.append((line, clean))
    return rows


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that records the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def load_yaml(relpath: str) -> Any:
    """Parse a YAML data file; every mapping carries its line number in ``__line__``."""
    text = read_data_text(relpath)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise fail(relpath, line, f"not valid YAML: {getattr(e, 'problem', e)}") from e


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


def strip_lines(obj: Any) -> Any:
    """A copy of loaded YAML without the ``__line__`` bookkeeping."""
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def list_data_files(reldir: str, suffix: str) -> list[str]:
    base = data_path(reldir)
    return sorted(
        f"{reldir}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix)
    )


@functools.cache
def load_all() -> None:
    """Load and validate every data file (called at start by the CLI and the tests)."""
    for name, fn in list(globals().items()):
        if name.startswith("load_") and name not in ("load_all", "load_csv", "load_yaml"):
            if callable(fn) and getattr(fn, "__wrapped__", None) is not None:
                fn()


# --------------------------------------------------------------------------
# Sections below: one per family of data files. Each public loader is
# decorated with @functools.cache so the files are read once per process.
