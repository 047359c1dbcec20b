"""A layout's fingerprint: its payer and the printed words that give it structure.

Two notices of one payer layout share their labels ("Claim ID:", "Visit date"),
table headings and titles, whatever the values, row counts and file names. The
fingerprint is the payer's name and the set of those *structure words*: short
text cells without digits that are labels (end in ":" or "#", or stand beside a
value) or headings. Values a reader took from the notice (names, plan names)
are left out, so a person's name does not look like structure.

``similarity`` compares a notice's fingerprint with a layout's (0..1): mostly the
share of the layout's words the notice prints, as OCR may misprint them (a letter off
in every few), a little the share of the notice's words the layout knows (a scan adds
words made of specks, so that share weighs less); the weights and the threshold are
the reader's settings (``layout_*``). ``digest`` is a short stable id for
``layout.fingerprint`` in the parse document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..patterns import compiled
from ..records import record
from .layout import Cell, Line
from .settings import DEFAULT_SETTINGS, ReadSettings

MAX_LABEL_WORDS = 5  # a longer run of words is a sentence, not a label
MAX_LINES = 400  # structure shows in the first pages; a 100-page file need not be read whole
DIGEST_LENGTH = 16
MISREAD_LETTERS = 4  # a value OCR misprinted: one letter off in every four ("nakaguwe")
SCAN_WORD_LETTERS = 4  # a label learned from a scan has a word this long ("claim no")

_LABEL = compiled(r"^(?P<label>[^\W\d_][^\d:#]{0,48}?)\s*[:#]")
_WORD = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HAS_DIGIT = compiled(r"\d")


def norm_words(text: str) -> str:
    """Lower-case words only, one space between: the form labels are compared in."""
    return " ".join(w.casefold() for w in _WORD.findall(text))


@record(frozen=True)
class Fingerprint:
    payer: str  # normalised payer name, "" when unknown
    words: frozenset[str]  # structure words (normalised labels and headings)
    # a scan's labels OCR read weakly: they find a layout's words, but are not counted
    # among the notice's own (specks read as letters would lower the share it knows)
    weak: frozenset[str] = frozenset()
    order: tuple[str, ...] = ()  # the structure words in the order first printed

    @property
    def digest(self) -> str:
        text = self.payer + "\n" + "\n".join(sorted(self.words))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def _weak(cell: Cell, min_conf: float) -> bool:
    """A scanned cell OCR read weakly on the whole: specks read as letters, not structure."""
    confs = [w.conf for w in cell.words if w.conf is not None]
    return bool(confs) and sum(confs) / len(confs) < min_conf


def _unsure(cell: Cell, each_conf: float) -> bool:
    """A scanned cell OCR read a word of below ``each_conf``."""
    return any(w.conf is not None and w.conf < each_conf for w in cell.words)


def structure_words(
    lines: list[Line], values: Iterable[str] = (), min_conf: float = 0.0, each_conf: float = 0.0
) -> frozenset[str]:
    """The labels and headings printed in ``lines``, minus the given ``values`` (and, on a
    scan, cells whose words OCR read below ``min_conf`` on average, or with ``each_conf``
    a word below it; those minus the values as OCR may misprint them)."""
    return frozenset(printed_labels(lines, values, min_conf, each_conf))


def printed_labels(
    lines: list[Line],
    values: Iterable[str] = (),
    min_conf: float = 0.0,
    each_conf: float = 0.0,
    settings: ReadSettings = DEFAULT_SETTINGS,
) -> list[str]:
    """``structure_words`` in the order they are first printed; ``layout_label_name_run``
    value words in a row inside a label are a value printed in it."""
    skip = {norm_words(v) for v in values if v and len(v.split()) <= MAX_LABEL_WORDS + 1}
    value_words = {w for v in skip for w in v.split()}
    out: dict[str, None] = {}
    for ln in lines[:MAX_LINES]:
        cells = ln.cells
        line_has_digits = any(_HAS_DIGIT.search(_letters(c)) for c in cells)
        for k, cell in enumerate(cells):
            text = _letters(cell).strip()
            if min_conf and _weak(cell, min_conf) or each_conf and _unsure(cell, each_conf):
                continue
            m = _LABEL.match(text)
            if m:
                label = norm_words(m.group("label"))
            elif _HAS_DIGIT.search(text):
                continue
            elif len(cells) > 1 and (not line_has_digits or k + 1 < len(cells)):
                label = norm_words(text)  # a heading, or a label beside its value
            else:
                continue
            words = label.split()
            if not m and words and all(w in value_words for w in words):
                continue  # a value (a name in a table row), not a label
            while len(words) > 1 and words[-1] in value_words and not m:
                words.pop()  # "Plan name   Lakeview Select" printed as one cell
            words = _without_values(words, value_words, settings.layout_label_name_run)
            label = " ".join(words)
            if label and len(words) <= MAX_LABEL_WORDS and label not in skip:
                if not each_conf or not _scanned(cell) or _scan_label(label, skip):
                    out[label] = None
    return list(out)


def _without_values(words: list[str], value_words: set[str], name_run: int) -> list[str]:
    """A label's words without a run of ``name_run`` or more of the notice's value words
    inside it ("PATIENT MBEKI-ROWE, PERPETUA SUBSCRIBER #" is "patient subscriber"): a
    person's name printed between two labels is no structure of the layout."""
    out: list[str] = []
    run: list[str] = []
    for w in [*words, ""]:
        if w and w in value_words:
            run.append(w)
            continue
        if len(run) < name_run or len(run) == len(words):
            out += run
        run = []
        if w:
            out.append(w)
    return out


