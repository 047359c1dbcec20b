"""The decision's arguments as letter prose, and their sources: the one place the write stage
reads the argument texts and citations of the knowledge base."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...errors import TemplateError
from ...models import Case
from .text import field_of, unique


def argument_library() -> tuple[dict[str, Any], dict[str, Any]]:
    """(arguments by id, citations by id) from ``appealgen.knowledge``.

    Raises TemplateError when the knowledge base has no argument loader.
    """
    from ... import knowledge

    load_args = getattr(knowledge, "arguments", None)
    load_cites = getattr(knowledge, "citations", None)
    if load_args is None:
        raise TemplateError("the argument texts are not available (appealgen.knowledge.arguments)")
    return load_args(), (load_cites() if load_cites else {})


def _paragraphs(text: Any) -> list[str]:
    if text is None:
        return []
    if isinstance(text, list | tuple):
        out: list[str] = []
        for t in text:
            out.extend(_paragraphs(t))
        return out
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", str(text)) if chunk.strip()]


def _citation_text(cid: str, cites: dict[str, Any]) -> tuple[str, str]:
    entry = cites.get(cid)
    if entry is None:
        return cid, ""
    if isinstance(entry, str):
        return entry, ""
    variants = field_of(entry, "variants")
    if isinstance(variants, dict) and variants:
        # a parallel-regulation pair: without the funding, print every variant
        texts = unique(str(field_of(v, "text") or "") for v in variants.values())
        urls = unique(str(field_of(v, "url") or "") for v in variants.values())
        return " and ".join(texts) or cid, (urls[0] if urls else "")
    return str(field_of(entry, "text") or cid), str(field_of(entry, "url") or "")


# An argument the knowledge base does not say otherwise of speaks to the plan and the
# regulator; which audience a letter speaks to is its registry entry's ``audience``.
DEFAULT_AUDIENCES = ("plan", "regulator")


def argument_text_key(voice: str, prospective: bool, audience: str = "plan") -> str:
    """The argument field a letter reads: the member's own words, the practice's, the
    before-the-visit wording of either, or the employer's version, which is written in
    neither voice (see data/arguments/README.md)."""
    if audience == "employer":
        return "text_employer"
    if prospective:
        return "text_prospective_provider" if voice == "provider" else "text_prospective"
    return "text_provider" if voice == "provider" else "text"


def _argument_audiences(known: dict[str, Any], arg_id: str) -> tuple[str, ...]:
    arg = known.get(arg_id)
    return tuple((field_of(arg, "audiences") if arg is not None else None) or DEFAULT_AUDIENCES)


def chosen_arguments(
    case: Case,
    library: Callable[[], tuple[dict, dict]] | None = None,
    *,
    voice: str = "member",
    prospective: bool = False,
    audience: str = "plan",
    to_plan: bool = True,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The decision's arguments as readable prose, and the list of sources they cite.

    ``to_plan=False`` (a letter to an independent reviewer or a hearing officer) leaves out
    the sentences that ask the plan itself for something (rules/addressees.yaml), and an
    argument with nothing left.

    The decision carries each argument's title, member-voice text and readable citations
    (picked for the plan's regime). The member's claim letters use that text; the
    provider's voice, the prospective request and the employer letter take their wording
    from the knowledge base, by argument id, and keep the decision's citations. Only the
    arguments whose ``audiences`` include ``audience`` are kept (an argument the
    knowledge base does not know speaks to the plan and the regulator).
    """
    choices = case.decision.arguments
    if not choices:
        return [], []
    key = argument_text_key(voice, prospective, audience)
    library_data = (library or argument_library)()
    args, cites = library_data
    choices = [c for c in choices if audience in _argument_audiences(args, c.id)]
    out, sources = [], []
    for choice in choices:
        title, text = getattr(choice, "title", ""), getattr(choice, "text", "")
        names = list(choice.citations)
        urls = list(getattr(choice, "citation_urls", []) or [])
        if key != "text" or not text:
            arg = args.get(choice.id)
            text = field_of(arg, key) if arg is not None else None
            if not text:
                raise TemplateError(
                    f"argument {choice.id!r} chosen by the decision has no {key!r} "
                    "in appealgen/data/arguments"
                    + (
                        f" ({field_of(arg, 'file')})"
                        if arg is not None and field_of(arg, "file")
                        else ""
                    )
                )
            # the knowledge base's title is written for every voice
            title = str(field_of(arg, "title") or "") or title
            if not names:
                pairs = [_citation_text(cid, cites) for cid in field_of(arg, "citations") or []]
                names, urls = [n for n, _ in pairs], [u for _, u in pairs]
        paragraphs = _paragraphs(text)
        if not to_plan:
            paragraphs = [p for p in (_without_plan_requests(p) for p in paragraphs) if p]
            if not paragraphs:
                continue
        for i, name in enumerate(names):
            url = urls[i] if i < len(urls) and urls[i] else ""
            src = f"{name} \u2014 {url}" if url else name
            if src not in sources:
                sources.append(src)
        out.append(
            {
                "id": choice.id,
                "title": str(title or ""),
                "paragraphs": paragraphs,
                "citations": names,
                "citation_line": _sources_line(names),
            }
        )
    return out, sources


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])")


