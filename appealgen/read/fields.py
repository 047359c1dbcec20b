"""Label synonyms -> values: finds "Label: value" pairs in any layout.

Three shapes are recognised, because insurers print all three:

* inline:      ``Claim number: 123456`` (several pairs may share one line)
* side by side: a label cell, then the value in the next cell of the same line
* stacked:     a row of label cells, the values right below them
"""

from __future__ import annotations

import functools
import re

from ..knowledge import check_keys, data_loader, fail, load_yaml, reader_words
from ..memo import per_document
from ..patterns import compiled
from ..records import record
from .bare_labels import after_value, in_a_row, label_at_end, lone_pair, longer_label, value_below
from .label_phrases import Pair, bare_cell_pairs, continue_wrapped, inline_pairs
from .label_words import Placed, object_of_another, place_by_words, vocabulary, words
from .layout import Line, aligned_text
from .sentence_ends import ends_sentence
from .settings import DEFAULT_SETTINGS, ReadSettings
from .sure_stack import labels_over_values
from .value_shapes import DATE_FIELDS, DATE_START, ID_FIELDS, ID_VALUE, by_shape, spaced_id
from .value_shapes import fits_without_colon as _fits

LABELS_FILE = "rules/labels.yaml"
_SPACES = compiled(r"\s+")
_BAR = compiled(r"\s+\|\s+")  # cells of one printed line split by "|"


@record(frozen=True)
class LabelSet:
    fields: dict[str, tuple[str, ...]]
    columns: dict[str, tuple[str, ...]]
    titles: tuple[str, ...]


