"""The read stage stays small and first: no module over 400 lines, no function over 80,
no import of the decide stage, and every claim reader behind the same interface."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

READ = Path(__file__).resolve().parent.parent / "appealgen" / "read"
MODULES = sorted(READ.glob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_read_modules_are_small(path: Path) -> None:
    src = path.read_text(encoding="utf-8")
    assert len(src.splitlines()) <= MAX_MODULE_LINES, (
        f"{path.name} is over {MAX_MODULE_LINES} lines"
    )
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(src))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{path.name}: functions over {MAX_FUNCTION_LINES} lines: {long}"


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_read_never_imports_a_later_stage(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            mod = ("." * node.level) + (node.module or "")
            names = [a.name for a in node.names]
            assert not mod.startswith(
                ("..decide", "..write", "appealgen.decide", "appealgen.write")
            ), f"{path.name} imports {mod}"
            assert not (mod == ".." and {"decide", "write"} & set(names)), path.name
        elif isinstance(node, ast.Import):
            assert not any(
                a.name.startswith(("appealgen.decide", "appealgen.write")) for a in node.names
            )


def test_every_claim_reader_answers_the_same_interface() -> None:
    import inspect

    from appealgen.read import claims

    assert len(claims.READERS) >= 4
    for read in claims.READERS:
        params = list(inspect.signature(read).parameters)
        assert params == ["ctx", "area"], read.__module__


def test_what_the_table_module_shares_is_public() -> None:
    """Other modules take only public names from read/table.py (its private ones may change)."""
    root = READ.parent.parent
    takers = [*sorted((root / "appealgen").rglob("*.py")), *sorted((root / "tests").glob("*.py"))]
    private = []
    for path in takers:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (
                (node.level == 1 and node.module == "table")
                or node.module == "appealgen.read.table"
            ):
                private += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert not private


def test_the_ocr_modules_take_only_public_names_from_each_other() -> None:
    """A scan's readers (read/ocr*.py) share what they call by public names: a private one
    may change with its module (the column reader once took ocr's private word reader)."""
    private = []
    for path in sorted(READ.glob("ocr*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                private += [f"{path.name}: {a.name}" for a in node.names if a.name[:1] == "_"]
    assert not private


def test_every_ocr_module_asks_tesseract_through_one_name() -> None:
    """tesseract is run by ocr_call.tesseract_tsv, looked up on its module when called, so
    one replacement (the benchmarks' cache of its answers, a test's stand-in) sees every
    reading: the page's, a column's, a sheet of pieces'."""
    taken = []
    for path in sorted(READ.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and "tesseract_tsv" in {a.name for a in node.names}:
                taken.append(path.name)
    assert not taken
