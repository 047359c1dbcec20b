"""The letter templates: where the shipped ones live, export for restyling, a check before a batch.

``check_templates`` reports, per file: Jinja syntax errors, tags that start in one
paragraph and end in another, tags split across Word runs (they still work but take the
first run's formatting), variables the context does not have (with a "did you mean"),
and expected variables a restyled template no longer uses.
"""

from __future__ import annotations

import difflib
import io
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta

from ..errors import TemplateError
from ..letters import ALL_KINDS, BY_KIND, CHOSEN_KINDS

# Every letter appealgen writes has a template of its own name (appealgen/letters.py).
TEMPLATE_KINDS: tuple[str, ...] = ALL_KINDS
# Variables a template of each kind should use; a restyled copy without them loses content.
EXPECTED: dict[str, tuple[str, ...]] = {k: BY_KIND[k].expected for k in ALL_KINDS}

_W_P = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
_W_T = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


@dataclass(frozen=True)
class Problem:
    file: str
    level: str  # "error" or "warning"
    message: str

    def line(self) -> str:
        return f"{self.file}: {self.level}: {self.message}"


# --------------------------------------------------------------------------
# Where templates live


def default_templates_dir() -> Path:
    """The shipped templates, inside the installed package (editable or not)."""
    base = resources.files("appealgen").joinpath("templates")
    path = Path(str(base))
    if not (path / "appeal.docx").is_file():
        raise TemplateError(
            f"{path}: the built-in letter templates are missing — reinstall appealgen"
        )
    return path


def template_path(
    kind: str, templates_dir: str | PathLike[str] | None = None
) -> tuple[Path, str | None]:
    """The template file for ``kind``, and a note when a custom folder lacks it (built-in used)."""
    if kind not in TEMPLATE_KINDS:
        raise TemplateError(f"no template for document kind {kind!r}")
    if templates_dir is not None:
        folder = Path(templates_dir)
        if not folder.is_dir():
            raise TemplateError(f"{folder}: templates folder not found")
        custom = folder / BY_KIND[kind].template
        if custom.is_file():
            return custom, None
        return default_templates_dir() / BY_KIND[kind].template, (
            f"{folder} has no {BY_KIND[kind].template}; the built-in template was used"
        )
    return default_templates_dir() / BY_KIND[kind].template, None


def export_templates(dest: str | PathLike[str], *, force: bool = False) -> list[Path]:
    """Copy the shipped templates into ``dest`` (created) for restyling in Word."""
    folder = Path(dest)
    src = default_templates_dir()
    targets = [(src / BY_KIND[k].template, folder / BY_KIND[k].template) for k in TEMPLATE_KINDS]
    if not force:
        clash = [t for _, t in targets if t.exists()]
        if clash:
            raise TemplateError(f"{clash[0]}: already exists — use --force to overwrite")
    folder.mkdir(parents=True, exist_ok=True)
    for s, t in targets:
        shutil.copyfile(s, t)
    return [t for _, t in targets]


# --------------------------------------------------------------------------
# Checking a folder


def _sample_case() -> Any:
    """A small made-up case whose context has every variable a template may use."""
    from ..models import (
        ArgumentChoice,
        Case,
        Claim,
        Deadlines,
        Decision,
        Denial,
        DocumentPlan,
        Member,
        ParseResult,
        Payer,
        Plan,
        Provider,
        ServiceLine,
        Source,
        Totals,
        Venue,
    )

    line = ServiceLine(
        date_of_service=date(2026, 2, 11),
        procedure_code="S9443",
        units=1,
        diagnosis_codes=["Z39.1"],
        billed=Decimal("250"),
        paid=Decimal("0"),
        patient_responsibility=Decimal("250"),
    )
    claim = Claim(
        claim_number="SAMPLE-1",
        patient_name="Sample Parent",
        provider=Provider(name="Sample IBCLC", npi="1234567893", network="out"),
        service_lines=[line],
        diagnosis_codes=["Z39.1"],
        totals=Totals(
            billed=Decimal("250"), paid=Decimal("0"), patient_responsibility=Decimal("250")
        ),
        denied=True,
        denial=Denial(
            reason_text="Out of network",
            carc=["CO-242"],
            categories=["out_of_network"],
            primary_category="out_of_network",
        ),
    )
    parse = ParseResult(
        source=Source(file="sample.pdf", sha256="0" * 64, kind="eob"),
        payer=Payer(name="Sample Health"),
        plan=Plan(funding="fully_insured"),
        member=Member(name="Sample Parent", id="S1"),
        notice_date=date(2026, 3, 2),
        claims=[claim],
    )
    docs = [DocumentPlan(kind=k, file=BY_KIND[k].template) for k in CHOSEN_KINDS]
    decision = Decision(
        documents=docs,
        arguments=[ArgumentChoice(id="sample", citations=["c1"])],
        venue=Venue(
            kind="state_regulator", name="Sample Division of Insurance", url="https://example.org"
        ),
        deadlines=Deadlines(internal_appeal=date(2026, 8, 29)),
        call_points=["Sample point."],
    )
    return Case(parse=parse, decision=decision)


def _sample_library() -> tuple[dict, dict]:
    return (
        {
            "sample": {
                "title": "Sample",
                "text": "Sample argument.",
                "text_provider": "Sample argument, in the practice's voice.",
                "text_prospective": "Sample argument, before the visit.",
                "text_prospective_provider": "Sample argument, before the visit, by the practice.",
                "citations": ["c1"],
            }
        },
        {"c1": {"text": "Sample rule", "url": "https://example.org"}},
    )


