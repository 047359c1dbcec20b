"""The reader's dataclasses take their methods' code from appealgen/dataclass_methods.py."""

from __future__ import annotations

import builtins
import dataclasses
import sys
import types

import pytest

from appealgen import dataclass_code
from appealgen.dataclass_methods import CODE

SAME = (
    "co_code",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_flags",
    "co_name",
    "co_qualname",
    "co_stacksize",
    "co_exceptiontable",
)


def _differences(kept: types.CodeType, compiled: types.CodeType) -> list[str]:
    out = [a for a in SAME if getattr(kept, a) != getattr(compiled, a)]
    if len(kept.co_consts) != len(compiled.co_consts):
        return [*out, "co_consts"]
    for a, b in zip(kept.co_consts, compiled.co_consts, strict=True):
        if isinstance(a, types.CodeType) and isinstance(b, types.CodeType):
            out += [f"{a.co_name}.{d}" for d in _differences(a, b)]
        elif type(a) is not type(b) or a != b:
            out.append(f"constant {a!r} != {b!r}")
    return out


def test_each_kept_text_compiles_to_the_kept_code() -> None:
    """The file is the texts themselves, reformatted: the same bytecode, line numbers aside."""
    assert CODE, "no methods kept: run python scripts/dataclass_methods.py"
    for text, kept in CODE.items():
        module = compile(text, "<string>", "exec", dont_inherit=True)
        (fn,) = [c for c in module.co_consts if isinstance(c, types.CodeType)]
        assert not _differences(kept, fn), text


def _define(source: str, name: str, monkeypatch: pytest.MonkeyPatch) -> type:
    module = types.ModuleType(name)
    monkeypatch.setitem(sys.modules, name, module)
    exec(compile(source, "<test>", "exec", dont_inherit=True), module.__dict__)
    return module.Point


CLASS = (
    "from dataclasses import dataclass\n"
    "@dataclass(frozen=True)\n"
    "class Point:\n"
    "    x: int\n"
    "    y: int = 0\n"
)


def _code(cls: type, method: str) -> types.CodeType:
    fn = getattr(cls, method)
    return getattr(fn, "__wrapped__", fn).__code__  # __repr__ is wrapped against recursion


def test_a_kept_text_takes_its_kept_code_and_another_is_compiled(monkeypatch) -> None:
    texts: list[str] = []

    def note(source, globals=None, locals=None, /):  # noqa: ANN001, ANN202 - exec's own
        texts.append(source)
        builtins.exec(compile(source, "<string>", "exec", dont_inherit=True), globals, locals)

    monkeypatch.setattr(dataclasses, "exec", note, raising=False)
    _define(CLASS, "appealgen.example", monkeypatch)
    assert len(texts) == 6  # __init__, __repr__, __eq__, __hash__, __setattr__, __delattr__
    kept = {}
    for text in texts:
        module = compile(text, "kept.py", "exec", dont_inherit=True)
        kept[text] = next(c for c in module.co_consts if isinstance(c, types.CodeType))

    monkeypatch.setattr(dataclasses, "exec", dataclass_code._exec, raising=False)
    monkeypatch.setattr(dataclass_code, "_table", kept)
    point = _define(CLASS, "appealgen.example", monkeypatch)
    methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    assert {_code(point, m).co_filename for m in methods} == {"kept.py"}
    assert point.__init__.__qualname__ == "Point.__init__"
    assert point.__init__.__module__ == "appealgen.example"
    p = point(3)
    assert (p, repr(p), hash(p) == hash(point(3, 0))) == (point(3, 0), "Point(x=3, y=0)", True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 4  # type: ignore[misc]

    other = _define(CLASS, "elsewhere", monkeypatch)  # not appealgen's: compiled as Python does
    assert {_code(other, m).co_filename for m in methods} == {"<string>"}
    assert other.__init__.__annotations__ == {"x": int, "y": int, "return": None}
