"""Render: a Case -> ``outdir/<case-id>/`` with case.json and one .docx per document, atomically.

Templates are compiled once per process (cache keyed by the template's XML), rendered
with ``autoescape=True`` and ``StrictUndefined``; placeholders for missing values are
turned into highlighted runs after rendering.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from lxml import etree

from ..corrections import CheckItem, as_read, denied_question
from ..errors import AppealgenError, TemplateError, output_folder_error
from ..letters import BY_KIND, added_by_generate
from ..models import (
    ArgumentChoice,
    Case,
    Decision,
    DocumentPlan,
    ParseResult,
    Payer,
    Plan,
    Source,
    to_dict,
)
from .context import (
    MARK_CLOSE,
    MARK_OPEN,
    VOICES,
    LetterContext,
    argument_library,
    build_context,
)
from .profile import Profile
from .templates import template_path

log = logging.getLogger(__name__)

HIGHLIGHT = "yellow"
# The order of <w:rPr> children in the OOXML schema; <w:highlight> must sit in its place.
_RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class GenerateResult:
    """What ``generate`` wrote: the case folder, its files, and what the user still has to fill "
    "in."""

    case_id: str
    case_dir: Path
    files: list[Path]
    missing: list[str]
    enclosures: list[str]
    case: Case
    warnings: list[str] = field(default_factory=list)
    # facts the letters need that the reader is not sure of: highlighted, and asked first
    check: list[CheckItem] = field(default_factory=list)


# --------------------------------------------------------------------------
# Rendering one template


def _environment() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


ENV = _environment()
_COMPILED: dict[str, jinja2.Template] = {}
_TEMPLATE_BYTES: dict[tuple[str, int, int], bytes] = {}
CACHE_ENABLED = True  # benchmarks switch this off to measure the difference


def _with_highlight(rpr_xml: str) -> str:
    """A <w:rPr> with a highlight inserted at its schema position."""
    rpr = etree.fromstring(f'<w:rPr xmlns:w="{_W}">{rpr_xml}</w:rPr>')
    for old in rpr.findall(f"{{{_W}}}highlight"):
        rpr.remove(old)
    hl = etree.SubElement(rpr, f"{{{_W}}}highlight")
    hl.set(f"{{{_W}}}val", HIGHLIGHT)
    rank = {name: i for i, name in enumerate(_RPR_ORDER)}
    children = sorted(rpr, key=lambda el: rank.get(etree.QName(el).localname, len(rank)))
    for el in children:
        rpr.append(el)
    inner = "".join(etree.tostring(el, encoding="unicode") for el in rpr)
    return inner.replace(f' xmlns:w="{_W}"', "")


_RUN = re.compile(r"<w:r(?: [^>]*)?>(?:(?!</w:r>).)*?" + MARK_OPEN + r".*?</w:r>", re.DOTALL)
_RPR = re.compile(r"<w:rPr>(.*?)</w:rPr>", re.DOTALL)


def highlight_placeholders(xml: str) -> str:
    """Split each run holding a placeholder mark so the placeholder gets its own highlighted run."""
    if MARK_OPEN not in xml:
        return xml

    def fix_run(m: re.Match[str]) -> str:
        run = m.group(0)
        found = _RPR.search(run)
        rpr = found.group(1) if found else ""
        plain = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        marked = f"<w:rPr>{_with_highlight(rpr)}</w:rPr>"
        run = run.replace(MARK_OPEN, f'</w:t></w:r><w:r>{marked}<w:t xml:space="preserve">')
        return run.replace(MARK_CLOSE, f'</w:t></w:r><w:r>{plain}<w:t xml:space="preserve">')

    xml = _RUN.sub(fix_run, xml)
    # empty runs left behind by the split
    return re.sub(
        r'<w:r>(?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t xml:space="preserve"></w:t></w:r>',
        "",
        xml,
        flags=re.DOTALL,
    )


class _Template(DocxTemplate):
    """DocxTemplate that compiles each XML part once per process and highlights placeholders."""

    def render_xml_part(
        self,
        src_xml: str,
        part: Any,
        context: dict[str, Any],
        jinja_env: jinja2.Environment | None = None,
    ) -> str:
        src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        env = jinja_env or ENV
        key = hashlib.sha256(src_xml.encode("utf-8")).hexdigest()
        template = _COMPILED.get(key) if CACHE_ENABLED else None
        if template is None:
            template = env.from_string(src_xml)
            if CACHE_ENABLED:
                _COMPILED[key] = template
        self.current_rendering_part = part
        dst_xml = template.render(context)
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        dst_xml = (
            dst_xml.replace("{_{", "{{")
            .replace("}_}", "}}")
            .replace("{_%", "{%")
            .replace("%_}", "%}")
        )
        dst_xml = self.resolve_listing(dst_xml)
        return highlight_placeholders(dst_xml)

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        # Our templates put no tags in the document properties; leave them as built.
        return None


