"""Field-by-field comparison of a parse document with its expected document.

One ``score()`` serves the sample tests and the benchmark, so the accuracy a
note quotes and the accuracy a test enforces are the same number.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

HEADER_FIELDS = (
    "source.kind",
    "payer.name",
    "payer.state",
    "payer.phone",
    "plan.name",
    "plan.type",
    "plan.funding",
    "plan.group_number",
    "member.name",
    "member.id",
    "member.state",
    "notice_date",
)
CLAIM_FIELDS = (
    "claim_number",
    "patient_name",
    "provider.name",
    "provider.npi",
    "provider.network",
    "denied",
    "diagnosis_codes",
    "totals.billed",
    "totals.allowed",
    "totals.paid",
    "totals.patient_responsibility",
    "denial.carc",
    "denial.rarc",
    "denial.categories",
    "denial.primary_category",
)
LINE_FIELDS = (
    "date_of_service",
    "procedure_code",
    "modifiers",
    "units",
    "diagnosis_codes",
    "billed",
    "allowed",
    "paid",
    "patient_responsibility",
    "remark_codes",
    "adjustments",
)
# families reported separately (the held-out acceptance names these)
FAMILIES = {
    "payer": ("payer.name",),
    "member_id": ("member.id",),
    "notice_date": ("notice_date",),
    "claim_number": ("claim_number",),
    "codes": ("procedure_code", "diagnosis_codes", "modifiers"),
    "dates": ("date_of_service", "notice_date"),
    "amounts": (
        "billed",
        "allowed",
        "paid",
        "patient_responsibility",
        "totals.billed",
        "totals.allowed",
        "totals.paid",
        "totals.patient_responsibility",
    ),
    "denied": ("denied",),
    "carc": ("denial.carc",),
    "rarc": ("denial.rarc", "remark_codes"),
    "category": ("denial.primary_category",),
}


@dataclass
class Score:
    right: int = 0
    total: int = 0
    per_field: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, name: str, ok: bool, where: str, got: Any, want: Any) -> None:
        self.total += 1
        self.per_field[name][1] += 1
        if ok:
            self.right += 1
            self.per_field[name][0] += 1
        else:
            self.misses.append(f"{where}: got {got!r}, expected {want!r}")

    def merge(self, other: Score) -> None:
        self.right += other.right
        self.total += other.total
        for k, (r, t) in other.per_field.items():
            self.per_field[k][0] += r
            self.per_field[k][1] += t
        self.misses.extend(other.misses)

    def family_accuracy(self) -> dict[str, float]:
        out = {}
        for fam, names in FAMILIES.items():
            r = sum(self.per_field[n][0] for n in names if n in self.per_field)
            t = sum(self.per_field[n][1] for n in names if n in self.per_field)
            if t:
                out[fam] = r / t
        return out

    def report(self) -> str:
        rows = [f"overall {self.accuracy:.1%} ({self.right}/{self.total})"]
        for k in sorted(self.per_field):
            r, t = self.per_field[k]
            rows.append(f"  {k:<32} {r / t:6.1%}  ({r}/{t})")
        return "\n".join(rows)


def get_dotted(d: Any, dotted: str) -> Any:
    """The value at ``dotted`` (``member.id``) in nested dicts, or None where a step is missing."""
    for part in dotted.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


def _norm_str(v: Any) -> Any:
    if isinstance(v, str):
        v = unicodedata.normalize("NFKC", v).casefold().replace("’", "'")
        v = re.sub(r"\s+", " ", v).strip(" .,;:")
        return v or None
    return v


def _norm_value(v: Any) -> Any:
    if isinstance(v, list):
        items = []
        for x in v:
            if isinstance(x, dict):
                items.append(tuple(sorted((k, _norm_str(val)) for k, val in x.items())))
            else:
                items.append(_norm_str(x))
        return frozenset(items)
    return _norm_str(v)


def _same(got: Any, want: Any) -> bool:
    return _norm_value(got) == _norm_value(want)


def score(got: dict[str, Any], want: dict[str, Any], *, name: str = "") -> Score:
    """Compare every expected field; claims align by claim number, lines by order."""
    s = Score()
    for f in HEADER_FIELDS:
        s.add(
            f,
            _same(get_dotted(got, f), get_dotted(want, f)),
            f"{name} {f}",
            get_dotted(got, f),
            get_dotted(want, f),
        )
    got_claims = list(got.get("claims") or [])
    by_number = {c.get("claim_number"): c for c in got_claims if c.get("claim_number")}
    for k, wc in enumerate(want.get("claims") or []):
        gc = by_number.get(wc.get("claim_number"))
        if gc is None:
            gc = got_claims[k] if k < len(got_claims) else {}
        where = f"{name} claim[{k}]"
        for f in CLAIM_FIELDS:
            w = get_dotted(wc, f)
            g = get_dotted(gc, f)
            if f.startswith("denial.") and wc.get("denial") is None:
                if f == "denial.primary_category":
                    s.add(
                        "denial",
                        gc.get("denial") is None,
                        f"{where} denial",
                        gc.get("denial"),
                        None,
                    )
                continue
            s.add(f, _same(g, w), f"{where} {f}", g, w)
        glines = gc.get("service_lines") or []
        for j, wl in enumerate(wc.get("service_lines") or []):
            gl = glines[j] if j < len(glines) else {}
            for f in LINE_FIELDS:
                if f == "adjustments":
                    w = [(a.get("group"), a.get("code")) for a in wl.get(f) or []]
                    g = [(a.get("group"), a.get("code")) for a in gl.get(f) or []]
                    s.add(f, set(w) == set(g), f"{where} line[{j}] {f}", g, w)
                    continue
                s.add(
                    f, _same(gl.get(f), wl.get(f)), f"{where} line[{j}] {f}", gl.get(f), wl.get(f)
                )
    return s


def _claim_pairs(got: dict[str, Any], want: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Each read claim's position -> the expected claim it stands for."""
    wanted = list(want.get("claims") or [])
    by_number = {c.get("claim_number"): c for c in wanted if c.get("claim_number")}
    out = {}
    for n, gc in enumerate(got.get("claims") or []):
        wc = by_number.get(gc.get("claim_number"))
        if wc is None and n < len(wanted):
            wc = wanted[n]
        if wc is not None:
            out[n] = wc
    return out


