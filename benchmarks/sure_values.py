"""How well the reader knows when it is right: wrong values it marks sure, right ones it doubts.

    python benchmarks/sure_values.py tests/data/varied/tune          # the tune split
    python benchmarks/sure_values.py tests/data/varied/blind         # an untuned set
    python benchmarks/sure_values.py samples --show wrong            # every wrong sure value
    python benchmarks/sure_values.py tests/data/varied/tune --show doubted   # right, unsure
    python benchmarks/sure_values.py tests/data/varied/tune --by-field
    python benchmarks/sure_values.py tests/data/varied/novel --ocr-cache /tmp/ocr
        # tesseract's output kept per page image, as scan_gap.py --ocr-cache

A letter prints only the values the reader is sure of, so a wrong value marked sure is a
wrong fact in a letter, and a right value left unsure is a placeholder the person fills in.
Uses the same ``score_sure()`` as tests/test_evidence.py. Targets: no wrong value sure;
at least 90% of right values sure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from appealgen import parse_file
from appealgen.errors import AppealgenError
from appealgen.read.score import SureScore, score_sure

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import documents  # noqa: E402


def _field(line: str) -> str:
    """'v01_x claims.0.service_lines.1.paid: got …' -> 'service_lines.paid'."""
    path = line.split(" ", 1)[1].split(":", 1)[0]
    return ".".join(p for p in path.split(".") if not p.isdigit() and p != "claims")


def run(folder: Path) -> tuple[SureScore, Counter[str]]:
    total = SureScore()
    wrong_sure: Counter[str] = Counter()
    for stem, src, exp in documents(folder):
        want: dict[str, Any] = json.loads(exp.read_text(encoding="utf-8"))
        try:
            got = parse_file(src).to_dict()
        except AppealgenError as e:
            print(f"{stem}: {e.one_line()}")
            continue
        s = score_sure(got, want, name=stem)
        total.merge(s)
        wrong_sure.update(_field(w) for w in s.wrong_sure)
    return total, wrong_sure


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path, default=[Path("samples")])
    ap.add_argument(
        "--show",
        choices=("wrong", "doubted"),
        help="list every wrong value marked sure, or every right value left unsure and why",
    )
    ap.add_argument("--by-field", action="store_true", help="wrong sure values per field")
    ap.add_argument("--json", type=Path, help="write the counts here")
    ap.add_argument(
        "--ocr-cache",
        type=Path,
        metavar="DIR",
        help="keep tesseract's output per page image here (as scan_gap.py --ocr-cache)",
    )
    args = ap.parse_args(argv)
    if args.ocr_cache:
        from scan_gap import cache_ocr

        cache_ocr(args.ocr_cache)
    figures: dict[str, Any] = {}
    for folder in args.folders:
        s, by_field = run(folder)
        print(f"== {folder}")
        print(s.report())
        if args.by_field:
            for name, n in by_field.most_common():
                print(f"  {name:<40} {n}")
        if args.show:
            shown = s.wrong_sure if args.show == "wrong" else s.right_unsure
            print("\n".join("   " + w for w in shown))
        right = s.sure_right + s.unsure_right
        figures[str(folder)] = {
            "sure_right": s.sure_right,
            "sure_wrong": s.sure_wrong,
            "unsure_right": s.unsure_right,
            "unsure_wrong": s.unsure_wrong,
            "right_values_sure": round(s.sure_right / right, 4) if right else 1.0,
        }
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