def _letters(cell: Cell) -> str:
    """A cell's text; on a scan, a digit OCR read inside a word of letters is the letter
    it looks like ("C1aim" is "Claim", "Am0unt" "Amount"): a label is no value."""
    if not _scanned(cell):
        return cell.text
    return _GLUED_DIGIT.sub(lambda m: _LOOKALIKE[m.group(0)], cell.text)


# a digit between two letters, or ending a word of three letters or more
_GLUED_DIGIT = compiled(r"(?<=[^\W\d_])[015](?=[^\W\d_])|(?<=[^\W\d_]{3})[015](?![\w])")
_LOOKALIKE = {"0": "o", "1": "l", "5": "s"}


def _scanned(cell: Cell) -> bool:
    return any(w.conf is not None for w in cell.words)


def _scan_label(label: str, values: set[str]) -> bool:
    """A label a layout learns from a scan: a word of ``SCAN_WORD_LETTERS`` letters or more
    (not specks read as "ag", "cut"), and no value of the notice misread ("nakaguwe")."""
    if max(map(len, label.split())) < SCAN_WORD_LETTERS:
        return False
    return not any(close_words(label, v, MISREAD_LETTERS) for v in values)


def fingerprint(
    lines: list[Line],
    payer: str | None,
    values: Iterable[str] = (),
    settings: ReadSettings = DEFAULT_SETTINGS,
    taught: bool = False,
) -> Fingerprint:
    """The fingerprint of a notice whose payer is ``payer`` (values read from it left out);
    ``taught``: of the notice a layout is learned from, whose scanned labels must each be
    read surely (``settings.layout_taught_word_conf``)."""
    each = settings.layout_taught_word_conf if taught else 0.0
    values = list(values)
    order = printed_labels(lines, values, settings.layout_min_word_conf, each, settings)
    weak = (
        frozenset()
        if taught
        else frozenset(printed_labels(lines, values, settings=settings)) - set(order)
    )
    return Fingerprint(norm_words(payer or ""), frozenset(order), weak, tuple(order))


def anchor_words(fields: dict[str, dict[str, str]], words: Iterable[str]) -> frozenset[str]:
    """The structure ``words`` that name an anchor of a learned layout (``fields``: the
    labels and column headings it reads its values by): structure a person's correction
    confirmed, however weakly a scan read it (a layout taught from a fax)."""
    anchors = set()
    for anchor in fields.values():
        for key in ("label", "column"):
            if label := norm_words(anchor.get(key, "")):
                anchors.add(label)
    return frozenset(w for w in words if any(w == a or w.startswith(a + " ") for a in anchors))


def same_payer(a: str, b: str, settings: ReadSettings = DEFAULT_SETTINGS) -> bool:
    """Both unknown, or one name inside the other ("Bayou Mutual" / "Bayou Mutual Health"),
    or the same name as OCR may misprint it ("Bellwether Health Pian")."""
    if not a or not b:
        return not a and not b
    if a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return close_words(a, b, settings.layout_letters_per_edit)


def edits_within(a: str, b: str, k: int) -> bool:
    """``a`` becomes ``b`` by at most ``k`` letters changed, added or dropped."""
    if abs(len(a) - len(b)) > k:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > k:
            return False
        prev = cur
    return prev[-1] <= k


