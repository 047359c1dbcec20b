"""Loads and validates every data file of the knowledge base, once per process.

A wrong key, a bad value or a dangling reference stops the program at load with
``file:line: what is wrong — did you mean …``. Nothing is warned about and skipped.

Each section of this module loads one family of files under ``appealgen/data``;
the shared helpers come first.
"""

from __future__ import annotations

import csv
import difflib
import functools
import importlib
import io
import re
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

import yaml

from .errors import KnowledgeError

# --------------------------------------------------------------------------
# Shared helpers


def data_path(relpath: str) -> Any:
    """A Traversable for a file under appealgen/data (works installed or editable)."""
    return resources.files("appealgen").joinpath("data").joinpath(relpath)


# While validate_all() runs: the data files read so far
_files_read: set[str] | None = None


def read_data_text(relpath: str) -> str:
    path = data_path(relpath)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise KnowledgeError(f"data/{relpath}: missing data file") from e
    if _files_read is not None:
        _files_read.add(relpath)
    return text


def did_you_mean(value: str, choices: Any) -> str:
    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1)
    return f" — did you mean {close[0]!r}?" if close else ""


def fail(relpath: str, line: int | None, message: str) -> KnowledgeError:
    where = f"data/{relpath}:{line}" if line else f"data/{relpath}"
    return KnowledgeError(f"{where}: {message}")