def _without_plan_requests(paragraph: str) -> str:
    """The paragraph without its sentences that ask the plan itself for something."""
    from ... import knowledge

    patterns = knowledge.plan_request_patterns()
    kept = [
        sentence
        for sentence in _SENTENCE.split(paragraph)
        if not any(rx.search(sentence) for rx in patterns)
    ]
    return " ".join(kept).strip()


def _sources_line(names: list[str]) -> str:
    """The "Sources: a; b." line, without a doubled full stop after "et seq." and the like."""
    if not names:
        return ""
    line = "Sources: " + "; ".join(names)
    return line if line.endswith(".") else line + "."


# The argument entry that holds the place of the answer to a reason the reader is not sure of
REASON_TO_CONFIRM = "reason_to_confirm"


def reason_label(entry: dict[str, Any], *, several: bool = False) -> str:
    """The placeholder for the answer to a reason nobody confirmed: what the notice says and
    what appealgen took it for (``entry`` is one of ``decision.reasons_to_confirm``)."""
    from ... import knowledge

    read_as = entry.get("read_as")
    info = knowledge.categories().get(read_as) if read_as and read_as != "other" else None
    which = ""
    if several:
        which = f" for claim {entry.get('claim_number') or int(entry.get('claim', 0)) + 1}"
    words = entry.get("words") or ""
    said = (
        f"the notice says \u201c{words}\u201d" if words else "the notice gives no reason in words"
    )
    reading = (
        f"appealgen reads it as \u201c{info.choice}\u201d but is not sure"
        if info
        else "appealgen does not recognise it"
    )
    return (
        f"the answer to the plan's reason for the denial{which}, once you confirm the reason: "
        f"{said}; {reading}"
    )


def reason_to_confirm(case: Case, claim_positions: list[int], seen: list[str]) -> dict | None:
    """An argument entry whose paragraphs are highlighted placeholders, one for each of the
    letter's claims whose reason the reader is not sure of; None when every reason is sure."""
    from .text import Placeholder

    entries = [
        e
        for e in getattr(case.decision, "reasons_to_confirm", None) or []
        if e.get("claim") in claim_positions
    ]
    if not entries:
        return None
    several = len(entries) > 1
    return {
        "id": REASON_TO_CONFIRM,
        "title": "",
        "paragraphs": [Placeholder(reason_label(e, several=several), seen) for e in entries],
        "citations": [],
        "citation_line": "",
    }


def place_first(arguments: list[dict[str, Any]], entry: dict[str, Any], known: dict) -> None:
    """Put ``entry`` where the answer to the main reason goes: first, after any argument the
    knowledge base says must lead (``leads``)."""
    at = 0
    while at < len(arguments) and field_of(known.get(arguments[at]["id"]), "leads"):
        at += 1
    arguments.insert(at, entry)