def sample_context(kind: str, voice: str = "provider") -> Any:
    """The context of a made-up case for ``kind`` (for checks and docs)."""
    import tomllib

    from .context import build_context
    from .profile import example_profile_toml, profile_from_dict

    profile = profile_from_dict(tomllib.loads(example_profile_toml()), "example")
    return build_context(_sample_case(), profile, voice=voice, kind=kind, library=_sample_library)


def _all_keys(obj: Any, out: set[str]) -> set[str]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.add(k)
            _all_keys(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _all_keys(v, out)
    return out


def _parts_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        names = [
            n for n in z.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)
        ]
        return [z.read(n).decode("utf-8") for n in sorted(names)]


def _did_you_mean(name: str, choices: set[str]) -> str:
    close = difflib.get_close_matches(name, sorted(choices), n=1)
    return f" — did you mean {close[0]!r}?" if close else ""


def check_template(path: Path, kind: str | None = None) -> list[Problem]:
    """Problems in one template file (an empty list when it is fine)."""
    from docxtpl import DocxTemplate

    from .render import ENV, LetterContext, render_docx

    name = path.name
    problems: list[Problem] = []
    try:
        parts = _parts_xml(path)
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        return [Problem(name, "error", f"not a readable .docx file ({e})")]

    # 1. tags split across paragraphs or runs (read from the raw Word XML)
    for xml in parts:
        for p in _W_P.findall(xml):
            pieces = _W_T.findall(p)
            text = "".join(pieces)
            opened = len(re.findall(r"\{\{|\{%|\{#", text))
            closed = len(re.findall(r"\}\}|%\}|#\}", text))
            if opened != closed:
                problems.append(
                    Problem(
                        name,
                        "error",
                        f"a tag starts or ends in another paragraph: "
                        f"{text.strip()[:80]!r} — a tag must stay in one paragraph",
                    )
                )
                continue
            for tag in _TAG.findall(text):
                if not any(tag in piece for piece in pieces):
                    problems.append(
                        Problem(
                            name,
                            "warning",
                            f"{tag!r} is split across Word runs: it "
                            "works, but takes the formatting of its first part; retype "
                            "it in one go to be safe",
                        )
                    )

    # 2. Jinja syntax, the whole body as docxtpl sees it
    helper = DocxTemplate(path)
    source = "".join(helper.patch_xml(xml) for xml in parts)
    try:
        ast = ENV.parse(source)
    except jinja2.TemplateSyntaxError as e:
        lines = source.splitlines()
        near = (
            re.sub(r"<[^>]+>", "", lines[e.lineno - 1])[:80]
            if e.lineno and e.lineno <= len(lines)
            else ""
        )
        problems.append(
            Problem(
                name,
                "error",
                f"Jinja syntax error: {e.message}"
                + (f" near {near.strip()!r}" if near.strip() else ""),
            )
        )
        return problems

    # 3. variables: unknown names (with suggestions) and expected names not used
    kind = kind or path.stem
    ctx = sample_context(kind if kind in TEMPLATE_KINDS else "appeal")
    known = set(ctx.values)
    used = meta.find_undeclared_variables(ast)
    unknown = sorted(used - known)
    for var in unknown:
        problems.append(
            Problem(name, "error", f"unknown variable {var!r}{_did_you_mean(var, known)}")
        )
    if kind in EXPECTED:
        for var in EXPECTED[kind]:
            if var not in used:
                problems.append(
                    Problem(
                        name,
                        "warning",
                        f"does not use {{{{ {var} }}}}: the letter will leave that part out",
                    )
                )

    # 4. attributes (``sender.phon``): render against the sample context
    if not unknown:
        try:
            render_docx(path, LetterContext(kind=kind, values=ctx.values), io.BytesIO())
        except TemplateError as e:
            cause = e.__cause__
            message = getattr(cause, "message", None) or str(e)
            attr = re.search(r"has no attribute '([^']+)'", message or "")
            hint = _did_you_mean(attr.group(1), _all_keys(ctx.values, set())) if attr else ""
            problems.append(Problem(name, "error", f"unknown variable: {message}{hint}"))
    return problems


def check_templates(directory: str | PathLike[str]) -> list[Problem]:
    """Check every template in ``directory``; also notes kinds it lacks and files it cannot use."""
    folder = Path(directory)
    if not folder.is_dir():
        raise TemplateError(f"{folder}: templates folder not found")
    problems: list[Problem] = []
    files = sorted(p for p in folder.glob("*.docx") if not p.name.startswith("~$"))
    names = {p.name for p in files}
    kind_of = {BY_KIND[k].template: k for k in TEMPLATE_KINDS}
    for kind in TEMPLATE_KINDS:
        if BY_KIND[kind].template not in names:
            problems.append(
                Problem(
                    BY_KIND[kind].template,
                    "warning",
                    "not in this folder; the built-in template will be used",
                )
            )
    for path in files:
        if path.name not in kind_of:
            problems.append(
                Problem(
                    path.name,
                    "warning",
                    "not a template appealgen uses" + _did_you_mean(path.stem, set(TEMPLATE_KINDS)),
                )
            )
            continue
        problems.extend(check_template(path, kind_of[path.name]))
    return problems
