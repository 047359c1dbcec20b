"""The library API: read -> decide -> write, as plain functions over plain data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from .models import ParseResult

if TYPE_CHECKING:
    from .models import Case
    from .read.layouts import LearnedLayout
    from .read.settings import ReadSettings
    from .write.profile import Profile
    from .write.render import GenerateResult


def parse_file(
    path: str | PathLike[str],
    *,
    settings: ReadSettings | None = None,
    with_evidence: bool = True,
) -> ParseResult:
    """Read one EOB, denial letter or 835 file into the contract's parse document.

    ``settings`` overrides the reader's tolerances (``ReadSettings(cell_gap=3.0)``,
    ``appealgen.read.settings``). ``with_evidence=False`` skips working out where each
    value was read (``evidence`` and ``not_printed`` stay empty; the values and warnings
    are the same). Raises ``InputError`` (one readable line) for anything that is not a
    readable insurer document.
    """
    from . import patterns
    from .read.parse import parse_file as _parse

    try:
        if settings is None:
            return _parse(Path(path), with_evidence=with_evidence)
        return _parse(Path(path), settings=settings, with_evidence=with_evidence)
    finally:
        patterns.save()  # the patterns this read compiled, for the next run


def read_case(
    path: str | PathLike[str],
    corrections: Sequence[str | tuple[str, str]] = (),
    *,
    parse: Callable[[Path], ParseResult] | None = None,
) -> ParseResult:
    """The parse document of a notice (PDF, image, 835) or of a saved parse document or
    ``case.json`` (``.json``; in an edited case.json, what the person changed counts as
    confirmed by them), with ``PATH=VALUE`` corrections applied as the person's.

    ``parse`` reads a notice (default ``parse_file``; the CLI passes its isolated reader).
    Raises ``InputError`` (one line) for an unreadable file, an unknown path or a value
    outside its vocabulary.
    """
    from .corrections import apply, parse_assignment

    path = Path(path)
    if path.suffix.lower() == ".json":
        from .decide.explain import load_parse_json

        result = load_parse_json(path)
    else:
        result = (parse or parse_file)(path)
    pairs = [parse_assignment(c) if isinstance(c, str) else c for c in corrections]
    return apply(result, pairs) if pairs else result


def with_case_facts(
    profile: Profile | None, corrections: Sequence[str | tuple[str, str]]
) -> Profile | None:
    """``profile`` with the case facts among ``corrections`` (``stage=final_internal_denial``,
    ``plan.grandfathered=true``) set as its flags; the same profile when there are none."""
    import dataclasses

    from .corrections import case_facts, parse_assignment

    pairs = [parse_assignment(c) if isinstance(c, str) else c for c in corrections]
    flags = case_facts(pairs)
    if not flags:
        return profile
    from .write.profile import Profile as _Profile

    return dataclasses.replace(profile or _Profile(), **flags)


def decide(
    result: ParseResult, profile: Profile | None = None, *, legislator: bool = False
) -> Case:
    """Classify the denial, choose arguments, venue, documents and deadlines.

    ``legislator=True`` adds the letter to the member's state legislators.
    """
    from .decide import decide as _decide

    return _decide(result, profile=profile, legislator=legislator)


def generate(
    case: Case,
    outdir: str | PathLike[str],
    profile: Profile | None = None,
    *,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: str | PathLike[str] | None = None,
    source: str | PathLike[str] | None = None,
) -> GenerateResult:
    """Write ``outdir/<case-id>/`` (case.json and one .docx per document), atomically.

    ``voice`` is "member" (the parent writes) or "provider" (the practice writes as
    the member's authorized representative). ``pdf=True`` adds PDFs and, when
    ``source`` (the original notice) is a PDF, packet.pdf: the letter, then the notice.
    """
    from .write.render import generate as _generate

    return _generate(
        case,
        Path(outdir),
        profile=profile,
        voice=voice,
        pdf=pdf,
        templates_dir=Path(templates_dir) if templates_dir else None,
        source=Path(source) if source else None,
    )


def generate_file(
    path: str | PathLike[str],
    outdir: str | PathLike[str],
    profile: Profile | None = None,
    *,
    legislator: bool = False,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: str | PathLike[str] | None = None,
    corrections: Sequence[str | tuple[str, str]] = (),
) -> GenerateResult:
    """read_case + decide + generate for one input file: a notice, or a saved parse
    document or (edited) case.json, with ``PATH=VALUE`` corrections."""
    profile = with_case_facts(profile, corrections)
    case = decide(read_case(path, corrections), profile=profile, legislator=legislator)
    is_json = Path(path).suffix.lower() == ".json"
    return generate(
        case,
        outdir,
        profile=profile,
        voice=voice,
        pdf=pdf,
        templates_dir=templates_dir,
        source=None if is_json else path,
    )


def prepare(
    profile: Profile,
    outdir: str | PathLike[str],
    *,
    voice: str = "member",
    pdf: bool = False,
    templates_dir: str | PathLike[str] | None = None,
) -> GenerateResult:
    """Before the visit, with no denial yet: the call script and a prospective
    gap-exception request, written from the profile alone into ``outdir/<case-id>/``."""
    from .write.render import prepare as _prepare

    return _prepare(
        profile,
        Path(outdir),
        voice=voice,
        pdf=pdf,
        templates_dir=Path(templates_dir) if templates_dir else None,
    )


def learn_layout(file_path: str | PathLike[str], corrected: dict) -> LearnedLayout:
    """Learn the layout of ``file_path`` from ``corrected``, its parse document as a person
    corrected it (keys absent, or null, mean "not printed"), and store it.

    Returns the stored layout (plain data: name, payer, fields, codes, not_printed).
    Later notices of the same payer layout are read with it. Raises ``LayoutError``
    when ``corrected`` is not a parse document or teaches nothing, ``InputError``
    when the file cannot be read.
    """
    from .learn import learn_layout as _learn

    return _learn(Path(file_path), corrected)
