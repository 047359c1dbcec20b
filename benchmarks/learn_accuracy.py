"""Learned layouts on the varied corpus: taught layouts, and layouts nobody taught.

    python benchmarks/learn_accuracy.py                      # tests/data/varied
    python benchmarks/learn_accuracy.py DIR --text-only      # skip scans (no OCR)
    python benchmarks/learn_accuracy.py DIR --misses all
    python benchmarks/learn_accuracy.py DIR --split wild --by-family   # per family, both ways
    python benchmarks/learn_accuracy.py --split tune         # score the tune split only
    python benchmarks/learn_accuracy.py --split novel --others tune --others fresh
                                  # any set folder as the taught split, others untaught
    python benchmarks/learn_accuracy.py /tmp/sets --split fresh --no-labels --only f01 f04
                                  # readers without their label words; two families
    python benchmarks/learn_accuracy.py /tmp/scans --split fresh --ocr-cache /tmp/ocr
                                  # scans kept by scan_gap.py --keep, OCR kept per page
    python benchmarks/learn_accuracy.py /tmp/scans --split novel \
        --taught-from tests/data/varied/novel --skip-untaught
                                  # taught from the text PDFs, their scans scored

For each split, in a fresh temporary store (APPEALGEN_HOME):

* taught: ``learn`` is shown the first document of every family, with its
  expected document as the person's correction; the family's other documents
  are scored (the issue asks for >= 0.99 of fields).
* untaught: the *other* split's families are taught; this split's documents are
  scored and compared with an empty store (they must read no worse, and no
  learned layout may be used on them).

Each split's ``no learned layout:`` line counts the later documents of taught families
that no learned layout read (and how many of those are scans), and those read with the
layout of another family (a wrong match). ``--totals`` prints the figures without a line
per document (for a set's untuned half, whose documents nobody looks at).

Each split's ``taught < empty:`` line names every field group (payer, codes, amounts,
denied, carc, category ...), and every field of no group, that the taught store reads
worse than the empty one; a learned layout must lose nothing the readers get right, so
the line should say ``none``.

Any set folder under DIR can be scored with ``--split NAME``; the sets whose
first documents are taught for its untaught check are named with ``--others``
(by default the other of tune/heldout for those two, and tune for any other set).

``--taught-from SET`` teaches each family from the first document of another set folder
that holds the same documents (the text PDFs of the scans under DIR, as ``scan_gap.py
--keep`` leaves them): a layout learned from a text PDF reads the scans of its layout.

``--no-labels`` (or ``APPEALGEN_BENCH_NO_LABELS=1``) handicaps the generic readers:
the label synonyms of rules/labels.yaml and the word rules of rules/label_words.yaml
are replaced by one word no notice prints, so the readers find values by their
shapes alone (``learn`` keeps the synonyms it breaks ties with). The taught figure then shows what a learned layout carries by
itself (its labels, columns and rows), the empty-store figure what the readers
manage without a vocabulary.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))

from accuracy import documents, families_line  # noqa: E402
from varied import family_of, family_style  # noqa: E402

from appealgen import parse_file  # noqa: E402
from appealgen.errors import AppealgenError  # noqa: E402
from appealgen.learn import learn_layout  # noqa: E402
from appealgen.read.score import FAMILIES, Score, score  # noqa: E402

Doc = tuple[str, Path, Path]
NO_LABELS_ENV = "APPEALGEN_BENCH_NO_LABELS"
NO_WORD = "zzqx"  # a label no notice prints
SPLITS = ("tune", "heldout")  # the varied corpus; the fresh and blind sets are not taught here


def _is_scan(doc: Doc) -> bool:
    if doc[1].suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff"):
        return True
    return doc[0].startswith("v") and family_style(family_of(doc[0])).scan


def _docs(folder: Path, text_only: bool, families: list[str] = ()) -> list[Doc]:
    docs = documents(folder)
    if families:
        docs = [d for d in docs if d[0].split("_", 1)[0] in families]
    if text_only:
        docs = [d for d in docs if not _is_scan(d)]
    return docs


def _others(split: str, present: list[str]) -> list[str]:
    """The sets taught for ``split``'s untaught check when none are named."""
    if split in SPLITS:
        return [o for o in SPLITS if o != split and o in present]
    return ["tune"] if "tune" in present else []


