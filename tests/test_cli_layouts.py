"""`appealgen learn` and `appealgen layouts` as a user sees them: exact output, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from appealgen.cli import cli

TUNE = Path(__file__).resolve().parent / "data" / "varied" / "tune"
DOC = TUNE / "v04_medicaid_notice_0.pdf"
CORRECTED = TUNE / "v04_medicaid_notice_0.expected.json"
LATER = TUNE / "v04_medicaid_notice_1.pdf"
NAME = "palmetto-family-medicaid-1"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args])

    return invoke


def test_learn_list_show_parse_remove(run, tmp_path):
    r = run("learn", DOC, CORRECTED)
    assert r.exit_code == 0, r.output
    assert r.output == (
        f"Learned layout {NAME} (Palmetto Family Medicaid): 14 fields. "
        f"Review it: appealgen layouts show {NAME}\n"
    )
    r = run("layouts", "list")
    assert r.output == f"{NAME}\tPalmetto Family Medicaid\t14 fields\tfrom {DOC.name}\n"
    r = run("layouts", "show", NAME)
    assert r.exit_code == 0
    assert r.output.startswith("# A layout appealgen learned from one corrected notice.")
    assert f"name: {NAME}\n" in r.output and "claims.claim_number:\n" in r.output
    r = run("parse", LATER, "--json")
    doc = json.loads(r.output)
    assert doc["layout"]["learned"] == NAME
    truth = json.loads(LATER.with_name(LATER.stem + ".expected.json").read_text())
    assert doc["claims"][0]["claim_number"] == truth["claims"][0]["claim_number"]
    assert doc["evidence"]["claims.0.claim_number"]["reader"] == "learned"
    r = run("layouts", "remove", NAME)
    assert r.output == f"Removed layout {NAME}.\n"
    r = run("layouts", "list")
    assert r.output == f"No learned layouts in {tmp_path / 'store' / 'layouts'}.\n"
    r = run("parse", LATER, "--json")
    assert json.loads(r.output)["layout"]["learned"] is None


def test_errors_are_one_line(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"member": {}}', encoding="utf-8")
    cases = [
        (
            ("layouts", "show", "nope"),
            "appealgen: no learned layout named 'nope' (see: appealgen layouts list)\n",
        ),
        (
            ("layouts", "remove", "nope"),
            "appealgen: no learned layout named 'nope' (see: appealgen layouts list)\n",
        ),
        (
            ("learn", DOC, wrong),
            'appealgen: corrected JSON is not a parse document (no "claims" list)\n',
        ),
        (
            ("learn", tmp_path / "missing.pdf", CORRECTED),
            f"appealgen: {tmp_path / 'missing.pdf'}: no such file\n",
        ),
    ]
    for args, stderr in cases:
        r = run(*args)
        assert r.exit_code == 1, args
        assert r.stderr == stderr, args
    r = run("learn", DOC, bad)
    assert r.exit_code == 1
    assert r.stderr.startswith(f"appealgen: {bad}: not valid JSON (")
    assert r.stderr.count("\n") == 1
    r = run("learn", DOC, tmp_path / "absent.json")
    assert r.exit_code == 1 and r.stderr.startswith(
        f"appealgen: {tmp_path / 'absent.json'}: cannot read"
    )