def _template_bytes(path: Path) -> bytes:
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    data = _TEMPLATE_BYTES.get(key) if CACHE_ENABLED else None
    if data is None:
        data = path.read_bytes()
        if CACHE_ENABLED:
            _TEMPLATE_BYTES[key] = data
    return data


def render_docx(template: Path, ctx: LetterContext, dest: Path | io.BytesIO) -> None:
    """Render one template with one context into ``dest``. Raises TemplateError naming the file."""
    try:
        tpl = _Template(io.BytesIO(_template_bytes(template)))
        tpl.render(ctx.values, jinja_env=ENV, autoescape=True)
        tpl.save(dest)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateError(f"{template}: Jinja syntax error: {e.message}") from e
    except jinja2.UndefinedError as e:
        raise TemplateError(
            f"{template}: unknown variable ({e.message}) — run "
            "'appealgen templates check' on the folder"
        ) from e
    except jinja2.TemplateError as e:
        raise TemplateError(f"{template}: {e}") from e
    except (OSError, KeyError, ValueError) as e:
        raise TemplateError(f"{template}: cannot read this template ({e})") from e


# --------------------------------------------------------------------------
# A case folder


def _documents(case: Case, voice: str) -> list[DocumentPlan]:
    """The decision's documents, then the letters written for every case in this voice
    (none when the decision chose none: nothing to argue)."""
    plans = list(case.decision.documents)
    if not plans:
        return []
    kinds = {p.kind for p in plans}
    claims: list[str] = []
    for p in plans:
        claims += [n for n in p.claim_numbers if n not in claims]
    plans += [
        DocumentPlan(kind=x.kind, file=x.template, claim_numbers=claims, reason=x.description)
        for x in added_by_generate(voice)
        if x.kind not in kinds
    ]
    return plans


