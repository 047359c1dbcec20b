"""What OCR loses: each text PDF of a set read as it is and as a scan of itself.

    python benchmarks/scan_gap.py tests/data/varied/unseen             # one set
    python benchmarks/scan_gap.py tests/data/varied/tune tests/data/varied/fresh
    python benchmarks/scan_gap.py tests/data/varied/blind --misses     # every OCR loss
    python benchmarks/scan_gap.py tests/data/varied/unseen --by-field --json gap.json
    python benchmarks/scan_gap.py tests/data/varied/fresh --keep /tmp/fresh-scans
    python benchmarks/scan_gap.py tests/data/varied/tune --only v03 v07 --dpi 150
    python benchmarks/scan_gap.py tests/data/varied/unseen --look sideways fax   # other looks
    python benchmarks/scan_gap.py tests/data/varied/fresh --look all

The scanned samples of a set are few and their layouts fixed, so the scan figure says
little about OCR on a layout nobody has seen. This tool takes every text PDF of a set
(tune/, fresh/, blind/, unseen/, novel/ — never the held-out splits), scans it with the sample
generators' own scanner (``samples/blind.py``: 150-300 dpi, turned up to 1.5 degrees,
grain, blur, JPEG; a phone photo of one-page notices too), keeps the document's truth,
and reads both. A field read right on the text PDF and wrong on its scan is an OCR loss;
the table gives, per field family, the text and scan accuracy, the losses and the gains
(wrong on the text PDF, right on the scan), the wrong values the reader marked sure on
each, and OCR seconds per page. ``--keep DIR`` leaves the scans with their expected JSON
in DIR, a set ``benchmarks/accuracy.py`` and ``letter_facts.py`` read like any other.

Each document gets one resolution from ``--dpi`` in turn (and every ``--photo-every``-th
one-page document a phone photo instead), so a run is the same on every machine. The
layout store is an empty temporary folder unless ``--store`` keeps ``APPEALGEN_HOME``.

``--look`` reads the set as it arrives in other ways (``benchmarks/scan_looks.py``): fed in
sideways or upside down, sent by fax (dithered and doubled, or at 204 x 98 dpi as it
came), photographed page by page with a phone, on grey paper with shaded panels or the
scanner lid's dark edges, at 100-150 dpi, as a heavily compressed JPEG, turned 1.5-3
degrees, shrunk onto a landscape sheet; ``all`` is every look, each with its own table.
The default, ``scanner``, is the flatbed scanner above.

``--per-family N`` reads only the first N documents of each family, for a quicker look.
``--half dev`` reads only the first half of each set's layout families (``w00``-``w05`` of
twelve, ``v00``-``v08`` of eighteen), ``--half check`` only the second: change the page
image against the dev half and quote the check half.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "samples"))

from scan_looks import LOOKS  # noqa: E402  - benchmarks/scan_looks.py: other ways pages arrive

FORBIDDEN = ("heldout", "outside")  # how the lead measures unseen layouts: never scored here
DPIS = (150, 200, 250, 300)
PHOTO_DPI = 180
# fields score.FAMILIES leaves out, grouped the same way
MORE_FAMILIES = {
    "names": ("member.name", "patient_name", "provider.name"),
    "contact": ("payer.phone", "payer.state", "member.state"),
    "plan": ("plan.name", "plan.type", "plan.funding", "plan.group_number"),
    "provider_ids": ("provider.npi", "provider.network"),
    "line_other": ("units", "adjustments"),
    "categories": ("denial.categories", "denial"),
}


def cache_ocr(folder: Path) -> None:
    """Keep tesseract's answer for each page image in ``folder``: a run that changes only
    what happens after OCR reads every page again in a fraction of the time. The key is
    the image's bytes and tesseract's options, so a change to the image preparation or
    the options misses the cache."""
    from appealgen.read import ocr_call

    folder.mkdir(parents=True, exist_ok=True)
    tesseract = ocr_call.tesseract_tsv

    def cached(image_path: Path, settings) -> str:
        key = hashlib.sha256(image_path.read_bytes())
        options = f"{settings.ocr_psm} {settings.ocr_thresholding}"
        if settings.ocr_language != "eng":
            options += f" {settings.ocr_language}"
        if settings.ocr_whitelist:
            options += f" only:{settings.ocr_whitelist}"
        if settings.ocr_heavy_noise:
            options += " heavy"
        key.update(options.encode())
        hit = folder / (key.hexdigest() + ".tsv")
        if hit.exists():
            return hit.read_text(encoding="utf-8")
        tsv = tesseract(image_path, settings)
        hit.write_text(tsv, encoding="utf-8")
        return tsv

    ocr_call.tesseract_tsv = cached


def keep_ocr_words(read: list) -> None:
    """Append each scan's pages of OCR words (appealgen.read.ocr) to ``read``."""
    from appealgen.read import ocr

    for name in ("ocr_pdf", "load_image"):
        original = getattr(ocr, name)

        def kept(*a, original=original, **k):
            doc = original(*a, **k)
            read.append([[w.text for w in page.words] for page in doc.pages])
            return doc

        setattr(ocr, name, kept)


