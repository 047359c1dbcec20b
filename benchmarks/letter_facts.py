"""What the appeal states, against the truth: wrong facts, missing appeals, placeholders.

    python benchmarks/letter_facts.py                        # the shipped samples
    python benchmarks/letter_facts.py tests/data/varied      # each split (tune/ ... outside/)
    python benchmarks/letter_facts.py samples tests/data/varied --json facts.json
    python benchmarks/letter_facts.py tests/data/varied --show wrong   # every wrong fact
    python benchmarks/letter_facts.py tests/data/varied/tune --show placeholder
        # every placeholder, with what the reader read and why it was not sure
    python benchmarks/letter_facts.py tests/data/varied/wild --families w06 w07 w08 w09 w10 w11
    python benchmarks/letter_facts.py tests/data/varied/novel --ocr-cache /tmp/ocr
        # tesseract's output kept per page image, as scan_gap.py --ocr-cache

Each document is read, decided and written as a user would (no profile, so every fact
comes from the notice). The appeal's reference block (Member, Member ID, Patient, Claim
number, Date of service, Codes billed, Date of your notice, Plan) and the denial category
are compared with the document's expected JSON, formatted the way the letters format them:

- wrong: the letter states a value that is not the truth (or states one the notice does
  not print);
- placeholder: the letter leaves a highlighted blank for a fact the notice prints (the
  reader was not sure); for the category, the case asks about it ("check before sending");
- missing appeal: the notice denies a claim and no appeal.docx was written;
- an appeal for a notice that denies nothing is wrong, unless the first thing it asks is
  whether the claim was denied (the reader could not tell): then it is a placeholder.

Targets (issue 10): 0 wrong, 0 missing appeals, placeholders for at most 10% of the facts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import docx

from appealgen import decide, generate, parse_file
from appealgen.decide.explain import result_from_dict
from appealgen.errors import AppealgenError
from appealgen.models import Claim, ParseResult
from appealgen.write.letters.sure import codes_text
from appealgen.write.letters.text import fmt_date, join, unique

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import SPLITS, documents  # noqa: E402

TARGET_PLACEHOLDER_SHARE = 0.10
LINES = (
    "Member",
    "Member ID",
    "Plan",
    "Patient",
    "Claim number",
    "Date of service",
    "Codes billed",
    "Date of your notice",
)
_PLACEHOLDER = re.compile(r"\[[^\]]+\]")
# the field paths behind each line of the reference block (and the category)
LINE_PATHS = {
    "Member": ("member.name",),
    "Member ID": ("member.id",),
    "Plan": ("plan.name", "plan.type"),
    "Patient": ("patient_name",),
    "Claim number": ("claim_number",),
    "Date of service": ("date_of_service",),
    "Codes billed": ("procedure_code", "modifiers", "diagnosis_codes"),
    "Date of your notice": ("notice_date",),
    "Category": ("primary_category",),
}


def expected_lines(truth: ParseResult, numbers: list[str]) -> dict[str, str]:
    """The reference block the truth would give for the appeal of the claims ``numbers``
    (every denied claim when empty), formatted as the letters format it."""
    claims: list[Claim] = [
        c for c in truth.denied_claims if not numbers or c.claim_number in numbers
    ] or truth.denied_claims
    plan = truth.plan.name or ""
    if truth.plan.type and truth.plan.type.lower() not in plan.lower():
        plan = f"{plan} ({truth.plan.type})" if plan else truth.plan.type
    dates = sorted(
        unique(ln.date_of_service for c in claims for ln in c.service_lines if ln.date_of_service)
    )
    return {
        "Member": truth.member.name or "",
        "Member ID": truth.member.id or "",
        "Plan": plan,
        "Patient": join(unique(c.patient_name for c in claims)),
        "Claim number": ", ".join(unique(c.claim_number for c in claims)),
        "Date of service": join([fmt_date(d) for d in dates]),
        "Codes billed": codes_text(claims),
        "Date of your notice": fmt_date(truth.notice_date),
    }


def letter_lines(appeal: Path) -> dict[str, str]:
    """The appeal's reference block: label -> the text after it."""
    out: dict[str, str] = {}
    for p in docx.Document(str(appeal)).paragraphs:
        label, sep, value = p.text.partition(": ")
        if sep and label in LINES and label not in out:
            out[label] = value.strip()
    return out


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def same(label: str, stated: str, expected: str) -> bool:
    """Does the letter state the truth? Claim numbers and codes are lists whose order says
    nothing (the letter lists them in the order the notice was read): compared as sets."""
    if label == "Claim number":
        return {_norm(x) for x in stated.split(",")} == {_norm(x) for x in expected.split(",")}
    if label == "Codes billed":

        def parts(text: str) -> list[set[str]]:
            procs, _, diags = text.partition("diagnosis ")
            return [
                {_norm(x) for x in p.strip(" ;").split(",") if x.strip()} for p in (procs, diags)
            ]

        return parts(stated) == parts(expected)
    if label == "Plan":
        # "Cedar Gold (PPO)" names the plan "Cedar Gold PPO" and its type: the letters add
        # the type in brackets when the name read does not end in it
        return _norm(stated.replace("(", "").replace(")", "")) == _norm(
            expected.replace("(", "").replace(")", "")
        )
    return _norm(stated) == _norm(expected)


