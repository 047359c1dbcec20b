"""Show what the reader sees in a document, and where each value was read.

    python scripts/show_layout.py denial.pdf            # lines, labelled fields, code key, tables
    python scripts/show_layout.py denial.pdf --png out/ # also page images with the evidence boxes

The text view shows which label synonyms matched (appealgen/data/rules/labels.yaml)
and how a table's columns were named. With ``--png`` each page is rendered
(pypdfium2) and every value's evidence box is drawn on it (Pillow): green for a
value the reader is sure of, orange for one it is not, with the field path beside
it; ``out/page-1.png``, ``out/page-2.png``, … are written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from appealgen.models import ParseResult
from appealgen.read.codekey import read_code_key
from appealgen.read.extract import load
from appealgen.read.fields import find_fields
from appealgen.read.layout import document_lines
from appealgen.read.parse import parse_file
from appealgen.read.table_rows import find_tables

RENDER_SCALE = 2.0  # pixels per PDF point
SURE = (0, 150, 60)
UNSURE = (230, 120, 0)


def show_text(path: Path) -> None:
    doc = load(path, max_pages=None)
    lines = document_lines(doc.pages)
    print("--- lines (cells separated by |)")
    for i, ln in enumerate(lines):
        print(f"{i:3} p{ln.page} " + " | ".join(c.text for c in ln.cells))
    print("--- labelled fields")
    for f in find_fields(lines):
        print(f"{f.line:3} {f.field:<16} {f.value!r}  (label {f.label!r})")
    print("--- code key")
    for code, text in read_code_key(lines)[0].items():
        print(f"    {code}: {text[:90]}")
    print("--- tables")
    for t in find_tables(lines):
        print(f"{t.header_index:3} " + " | ".join(f"{c.name}={c.label!r}" for c in t.columns))
        for r in t.rows:
            print(f"    {r.line_index:3} {'TOTAL ' if r.is_total else ''}{r.cells} {r.extra or ''}")


def draw_evidence(path: Path, result: ParseResult, outdir: Path) -> list[Path]:
    """One PNG per page with each value's evidence box and field path drawn on it."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            img = page.render(scale=RENDER_SCALE).to_pil().convert("RGB")
            page.close()
            draw = ImageDraw.Draw(img)
            for field, ev in result.evidence.items():
                if ev.page != n + 1 or ev.bbox is None:
                    continue
                x0, top, x1, bottom = (v * RENDER_SCALE for v in ev.bbox)
                colour = SURE if ev.sure else UNSURE
                draw.rectangle([x0 - 1, top - 1, x1 + 1, bottom + 1], outline=colour, width=2)
                draw.text((x0, max(0, top - 11)), f"{field} {ev.confidence:.2f}", fill=colour)
            out = outdir / f"page-{n + 1}.png"
            img.save(out)
            written.append(out)
    finally:
        pdf.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("file", type=Path)
    ap.add_argument("--png", type=Path, help="write page images with the evidence boxes here")
    args = ap.parse_args(argv)
    show_text(args.file)
    if args.png:
        result = parse_file(args.file, max_pages=None)
        print("--- evidence")
        for field, ev in result.evidence.items():
            mark = "sure  " if ev.sure else "UNSURE"
            print(f"    {mark} {ev.confidence:.2f} {field:<48} {ev.reader:<14} {ev.reason or ''}")
        if result.source.kind != "remittance_835" and args.file.suffix.lower() == ".pdf":
            for p in draw_evidence(args.file, result, args.png):
                print(f"wrote {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