def load_csv(relpath: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file as (line number, row) with every value a stripped string.

    Checks that the header has exactly the ``required`` columns (plus any extra ones
    that start with ``note``) and that no required cell is missing.
    """
    text = read_data_text(relpath)
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    for col in required:
        if col not in header:
            raise fail(relpath, 1, f"missing column {col!r}{did_you_mean(col, header)}")
    for col in header:
        if (
            col not in required
            and not col.startswith("note")
            and col not in ("source", "confidence")
        ):
            raise fail(relpath, 1, f"unknown column {col!r}{did_you_mean(col, required)}")
    rows = []
    for row in reader:
        line = reader.line_num
        clean = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if None in row:
            raise fail(
                relpath, line, "too many cells in this row (a comma inside an unquoted value?)"
            )
        rows.append((line, clean))
    return rows


# libyaml's parser when PyYAML was built with it (ten times faster), else the pure one
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A SafeLoader that records the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(relpath: str) -> Any:
    """Parse a YAML data file; every mapping carries its line number in ``__line__``."""
    text = read_data_text(relpath)
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise fail(relpath, line, f"not valid YAML: {getattr(e, 'problem', e)}") from e


def check_keys(
    relpath: str, mapping: dict[str, Any], allowed: tuple[str, ...], required: tuple[str, ...] = ()
) -> None:
    """Fail loudly on unknown or missing keys in one YAML mapping."""
    line = mapping.get("__line__")
    for key in mapping:
        if key != "__line__" and key not in allowed:
            raise fail(relpath, line, f"unknown key {key!r}{did_you_mean(key, allowed)}")
    for key in required:
        if key not in mapping or mapping[key] in (None, "", []):
            raise fail(relpath, line, f"missing required key {key!r}")


def strip_lines(obj: Any) -> Any:
    """A copy of loaded YAML without the ``__line__`` bookkeeping."""
    if isinstance(obj, dict):
        return {k: strip_lines(v) for k, v in obj.items() if k != "__line__"}
    if isinstance(obj, list):
        return [strip_lines(v) for v in obj]
    return obj


def list_data_files(reldir: str, suffix: str) -> list[str]:
    base = data_path(reldir)
    return sorted(f"{reldir}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix))


# Every loader of data files, in the order they were defined (data_loader adds them)
_LOADERS: list[Any] = []
# Modules outside this one that define loaders (validate_all imports them)
LOADER_MODULES = ("appealgen.read.fields",)

_F = TypeVar("_F", bound=Callable[..., Any])


def data_loader(fn: _F) -> _F:
    """Decorate a function that loads and validates data files: its result is kept for
    the process (``functools.cache``), and ``validate_all`` reaches it."""
    cached = functools.cache(fn)
    _LOADERS.append(cached)
    return cached  # type: ignore[return-value]


@functools.cache
def load_all() -> None:
    """Load and validate every data file (called at start by the CLI and the tests)."""
    for name, fn in list(globals().items()):
        if name.startswith("load_") and name not in ("load_all", "load_csv", "load_yaml"):
            if callable(fn) and getattr(fn, "__wrapped__", None) is not None:
                fn()


def clear_caches() -> None:
    """Forget every loaded data file in this process (the next use reads it again)."""
    steps = [fn for name, fn in globals().items() if name.startswith("load_")]
    for fn in [*_LOADERS, *steps]:
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()


def validate_all() -> list[str]:
    """Read and validate every data file again, whatever this process or an earlier run
    remembered; return the data files read (``appealgen check`` and the tests).

    Raises ``KnowledgeError`` (``file:line: …``) at the first mistake.
    """
    global _files_read
    for module in LOADER_MODULES:
        importlib.import_module(module)
    clear_caches()
    _files_read = set()
    try:
        for fn in list(_LOADERS):
            fn()
        return sorted(_files_read)
    finally:
        _files_read = None


# --------------------------------------------------------------------------
# Sections below: one per family of data files. Each public loader is
# decorated with @functools.cache so the files are read once per process.


# --------------------------------------------------------------------------
# Decide stage: citations, arguments, venues, deadlines
#
# citations.yaml            id -> one citation, or an hhs/erisa pair picked by funding
# arguments/<id>.yaml       one argument a file (see arguments/README.md)
# venues/regulators.csv     the 51 state + DC insurance regulators
# venues/federal.yaml       EBSA, CMS, Medicaid fair hearing, external review, ...
# deadlines.yaml            deadline rules

CITATIONS_FILE = "citations.yaml"
ARGUMENTS_DIR = "arguments"
REGULATORS_FILE = "venues/regulators.csv"
FEDERAL_VENUES_FILE = "venues/federal.yaml"
DEADLINES_FILE = "deadlines.yaml"

REGIMES = ("hhs", "erisa")
OPTIONAL_REGIMES = ("treasury",)  # the Internal Revenue Code's parallel (church plans)
CITABLE_CONFIDENCE = ("verified", "likely")
# status: what DOMAIN.md calls verified, or anything less sure (its "likely")
CITATION_STATUSES = ("verified", "uncertain")
# strength: what the source itself says about the point it is cited for
CITATION_STRENGTHS = ("must", "may", "by_analogy", "recommends", "describes")
REGULATOR_COUNT = 51  # 50 states + DC
_VARIANT_KEYS = ("text", "url", "status", "uncertain", "strength")
# Where a "verified" citation may have been read: the law itself, an agency, a court's
# own docket copy. A law-firm blog or a summary makes a citation "uncertain".
PRIMARY_SOURCE_HOSTS = (
    "ecfr.gov",
    "law.cornell.edu",
    "dol.gov",
    "cms.gov",
    "healthcare.gov",
    "hrsa.gov",
    "womenspreventivehealth.org",
    "uspreventiveservicestaskforce.org",
    "docs.justia.com",
    "dfs.ny.gov",
    "govinfo.gov",
)
# Words by which an argument's text says the plan is obliged. A text that uses them must
# rest on at least one citation whose strength is "must".
OBLIGATION_WORDS = re.compile(
    r"\b(?:must|shall|may not|cannot|can not|is required to|are required to|requires?)\b",
    re.IGNORECASE,
)
BY_ANALOGY = re.compile(r"\bby analogy\b", re.IGNORECASE)
_CITATION_KEYS = (*_VARIANT_KEYS, "note", *REGIMES, *OPTIONAL_REGIMES)
# text: the member's own voice; text_provider: the practice writing as the member's
# authorized representative; text_prospective(_provider): before any visit or denial
# (only for the arguments `appealgen prepare` uses)
ARGUMENT_TEXT_KEYS = ("text", "text_provider", "text_prospective", "text_prospective_provider")
# text_employer: the argument for the employer's benefits office, in neither voice
# (no "I"/"we"); required when the argument speaks to the employer
ARGUMENT_AUDIENCES = ("plan", "regulator", "employer")
DEFAULT_AUDIENCES = ("plan", "regulator")
_ARGUMENT_KEYS = (
    "id",
    "title",
    "answers",
    "supporting",
    "leads",
    "applies_when",
    "order",
    *ARGUMENT_TEXT_KEYS,
    "text_employer",
    "audiences",
    "call_points",
    "citations",
    "note",
)
_APPLIES_KEYS = ("funding", "tracks", "states", "final_denial", "grandfathered", "codes")
# a call point in the member's words, and the practice's words for the same point; the
# *_provider key is required wherever the member's words speak in the first person
_CALL_POINT_KEYS = (
    "ask",
    "if_they_say",
    "answer",
    "ask_provider",
    "if_they_say_provider",
    "answer_provider",
)
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
FIRST_PERSON_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Uu]s|[Ww]e're|[Ww]e've)\b")
_FEDERAL_KEYS = (
    "kind",
    "funding",
    "name",
    "url",
    "phone",
    "guidance",
    "citations",
    "confidence",
    "note",
)
_DEADLINE_KEYS = (
    "kind",
    "funding",
    "tracks",
    "at_most",
    "claim_type",
    "window",
    "starts_from",
    "roll_forward",
    "citations",
    "reason",
    "note",
)
DEADLINE_KINDS = ("internal_appeal", "external_review", "fair_hearing", "appeal_decision")
DEADLINE_STARTS = ("notice_date", "final_internal_denial", "appeal_sent")
CLAIM_TYPES = ("post_service", "pre_service")
REGULATOR_COLUMNS = ("state_code", "state_name", "regulator_name", "complaint_url", "phone")


def _check_https(relpath: str, line: int | None, url: Any, what: str) -> None:
    if url is not None and not (isinstance(url, str) and url.startswith("https://")):
        raise fail(relpath, line, f"{what} must be an https:// URL, not {url!r}")


def _check_choice(relpath: str, line: int | None, value: Any, choices: Any, what: str) -> None:
    if value not in choices:
        raise fail(relpath, line, f"unknown {what} {value!r}{did_you_mean(value, choices)}")


def _check_list(relpath: str, line: int | None, value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise fail(relpath, line, f"{what} must be a list, not {type(value).__name__}")
    return value


def _check_citation_ids(relpath: str, line: int | None, ids: Any, *, at_least_one: bool) -> None:
    ids = _check_list(relpath, line, ids, "citations")
    if at_least_one and not ids:
        raise fail(relpath, line, "needs at least one citation")
    known = citations()
    for cid in ids:
        if cid not in known:
            raise fail(
                relpath,
                line,
                f"citation {cid!r} is not in data/{CITATIONS_FILE}{did_you_mean(cid, known)}",
            )


def _citation_variant(relpath: str, line: int | None, entry: dict[str, Any]) -> dict[str, Any]:
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(relpath, line, "missing required key 'text'")
    status = entry.get("status")
    if status in ("unverified", "likely"):
        raise fail(
            relpath,
            line,
            f"status {status!r}: a citation is 'verified' or 'uncertain' (an unverified "
            "fact may not be a citation, DOMAIN.md rule)",
        )
    _check_choice(relpath, line, status, CITATION_STATUSES, "status")
    _check_choice(relpath, line, entry.get("strength"), CITATION_STRENGTHS, "strength")
    url = entry.get("url")
    if not url:
        raise fail(relpath, line, "every citation keeps the url of the source it was read in")
    _check_https(relpath, line, url, "url")
    why = " ".join(str(entry.get("uncertain") or "").split())
    if status == "uncertain" and not why:
        raise fail(relpath, line, "an uncertain citation must say what is uncertain ('uncertain:')")
    if status == "verified" and why:
        raise fail(relpath, line, "'uncertain:' on a verified citation: mark it uncertain")
    host = re.sub(r"^https://(?:www\.)?", "", url).split("/", 1)[0]
    if status == "verified" and not any(
        host == h or host.endswith("." + h) for h in PRIMARY_SOURCE_HOSTS
    ):
        raise fail(
            relpath,
            line,
            f"'verified' needs the primary source (the law, an agency, a court's docket), "
            f"not {host}: cite that, or mark the citation 'uncertain'",
        )
    return {
        "text": " ".join(text.split()),
        "url": url,
        "status": status,
        "strength": entry["strength"],
        "uncertain": why or None,
        # the older name, kept for readers of the knowledge base
        "confidence": "verified" if status == "verified" else "likely",
    }


@data_loader
def citations() -> dict[str, dict[str, Any]]:
    """Citation id -> {"id", "variants": {"any" | "hhs" | "erisa" | "treasury": variant}}.

    A variant is {text, url, status, strength, uncertain, confidence}. A plain entry has
    the single variant "any"; a parallel-regulation entry has "hhs" and "erisa" and may
    have "treasury" (the caller picks by plan funding).
    """
    rel = CITATIONS_FILE
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, "expected a mapping of citation id -> citation")
    out: dict[str, dict[str, Any]] = {}
    for cid, entry in data.items():
        if cid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, data.get("__line__"), f"citation {cid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(rel, entry, _CITATION_KEYS)
        has_regimes = [r for r in (*REGIMES, *OPTIONAL_REGIMES) if r in entry]
        if has_regimes:
            if not set(REGIMES) <= set(has_regimes):
                raise fail(rel, line, f"citation {cid!r} needs both 'hhs' and 'erisa'")
            for key in _VARIANT_KEYS:
                if key in entry:
                    raise fail(rel, line, f"citation {cid!r}: put {key!r} inside each regime")
            variants = {}
            for regime in has_regimes:
                sub = entry[regime]
                if not isinstance(sub, dict):
                    raise fail(rel, line, f"citation {cid!r}: {regime!r} must be a mapping")
                check_keys(rel, sub, _VARIANT_KEYS, required=("text", "status", "strength"))
                variants[regime] = _citation_variant(rel, sub.get("__line__"), sub)
        else:
            check_keys(rel, entry, _CITATION_KEYS, required=("text", "status", "strength"))
            variants = {"any": _citation_variant(rel, line, entry)}
        out[str(cid)] = {"id": str(cid), "variants": variants}
    return out


def argument_citation_problems(arg: dict[str, Any]) -> list[str]:
    """What an argument's texts claim beyond what its citations say; [] when sound.

    A text that says the plan "must" (or "may not", "is required to" …) needs at least
    one citation whose strength is ``must``; a source cited ``by_analogy`` must be named
    so ("by analogy") in every text that rests on it. Parallel regulations count by
    their strongest variant.
    """
    table = citations()
    strengths: set[str] = set()
    for cid in arg["citations"]:
        for variant in table[cid]["variants"].values():
            strengths.add(variant["strength"])
    problems: list[str] = []
    for key in (*ARGUMENT_TEXT_KEYS, "text_employer"):
        text = " ".join(str(arg.get(key) or "").split())
        if not text:
            continue
        m = OBLIGATION_WORDS.search(text)
        if m and "must" not in strengths:
            problems.append(
                f"{key} says {m.group(0)!r}, but no citation it rests on says 'must' "
                f"(their strengths: {', '.join(sorted(strengths))})"
            )
        if "by_analogy" in strengths and not BY_ANALOGY.search(text):
            problems.append(
                f"{key} rests on a source cited by analogy but does not say 'by analogy'"
            )
    return problems


def _check_applies_when(relpath: str, line: int | None, aw: Any) -> dict[str, Any]:
    from .models import FUNDING_KINDS

    if not isinstance(aw, dict):
        raise fail(relpath, line, "applies_when must be a mapping")
    check_keys(relpath, aw, _APPLIES_KEYS, required=("funding",))
    aline = aw.get("__line__", line)
    for f in _check_list(relpath, aline, aw["funding"], "applies_when.funding"):
        _check_choice(relpath, aline, f, FUNDING_KINDS, "funding")
    if "tracks" in aw:
        known = tracks()
        for t in _check_list(relpath, aline, aw["tracks"], "applies_when.tracks"):
            _check_choice(relpath, aline, t, known, "track")
            if known[t]["funding"] not in aw["funding"]:
                raise fail(relpath, aline, f"track {t!r} is not of a funding listed here")
    for key in ("states", "codes"):
        if key in aw:
            for v in _check_list(relpath, aline, aw[key], f"applies_when.{key}"):
                if not isinstance(v, str) or not v.strip():
                    raise fail(relpath, aline, f"applies_when.{key} holds an empty value")
    for key in ("final_denial", "grandfathered"):
        if key in aw and not isinstance(aw[key], bool):
            raise fail(relpath, aline, f"applies_when.{key} must be true or false")
    return strip_lines(aw)


def _check_call_point(relpath: str, line: int | None, cp: Any) -> dict[str, str]:
    """One phone-script point, {ask} or {if_they_say, answer}, with the practice's wording
    (``*_provider``) wherever the member's wording says "I", "me" or "my"."""
    if not isinstance(cp, dict):
        raise fail(relpath, line, "each call point must be a mapping")
    check_keys(relpath, cp, _CALL_POINT_KEYS)
    cline = cp.get("__line__", line)
    if ("ask" in cp) == ("if_they_say" in cp) or ("if_they_say" in cp) != ("answer" in cp):
        raise fail(relpath, cline, "a call point is either {ask} or {if_they_say, answer}")
    for key in _CALL_POINT_KEYS:
        if key in cp and not (isinstance(cp[key], str) and cp[key].strip()):
            raise fail(relpath, cline, f"call point {key} must be a non-empty sentence")
    for key in ("ask", "if_they_say", "answer"):
        pkey = f"{key}_provider"
        if pkey in cp and key not in cp:
            raise fail(relpath, cline, f"call point {pkey} without {key}")
        if pkey in cp:
            m = FIRST_PERSON.search(cp[pkey])
            if m:
                raise fail(
                    relpath,
                    cline,
                    f"call point {pkey} says {m.group(0)!r}: the "
                    'practice speaks as "we" about "the member"',
                )
        elif key in cp and key != "if_they_say":
            m = FIRST_PERSON.search(cp[key])
            if m:
                raise fail(
                    relpath,
                    cline,
                    f"call point {key} says {m.group(0)!r}: add "
                    f"{pkey}, the same point in the practice's words",
                )
    return {k: " ".join(str(v).split()) for k, v in strip_lines(cp).items()}


@data_loader
def arguments() -> dict[str, dict[str, Any]]:
    """Argument id -> the validated argument (see data/arguments/README.md)."""
    from .models import CATEGORIES

    out: dict[str, dict[str, Any]] = {}
    for rel in list_data_files(ARGUMENTS_DIR, ".yaml"):
        data = load_yaml(rel)
        if not isinstance(data, dict):
            raise fail(rel, 1, "expected one argument (a mapping)")
        line = data.get("__line__")
        check_keys(
            rel,
            data,
            _ARGUMENT_KEYS,
            required=("id", "title", "applies_when", "order", "text", "text_provider", "citations"),
        )
        for key in ARGUMENT_TEXT_KEYS:
            if key in data and not (isinstance(data[key], str) and data[key].strip()):
                raise fail(rel, line, f"{key} must be a non-empty paragraph of text")
        if ("text_prospective" in data) != ("text_prospective_provider" in data):
            raise fail(
                rel,
                line,
                "text_prospective and text_prospective_provider go together "
                "(the prospective request is written in both voices)",
            )
        stem = rel.rsplit("/", 1)[-1].removesuffix(".yaml")
        if data["id"] != stem:
            raise fail(rel, line, f"id {data['id']!r} must match the file name {stem!r}")
        supporting = data.get("supporting", False)
        if not isinstance(supporting, bool):
            raise fail(rel, line, "supporting must be true or false")
        leads = data.get("leads", False)
        if not isinstance(leads, bool) or (leads and not supporting):
            raise fail(rel, line, "leads must be true or false, and only on a supporting one")
        answers = _check_list(rel, line, data.get("answers", []), "answers")
        if not answers and not supporting:
            raise fail(rel, line, "answers must name at least one category")
        for cat in answers:
            _check_choice(rel, line, cat, CATEGORIES, "category")
        if not isinstance(data["order"], int) or isinstance(data["order"], bool):
            raise fail(rel, line, "order must be a whole number")
        _check_citation_ids(rel, line, data["citations"], at_least_one=True)
        for problem in argument_citation_problems(data):
            raise fail(rel, line, problem)
        points = [
            _check_call_point(rel, line, cp)
            for cp in _check_list(rel, line, data.get("call_points", []), "call_points")
        ]
        audiences = _check_list(
            rel, line, data.get("audiences", list(DEFAULT_AUDIENCES)), "audiences"
        )
        if not audiences:
            raise fail(
                rel, line, "audiences must name at least one of " + ", ".join(ARGUMENT_AUDIENCES)
            )
        for aud in audiences:
            _check_choice(rel, line, aud, ARGUMENT_AUDIENCES, "audience")
        employer_text = " ".join(str(data.get("text_employer") or "").split())
        if ("employer" in audiences) != bool(employer_text):
            raise fail(
                rel,
                line,
                "text_employer and the audience 'employer' go together "
                "(the employer letter reads text_employer)",
            )
        if employer_text and (
            FIRST_PERSON.search(employer_text) or FIRST_PERSON_PLURAL.search(employer_text)
        ):
            word = (
                FIRST_PERSON.search(employer_text) or FIRST_PERSON_PLURAL.search(employer_text)
            ).group(0)
            raise fail(
                rel,
                line,
                f"text_employer speaks in the first person ({word!r}); it is "
                "read in both voices, so write about the plan and its members",
            )
        out[stem] = {
            "id": stem,
            "title": " ".join(str(data["title"]).split()),
            "answers": list(answers),
            "supporting": supporting,
            "leads": leads,
            "applies_when": _check_applies_when(rel, line, data["applies_when"]),
            "order": data["order"],
            "text": str(data["text"]).strip(),
            "text_provider": str(data["text_provider"]).strip(),
            "text_prospective": str(data.get("text_prospective") or "").strip(),
            "text_prospective_provider": str(data.get("text_prospective_provider") or "").strip(),
            "text_employer": str(data.get("text_employer") or "").strip(),
            "audiences": list(audiences),
            "call_points": points,
            "citations": list(data["citations"]),
            "file": f"data/{rel}",
        }
    if not out:
        raise fail(ARGUMENTS_DIR, None, "no argument files")
    return out


@data_loader
def regulators() -> dict[str, dict[str, str]]:
    """Two-letter state code -> regulator row (exactly the 50 states and DC)."""
    rel = REGULATORS_FILE
    rows = load_csv(rel, REGULATOR_COLUMNS)
    out: dict[str, dict[str, str]] = {}
    for line, row in rows:
        code = row["state_code"].upper()
        if len(code) != 2 or not code.isalpha():
            raise fail(rel, line, f"state_code {row['state_code']!r} is not two letters")
        if code in out:
            raise fail(rel, line, f"state {code} appears twice")
        for col in REGULATOR_COLUMNS:
            if not row[col]:
                raise fail(rel, line, f"missing {col}")
        _check_https(rel, line, row["complaint_url"], "complaint_url")
        out[code] = {**row, "state_code": code, "line": str(line)}
    if len(out) != REGULATOR_COUNT:
        raise fail(
            rel, None, f"expected {REGULATOR_COUNT} regulators (50 states + DC), found {len(out)}"
        )
    return out


@data_loader
def federal_venues() -> dict[str, dict[str, Any]]:
    """Venue id -> EBSA, CMS, Medicaid fair hearing, external review, Medicare, unknown."""
    from .models import FUNDING_KINDS, VENUE_KINDS

    rel = FEDERAL_VENUES_FILE
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, "expected a mapping of venue id -> venue")
    out: dict[str, dict[str, Any]] = {}
    for vid, entry in data.items():
        if vid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, data.get("__line__"), f"venue {vid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(
            rel,
            entry,
            _FEDERAL_KEYS,
            required=("kind", "funding", "guidance", "citations", "confidence"),
        )
        _check_choice(rel, line, entry["kind"], (*VENUE_KINDS, "external_review"), "venue kind")
        for f in _check_list(rel, line, entry["funding"], "funding"):
            _check_choice(rel, line, f, FUNDING_KINDS, "funding")
        _check_https(rel, line, entry.get("url"), "url")
        _check_choice(rel, line, entry["confidence"], CITABLE_CONFIDENCE, "confidence")
        _check_citation_ids(rel, line, entry["citations"], at_least_one=True)
        clean = strip_lines(entry)
        clean["guidance"] = " ".join(str(clean["guidance"]).split())
        clean.setdefault("name", None)
        clean.setdefault("url", None)
        clean.setdefault("phone", None)
        out[str(vid)] = {"id": str(vid), **clean}
    return out


