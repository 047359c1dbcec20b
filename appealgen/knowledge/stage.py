"""rules/stages.yaml: what a notice decides (its stage), read by decide/facts.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .checks import phrase_patterns
from .files import check_keys, data_loader, did_you_mean, fail, load_yaml


@dataclass(frozen=True)
class StageRules:
    """Patterns for each stage (latest first), and the words that make a match conditional."""

    labels: dict[str, str]  # stage -> plain description
    rules: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]  # (stage, patterns), latest first
    conditional: tuple[re.Pattern[str], ...]
    conditional_after: tuple[re.Pattern[str], ...]
    window: int  # words before a match searched for conditional words


@data_loader
def stage_rules() -> StageRules:
    """The rules that read a notice's stage, validated (models.STAGES is the vocabulary)."""
    from ..models import STAGES

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
        rules.append((stage, phrase_patterns(relpath, line, entry["patterns"], "patterns")))
    rules.sort(key=lambda r: -order[r[0]])
    return StageRules(
        labels=labels,
        rules=tuple(rules),
        conditional=phrase_patterns(
            relpath, doc.get("__line__"), doc["conditional"], "conditional"
        ),
        conditional_after=phrase_patterns(
            relpath, doc.get("__line__"), doc["conditional_after"], "conditional_after"
        )
        if doc.get("conditional_after")
        else (),
        window=window,
    )
