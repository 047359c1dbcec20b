"""The command line as a user sees it: help that teaches, JSON on stdout, one-line errors."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from appealgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "northwind_eob_out_of_network.pdf"


def _commands(group=cli, prefix=()):  # noqa: ANN001, ANN202 - click objects
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        path = (*prefix, name)
        yield path
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, path)


def test_every_command_module_command_is_listed() -> None:
    """A command written in a module of appealgen/cli/ is reachable from ``appealgen``."""
    import importlib
    import pkgutil

    import appealgen.cli as package

    listed = {(module, attr) for module, attr in package.MODULE_COMMANDS.values()}
    for info in pkgutil.iter_modules(package.__path__):
        if info.name == "__main__":  # running it runs the command line
            continue
        module = importlib.import_module(f"appealgen.cli.{info.name}")
        for attr, obj in vars(module).items():
            if obj is package.cli:  # the group itself, in appealgen/cli/commands.py
                continue
            if isinstance(obj, click.Command) and obj.name not in _subcommand_names(module):
                assert (info.name, attr) in listed, f"{info.name}.{attr} is not in MODULE_COMMANDS"


def _subcommand_names(module) -> set[str]:  # noqa: ANN001 - a module
    return {
        sub for obj in vars(module).values() if isinstance(obj, click.Group) for sub in obj.commands
    }


def test_parse_imports_only_the_read_stage() -> None:
    """``appealgen parse`` (the command and its reading child) imports no other command's
    module, nor the decide or write stage, nor pypdf."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import appealgen.cli\n"
        "from appealgen.api import parse_file\n"
        "from appealgen.read.summary import format_parse\n"
        f"result = parse_file({str(SAMPLE)!r})\n"
        "format_parse(result), result.to_dict()\n"
        "print(' '.join(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert "appealgen.read.parse" in loaded
    later = {"decide", "write", "web", "caselog", "batch", "learn"}
    unwanted = [
        m
        for m in loaded
        if m.split(".")[0] in ("pypdf", "docx")
        or (m.startswith("appealgen.") and m.split(".")[1] in later)
        or (m.startswith("appealgen.cli.") and m != "appealgen.cli.options")
    ]
    assert not unwanted, unwanted


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


def _command(*args: str, **kw: object) -> object:
    import os
    import subprocess
    import sys

    env = {**os.environ, "APPEALGEN_HOME": str(kw.pop("home"))}
    return subprocess.run(
        [sys.executable, "-m", "appealgen.cli", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize("args", [[], ["--json"]], ids=["summary", "json"])
def test_parse_as_typed_prints_what_the_click_command_prints(args, tmp_path: Path) -> None:
    """``appealgen parse FILE`` starts without click: the same output, errors, exit status."""
    done = _command("parse", str(SAMPLE), *args, home=tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout == CliRunner().invoke(cli, ["parse", str(SAMPLE), *args]).output
    swapped = _command("parse", *args, str(SAMPLE), home=tmp_path)
    assert swapped.stdout == done.stdout

    bad = tmp_path / "notes.pdf"
    bad.write_text("hello, this is not a PDF")
    done = _command("parse", str(bad), *args, home=tmp_path)
    assert (done.returncode, done.stdout) == (1, "")
    expected = CliRunner().invoke(cli, ["parse", str(bad), *args])
    assert done.stderr == expected.stderr and len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "args", [["parse"], ["parse", "--help"], ["parse", "a.pdf", "b.pdf"], ["parse", "-x", "a"]]
)
def test_other_parse_command_lines_go_to_click(args, tmp_path: Path) -> None:
    done = _command(*args, home=tmp_path)
    expected = CliRunner().invoke(cli, args, prog_name="appealgen")
    assert (done.returncode, done.stdout) == (expected.exit_code, expected.stdout)
    assert done.stderr == expected.stderr