def _named_mapping(rel: str, key: str) -> dict[str, Any]:
    """The one top-level mapping of a data file that holds only ``key: {id: entry}``."""
    data = load_yaml(rel)
    if not isinstance(data, dict):
        raise fail(rel, 1, f"expected a mapping with {key!r}")
    check_keys(rel, data, (key,), required=(key,))
    table = data[key]
    if not isinstance(table, dict):
        raise fail(rel, data.get("__line__"), f"{key} must be a mapping")
    return table


@data_loader
def deadline_rules() -> dict[str, dict[str, Any]]:
    """Rule id -> {kind, funding, window: {days|months}, starts_from, roll_forward, ...}."""
    from .models import FUNDING_KINDS

    rel = DEADLINES_FILE
    rules = _named_mapping(rel, "rules")
    out: dict[str, dict[str, Any]] = {}
    for rid, rule in rules.items():
        if rid == "__line__":
            continue
        if not isinstance(rule, dict):
            raise fail(rel, rules.get("__line__"), f"rule {rid!r} must be a mapping")
        line = rule.get("__line__")
        check_keys(
            rel,
            rule,
            _DEADLINE_KEYS,
            required=("kind", "funding", "window", "starts_from", "citations", "reason"),
        )
        _check_choice(rel, line, rule["kind"], DEADLINE_KINDS, "deadline kind")
        _check_choice(rel, line, rule["starts_from"], DEADLINE_STARTS, "starts_from")
        for f in _check_list(rel, line, rule["funding"], "funding"):
            _check_choice(rel, line, f, FUNDING_KINDS, "funding")
        for t in _check_list(rel, line, rule.get("tracks", []), "tracks"):
            _check_choice(rel, line, t, tracks(), "track")
        if not isinstance(rule.get("at_most", False), bool):
            raise fail(rel, line, "at_most must be true or false")
        window = rule["window"]
        if not isinstance(window, dict):
            raise fail(rel, line, "window must be {days: N} or {months: N}")
        check_keys(rel, window, ("days", "months"))
        units = [k for k in ("days", "months") if k in window]
        if len(units) != 1 or not isinstance(window[units[0]], int) or window[units[0]] <= 0:
            raise fail(
                rel,
                window.get("__line__", line),
                "window must be exactly one of days or months, a positive whole number",
            )
        if not isinstance(rule.get("roll_forward", False), bool):
            raise fail(rel, line, "roll_forward must be true or false")
        if (rule["kind"] == "appeal_decision") != ("claim_type" in rule):
            raise fail(rel, line, "claim_type goes with kind appeal_decision, and only there")
        if "claim_type" in rule:
            _check_choice(rel, line, rule["claim_type"], CLAIM_TYPES, "claim_type")
        _check_citation_ids(rel, line, rule["citations"], at_least_one=True)
        clean = strip_lines(rule)
        clean["reason"] = " ".join(str(clean["reason"]).split())
        clean.setdefault("roll_forward", False)
        out[str(rid)] = {"id": str(rid), **clean}
    return out


