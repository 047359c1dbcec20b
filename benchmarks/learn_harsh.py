"""Later documents unlike the taught one: a harsher set for ``learn_accuracy.py``.

    python benchmarks/learn_harsh.py wild --out /tmp/harsh            # every family of wild
    python benchmarks/learn_harsh.py novel stray --out /tmp/harsh --families 0 1 2
    python benchmarks/learn_accuracy.py /tmp/harsh --split wild --others tune \\
        --ocr-cache /tmp/ocr                  # taught from _0, the three others scored

The sets' own later documents differ little from their first: the same number of claims
and pages, the same look. For each family of a generated set (``samples/<set>.py``, a
``LayoutSet``: wild, novel, stray, unseen, blind), this writes four documents to
``OUT/<set>/``, each checked to print every value its truth holds:

- ``_0``, the one ``learn`` is taught: the set's own first document, a text PDF for an
  even family and, for an odd one, scanned (flatbed or fax) -- a layout taught from a
  scan must read text documents of its layout too;
- ``_11``, longer: more claims and more services than the family ever prints (so more
  rows, often more pages), another member and patient;
- ``_12``, turned over: denied where the taught document was paid, or paid where it was
  denied, with the fewest claims the family prints;
- ``_13``, another look: scanned sideways, photographed, faxed or flatbed, a look the
  taught document did not have.

A variant whose values the page does not all print (a letter that prints one claim only)
falls back to a milder one; the documents written and each one's make are listed in
``OUT/<set>/MANIFEST.txt``. ``tune`` is linked beside the sets (``--others tune``: the
untaught check). Never pass the held-out sets: they are measured only by the lead. Of a
set split into a dev and a check half nobody tunes on (drift, ahead, beyond), only the
dev half is written.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib
import io
import json
import sys
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "samples"))

SETS = ("wild", "novel", "stray", "unseen", "blind", "drift", "ahead", "beyond")
# sets whose check half nobody tunes on: only their dev half (``DEV`` in the set's module)
UNTUNED_HALF = ("drift", "ahead", "beyond")
TAUGHT_LOOKS = ("scanner", "fax")  # an odd family's taught document, by family id
LATER_LOOKS = ("sideways", "photo", "scanner", "fax")  # the _13 document's, by family id
DPI = 200
LONGER, TURNED, LOOK = 11, 12, 13  # the later documents' numbers (their seeds)


def scan(data: bytes, look: str, seed: int) -> tuple[bytes, int, str]:
    """The text PDF ``data`` as ``look`` makes it: (bytes, pages, suffix)."""
    import blind  # samples/blind.py: the sets' flatbed scanner

    if look == "scanner":
        scanned, pages = blind.scan_pdf(data, SimpleNamespace(dpi=DPI), seed)
        return scanned, pages, ".pdf"
    import scan_looks

    scanned, suffix, _ = scan_looks.make(look, data, DPI, seed)
    return scanned, _pages(scanned, suffix), suffix


def _pages(data: bytes, suffix: str) -> int:
    if suffix != ".pdf":
        return 1
    import pypdf

    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _wider(fam: Any) -> list[tuple[str, Any]]:
    """More claims and services than ``fam`` prints, milder ones after (the first whose
    values the page prints is kept)."""
    c_hi, l_hi = fam.claims[1], fam.lines[1]
    more = [(2 * c_hi + 1, 2 * c_hi + 2), (c_hi + 1, c_hi + 1), (c_hi, c_hi)]
    out = []
    for claims in more:
        for lines in ((l_hi, l_hi + 2), (l_hi, l_hi)):
            if claims != (c_hi, c_hi) or lines != (l_hi, l_hi):
                what = f"longer ({claims[0]}-{claims[1]} claims)"
                out.append((what, dataclasses.replace(fam, claims=claims, lines=lines)))
    return out


def _turned(fam: Any, taught: dict) -> list[tuple[str, Any]]:
    """Denied where the taught document was paid, else paid; the fewest claims. A family
    that prints only denials gets another denial (another reason) instead."""
    fewest = dataclasses.replace(fam, claims=(fam.claims[0], fam.claims[0]))
    denied = dataclasses.replace(fewest, mixed=False, paid_doc=-1)
    if any(not c["denied"] for c in taught["claims"]):
        return [("turned: all denied", denied)]
    return [
        ("turned: all paid", dataclasses.replace(fewest, paid_doc=TURNED)),
        ("turned: first paid", dataclasses.replace(fewest, mixed=True, paid_doc=-1)),
        ("another denial", denied),
    ]


class Writer:
    """Writes one set's harsh documents into ``folder``."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.set = importlib.import_module(name).SET
        self.folder = folder
        self.manifest: list[str] = []

    def _render(self, fam: Any, n: int) -> tuple[str, bytes, dict] | None:
        """Document ``n`` of ``fam`` as a text PDF with its truth, when every value prints."""
        import generate as g

        try:
            doc, text_pdf, pages = self.set.render(fam, n)
        except (TypeError, AttributeError, ValueError, IndexError, KeyError):
            return None  # the family's drawer cannot draw this variant (a paid letter)
        exp = g.expected(doc, text_pdf, pages)
        if self.set.missing(fam, text_pdf, exp):
            return None
        exp["source"]["file"] = doc.name + ".pdf"
        return doc.name, text_pdf, exp

    def _write(self, stem: str, data: bytes, exp: dict, suffix: str, what: str) -> None:
        exp["source"]["file"] = stem + suffix
        (self.folder / (stem + suffix)).write_bytes(data)
        text = json.dumps(exp, indent=2, ensure_ascii=False) + "\n"
        (self.folder / f"{stem}.expected.json").write_text(text, encoding="utf-8")
        claims = exp["claims"]
        denied = sum(c["denied"] for c in claims)
        lines = sum(len(c["service_lines"]) for c in claims)
        self.manifest.append(
            f"{stem + suffix:34} {what:30} pages {exp['source']['pages']}  claims {len(claims)}"
            f" (denied {denied})  services {lines}"
        )

    def _scanned(self, stem: str, text_pdf: bytes, exp: dict, look: str, what: str = "") -> None:
        data, pages, suffix = scan(text_pdf, look, zlib.crc32(stem.encode()))
        exp["source"].update(sha256=hashlib.sha256(data).hexdigest(), pages=pages, ocr_used=True)
        self._write(stem, data, exp, suffix, f"{what}scanned ({look})")

    def family(self, fam: Any) -> None:
        file, data, exp, text_pdf = self.set.make_document(fam, 0)
        stem, suffix = Path(file).stem, Path(file).suffix
        taught_look = None
        if exp["source"]["ocr_used"]:
            self._write(stem, data, exp, suffix, "taught, the set's scan")
            taught_look = "set"
        elif fam.id % 2:
            taught_look = TAUGHT_LOOKS[(fam.id // 2) % len(TAUGHT_LOOKS)]
            self._scanned(stem, text_pdf, exp, taught_look, "taught, ")
        else:
            self._write(stem, data, exp, suffix, "taught, text")
        for n, variants in ((LONGER, _wider(fam)), (TURNED, _turned(fam, exp))):
            for what, variant in variants:
                made = self._render(variant, n)
                if made is not None:
                    self._write(made[0], made[1], made[2], ".pdf", what)
                    break
            else:
                self.manifest.append(f"{fam.id}: no document {n} prints all its values")
        made = self._render(fam, LOOK)
        if made is not None:
            looks = [lk for lk in LATER_LOOKS if lk != taught_look]
            self._scanned(made[0], made[1], made[2], looks[fam.id % len(looks)])

    def tunable(self, families: list[int] | None) -> list[int] | None:
        """The families to write: a set whose check half is untuned (``UNTUNED_HALF``)
        gives only its dev half (``DEV`` in its module), whatever is asked."""
        if self.name not in UNTUNED_HALF:
            return families
        dev = importlib.import_module(self.name).DEV
        refused = sorted(set(families or ()) - set(dev))
        if refused:
            print(f"{self.name}: families {refused} are its check half: not written")
        return [f for f in (families if families is not None else dev) if f in dev]

    def write(self, families: list[int] | None) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        families = self.tunable(families)
        for fam in self.set.families:
            if families is None or fam.id in families:
                self.family(fam)
        (self.folder / "MANIFEST.txt").write_text("\n".join(self.manifest) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("sets", nargs="+", choices=SETS, metavar="SET", help=", ".join(SETS))
    ap.add_argument("--out", type=Path, required=True, metavar="DIR")
    ap.add_argument("--families", type=int, nargs="*", metavar="ID", help="default: all")
    args = ap.parse_args(argv)
    for name in args.sets:
        writer = Writer(name, args.out / name)
        writer.write(args.families)
        print(f"{len(writer.manifest)} documents in {args.out / name}")
    tune = args.out / "tune"
    if not tune.exists():
        tune.symlink_to(ROOT / "tests" / "data" / "varied" / "tune")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
