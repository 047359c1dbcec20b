"""Patterns of the code and the data files: the same as re.compile, kept between runs."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from appealgen import patterns
from appealgen.knowledge import cache

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "riverbend_remittance.pdf"

CASES = [
    (r"(?<![\w/.-])(?P<m>\d{1,2})(?P<s>[/-])(?P<d>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})", 0),
    (r"\bclaim\s+(?:number|no\.?)\s*[:#]?\s*([A-Z0-9-]{5,})", re.IGNORECASE),
    (r"(?i)n/?a\.?|n\.a\.|tbd|none|pending|unknown|-+|/+|\.+", 0),
    (r"^\s*(CO|PR|OA)[-\s]?(\d{1,3})\b.*$", re.MULTILINE),
    (r"é|ß|Straße", re.IGNORECASE),
    (r" a  b # spaced\n c", re.VERBOSE),
]
TEXTS = [
    "Claim number: ES45161236747 dated 03/02/2026 and 3-2-26",
    "CO-242 not covered\nPR 1 deductible\nN/A",
    "STRASSE straße É e a b c abc",
]


@pytest.fixture(autouse=True)
def _fresh_programs():
    patterns.forget()
    yield
    patterns.forget()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert a.findall(text) == b.findall(text)


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_compiled_is_re_compile(pattern: str, flags: int) -> None:
    _same(patterns.compiled(pattern, flags), re.compile(pattern, flags))


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_a_kept_program_builds_the_same_pattern(pattern: str, flags: int) -> None:
    patterns.compiled(pattern, flags)
    patterns.save()
    patterns.forget()

    def refuse(*_args: object) -> None:
        raise AssertionError("compiled again")

    kept = dict(patterns._programs())
    assert (pattern, int(flags)) in kept
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(patterns, "_program", refuse)
        again = patterns.compiled(pattern, flags)
    _same(again, re.compile(pattern, flags))


def test_a_bad_pattern_raises_re_error_and_is_not_kept() -> None:
    with pytest.raises(re.error):
        patterns.compiled(r"(unclosed")
    patterns.save()
    assert not any(key[0] == "(unclosed" for key in patterns._programs())


def test_a_damaged_cache_is_passed_over() -> None:
    patterns.compiled(r"\d+ claims?")
    patterns.save()
    name = patterns._file_name()
    (cache.cache_dir() / name).write_bytes(b"not marshal at all")
    patterns.forget()
    assert patterns.compiled(r"\d+ claims?").findall("3 claims, 1 claim") == ["3 claims", "1 claim"]


def test_a_program_the_engine_refuses_is_compiled_again() -> None:
    key = (r"\d+ claims?", 0)
    flags, code, groups, groupindex, indexgroup = patterns._program(*key)
    broken = (flags, b"\xff" * len(code), groups, groupindex, indexgroup)
    cache.write_file(patterns._file_name(), marshal.dumps((patterns.FORMAT, {key: broken})))
    patterns.forget()
    assert patterns.compiled(*key).findall("3 claims, 1 claim") == ["3 claims", "1 claim"]


def test_nothing_is_kept_with_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENABLE_ENV, "0")
    patterns.compiled(r"\bdenied\b")
    patterns.save()
    assert not (cache.cache_dir() / patterns._file_name()).exists()


CODE = (
    "import sys\n"
    "from appealgen import patterns\n"
    "from appealgen.api import parse_file\n"
    "compiled = []\n"
    "program = patterns._program\n"
    "patterns._program = lambda p, f: compiled.append(p) or program(p, f)\n"
    "parse_file(sys.argv[1])\n"
    "print(len(compiled))\n"
)


def _compiles(store: Path, seed: str) -> int:
    env = {**os.environ, "APPEALGEN_HOME": str(store), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", CODE, str(SAMPLE)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def test_a_second_read_compiles_none_of_the_readers_patterns(tmp_path: Path) -> None:
    """The reader's patterns are the same text on every run (whatever the hash seed), so
    the second read builds every one from the first's programs."""
    assert _compiles(tmp_path / "store", "1") > 50
    assert _compiles(tmp_path / "store", "2") == 0