def _token(text: str) -> str:
    return text.strip(".,:;()[]|'\"").casefold()


def word_recall(text_pages: list[list[str]], scan_pages: list[list[str]]) -> list[tuple[int, int]]:
    """Each page's (words of the text PDF read on its scan, words of the text PDF): the
    same words, punctuation around them and case aside, counted with their repeats."""
    out = []
    for i, printed in enumerate(text_pages):
        want = Counter(t for w in printed if (t := _token(w)))
        got = Counter(t for w in (scan_pages[i] if i < len(scan_pages) else []) if (t := _token(w)))
        out.append((sum((want & got).values()), sum(want.values())))
    return out


def cpu_seconds() -> float:
    """CPU seconds used so far by this process and the children it waited for (tesseract):
    a page's cost that does not grow when the machine is busy, as its wall time does."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def field_of(miss: str) -> str:
    """'u02_tpa_0 claim[0] line[1] billed: got …' -> 'billed' (a header field keeps its dots)."""
    where = miss.split(": got ", 1)[0]
    return where.rsplit(" ", 1)[-1]


def miss_key(miss: str) -> str:
    return miss.split(": got ", 1)[0]


def make_scan(
    data: bytes, stem: str, index: tuple[int, int], args, look: str = "scanner"
) -> tuple[bytes, str, str]:
    """The scanned copy of the text PDF ``data``: (bytes, suffix, what it is). ``index``:
    the document's place among the set's documents, and among its one-page documents
    (-1 for a longer one). A ``look`` other than the scanner is scan_looks.py's."""
    import blind  # samples/blind.py: the sets' scanner and phone camera

    seed = zlib.crc32(stem.encode())
    if look != "scanner":
        import scan_looks

        return scan_looks.make(look, data, args.dpi[index[0] % len(args.dpi)], seed)
    every, one_page = args.photo_every, index[1]
    if one_page >= 0 and every and one_page % every == every - 1:
        return blind.photo_jpg(data, SimpleNamespace(dpi=PHOTO_DPI), seed), ".jpg", "photo"
    dpi = args.dpi[index[0] % len(args.dpi)]
    tilt, grain = getattr(args, "tilt", None), getattr(args, "grain", None)
    font = getattr(args, "font", 1.0)
    if tilt is not None or grain is not None or font != 1.0:
        import scan_looks

        scanned = scan_looks.measured(data, dpi, seed, tilt, grain, font)
        return scanned, ".pdf", f"{dpi}dpi"
    scanned, _ = blind.scan_pdf(data, SimpleNamespace(dpi=dpi), seed)
    return scanned, ".pdf", f"{dpi}dpi"


def settings_from(assignments: list[str], ap: argparse.ArgumentParser):
    """ReadSettings with each ``NAME=VALUE`` of ``--set`` applied, of the field's type."""
    import dataclasses

    from appealgen.read.settings import ReadSettings

    types = {f.name: type(f.default) for f in dataclasses.fields(ReadSettings)}
    changes: dict[str, Any] = {}
    for item in assignments:
        name, _, value = item.partition("=")
        if name not in types or not value:
            ap.error(f"--set {item}: expected NAME=VALUE with a ReadSettings field")
        if types[name] is bool:  # bool("False") is True
            if value.lower() not in ("true", "false", "1", "0"):
                ap.error(f"--set {item}: expected true or false")
            changes[name] = value.lower() in ("true", "1")
        else:
            changes[name] = types[name](value)
    return ReadSettings(**changes)


