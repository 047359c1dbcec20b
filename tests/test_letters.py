"""The letter registry: one list that decide, explain, the templates, the docs and the web
page read, and one module per letter kind."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

from appealgen.decide.documents import CHOOSERS
from appealgen.decide.explain import DOCUMENT_TITLES
from appealgen.letters import ALL_KINDS, BY_KIND, CHOSEN_KINDS, LETTERS, VOICES
from appealgen.models import DOCUMENT_KINDS
from appealgen.write.context import build_context, letter_context_function
from appealgen.write.templates import EXPECTED, TEMPLATE_KINDS, sample_context

ROOT = Path(__file__).resolve().parent.parent
LETTERS_DIR = ROOT / "appealgen" / "write" / "letters"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_templates", ROOT / "templates" / "build_templates.py"
    )
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    return builder


def test_document_kinds_are_the_registrys_chosen_kinds():
    assert DOCUMENT_KINDS == CHOSEN_KINDS
    assert set(CHOOSERS) == set(CHOSEN_KINDS)
    assert TEMPLATE_KINDS == ALL_KINDS and set(EXPECTED) == set(ALL_KINDS)
    assert set(DOCUMENT_TITLES) == set(ALL_KINDS)


def test_every_entry_is_complete():
    for x in LETTERS:
        assert x.template == f"{x.kind}.docx"
        assert x.title and x.addressed_to and x.description and x.expected
        assert x.voices and set(x.voices) <= set(VOICES)
        assert x.context == f"appealgen.write.letters.{x.kind}:context"


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kind_has_its_module_and_template(kind):
    assert (LETTERS_DIR / f"{kind}.py").is_file()
    assert callable(letter_context_function(kind))
    assert kind in _builder().TEMPLATES
    assert (ROOT / "templates" / BY_KIND[kind].template).is_file()


# what every letter shares (write/letters/common.py and the modules it gathers from)
SHARED_MODULES = (
    "common",
    "sure",
    "people",
    "reference",
    "venue",
    "enclosures",
    "text",
    "arguments",
)


def test_no_letter_module_is_left_out_of_the_registry():
    shared = {"__init__", *SHARED_MODULES}
    modules = {p.stem for p in LETTERS_DIR.glob("*.py")} - shared
    assert modules == set(ALL_KINDS)


def test_letter_modules_do_not_import_each_other():
    """A letter's module reads only the shared pieces, so a kind can be added or removed
    without touching another."""
    for kind in ALL_KINDS:
        tree = ast.parse((LETTERS_DIR / f"{kind}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                assert node.module in SHARED_MODULES, (kind, node.module)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_kinds_context_has_the_variables_its_template_expects(kind):
    values = sample_context(kind).values
    for var in BY_KIND[kind].expected:
        assert var in values, (kind, var)


def test_docs_and_contract_list_every_kind():
    templates_md = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    for x in LETTERS:
        assert f"`{x.template}`" in templates_md, x.template
    contract = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")
    kinds_line = re.search(r"Document kinds:(.*?)\nVenue kinds", contract, re.DOTALL)
    assert kinds_line is not None
    listed = re.findall(r"`([a-z_]+)`", kinds_line.group(1))
    assert set(listed) == set(CHOSEN_KINDS)


def test_generate_adds_the_unchosen_letters_in_their_voices(sample_case, sample_profile, tmp_path):
    from appealgen.write import render

    member = render.generate(sample_case, tmp_path / "m", sample_profile, voice="member")
    provider = render.generate(sample_case, tmp_path / "p", sample_profile, voice="provider")
    names_m = {p.name for p in member.files}
    names_p = {p.name for p in provider.files}
    for x in LETTERS:
        if x.chosen:
            continue
        assert (x.template in names_m) == ("member" in x.voices), x.kind
        assert (x.template in names_p) == ("provider" in x.voices), x.kind


def test_unknown_kind_is_one_clear_error(sample_case):
    from appealgen.errors import TemplateError

    with pytest.raises(TemplateError, match="no letter kind"):
        build_context(sample_case, None, kind="no_such_letter")
