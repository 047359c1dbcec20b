"""What the tests of a generated set share: its generator loaded from ``samples/``, the
documents written to its folder and the truth beside each."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from appealgen import parse_file
from appealgen.read.score import Score, score

ROOT = Path(__file__).resolve().parent.parent


def load_generator(stem: str) -> ModuleType:
    """``samples/<stem>.py``, loaded as the module ``samples_<stem>``."""
    spec = importlib.util.spec_from_file_location(
        f"samples_{stem}", ROOT / "samples" / f"{stem}.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def documents(folder: Path) -> list[Path]:
    """The notices written to ``folder`` (PDFs and photos), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".jpg"))


def truth(doc: Path) -> dict:
    """The expected parse document written beside ``doc``."""
    return json.loads(doc.with_name(doc.stem + ".expected.json").read_text(encoding="utf-8"))


def text_score(docs: list[Path], keep: Callable[[Path], bool] = lambda doc: True) -> Score:
    """The reader's score on the text PDFs of ``docs`` that ``keep`` keeps."""
    total = Score()
    for doc in docs:
        exp = truth(doc)
        if keep(doc) and not exp["source"]["ocr_used"]:
            total.merge(score(parse_file(doc).to_dict(), exp, name=doc.stem))
    return total