class Gap:
    """The figures of one set."""

    def __init__(self) -> None:
        from appealgen.read.score import Score

        self.text, self.scan = Score(), Score()
        self.lost: list[str] = []
        self.gained: list[str] = []
        self.sure_wrong = {"text": 0, "scan": 0}
        self.sure_wrong_scan: list[str] = []
        # a scan's read time, its CPU time (tesseract's included) and its pages
        self.seconds: list[tuple[float, float, int]] = []
        self.by_layout: dict[str, list[Any]] = defaultdict(list)
        self.by_kind: dict[str, Any] = {}
        self.errors: list[str] = []
        self.words: list[tuple[int, int]] = []  # each scanned page's (words read, printed)

    def add(self, stem: str, kind: str, text, scan, sure_text, sure_scan) -> None:
        from appealgen.read.score import Score

        self.text.merge(text)
        self.scan.merge(scan)
        t, s = {miss_key(m): m for m in text.misses}, {miss_key(m): m for m in scan.misses}
        self.lost += [s[k] for k in s if k not in t]
        self.gained += [t[k] for k in t if k not in s]
        self.sure_wrong["text"] += sure_text.sure_wrong
        self.sure_wrong["scan"] += sure_scan.sure_wrong
        self.sure_wrong_scan += [w for w in sure_scan.wrong_sure]
        pair = self.by_layout.setdefault(stem.split("_", 1)[0], [Score(), Score()])
        pair[0].merge(text)
        pair[1].merge(scan)
        self.by_kind.setdefault(kind, Score()).merge(scan)


def _rows(gap: Gap, by_field: bool) -> list[str]:
    from appealgen.read.score import FAMILIES

    lost = Counter(field_of(m) for m in gap.lost)
    gained = Counter(field_of(m) for m in gap.gained)

    def row(name: str, fields: tuple[str, ...] | list[str]) -> str:
        rt = sum(gap.text.per_field[f][0] for f in fields if f in gap.text.per_field)
        rs = sum(gap.scan.per_field[f][0] for f in fields if f in gap.scan.per_field)
        n = sum(gap.text.per_field[f][1] for f in fields if f in gap.text.per_field)
        lo, ga = sum(lost[f] for f in fields), sum(gained[f] for f in fields)
        if not n:
            return ""
        return f"  {name:<32} {rt / n:6.1%} {rs / n:6.1%}  {lo:5} {ga:6}  ({n})"

    out = [f"  {'field family':<32} {'text':>6} {'scan':>6}  {'lost':>5} {'gained':>6}"]
    families = {**FAMILIES, **MORE_FAMILIES}
    out += [r for fam, fields in families.items() if (r := row(fam, fields))]
    every = sorted(set(gap.text.per_field) | set(gap.scan.per_field))
    out.append(row("all fields", every))
    if by_field:
        out.append(f"  {'field':<32} {'text':>6} {'scan':>6}  {'lost':>5} {'gained':>6}")
        ranked = sorted(every, key=lambda f: (-lost[f], f))
        out += [r for f in ranked if (r := row(f, [f]))]
    return out


def report(folder: Path, gap: Gap, args, look: str = "scanner") -> list[str]:
    out = [f"== {folder}" + (f" (look: {look})" if look != "scanner" else "")]
    out.append(
        f"text {gap.text.accuracy:.1%} ({gap.text.right}/{gap.text.total}), "
        f"scan {gap.scan.accuracy:.1%} ({gap.scan.right}/{gap.scan.total}): "
        f"lost {len(gap.lost)}, gained {len(gap.gained)}; wrong values marked sure: "
        f"text {gap.sure_wrong['text']}, scan {gap.sure_wrong['scan']}"
    )
    if gap.seconds:
        per_page = sorted(s / p for s, _, p in gap.seconds)
        cpu = sorted(c / p for _, c, p in gap.seconds)
        out.append(
            f"scan read time: median {per_page[len(per_page) // 2]:.2f} s/page, "
            f"max {per_page[-1]:.2f} s/page over {sum(p for _, _, p in gap.seconds)} pages; "
            f"CPU median {cpu[len(cpu) // 2]:.2f} s/page, mean "
            f"{sum(c for _, c, _ in gap.seconds) / sum(p for _, _, p in gap.seconds):.2f} s/page"
        )
    if gap.words:
        read, printed = sum(r for r, _ in gap.words), sum(n for _, n in gap.words)
        poor = sum(1 for r, n in gap.words if n and r < 0.5 * n)
        out.append(
            f"word recall {read / max(1, printed):.1%} ({read}/{printed}) over "
            f"{len(gap.words)} pages; pages under half read: {poor}"
        )
    out += _rows(gap, args.by_field)
    out.append(
        "  by scan: " + ", ".join(f"{k} {v.accuracy:.1%}" for k, v in sorted(gap.by_kind.items()))
    )
    out.append("  by layout (text -> scan): " + ", ".join(
        f"{k} {t.accuracy:.0%}->{s.accuracy:.0%}" for k, (t, s) in sorted(gap.by_layout.items())
    ))  # fmt: skip
    out += [f"  ERROR {e}" for e in gap.errors]
    if args.misses:
        out.append("  lost on the scan (right on the text PDF):")
        out += ["    " + m for m in gap.lost]
        out.append("  right on the scan only (wrong on the text PDF):")
        out += ["    " + m for m in gap.gained]
        out.append("  wrong on the scan and marked sure:")
        out += ["    " + m for m in gap.sure_wrong_scan]
    return out


