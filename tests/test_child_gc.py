"""The reading child of a short notice runs no pass of the cyclic collector: importing the
reader and reading a 2-page EOB, its JSON document included, stay under the child's
threshold (``isolate.CHILD_GC_THRESHOLD``). Run as ``appealgen parse`` runs it: a new
process that has loaded nothing but the command line before the child starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "granite_peak_remittance.pdf"
CODE = """
import gc, sys
from appealgen import isolate


def passes_while_reading(path, as_json):
    from appealgen.cli import notice_text

    passes = []
    gc.callbacks.append(lambda phase, info: passes.append(phase) if phase == "start" else None)
    notice_text(path, as_json)
    return len(passes), gc.get_threshold()[0]


print(*isolate.run(passes_while_reading, sys.argv[1], sys.argv[2] == "json"))
"""


@pytest.mark.parametrize("mode", ["summary", "json"])
def test_a_short_notice_is_read_without_a_collector_pass(mode: str) -> None:
    from appealgen import isolate

    run = [sys.executable, "-c", CODE, str(SAMPLE), mode]
    done = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120)
    passes, threshold = (int(x) for x in done.stdout.split())
    assert threshold == isolate.CHILD_GC_THRESHOLD[0]
    assert passes == 0
