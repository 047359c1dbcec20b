"""Every data file is validated: by `appealgen check`, and before every command but
`parse`, which reads only the files it needs when it needs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import data_file_edited

from appealgen import knowledge
from appealgen.cli import cli

DATA = Path(knowledge.__file__).parent.parent / "data"
SAMPLE = Path(__file__).parent.parent / "samples" / "northwind_eob_out_of_network.pdf"


def _data_files() -> list[str]:
    return sorted(
        p.relative_to(DATA).as_posix()
        for p in DATA.rglob("*")
        if p.is_file() and p.suffix in (".yaml", ".csv")
    )


def test_validate_all_reads_every_data_file() -> None:
    unread = sorted(set(_data_files()) - set(knowledge.validate_all()))
    assert not unread, (
        f"no loader reads {unread}: decorate its loader with knowledge.data_loader "
        "(and list a module outside appealgen/knowledge in knowledge.LOADER_MODULES)"
    )


@pytest.fixture
def broken_citations(monkeypatch: pytest.MonkeyPatch):
    """citations.yaml with an unknown key on its first entry (parse never reads it)."""

    def typo(text: str) -> str:
        lines = text.splitlines()
        first = next(i for i, ln in enumerate(lines) if ln[:1].isalnum())
        lines.insert(first + 1, "  texte: a typo")
        return "\n".join(lines) + "\n"

    with data_file_edited(monkeypatch, "citations.yaml", typo):
        yield


def test_check_reports_a_broken_file_with_its_line(broken_citations: None) -> None:
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("appealgen: data/citations.yaml:") and "did you mean 'text'" in line


def test_parse_does_not_read_the_decide_stage_data(broken_citations: None) -> None:
    parsed = CliRunner().invoke(cli, ["parse", "--json", str(SAMPLE)])
    assert parsed.exit_code == 0, parsed.stderr
    explained = CliRunner().invoke(cli, ["explain", str(SAMPLE)])
    assert explained.exit_code == 1
    assert "data/citations.yaml:" in explained.stderr


def test_check_counts_the_files() -> None:
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.stderr
    assert result.output.strip() == f"{len(_data_files())} data files checked: no problems found"
