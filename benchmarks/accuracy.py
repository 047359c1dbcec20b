"""Parse accuracy, field by field, on a folder of documents with expected JSON.

    python benchmarks/accuracy.py                    # the shipped samples
    python benchmarks/accuracy.py DIR --misses NAME  # another set; show one file's misses
    python benchmarks/accuracy.py --misses all       # every miss
    python benchmarks/accuracy.py tests/data/varied  # each split (tune/ ... outside/)
    python benchmarks/accuracy.py tests/data/varied --json acc.json
    python benchmarks/accuracy.py tests/data/varied/fresh   # one set: by layout family too
    python benchmarks/accuracy.py tests/data/varied/wild --families w06 w07  # some families

A folder holding ``tune/``, ``heldout/`` (the varied corpus of
``samples/varied.py``), ``fresh/`` (``samples/fresh.py``), ``blind/``
(``samples/blind.py``), ``unseen/`` (``samples/unseen.py``), ``novel/``
(``samples/novel.py``), ``remit/`` (``samples/remit.py``: paper remittances in the
Standard Paper Remittance style), ``wild/`` (``samples/wild.py``: notices printed as real
payers print them, a dev and a check half), ``stray/`` (``samples/stray.py``: more of them,
unlike wild's, a dev and a check half), ``drift/`` (``samples/drift.py``: notices unlike
all of those, each as a text PDF and as a scan, a dev and a check half), ``ahead/``
(``samples/ahead.py``: text notices printing the patient's share, plan names, codes, member
IDs and notice dates in other ways, a dev and a check half), ``beyond/``
(``samples/beyond.py``: text notices printing their services as blocks, lists and two-line
rows, the patient's share split over cost-share columns, a dev and a check half),
``yonder/`` (``samples/yonder.py``: text notices printing the member ID, plan, notice date,
patient share and codes in cards, address blocks, "RE:" lines, sentences and columns the
other sets do not, a dev and a check half), ``lattice/`` (``samples/lattice.py``: text
notices printing the member, member ID, plan, patient and notice date in columns of pairs,
ruled boxes, dot leaders, small tables, panels beside a letter and beside the page number,
a dev and a check half) and ``outside/``
(``samples/outside.py``) is scored split by split, each with its field families, its text PDFs apart from its scans, and
each layout family (the name's first part, ``v07``, ``f03``, ``b05``, ``u02``, ``n04``, ``r01``, ``w03``, ``s02``, ``d05``, ``a03``, ``y02``, ``k04``, ``l06`` or ``o07``).
``--families`` scores only the documents of the families named (``w06 w07``).
Uses the same score() as tests/test_parse_samples.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from appealgen import parse_file
from appealgen.errors import AppealgenError
from appealgen.read.score import Score, score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scan_look import page_look  # noqa: E402

INPUT_SUFFIXES = (".pdf", ".835", ".png", ".jpg", ".jpeg", ".txt", ".edi")
SPLITS = (
    "tune",
    "heldout",
    "fresh",
    "blind",
    "unseen",
    "novel",
    "remit",
    "wild",
    "stray",
    "drift",
    "ahead",
    "beyond",
    "yonder",
    "lattice",
    "outside",
)


def documents(folder: str | Path) -> list[tuple[str, Path, Path]]:
    """(stem, input file, expected JSON) for every document with its truth in ``folder``."""
    out = []
    for exp in sorted(Path(folder).glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        src = next(
            (exp.with_name(stem + s) for s in INPUT_SUFFIXES if exp.with_name(stem + s).exists()),
            None,
        )
        if src is not None:
            out.append((stem, src, exp))
    return out


def score_folder(
    folder: str | Path,
    *,
    misses: list[str] = (),
    parse: Callable[[Path], dict[str, Any]] | None = None,
    out=sys.stdout,
    skip: Callable[[str], bool] | None = None,
    groups: dict[str, Score] | None = None,
) -> Score:
    """Score every document in ``folder``; prints one line per file to ``out`` (or None).

    ``groups``, when given, also receives each document's score under its layout
    family (``family:v07``), under ``text`` or ``scan``, and a scan's under how its page
    looks as measured (``look:pdf|bw|175-250|iso|port``, ``scan_look.py``).
    """
    parse = parse or (lambda p: parse_file(p).to_dict())
    total = Score()
    for stem, src, exp in documents(folder):
        if skip and skip(stem):
            continue
        want = json.loads(exp.read_text(encoding="utf-8"))
        try:
            got = parse(src)
        except AppealgenError as e:
            if out:
                print(f"{stem:45} ERROR {e.one_line()}", file=out)
            got = {}
        s = score(got, want, name=stem)
        total.merge(s)
        if groups is not None:
            scan = "scan" if want.get("source", {}).get("ocr_used") else "text"
            keys = [f"family:{family_key(stem)}", scan]
            if scan == "scan":
                keys.append(f"look:{page_look(src)}")
            for key in keys:
                groups.setdefault(key, Score()).merge(s)
        if out:
            print(f"{stem:45} {s.accuracy:6.1%}", file=out)
            if stem in misses or "all" in misses:
                print("\n".join("   " + m for m in s.misses), file=out)
    return total


def family_key(stem: str) -> str:
    """A document's layout family: its name up to the first ``_`` (``v07``, ``f03``)."""
    return stem.split("_", 1)[0]


