"""Scans field by field: the header, the claim's totals and each service line's fields apart.

    python benchmarks/scan_fields.py tests/data/varied/drift --families d00 d01 d02 d03 d04
    python benchmarks/scan_fields.py /tmp/beyond-scans --ocr-cache /tmp/ocr   # scan_gap --keep
    python benchmarks/scan_fields.py /tmp/beyond-scans --misses lines          # each line miss

A scan can read every header field and every claim's total and still lose its service
lines: a row missing, two rows read as one, an amount taken from the next column. The
overall figure hides that; this table gives three groups (``header``: the notice's and the
claim's own fields, ``totals``: the claim's totals, ``lines``: the service lines) and each
field of a service line by itself (billed, allowed, paid, patient share, adjustments, date
of service, procedure code, units), with how many lines the reader found against the lines
printed. Only scans (``ocr_used`` in the truth) are scored. ``--ocr-cache DIR`` keeps
tesseract's output per page image (``scan_gap.py``'s cache), so a change that follows OCR
reads a folder again quickly. ``--misses lines|totals|header|all`` lists those misses.
As for the other benchmarks: a tuning set only (never ``heldout/`` or ``outside/``); a
check half is scored as totals only (leave out ``--misses``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

FORBIDDEN = ("heldout", "outside")
GROUPS = ("header", "totals", "lines")


def group_of(miss_or_field: str) -> str:
    """'x claim[0] line[1] billed' -> lines; 'totals.paid' -> totals; the rest -> header."""
    where = miss_or_field.split(": got ", 1)[0]
    if " line[" in where:
        return "lines"
    return "totals" if where.rsplit(" ", 1)[-1].startswith("totals.") else "header"


def line_count(doc: dict[str, Any]) -> int:
    return sum(len(c.get("service_lines") or []) for c in doc.get("claims") or [])


class Tally:
    """Right and total per group and per service-line field, lines found against printed."""

    def __init__(self) -> None:
        self.groups: dict[str, list[int]] = {g: [0, 0] for g in GROUPS}
        self.fields: dict[str, list[int]] = {}
        self.lines = [0, 0, 0]  # found (per notice, at most those printed), printed, read
        self.misses: list[str] = []
        self.docs = 0
        self.refused: list[str] = []

    def add(self, got: dict[str, Any], want: dict[str, Any], name: str) -> None:
        from appealgen.read.score import LINE_FIELDS, score

        s = score(got, want, name=name)
        self.docs += 1
        missed = Counter(m.split(": got ", 1)[0] for m in s.misses)
        for f, (r, t) in s.per_field.items():
            g = "totals" if f.startswith("totals.") else "header"
            if f in LINE_FIELDS:
                wrong_in_lines = sum(
                    n for k, n in missed.items() if " line[" in k and k.endswith(" " + f)
                )
                lr = self.fields.setdefault(f, [0, 0])
                line_total = sum(len(c.get("service_lines") or []) for c in want["claims"])
                lr[0] += line_total - wrong_in_lines
                lr[1] += line_total
                self.groups["lines"][0] += line_total - wrong_in_lines
                self.groups["lines"][1] += line_total
                r, t = r - (line_total - wrong_in_lines), t - line_total
                g = "header"  # a claim's diagnosis codes share the line fields' name
            self.groups[g][0] += r
            self.groups[g][1] += t
        printed, read = line_count(want), line_count(got)
        self.lines[0] += min(printed, read)
        self.lines[1] += printed
        self.lines[2] += read
        self.misses += s.misses

    def report(self, want_misses: str | None) -> list[str]:
        found, printed, read = self.lines
        out = [f"{self.docs} scans, lines found {found}/{printed}, read {read}"]
        for g in GROUPS:
            r, t = self.groups[g]
            out.append(f"  {g:28} {r / t if t else 1:7.1%}  ({r}/{t})")
        total = [sum(v[0] for v in self.groups.values()), sum(v[1] for v in self.groups.values())]
        out.append(
            f"  {'all fields':28} {total[0] / max(total[1], 1):7.1%}  ({total[0]}/{total[1]})"
        )
        out.append("  service-line fields:")
        for f, (r, t) in sorted(self.fields.items(), key=lambda kv: kv[1][0] / max(kv[1][1], 1)):
            out.append(f"    {f:26} {r / t if t else 1:7.1%}  ({r}/{t})")
        if self.refused:
            out.append(f"  refused: {len(self.refused)}")
        if want_misses:
            out += [
                "  " + m for m in self.misses if want_misses == "all" or group_of(m) == want_misses
            ]
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("folder", type=Path, help="a folder of scans with their expected JSON")
    ap.add_argument("--families", nargs="+", default=[], metavar="ID", help="only these (d00 …)")
    ap.add_argument("--ocr-cache", type=Path, metavar="DIR", help="tesseract's output per page")
    ap.add_argument("--misses", choices=["lines", "totals", "header", "all"])
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument("--quiet", action="store_true", help="no line per file")
    args = ap.parse_args(argv)
    if any(part in FORBIDDEN for part in args.folder.resolve().parts):
        ap.error(f"{args.folder}: pass a tuning set")
    from accuracy import documents
    from scan_gap import cache_ocr

    from appealgen import parse_file
    from appealgen.errors import AppealgenError

    os.environ["APPEALGEN_HOME"] = tempfile.mkdtemp(prefix="scan-fields-store-")
    if args.ocr_cache:
        cache_ocr(args.ocr_cache)
    tally = Tally()
    for stem, src, exp in documents(args.folder):
        if args.families and stem.split("_", 1)[0] not in args.families:
            continue
        want = json.loads(exp.read_text(encoding="utf-8"))
        if not want.get("source", {}).get("ocr_used"):
            continue
        try:
            got = parse_file(src).to_dict()
        except AppealgenError as e:
            tally.refused.append(f"{stem}: {e.one_line()}")
            got = {}
        before = len(tally.misses)
        tally.add(got, want, stem)
        if not args.quiet:
            print(f"  {stem:40} misses {len(tally.misses) - before}", file=sys.stderr)
    print("\n".join(tally.report(args.misses)))
    if args.json:
        figures = {
            "groups": {g: v[0] / v[1] if v[1] else 1.0 for g, v in tally.groups.items()},
            "fields": {f: v[0] / v[1] if v[1] else 1.0 for f, v in tally.fields.items()},
            "lines_found": tally.lines,
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
