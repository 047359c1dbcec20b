"""Phrase patterns compiled on first use, and the words every match of one contains."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from appealgen import knowledge
from appealgen.errors import KnowledgeError
from appealgen.knowledge import cache
from appealgen.knowledge.checks import Phrase, compile_phrase, phrase_patterns, required_words

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bnot in (?:your|the) network", ("network", "not", "in")),
        (r"\bnon(?:-| )?participating\b", ("participating", "non")),
        (r"colou?r", ("colo", "r")),
        (r"\d{3}abc", ("abc",)),
        (r"\bco[- ]?insurance", ("insurance", "co")),
        (r"prior (?:auth|authori[sz]ation)", ("prior",)),
        (r"consultants? (?:are|is) not", ("consultant", "not")),
        (r"a\.b+c", ("a", "b", "c")),
        (r"fo{1,2}d", ("f", "d")),
        (r"[a-z ]+ plan", ("plan",)),
        # nothing sure: an alternative at the top, a character by its code, inline flags
        (r"deductible|coinsurance", ()),
        (r"\x41bc", ()),
        (r"(\w+) \1", ()),
        (r"(?x) a b", ()),
        (r"(?<!un)covered", ()),
    ],
)
def test_required_words(pattern: str, words: tuple[str, ...]) -> None:
    assert sorted(required_words(pattern)) == sorted(words)


def _texts() -> list[str]:
    """Every string of the expected parse documents and every line of the data files."""
    out: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and x.strip():
            out.add(x)

    for path in [*ROOT.glob("samples/*.expected.json"), *ROOT.glob("tests/data/varied/*/*.json")]:
        if path.parent.name in ("heldout", "unseen", "novel", "outside"):
            continue
        walk(json.loads(path.read_text(encoding="utf-8")))
    for path in (ROOT / "appealgen" / "data").rglob("*.yaml"):
        out.update(line.strip(" #-'\"") for line in path.read_text(encoding="utf-8").splitlines())
    return sorted(t for t in out if t)


def _all_phrase_patterns() -> list[str]:
    rules = [
        *(p for r in knowledge.phrase_rules() for p in r.patterns),
        *(p for _, ps in knowledge.stage_rules().rules for p in ps),
        *knowledge.plan_request_patterns(),
    ]
    return sorted({p._source for p in rules if isinstance(p, Phrase)})


def test_a_text_the_words_rule_out_never_matches() -> None:
    texts = _texts()
    variants = [v for t in texts for v in (t, t.upper(), t.title())]
    patterns = _all_phrase_patterns()
    assert len(patterns) > 100 and len(texts) > 500
    refused = 0
    for source in patterns:
        rx = compile_phrase(source)
        phrase = Phrase(source)
        for text in variants:
            if not phrase._may_match(text):
                refused += 1
                assert rx.search(text) is None, (source, text)
    assert refused > len(patterns) * len(variants) // 2  # most texts need no pattern run


def test_a_phrase_answers_as_its_compiled_pattern() -> None:
    source = r"\bnot (?:a )?covered (?:benefit|service)"
    rx, phrase = compile_phrase(source), Phrase(source)
    for text in ("This is not a covered benefit.", "NOT COVERED SERVICE", "covered", "ñot", ""):
        assert bool(phrase.search(text)) == bool(rx.search(text))
        assert [m.span() for m in phrase.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert phrase.findall(text) == rx.findall(text)
        assert bool(phrase.match(text)) == bool(rx.match(text))
    assert phrase.pattern == rx.pattern and phrase.flags == rx.flags
    assert phrase.sub("x", "not covered service") == rx.sub("x", "not covered service")


def test_a_pattern_checked_by_an_earlier_run_is_compiled_when_first_used() -> None:
    knowledge.clear_caches()
    cache.forget_phrases()
    first = knowledge.phrase_rules()
    assert all(p._rx is not None for r in first for p in r.patterns)  # checked now
    assert (cache.cache_dir() / "phrase-patterns.marshal").is_file()
    knowledge.clear_caches()
    cache.forget_phrases()
    again = knowledge.phrase_rules()
    assert all(p._rx is None for r in again for p in r.patterns)  # checked before
    knowledge.clear_caches()


def test_a_new_pattern_is_checked_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    cache.forget_phrases()
    phrase_patterns("rules/phrases.yaml", 1, [r"\bdenied\b"], "patterns")
    for bad, message in ((r"\bnot (covered", "bad regular expression"), ("x?", "matches empty")):
        with pytest.raises(KnowledgeError, match=message):
            phrase_patterns("rules/phrases.yaml", 7, [bad], "patterns")
    # appealgen check compiles every pattern, whatever an earlier run found
    monkeypatch.setattr(knowledge.files, "files_read", set())
    assert all(
        p._rx is not None
        for p in phrase_patterns("rules/phrases.yaml", 1, [r"\bdenied\b"], "patterns")
    )
    assert isinstance(compile_phrase("a b"), re.Pattern)


def test_a_space_made_optional_matches_no_space_too() -> None:
    rx = compile_phrase(r"\bcan ?not be paid\b")
    assert rx.search("It cannot be paid") and rx.search("It can not  be paid")
    assert Phrase(r"\bbreast ?feeding\b").search("Breastfeeding support")
    assert not compile_phrase(r"\bnot be\b").search("notbe")
