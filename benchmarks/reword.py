"""Re-typeset a set's text PDFs with other wording, keeping what they say true.

    python benchmarks/reword.py tests/data/varied/tune --out /tmp/rw --half dev
    python benchmarks/reword.py tests/data/varied/{tune,fresh,blind,unseen} --out /tmp/rw-dev \
        --half dev --seed 1
    python benchmarks/accuracy.py /tmp/rw-dev          # scored split by split (tune/ ...)
    APPEALGEN_TODAY=2026-03-20 python benchmarks/letter_facts.py /tmp/rw-dev/unseen --show wrong

Each page is read with pdfplumber (characters, rules, boxes, shaded fills) and drawn again
with reportlab at the same places: every character where it was, every rule and box as it
was. A transformation (``--transform``, one small function each, see ``TRANSFORMS``) then
replaces printed phrases: the new phrase is drawn in the old phrase's box, squeezed with
reportlab's horizontal scale when it is wider than the room it has. The expected JSON is
copied beside each new PDF (only its ``source.sha256`` follows the new file): a label
transformation never changes a value.

``labels`` (the default) replaces each field label printed as ``Label: value`` (or as a
label cell before its value cell) with another payer wording of the same field, drawn from
``benchmarks/reword_words.yaml``. The wordings are split into a ``dev`` half (develop
against it) and a ``check`` half (measure with it, never tune on it); ``--half`` picks
one, ``--seed`` the draw. One document uses one wording per field throughout.

Scanned PDFs (pages without text) and images are left out: they have no text to re-word.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import yaml
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
WORDS_FILE = Path(__file__).resolve().parent / "reword_words.yaml"
LABELS_FILE = ROOT / "appealgen" / "data" / "rules" / "labels.yaml"
HALVES = ("dev", "check")
FORBIDDEN = (
    "heldout",
    "outside",
)  # how the lead measures unseen layouts: never re-worded

# Bitstream Vera ships inside reportlab (the samples draw with it too).
_FONT_DIR = Path(pdfmetrics.__file__).resolve().parent.parent / "fonts"
for _name, _file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf")):
    pdfmetrics.registerFont(TTFont(_name, str(_FONT_DIR / _file)))
_STANDARD = set(pdfmetrics.standardFonts)


# --------------------------------------------------------------------------
# The page model: characters on lines, shapes, and runs of new text


@dataclass
class Char:
    text: str
    x0: float
    x1: float
    base: float  # baseline, PDF coordinates (from the bottom)
    size: float
    font: str
    color: Any
    matrix: tuple[float, ...]
    upright: bool
    dropped: bool = False


@dataclass
class Run:
    """New text: drawn from ``x`` on ``base``, squeezed to ``room`` points when wider."""

    text: str
    x: float
    base: float
    size: float
    font: str
    color: Any
    room: float | None = None

    @property
    def width(self) -> float:
        """The drawn width: the natural one, or the room when that is narrower."""
        natural = pdfmetrics.stringWidth(self.text, self.font, self.size)
        return min(natural, self.room) if self.room else natural


@dataclass
class Segment:
    """Characters of one line between wide gaps: one cell, or one ``Label: value`` pair."""

    chars: list[Char]
    line: TextLine

    @property
    def text(self) -> str:
        """One character per Char (a glyph pdfplumber names ``(cid:N)`` reads as "?")."""
        return "".join(c.text if len(c.text) == 1 else "?" for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def x1(self) -> float:
        return self.chars[-1].x1


@dataclass
class TextLine:
    base: float
    chars: list[Char]
    segments: list[Segment] = field(default_factory=list)

    def next_segment(self, seg: Segment) -> Segment | None:
        i = self.segments.index(seg)
        return self.segments[i + 1] if i + 1 < len(self.segments) else None


@dataclass
class Page:
    width: float
    height: float
    chars: list[Char]
    lines: list[TextLine]
    shapes: list[dict[str, Any]]
    runs: list[Run] = field(default_factory=list)

    def replace(self, chars: list[Char], text: str, room: float | None = None) -> Run:
        """Drop ``chars`` and draw ``text`` from where they began (in at most ``room`` pt)."""
        first = chars[0]
        for c in chars:
            c.dropped = True
        run = Run(text, first.x0, first.base, first.size, first.font, first.color, room)
        end = run.x + run.width
        for c in self.chars:  # blanks the new text is drawn over would split its words
            if c.text.isspace() and abs(c.base - run.base) < 0.6 and run.x <= c.x0 < end:
                c.dropped = True
        self.runs.append(run)
        return run


@dataclass
class Context:
    """What a transformation knows of the document it changes."""

    stem: str
    truth: dict[str, Any]
    half: str
    rng: random.Random
    words: dict[str, Any]
    chosen: dict[str, str] = field(default_factory=dict)  # field -> wording, per document
    replaced: list[tuple[str, str, str]] = field(default_factory=list)  # (field, old, new)


def font_name(pdf_font: str) -> str:
    """The reportlab font that draws ``pdf_font`` (a subset prefix ``ABCDEF+`` dropped)."""
    name = pdf_font.split("+", 1)[-1]
    if name in _STANDARD or name in ("Vera", "Vera-Bold"):
        return name
    bold = "Bold" in name or "bold" in name
    if "Vera" in name:
        return "Vera-Bold" if bold else "Vera"
    for family in ("Times", "Courier"):
        if family.lower() in name.lower():
            return {"Times": "Times-Bold" if bold else "Times-Roman"}.get(
                family, "Courier-Bold" if bold else "Courier"
            )
    return "Helvetica-Bold" if bold else "Helvetica"


def _chars(page: Any) -> list[Char]:
    out = []
    for c in page.chars:
        m = tuple(c.get("matrix") or (1, 0, 0, 1, c["x0"], page.height - c["bottom"]))
        out.append(
            Char(
                c["text"],
                c["x0"],
                c["x1"],
                m[5],
                c["size"],
                font_name(c["fontname"]),
                c.get("non_stroking_color"),
                m,
                bool(c.get("upright", True)),
            )
        )
    return out


def _lines(chars: list[Char]) -> list[TextLine]:
    """Upright characters grouped by baseline, each line cut into segments at wide gaps."""
    rows: dict[float, list[Char]] = {}
    for c in chars:
        if not c.upright:
            continue
        key = next((k for k in rows if abs(k - c.base) < 0.6), c.base)
        rows.setdefault(key, []).append(c)
    lines = []
    for base in sorted(rows, reverse=True):
        row = sorted(rows[base], key=lambda c: c.x0)
        line = TextLine(base, row)
        seg: list[Char] = []
        last: Char | None = None
        for c in row:
            if c.text.isspace():
                if seg:
                    seg.append(c)
                continue
            if seg and last is not None and c.x0 - last.x1 > max(0.75 * c.size, 5.0):
                line.segments.append(Segment(_trim(seg), line))
                seg = []
            seg.append(c)
            last = c
        if seg:
            line.segments.append(Segment(_trim(seg), line))
        lines.append(line)
    return lines


def _trim(chars: list[Char]) -> list[Char]:
    while chars and chars[-1].text.isspace():
        chars = chars[:-1]
    return chars


def read_page(page: Any) -> Page:
    chars = _chars(page)
    shapes = list(page.rects) + list(page.lines) + list(page.curves)
    return Page(page.width, page.height, chars, _lines(chars), shapes)


# --------------------------------------------------------------------------
# Drawing


def _set_color(c: canvas.Canvas, color: Any, stroke: bool) -> None:
    if color is None:
        return
    if isinstance(color, (int, float)):
        color = (color,)
    try:
        vals = [float(v) for v in color]
    except (TypeError, ValueError):  # a pattern: draw black
        vals = [0.0]
    if len(vals) == 1:
        (c.setStrokeGray if stroke else c.setFillGray)(vals[0])
    elif len(vals) == 3:
        (c.setStrokeColorRGB if stroke else c.setFillColorRGB)(*vals)
    elif len(vals) == 4:
        (c.setStrokeColorCMYK if stroke else c.setFillColorCMYK)(*vals)


def _draw_shape(c: canvas.Canvas, s: dict[str, Any], height: float) -> None:
    stroke, fill = bool(s.get("stroke")), bool(s.get("fill"))
    if not (stroke or fill):
        return
    c.saveState()
    _set_color(c, s.get("stroking_color"), True)
    _set_color(c, s.get("non_stroking_color"), False)
    c.setLineWidth(s.get("linewidth") or 0)
    if s["object_type"] == "rect":
        c.rect(
            s["x0"],
            s["y0"],
            s["x1"] - s["x0"],
            s["y1"] - s["y0"],
            stroke=stroke,
            fill=fill,
        )
    else:
        pts = s.get("pts") or []
        if len(pts) >= 2:
            p = c.beginPath()
            p.moveTo(pts[0][0], height - pts[0][1])
            for x, top in pts[1:]:
                p.lineTo(x, height - top)
            if fill and s["object_type"] == "curve":
                p.close()
            c.drawPath(p, stroke=stroke, fill=fill and s["object_type"] == "curve")
    c.restoreState()


def _draw_char(c: canvas.Canvas, ch: Char) -> None:
    if ch.dropped:
        return
    text = ch.text if len(ch.text) == 1 else "\u2022"  # (cid:N): a symbol, drawn as a bullet
    c.saveState()
    _set_color(c, ch.color, False)
    t = c.beginText()
    if ch.upright:
        t.setTextOrigin(ch.x0, ch.base)
    else:
        a, b, cc, d, e, f = ch.matrix
        t.setTextTransform(a, b, cc, d, e, f)
    t.setFont(ch.font, ch.size)
    natural = pdfmetrics.stringWidth(text, ch.font, ch.size)
    if ch.upright and natural > 0 and abs(natural - (ch.x1 - ch.x0)) > 0.05:
        t.setHorizScale(100.0 * (ch.x1 - ch.x0) / natural)  # a font drawn in another's place
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def _draw_run(c: canvas.Canvas, r: Run) -> None:
    width = pdfmetrics.stringWidth(r.text, r.font, r.size)
    scale = 100.0
    if r.room is not None and width > r.room > 0:
        scale = 100.0 * r.room / width
    c.saveState()
    _set_color(c, r.color, False)
    t = c.beginText()
    t.setTextOrigin(r.x, r.base)
    t.setFont(r.font, r.size)
    t.setHorizScale(scale)
    t.textOut(r.text)
    c.drawText(t)
    c.restoreState()


def write_pdf(pages: list[Page], out: Path) -> None:
    """Draw ``pages`` into ``out`` (atomically: a temp file, then renamed)."""
    tmp = out.with_name(out.name + ".tmp")
    c = canvas.Canvas(str(tmp), pagesize=(pages[0].width, pages[0].height))
    c.setPageCompression(1)
    for page in pages:
        c.setPageSize((page.width, page.height))
        for s in page.shapes:
            _draw_shape(c, s, page.height)
        for ch in page.chars:
            _draw_char(c, ch)
        for r in page.runs:
            _draw_run(c, r)
        c.showPage()
    c.save()
    tmp.replace(out)


# --------------------------------------------------------------------------
# The vocabulary and the label transformation


def _norm(text: str) -> str:
    """A label as the reader compares it: lower case, no periods, no trailing ":"."""
    text = re.sub(r"\s+", " ", text.replace(".", " ").strip().lower())
    return re.sub(r"\s*:$", "", text).strip()


def load_words(path: Path = WORDS_FILE) -> dict[str, Any]:
    """reword_words.yaml, checked: both halves for every field, no wording appealgen knows."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    known = {
        _norm(w)
        for part in ("fields", "columns")
        for words in (labels.get(part) or {}).values()
        for w in words or []
    }
    skip = {_norm(w) for w in data.get("skip") or []}
    sources: dict[str, str] = {}  # printed label -> field
    printed_all = {_norm(w) for spec in data["fields"].values() for w in spec.get("match") or []}
    for name, spec in data["fields"].items():
        for half in HALVES:
            if not spec.get(half):
                raise ValueError(f"{path.name}: {name} has no {half} wordings")
            for w in spec[half]:
                if _norm(w) in known:
                    raise ValueError(f"{path.name}: {name}: {w!r} is in labels.yaml")
                if _norm(w) in printed_all:
                    raise ValueError(f"{path.name}: {name}: {w!r} is printed by a tuning set")
        printed = list(spec.get("match") or [])
        for ref in spec.get("labels_yaml") or []:
            part, key = ref.split(".", 1)
            printed += (labels.get(part) or {}).get(key) or []
        for w in printed:
            n = _norm(w)
            if n and n not in skip:
                if sources.get(n, name) != name:  # printed for two fields: never replaced
                    skip.add(n)
                sources.setdefault(n, name)
    data["sources"] = {k: v for k, v in sources.items() if k not in skip}
    data["known"] = known | set(sources) | skip
    return data