@functools.cache
def load_decide_knowledge() -> None:
    """Load and validate every data file of the decide stage (load_all runs this)."""
    citations()
    arguments()
    regulators()
    federal_venues()
    tracks()
    deadline_rules()


# --------------------------------------------------------------------------
# Codes and denial rules: codes/carc.csv, codes/rarc.csv, codes/lactation_codes.csv,
# categories.yaml, rules/phrases.yaml

from dataclasses import dataclass  # noqa: E402

from .models import CATEGORIES  # noqa: E402


@dataclass(frozen=True)
class CodeInfo:
    """One CARC or RARC: its meaning and the contract categories it points to."""

    code: str
    description: str
    categories: tuple[str, ...]
    status: str  # "active" or "deactivated"


@dataclass(frozen=True)
class LactationCode:
    """A procedure (CPT/HCPCS) or diagnosis (ICD-10-CM) code used for lactation care."""

    code: str
    system: str  # "cpt", "hcpcs" or "icd10"
    description: str
    role: str
    note: str
    billable: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    priority: int
    description: str
    choice: str = ""  # the reason as the review form offers it ("They say ...")


@dataclass(frozen=True)
class PhraseRule:
    """Reason-text patterns for one category; lower priority numbers are more specific."""

    category: str
    priority: int
    patterns: tuple[re.Pattern[str], ...]
    line: int


