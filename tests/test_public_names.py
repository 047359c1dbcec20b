"""The package's public names stay the API's, whatever else has been imported."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_decide_is_the_function_after_the_decide_stage_is_imported() -> None:
    out = _run(
        "import appealgen.decide.triage\n"
        "import appealgen\n"
        "from appealgen import decide\n"
        "from appealgen.api import decide as api_decide\n"
        "print(decide is api_decide, appealgen.decide is api_decide)\n"
    )
    assert out == "True True"


def test_the_decide_stage_is_still_importable_by_its_path() -> None:
    out = _run(
        "import appealgen\n"
        "appealgen.decide\n"
        "from appealgen.decide import triage\n"
        "import importlib\n"
        "print(importlib.import_module('appealgen.decide').__name__, triage.__name__)\n"
    )
    assert out == "appealgen.decide appealgen.decide.triage"