def _cased(new: str, old: str) -> str:
    letters = [ch for ch in old if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return new.upper()
    if letters and all(ch.islower() for ch in letters):
        return new.lower()
    return new


def _wording(ctx: Context, name: str) -> str:
    if name not in ctx.chosen:
        ctx.chosen[name] = ctx.rng.choice(ctx.words["fields"][name][ctx.half])
    return ctx.chosen[name]


# a label's separator: ":" (not in "10:30" nor "https://"), or a spaced dash after a label
# that starts its cell ("Level of cover - Gold")
_SEP = re.compile(r"(?<!\d):(?!//)|:(?!\d)|\s[-\u2013\u2014](?=\s+\S)")
MAX_WORDS = 6
# fields whose labels may stand above their values (a heading row of a notice's header);
# the service table's headings are the column transformations' business
HEADER_FIELDS = frozenset(
    {"member_name", "member_id", "group_number", "plan_name", "payer_name", "notice_date",
     "patient_name", "provider_name", "claim_number"}
)  # fmt: skip


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    return [lo + m.start() for m in re.finditer(r"\S+", text[lo:hi])]


def _inline_labels(text: str, start: int, sources: dict[str, str]) -> list[tuple[int, int, str]]:
    """(first char, end char after the separator, field) of each "Label: value" of a cell:
    its first label as the whole phrase before the separator, later ones as the longest
    known phrase that ends at their separator."""
    out: list[tuple[int, int, str]] = []
    lo = start
    for m in _SEP.finditer(text):
        if m.start() < lo:
            continue
        dash = m.group().strip() != ":"
        if dash and out:
            continue  # a dash after a value is punctuation, not a separator
        starts = _word_starts(text, lo, m.start())
        if not starts:
            continue
        if not out and lo == start:  # the cell's first label: the whole phrase
            cand = [start]
        else:
            cand = starts[-MAX_WORDS:]
        for s in cand:
            name = sources.get(_norm(text[s : m.start()]))
            if name:
                end = m.end() if not dash else m.start()
                out.append((s, end, name))
                break
        lo = m.end()
    return out


def _cell_label(seg: Segment, start: int, sources: dict[str, str], known: set[str]) -> str | None:
    """The field of a label cell before its value cell (no separator of its own); never a
    heading among headings (a table's heading row is the column transformations')."""
    line = seg.line
    i = line.segments.index(seg)
    nxt = line.segments[i + 1] if i + 1 < len(line.segments) else None
    prev = line.segments[i - 1] if i > 0 else None
    if nxt is None or not any(ch.isalnum() for ch in nxt.text):
        return None
    if any(s is not None and _norm(s.text) in known for s in (prev, nxt)):
        return None
    if len(line.segments) >= 4 and not any(ch.isdigit() for c in line.chars for ch in c.text):
        return None  # a row of headings
    if set(_norm(seg.text).split()) & set(_norm(nxt.text).split()):
        return None  # "Patient" before "Patient ID": headings
    text = seg.text[start:]
    if any(ch.isdigit() for ch in text):
        return None
    return sources.get(_norm(text))


def _room(page: Page, seg: Segment, chars: list[Char], after: list[Char]) -> float:
    """How wide the new label may be drawn: up to its value (a small gap kept), or up to
    the next cell."""
    size = chars[0].size
    value = next((c for c in after if not c.text.isspace()), None)
    if value is not None:
        end = value.x0 - max(0.45 * size, 3.5)
    else:
        nxt = seg.line.next_segment(seg)
        end = nxt.x0 - 0.8 * size if nxt else page.width - 18
    return max(end - chars[0].x0, chars[-1].x1 - chars[0].x0)


def _put(page: Page, ctx: Context, seg: Segment, lo: int, hi: int, name: str) -> None:
    old = seg.text[lo:hi].rstrip()
    colon = ":" if old.endswith(":") else ""
    new = _cased(_wording(ctx, name), old.rstrip(":")) + colon
    chars = seg.chars[lo : lo + len(old)]
    after = seg.chars[lo + len(old) :]
    if any(not c.text.isspace() for c in after):
        _reflow(page, seg, after, pdfmetrics.stringWidth(new, chars[0].font, chars[0].size)
                - (chars[-1].x1 - chars[0].x0))  # fmt: skip
    page.replace(chars, new, _room(page, seg, chars, after))
    ctx.replaced.append((name, old, new))


def _reflow(page: Page, seg: Segment, after: list[Char], delta: float) -> None:
    """Move the rest of a "Label: value" cell by ``delta`` points (a shorter label pulls its
    value in, a longer one pushes it out as far as the next cell allows), as a
    typesetter would; what does not fit is squeezed."""
    if delta > 0:
        nxt = seg.line.next_segment(seg)
        limit = nxt.x0 - 0.8 * seg.chars[0].size if nxt else page.width - 18
        delta = min(delta, max(limit - seg.chars[-1].x1, 0.0))
    for c in after:
        c.x0 += delta
        c.x1 += delta


def _stacked(page: Page, ctx: Context, line: TextLine, below: TextLine | None) -> bool:
    """Labels printed above their values ("Card no." over "GUK909949901"): a line of
    label cells, header fields only, each with a value cell starting right below it."""
    if below is None or not line.segments or line.base - below.base > 2.6 * line.chars[0].size:
        return False
    sources, known = ctx.words["sources"], ctx.words["known"]
    names = [sources.get(_norm(s.text)) for s in line.segments]
    if not any(names) or any(n and n not in HEADER_FIELDS for n in names):
        return False
    if any(ch.isdigit() for s in line.segments for ch in s.text):
        return False
    if any(_norm(s.text) in known for s in below.segments):
        return False  # a second heading row
    lefts = [s.x0 for s in below.segments]
    hits = [
        (s, n)
        for s, n in zip(line.segments, names, strict=True)
        if n and any(abs(s.x0 - x) < 2.5 for x in lefts)
    ]
    for s, n in hits:
        _put(page, ctx, s, 0, len(s.text), n)
    return bool(hits)


def labels(page: Page, ctx: Context) -> None:
    """Each field label (``Label: value``, ``Label - value``, a label cell before its value
    cell, or a label cell above its value) gets another wording of its field."""
    sources, known = ctx.words["sources"], ctx.words["known"]
    for k, line in enumerate(page.lines):
        below = page.lines[k + 1] if k + 1 < len(page.lines) else None
        if _stacked(page, ctx, line, below):
            continue
        for seg in line.segments:
            text = seg.text
            start = next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))
            found = _inline_labels(text, start, sources)
            if not found:
                name = _cell_label(seg, start, sources, known)
                found = [(start, len(text), name)] if name else []
            for lo, hi, name in found:
                _put(page, ctx, seg, lo, hi, name)


