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
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
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
FORBIDDEN = ("heldout", "outside")  # how the lead measures unseen layouts: never re-worded

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
    if name.startswith("Vera"):
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
        c.rect(s["x0"], s["y0"], s["x1"] - s["x0"], s["y1"] - s["y0"], stroke=stroke, fill=fill)
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
    for name, spec in data["fields"].items():
        for half in HALVES:
            if not spec.get(half):
                raise ValueError(f"{path.name}: {name} has no {half} wordings")
            for w in spec[half]:
                if _norm(w) in known:
                    raise ValueError(f"{path.name}: {name}: {w!r} is in labels.yaml")
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


_LABEL_END = re.compile(r"\s*(?::|(?<=[A-Za-z.#)])\s*$)")


def _label_in(
    seg: Segment, sources: dict[str, str], known: set[str]
) -> tuple[int, int, str] | None:
    """(first and end char of the label, colon included; its field) when ``seg`` starts
    with a label (after a bullet, if any)."""
    text = seg.text
    start = next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))
    colon = text.find(":", start)
    if colon > start:
        name = sources.get(_norm(text[start:colon]))
        return (start, colon + 1, name) if name else None
    # a label cell before its value cell; never a heading among headings (a table's
    # heading row is the column transformations' business)
    line = seg.line
    i = line.segments.index(seg)
    nxt = line.segments[i + 1] if i + 1 < len(line.segments) else None
    prev = line.segments[i - 1] if i > 0 else None
    if nxt is None or not any(ch.isalnum() for ch in nxt.text):
        return None
    if any(s is not None and _norm(s.text) in known for s in (prev, nxt)):
        return None
    name = sources.get(_norm(text[start:]))
    if name and not any(ch.isdigit() for ch in text):
        return start, len(text), name
    return None


def labels(page: Page, ctx: Context) -> None:
    """Each ``Label: value`` (or label cell, value cell) gets another wording of its field."""
    sources = ctx.words["sources"]
    for line in page.lines:
        for seg in line.segments:
            found = _label_in(seg, sources, ctx.words["known"])
            if found is None:
                continue
            start, n, name = found
            old = seg.text[start:n]
            colon = ":" if old.rstrip().endswith(":") else ""
            new = _cased(_wording(ctx, name), old.rstrip(":")) + colon
            chars = seg.chars[start:n]
            after = seg.chars[n:]
            value = next((c for c in after if not c.text.isspace()), None)
            if value is not None:
                room = value.x0 - chars[0].x0 - max(0.45 * chars[0].size, 3.5)
            else:
                nxt = line.next_segment(seg)
                end = nxt.x0 - 0.8 * chars[0].size if nxt else page.width - 18
                room = end - chars[0].x0
            page.replace(chars, new, max(room, chars[-1].x1 - chars[0].x0))
            ctx.replaced.append((name, old, new))


Transform = Callable[[Page, Context], None]
TRANSFORMS: dict[str, Transform] = {"labels": labels}


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
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
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
            print(f"reword: {folder}: pass one tuning set (tune/, fresh/ ...)", file=sys.stderr)
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
