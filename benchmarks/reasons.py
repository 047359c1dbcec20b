"""The denial category read from a reason in words, sentence by sentence.

    python benchmarks/reasons.py                      # the dev half
    python benchmarks/reasons.py --half check         # measure (never tune on its misses)
    python benchmarks/reasons.py --half check2        # a second check half, payers' own words
    python benchmarks/reasons.py --half check3        # a third, written before the word rules
    python benchmarks/reasons.py --half para_dev      # reasons re-worded word by word
    python benchmarks/reasons.py --half dev --show miss

Each sentence of ``benchmarks/reason_sentences.yaml`` is classified as a claim's printed
reason (``read/classify.py``, the phrase rules of ``data/rules/phrases.yaml``) and its
sureness weighed as the reader weighs it (``read/evidence_denial.category_evidence``),
four ways: printed bare (an EOB's reason column), under a reason heading ("Reason for
denial:"), bare beside CO-96 (a non-covered code that leaves the reason to the words), and
as the explanation of a payer's own code printed beside the claim (a message-code key).

Verdicts: ``sure right`` (the letter argues the right reason), ``unsure`` (the person is
asked: right or not, the letter states no guess), ``sure wrong`` (the worst: a letter
argues the wrong reason). A sentence of the ``unsure`` list is right only when unsure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

from appealgen.read.evidence_denial import category_sureness

PHRASES = Path(__file__).with_name("reason_sentences.yaml")
# the same reasons re-worded word by word ("clinician" for provider): halves para_dev, para_check
PARAPHRASES = Path(__file__).with_name("reason_paraphrases.yaml")
HALVES = ("dev", "check", "check2", "check3", "para_dev", "para_check")
FRAMES = ("bare", "headed", "coded", "keyed")
# "coded": printed bare beside CO-96 (non-covered; a remark or the words say why): the
# words name the reason the code leaves open; a reason that names none is not_covered
CODED = ["CO-96"]
# "keyed": the words explain a payer's own code printed beside the claim ("4Q" on the
# line, "4Q  <the words>" in the key at the page's foot or on another page)


def sentences(half: str) -> list[tuple[str, str]]:
    """(category, sentence) of one half; category ``unsure`` names no specific reason."""
    source = PARAPHRASES if half.startswith("para_") else PHRASES
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    out = []
    for category, halves in data.items():
        if category == "version":
            continue
        out += [(category, s) for s in halves.get(half) or []]
    return out


def judge(
    text: str, headed: bool, carc: list[str] | None = None, keyed: bool = False
) -> tuple[str | None, bool, str | None]:
    """(primary category, sure, why not sure) of a claim whose printed reason is ``text``;
    ``keyed``: the words explain a payer's own code printed beside the claim."""
    read = category_sureness(text, carc or [], [], explained=[text] if keyed else (), headed=headed)
    if read.primary is None or read.evidence is None:
        return None, False, "nothing read"
    return read.primary, read.sure, read.evidence.reason


def verdict(want: str, got: str | None, sure: bool) -> str:
    if not sure:
        return "unsure"
    if want == "unsure":
        return "sure wrong"
    return "sure right" if got == want else "sure wrong"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--show", choices=["miss", "wrong", "all"], help="list those sentences")
    args = ap.parse_args(argv)
    rows = sentences(args.half)
    for frame in FRAMES:
        total: Counter[str] = Counter()
        read_right = 0  # the category read is the right one, sure or not
        per: dict[str, Counter[str]] = {}
        for want, text in rows:
            if frame == "coded":
                if want == "cost_sharing":
                    continue  # a deductible beside a non-covered code: no one answer
                want = "not_covered" if want == "unsure" else want
            got, sure, why = judge(
                text,
                frame == "headed",
                CODED if frame == "coded" else None,
                keyed=frame == "keyed",
            )
            v = verdict(want, got, sure)
            read_right += got == want
            total[v] += 1
            per.setdefault(want, Counter())[v] += 1
            shown = (
                args.show == "all"
                or (args.show == "wrong" and v == "sure wrong")
                or (
                    args.show == "miss"
                    and (v == "sure wrong" or (v == "unsure") != (want == "unsure"))
                )
            )
            if shown:
                print(f"  [{frame}] {v:10} want {want:24} got {got} ({why}): {text}")
        n = sum(total.values())
        print(
            f"{args.half} {frame:6} {n} sentences: sure right {total['sure right']} "
            f"({total['sure right'] / n:.1%}), unsure {total['unsure']} "
            f"({total['unsure'] / n:.1%}), sure wrong {total['sure wrong']} "
            f"({total['sure wrong'] / n:.1%}); category read right {read_right} "
            f"({read_right / max(n - sum(per.get('unsure', Counter()).values()), 1):.1%} of those naming one)"
        )
        for cat, c in per.items():
            k = sum(c.values())
            good = c["unsure"] if cat == "unsure" else c["sure right"]
            print(f"    {cat:26} right {good}/{k}  sure wrong {c['sure wrong']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