def in_half(families: list[str], half: str | None) -> set[str]:
    """The layout families of a set (sorted) in ``half``: dev the first half, check the
    second (the larger half is dev's), all of them for None."""
    cut = (len(families) + 1) // 2
    if half == "dev":
        return set(families[:cut])
    if half == "check":
        return set(families[cut:])
    return set(families)


def run_set(folder: Path, args, keep: Path | None, look: str = "scanner") -> Gap:
    from accuracy import documents

    from appealgen import parse_file
    from appealgen.errors import AppealgenError
    from appealgen.read.score import score, score_sure

    def read(path: Path) -> dict[str, Any]:
        try:
            return parse_file(path, settings=args.settings).to_dict()
        except AppealgenError as e:
            gap.errors.append(f"{path.name}: {e.one_line()}")
            return {}

    gap = Gap()
    every = documents(folder)
    kept = in_half(sorted({stem.split("_", 1)[0] for stem, _, _ in every}), args.half)
    docs = [
        (stem, src, exp)
        for stem, src, exp in every
        if src.suffix == ".pdf" and (not args.only or stem.split("_", 1)[0] in args.only)
    ]
    index = one_page = 0
    taken: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="scan-gap-") as tmp:
        for stem, src, exp in docs:
            want = json.loads(exp.read_text(encoding="utf-8"))
            if want.get("source", {}).get("ocr_used"):
                continue  # already a scan: its text PDF is not in the set
            data = src.read_bytes()
            pages = int(want.get("source", {}).get("pages") or 1)
            place = (index, one_page if pages == 1 else -1)
            index += 1
            one_page += pages == 1
            family = stem.split("_", 1)[0]
            if family not in kept:  # the other half: scanned as in a whole run
                continue
            taken[family] += 1
            if args.per_family and taken[family] > args.per_family:
                continue
            scanned, suffix, kind = make_scan(data, stem, place, args, look)
            scan_want = json.loads(json.dumps(want))
            scan_want["source"].update(
                file=stem + suffix,
                sha256=hashlib.sha256(scanned).hexdigest(),
                pages=1 if suffix == ".jpg" else pages,
                ocr_used=True,
            )
            where = keep if keep is not None else Path(tmp)
            path = where / (stem + suffix)
            path.write_bytes(scanned)
            got_text = read(src)
            started, cpu = time.perf_counter(), cpu_seconds()
            ocr_words = getattr(args, "ocr_words", None)  # --words: each scan's OCR words
            ocr_read = len(ocr_words or [])
            got_scan = read(path)
            gap.seconds.append(
                (
                    time.perf_counter() - started,
                    cpu_seconds() - cpu,
                    1 if suffix == ".jpg" else pages,
                )
            )
            if ocr_words and suffix == ".pdf" and len(ocr_words) > ocr_read:
                from appealgen.read.extract import load

                printed = [[w.text for w in p.words] for p in load(src).pages]
                gap.words += word_recall(printed, ocr_words[-1])
            if keep is not None:
                truth = json.dumps(scan_want, indent=2, ensure_ascii=False) + "\n"
                (keep / f"{stem}.expected.json").write_text(truth, encoding="utf-8")
            else:
                path.unlink()
            text, scan = score(got_text, want, name=stem), score(got_scan, scan_want, name=stem)
            sure = score_sure(got_text, want, name=stem), score_sure(got_scan, scan_want, name=stem)
            gap.add(stem, kind, text, scan, *sure)
            if not args.quiet:
                print(
                    f"  {stem:40} {kind:7} text {text.accuracy:6.1%}  scan {scan.accuracy:6.1%}",
                    file=sys.stderr,
                )
    return gap


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "folders", nargs="+", type=Path, help="tune/, fresh/, blind/, unseen/ or novel/"
    )
    ap.add_argument("--dpi", type=int, nargs="+", default=list(DPIS), help="scan resolutions")
    ap.add_argument(
        "--photo-every", type=int, default=4, metavar="N",
        help="every Nth one-page notice is a phone photo (0: none)",
    )  # fmt: skip
    ap.add_argument("--only", nargs="+", metavar="FAMILY", help="layout families (u02 v07 …)")
    ap.add_argument(
        "--half", choices=["dev", "check"],
        help="the first (dev) or second (check) half of each set's layout families",
    )  # fmt: skip
    ap.add_argument(
        "--per-family", type=int, default=0, metavar="N",
        help="only the first N documents of each layout family (each scanned as in a whole run)",
    )  # fmt: skip
    ap.add_argument("--by-field", action="store_true", help="every field, most lost first")
    ap.add_argument("--misses", action="store_true", help="list every OCR loss")
    ap.add_argument(
        "--words", action="store_true",
        help="each scanned page's word recall: the text PDF's words OCR read on it",
    )  # fmt: skip
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep the scans and truth here")
    ap.add_argument("--store", action="store_true", help="use APPEALGEN_HOME's learned layouts")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    ap.add_argument(
        "--ocr-cache", type=Path, metavar="DIR",
        help="keep tesseract's output per page image here (for runs that change only what "
        "follows OCR; the scans are synthetic)",
    )  # fmt: skip
    ap.add_argument("--quiet", action="store_true", help="no progress lines")
    ap.add_argument(
        "--look", nargs="+", default=["scanner"], choices=["scanner", *LOOKS, "all"],
        help="how the pages arrive (scan_looks.py); all: every look but the scanner",
    )  # fmt: skip
    ap.add_argument(
        "--tilt", type=float, metavar="DEG",
        help="the scanner turns each page this many degrees (its way by seed), not 0.3-1.5",
    )  # fmt: skip
    ap.add_argument(
        "--grain", type=float, metavar="SIGMA",
        help="the scanner's grain in grey levels, not 7-10 (0: none)",
    )  # fmt: skip
    ap.add_argument(
        "--font", type=float, default=1.0, metavar="SCALE",
        help="the print shrunk to this share of its size before it is scanned (0.8: small print)",
    )  # fmt: skip
    ap.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE",
        help="a ReadSettings tolerance for this run (--set ocr_psm=4), to try one",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if "all" in args.look:
        args.look = [k for k in args.look if k != "all"] + [k for k in LOOKS if k not in args.look]
    args.settings = settings_from(args.set, ap)
    for folder in args.folders:
        if any(part in FORBIDDEN for part in folder.resolve().parts) or (
            (folder / "heldout").exists()
        ):
            ap.error(f"{folder}: pass a tuning set (tune/, fresh/, blind/, unseen/, novel/)")
    empty = None
    if not args.store:
        empty = tempfile.mkdtemp(prefix="scan-gap-store-")
        os.environ["APPEALGEN_HOME"] = empty
    if args.ocr_cache:
        cache_ocr(args.ocr_cache)
    args.ocr_words = []
    if args.words:
        keep_ocr_words(args.ocr_words)
    figures: dict[str, Any] = {}
    try:
        for folder, look in [(f, k) for f in args.folders for k in args.look]:
            keep = None
            if args.keep:
                keep = args.keep / folder.name if len(args.folders) > 1 else args.keep
                keep = keep / look if len(args.look) > 1 else keep
                keep.mkdir(parents=True, exist_ok=True)
            gap = run_set(folder, args, keep, look)
            print("\n".join(report(folder, gap, args, look)), flush=True)
            name = str(folder) if look == "scanner" else f"{folder} ({look})"
            figures[name] = {
                "text": round(gap.text.accuracy, 4),
                "scan": round(gap.scan.accuracy, 4),
                "lost": len(gap.lost),
                "gained": len(gap.gained),
                "sure_wrong": gap.sure_wrong,
                "text_families": {k: round(v, 4) for k, v in gap.text.family_accuracy().items()},
                "scan_families": {k: round(v, 4) for k, v in gap.scan.family_accuracy().items()},
                "lost_by_field": dict(Counter(field_of(m) for m in gap.lost).most_common()),
            }
    finally:
        if empty:
            shutil.rmtree(empty, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
