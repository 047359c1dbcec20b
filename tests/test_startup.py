"""What reading one notice imports: nothing it does not use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "riverbend_remittance.pdf"
CODE = (
    "import sys\n"
    "from appealgen.api import parse_file\n"
    "parse_file(sys.argv[1])\n"
    "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] == 'yaml'\n"
    "    or m.startswith(('appealgen.read.learned_read', 'appealgen.read.anchors',\n"
    "                     'appealgen.knowledge.argument', 'appealgen.decide')))))\n"
)


def _imported(store: Path) -> str:
    env = {**os.environ, "APPEALGEN_HOME": str(store)}
    done = subprocess.run(
        [sys.executable, "-c", CODE, str(SAMPLE)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_reading_a_notice_imports_no_yaml_once_the_data_cache_is_warm(tmp_path: Path) -> None:
    first = _imported(tmp_path / "store")
    assert first.split()[0] == "yaml"  # the first run parses the data files
    assert _imported(tmp_path / "store") == ""  # ... the next takes them from the cache


def test_the_learned_layout_reader_and_the_decide_stage_wait_until_needed(
    tmp_path: Path,
) -> None:
    imported = _imported(tmp_path / "store").split()
    assert not [m for m in imported if not m.startswith("yaml")]


# What every command pays before it runs: none of the stages' work, no other command.
HEAVY = ("pdfplumber", "pdfminer", "pypdfium2", "PIL", "yaml", "pypdf", "docx", "numpy")
STAGES = ("read", "decide", "write", "knowledge", "web", "batch", "caselog", "learn", "isolate")


CLICK_COMMANDS = "appealgen.cli.commands"


def _loaded_by(code: str) -> list[str]:
    code += "\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_importing_the_cli_loads_no_stage_and_no_other_command() -> None:
    loaded = _loaded_by("import sys, appealgen.cli\nappealgen.cli.cli")
    assert "click" in loaded and "appealgen.cli.commands" in loaded
    unwanted = [
        m
        for m in loaded
        if m.split(".")[0] in HEAVY
        or (m.startswith("appealgen.") and m.split(".")[1] in STAGES)
        or (m.startswith("appealgen.cli.") and m not in ("appealgen.cli.options", CLICK_COMMANDS))
    ]
    assert not unwanted, f"import appealgen.cli loads {unwanted}"


# the entry point and its errors
ENTRY_POINT = (
    "appealgen.cli",
    "appealgen.errors",
)


def test_the_entry_point_loads_neither_click_nor_the_library() -> None:
    """``appealgen parse FILE`` reads the command line before it loads anything else."""
    loaded = _loaded_by("import sys\nfrom appealgen.cli import main")
    unwanted = [
        m
        for m in loaded
        if m.split(".")[0] in (*HEAVY, "click")
        or (m.startswith("appealgen.") and m not in ENTRY_POINT)
    ]
    assert not unwanted, f"from appealgen.cli import main loads {unwanted}"
