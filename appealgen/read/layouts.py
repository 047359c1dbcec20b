"""Learned layouts on disk: one readable YAML file each under ``<store>/layouts/``.

A learned layout says, for one payer's layout, which printed label, column or
position holds which field (``fields``), what the payer's own codes mean
(``codes``), which of its printed denial reasons mean which categories
(``reasons``), and which fields the layout does not print (``not_printed``). A
person can read it, edit it, or remove it (``appealgen layouts``). Every file
is validated when read: a mistake is one line naming the file and the key.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import field
from pathlib import Path
from typing import Any

from ..errors import LayoutError
from ..models import CATEGORIES, SOURCE_KINDS
from ..patterns import compiled
from ..records import record
from ..store import home

LAYOUTS_DIR = "layouts"
FORMAT_VERSION = 1
SUFFIX = ".yaml"

# Field paths a layout may hold: header fields, claim fields ("claims." + name) and
# service-line fields ("claims.lines." + name). Each maps to the kind of value read there.
HEADER_FIELDS = {
    "member.name": "name",
    "member.id": "id",
    "plan.name": "name",
    "plan.type": "plan_type",
    "plan.group_number": "id",
    "notice_date": "date",
}
CLAIM_FIELDS = {
    "claims.claim_number": "id",
    "claims.patient_name": "name",
    "claims.provider.name": "name",
    "claims.provider.npi": "npi",
    "claims.totals.billed": "money",
    "claims.totals.allowed": "money",
    "claims.totals.paid": "money",
    "claims.totals.patient_responsibility": "money",
}
LINE_FIELDS = {
    "claims.lines.date_of_service": "date",
    "claims.lines.procedure_code": "procedure",
    "claims.lines.units": "int",
    "claims.lines.diagnosis_codes": "dx",
    "claims.lines.billed": "money",
    "claims.lines.allowed": "money",
    "claims.lines.paid": "money",
    "claims.lines.patient_responsibility": "money",
    "claims.lines.codes": "codes",
}
FIELD_TYPES = {**HEADER_FIELDS, **CLAIM_FIELDS, **LINE_FIELDS}
# fields a layout may say it does not print, though it never reads them itself
CLAIM_NOT_PRINTED = frozenset({"claims.provider.network"})
ANCHOR_KEYS = frozenset(
    {
        "label",
        "until",
        "prefix",
        "column",
        "row",
        "item",
        "chars",
        "heading_at",
        "values_at",
        "align",
        "shape",
        "order",
        "printed",
        "value",
        "table",
        "form",
        "sign",
        "part",
    }
)
_SHAPE = compiled(r"^[A9][A9 ./-]*$")
_DATE_FORM = compiled(r"^(?=.*%m)(?=.*%d)(?=.*%[yY])(?:%[mdyY]){3}$")  # digits only
_X_RANGE = compiled(r"^\d+(?:\.\d+)?-\d+(?:\.\d+)?$")

_NAME = compiled(r"^[a-z0-9][a-z0-9-]{0,62}$")
_TOP_KEYS = frozenset(
    {
        "version",
        "name",
        "payer",
        "kind",
        "confirmed",
        "learned_from",
        "fingerprint",
        "words",
        "order",
        "fields",
        "codes",
        "reasons",
        "not_printed",
    }
)


@record
class LearnedLayout:
    """One learned layout: plain data, as stored in its YAML file."""

    name: str
    payer: str
    fingerprint: str
    words: list[str]
    fields: dict[str, dict[str, Any]]
    kind: str = "unknown"
    confirmed: bool = True
    codes: dict[str, list[str]] = field(default_factory=dict)
    not_printed: list[str] = field(default_factory=list)
    learned_from: dict[str, str] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)  # its words in the order printed
    # a denial reason's words (``learned_reasons.reason_key``) -> the categories a person
    # gave it, the primary one first
    reasons: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "name": self.name,
            "payer": self.payer,
            "kind": self.kind,
            "confirmed": self.confirmed,
            "learned_from": dict(self.learned_from),
            "fingerprint": self.fingerprint,
            "words": sorted(self.words),
            "order": list(self.order),
            "fields": {k: dict(v) for k, v in sorted(self.fields.items())},
            "codes": {k: list(v) for k, v in sorted(self.codes.items())},
            "reasons": {k: list(v) for k, v in sorted(self.reasons.items())},
            "not_printed": sorted(self.not_printed),
        }


_HEADER_COMMENT = """\
# A layout appealgen learned from one corrected notice. Review it freely:
#   fields:      which printed label ("label", the words just before the value),
#                table column ("column", its heading) or position holds each field;
#                "row: total" is a table's totals row, "item: first" the first value
#                of its kind on a line of one service, "prefix" the words a line starts
#                with, "until" the words that end a name in a sentence, "chars" the
#                letters and digits of an ID (a scan that cuts it in two is rejoined),
#                "shape" which of them are letters (A) and digits (9) (a scan's
#                look-alike character is set right), "order: last, first" a name
#                printed surname first, "value: before" a value printed before its
#                label ("W123 member no."), "value: below" under it (a stacked form),
#                "form" the digits-only form its dates are printed in ("%m%d%y":
#                121925), "part" the part of a caption after its label that
#                holds it ("Claim 6235 - Ezra Lee - Bay Clinic": 1 Ezra Lee, 2 the
#                clinic), "sign: drop" an amount printed as a credit ("($415.00)")
#                the correction gave positive, "printed" how the notice printed a value
#                the correction spelled otherwise (another spelling, or an OCR slip);
#                a column's "heading_at" and "values_at" are where its heading and its
#                values were printed (x0-x1, points from the left edge), "align" how
#                the values line up under it: rows are cut into cells by them; "table"
#                which of the notice's tables the column is in (1 the first printed),
#                when it prints more than one.
#   codes:       the payer's own codes and the categories they mean.
#   reasons:     denial reasons as the notice printed them (lower case, each number
#                "#") and the categories a person gave them, the main one first: a
#                later notice printing the same reason is given the same categories.
#   not_printed: fields this layout does not print (read as null).
#   words:       the labels and headings that identify the layout (its fingerprint);
#   order:       the same words in the order the notice printed them.
# Remove it with: appealgen layouts remove {name}
"""


def layouts_dir(create: bool = False) -> Path:
    """``<store>/layouts``; ``create=True`` makes it."""
    path = home(create=create) / LAYOUTS_DIR
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def dump(layout: LearnedLayout) -> str:
    """The YAML text of a layout, with a comment on how to read it."""
    import yaml  # here, not at the top: reading a notice with no layout stored needs no YAML

    body = yaml.safe_dump(layout.to_dict(), sort_keys=False, allow_unicode=True, width=88)
    return _HEADER_COMMENT.format(name=layout.name) + body


def validate(data: Any, where: str) -> LearnedLayout:
    """A ``LearnedLayout`` from parsed YAML, or LayoutError naming what is wrong."""

    def bad(message: str) -> LayoutError:
        return LayoutError(f"{where}: {message}")

    if not isinstance(data, dict):
        raise bad("not a learned layout (a mapping of keys was expected)")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise bad(f"unknown key {sorted(unknown)[0]!r}")
    if data.get("version") != FORMAT_VERSION:
        raise bad(f"version must be {FORMAT_VERSION}")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise bad("name must be lower-case letters, digits and dashes")
    for key in ("payer", "fingerprint"):
        if not isinstance(data.get(key), str):
            raise bad(f"{key} must be text")
    kind = data.get("kind", "unknown")
    if kind not in SOURCE_KINDS:
        raise bad(f"kind must be one of {', '.join(SOURCE_KINDS)}")
    if not isinstance(data.get("confirmed", True), bool):
        raise bad("confirmed must be true or false")
    words = data.get("words") or []
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise bad("words must be a list of text")
    order = data.get("order") or []
    if not isinstance(order, list) or not all(isinstance(w, str) for w in order):
        raise bad("order must be a list of text")
    fields = data.get("fields") or {}
    if not isinstance(fields, dict) or not fields:
        raise bad("fields must name at least one field")
    for path, anchor in fields.items():
        _check_anchor(path, anchor, bad)
    codes = data.get("codes") or {}
    if not isinstance(codes, dict):
        raise bad("codes must map a code to its categories")
    for code, cats in codes.items():
        if not isinstance(cats, list) or not all(c in CATEGORIES for c in cats):
            raise bad(f"codes: {code}: categories must come from the contract's list")
    reasons = data.get("reasons") or {}
    if not isinstance(reasons, dict):
        raise bad("reasons must map a reason's words to its categories")
    for said, cats in reasons.items():
        if not isinstance(cats, list) or not cats or not all(c in CATEGORIES for c in cats):
            raise bad(f"reasons: {said}: categories must come from the contract's list")
    not_printed = data.get("not_printed") or []
    known = FIELD_TYPES.keys() | CLAIM_NOT_PRINTED
    if not isinstance(not_printed, list) or not all(p in known for p in not_printed):
        raise bad("not_printed must list field paths")
    learned_from = data.get("learned_from") or {}
    if not isinstance(learned_from, dict):
        raise bad("learned_from must be a mapping")
    return LearnedLayout(
        name=name,
        payer=data["payer"],
        fingerprint=data["fingerprint"],
        words=list(words),
        fields={k: dict(v) for k, v in fields.items()},
        kind=kind,
        confirmed=data.get("confirmed", True),
        codes={str(k): list(v) for k, v in codes.items()},
        not_printed=list(not_printed),
        learned_from={str(k): str(v) for k, v in learned_from.items()},
        order=list(order),
        reasons={str(k): list(v) for k, v in reasons.items()},
    )


def _check_anchor(path: str, anchor: Any, bad: Any) -> None:
    """One field's anchor, as ``validate`` checks it (``bad`` makes the error)."""
    if path not in FIELD_TYPES:
        raise bad(f"unknown field {path!r}")
    if not isinstance(anchor, dict) or not anchor:
        raise bad(f"{path}: an anchor (label, column or item) was expected")
    extra = set(anchor) - ANCHOR_KEYS
    if extra:
        raise bad(f"{path}: unknown anchor key {sorted(extra)[0]!r}")
    if not any(k in anchor for k in ("label", "column", "item")):
        raise bad(f"{path}: needs a label, a column or an item position")
    if not all(isinstance(v, str) for v in anchor.values()):
        raise bad(f"{path}: anchor values must be text")
    if not anchor.get("chars", "1").isdigit():
        raise bad(f"{path}: chars must be a number")
    if not anchor.get("table", "1").isdigit() or ("table" in anchor and "column" not in anchor):
        raise bad(f"{path}: table must be a number (the notice's tables from 1), on a column")
    for key in ("heading_at", "values_at"):
        if key in anchor and not _X_RANGE.match(anchor[key]):
            raise bad(f"{path}: {key} must be x0-x1 in points (as 356-404)")
    if anchor.get("align", "left") not in ("left", "right"):
        raise bad(f"{path}: align must be left or right")
    if "shape" in anchor and not _SHAPE.match(anchor["shape"]):
        raise bad(f"{path}: shape must be A (a letter) and 9 (a digit), as A999999999")
    if anchor.get("value", "before") not in ("before", "below") or (
        "value" in anchor and "label" not in anchor
    ):
        raise bad(f"{path}: value must be 'before' or 'below' (its label's place)")
    if anchor.get("order", "last, first") != "last, first":
        raise bad(f"{path}: order must be 'last, first'")
    if "part" in anchor and (not anchor["part"].isdigit() or "label" not in anchor):
        raise bad(f"{path}: part must be a number (a caption's part after its label)")
    if "sign" in anchor and (FIELD_TYPES[path] != "money" or anchor["sign"] != "drop"):
        raise bad(f"{path}: sign must be 'drop' (an amount printed as a credit), on an amount")
    if "form" in anchor and (FIELD_TYPES[path] != "date" or not _DATE_FORM.match(anchor["form"])):
        raise bad(f"{path}: form is a date's printed form of digits, as %m%d%y or %Y%m%d")