def _first_per_family(docs: list[Doc]) -> tuple[list[Doc], list[Doc]]:
    seen: set[int] = set()
    teach, rest = [], []
    for d in docs:
        fam = family_of(d[0])
        (rest if fam in seen else teach).append(d)
        seen.add(fam)
    return teach, rest


def _unlabelled(relpath: str, text: str) -> str:
    """The text of a label data file with every synonym and word rule replaced by NO_WORD."""
    import yaml

    data = yaml.safe_load(text)
    if relpath == "rules/labels.yaml":
        for section in ("fields", "columns"):
            data[section] = {key: [NO_WORD] for key in data[section]}
    elif relpath == "rules/label_words.yaml":
        for section in ("fields", "columns"):
            data[section] = {key: {"heads": [NO_WORD]} for key in data[section]}
    return yaml.safe_dump(data)


def handicap_readers() -> None:
    """The generic readers lose their label vocabulary for the rest of this process.
    ``learn`` keeps the synonyms it breaks ties with (two columns that print the same
    values on the corrected notice), loaded before the vocabulary is taken away."""
    from appealgen import knowledge
    from appealgen.learn import preference

    for path in preference._SYNONYMS:
        preference._synonyms(path)
    real = knowledge.read_data_text

    def read(relpath: str) -> str:
        text = real(relpath)
        if relpath in ("rules/labels.yaml", "rules/label_words.yaml"):
            return _unlabelled(relpath, text)
        return text

    knowledge.read_data_text = read


class Store:
    """A temporary APPEALGEN_HOME for the duration of a ``with`` block."""

    def __enter__(self) -> Store:
        self.tmp = tempfile.TemporaryDirectory(prefix="appealgen-learn-")
        self.old = os.environ.get("APPEALGEN_HOME")
        os.environ["APPEALGEN_HOME"] = self.tmp.name
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.old is None:
            os.environ.pop("APPEALGEN_HOME", None)
        else:
            os.environ["APPEALGEN_HOME"] = self.old
        self.tmp.cleanup()


def teach(docs: list[Doc]) -> list[str]:
    """Learn one layout per document (its expected JSON as the correction); their names.
    A correction ``learn`` refuses is said in one line, and its family stays untaught."""
    return list(taught_layouts(docs).values())


def taught_layouts(docs: list[Doc]) -> dict[int, str]:
    """Learn one layout per document, as ``teach``: family -> the name of its layout."""
    names = {}
    for stem, src, exp in docs:
        try:
            lay = learn_layout(src, json.loads(exp.read_text(encoding="utf-8")))
        except AppealgenError as e:
            print(f"not taught: {stem}: {e}")
            continue
        names[family_of(stem)] = lay.name
    return names


def score_docs(docs: list[Doc], misses: list[str] = ()) -> tuple[Score, dict[str, Any]]:
    """The score over ``docs`` with the current store, and each file's result."""
    total = Score()
    per: dict[str, Any] = {}
    for stem, src, exp in docs:
        want = json.loads(exp.read_text(encoding="utf-8"))
        try:
            got = parse_file(src).to_dict()
        except AppealgenError:
            got = {}
        s = score(got, want, name=stem)
        total.merge(s)
        layout = got.get("layout") or {}
        per[stem] = {
            "accuracy": s.accuracy,
            "right": s.right,
            "total": s.total,
            "learned": layout.get("learned"),
            "scan": bool((want.get("source") or {}).get("ocr_used")),
            "not_used": (layout.get("not_used") or {}).get("check"),
            "readers_claims": len(layout.get("readers_claims") or ()),
            "claims_not_used": layout.get("claims_not_used"),
        }
        if stem in misses or "all" in misses:
            print("\n".join("   " + m for m in s.misses))
    return total, per


