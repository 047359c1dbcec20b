"""A non-editable install finds its templates and data (the editable one runs the suite)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.fail(f"pip wheel failed: {proc.stderr[-2000:]}")
    return next(out.glob("appealgen-*.whl"))


def test_wheel_carries_templates_and_data(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind in ("appeal", "gap_exception", "call_script", "physician_request"):
        assert f"appealgen/templates/{kind}.docx" in names
    assert "appealgen/data/codes/carc.csv" in names
    assert "appealgen/data/rules/labels.yaml" in names
    assert "appealgen/data/venues/regulators.csv" in names


def test_installed_copy_writes_letters(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    out = tmp_path / "out"
    code = (
        "import appealgen, sys; "
        "assert appealgen.__file__.startswith(sys.argv[1]), appealgen.__file__; "
        "r = appealgen.generate_file(sys.argv[2], sys.argv[3]); "
        "print(sorted(p.name for p in r.files))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(target), str(SAMPLE), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,  # not the repository, so the source tree is not on sys.path
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "appeal.docx" in proc.stdout and "call_script.docx" in proc.stdout