def read_layout(path: Path) -> LearnedLayout:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise LayoutError(f"{path}: cannot read ({e.strerror or e})") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise LayoutError(f"{path}:{line} not valid YAML") from e
    return validate(data, str(path))


_CACHE: dict[Path, tuple[float, LearnedLayout]] = {}


def list_layouts() -> list[LearnedLayout]:
    """Every layout in the store, by name (an invalid file raises LayoutError)."""
    folder = layouts_dir()
    if not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*" + SUFFIX)):
        mtime = path.stat().st_mtime
        cached = _CACHE.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, read_layout(path))
            _CACHE[path] = cached
        out.append(cached[1])
    return out


def _path(name: str) -> Path:
    if not _NAME.match(name):
        raise LayoutError(f"no learned layout named {name!r} (see: appealgen layouts list)")
    return layouts_dir() / f"{name}{SUFFIX}"


def load_layout(name: str) -> LearnedLayout:
    path = _path(name)
    if not path.is_file():
        raise LayoutError(f"no learned layout named {name!r} (see: appealgen layouts list)")
    return read_layout(path)


def layout_text(name: str) -> str:
    """The stored YAML of a layout, as a person reviews it."""
    load_layout(name)  # validates, and names an unknown layout
    return _path(name).read_text(encoding="utf-8")


def remove_layout(name: str) -> None:
    path = _path(name)
    if not path.is_file():
        raise LayoutError(f"no learned layout named {name!r} (see: appealgen layouts list)")
    path.unlink()
    _CACHE.pop(path, None)


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return s[:40].strip("-") or "layout"


def save_layout(layout: LearnedLayout) -> Path:
    """Write the layout atomically (temp file, then rename); returns its path."""
    validate(layout.to_dict(), layout.name)
    folder = layouts_dir(create=True)
    path = folder / f"{layout.name}{SUFFIX}"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=SUFFIX)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(dump(layout))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def free_name(payer: str, fingerprint: str) -> str:
    """A new layout's name: the payer's, numbered; the same fingerprint keeps its name."""
    base = slug(payer)
    taken = {lay.name: lay for lay in list_layouts()}
    for lay in taken.values():
        if lay.fingerprint == fingerprint and lay.name.startswith(base):
            return lay.name
    n = 1
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
