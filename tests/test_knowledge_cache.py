"""The data-file cache: parsed YAML kept between runs, used only for the same text."""

from __future__ import annotations

import marshal
import sys
from pathlib import Path

import pytest

from appealgen import knowledge
from appealgen.errors import KnowledgeError
from appealgen.knowledge import cache, files

PHRASES = "rules/phrases.yaml"


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(relpath: str, text: str) -> None:
        raise AssertionError(f"{relpath} was parsed again")

    monkeypatch.setattr(files, "parse_yaml", refuse)


def _fresh() -> None:
    knowledge.clear_caches()


@pytest.fixture(autouse=True)
def _clear_on_the_way_out():
    yield
    knowledge.clear_caches()


def test_a_second_run_takes_the_parsed_file_from_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fresh()
    first = knowledge.phrase_rules()
    assert (cache.cache_dir() / "rules__phrases.yaml.marshal").is_file()
    _fresh()
    _no_yaml(monkeypatch)
    again = knowledge.phrase_rules()
    assert [(r.category, r.priority, r.line) for r in again] == [
        (r.category, r.priority, r.line) for r in first
    ]
    assert [p.pattern for r in again for p in r.patterns] == [
        p.pattern for r in first for p in r.patterns
    ]


def test_an_edited_file_is_parsed_and_validated_again(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh()
    knowledge.phrase_rules()  # the cache now holds the shipped text
    real = knowledge.read_data_text
    shipped = real(PHRASES)
    edited = shipped.replace("priority: 10", "priority: 11", 1)
    assert edited != shipped
    monkeypatch.setattr(knowledge, "read_data_text", lambda r: edited if r == PHRASES else real(r))
    _fresh()
    assert 11 in {r.priority for r in knowledge.phrase_rules()}


def test_a_broken_file_still_stops_with_its_file_and_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fresh()
    knowledge.phrase_rules()
    real = knowledge.read_data_text
    broken = real(PHRASES).replace("priority: 10", "priority: ten", 1)
    monkeypatch.setattr(knowledge, "read_data_text", lambda r: broken if r == PHRASES else real(r))
    for _ in range(2):  # the broken text's parse is cached too: the error stays
        _fresh()
        with pytest.raises(KnowledgeError) as err:
            knowledge.phrase_rules()
        assert err.value.one_line().startswith("data/rules/phrases.yaml:")
        assert "priority must be a whole number" in err.value.one_line()
    bad_yaml = real(PHRASES) + "\n  - category: [unclosed\n"
    monkeypatch.setattr(
        knowledge, "read_data_text", lambda r: bad_yaml if r == PHRASES else real(r)
    )
    _fresh()
    with pytest.raises(KnowledgeError, match=r"data/rules/phrases.yaml:\d+: not valid YAML"):
        knowledge.phrase_rules()


def test_a_damaged_cache_file_is_parsed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh()
    knowledge.phrase_rules()
    path = cache.cache_dir() / "rules__phrases.yaml.marshal"
    for junk in (b"", b"\x00garbage", marshal.dumps((cache.FORMAT, b"x")), marshal.dumps(7)):
        path.write_bytes(junk)
        _fresh()
        assert knowledge.phrase_rules()
    _no_yaml(monkeypatch)  # ... and written again
    _fresh()
    assert knowledge.phrase_rules()


def test_an_unwritable_store_reads_the_files_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("APPEALGEN_HOME", str(blocker / "store"))
    _fresh()
    assert knowledge.phrase_rules()
    assert not (blocker / "store").exists()


def test_the_cache_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENABLE_ENV, "0")
    _fresh()
    knowledge.phrase_rules()
    assert not cache.cache_dir().exists()


def test_validate_all_reads_every_file_whatever_the_cache_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    relpath = "categories.yaml"
    _fresh()
    knowledge.categories()
    # a cache entry for the shipped text that would not validate: check must not use it
    text = knowledge.read_data_text(relpath)
    cache.put(relpath, text, {"categories": "not a mapping", "__line__": 1})
    _fresh()
    with pytest.raises(KnowledgeError):
        knowledge.categories()
    _fresh()
    assert relpath in knowledge.validate_all()


def test_each_version_of_appealgen_and_python_has_its_own_cache() -> None:
    name = cache.cache_dir().name
    assert name.startswith("data-")
    assert name.endswith(f"-py{sys.version_info[0]}.{sys.version_info[1]}")
    from appealgen import __version__

    assert __version__ in name


def test_every_name_of_the_knowledge_package_is_there_and_no_module_shadows_one() -> None:
    for name in knowledge.__all__:
        assert getattr(knowledge, name) is not None, name
    # a lazily imported name that is also a module's name would be replaced by the module
    assert not set(knowledge._LAZY) & set(knowledge._SUBMODULES)
    assert callable(knowledge.reader_words)


def test_the_cache_folders_it_creates_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "new-store"
    monkeypatch.setenv("APPEALGEN_HOME", str(store))
    _fresh()
    knowledge.phrase_rules()
    folder = cache.cache_dir()
    assert (folder / "rules__phrases.yaml.marshal").is_file()
    for path in (store, store / "cache", folder):
        assert path.stat().st_mode & 0o077 == 0, path


def test_a_second_run_takes_a_code_table_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh()
    first = knowledge.carc_codes()
    assert (cache.cache_dir() / "codes__carc.csv.marshal").is_file()
    _fresh()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("codes/carc.csv was parsed again")

    monkeypatch.setattr(files.csv, "DictReader", refuse)
    assert knowledge.carc_codes() == first


def test_a_cached_code_table_is_still_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    _fresh()
    knowledge.carc_codes()  # the cache now holds the shipped rows
    monkeypatch.setattr(files, "files_read", None)
    with pytest.raises(KnowledgeError, match="missing column 'x'"):
        files.load_csv("codes/carc.csv", ("code", "description", "categories", "status", "x"))
    with pytest.raises(KnowledgeError, match="unknown column 'description'"):
        files.load_csv("codes/carc.csv", ("code", "categories", "status"))