CODE_STATUSES = ("active", "deactivated")
LACTATION_SYSTEMS = ("cpt", "hcpcs", "icd10")
LACTATION_ROLES = (
    "lactation_service",
    "counseling",
    "e_m",
    "home_visit",
    "global_ob",
    "equipment",
    "preventive_dx",
    "problem_dx",
    "infant_dx",
    "infant_preventive_dx",
    "counseling_dx",
    "context_dx",
)
_CARC_SHAPE = re.compile(r"(?:[1-9]\d{0,2}|[A-Z]\d{1,2})")
_RARC_SHAPE = re.compile(r"(?:M[1-9]\d{0,2}|MA\d{2,3}|N[1-9]\d{0,2})")
_LACTATION_SHAPES = {
    "cpt": re.compile(r"\d{4}[0-9FTU]"),
    "hcpcs": re.compile(r"[A-V]\d{4}"),
    "icd10": re.compile(r"[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?"),
}
_NON_BILLABLE_NOTE = "non-billable"
# A space in a phrase pattern means "any run of whitespace"; inside [...] it would not.
_SPACE_IN_CLASS = re.compile(r"\[[^\]]* [^\]]*\]")


def _check_category(relpath: str, line: int | None, name: str) -> str:
    if name not in CATEGORIES:
        raise fail(relpath, line, f"unknown category {name!r}{did_you_mean(name, CATEGORIES)}")
    return name


def _load_code_table(relpath: str, shape: re.Pattern[str]) -> dict[str, CodeInfo]:
    table: dict[str, CodeInfo] = {}
    for line, row in load_csv(relpath, ("code", "description", "categories", "status")):
        code = row["code"]
        if not shape.fullmatch(code):
            raise fail(relpath, line, f"{code!r} does not look like a code of this list")
        if code in table:
            raise fail(relpath, line, f"duplicate code {code!r}")
        if not row["description"]:
            raise fail(relpath, line, f"code {code!r} has no description")
        status = row["status"]
        if status not in CODE_STATUSES:
            hint = did_you_mean(status, CODE_STATUSES)
            raise fail(relpath, line, f"unknown status {status!r}{hint}")
        names = [c.strip() for c in row["categories"].split(";") if c.strip()]
        cats = tuple(_check_category(relpath, line, c) for c in names)
        if len(set(cats)) != len(cats):
            raise fail(relpath, line, f"code {code!r} lists a category twice")
        table[code] = CodeInfo(code, row["description"], cats, status)
    if not table:
        raise fail(relpath, None, "no codes")
    return table


@data_loader
def carc_codes() -> dict[str, CodeInfo]:
    """Every X12 Claim Adjustment Reason Code, active and deactivated, by code ("50", "B7")."""
    return _load_code_table("codes/carc.csv", _CARC_SHAPE)


@data_loader
def rarc_codes() -> dict[str, CodeInfo]:
    """Remittance Advice Remark Codes by code ("N130", "MA130", "M15")."""
    return _load_code_table("codes/rarc.csv", _RARC_SHAPE)


@data_loader
def lactation_codes() -> dict[str, LactationCode]:
    """Procedure and diagnosis codes for lactation care, by code ("S9443", "Z39.1")."""
    relpath = "codes/lactation_codes.csv"
    table: dict[str, LactationCode] = {}
    for line, row in load_csv(relpath, ("code", "system", "description", "role", "note")):
        code, system, role = row["code"], row["system"], row["role"]
        if system not in LACTATION_SYSTEMS:
            hint = did_you_mean(system, LACTATION_SYSTEMS)
            raise fail(relpath, line, f"unknown system {system!r}{hint}")
        if not _LACTATION_SHAPES[system].fullmatch(code):
            raise fail(relpath, line, f"{code!r} is not a {system} code")
        if role not in LACTATION_ROLES:
            raise fail(relpath, line, f"unknown role {role!r}{did_you_mean(role, LACTATION_ROLES)}")
        if code in table:
            raise fail(relpath, line, f"duplicate code {code!r}")
        if not row["description"]:
            raise fail(relpath, line, f"code {code!r} has no description")
        billable = not row["note"].lower().startswith(_NON_BILLABLE_NOTE)
        table[code] = LactationCode(code, system, row["description"], role, row["note"], billable)
    return table