def groups_lines(groups: dict[str, Score]) -> list[str]:
    """Text PDFs against scans, the scans by how their pages look, then each layout family."""
    out = [
        f"{k:6} {groups[k].accuracy:6.1%} ({groups[k].right}/{groups[k].total})"
        for k in ("text", "scan")
        if k in groups
    ]
    for k in sorted(g for g in groups if g.startswith("look:")):
        s = groups[k]
        out.append(f"  scan {k[5:]:28} {s.accuracy:6.1%} ({s.right}/{s.total})")
    for k in sorted(g for g in groups if g.startswith("family:")):
        s = groups[k]
        out.append(f"  {k[7:]:6} {s.accuracy:6.1%} ({s.right}/{s.total})")
    return out


def families_line(s: Score) -> str:
    return "families: " + ", ".join(f"{k} {v:.1%}" for k, v in s.family_accuracy().items())


def summary(s: Score, groups: dict[str, Score] | None = None) -> dict[str, Any]:
    out = {
        "accuracy": round(s.accuracy, 4),
        "right": s.right,
        "total": s.total,
        "families": {k: round(v, 4) for k, v in s.family_accuracy().items()},
    }
    for k, g in (groups or {}).items():
        out.setdefault("groups", {})[k] = round(g.accuracy, 4)
    return out


def only_families(families: list[str]) -> Callable[[str], bool] | None:
    """A ``skip`` for score_folder that keeps the documents of ``families`` (all if none)."""
    if not families:
        return None
    keep = {f.lower() for f in families}
    return lambda stem: family_key(stem).lower() not in keep


def _score_set(
    folder: Path, misses: list[str], out, families: list[str] = ()
) -> tuple[Score, dict[str, Score]]:
    groups: dict[str, Score] = {}
    s = score_folder(
        folder, misses=misses, out=out, groups=groups, skip=only_families(list(families))
    )
    print(s.report())
    print(families_line(s))
    print("\n".join(groups_lines(groups)))
    return s, groups


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "folder", nargs="?", default=str(Path(__file__).resolve().parent.parent / "samples")
    )
    ap.add_argument("--misses", action="append", default=[], help="file stem, or 'all'")
    ap.add_argument("--json", help="write the figures (overall and families) to this file")
    ap.add_argument("--quiet", action="store_true", help="no line per file")
    ap.add_argument(
        "--families", nargs="+", default=[], metavar="ID", help="only these families (w06 w07)"
    )
    args = ap.parse_args()
    folder = Path(args.folder)
    out = None if args.quiet else sys.stdout
    figures: dict[str, Any] = {}
    splits = [sp for sp in SPLITS if (folder / sp).is_dir()]
    if splits:
        for sp in splits:
            print(f"== {sp}")
            figures[sp] = summary(*_score_set(folder / sp, args.misses, out, args.families))
        print("== summary")
        for sp in splits:
            f = figures[sp]
            print(f"{sp:8} {f['accuracy']:.1%} ({f['right']}/{f['total']})")
    else:
        figures["all"] = summary(*_score_set(folder, args.misses, out, args.families))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