def why_unsure(label: str, check: list[Any]) -> list[str]:
    """What the reader read for the line ``label`` and why it was not sure, from the
    case's "check before sending" items: 'claims.0.claim_number "AB 123" (reason)'."""
    ends = LINE_PATHS.get(label, ())
    return [
        f"{c.path} {c.seen!r} ({c.reason or 'no reason given'})"
        for c in check
        if c.path.endswith(ends)
    ]


def measure(src: Path, exp: Path, workdir: Path) -> dict[str, Any]:
    """One document: each fact's verdict (right / wrong / placeholder / omitted / blank)."""
    truth = result_from_dict(json.loads(exp.read_text(encoding="utf-8")))
    truth_denied = bool(truth.denied_claims)
    row: dict[str, Any] = {
        "file": src.name,
        "facts": {},
        "missing_appeal": False,
        "error": "",
        "why": {},
    }
    try:
        case = decide(parse_file(src))
        written = generate(case, workdir)
    except AppealgenError as e:
        row["error"] = e.one_line()
        row["missing_appeal"] = truth_denied
        return row
    appeal = written.case_dir / "appeal.docx"
    if not appeal.exists():
        # a billing defect goes to the provider as a corrected-claim request, by design
        routed = (written.case_dir / "corrected_claim_request.docx").exists()
        row["missing_appeal"] = truth_denied and not routed
        row["routed"] = routed
        return row
    if not truth_denied:
        # written in case it was denied is a question, not a guess, when asked first
        asked = bool(written.check) and written.check[0].path.endswith(".denied")
        row["facts"]["appeal"] = (
            "placeholder" if asked else "wrong",
            "an appeal for a notice that denies nothing"
            + (", asking first whether it was denied" if asked else ""),
            "",
        )
        return row
    plan = next((d for d in case.decision.documents if d.kind == "appeal"), None)
    want, got = (
        expected_lines(truth, list(plan.claim_numbers) if plan else []),
        letter_lines(appeal),
    )
    for label in LINES:
        expected, stated = want.get(label, ""), got.get(label)
        if stated is None:
            verdict = "omitted" if expected else "right"
        elif _PLACEHOLDER.search(stated):
            verdict = "placeholder" if expected else "blank"
        elif not expected:
            verdict = "wrong"  # the letter states what the notice does not print
        else:
            verdict = "right" if same(label, stated, expected) else "wrong"
        row["facts"][label] = (verdict, stated or "", expected)
        if verdict == "placeholder":
            row["why"][label] = why_unsure(label, written.check)
    # the category: the primary category of the appeal's claims, or a question about it
    truth_cats = [c.denial.primary_category for c in truth.denied_claims if c.denial]
    numbers = list(plan.claim_numbers) if plan else []
    truth_cats = [
        c.denial.primary_category
        for c in truth.denied_claims
        if c.denial and (not numbers or c.claim_number in numbers)
    ] or truth_cats
    read_cats = [
        c.denial.primary_category
        for c in case.parse.denied_claims
        if c.denial and (not numbers or c.claim_number in numbers)
    ]
    asked = any(item.path.endswith("denial.primary_category") for item in written.check)
    if asked:
        verdict = "placeholder"
    elif sorted(filter(None, read_cats)) == sorted(filter(None, truth_cats)):
        verdict = "right"
    else:
        verdict = "wrong"
    row["facts"]["Category"] = (
        verdict,
        ", ".join(filter(None, read_cats)),
        ", ".join(filter(None, truth_cats)),
    )
    if verdict == "placeholder":
        row["why"]["Category"] = why_unsure("Category", written.check)
    return row


