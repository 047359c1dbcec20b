"""appealgen: turn denied lactation-care claims into the letters that get them paid.

The public API, shared by the CLI, the batch runner and the web page::

    from appealgen import parse_file, decide, generate
    result = parse_file("denial.pdf")     # ParseResult: the contract's parse document
    case = decide(result)                 # Case: the parse + the decision, with reasons
    written = generate(case, "out/")      # the letters on disk
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import decide, generate, generate_file, parse_file
    from .errors import AppealgenError
    from .models import Case, Decision, ParseResult

__version__ = "0.1.0"

__all__ = [
    "AppealgenError",
    "Case",
    "Decision",
    "ParseResult",
    "decide",
    "generate",
    "generate_file",
    "parse_file",
    "__version__",
]

# The public names, each imported from its module when first asked for: a program that
# imports one part of appealgen (the command line, say) does not load the others.
_PUBLIC = {
    "AppealgenError": "errors",
    "Case": "models",
    "Decision": "models",
    "ParseResult": "models",
    "decide": "api",
    "generate": "api",
    "generate_file": "api",
    "parse_file": "api",
}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})


class _Package(types.ModuleType):
    """This package, whose public names are not hidden by its subpackages.

    Importing ``appealgen.decide`` (the stage) makes Python name the subpackage on its
    parent, as ``appealgen.decide``; the public function ``decide`` keeps the name.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _PUBLIC and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
