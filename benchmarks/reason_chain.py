"""The denial category's whole chain on notices: reason found, attached, classified, sure.

    python benchmarks/reason_chain.py tests/data/varied/wild               # one set
    python benchmarks/reason_chain.py tests/data/varied/wild --families w00 w01 --show lost
    python benchmarks/reason_chain.py /tmp/rw-dev /tmp/retold-dev          # reworded, retold
    python benchmarks/reason_chain.py tests/data/varied/novel --ocr-cache /tmp/ocr

Every notice of a folder with expected JSON is parsed as any other
(``appealgen.parse_file``), and each claim the truth calls denied is followed through the
steps that make its category, in order:

- ``claim``: a read claim stands for it (its claim number, else its place) and is read as
  denied;
- ``found``: a reason is read (words or codes) where the truth prints one (a letter
  re-told by ``retell.py`` words it otherwise than the truth's text, so the words are not
  compared here);
- ``attached``: the category read is not another claim's of the notice (its words or
  codes closer to another claim's reason of another category, or that claim's category);
- ``category``: the primary category read is the truth's;
- ``sure``: the category is sure (a letter argues it) — only right ones should be.

A claim's verdict is ``sure right``, ``unsure right`` (the person is asked, right or
not), ``unsure wrong`` or ``sure wrong`` (the worst: a letter argues the wrong reason). The
step that loses the claim is the first one it fails; ``lost at`` counts them, so the step
that loses most is the one to mend. A folder holding ``tune/``, ``wild/`` ... is refused:
name one set at a time. Scans are read through tesseract (``--ocr-cache`` keeps its
answers); ``--text-only`` leaves them out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from accuracy import SPLITS, documents, family_key  # noqa: E402

from appealgen import parse_file  # noqa: E402
from appealgen.errors import AppealgenError  # noqa: E402

STEPS = ("claim", "found", "attached", "category", "sure")
_STOP = frozenset(
    "the and for this that was were are not your you our with from have has been its "
    "can cannot will may any all but per under which who did does".split()
)


def words(text: str | None) -> set[str]:
    """The content words of a reason (three letters or more, no common words)."""
    return {w for w in re.findall(r"[a-z]{3,}", (text or "").lower()) if w not in _STOP}


def codes(denial: dict[str, Any] | None) -> set[str]:
    """A denial's CARC and RARC codes, without their group ("CO-197" -> "197")."""
    d = denial or {}
    return {c.split("-")[-1].upper() for c in (d.get("carc") or [])} | {
        r.upper() for r in (d.get("rarc") or [])
    }


def likeness(read: dict[str, Any], want: dict[str, Any]) -> float:
    """How much of ``want``'s printed reason the read reason ``read`` holds (0..1)."""
    w, g = words(want.get("reason_text")), words(read.get("reason_text"))
    share = len(w & g) / len(w) if w else 0.0
    wc, gc = codes(want), codes(read)
    if wc and wc & gc:
        share = max(share, len(wc & gc) / len(wc))
    return share


@dataclass
class ClaimChain:
    """One denied claim of the truth through the steps."""

    name: str
    want: str | None
    got: str | None = None
    sure: bool = False
    lost: str | None = None  # the first step it fails, None when sure and right
    why: str | None = None  # the reader's reason for doubting the category
    want_reason: str | None = None
    got_reason: str | None = None

    @property
    def verdict(self) -> str:
        right = self.got == self.want
        return f"{'sure' if self.sure else 'unsure'} {'right' if right else 'wrong'}"


@dataclass
class Chain:
    claims: list[ClaimChain] = field(default_factory=list)

    def report(self, label: str) -> list[str]:
        n = len(self.claims)
        if not n:
            return [f"{label}: no denied claim"]
        v = Counter(c.verdict for c in self.claims)
        lost = Counter(c.lost for c in self.claims if c.lost)
        passed = {s: sum(1 for c in self.claims if _passed(c, s)) for s in STEPS}
        right = sum(1 for c in self.claims if c.got == c.want)
        out = [
            f"{label}: {n} denied claims; category right {right} ({right / n:.1%}); "
            f"sure right {v['sure right']}, unsure right {v['unsure right']}, "
            f"unsure wrong {v['unsure wrong']}, sure wrong {v['sure wrong']}",
            "  passed: " + ", ".join(f"{s} {passed[s]}" for s in STEPS),
            "  lost at: " + (", ".join(f"{s} {lost[s]}" for s in STEPS if lost[s]) or "none"),
        ]
        return out