# --------------------------------------------------------------------------
# Value spellings and column orders (the table transformations)
#
# Both find what they change by the truth: a printed date, amount or code is re-spelled
# only when its value is one the expected JSON holds, and a table is found by its rows
# that print a service line's values. The spellings and the headings come from
# ``reword_cells.yaml``, split into ``dev`` and ``check`` halves like the labels.

CELLS_FILE = Path(__file__).resolve().parent / "reword_cells.yaml"


def load_cells(path: Path = CELLS_FILE) -> dict[str, Any]:
    """reword_cells.yaml, checked: both halves everywhere, no heading labels.yaml lists."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels_ = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    known = {_norm(w) for words in (labels_.get("columns") or {}).values() for w in words or []}
    for part in ("headings", "spellings"):
        for name, spec in data[part].items():
            for half in HALVES:
                if not spec.get(half):
                    raise ValueError(f"{path.name}: {part}.{name} has no {half} entries")
                if set(spec["dev"]) & set(spec["check"]):
                    raise ValueError(f"{path.name}: {part}.{name}: an entry is in both halves")
    for name, spec in data["headings"].items():
        for w in spec["dev"] + spec["check"]:
            if _norm(w) in known:
                raise ValueError(f"{path.name}: headings.{name}: {w!r} is in labels.yaml")
    return data


@functools.cache
def _cells_words() -> dict[str, Any]:
    return load_cells()


def _cells(ctx: Context) -> dict[str, Any]:
    """The table wordings and spellings: the context's own (tests), else the file's."""
    return ctx.words.get("cells") or _cells_words()


def _cells_choice(ctx: Context, key: str, options: list[str]) -> str:
    """One option per document and key (the same spelling all through a notice)."""
    if key not in ctx.chosen:
        ctx.chosen[key] = ctx.rng.choice(options)
    return ctx.chosen[key]


def _service_lines(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [sl for c in truth.get("claims") or [] for sl in c.get("service_lines") or []]


# -- what the truth holds, as the spelling transformation looks for it

_DATE_TEXT = re.compile(
    r"(?<![\w/.-])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}"
    r"|\d{2}\.\d{2}\.\d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}"
    r"|\d{1,2}-[A-Z][a-z]{2}-\d{4}|\d{2}[A-Z]{3}\d{4})(?![\w/-])"
)
_AMOUNT_TEXT = re.compile(r"(?<![\w.,$/-])\$?\d{1,3}(?:,\d{3})*\.\d{2}(?![\w.,/-]|,\d)")
_PROC_TEXT = re.compile(
    r"(?<![\w-])([A-Z]\d{4}|\d{4}[0-9A-Z])((?:[- :][A-Z0-9]{2}\b){0,3})(?![\w.,/])"
)
_DX_TEXT = re.compile(r"(?<![\w.])([A-TV-Z]\d{2})\.(\w{1,4})(?![\w.])")


def _truth_dates(truth: dict[str, Any]) -> set[str]:
    out = {sl.get("date_of_service") for sl in _service_lines(truth)}
    out.add(truth.get("notice_date"))
    return {d for d in out if d}


def _truth_amounts(truth: dict[str, Any]) -> set[Decimal]:
    out: set[Decimal] = set()
    keys = ("billed", "allowed", "paid", "patient_responsibility")
    for c in truth.get("claims") or []:
        rows = [*(c.get("service_lines") or []), c.get("totals") or {}]
        out |= {Decimal(r[k]) for r in rows for k in keys if r.get(k) is not None}
    return out


def _parse_printed_date(text: str) -> str | None:
    for fmt in (
        "%m/%d/%Y",
        "%m/%d/%y",
        "%Y-%m-%d",
        "%m-%d-%Y",
        "%m.%d.%Y",
        "%B %d, %Y",
        "%b %d, %Y",
        "%b. %d, %Y",
        "%d %B %Y",
        "%d %b %Y",
        "%d-%b-%Y",
        "%d%b%Y",
    ):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _spell_date(iso: str, style: str) -> str:
    """A date in ``style`` (strftime; %-d and %-m without a leading zero; a trailing "!"
    prints it upper case)."""
    d = datetime.strptime(iso, "%Y-%m-%d")
    upper = style.endswith("!")
    style = style.rstrip("!").replace("%-d", str(d.day)).replace("%-m", str(d.month))
    text = d.strftime(style)
    return text.upper() if upper else text


def _spell_amount(x: Decimal, style: str) -> str:
    """``x`` printed in ``style``: a format with {plain} (1,234.50), {bare} (1234.50),
    {short} (1234.5, 1234), {whole} (the dollars alone when there are no cents)."""
    plain_ = f"{abs(x):,.2f}"
    bare = f"{abs(x):.2f}"
    short = bare.rstrip("0").rstrip(".") if "." in bare else bare
    whole = f"{abs(x):,.0f}" if x == x.to_integral_value() else plain_
    text = style.format(plain=plain_, bare=bare, short=short, whole=whole)
    return f"({text})" if x < 0 else text


def _spell_code(code: str, mods: list[str], style: str) -> str:
    """A procedure code in ``style``: "PREFIX{code}|SEP", SEP one of dash, space, colon,
    comma (between modifiers) or glued (a letter modifier right after the code)."""
    head, _, sep_name = style.partition("|")
    sep = {"dash": "-", "space": " ", "colon": ":", "glued": "", "comma": ","}[sep_name or "dash"]
    text = head.format(code=code)
    for k, mod in enumerate(mods):
        s = sep
        if sep_name == "glued" and (k > 0 or not mod[0].isalpha()):
            s = "-"
        if sep_name == "comma" and k == 0:
            s = "-"
        text += s + mod
    return text


def _respell(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, new text) for the dates, amounts and codes of ``text`` the truth holds."""
    words = _cells(ctx)["spellings"]
    half = ctx.half
    out: list[tuple[int, int, str]] = []
    dates, amounts = _truth_dates(ctx.truth), _truth_amounts(ctx.truth)
    for m in _DATE_TEXT.finditer(text):
        iso = _parse_printed_date(m.group(0))
        if iso in dates:
            style = _cells_choice(ctx, "spell:date", words["dates"][half])
            out.append((m.start(), m.end(), _spell_date(iso, style)))
    for m in _AMOUNT_TEXT.finditer(text):
        value = Decimal(m.group(0).lstrip("$").replace(",", ""))
        if value in amounts:
            style = _cells_choice(ctx, "spell:amount", words["amounts"][half])
            out.append((m.start(), m.end(), _spell_amount(value, style)))
    codes = {
        sl.get("procedure_code"): sl.get("modifiers") or [] for sl in _service_lines(ctx.truth)
    }
    for m in _PROC_TEXT.finditer(text):
        mods = re.findall(r"[A-Z0-9]{2}", m.group(2) or "")
        if m.group(1) in codes and mods == codes[m.group(1)]:
            style = _cells_choice(ctx, "spell:procedure", words["procedures"][half])
            out.append((m.start(), m.end(), _spell_code(m.group(1), mods, style)))
    dx = {d for sl in _service_lines(ctx.truth) for d in sl.get("diagnosis_codes") or []}
    dx |= {d for c in ctx.truth.get("claims") or [] for d in c.get("diagnosis_codes") or []}
    for m in _DX_TEXT.finditer(text):
        if m.group(0) in dx:
            style = _cells_choice(ctx, "spell:diagnosis", words["diagnoses"][half])
            out.append((m.start(), m.end(), style.format(head=m.group(1), tail=m.group(2))))
    out.sort()
    return [o for k, o in enumerate(out) if k == 0 or o[0] >= out[k - 1][1]]