def run(
    folder: Path,
    text_only: bool = False,
    misses: list[str] = (),
    only: list[str] = (),
    others: list[str] = (),
    families: list[str] = (),
    skip_untaught: bool = False,
    taught_from: Path | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    scored = list(only) or [sp for sp in SPLITS if (folder / sp).is_dir()]
    sets = [p.name for p in sorted(folder.iterdir()) if p.is_dir()]
    taught_for = {sp: [o for o in (others or _others(sp, sets)) if o != sp] for sp in scored}
    needed = dict.fromkeys([*scored, *(o for os in taught_for.values() for o in os)])
    splits = {sp: _docs(folder / sp, text_only, families if sp in scored else ()) for sp in needed}
    for sp in scored:
        docs = splits[sp]
        teach_docs, rest = _first_per_family(docs)
        if taught_from is not None:  # the same documents elsewhere (text PDFs of scans)
            fams = {family_of(d[0]) for d in docs}
            teach_docs = [
                d
                for d in _first_per_family(_docs(taught_from, False))[0]
                if family_of(d[0]) in fams
            ]
        with Store():
            empty, per_e = score_docs(rest)
        with Store():
            names = taught_layouts(teach_docs)
            taught, per = score_docs(rest, misses)
        other_docs = [d for o in taught_for[sp] for d in _first_per_family(splits[o])[0]]
        untaught, per_u = empty, {}
        if not skip_untaught:
            with Store():
                teach(other_docs)
                untaught, per_u = score_docs(rest)
        out[sp] = {
            "empty_store": empty,
            "taught": taught,
            "untaught": untaught,
            "per_file": per,
            "per_file_empty": per_e,
            "used_on_untaught": sorted(k for k, v in per_u.items() if v["learned"]),
            "matching": matching(per, names),
        }
    return out


def matching(per: dict[str, Any], names: dict[int, str]) -> dict[str, list[str]]:
    """The later documents of taught families that no learned layout read (``unmatched``,
    and of those the scans, ``unmatched_scans``), and those read with a layout taught
    from another family (``wrong``). Of the unmatched, those a layout matched but whose
    reading a check dropped are also under ``dropped:CHECK`` (``layout.not_used``), and
    their scans under ``dropped_scans``; the documents read with their layout but some
    claims with the readers' reading (``layout.readers_claims``) are ``mended``; those read
    with their layout's header alone, its claims missing their totals
    (``layout.claims_not_used``), are ``header_only``."""
    out: dict[str, list[str]] = {"unmatched": [], "unmatched_scans": [], "wrong": []}
    for stem, v in per.items():
        want = names.get(family_of(stem))
        if want is None:
            continue  # its family was not taught
        if v["learned"] is None:
            out["unmatched"].append(stem)
            if v.get("scan"):
                out["unmatched_scans"].append(stem)
            if v.get("not_used"):
                out.setdefault(f"dropped:{v['not_used']}", []).append(stem)
                if v.get("scan"):
                    out.setdefault("dropped_scans", []).append(stem)
        elif v["learned"] != want:
            out["wrong"].append(stem)
        elif v.get("claims_not_used"):
            out.setdefault("header_only", []).append(stem)
        elif v.get("readers_claims"):
            out.setdefault("mended", []).append(stem)
    return out


def matching_line(m: dict[str, list[str]], later: int) -> str:
    """How many of ``later`` documents got no learned layout (how many of them scans;
    how many of those a layout matched but a check dropped, and by which check), and
    how many got another family's."""
    dropped = sorted(k for k in m if k.startswith("dropped:"))
    n_dropped = sum(len(m[k]) for k in dropped)
    why = "".join(f", {k.split(':', 1)[1]} {len(m[k])}" for k in dropped)
    return (
        f"no learned layout: {len(m['unmatched'])} of {later} later documents"
        f" ({len(m['unmatched_scans'])} scans): none matched {len(m['unmatched']) - n_dropped}"
        f" ({len(m['unmatched_scans']) - len(m.get('dropped_scans', []))} scans),"
        f" matched but dropped {n_dropped} ({len(m.get('dropped_scans', []))} scans{why});"
        f" another family's layout: {len(m['wrong'])};"
        f" some claims read without it: {len(m.get('mended', []))};"
        f" only its header (claims missed their totals): {len(m.get('header_only', []))}"
    )


def worse_than_empty(taught: Score, empty: Score) -> str:
    """The field groups (``score.FAMILIES``), and the fields of no group, that the taught
    store reads worse than the empty one: a learned layout must never lose what the
    readers get right."""
    t, e = taught.family_accuracy(), empty.family_accuracy()
    worse = [f"{g} {t[g]:.1%} < {e[g]:.1%}" for g in t if g in e and t[g] < e[g]]
    grouped = {name for names in FAMILIES.values() for name in names}
    for name in sorted(set(taught.per_field) - grouped):
        (tr, tt), (er, et) = taught.per_field[name], empty.per_field.get(name, (0, 0))
        if tt and et and tr / tt < er / et:
            worse.append(f"{name} {tr / tt:.1%} < {er / et:.1%}")
    return "taught < empty: " + (", ".join(worse) or "none")


def by_family(taught: dict[str, Any], empty: dict[str, Any]) -> str:
    """Fields right per family, taught and with an empty store (halves add up from these)."""
    rows: dict[str, list[int]] = {}
    for stem, v in taught.items():
        row = rows.setdefault(stem.split("_", 1)[0], [0, 0, 0, 0])
        e = empty.get(stem, {"right": 0, "total": 0})
        row[0] += v["right"]
        row[1] += v["total"]
        row[2] += e["right"]
        row[3] += e["total"]
    return "\n".join(
        f"family {fam:6} taught {r[0]}/{r[1]}  empty {r[2]}/{r[3]}" for fam, r in rows.items()
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("folder", nargs="?", default="tests/data/varied")
    ap.add_argument("--text-only", action="store_true", help="leave scans out (no OCR)")
    ap.add_argument("--misses", action="append", default=[], help="file stem, or 'all'")
    ap.add_argument("--split", action="append", default=[], help="score only this set folder")
    ap.add_argument(
        "--others", action="append", default=[], help="set taught for the untaught check"
    )
    ap.add_argument(
        "--skip-untaught", action="store_true", help="no untaught check (a quicker run)"
    )
    ap.add_argument(
        "--by-family", action="store_true", help="fields right per family, taught and empty"
    )
    ap.add_argument(
        "--totals",
        action="store_true",
        help="totals only, no line per document or family (a set's untuned half)",
    )
    ap.add_argument("--only", nargs="+", default=[], metavar="FAMILY", help="families (u02 …)")
    ap.add_argument(
        "--taught-from",
        type=Path,
        metavar="SET",
        help="teach each family from this set folder's first document (the text PDFs of scans)",
    )
    ap.add_argument(
        "--ocr-cache",
        type=Path,
        metavar="DIR",
        help="keep tesseract's output per page image here (as scan_gap.py --ocr-cache)",
    )
    ap.add_argument(
        "--no-labels",
        action="store_true",
        help=f"handicap the generic readers: no label synonyms (also {NO_LABELS_ENV}=1)",
    )
    args = ap.parse_args()
    if args.totals:
        args.misses = []
    if args.no_labels or os.environ.get(NO_LABELS_ENV) == "1":
        handicap_readers()
        print("generic readers handicapped: no label synonyms, no label word rules")
    for name in args.split + args.others:
        if not (Path(args.folder) / name).is_dir():
            ap.error(f"{name}: no such set folder in {args.folder}")
    if args.ocr_cache:
        from scan_gap import cache_ocr

        cache_ocr(args.ocr_cache)
    results = run(
        Path(args.folder),
        args.text_only,
        args.misses,
        args.split,
        args.others,
        args.only,
        args.skip_untaught,
        args.taught_from,
    )
    for sp, r in results.items():
        print(f"== {sp} (documents after the first of each family)")
        for stem, v in r["per_file"].items() if not args.totals else ():
            print(f"{stem:45} {v['accuracy']:6.1%}  {v['learned'] or '-'}")
        for key in ("empty_store", "taught") + (("untaught",) if not args.skip_untaught else ()):
            s = r[key]
            print(f"{key:12} {s.accuracy:6.1%} ({s.right}/{s.total})  {families_line(s)}")
        print(worse_than_empty(r["taught"], r["empty_store"]))
        print(matching_line(r["matching"], len(r["per_file"])))
        if args.by_family and not args.totals:
            print(by_family(r["per_file"], r["per_file_empty"]))
        used = r["used_on_untaught"]
        print(f"learned layouts used on untaught documents: {', '.join(used) or 'none'}")


if __name__ == "__main__":
    main()