def run(folder: Path, families: tuple[str, ...] = ()) -> dict[str, Any]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="appealgen-facts-") as tmp:
        for stem, src, exp in documents(folder):
            if families and not stem.startswith(families):
                continue
            rows.append(measure(src, exp, Path(tmp) / stem))
    counts = {"right": 0, "wrong": 0, "placeholder": 0, "omitted": 0, "blank": 0}
    for r in rows:
        for verdict, _, _ in r["facts"].values():
            counts[verdict] += 1
    printed = counts["right"] + counts["wrong"] + counts["placeholder"] + counts["omitted"]
    return {
        "folder": str(folder),
        "documents": len(rows),
        "denied_without_appeal": sum(1 for r in rows if r["missing_appeal"]),
        "routed_to_corrected_claim": sum(1 for r in rows if r.get("routed")),
        "letters_with_a_wrong_fact": sum(
            1 for r in rows if any(v == "wrong" for v, _, _ in r["facts"].values())
        ),
        **counts,
        "facts_checked": printed,
        "placeholder_share": counts["placeholder"] / printed if printed else 0.0,
        "rows": rows,
    }


def folders_of(path: Path) -> list[Path]:
    subs = [path / s for s in SPLITS if (path / s).is_dir()]
    return subs or [path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[Path("samples")])
    parser.add_argument("--json", type=Path, help="write every number and verdict here")
    parser.add_argument(
        "--show", choices=("wrong", "placeholder", "omitted", "all"), help="list those facts"
    )
    parser.add_argument(
        "--families", nargs="+", default=(), metavar="F", help="only these families (w06 w07 ...)"
    )
    parser.add_argument(
        "--ocr-cache",
        type=Path,
        metavar="DIR",
        help="keep tesseract's output per page image here (as scan_gap.py --ocr-cache)",
    )
    args = parser.parse_args(argv)
    if args.ocr_cache:
        from scan_gap import cache_ocr

        cache_ocr(args.ocr_cache)
    families = tuple(args.families)
    results = [run(f, families) for path in args.folders for f in folders_of(path)]
    print(
        f"{'set':<28} {'docs':>4} {'wrong':>5} {'letters':>7} {'no appeal':>9} "
        f"{'placeh.':>7} {'share':>6} {'omitted':>7} {'right':>5}"
    )
    ok = True
    for res in results:
        share = res["placeholder_share"]
        print(
            f"{res['folder']:<28} {res['documents']:>4} {res['wrong']:>5} "
            f"{res['letters_with_a_wrong_fact']:>7} {res['denied_without_appeal']:>9} "
            f"{res['placeholder']:>7} {share:>6.1%} {res['omitted']:>7} {res['right']:>5}"
        )
        ok = ok and res["wrong"] == 0 and res["denied_without_appeal"] == 0
        ok = ok and share <= TARGET_PLACEHOLDER_SHARE
        if args.show:
            for r in res["rows"]:
                if r["error"]:
                    print(f"    {r['file']}: {r['error']}")
                for label, (verdict, stated, expected) in r["facts"].items():
                    if args.show == "all" or verdict == args.show:
                        print(
                            f"    {r['file']}: {label}: {verdict}: {stated!r} (truth {expected!r})"
                        )
                        for why in (
                            r.get("why", {}).get(label, []) if verdict == "placeholder" else ()
                        ):
                            print(f"        read {why}")
    print(
        "targets (0 wrong, 0 denied without appeal, placeholders <= 10%):", "PASS" if ok else "FAIL"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
