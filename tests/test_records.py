"""``record`` makes the class ``@dataclass`` makes: the same arguments, defaults, equality,
hash, text and frozen fields, without compiling methods when its module is imported."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from appealgen.records import record


def _pair(**options):
    """The same class body made by ``@dataclass`` and by ``record``."""

    def body(decorate):
        @decorate
        class Cell:
            text: str
            x0: float
            x1: float = 0.0
            words: list[str] = field(default_factory=list)
            note: str = field(default="", compare=False, repr=False)

        return Cell

    return body(dataclass(**options)), body(record(**options))


CALLS = [
    (("a", 1.0), {}),
    (("a", 1.0, 2.0), {}),
    (("a", 1.0, 2.0, ["w"]), {}),
    (("a", 1.0, 2.0, ["w"], "n"), {}),
    (("a",), {"x0": 1.0, "note": "n"}),
    ((), {"text": "a", "x0": 1.0, "x1": 2.0, "words": ["w"], "note": "n"}),
]
BAD_CALLS = [
    ((), {}),
    (("a",), {}),
    (("a", 1.0, 2.0, [], "n", "extra"), {}),
    (("a", 1.0), {"text": "b"}),
    (("a", 1.0), {"colour": "red"}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_is_made_and_shown_as_a_dataclass(args, kwargs) -> None:
    made, kept = _pair()
    want, got = made(*args, **kwargs), kept(*args, **kwargs)
    assert dataclasses.asdict(got) == dataclasses.asdict(want)
    assert repr(got) == repr(want)
    assert [f.name for f in dataclasses.fields(got)] == [f.name for f in dataclasses.fields(want)]
    assert dataclasses.replace(got, x0=9.0).x0 == 9.0 and got.x0 == want.x0


@pytest.mark.parametrize(("args", "kwargs"), BAD_CALLS)
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(args, kwargs) -> None:
    made, kept = _pair()
    with pytest.raises(TypeError) as want:
        made(*args, **kwargs)
    with pytest.raises(TypeError) as got:
        kept(*args, **kwargs)
    assert str(got.value).split(" ", 1)[1] == str(want.value).split(" ", 1)[1]


def test_each_record_gets_its_own_default_from_a_factory() -> None:
    _, kept = _pair()
    a, b = kept("a", 1.0), kept("b", 2.0)
    a.words.append("w")
    assert b.words == []


def test_records_compare_and_hash_as_dataclasses() -> None:
    made, kept = _pair()
    assert kept("a", 1.0, note="x") == kept("a", 1.0, note="y")  # not compared
    assert kept("a", 1.0) != kept("a", 2.0)
    assert kept("a", 1.0) != made("a", 1.0)  # another class
    assert kept.__hash__ is None and made.__hash__ is None
    frozen_made, frozen_kept = _pair(frozen=True)
    a = frozen_kept("a", 1.0, 2.0, ("w",))  # hashable fields
    assert hash(a) == hash(frozen_made("a", 1.0, 2.0, ("w",)))
    assert a == frozen_kept("a", 1.0, 2.0, ("w",)) and a in {frozen_kept("a", 1.0, 2.0, ("w",))}
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x0 = 3.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.text
    assert copy.deepcopy(a) == a


@record(frozen=True)
class Span:
    start: int
    end: int = 0


def test_a_record_is_copied_and_pickled() -> None:
    span = Span(1, 2)
    assert copy.deepcopy(span) == span and pickle.loads(pickle.dumps(span)) == span
    assert copy.copy(Span(3)) == Span(3, 0)


def test_what_the_class_writes_itself_is_kept() -> None:
    @record(frozen=True, eq=False, repr=False)
    class Settings:
        gap: float = 1.0

        def __repr__(self) -> str:
            return f"Settings({self.gap})"

    assert repr(Settings()) == "Settings(1.0)" and Settings(2.0).gap == 2.0
    assert Settings() != Settings()  # eq=False: identity, as @dataclass(eq=False)
    assert Settings.__hash__ is object.__hash__


def test_a_record_may_not_ask_for_what_it_does_not_offer() -> None:
    with pytest.raises(TypeError):

        @record
        class Later:
            a: int

            def __post_init__(self) -> None:
                pass

    with pytest.raises(TypeError):

        @record
        class Hidden:
            a: int = field(default=0, init=False)


def _own_dict(obj: object) -> bool:
    """Whether ``obj`` keeps a dict of its own, not only the values its class's instances
    share the keys of (asking for ``obj.__dict__`` would make one)."""
    import gc

    return any(isinstance(r, dict) for r in gc.get_referents(obj))


def test_a_records_values_are_kept_without_a_dict_of_its_own() -> None:
    """Thousands of records a long notice (its lines, labelled values, evidence): each keeps
    its values as ``@dataclass``'s instances do, 64 bytes less than a dict of its own."""
    made, plain = _pair()
    frozen_made, frozen_plain = _pair(frozen=True)
    for cls in (made, plain, frozen_made, frozen_plain):
        for args, kwargs in CALLS:
            one = cls(*args, **kwargs)
            assert not _own_dict(one), cls
    with pytest.raises(dataclasses.FrozenInstanceError):
        frozen_plain("a", 1.0).x0 = 2.0


def test_a_read_keeps_its_lines_and_cells_without_a_dict_each() -> None:
    from pathlib import Path

    from appealgen.read.extract import load
    from appealgen.read.layout import document_lines

    sample = Path(__file__).resolve().parent.parent / "samples" / "granite_peak_remittance.pdf"
    lines = document_lines(load(sample).pages)
    assert lines and all(ln.text for ln in lines)  # each line's text joined and kept
    assert not any(_own_dict(ln) for ln in lines)
    assert not any(hasattr(c, "__dict__") for ln in lines for c in ln.cells)