def _passed(c: ClaimChain, step: str) -> bool:
    """Whether the claim got past ``step`` (and every step before it)."""
    if c.lost is None:
        return True
    return STEPS.index(step) < STEPS.index(c.lost)


def _pair(got: dict[str, Any], want_claims: list[dict], k: int) -> dict[str, Any]:
    read = list(got.get("claims") or [])
    number = want_claims[k].get("claim_number")
    for c in read:
        if number and c.get("claim_number") == number:
            return c
    return read[k] if k < len(read) else {}


def follow(name: str, got: dict[str, Any], want: dict[str, Any]) -> list[ClaimChain]:
    """Each denied claim of ``want`` through the steps, as ``got`` read it."""
    wanted = list(want.get("claims") or [])
    read = list(got.get("claims") or [])
    evidence = got.get("evidence") or {}
    out = []
    for k, wc in enumerate(wanted):
        wd = wc.get("denial")
        if not wc.get("denied") or wd is None:
            continue
        gc = _pair(got, wanted, k)
        gd = gc.get("denial") or {}
        c = ClaimChain(f"{name} claim[{k}]", wd.get("primary_category"))
        c.want_reason, c.got_reason = wd.get("reason_text"), gd.get("reason_text")
        c.got = gd.get("primary_category")
        if gc in read:
            ev = evidence.get(f"claims.{read.index(gc)}.denial.primary_category") or {}
            c.sure, c.why = bool(ev.get("sure")), ev.get("reason")
        c.lost = _lost(c, gc, gd, wd, wanted, k)
        out.append(c)
    return out


def _lost(c: ClaimChain, gc: dict, gd: dict, wd: dict, wanted: list[dict], k: int) -> str | None:
    if c.sure and c.got == c.want:
        return None  # the letter argues the right reason, however the words were read
    if not gc or not gc.get("denied") or not gd:
        return "claim"
    printed = bool(words(wd.get("reason_text")) or codes(wd))
    if printed and not (gd.get("reason_text") or codes(gd)):
        return "found"
    own = likeness(gd, wd)
    others = [
        o.get("denial") or {}
        for j, o in enumerate(wanted)
        if j != k
        and o.get("denial")
        and (o["denial"].get("primary_category") != wd.get("primary_category"))
    ]
    if c.got != c.want and any(
        likeness(gd, od) > own or od.get("primary_category") == c.got for od in others
    ):
        return "attached"  # the words or the category of another claim of the notice
    if c.got != c.want:
        return "category"
    return "sure"


def run(folder: Path, families: list[str], text_only: bool, chain: Chain) -> None:
    keep = {f.lower() for f in families}
    for stem, src, exp in documents(folder):
        if keep and family_key(stem).lower() not in keep:
            continue
        want = json.loads(exp.read_text(encoding="utf-8"))
        if text_only and (want.get("source") or {}).get("ocr_used"):
            continue
        try:
            got = parse_file(src).to_dict()
        except AppealgenError:
            got = {}
        chain.claims += follow(f"{folder.name}/{stem}", got, want)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--families", nargs="+", default=[], metavar="ID")
    ap.add_argument("--show", choices=["lost", "wrong", "all"], help="list those claims")
    ap.add_argument("--text-only", action="store_true", help="leave scans and photos out")
    ap.add_argument("--ocr-cache", type=Path, metavar="DIR", help="keep tesseract's answers")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    args = ap.parse_args(argv)
    for folder in args.folders:
        if any((folder / sp).is_dir() for sp in SPLITS):
            ap.error(f"{folder} holds several sets: name one set at a time")
    if args.ocr_cache:
        from scan_gap import cache_ocr

        cache_ocr(args.ocr_cache)
    total = Chain()
    figures: dict[str, Any] = {}
    for folder in args.folders:
        chain = Chain()
        run(folder, args.families, args.text_only, chain)
        for c in chain.claims:
            show = (
                args.show == "all"
                or (args.show == "lost" and c.lost)
                or (args.show == "wrong" and c.verdict == "sure wrong")
            )
            if show:
                print(
                    f"  {c.name}: {c.verdict}, lost at {c.lost}; want {c.want} got {c.got}"
                    f" ({c.why})\n      truth: {c.want_reason}\n      read:  {c.got_reason}"
                )
        print("\n".join(chain.report(str(folder))), flush=True)
        figures[str(folder)] = {
            "claims": len(chain.claims),
            **Counter(c.verdict for c in chain.claims),
            "lost": dict(Counter(c.lost for c in chain.claims if c.lost)),
        }
        total.claims += chain.claims
    if len(args.folders) > 1:
        print("\n".join(total.report("all")))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