def _write_case(
    case: Case,
    outdir: Path,
    profile: Profile | None,
    *,
    voice: str,
    pdf: bool,
    templates_dir: Path | None,
    source: Path | None,
    prospective: bool,
    today: date | None,
) -> GenerateResult:
    if voice not in VOICES:
        raise TemplateError(f"unknown voice {voice!r} — use 'member' or 'provider'")
    case_id = case.case_id
    final = outdir / case_id
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{case_id}.tmp-", dir=outdir))
    except OSError as e:
        raise output_folder_error(outdir, e) from e
    written: list[str] = []
    missing: list[str] = []
    warnings: list[str] = []
    checks: list[CheckItem] = []
    asked: list[str] = []
    enclosures: list[str] = []
    started = time.perf_counter()
    try:
        data = case.to_dict()
        # each value as it stands now: `generate case.json` sees what the person changed
        data["as_read"] = as_read(case.parse)
        (tmp / "case.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append("case.json")
        docx_files: list[Path] = []
        for plan in _documents(case, voice):
            path, note = template_path(plan.kind, templates_dir)
            if note:
                warnings.append(note)
            ctx = build_context(
                case,
                profile,
                voice=voice,
                kind=plan.kind,
                plan=plan,
                prospective=prospective,
                today=today,
            )
            name = plan.file or BY_KIND[plan.kind].template
            render_docx(path, ctx, tmp / name)
            docx_files.append(tmp / name)
            written.append(name)
            missing.extend(m for m in ctx.missing if m not in missing)
            checks.extend(c for c in ctx.checks if c not in checks)
            asked.extend(a for a in ctx.asked if a not in asked)
            if not enclosures and ctx.values["enclosures"]:
                enclosures = list(ctx.enclosures)
        if not enclosures and docx_files:
            enclosures = list(ctx.enclosures)
        if pdf:
            from .convert import docx_to_pdf, make_packet

            pdfs = docx_to_pdf(docx_files, tmp)
            written.extend(p.name for p in pdfs)
            if prospective:
                pass
            elif source is not None and source.suffix.lower() == ".pdf" and source.is_file():
                letter = next((p for p in pdfs if p.stem == "appeal"), None) or next(
                    (
                        p
                        for p in pdfs
                        if p.stem
                        not in ("call_script", "physician_request", "authorized_representative")
                    ),
                    None,
                )
                if letter is not None:
                    parts = [letter]
                    rep = tmp / "authorized_representative.pdf"
                    if rep.exists():
                        parts.append(rep)
                    note = make_packet(parts, source, tmp / "packet.pdf")
                    if note:
                        warnings.append(note)
                    else:
                        written.append("packet.pdf")
            else:
                warnings.append(
                    "packet.pdf not written: the original notice is not a PDF file available here"
                )
        # swap in the finished folder; an older one is replaced only now, on success
        old = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{case_id}.old-", dir=outdir))
            os.replace(final, old / case_id)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    question = None if prospective else denied_question(case.parse)
    if question:  # never "nothing was denied" on a guess: ask
        warnings.insert(0, question)
    log.info("generate: %d files in %.2fs", len(written), time.perf_counter() - started)
    return GenerateResult(
        case_id=case_id,
        case_dir=final,
        files=[final / n for n in written],
        # what the reader was unsure of is asked first (check), not again among the blanks
        missing=[m for m in missing if m not in {c.label for c in checks} | set(asked)],
        enclosures=enclosures,
        case=case,
        warnings=warnings,
        check=checks,
    )


def generate(
    case: Case,
    outdir: Path,
    profile: Profile | None = None,
    *,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: Path | None = None,
    source: Path | None = None,
    today: date | None = None,
) -> GenerateResult:
    """Write ``outdir/<case-id>/``: case.json, one .docx per document of the decision,
    physician_request.docx, and authorized_representative.docx when ``voice="provider"``.

    ``pdf=True`` adds a PDF of each .docx and, when ``source`` (or the case's source file)
    is a PDF, ``packet.pdf``: the letter, then the original notice. The folder appears only
    when everything succeeded; an existing folder is replaced only then.
    """
    if source is None and case.parse.source.file:
        candidate = Path(case.parse.source.file)
        if candidate.is_file() and _sha256(candidate) == case.parse.source.sha256:
            source = candidate
    return _write_case(
        case,
        Path(outdir),
        profile,
        voice=voice,
        pdf=pdf,
        templates_dir=Path(templates_dir) if templates_dir else None,
        source=source,
        prospective=False,
        today=today,
    )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------
# Before the visit: no denial yet

PROSPECTIVE_ARGUMENTS = ("no_in_network_provider",)


def prospective_case(profile: Profile) -> Case:
    """A Case built from the profile alone, for the call script and a gap-exception request."""
    blob = json.dumps(to_dict(profile), sort_keys=True).encode("utf-8")
    parse = ParseResult(
        source=Source(
            file="profile",
            sha256=hashlib.sha256(b"prepare\0" + blob).hexdigest(),
            pages=None,
            kind="unknown",
        ),
        payer=Payer(
            name=profile.plan.payer,
            phone=profile.plan.member_services_phone,
            state=profile.member.state,
        ),
        plan=Plan(
            name=profile.plan.name,
            funding=profile.plan.funding or "unknown",
            group_number=profile.plan.group_number,
        ),
    )
    parse.member.name = profile.member.name
    parse.member.id = profile.member.id
    parse.member.state = profile.member.state
    decision = Decision(
        documents=[
            DocumentPlan(
                kind="call_script",
                file=BY_KIND["call_script"].template,
                reason="ask the plan before the visit",
            ),
            DocumentPlan(
                kind="gap_exception",
                file=BY_KIND["gap_exception"].template,
                reason="ask for coverage of an out-of-network IBCLC before the visit",
            ),
        ]
    )
    try:
        known, _ = argument_library()
        ids = [a for a in PROSPECTIVE_ARGUMENTS if a in known]
    except AppealgenError:
        ids = []
    decision.arguments = [
        ArgumentChoice(id=a, answers=["out_of_network"], reason="gap exception") for a in ids
    ]
    if not ids:
        decision.warnings.append("no argument text found for the gap-exception request")
    return Case(parse=parse, decision=decision)


def prepare(
    profile: Profile,
    outdir: Path,
    *,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: Path | None = None,
    today: date | None = None,
) -> GenerateResult:
    """Before the visit: the call script and a prospective gap-exception request, from the "
    "profile."""
    case = prospective_case(profile)
    result = _write_case(
        case,
        Path(outdir),
        profile,
        voice=voice,
        pdf=pdf,
        templates_dir=Path(templates_dir) if templates_dir else None,
        source=None,
        prospective=True,
        today=today,
    )
    result.warnings.extend(case.decision.warnings)
    return result