def spellings(page: Page, ctx: Context) -> None:
    """Printed dates, amounts and codes the truth holds, re-spelled (one spelling per
    notice and kind): "03/02/2026" -> "2-MAR-26", "1,250.00" -> "$1250.00", "Z39.1" ->
    "Z391". An amount that sits at its cell's right edge stays right-aligned."""
    for line in page.lines:
        for k, seg in enumerate(line.segments):
            text = seg.text
            prev = line.segments[k - 1] if k else None
            nxt = line.next_segment(seg)
            for start, end, new in reversed(_respell(text, ctx)):
                chars = seg.chars[start:end]
                if not chars:
                    continue
                old_w = chars[-1].x1 - chars[0].x0
                width = pdfmetrics.stringWidth(new, chars[0].font, chars[0].size)
                right = end >= len(text.rstrip()) and bool(_AMOUNT_TEXT.fullmatch(text[start:end]))
                lo = (prev.x1 + 0.6 * chars[0].size) if prev else 18.0
                hi = (nxt.x0 - 0.6 * chars[0].size) if nxt else page.width - 18
                if end < len(seg.chars):
                    hi = chars[-1].x1 if right else seg.chars[end].x0 - 0.3 * chars[0].size
                if right:  # keep the right edge; grow to the left
                    x = max(lo, chars[-1].x1 - width)
                    room = chars[-1].x1 - x
                else:
                    x, room = chars[0].x0, max(hi - chars[0].x0, old_w)
                for c in chars:
                    c.dropped = True
                page.runs.append(
                    Run(new, x, chars[0].base, chars[0].size, chars[0].font, chars[0].color, room)
                )
                ctx.replaced.append(("spelling", text[start:end], new))


