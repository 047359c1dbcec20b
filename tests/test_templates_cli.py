"""The write-stage commands as a user runs them: profile init, templates export/check, prepare, "
"generate."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from appealgen.cli import cli
from appealgen.write import render
from appealgen.write.profile import load_profile

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def runner():
    return CliRunner()


def text_of(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def edit_docx(path: Path, old: str, new: str) -> None:
    """Replace text inside word/document.xml, as an edit in Word would."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    xml = items["word/document.xml"].decode("utf-8")
    assert old in xml, old
    items["word/document.xml"] = xml.replace(old, new, 1).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def test_profile_init_writes_a_loadable_commented_example(runner, tmp_path):
    path = tmp_path / "profile.toml"
    res = runner.invoke(cli, ["profile", "init", str(path)])
    assert res.exit_code == 0, res.output
    assert path.read_text().startswith("#")
    profile = load_profile(path)
    assert profile.member.name and profile.in_network_tried
    again = runner.invoke(cli, ["profile", "init", str(path)])
    assert again.exit_code == 2 and "already exists" in again.output
    assert runner.invoke(cli, ["profile", "init", str(path), "--force"]).exit_code == 0


def test_unknown_profile_key_is_one_line_with_a_suggestion(runner, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('[member]\nnmae = "Jane"\n')
    res = runner.invoke(cli, ["prepare", "--profile", str(path), "-o", str(tmp_path / "o")])
    assert res.exit_code == 1
    line = res.stderr.strip()
    assert "\n" not in line
    assert "member.nmae: unknown key" in line and "did you mean 'name'" in line


def test_export_then_check_is_clean(runner, tmp_path):
    folder = tmp_path / "tpl"
    res = runner.invoke(cli, ["templates", "export", str(folder)])
    assert res.exit_code == 0, res.output
    assert (folder / "appeal.docx").is_file() and (folder / "call_script.docx").is_file()
    res = runner.invoke(cli, ["templates", "check", str(folder)])
    assert res.exit_code == 0, res.output
    assert "templates OK" in res.output
    again = runner.invoke(cli, ["templates", "export", str(folder)])
    assert again.exit_code == 1 and "--force" in again.stderr


def test_check_reports_unknown_variables_with_suggestions(runner, tmp_path):
    folder = tmp_path / "tpl"
    runner.invoke(cli, ["templates", "export", str(folder)])
    edit_docx(folder / "appeal.docx", "{{ today }}", "{{ todya }}")
    edit_docx(folder / "gap_exception.docx", "{{ sender.phone }}", "{{ sender.phon }}")
    res = runner.invoke(cli, ["templates", "check", str(folder)])
    assert res.exit_code == 1
    assert re.search(
        r"appeal\.docx: error: unknown variable 'todya' — did you mean 'today'", res.output
    )
    assert "gap_exception.docx: error:" in res.output and "phon" in res.output
    assert "did you mean 'phone'" in res.output


def test_check_reports_syntax_errors_and_split_tags(runner, tmp_path):
    folder = tmp_path / "tpl"
    runner.invoke(cli, ["templates", "export", str(folder)])
    edit_docx(folder / "appeal.docx", "{{ today }}", "{% if today %}{{ today }}")
    # a tag split across two runs, as Word does after an edit
    edit_docx(
        folder / "call_script.docx",
        "{{ call_purpose }}</w:t>",
        "{{ call_</w:t></w:r><w:r><w:t>purpose }}</w:t>",
    )
    res = runner.invoke(cli, ["templates", "check", str(folder)])
    assert res.exit_code == 1
    assert "appeal.docx: error: Jinja syntax error" in res.output
    assert "call_script.docx: warning:" in res.output and "split across Word runs" in res.output


def test_check_notes_missing_and_unused_files(runner, tmp_path):
    folder = tmp_path / "tpl"
    runner.invoke(cli, ["templates", "export", str(folder)])
    (folder / "ebsa_request.docx").unlink()
    shutil.copy(folder / "appeal.docx", folder / "apeal.docx")
    res = runner.invoke(cli, ["templates", "check", str(folder)])
    assert res.exit_code == 0, res.output
    assert "ebsa_request.docx: warning: not in this folder" in res.output
    assert (
        "apeal.docx: warning: not a template appealgen uses — did you mean 'appeal'" in res.output
    )


def test_restyled_templates_are_used(sample_case, tmp_path, runner):
    folder = tmp_path / "tpl"
    runner.invoke(cli, ["templates", "export", str(folder)])
    edit_docx(folder / "appeal.docx", "Sincerely,", "Yours faithfully,")
    result = render.generate(sample_case, tmp_path / "out", None, templates_dir=folder)
    assert "Yours faithfully," in text_of(result.case_dir / "appeal.docx")
    assert "Sincerely," in text_of(result.case_dir / "gap_exception.docx")


def test_prepare_writes_call_script_and_prospective_gap_request(runner, tmp_path):
    profile = tmp_path / "profile.toml"
    runner.invoke(cli, ["profile", "init", str(profile)])
    out = tmp_path / "out"
    res = runner.invoke(cli, ["prepare", "--profile", str(profile), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (case_dir,) = [p for p in out.iterdir()]
    names = sorted(p.name for p in case_dir.iterdir())
    assert {"call_script.docx", "gap_exception.docx", "case.json"} <= set(names)
    gap = text_of(case_dir / "gap_exception.docx")
    assert "before the visit" in gap
    assert "Example Health Plan" in gap and "North Clinic lactation service" in gap
    script = text_of(case_dir / "call_script.docx")
    assert (
        "Before the visit" in script and "S9443 or 99401\u201399404 with diagnosis Z39.1" in script
    )
    assert "Wrote" in res.output


def test_prepare_needs_a_profile(runner, tmp_path):
    res = runner.invoke(cli, ["prepare", "-o", str(tmp_path)])
    assert res.exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ["generate"],
        ["prepare"],
        ["profile", "init"],
        ["templates", "export"],
        ["templates", "check"],
    ],
)
def test_every_write_command_has_help_with_an_example(runner, args):
    res = runner.invoke(cli, [*args, "--help"])
    assert res.exit_code == 0
    assert "Example" in res.output and "appealgen" in res.output


SAMPLE = SAMPLES / "northwind_eob_out_of_network.pdf"


@pytest.mark.skipif(not SAMPLE.is_file(), reason="sample not present")
def test_generate_on_a_shipped_sample(runner, tmp_path):
    res = runner.invoke(
        cli, ["generate", str(SAMPLE), "-o", str(tmp_path), "--member-phone", "555-000-1111"]
    )
    assert res.exit_code == 0, res.output + (res.stderr or "")
    (case_dir,) = list(tmp_path.iterdir())
    assert (case_dir / "appeal.docx").is_file() and (case_dir / "call_script.docx").is_file()
    assert "555-000-1111" in text_of(case_dir / "appeal.docx")
    assert "Enclose with each letter:" in res.output
    assert "Fill in before sending" in res.output
