"""How well the reader knows when it is right: wrong values it marks sure, right ones it doubts.

    python benchmarks/sure_values.py tests/data/varied/tune          # the tune split
    python benchmarks/sure_values.py tests/data/varied/blind         # an untuned set
    python benchmarks/sure_values.py samples --show wrong            # every wrong sure value
    python benchmarks/sure_values.py tests/data/varied/tune --show doubted   # right, unsure
    python benchmarks/sure_values.py tests/data/varied/tune --by-field
    python benchmarks/sure_values.py tests/data/varied/novel --ocr-cache /tmp/ocr
        # tesseract's output kept per page image, as scan_gap.py --ocr-cache
    python benchmarks/sure_values.py tests/data/varied/tune tests/data/varied/fresh --by-reason
        # where placeholders come from: per field and doubt reason, unsure values right,
        # wrong or unexpected, summed over the folders given
    python benchmarks/sure_values.py tests/data/varied/grounds --families g05 g06 --totals
        # a check half: the totals alone, no value, reason or document named

A letter prints only the values the reader is sure of, so a wrong value marked sure is a
wrong fact in a letter, and a right value left unsure is a placeholder the person fills in.
Uses the same ``score_sure()`` as tests/test_evidence.py. Targets: no wrong value sure;
at least 90% of right values sure.
"""

from __future__ import annotations

import argparse
import json
import re
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


VERDICTS = ("right", "wrong", "unexpected", "missed")
# a reason's particulars (numbers, quoted words, a learned layout's name) left out, so that
# the same doubt on different values counts as one reason
_QUOTED = re.compile(r"""'[^']*'|"[^"]*"|“[^”]*”""")
_NUMBER = re.compile(r"\d[\d,.]*")
_LAYOUT = re.compile(r"(learned layout) [^\s:]+")


def doubt_reason(reason: str | None, verdict: str) -> str:
    """The reader's reason for an unsure value, its particulars left out."""
    if verdict == "missed":
        return "(no category read)"
    if not reason:
        return "(no reason given)"
    reason = _LAYOUT.sub(r"\1 NAME", _QUOTED.sub("'…'", reason))
    return " ".join(_NUMBER.sub("#", reason).split())


def by_reason(doubts: list[tuple[str, str | None, str]]) -> Counter[tuple[str, str, str]]:
    """(field, reason, verdict) -> how many unsure values."""
    return Counter(
        (_field("x " + path + ":"), doubt_reason(reason, verdict), verdict)
        for path, reason, verdict in doubts
    )


def reason_table(counts: Counter[tuple[str, str, str]]) -> list[str]:
    """One row per field and reason, most doubts first: right, wrong, unexpected, missed."""
    rows: dict[tuple[str, str], Counter[str]] = {}
    for (name, reason, verdict), n in counts.items():
        rows.setdefault((name, reason), Counter())[verdict] += n
    out = [f"  {'field':<36} {'right':>5} {'wrong':>5} {'unexp':>5} {'missed':>6}  reason"]
    for (name, reason), c in sorted(rows.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        cells = " ".join(f"{c[v]:>5}" for v in VERDICTS[:3])
        out.append(f"  {name:<36} {cells} {c['missed']:>6}  {reason}")
    return out


def run(folder: Path, families: tuple[str, ...] = ()) -> tuple[SureScore, Counter[str]]:
    total = SureScore()
    wrong_sure: Counter[str] = Counter()
    for stem, src, exp in documents(folder):
        if families and not stem.startswith(families):
            continue
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
    ap.add_argument(
        "--by-reason",
        action="store_true",
        help="unsure values per field and doubt reason (right, wrong, unexpected), all folders",
    )
    ap.add_argument(
        "--totals",
        action="store_true",
        help="print the totals alone (for a check half): no value, reason or document",
    )
    ap.add_argument(
        "--fields",
        nargs="+",
        default=(),
        metavar="NAME",
        help="--by-reason rows of these fields only (member.id primary_category ...)",
    )
    ap.add_argument(
        "--families", nargs="+", default=(), metavar="F", help="only these families (g00 g01 ...)"
    )
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
    doubts: Counter[tuple[str, str, str]] = Counter()
    for folder in args.folders:
        s, by_field = run(folder, tuple(args.families))
        print(f"== {folder}")
        print(s.report())
        verdicts = Counter(v for _, _, v in s.doubts)
        print("doubted: " + ", ".join(f"{v} {verdicts[v]}" for v in VERDICTS))
        doubts.update(
            c
            for c in by_reason(s.doubts).elements()
            if not args.fields or c[0].endswith(tuple(args.fields))
        )
        if args.by_field and not args.totals:
            for name, n in by_field.most_common():
                print(f"  {name:<40} {n}")
        if args.show and not args.totals:
            shown = s.wrong_sure if args.show == "wrong" else s.right_unsure
            print("\n".join("   " + w for w in shown))
        right = s.sure_right + s.unsure_right
        figures[str(folder)] = {
            "sure_right": s.sure_right,
            "sure_wrong": s.sure_wrong,
            "unsure_right": s.unsure_right,
            "unsure_wrong": s.unsure_wrong,
            "right_values_sure": round(s.sure_right / right, 4) if right else 1.0,
            "doubted": {v: verdicts[v] for v in VERDICTS},
        }
    if args.by_reason and not args.totals:
        print(f"== unsure values by field and reason, {len(args.folders)} folder(s)")
        print("\n".join(reason_table(doubts)))
        figures["by_reason"] = [
            {"field": f, "reason": r, "verdict": v, "values": n} for (f, r, v), n in doubts.items()
        ]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
