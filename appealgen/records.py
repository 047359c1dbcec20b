"""Data classes whose methods are not compiled when their module is imported.

``@dataclass`` writes a class's ``__init__``, ``__repr__`` and ``__eq__`` (a frozen class's
``__setattr__``, ``__delattr__`` and ``__hash__`` too) as Python source and compiles each
when the module is imported: a few tenths of a millisecond a class, paid by every
``appealgen parse`` for the reader's classes and the parse document's. ``record`` makes
the same class through ``dataclasses.dataclass`` (``dataclasses.fields``, ``replace``,
``asdict`` and ``is_dataclass`` work as before) and gives it methods written once, here,
that read the class's fields: the same arguments and defaults, the same equality, hash
and text as ``@dataclass`` gives.

Only what the code uses is offered: ``frozen``, ``eq`` and ``repr``; fields with a
default or a ``default_factory``, all of them arguments of ``__init__``; no
``__post_init__``. A class that needs more stays a ``@dataclass``, as does one made
thousands of times a notice (a generated ``__init__`` is faster to call).
"""

from __future__ import annotations

import dataclasses
import reprlib
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar

_T = TypeVar("_T", bound=type)
_MISSING = dataclasses.MISSING


def record(
    cls: _T | None = None, /, *, frozen: bool = False, eq: bool = True, repr: bool = True
) -> Any:
    """``@dataclass``, ``@dataclass(frozen=True)``, ``@dataclass(eq=False)``… without
    compiling the class's methods."""

    def wrap(c: _T) -> _T:
        return _make(c, frozen=frozen, eq=eq, show=repr)

    return wrap if cls is None else wrap(cls)


def _make(cls: _T, *, frozen: bool, eq: bool, show: bool) -> _T:
    if "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__qualname__}: a record has no __slots__ or __post_init__")
    own_doc = cls.__dict__.get("__doc__")
    if not own_doc:  # dataclass would work out the text of its __init__'s signature
        cls.__doc__ = cls.__name__
    own_hash = cls.__dict__.get("__hash__", _MISSING)
    explicit_hash = not (own_hash is _MISSING or (own_hash is None and "__eq__" in cls.__dict__))
    cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # type: ignore[assignment]
    fields = dataclasses.fields(cls)
    for f in fields:
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__qualname__}.{f.name}: a record's fields are all positional")
    if not own_doc:
        cls.__doc__ = f"{cls.__name__}({', '.join(f.name for f in fields)})"
    _add(cls, "__init__", _init(cls, fields, frozen=frozen))
    if show:
        _add(cls, "__repr__", _repr(cls, fields))
    compared = _getter([f.name for f in fields if f.compare])
    if eq:
        _add(cls, "__eq__", _eq(cls, compared))
    if frozen:
        _freeze(cls, fields)
    if eq and not explicit_hash:
        hashed = _getter([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        cls.__hash__ = _hash(cls, hashed) if frozen else None  # type: ignore[assignment]
    return cls


def _add(cls: type, name: str, fn: Callable[..., Any]) -> None:
    """``fn`` as the class's ``name``, unless its body defines one (as ``@dataclass``)."""
    if name in cls.__dict__:
        return
    fn.__name__ = name
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, fn)


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The named attributes of an object as a tuple (one name or none as well)."""
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        only = attrgetter(names[0])
        return lambda obj: (only(obj),)
    return lambda obj: ()


def _init(cls: type, fields: tuple[dataclasses.Field, ...], *, frozen: bool) -> Callable[..., None]:
    names = tuple(f.name for f in fields)
    # each value is set as ``@dataclass`` sets it: asking for ``self.__dict__`` would make
    # every instance keep a dictionary of its own (64 bytes more each) beside the values
    # its class's instances share the keys of; a frozen record's own ``__setattr__``
    # refuses its fields, so ``object``'s sets them
    put = object.__setattr__ if frozen else setattr
    count = len(names)
    qual = f"{cls.__qualname__}.__init__()"
    # fields with a default come after those without (``@dataclass`` sees to it)
    required = next((k for k, f in enumerate(fields) if _has_default(f)), count)
    defaults = [(f.name, f.default, f.default_factory) for f in fields[required:]]

    def bind(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
        """Every field's value from the arguments, in field order, as Python binds them."""
        if len(args) > count:
            takes = f"from {required + 1} to {count + 1}" if required < count else count + 1
            raise TypeError(
                f"{qual} takes {takes} positional arguments but {len(args) + 1} were given"
            )
        values = list(args)
        missing = []
        for f in fields[len(args) :]:
            if f.name in kwargs:
                values.append(kwargs.pop(f.name))
            elif f.default is not _MISSING:
                values.append(f.default)
            elif f.default_factory is not _MISSING:
                values.append(f.default_factory())
            else:
                missing.append(f.name)
        for name in kwargs:
            how = (
                "multiple values for argument"
                if name in names
                else "an unexpected keyword argument"
            )
            raise TypeError(f"{qual} got {how} '{name}'")
        if missing:
            quoted = [f"'{m}'" for m in missing]
            said = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" and {quoted[-1]}"
            plural = "s" if len(missing) > 1 else ""
            raise TypeError(
                f"{qual} missing {len(missing)} required positional argument{plural}: {said}"
            )
        return tuple(values)

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        given = len(args)
        if kwargs or not required <= given <= count:
            args, given = bind(args, kwargs), count
        for name, value in zip(names, args, strict=False):
            put(self, name, value)
        for name, default, factory in defaults[given - required :]:
            put(self, name, default if factory is _MISSING else factory())

    return __init__


def _has_default(f: dataclasses.Field) -> bool:
    return f.default is not _MISSING or f.default_factory is not _MISSING


def _repr(cls: type, fields: tuple[dataclasses.Field, ...]) -> Callable[[Any], str]:
    shown = [(f"{f.name}=", attrgetter(f.name)) for f in fields if f.repr]

    @reprlib.recursive_repr()
    def __repr__(self: Any) -> str:
        inside = ", ".join(f"{label}{get(self)!r}" for label, get in shown)
        return f"{self.__class__.__qualname__}({inside})"

    return __repr__


def _eq(cls: type, compared: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    return __eq__


def _hash(cls: type, hashed: Callable[[Any], tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    return __hash__


def _freeze(cls: type, fields: tuple[dataclasses.Field, ...]) -> None:
    """``__setattr__`` and ``__delattr__`` that refuse the class's fields, as ``@dataclass``."""
    names = frozenset(f.name for f in fields)
    for name in ("__setattr__", "__delattr__"):
        if name in cls.__dict__:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    _add(cls, "__setattr__", __setattr__)
    _add(cls, "__delattr__", __delattr__)