# -- tables: found by rows that print a service line's values, columns by their cells

_AMOUNT_FIELDS = ("billed", "allowed", "paid", "patient_responsibility")


@dataclass
class _Band:
    lo: float  # where the column's room begins and ends (midway to its neighbours)
    hi: float
    x0: float  # the extent of its cells
    x1: float
    right: bool  # right-aligned (amounts)
    field: str | None  # what every one of its cells holds, by the truth
    amounts: bool


def _cell_value_fields(text: str, sl: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    t = text.strip()
    if _parse_printed_date(t) == sl.get("date_of_service"):
        out.add("date_of_service")
    m = _PROC_TEXT.fullmatch(t)
    if m and m.group(1) == sl.get("procedure_code"):
        out.add("procedure_code")
    if _AMOUNT_TEXT.fullmatch(t):
        v = Decimal(t.lstrip("$").replace(",", ""))
        out |= {k for k in _AMOUNT_FIELDS if sl.get(k) is not None and Decimal(sl[k]) == v}
        out.add("amount")
    return out


def _row_match(line: TextLine, lines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The service line whose values ``line`` prints best (a date or code and two amounts
    at least; the date counts most)."""
    best, best_score = None, 0
    for sl in lines:
        found: set[str] = set()
        for seg in line.segments:
            found |= _cell_value_fields(seg.text, sl)
        amounts = len(found & set(_AMOUNT_FIELDS))
        if amounts >= 2 and found & {"date_of_service", "procedure_code"}:
            score = amounts + len(found & {"procedure_code"}) + 3 * ("date_of_service" in found)
            if score > best_score:
                best, best_score = sl, score
    return best


def _amount_line(line: TextLine) -> bool:
    return sum(bool(_AMOUNT_TEXT.fullmatch(s.text.strip())) for s in line.segments) >= 2


def _tables(page: Page, truth: dict[str, Any]) -> list[tuple[list[int], dict[int, dict[str, Any]]]]:
    """Each run of service rows on the page: its line indexes (rows, totals and the lines
    between them) and the service line each row prints."""
    sls = _service_lines(truth)
    rows = {i: sl for i, ln in enumerate(page.lines) if (sl := _row_match(ln, sls)) is not None}
    out: list[tuple[list[int], dict[int, dict[str, Any]]]] = []
    for i in sorted(rows):
        if out and i - out[-1][0][-1] <= 3:
            out[-1][0].extend(range(out[-1][0][-1] + 1, i + 1))
            out[-1][1][i] = rows[i]
        else:
            out.append(([i], {i: rows[i]}))
    for idx, _ in out:  # a totals row right under the rows
        j = idx[-1] + 1
        if j < len(page.lines) and _amount_line(page.lines[j]) and j not in rows:
            idx.append(j)
    return out


def _bands(page: Page, rows: dict[int, dict[str, Any]]) -> list[_Band]:
    """The columns of a table, from the cells of its service rows."""
    spans: list[list[float]] = []
    for i in rows:
        for seg in page.lines[i].segments:
            for s in spans:
                if seg.x0 < s[1] + 1 and seg.x1 > s[0] - 1:
                    s[0], s[1] = min(s[0], seg.x0), max(s[1], seg.x1)
                    s.append(seg.x0)
                    s.append(seg.x1)
                    break
            else:
                spans.append([seg.x0, seg.x1, seg.x0, seg.x1])
    spans.sort()
    merged: list[list[float]] = []
    for s in spans:
        if merged and s[0] < merged[-1][1] + 1:
            merged[-1] = [merged[-1][0], max(merged[-1][1], s[1]), *merged[-1][2:], *s[2:]]
        else:
            merged.append(s)
    bands = []
    for k, s in enumerate(merged):
        lo = (merged[k - 1][1] + s[0]) / 2 if k else s[0] - 40
        hi = (s[1] + merged[k + 1][0]) / 2 if k + 1 < len(merged) else page.width
        lefts, rights = s[2::2], s[3::2]
        right = (max(rights) - min(rights)) <= (max(lefts) - min(lefts))
        bands.append(_Band(lo, hi, s[0], s[1], right, None, True))
    for b in bands:
        fields: set[str] | None = None
        for i, sl in rows.items():
            cells = [sg for sg in page.lines[i].segments if b.x0 - 1 <= sg.x0 and sg.x1 <= b.x1 + 1]
            if len(cells) != 1:
                fields, b.amounts = set(), False
                break
            got = _cell_value_fields(cells[0].text, sl)
            b.amounts = b.amounts and "amount" in got
            fields = got if fields is None else fields & got
        named = (fields or set()) - {"amount"}
        b.field = next(iter(named)) if len(named) == 1 else None
        b.right = b.right and b.amounts
    claimed = [b.field for b in bands if b.field]
    for b in bands:
        if claimed.count(b.field) > 1:
            b.field = None  # two columns hold the same values: neither is known
    return bands


def _heading_lines(page: Page, first: int, bands: list[_Band]) -> list[int]:
    """The lines right above a table's first row that name its columns (words, no values,
    no sentence), when together they name two columns at least."""
    out: list[int] = []
    below = page.lines[first]
    touched: set[int] = set()
    for j in range(first - 1, max(first - 4, -1), -1):
        ln = page.lines[j]
        text = "".join(c.text for c in ln.chars)
        size = ln.chars[0].size if ln.chars else 8
        if not ln.chars or ln.base - below.base > 2.6 * size or re.search(r"\d", text):
            break
        if any(len(sg.text.split()) > 4 for sg in ln.segments):
            break  # a sentence, not a heading
        if ln.chars[0].x0 < bands[0].lo - 2 or ln.chars[-1].x1 > bands[-1].hi + 2:
            break
        touched |= {k for k, b in enumerate(bands) for c in ln.chars if b.lo <= _mid(c) < b.hi}
        out.append(j)
        below = ln
    return sorted(out) if len(touched) >= 2 else []


def _mid(c: Char) -> float:
    return (c.x0 + c.x1) / 2


def _text(chars: list[Char]) -> str:
    """The characters as words: a space where the page leaves a gap without one."""
    out = ""
    for k, c in enumerate(chars):
        if k and not c.text.isspace() and not chars[k - 1].text.isspace():
            if c.x0 - chars[k - 1].x1 > 0.2 * c.size:
                out += " "
        out += c.text if len(c.text) == 1 else "?"
    return re.sub(r"\s+", " ", out).strip()


def _overlap(a0: float, a1: float, b: _Band) -> float:
    return max(0.0, min(a1, b.hi) - max(a0, b.lo))


def _split_glued(chars: list[Char], bands: list[_Band]) -> list[list[Char]]:
    """A heading cell run into its neighbours ("Plan paidYour total"): cut where the
    characters cross from one column's room into the next."""
    out: list[list[Char]] = []
    for c in chars:
        k = next((n for n, b in enumerate(bands) if b.lo <= _mid(c) < b.hi), -1)
        if out and out[-1][0] == k:
            out[-1][1].append(c)
        else:
            out.append((k, [c]))
    return [cs for _, cs in out]


def _pieces_of(
    line: TextLine, bands: list[_Band], heading: bool
) -> dict[int, list[list[Char]]] | None:
    """Each column's text on ``line`` (pieces of characters), by the column each printed
    cell overlaps most; None when a cell with digits crosses into a neighbouring column
    (a note under the rows: left where it is)."""
    out: dict[int, list[list[Char]]] = {k: [] for k in range(len(bands))}
    for seg in line.segments:
        chars = [c for c in seg.chars if not c.dropped]
        if not chars:
            continue
        over = [_overlap(chars[0].x0, chars[-1].x1, b) for b in bands]
        width = max(chars[-1].x1 - chars[0].x0, 0.1)
        if sum(o > 0.25 * width for o in over) > 1:
            if not heading:
                return None
            parts = _split_glued(chars, bands)
        else:
            parts = [chars]
        for cs in parts:
            over = [_overlap(cs[0].x0, cs[-1].x1, b) for b in bands]
            best = max(range(len(bands)), key=lambda n: over[n])
            if over[best] >= 0.5 * (cs[-1].x1 - cs[0].x0):  # else a column without cells here
                out[best].append(cs)
    return out


def _draw_at(page: Page, chars: list[Char], x: float, room: float, text: str) -> None:
    first = chars[0]
    for c in chars:
        c.dropped = True
    if text:
        page.runs.append(Run(text, x, first.base, first.size, first.font, first.color, room))


def _move(page: Page, src: _Band, dst: _Band, pieces: list[list[Char]]) -> list[Run]:
    delta = (dst.x1 - src.x1) if src.right else (dst.x0 - src.x0)
    runs = []
    for chars in pieces:
        text = _text(chars)
        width = pdfmetrics.stringWidth(text, chars[0].font, chars[0].size)
        if src.right:
            right_edge = min(chars[-1].x1 + delta, dst.hi - 1.5)
            x = max(right_edge - width, dst.lo + 1.5)
            room = right_edge - x
        else:
            x = max(chars[0].x0 + delta, dst.lo + 1.5)
            room = dst.hi - 1.5 - x
        _draw_at(page, chars, x, max(room, 4.0), text)
        runs.append(page.runs[-1])
    return runs


def _order(ctx: Context, bands: list[_Band]) -> list[int]:
    """order[m]: the column printed at band m (the amount columns shuffled, and half the
    time the date and code columns swapped). One order per notice and number of amount
    columns, so a table continued on the next page keeps its order."""
    order = list(range(len(bands)))
    amounts = [k for k, b in enumerate(bands) if b.amounts and b.right]
    key = f"order:{len(amounts)}"
    if key not in ctx.chosen:
        moved = list(range(len(amounts)))
        for _ in range(6):
            ctx.rng.shuffle(moved)
            if moved != sorted(moved):
                break
        ctx.chosen[key] = ",".join(map(str, moved))
    moved = [amounts[int(k)] for k in ctx.chosen[key].split(",") if k]
    for k, m in zip(amounts, moved, strict=True):
        order[m] = k
    if "order:swap" not in ctx.chosen:
        ctx.chosen["order:swap"] = "yes" if ctx.rng.random() < 0.5 else "no"
    pair = [k for k, b in enumerate(bands) if b.field in ("date_of_service", "procedure_code")]
    if len(pair) == 2 and ctx.chosen["order:swap"] == "yes":
        order[pair[0]], order[pair[1]] = order[pair[1]], order[pair[0]]
    return order


def _rework_table(
    page: Page,
    ctx: Context,
    idx: list[int],
    rows: dict[int, dict[str, Any]],
    reorder: bool,
    rehead: bool,
) -> None:
    bands = _bands(page, rows)
    heads = _heading_lines(page, idx[0], bands)
    order = _order(ctx, bands) if reorder else list(range(len(bands)))
    moves = [(order[m], m) for m in range(len(bands)) if order[m] != m]
    heading: dict[int, list[Run | list[Char]]] = {k: [] for k in range(len(bands))}
    for j in [*heads, *idx]:
        parts = _pieces_of(page.lines[j], bands, j in heads)
        if parts is None:
            continue  # a note across the columns: left where it is
        for src, dst in moves:
            if parts[src]:
                runs = _move(page, bands[src], bands[dst], parts[src])
                if j in heads:
                    heading[src].extend(runs)
        if j in heads:
            for k in range(len(bands)):
                if order[k] == k:
                    heading[k].extend(parts[k])
    if rehead:
        for k, b in enumerate(bands):
            if heading[k] and b.field in _cells(ctx)["headings"]:
                _rehead(page, ctx, b, bands[order.index(k)], heading[k])


def _rehead(page: Page, ctx: Context, b: _Band, dst: _Band, old: list[Run | list[Char]]) -> None:
    """The column's heading (its characters or the runs it was moved as) in another
    wording of its field, on the heading's last line, where the old one began or ended."""
    words = _cells(ctx)["headings"][b.field or ""][ctx.half]
    wording = _cells_choice(ctx, "heading:" + (b.field or ""), words)
    texts, lefts, rights, last = [], [], [], None
    for item in old:
        if isinstance(item, Run):
            page.runs.remove(item)
            width = pdfmetrics.stringWidth(item.text, item.font, item.size)
            texts.append(item.text)
            lefts.append(item.x)
            rights.append(item.x + min(width, item.room or width))
            cur = (item.base, item.size, item.font, item.color)
        else:
            for c in item:
                c.dropped = True
            texts.append(_text(item))
            lefts.append(item[0].x0)
            rights.append(item[-1].x1)
            cur = (item[0].base, item[0].size, item[0].font, item[0].color)
        if last is None or cur[0] <= last[0]:
            last = cur
    assert last is not None
    base, size, font, color = last
    new = _cased(wording, " ".join(texts))
    width = pdfmetrics.stringWidth(new, font, size)
    if b.right:
        right_edge = min(max(rights), dst.hi - 1.5)
        x = max(right_edge - width, dst.lo + 1.5)
        room = right_edge - x
    else:
        x = max(min(lefts), dst.lo + 1.5)
        room = dst.hi - 1.5 - x
    page.runs.append(Run(new, x, base, size, font, color, max(room, 4.0)))
    ctx.replaced.append(("heading", " ".join(texts), new))


def _columns(page: Page, ctx: Context, reorder: bool, rehead: bool) -> None:
    for idx, rows in _tables(page, ctx.truth):
        _rework_table(page, ctx, idx, rows, reorder, rehead)


def columns(page: Page, ctx: Context) -> None:
    """Each service table's amount columns in another order (and the date and code
    columns swapped, half the time), its headings in other table wordings."""
    _columns(page, ctx, True, True)


def column_order(page: Page, ctx: Context) -> None:
    """Only the columns' order changes; their headings move with them."""
    _columns(page, ctx, True, False)


def headings(page: Page, ctx: Context) -> None:
    """Only the headings change: each named by another table wording of its field."""
    _columns(page, ctx, False, True)


Transform = Callable[[Page, Context], None]
TRANSFORMS: dict[str, Transform] = {
    "labels": labels,
    "spellings": spellings,
    "columns": columns,
    "column_order": column_order,
    "headings": headings,
}


# --------------------------------------------------------------------------
# Documents and sets


def is_text_pdf(path: Path) -> bool:
    with pdfplumber.open(path) as pdf:
        return all(p.chars for p in pdf.pages)


def reword_pdf(
    src: Path, out: Path, transforms: list[str], ctx: Context
) -> list[tuple[str, str, str]]:
    """Re-typeset ``src`` into ``out`` with ``transforms`` applied; returns what was replaced."""
    with pdfplumber.open(src) as pdf:
        pages = [read_page(p) for p in pdf.pages]
    for page in pages:
        for name in transforms:
            TRANSFORMS[name](page, ctx)
    write_pdf(pages, out)
    return ctx.replaced


def reword_set(
    folder: Path,
    out: Path,
    *,
    half: str,
    seed: int = 0,
    transforms: list[str] | None = None,
    words: dict[str, Any] | None = None,
    log: Any = sys.stdout,
) -> int:
    """Every text PDF of ``folder`` with its expected JSON, re-worded into ``out``."""
    transforms = transforms or ["labels"]
    words = words or load_words()
    out.mkdir(parents=True, exist_ok=True)
    done = 0
    for exp in sorted(folder.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = exp.with_name(stem + ".pdf")
        if not src.exists() or not is_text_pdf(src):
            continue
        truth = json.loads(exp.read_text(encoding="utf-8"))
        rng = random.Random(f"{seed}:{half}:{stem}")
        ctx = Context(stem, truth, half, rng, words)
        dst = out / src.name
        replaced = reword_pdf(src, dst, transforms, ctx)
        truth.setdefault("source", {})["sha256"] = hashlib.sha256(dst.read_bytes()).hexdigest()
        tmp = out / (exp.name + ".tmp")
        tmp.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(out / exp.name)
        done += 1
        if log:
            pairs = sorted({f"{o.strip()} -> {n}" for _, o, n in replaced})
            print(f"{stem:40} {len(replaced):3} replaced: " + "; ".join(pairs), file=log)
    return done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("folders", nargs="+", type=Path, help="sets to re-word (tune/, fresh/ ...)")
    ap.add_argument("--out", type=Path, required=True, help="one sub-folder per set goes here")
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--transform",
        action="append",
        choices=sorted(TRANSFORMS),
        help="transformations, in order (default: labels)",
    )
    ap.add_argument("--quiet", action="store_true", help="no line per document")
    args = ap.parse_args(argv)
    try:
        words = load_words()
    except (OSError, ValueError, yaml.YAMLError) as e:
        print(f"reword: {e}", file=sys.stderr)
        return 1
    total = 0
    for folder in args.folders:
        if not folder.is_dir():
            print(f"reword: {folder} is not a folder", file=sys.stderr)
            return 1
        if folder.resolve().name in FORBIDDEN or any((folder / f).exists() for f in FORBIDDEN):
            print(
                f"reword: {folder}: pass one tuning set (tune/, fresh/ ...)",
                file=sys.stderr,
            )
            return 1
        total += reword_set(
            folder,
            args.out / folder.name,
            half=args.half,
            seed=args.seed,
            transforms=args.transform,
            words=words,
            log=None if args.quiet else sys.stdout,
        )
    print(f"{total} documents re-worded into {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
