"""appealgen's dataclasses without compiling their methods' text each time a program starts.

``dataclasses`` writes the text of every ``__init__``, ``__repr__``, ``__eq__`` (and, when
frozen, ``__setattr__``, ``__delattr__`` and ``__hash__``) of a class and compiles it when
the class is defined: for appealgen's classes, about 20 ms of every ``appealgen parse``.
``appealgen/dataclass_methods.py`` holds those same texts as Python source, written by
``scripts/dataclass_methods.py``; Python compiles it once into its ``__pycache__`` like
any module. ``install()`` has ``dataclasses`` take a method's code from there when the
text it is about to compile is exactly a text kept there (the text is the key, so a
changed class never gets another class's code), and compile as usual otherwise.

Only appealgen's own classes are looked up. On a Python whose ``dataclasses`` builds its
methods another way, nothing changes.
"""

# no ``from __future__ import annotations`` here: ``exec`` of a text compiles it with the
# future features of the module calling it, and the methods' annotations must stay as
# ``dataclasses`` makes them
import builtins
import dataclasses
import types
from typing import Any

_FACTORY = "__create_fn__"  # the one function each text of ``dataclasses`` defines
_PACKAGE = __name__.rpartition(".")[0] + "."
_table: "dict[str, types.CodeType] | None" = None


def _exec(source: Any, globals: Any = None, locals: Any = None, /, **kw: Any) -> None:
    """``exec`` as ``dataclasses`` calls it, with kept code for a kept text."""
    if (
        _table is not None
        and not kw
        and type(source) is str
        and type(globals) is dict
        and type(locals) is dict
        and "__builtins__" in globals
        and str(globals.get("__name__", "")).startswith(_PACKAGE)
    ):
        code = _table.get(source)
        if code is not None:
            # what running ``def __create_fn__(...): ...`` in ``globals`` leaves in ``locals``
            locals[_FACTORY] = types.FunctionType(code, globals)
            return
    builtins.exec(source, globals, locals, **kw)


def install() -> None:
    """Have ``dataclasses`` take the kept code of appealgen's classes (once a process)."""
    global _table
    if _table is not None:
        return
    from .dataclass_methods import CODE

    _table = CODE
    if getattr(dataclasses, "exec", None) is None and callable(
        getattr(dataclasses, "_create_fn", None)
    ):
        dataclasses.exec = _exec  # type: ignore[attr-defined]