@data_loader
def categories() -> dict[str, CategoryInfo]:
    """The contract's categories, ordered by priority (the primary category comes first)."""
    relpath = "categories.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'categories'")
    check_keys(relpath, doc, ("categories",), ("categories",))
    found: dict[str, CategoryInfo] = {}
    priorities: dict[int, str] = {}
    for entry in doc["categories"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each category must be a mapping")
        line = entry["__line__"]
        keys = ("id", "priority", "description", "choice")
        check_keys(relpath, entry, keys, keys)
        cat = _check_category(relpath, line, str(entry["id"]))
        if cat in found:
            raise fail(relpath, line, f"category {cat!r} is listed twice")
        prio = entry["priority"]
        if not isinstance(prio, int) or isinstance(prio, bool):
            raise fail(relpath, line, f"priority must be a whole number, not {prio!r}")
        if prio in priorities:
            raise fail(relpath, line, f"priority {prio} is also used by {priorities[prio]!r}")
        priorities[prio] = cat
        found[cat] = CategoryInfo(
            cat,
            prio,
            " ".join(str(entry["description"]).split()),
            " ".join(str(entry["choice"]).split()),
        )
    missing = [c for c in CATEGORIES if c not in found]
    if missing:
        raise fail(relpath, None, f"missing categories: {', '.join(missing)}")
    return dict(sorted(found.items(), key=lambda kv: kv[1].priority))


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """Compile one phrase pattern: case-insensitive, a space matches any whitespace run."""
    return re.compile(re.sub(r" +", r"\\s+", pattern), re.IGNORECASE)


@data_loader
def phrase_rules() -> tuple[PhraseRule, ...]:
    """Reason-text rules with compiled patterns, most specific (lowest priority) first."""
    relpath = "rules/phrases.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'rules'")
    check_keys(relpath, doc, ("rules",), ("rules",))
    rules: list[PhraseRule] = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        required = ("category", "priority", "patterns")
        check_keys(relpath, entry, (*required, "note"), required)
        cat = _check_category(relpath, line, str(entry["category"]))
        prio = entry["priority"]
        if not isinstance(prio, int) or isinstance(prio, bool):
            raise fail(relpath, line, f"priority must be a whole number, not {prio!r}")
        patterns = entry["patterns"]
        if not isinstance(patterns, list):
            raise fail(relpath, line, "patterns must be a list of regular expressions")
        compiled = []
        for pat in patterns:
            if not isinstance(pat, str) or not pat.strip():
                raise fail(relpath, line, f"pattern {pat!r} is not a non-empty string")
            if _SPACE_IN_CLASS.search(pat):
                raise fail(relpath, line, f"pattern {pat!r} has a space inside [...]; use (?:-| )")
            try:
                rx = compile_phrase(pat)
            except re.error as e:
                raise fail(relpath, line, f"bad regular expression {pat!r}: {e}") from e
            if rx.search(""):
                raise fail(relpath, line, f"pattern {pat!r} matches empty text")
            compiled.append(rx)
        rules.append(PhraseRule(cat, prio, tuple(compiled), line))
    return tuple(sorted(rules, key=lambda r: (r.priority, r.line)))


# --------------------------------------------------------------------------
# Reader word lists: insurers, funding, denial words, heading weights
#
# rules/insurers.yaml         organisation words and words that are never the insurer
# rules/funding.yaml          ordered rules: phrases -> plan.funding
# rules/denial_words.yaml     words that say denied / paid in full
# rules/heading_weights.yaml  how the insurer's heading is scored

HEADING_WEIGHTS = (
    "organisation_word",
    "size_rank",
    "size_ranks",
    "first_lines",
    "first_line_count",
    "bold",
    "page_position",
    "font_size_divisor",
    "top_fraction",
)


@dataclass(frozen=True)
class ReaderRules:
    org_words: re.Pattern[str]
    not_payer: re.Pattern[str]
    funding: tuple[tuple[str, re.Pattern[str]], ...]
    denied: re.Pattern[str]
    paid: re.Pattern[str]
    heading: dict[str, float]


def _word_list(relpath: str, doc: dict[str, Any], key: str) -> list[str]:
    words = doc[key]
    if not isinstance(words, list) or not words:
        raise fail(relpath, doc.get("__line__"), f"{key}: expected a non-empty list")
    for w in words:
        if not isinstance(w, str) or not w.strip():
            raise fail(relpath, doc.get("__line__"), f"{key}: {w!r} is not a non-empty string")
    return [str(w) for w in words]


def _compile(relpath: str, line: int | None, pattern: str) -> re.Pattern[str]:
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error as e:
        raise fail(relpath, line, f"bad regular expression {pattern!r}: {e}") from e
    if rx.search(""):
        raise fail(relpath, line, f"pattern {pattern!r} matches empty text")
    return rx


