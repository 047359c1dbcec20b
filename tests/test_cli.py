"""The command line as a user sees it: help that teaches, JSON on stdout, one-line errors."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from appealgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


def _commands(group=cli, prefix=()):  # noqa: ANN001, ANN202 - click objects
    for name, cmd in group.commands.items():
        path = (*prefix, name)
        yield path
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, path)


@pytest.mark.parametrize("path", list(_commands()), ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "appealgen " in result.output, f"`{' '.join(path)} --help` shows no example"


def test_parse_json_is_the_contract_document() -> None:
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["schema_version"] == "1"
    assert doc["source"]["kind"] == "eob"
    assert doc["claims"][0]["denial"]["primary_category"] == "out_of_network"


def test_readable_parse_names_the_denial() -> None:
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE)])
    assert result.exit_code == 0
    assert "DENIED" in result.output and "CO-242" in result.output


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["parse"])
    assert result.exit_code == 2


def test_bad_input_is_one_line_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("hello, this is not a PDF")
    result = CliRunner().invoke(cli, ["parse", str(bad), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_library_modules_never_import_click() -> None:
    offenders = []
    for path in (ROOT / "appealgen").rglob("*.py"):
        if "cli" in path.parts or "web" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "click" or n.startswith("click.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert not offenders, offenders


def test_a_broken_data_file_stops_the_cli_with_its_file_and_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from appealgen import knowledge
    from appealgen.read import fields

    real = knowledge.read_data_text

    def broken(relpath: str) -> str:
        if relpath == "rules/labels.yaml":
            return "fields:\n  member_name: [member]\ncolumns: {}\ntitle: []\n"
        return real(relpath)

    monkeypatch.setattr(knowledge, "read_data_text", broken)
    for fn in (knowledge.load_all, knowledge.load_parser_labels, fields.labels):
        fn.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["parse", str(SAMPLE)])
        assert result.exit_code == 1
        line = result.stderr.strip()
        assert "data/rules/labels.yaml:1" in line and "did you mean 'titles'" in line
    finally:
        monkeypatch.undo()
        for fn in (knowledge.load_all, knowledge.load_parser_labels, fields.labels):
            fn.cache_clear()