def _at(d: Any, parts: list[str]) -> Any:
    for part in parts:
        if isinstance(d, list):
            d = d[int(part)] if part.isdigit() and int(part) < len(d) else None
        elif isinstance(d, dict):
            d = d.get(part)
        else:
            return None
    return d


@dataclass
class SureScore:
    """How the reader's "sure" flags match the truth: a wrong value must not be sure."""

    sure_right: int = 0
    sure_wrong: int = 0
    unsure_right: int = 0
    unsure_wrong: int = 0
    wrong_sure: list[str] = field(default_factory=list)
    right_unsure: list[str] = field(default_factory=list)  # with the reader's reason
    # every value left unsure: (field path, the reader's reason, verdict), the verdict
    # "right", "wrong" or "unexpected" (the truth holds no such value, or no such claim);
    # and each expected category the reader read none for: (path, None, "missed")
    doubts: list[tuple[str, str | None, str]] = field(default_factory=list)

    def merge(self, other: SureScore) -> None:
        self.sure_right += other.sure_right
        self.sure_wrong += other.sure_wrong
        self.unsure_right += other.unsure_right
        self.unsure_wrong += other.unsure_wrong
        self.wrong_sure.extend(other.wrong_sure)
        self.right_unsure.extend(other.right_unsure)
        self.doubts.extend(other.doubts)

    def report(self) -> str:
        right = self.sure_right + self.unsure_right
        wrong = self.sure_wrong + self.unsure_wrong
        return (
            f"sure and right {self.sure_right}, sure but wrong {self.sure_wrong}, "
            f"unsure and wrong {self.unsure_wrong}, unsure but right {self.unsure_right}; "
            f"right values sure {self.sure_right / right if right else 1:.1%}, "
            f"wrong values unsure {self.unsure_wrong / wrong if wrong else 1:.1%}"
        )


_SCORED = {f.split(".")[-1] for f in (*HEADER_FIELDS, *CLAIM_FIELDS, *LINE_FIELDS)}


def score_sure(got: dict[str, Any], want: dict[str, Any], *, name: str = "") -> SureScore:
    """Each value with evidence, right or wrong against ``want``, sure or not."""
    s = SureScore()
    pairs = _claim_pairs(got, want)
    for path, ev in (got.get("evidence") or {}).items():
        parts = path.split(".")
        if parts[-1] not in _SCORED:
            continue  # e.g. the reason text, which the expected documents word freely
        g = _at(got, parts)
        if parts[0] == "claims":
            wc = pairs.get(int(parts[1]))
            if wc is None:
                if not ev.get("sure"):
                    s.doubts.append((path, ev.get("reason"), "unexpected"))
                continue
            w = _at(wc, parts[2:])
        else:
            w = _at(want, parts)
        if parts[-1] == "adjustments":
            ok = {(a.get("group"), a.get("code")) for a in g or []} == {
                (a.get("group"), a.get("code")) for a in w or []
            }
        else:
            ok = _same(g, w)
        if ev.get("sure"):
            if ok:
                s.sure_right += 1
            else:
                s.sure_wrong += 1
                s.wrong_sure.append(f"{name} {path}: got {g!r}, expected {w!r}")
        elif ok:
            s.unsure_right += 1
            s.right_unsure.append(f"{name} {path}: {g!r}, doubted: {ev.get('reason')}")
            s.doubts.append((path, ev.get("reason"), "right"))
        else:
            s.unsure_wrong += 1
            s.doubts.append(
                (path, ev.get("reason"), "wrong" if w not in (None, []) else "unexpected")
            )
    for n, wc in pairs.items():
        gc = (got.get("claims") or [])[n]
        want_cat = _at(wc, ["denial", "primary_category"])
        if want_cat and not _at(gc, ["denial", "primary_category"]):
            s.doubts.append((f"claims.{n}.denial.primary_category", None, "missed"))
    return s