def close_words(a: str, b: str, letters_per_edit: int) -> bool:
    """The same words as OCR may print them: one letter off in every ``letters_per_edit``
    letters of the shorter, spaces and OCR's letter pairs ("rn" for "m") aside."""
    x, y = ocr_form(a), ocr_form(b)
    if x == y:
        return True
    k = min(len(x), len(y)) // letters_per_edit if letters_per_edit > 0 else 0
    return k > 0 and edits_within(x, y, k)


def within_one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one letter changed, added or dropped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


LOOSE_MIN_LETTERS = 8  # shorter words must match exactly: "paid" is not "pain"


def _matches(a: str, b: str, letters_per_edit: int = 0) -> bool:
    # "your plan" and "your plan lakeview plus": a label with its value printed in one cell
    if a == b or a.startswith(b + " ") or b.startswith(a + " "):
        return True
    # a scan of the same layout: "group planno" for "group plan no", "mernber id"
    x, y = ocr_form(a), ocr_form(b)
    if min(len(x), len(y)) >= LOOSE_MIN_LETTERS and within_one_edit(x, y):
        return True
    # "pationt" for "patient", "claim ip" for "claim id"
    return letters_per_edit > 0 and close_words(a, b, letters_per_edit)


def ocr_form(text: str) -> str:
    """Letters without spaces, with the letter pairs OCR reads for one letter made one."""
    text = text.replace(" ", "")
    for pair, letter in OCR_PAIRS:
        text = text.replace(pair, letter)
    return text


# letters OCR reads for one another ("l" for "i"), and letter pairs it reads for one
# letter ("rn" for "m", "cl" for "d"): compared as one, in this order
OCR_PAIRS = (("l", "i"), ("rn", "m"), ("vv", "w"), ("ci", "d"))


def printed_name(lines: list[Line], name: str, letters_per_edit: int = 0) -> bool:
    """``name`` (normalised words) is printed on one of ``lines``; with ``letters_per_edit``,
    also as OCR may misprint it (a letter off in every so many)."""
    if not name:
        return False
    texts = [norm_words(ln.text) for ln in lines[:MAX_LINES]]
    if any(f" {name} " in f" {t} " for t in texts):
        return True
    if letters_per_edit <= 0:
        return False
    n = len(name.split())
    for t in texts:
        words = t.split()
        for i in range(len(words) - n + 1):
            if close_words(" ".join(words[i : i + n]), name, letters_per_edit):
                return True
    return False


def similarity(a: Fingerprint, b: Fingerprint, settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """0..1: how well notice ``a`` fits layout ``b`` (0 across payers). Mostly the share of
    ``b``'s words that ``a`` prints, the rest the share of ``a``'s words ``b`` knows, each word
    as OCR may misprint it (``settings.layout_*``)."""
    if not same_payer(a.payer, b.payer, settings) or not a.words or not b.words:
        return 0.0
    per = settings.layout_letters_per_edit
    printed = a.words | a.weak
    found = sum(any(_matches(y, x, per) for x in printed) for y in b.words) / len(b.words)
    known = sum(any(_matches(x, y, per) for y in b.words) for x in a.words) / len(a.words)
    weight = settings.layout_found_weight
    sim = weight * found + (1 - weight) * known
    if order_agreement(a.order, b.order, per) < settings.layout_order_agreement:
        return min(sim, settings.layout_match - 0.01)  # its labels in another order
    return sim


def order_agreement(notice: tuple[str, ...], layout: tuple[str, ...], per: int = 0) -> float:
    """0..1: the share of the layout's words the notice prints that it prints in the
    layout's order (the longest run in order among them); 1 when either has no order
    (a layout stored before orders were kept) or too few words are shared to tell."""
    at = []
    for word in layout:
        k = next((k for k, x in enumerate(notice) if _matches(word, x, per)), None)
        if k is not None:
            at.append(k)
    if len(at) < MIN_ORDERED:
        return 1.0
    return _longest_rising(at) / len(at)


MIN_ORDERED = 4  # fewer words shared tell no order


def _longest_rising(xs: list[int]) -> int:
    """The length of the longest non-decreasing run of ``xs`` (not necessarily adjacent)."""
    import bisect

    tails: list[int] = []
    for x in xs:
        i = bisect.bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