def _funding_rules(relpath: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    from .models import FUNDING_KINDS

    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the key 'rules'")
    check_keys(relpath, doc, ("rules",), ("rules",))
    out = []
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        check_keys(relpath, entry, ("kind", "patterns"), ("kind", "patterns"))
        _check_choice(relpath, line, entry["kind"], FUNDING_KINDS, "kind")
        pats = _word_list(relpath, entry, "patterns")
        out.append((str(entry["kind"]), _compile(relpath, line, "|".join(pats))))
    return tuple(out)


@data_loader
def reader_rules() -> ReaderRules:
    """The reader's word lists and weights, validated and compiled."""
    rel = "rules/insurers.yaml"
    ins = load_yaml(rel)
    if not isinstance(ins, dict):
        raise fail(rel, None, "expected a mapping with stems, words and not_payer")
    check_keys(rel, ins, ("stems", "words", "not_payer"), ("stems", "words", "not_payer"))
    stems, words = _word_list(rel, ins, "stems"), _word_list(rel, ins, "words")
    org = _compile(rel, None, rf"\b\w*({'|'.join(stems)})\w*\b|\b({'|'.join(words)})\b")
    not_payer = _compile(rel, None, rf"\b({'|'.join(_word_list(rel, ins, 'not_payer'))})\b")
    rel = "rules/denial_words.yaml"
    dw = load_yaml(rel)
    if not isinstance(dw, dict):
        raise fail(rel, None, "expected a mapping with denied and paid")
    check_keys(rel, dw, ("denied", "paid"), ("denied", "paid"))
    denied = _compile(rel, None, rf"\b({'|'.join(_word_list(rel, dw, 'denied'))})\b")
    paid = _compile(rel, None, rf"\b({'|'.join(_word_list(rel, dw, 'paid'))})\b")
    rel = "rules/heading_weights.yaml"
    hw = load_yaml(rel)
    if not isinstance(hw, dict):
        raise fail(rel, None, "expected a mapping of weights")
    check_keys(rel, hw, HEADING_WEIGHTS, HEADING_WEIGHTS)
    heading = {}
    for k in HEADING_WEIGHTS:
        v = hw[k]
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            raise fail(rel, hw.get("__line__"), f"{k}: expected a number >= 0, not {v!r}")
        heading[k] = float(v)
    return ReaderRules(org, not_payer, _funding_rules("rules/funding.yaml"), denied, paid, heading)


@functools.cache
def load_codes_and_rules() -> None:
    """Load every file of this section (load_all() finds this by its load_ name)."""
    carc_codes()
    rarc_codes()
    lactation_codes()
    categories()
    phrase_rules()
    reader_rules()


# --------------------------------------------------------------------------
# Parser label synonyms (rules/labels.yaml), loaded by the read stage


@functools.cache
def load_parser_labels() -> None:
    """Validate rules/labels.yaml and rules/label_words.yaml (load_all() finds this)."""
    from .read.fields import labels
    from .read.label_words import label_words

    labels()
    label_words()


# --------------------------------------------------------------------------
# Plan types and their tracks (tracks.yaml)

TRACKS_FILE = "tracks.yaml"
_TRACK_KEYS = (
    "funding",
    "label",
    "plan_types",
    "default",
    "detect",
    "aca_preventive",
    "external_review",
    "plan_appeal",
    "erisa_claims",
    "regimes",
    "venue",
    "gap_exception",
    "complaint",
    "warning",
    "citations",
    "note",
)
_TRACK_FLAGS = ("aca_preventive", "external_review", "plan_appeal", "erisa_claims")
TRACK_COMPLAINTS = ("state_complaint", "ebsa_request", "medicaid_fair_hearing")


def _words(relpath: str, line: int | None, value: Any, what: str) -> list[str]:
    words = _check_list(relpath, line, value, what)
    for w in words:
        if not isinstance(w, str) or not w.strip() or w != w.lower():
            raise fail(relpath, line, f"{what}: {w!r} must be a lower-case word or phrase")
    return [" ".join(w.split()) for w in words]


@data_loader
def tracks() -> dict[str, dict[str, Any]]:
    """Track id -> the validated track: its funding, law, venue, deadlines and letters."""
    from .models import CATEGORIES, FUNDING_KINDS

    rel = TRACKS_FILE
    table = _named_mapping(rel, "tracks")
    out: dict[str, dict[str, Any]] = {}
    defaults: dict[str, str] = {}
    for tid, entry in table.items():
        if tid == "__line__":
            continue
        if not isinstance(entry, dict):
            raise fail(rel, table.get("__line__"), f"track {tid!r} must be a mapping")
        line = entry.get("__line__")
        check_keys(
            rel,
            entry,
            _TRACK_KEYS,
            required=("funding", "label", "venue", "citations", *_TRACK_FLAGS),
        )
        if "regimes" not in entry:  # may be empty: no parallel regulation is cited
            raise fail(rel, line, "missing required key 'regimes'")
        _check_choice(rel, line, entry["funding"], FUNDING_KINDS, "funding")
        for flag in (*_TRACK_FLAGS, "default"):
            if not isinstance(entry.get(flag, False), bool):
                raise fail(rel, line, f"{flag} must be true or false")
        if entry.get("default"):
            if entry["funding"] in defaults:
                raise fail(rel, line, f"two default tracks for funding {entry['funding']!r}")
            defaults[entry["funding"]] = str(tid)
        elif not entry.get("plan_types"):
            raise fail(rel, line, "a track that is not its funding's default needs plan_types")
        for regime in _check_list(rel, line, entry["regimes"], "regimes"):
            _check_choice(rel, line, regime, (*REGIMES, *OPTIONAL_REGIMES), "regime")
        if entry["venue"] != "state_regulator":
            _check_choice(rel, line, entry["venue"], federal_venues(), "venue")
        for cat in _check_list(rel, line, entry.get("gap_exception", []), "gap_exception"):
            _check_choice(rel, line, cat, CATEGORIES, "category")
        if entry.get("complaint") is not None:
            _check_choice(rel, line, entry["complaint"], TRACK_COMPLAINTS, "complaint")
        _check_citation_ids(rel, line, entry["citations"], at_least_one=True)
        out[str(tid)] = {
            "id": str(tid),
            "funding": entry["funding"],
            "label": " ".join(str(entry["label"]).split()),
            "plan_types": _words(rel, line, entry.get("plan_types", []), "plan_types"),
            "default": bool(entry.get("default", False)),
            "detect": _words(rel, line, entry.get("detect", []), "detect"),
            **{flag: entry[flag] for flag in _TRACK_FLAGS},
            "regimes": tuple(entry["regimes"]),
            "venue": entry["venue"],
            "gap_exception": list(entry.get("gap_exception", [])),
            "complaint": entry.get("complaint"),
            "warning": " ".join(str(entry.get("warning") or "").split()) or None,
            "citations": list(entry["citations"]),
        }
    missing = [f for f in FUNDING_KINDS if f not in defaults]
    if missing:
        raise fail(rel, None, f"no default track for funding {', '.join(missing)}")
    return out


# --------------------------------------------------------------------------
# What a notice decides: rules/stages.yaml, read by decide/facts.py


@dataclass(frozen=True)
class StageRules:
    """Patterns for each stage (latest first), and the words that make a match conditional."""

    labels: dict[str, str]  # stage -> plain description
    rules: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # (stage, patterns), latest first
    conditional: tuple[re.Pattern[str], ...]
    conditional_after: tuple[re.Pattern[str], ...]
    window: int  # words before a match searched for conditional words


def _patterns(relpath: str, line: int | None, value: Any, what: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(value, list) or not value:
        raise fail(relpath, line, f"{what} must be a non-empty list of regular expressions")
    out = []
    for pat in value:
        if not isinstance(pat, str) or not pat.strip():
            raise fail(relpath, line, f"{what}: pattern {pat!r} is not a non-empty string")
        if _SPACE_IN_CLASS.search(pat):
            raise fail(relpath, line, f"pattern {pat!r} has a space inside [...]; use (?:-| )")
        try:
            rx = compile_phrase(pat)
        except re.error as e:
            raise fail(relpath, line, f"bad regular expression {pat!r}: {e}") from e
        if rx.search(""):
            raise fail(relpath, line, f"pattern {pat!r} matches empty text")
        out.append(rx)
    return tuple(out)


@data_loader
def stage_rules() -> StageRules:
    """The rules that read a notice's stage, validated (models.STAGES is the vocabulary)."""
    from .models import STAGES

    relpath = "rules/stages.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected a mapping with the keys 'stages' and 'rules'")
    keys = ("stages", "conditional", "conditional_after", "conditional_window", "rules")
    check_keys(relpath, doc, keys, ("stages", "conditional", "conditional_window", "rules"))
    labels = {k: " ".join(str(v).split()) for k, v in doc["stages"].items() if k != "__line__"}
    if sorted(labels) != sorted(STAGES):
        raise fail(
            relpath,
            doc["stages"].get("__line__"),
            f"stages must be exactly: {', '.join(STAGES)}",
        )
    window = doc["conditional_window"]
    if not isinstance(window, int) or isinstance(window, bool) or not 1 <= window <= 40:
        raise fail(relpath, doc.get("__line__"), "conditional_window must be a number of words")
    rules = []
    order = {s: i for i, s in enumerate(STAGES)}
    for entry in doc["rules"]:
        if not isinstance(entry, dict):
            raise fail(relpath, doc.get("__line__"), "each rule must be a mapping")
        line = entry["__line__"]
        check_keys(relpath, entry, ("stage", "patterns", "note"), ("stage", "patterns"))
        stage = entry["stage"]
        if stage not in STAGES or stage == STAGES[0]:
            raise fail(
                relpath,
                line,
                f"stage {stage!r} is not a later stage{did_you_mean(str(stage), STAGES[1:])}",
            )
        rules.append((stage, _patterns(relpath, line, entry["patterns"], "patterns")))
    rules.sort(key=lambda r: -order[r[0]])
    return StageRules(
        labels=labels,
        rules=tuple(rules),
        conditional=_patterns(relpath, doc.get("__line__"), doc["conditional"], "conditional"),
        conditional_after=_patterns(
            relpath, doc.get("__line__"), doc["conditional_after"], "conditional_after"
        )
        if doc.get("conditional_after")
        else (),
        window=window,
    )


@functools.cache
def load_stage_rules() -> None:
    """Validate rules/stages.yaml (load_all() finds this by its load_ name)."""
    stage_rules()


# --------------------------------------------------------------------------
# Which claims are lactation care, and billing defects: rules/claims.yaml


@dataclass(frozen=True)
class BillingDefect:
    """A denial code that says the claim itself must be corrected and sent again."""

    code: str  # "16" (CARC, any group) or "N290" (RARC)
    kind: str  # "carc" or "rarc"
    meaning: str
    fix: str


@dataclass(frozen=True)
class ClaimRules:
    procedure_roles: frozenset[str]
    procedure_codes: frozenset[str]
    neutral_roles: frozenset[str]
    diagnosis_prefixes: tuple[str, ...]
    provider_patterns: tuple[re.Pattern[str], ...]
    reason_patterns: tuple[re.Pattern[str], ...]
    billing_defects: tuple[BillingDefect, ...]


@data_loader
def claim_rules() -> ClaimRules:
    """Lactation-care markers and billing-defect codes, validated against the code tables."""
    relpath = "rules/claims.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected the keys 'lactation_care' and 'billing_defects'")
    check_keys(relpath, doc, ("lactation_care", "billing_defects"), ("lactation_care",))
    lc = doc["lactation_care"]
    keys = (
        "procedure_roles",
        "procedure_codes",
        "neutral_roles",
        "diagnosis_prefixes",
        "provider_patterns",
        "reason_patterns",
    )
    check_keys(relpath, lc, keys, ("procedure_roles", "diagnosis_prefixes"))
    line = lc.get("__line__")
    for key in ("procedure_roles", "neutral_roles"):
        for role in lc.get(key) or []:
            _check_choice(relpath, line, role, LACTATION_ROLES, f"{key} role")
    codes = lactation_codes()
    for code in lc.get("procedure_codes") or []:
        if str(code) not in codes:
            raise fail(
                relpath, line, f"procedure code {code!r} is not in codes/lactation_codes.csv"
            )
    prefixes = tuple(str(p).upper() for p in lc["diagnosis_prefixes"])
    for p in prefixes:
        if not any(c.startswith(p) for c in codes):
            raise fail(relpath, line, f"no code in codes/lactation_codes.csv starts with {p!r}")
    defects = []
    carc, rarc = carc_codes(), rarc_codes()
    for entry in doc.get("billing_defects") or []:
        eline = entry.get("__line__")
        check_keys(
            relpath, entry, ("code", "kind", "meaning", "fix"), ("code", "kind", "meaning", "fix")
        )
        code, kind = str(entry["code"]), entry["kind"]
        table = {"carc": carc, "rarc": rarc}.get(kind)
        if table is None:
            raise fail(relpath, eline, f"kind must be carc or rarc, not {kind!r}")
        if code not in table:
            raise fail(relpath, eline, f"{code!r} is not in codes/{kind}.csv")
        defects.append(
            BillingDefect(
                code, kind, " ".join(entry["meaning"].split()), " ".join(entry["fix"].split())
            )
        )
    return ClaimRules(
        procedure_roles=frozenset(lc["procedure_roles"]),
        procedure_codes=frozenset(str(c) for c in lc.get("procedure_codes") or []),
        neutral_roles=frozenset(lc.get("neutral_roles") or []),
        diagnosis_prefixes=prefixes,
        provider_patterns=_patterns(
            relpath, line, lc.get("provider_patterns"), "provider_patterns"
        ),
        reason_patterns=_patterns(relpath, line, lc.get("reason_patterns"), "reason_patterns"),
        billing_defects=tuple(defects),
    )


@functools.cache
def load_claim_rules() -> None:
    """Validate rules/claims.yaml (load_all() finds this by its load_ name)."""
    claim_rules()


# --------------------------------------------------------------------------
# Requests to the plan that letters to others leave out: rules/addressees.yaml


@data_loader
def plan_request_patterns() -> tuple[re.Pattern[str], ...]:
    """Sentence patterns of argument texts that ask the plan itself for something."""
    relpath = "rules/addressees.yaml"
    doc = load_yaml(relpath)
    if not isinstance(doc, dict):
        raise fail(relpath, None, "expected the key 'plan_requests'")
    check_keys(relpath, doc, ("plan_requests",), ("plan_requests",))
    return _patterns(relpath, doc.get("__line__"), doc["plan_requests"], "plan_requests")


@functools.cache
def load_addressee_rules() -> None:
    """Validate rules/addressees.yaml (load_all() finds this by its load_ name)."""
    plan_request_patterns()
