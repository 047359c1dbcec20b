"""Parse accuracy, field by field, on a folder of documents with expected JSON.

    python benchmarks/accuracy.py                    # the shipped samples
    python benchmarks/accuracy.py DIR --misses NAME  # another set; show one file's misses
    python benchmarks/accuracy.py --misses all       # every miss

Uses the same score() as tests/test_parse_samples.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from appealgen import parse_file
from appealgen.errors import AppealgenError
from appealgen.read.score import Score, SureScore, score, score_sure

INPUT_SUFFIXES = (".pdf", ".835", ".png", ".jpg", ".jpeg", ".txt", ".edi")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "folder", nargs="?", default=str(Path(__file__).resolve().parent.parent / "samples")
    )
    ap.add_argument("--misses", action="append", default=[], help="file stem, or 'all'")
    args = ap.parse_args()
    total = Score()
    sure = SureScore()
    for exp in sorted(Path(args.folder).glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = next(
            (exp.with_name(stem + s) for s in INPUT_SUFFIXES if exp.with_name(stem + s).exists()),
            None,
        )
        if src is None:
            continue
        want = json.loads(exp.read_text(encoding="utf-8"))
        try:
            got = parse_file(src).to_dict()
        except AppealgenError as e:
            print(f"{stem:45} ERROR {e.one_line()}")
            got = {}
        s = score(got, want, name=stem)
        total.merge(s)
        sure.merge(score_sure(got, want, name=stem))
        print(f"{stem:45} {s.accuracy:6.1%}")
        if stem in args.misses or "all" in args.misses:
            print("\n".join("   " + m for m in s.misses))
    print(total.report())
    fam = total.family_accuracy()
    print("families: " + ", ".join(f"{k} {v:.1%}" for k, v in fam.items()))
    print("evidence: " + sure.report())
    if "all" in args.misses:
        print("\n".join("   sure but wrong: " + w for w in sure.wrong_sure))


if __name__ == "__main__":
    main()
