"""Write appealgen/dataclass_methods.py: the methods' text of the reader's dataclasses.

    python scripts/dataclass_methods.py

Run it after changing a dataclass (its fields, defaults, ``frozen``...): a class whose
methods' text is not in the file still works, its methods compiled when it is defined,
as Python does for any dataclass (``appealgen.dataclass_code`` explains the file).
Imports every module of the contract's models, the reader and the knowledge base (what
every ``appealgen parse`` defines), notes each text ``dataclasses`` compiles for their
classes, and writes them as Python source, formatted by ``ruff format``.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "appealgen" / "dataclass_methods.py"
FACTORY = "def __create_fn__("
# the modules whose classes every read defines: the models, the reader, the knowledge base
MODULES = ("appealgen.models", "appealgen.read", "appealgen.knowledge")

HEADER = '''"""The methods' text of the reader's dataclasses, as ``dataclasses`` writes it.

Written by ``scripts/dataclass_methods.py``: do not edit. ``appealgen.dataclass_code``
explains what it is for. ``CODE`` maps each text to the code of the function it defines.
"""

# ruff: noqa
from types import CodeType

CODE: dict[str, CodeType] = {}
'''


def _kept(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in MODULES)


def collect() -> list[str]:
    texts: set[str] = set()

    def note(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        name = str((globals or {}).get("__name__", ""))
        if isinstance(source, str) and _kept(name) and source.startswith(FACTORY):
            texts.add(source)
        builtins.exec(source, globals, locals)

    dataclasses.exec = note  # type: ignore[attr-defined]
    sys.path.insert(0, str(ROOT))
    import appealgen

    importlib.import_module("appealgen.models")
    for info in pkgutil.walk_packages(appealgen.__path__, "appealgen."):
        if not _kept(info.name) or info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except Exception as e:  # noqa: BLE001 - a module needing an optional package
            print(f"skipped {info.name}: {type(e).__name__}: {e}", file=sys.stderr)
    return sorted(texts)


def main() -> int:
    texts = collect()
    parts = [HEADER]
    for text in texts:
        compile(text, "<dataclass>", "exec")  # exactly one def, as dataclasses writes it
        parts.append(f"\n{text}\n\n\nCODE[{text!r}] = __create_fn__.__code__\n")
    OUT.write_text("\n".join(parts))
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(OUT)], check=True)
    print(f"{OUT.relative_to(ROOT)}: {len(texts)} methods")
    return 0


if __name__ == "__main__":
    sys.exit(main())
