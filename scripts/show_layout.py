"""Show what the parser sees in a document: lines and cells, labelled fields, tables.

    python scripts/show_layout.py denial.pdf

Useful when a payer's layout reads wrong: it shows which label synonyms matched
(appealgen/data/rules/labels.yaml) and how a table's columns were named.
"""

from __future__ import annotations

import sys
from pathlib import Path

from appealgen.read.codekey import read_code_key
from appealgen.read.extract import load
from appealgen.read.fields import find_fields
from appealgen.read.layout import document_lines
from appealgen.read.table_rows import find_tables


def main(path: str) -> None:
    doc = load(Path(path), max_pages=None)
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