def norm_label(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = _SPACES.sub(" ", text)
    return text.strip().rstrip(":.").strip()


@data_loader
def labels() -> LabelSet:
    data = load_yaml(LABELS_FILE)
    if not isinstance(data, dict):
        raise fail(LABELS_FILE, None, "expected a mapping with fields, columns and titles")
    check_keys(LABELS_FILE, data, ("fields", "columns", "titles"), ("fields", "columns", "titles"))

    def section(name: str) -> dict[str, tuple[str, ...]]:
        sec = data[name]
        out: dict[str, tuple[str, ...]] = {}
        for key, values in sec.items():
            if key == "__line__":
                continue
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise fail(
                    LABELS_FILE, sec.get("__line__"), f"{name}.{key}: expected a list of labels"
                )
            out[key] = tuple(norm_label(v) for v in values)
        return out

    titles = data["titles"]
    if not isinstance(titles, list):
        raise fail(LABELS_FILE, data.get("__line__"), "titles: expected a list")
    return LabelSet(section("fields"), section("columns"), tuple(norm_label(t) for t in titles))


def field_of(label_text: str) -> tuple[str, ...]:
    """The fields an exact label of rules/labels.yaml names (several for a few labels)."""
    return place_label(label_text, exact_only=True)[0]


@functools.cache
def _exact_by_words(section: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for fld, labs in getattr(labels(), section).items():
        for lab in labs:
            key = " ".join(words(lab))
            if fld not in out.setdefault(key, []):
                out[key].append(fld)
    return {k: tuple(v) for k, v in out.items()}


@per_document  # every cell's text is asked, a long notice's names, numbers and amounts too
def place_label(
    label_text: str, section: str = "fields", *, exact_only: bool = False
) -> tuple[tuple[str, ...], Placed]:
    """The fields a label names: an exact synonym first, else by its words (one field)."""
    exact = _exact_by_words(section)
    found = exact.get(" ".join(words(label_text)), ())
    pair = ":" in label_text.strip().rstrip(":")  # "Plan / Plan: Solana Core" holds its value
    if not found and " / " in label_text and not pair:
        # bilingual labels: "Fecha de servicio / Date of service"
        for half in label_text.split(" / "):
            found = exact.get(" ".join(words(half)), ())
            if found:
                break
    if found:
        return found, Placed(found[0], 1.0, True)
    if exact_only or pair:
        return (), Placed(None, 0.0, False)  # "Group no.: 310352" is a pair, not a label
    placed = place_by_words(label_text, section)
    return ((placed.field,) if placed.field else ()), placed


@functools.cache
def label_vocabulary() -> frozenset[str]:
    """Words a printed label may hold: the word rules' and every exact label's."""
    lab = labels()
    phrases = [p for sec in (lab.fields, lab.columns) for ps in sec.values() for p in ps]
    return vocabulary(tuple(phrases))


def _place_field(text: str) -> tuple[tuple[str, ...], Placed]:
    return place_label(text)


def is_label_cell(text: str) -> bool:
    # "Dear Subscriber:" greets the reader: no label (rules/reader_words.yaml greeting_words)
    return not reader_words().greeting_words.match(text) and bool(place_label(text)[0])


def _label_cells(cells: list) -> list:
    """Cells that label a value; in a row of column headings only exact labels do."""
    if sum(1 for c in cells if place_label(c.text, "columns")[0]) >= 2:
        return [c for c in cells if field_of(c.text)]
    # "plan." under "... was allowed under your": a sentence's end, no label
    return [c for c in cells if is_label_cell(c.text) and not ends_sentence(c.text)]


@record
class Found:
    field: str
    value: str
    line: int  # index in the document's line list
    label: str
    exact: bool = True  # the label is listed in rules/labels.yaml
    score: float = 1.0  # how well a label not listed fits the field, by its words

    @property
    def by_words(self) -> bool:
        """Read beside a label placed by its words, not one listed: less sure."""
        return not self.exact


def _add(
    found: list[Found], label: str, fields: tuple[str, ...], placed: Placed, value: str, i: int
) -> None:
    for p in by_shape(label, fields, placed, value):
        found.append(Found(p.field or "", value, i, norm_label(label), p.exact, p.score))


def find_fields(lines: list[Line], settings: ReadSettings = DEFAULT_SETTINGS) -> list[Found]:
    """Every labelled value in the document, in reading order."""
    found: list[Found] = []
    wrapped: list[Pair] = []  # the previous line's pairs, when it may wrap into this one
    for i, ln in enumerate(lines):
        cells = ln.cells
        # stacked and side-by-side: label cells without their own value
        label_cells = _label_cells(cells)
        if label_cells:
            below = _value_line_below(lines, i, settings.stack_max_gap)
            for c in label_cells:
                idx = cells.index(c)
                nxt = cells[idx + 1] if idx + 1 < len(cells) else None
                value = None
                heading_row = all(is_label_cell(x.text) or _is_heading(x.text) for x in cells)
                usable = (
                    nxt is not None
                    and not is_label_cell(nxt.text)
                    and not _is_heading(nxt.text)
                    # "Patient   Relationship to Insured" in the labels' type over the values
                    and not labels_over_values(lines, i, nxt.x0, settings)
                )
                inline = any(
                    p.fields
                    for x in cells
                    for p in inline_pairs(x.text, _place_field, label_vocabulary())
                )
                flds, placed = place_label(c.text)
                if (
                    usable
                    and not heading_row
                    and (not inline or c.text.rstrip().endswith((":", "#")))
                ):
                    value = nxt.text
                if (value is None or not by_shape(c.text, flds, placed, value)) and below:
                    # a label over its value, beside a label nobody listed ("Helpline")
                    value = aligned_text(below, c.x0, c.x1, *_beside(cells, label_cells, c))
                    if value and (is_label_cell(value) or _is_heading(value)):
                        value = None  # the next label, not this one's value
                if value:
                    _add(found, c.text, flds, placed, value.strip(), i)
            _rows_below(lines, i, label_cells, found, settings.stack_max_gap)
        # inline "Label: value" pairs, possibly several per cell
        for c in cells:
            text = c.text
            pairs = inline_pairs(text, _place_field, label_vocabulary())
            if len(cells) == 1 and len(wrapped) >= 2 and lines[i - 1].page == ln.page:
                value, pairs = continue_wrapped(
                    wrapped[-1], text, pairs, _place_field, label_vocabulary()
                )
                if value:
                    for f in found:
                        if f.line == i - 1 and f.value == wrapped[-1].value:
                            f.value = value
            for pair in pairs:
                _add(found, pair.label, pair.fields, _placed(pair), pair.value, i)
            wrapped = pairs if len(cells) == 1 else []
            if c is cells[-1]:
                _value_on_next_line(lines, i, text, found)
            # "Member ID W123" / "Statement date 03-02-2026" without a colon
            _prefix_label(text, i, found, lines[i - 1].text if i and c is cells[0] else "")
        _unlabelled_pairs(ln, i, found)
    return found


def _unlabelled_pairs(ln: Line, i: int, found: list[Found]) -> None:
    """Line ``i``'s pairs with no colon: cells apart, or parts split by a printed "|"."""
    texts = [part for c in ln.cells for part in _BAR.split(c.text)]
    vocab = label_vocabulary()
    hits = in_a_row(ln.text, _place_field, vocab)
    if ":" not in ln.text:
        hits += lone_pair(ln.text, _place_field, vocab) + after_value(texts, _place_field, vocab)
    for hit in hits:
        if not any(f.line == i and f.field == hit.field for f in found):
            found.append(
                Found(hit.field, hit.value, i, norm_label(hit.label), hit.exact, hit.score)
            )
    if len(texts) >= 2:
        for pair in bare_cell_pairs(texts, _place_field, label_vocabulary(), _fits):
            for fld in pair.fields:
                if not any(f.line == i and f.field == fld for f in found):
                    found.append(
                        Found(fld, pair.value, i, norm_label(pair.label), pair.exact, pair.score)
                    )


def _value_on_next_line(lines: list[Line], i: int, text: str, found: list[Found]) -> None:
    """ "… NPI no.:" ending a line, "1546825740" alone on the next."""
    end = label_at_end(text, _place_field, label_vocabulary())
    nxt = lines[i + 1] if end is not None and i + 1 < len(lines) else None
    if end is not None and nxt is not None and nxt.page == lines[i].page and len(nxt.cells) == 1:
        for hit in value_below(end, nxt.text):
            found.append(Found(hit.field, hit.value, i, norm_label(hit.label), hit.exact))


# fields of a claim that a list of claims under one row of labels prints once a row
_PER_ROW = frozenset({"claim_number", "patient_name", "provider_name", "npi"})


def _rows_below(
    lines: list[Line], i: int, label_cells: list, found: list[Found], max_gap: float
) -> None:
    """A row of labels over several rows of values ("Claim | For | From", one claim a row).

    The first row is read as the labels' values; each later row gives its own claim's
    number, patient and provider, on its own line.
    """
    cells = lines[i].cells
    per_row = [c for c in cells if set(place_label(c.text)[0]) & _PER_ROW]
    if len(cells) < 3 or len(per_row) < 2 or not label_cells:
        return
    if any(re.search(r"\d", x.text) for x in cells):
        return  # a row of words only: labels, not values
    k = i
    while (nxt := _value_line_below(lines, k, max_gap)) and len(nxt.cells) >= len(cells) - 1:
        if k > i and not any(re.search(r"\d", x.text) for x in nxt.cells):
            break  # a row of words only under the values: the next table's headings
        k += 1
        for c in per_row:
            flds, placed = place_label(c.text)
            value = aligned_text(nxt, c.x0, c.x1)
            at = i if k == i + 1 else k  # the first row's values are read as the labels'
            if value and not any(f.line == at and f.field in flds for f in found):
                _add(found, c.text, flds, placed, value.strip(), k)


def _placed(pair: Pair) -> Placed:
    return Placed(pair.fields[0] if pair.fields else None, pair.score, pair.exact)


# Fields whose value has a recognisable shape can be found without a colon
# ("Statement date 03-02-2026", "ID JVH221409371", "Claim JV26021800452").
_EXTRA_BARE = {
    "id": ("member_id",),
    "claim": ("claim_number",),
    "reference": ("claim_number",),
    "ref": ("claim_number",),
}
_NOT_MEMBER_ID_PREFIX = frozenset(
    "tax provider payer payee tin npi federal employer check eft trace".split()
)


@functools.cache
def _bare_regex() -> re.Pattern[str]:
    typed = {
        lab
        for fld, labs in labels().fields.items()
        if fld in DATE_FIELDS or fld in ID_FIELDS
        for lab in labs
    } | set(_EXTRA_BARE)
    alt = "|".join(
        re.escape(lab).replace(r"\ ", r"\s+") for lab in sorted(typed, key=lambda t: (-len(t), t))
    )
    # "Claim number ES45161236747", "Your claim number is ES45161236747."
    return compiled(rf"(?<![\w/#-])(?P<label>{alt})\.?\s+(?:(?:is|was)\s+)?(?![:#])", re.I)


def _bare_fields(label: str) -> tuple[str, ...]:
    lab = norm_label(label)
    return tuple(f for f in field_of(lab) if f in DATE_FIELDS or f in ID_FIELDS) or _EXTRA_BARE.get(
        lab, ()
    )


def _prefix_label(text: str, i: int, found: list[Found], above: str = "") -> None:
    """Labels and values with no colon on line ``i``; ``above`` is the line before, whose
    sentence a label may go on ("Our reference for this" over "claim is 2603577276")."""
    taken = 0  # where the last label, with the words that went on with it, ended
    for m in _bare_regex().finditer(text):
        if m.start() < taken:
            continue
        before = text[: m.start()].split()[-1:] or [""]
        if before[0].lower().strip(".:") in _NOT_MEMBER_ID_PREFIX:
            continue
        said = text[: m.start()]
        if all(w.lower() in reader_words().label_determiners for w in said.split()):
            said = f"{above} {said}"  # "Our reference for" over "this claim is R722-52500"
        if object_of_another(said, text[m.end("label") : m.end()]):
            continue
        rest = text[m.end() :]
        if norm_label(m.group("label")) == "id" and re.match(r"\d{5}(-\d{4})?\b", rest):
            continue  # "Boise, ID 83702" is an address
        for fld in _bare_fields(m.group("label")):
            if fld in DATE_FIELDS:
                dm = DATE_START.match(rest)
                if dm:
                    found.append(Found(fld, dm.group(0), i, norm_label(m.group("label"))))
            else:
                lab = norm_label(m.group("label"))
                rest, lab = longer_label(rest, lab, fld, _place_field, label_vocabulary())
                taken = len(text) - len(rest)
                im = ID_VALUE.match(rest)
                # after a label of two words or more, or one that names only a claim
                grouped = " " in lab or (fld == "claim_number" and lab not in _EXTRA_BARE)
                spaced = spaced_id(rest) if grouped else None
                if spaced and (not im or len(spaced) > im.end()):
                    found.append(Found(fld, spaced, i, lab))
                elif im and (im.end() == len(rest) or not rest[im.end()].isalnum()):
                    found.append(Found(fld, im.group(0), i, norm_label(m.group("label"))))


def _is_heading(text: str) -> bool:
    """A table column heading ("Billed", "Your share"), which is never a field's value."""
    norm = norm_label(text)
    return any(norm in syns for syns in labels().columns.values())


def _value_line_below(lines: list[Line], i: int, max_gap: float) -> Line | None:
    """The line under line ``i`` holding its labels' values: at most ``max_gap`` heights below."""
    ln = lines[i]
    if i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    height = max(ln.bottom - ln.top, 4.0)
    if nxt.page != ln.page or nxt.top - ln.bottom > max_gap * height:
        return None
    if sum(1 for c in nxt.cells if is_label_cell(c.text)) >= max(1, len(nxt.cells) // 2 + 1):
        return None
    return nxt


def _beside(cells: list, label_cells: list, c) -> tuple[float | None, float | None]:
    """Where the label after ``c`` in a row of labels starts, and where the one before it
    ends (None where there is none)."""
    if not all(x in label_cells for x in cells):
        return None, None
    after = [x.x0 for x in cells if x.x0 > c.x1]
    before = [x.x1 for x in cells if x.x1 < c.x0]
    return min(after, default=None), max(before, default=None)


def first(
    found: list[Found], field: str, *, start: int = 0, stop: int | None = None
) -> Found | None:
    for f in found:
        if f.field == field and f.line >= start and (stop is None or f.line < stop):
            return f
    return None


def all_of(found: list[Found], field: str) -> list[Found]:
    return [f for f in found if f.field == field]
