"""arguments/<id>.yaml: one argument a file (see data/arguments/README.md), checked
against the categories, tracks and citations it names.
"""

from __future__ import annotations

import re
from typing import Any

from ..patterns import compiled
from .checks import check_choice, check_list
from .citation import check_citation_ids, citations
from .files import check_keys, data_loader, fail, list_data_files, load_yaml, strip_lines
from .track import tracks

ARGUMENTS_DIR = "arguments"


# Words by which an argument's text says the plan is obliged. A text that uses them must
# rest on at least one citation whose strength is "must".
OBLIGATION_WORDS = compiled(
    r"\b(?:must|shall|may not|cannot|can not|is required to|are required to|requires?)\b",
    re.IGNORECASE,
)


BY_ANALOGY = compiled(r"\bby analogy\b", re.IGNORECASE)


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


FIRST_PERSON = compiled(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")


FIRST_PERSON_PLURAL = compiled(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Uu]s|[Ww]e're|[Ww]e've)\b")


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
    from ..models import FUNDING_KINDS

    if not isinstance(aw, dict):
        raise fail(relpath, line, "applies_when must be a mapping")
    check_keys(relpath, aw, _APPLIES_KEYS, required=("funding",))
    aline = aw.get("__line__", line)
    for f in check_list(relpath, aline, aw["funding"], "applies_when.funding"):
        check_choice(relpath, aline, f, FUNDING_KINDS, "funding")
    if "tracks" in aw:
        known = tracks()
        for t in check_list(relpath, aline, aw["tracks"], "applies_when.tracks"):
            check_choice(relpath, aline, t, known, "track")
            if known[t]["funding"] not in aw["funding"]:
                raise fail(relpath, aline, f"track {t!r} is not of a funding listed here")
    for key in ("states", "codes"):
        if key in aw:
            for v in check_list(relpath, aline, aw[key], f"applies_when.{key}"):
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
    from ..models import CATEGORIES

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
        answers = check_list(rel, line, data.get("answers", []), "answers")
        if not answers and not supporting:
            raise fail(rel, line, "answers must name at least one category")
        for cat in answers:
            check_choice(rel, line, cat, CATEGORIES, "category")
        if not isinstance(data["order"], int) or isinstance(data["order"], bool):
            raise fail(rel, line, "order must be a whole number")
        check_citation_ids(rel, line, data["citations"], at_least_one=True)
        for problem in argument_citation_problems(data):
            raise fail(rel, line, problem)
        points = [
            _check_call_point(rel, line, cp)
            for cp in check_list(rel, line, data.get("call_points", []), "call_points")
        ]
        audiences = check_list(
            rel, line, data.get("audiences", list(DEFAULT_AUDIENCES)), "audiences"
        )
        if not audiences:
            raise fail(
                rel, line, "audiences must name at least one of " + ", ".join(ARGUMENT_AUDIENCES)
            )
        for aud in audiences:
            check_choice(rel, line, aud, ARGUMENT_AUDIENCES, "audience")
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
