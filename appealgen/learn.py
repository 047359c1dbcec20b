"""Learn a payer's layout from one notice and the parse document a person corrected.

For every value of the corrected document, find where the notice prints it
and what names that place: the label just before it, the heading of the
column over it, or its position on a one-line service. The anchor every
instance of a field agrees on is kept; the layout is then read back over the
same notice, and a field whose anchor does not give back the corrected values
is dropped (the readers keep it). Keys absent from the corrected document (or
null) are "not printed", never "wrong".
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from . import knowledge
from .clock import today
from .errors import LayoutError
from .models import SOURCE_KINDS
from .read import learned as rl
from .read import normalize as nz
from .read.anchors import find_label, heading_above, just_below, label_text, words_of
from .read.extract import load
from .read.fingerprint import fingerprint, norm_words
from .read.layout import Line
from .read.layouts import (
    CLAIM_FIELDS,
    CLAIM_NOT_PRINTED,
    FIELD_TYPES,
    HEADER_FIELDS,
    LINE_FIELDS,
    LearnedLayout,
    free_name,
    save_layout,
)
from .read.learned_codes import footnote_key, line_codes

MAX_LABEL_WORDS = 4
TRIES_PER_FIELD = 6
_OWN_CODE = re.compile(r"^(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,4}$")
_LINE_KEYS = {
    "date_of_service": "claims.lines.date_of_service",
    "procedure_code": "claims.lines.procedure_code",
    "units": "claims.lines.units",
    "diagnosis_codes": "claims.lines.diagnosis_codes",
    "billed": "claims.lines.billed",
    "allowed": "claims.lines.allowed",
    "paid": "claims.lines.paid",
    "patient_responsibility": "claims.lines.patient_responsibility",
}


@dataclass(frozen=True)
class Instance:
    """One corrected value: its generic path, its place (claim, line) and its value."""

    path: str
    claim: int | None
    line: int | None
    value: Any


def learn_layout(
    file_path: str | Path, corrected: dict[str, Any], *, save: bool = True
) -> LearnedLayout:
    """Learn the layout of ``file_path`` from ``corrected`` (its parse document, corrected).

    Stores it under the store's ``layouts/`` (unless ``save=False``) and returns it.
    Raises LayoutError when the corrected document is not a parse document or
    teaches nothing, InputError when the file cannot be read.
    """
    instances = corrected_values(corrected)
    doc = load(Path(file_path))
    if doc.kind == "x12":
        raise LayoutError(
            f"{Path(file_path).name}: an X12 835 file is read segment by segment; "
            "it needs no learned layout"
        )
    lines = rl.notice_lines(doc)
    payer = _text(_get(corrected, "payer.name"))
    fields, codes = _choose(lines, instances, _categories(corrected))
    _id_lengths(fields, instances)
    if not fields:
        raise LayoutError(
            f"{Path(file_path).name}: none of the corrected values is printed in this file "
            "— is it the notice the corrections belong to?"
        )
    strings = [str(i.value) for i in instances if isinstance(i.value, str)]
    fp = fingerprint(rl.notice_lines(doc, rl.FINGERPRINT_PAGES), payer, strings)
    kind = _get(corrected, "source.kind")
    kind = kind if kind in SOURCE_KINDS else "unknown"
    layout = LearnedLayout(
        name="pending",
        payer=payer,
        fingerprint=fp.digest,
        words=sorted(fp.words),
        fields=fields,
        kind=kind,
        confirmed=True,
        codes=codes,
        not_printed=_not_printed(corrected, instances),
        learned_from={
            "file": Path(file_path).name,
            "sha256": doc.sha256,
            "date": today().isoformat(),
        },
    )
    same = rl.best_match(fp, rl.list_layouts())
    if same is not None:  # taught again: the new correction replaces the old layout
        layout.name, layout.fingerprint = same.name, same.fingerprint
    else:
        layout.name = free_name(payer or "layout", fp.digest)
    if save:
        save_layout(layout)
    return layout


def _id_lengths(fields: dict[str, dict[str, str]], instances: list[Instance]) -> None:
    """An ID field read after a label keeps the length its corrected values share."""
    for path, anchor in fields.items():
        if FIELD_TYPES[path] != "id" or "label" not in anchor:
            continue
        sizes = {sum(ch.isalnum() for ch in i.value) for i in instances if i.path == path}
        if len(sizes) == 1:
            anchor["chars"] = str(sizes.pop())


# --------------------------------------------------------------------------
# The corrected document


def _money(v: Any) -> Decimal | None:
    try:
        return Decimal(str(v)).quantize(Decimal("0.01")) if v not in (None, "") else None
    except InvalidOperation:
        raise LayoutError(f"corrected JSON: {v!r} is not an amount") from None


def _date(v: Any) -> date | None:
    if v in (None, ""):
        return None
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise LayoutError(f"corrected JSON: {v!r} is not a date (YYYY-MM-DD)") from None


def _typed(path: str, v: Any) -> Any:
    kind = FIELD_TYPES[path]
    if kind == "money":
        return _money(v)
    if kind == "date":
        return _date(v)
    if kind == "dx":
        return [str(x) for x in v] if isinstance(v, list) and v else None
    if kind == "int":
        return int(v) if isinstance(v, int) and not isinstance(v, bool) else None
    return str(v).strip() if isinstance(v, str) and v.strip() else None


def _text(v: Any) -> str:
    return v.strip() if isinstance(v, str) else ""


def _get(d: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


def corrected_values(corrected: Any) -> list[Instance]:
    """Every value the corrected document states, typed; LayoutError if it is not one."""
    if not isinstance(corrected, dict) or not isinstance(corrected.get("claims"), list):
        raise LayoutError('corrected JSON is not a parse document (no "claims" list)')
    out = []
    for path in HEADER_FIELDS:
        v = _typed(path, _get(corrected, path))
        if v is not None:
            out.append(Instance(path, None, None, v))
    for n, claim in enumerate(corrected["claims"]):
        if not isinstance(claim, dict):
            raise LayoutError(f"corrected JSON: claims[{n}] is not an object")
        for path in CLAIM_FIELDS:
            v = _typed(path, _get(claim, path[len("claims.") :]))
            if v is not None:
                out.append(Instance(path, n, None, v))
        for j, line in enumerate(claim.get("service_lines") or []):
            if not isinstance(line, dict):
                raise LayoutError(
                    f"corrected JSON: claims[{n}].service_lines[{j}] is not an object"
                )
            for key, path in _LINE_KEYS.items():
                v = _typed(path, line.get(key))
                if v is not None:
                    out.append(Instance(path, n, j, v))
            denied = bool((claim.get("denial") or {}).get("categories"))
            out.append(Instance("claims.lines.codes", n, j, (*_codes_of(line), denied)))
    if not out:
        raise LayoutError("corrected JSON holds no value to learn from")
    return out


def _categories(corrected: dict[str, Any]) -> dict[int, list[str]]:
    out = {}
    for n, claim in enumerate(corrected["claims"]):
        cats = (claim.get("denial") or {}).get("categories") or []
        out[n] = [str(c) for c in cats]
    return out


def _codes_of(line: dict[str, Any]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    adj = tuple(
        (str(a.get("group") or "CO"), str(a.get("code")))
        for a in line.get("adjustments") or []
        if isinstance(a, dict) and a.get("code")
    )
    return adj, tuple(str(r) for r in line.get("remark_codes") or [])


def _not_printed(corrected: dict[str, Any], instances: list[Instance]) -> list[str]:
    have = {i.path for i in instances}
    out = [p for p in HEADER_FIELDS if p not in have]
    if corrected["claims"]:
        out += [p for p in CLAIM_FIELDS if p not in have]
        for p in CLAIM_NOT_PRINTED:  # fields no layout reads, null on every corrected claim
            if all(_get(c, p[len("claims.") :]) is None for c in corrected["claims"]):
                out.append(p)
        if any(c.get("service_lines") for c in corrected["claims"]):
            out += [p for p in LINE_FIELDS if p not in have and p != "claims.lines.codes"]
    return out


# --------------------------------------------------------------------------
# Where each value is printed, and what names that place


def _cell_x(cell: Any, start: int, end: int) -> tuple[float, float]:
    pos, x0, x1 = 0, None, None
    for w in cell.words:
        w_start, w_end = pos, pos + len(w.text)
        if w_end > start and w_start < end:
            x0 = w.x0 if x0 is None else x0
            x1 = w.x1
        pos = w_end + 1
    return (x0 if x0 is not None else cell.x0), (x1 if x1 is not None else cell.x1)


def _spans(kind: str, value: Any, text: str) -> list[tuple[int, int]]:
    """Where ``value`` is printed in ``text`` (character spans)."""
    if kind == "date":
        return [(s, e) for s, e, d in nz.find_dates(text) if d == value]
    if kind == "money":
        return [(s, e) for s, e, v in nz.find_money(text) if v == value]
    if kind == "dx":
        value = value[0]
    needle = re.escape(str(value)).replace(r"\ ", r"\s+")
    return [m.span() for m in re.finditer(rf"(?<![\w]){needle}(?![\w])", text, re.I)]


def _first_of_kind(kind: str, ln: Line, k: int, s: int) -> bool:
    """No value of ``kind`` is printed on the line before position ``s`` of cell ``k``."""
    texts = [c.text for c in ln.cells[:k]] + [ln.cells[k].text[:s]]
    if kind == "date":
        return not any(nz.find_dates(t) for t in texts)
    return not any(
        nz.is_cpt(w.strip(".,;:")) or nz.is_hcpcs(w.strip(".,;:")) for t in texts for w in t.split()
    )


def _label_words(ln: Line, k: int, s: int, values: tuple[str, ...] = ()) -> list[str]:
    """The words printed just before position ``s`` of cell ``k``, back to a digit or to
    another value ("Patient: Maya Hollis   Provider: ..." gives "provider")."""
    head = ln.cells[k].text[:s]
    # not across a number, an amount or a date, nor across the end of a sentence
    seg = re.split(r"(?<!\S)[^A-Za-z\s]*\d[^A-Za-z\s]*(?!\S)|[.;!?](?=\s+[A-Z])", head)[-1]
    low = seg.casefold()
    for v in values:
        at = low.rfind(v.casefold())
        if at >= 0:
            seg, low = seg[at + len(v) :], low[at + len(v) :]
    words = [w for w, _, _ in words_of(seg)]
    if words:
        return words[-MAX_LABEL_WORDS:]
    if not head.strip(" :#-–(=|.") and k > 0:
        prev = ln.cells[k - 1].text
        if not re.search(r"\d", prev) and 0 < len(prev.split()) <= MAX_LABEL_WORDS + 1:
            return label_text(prev).split()
    return []


def _anchors(
    lines: list[Line], i: int, k: int, s: int, e: int, kind: str, values: tuple[str, ...] = ()
) -> list[dict]:
    """The anchors that could name a value printed at ``lines[i].cells[k][s:e]``."""
    ln = lines[i]
    cell = ln.cells[k]
    out: list[dict] = []
    label_words = _label_words(ln, k, s, values)
    if not label_words and k == 0 and not cell.text[:s].strip() and i > 0:
        above = lines[i - 1]  # "NPI:" ending the line above, its value wrapped below
        close = above.page == ln.page and ln.top - above.top <= 2.0 * (ln.bottom - ln.top + 1)
        if close and above.cells and above.text.rstrip().endswith((":", "#")):
            tail = above.cells[-1]
            label_words = _label_words(above, len(above.cells) - 1, len(tail.text), values)
    first = ln.words[0].text if ln.words else ""
    lead = " ".join(label_text(ln.text).split()[:2]) if re.match(r"[A-Za-z]", first) else ""
    for n in range(len(label_words), 0, -1):
        anchor = {"label": " ".join(label_words[-n:])}
        if lead:  # the same label, only on lines that start like this one
            out.append({**anchor, "prefix": lead})
        rest = re.sub(r"^\s*\([^)]*\)", "", cell.text[e:])  # "Select (HMO)": no stop word
        if kind == "name" and rest.strip(" ,.;"):
            after = [w for w, _, _ in words_of(rest)][:2]
            if after:
                anchor["until"] = " ".join(after)
        out.append(anchor)
    x0, x1 = _cell_x(cell, s, e)
    heading = heading_above(lines, i, x0, x1)
    if heading:
        total = any("total" in norm_words(c.text).split() for c in ln.cells)
        out.append({"column": heading, "row": "total"} if total else {"column": heading})
    if kind in ("date", "procedure") and _first_of_kind(kind, ln, k, s):
        out.append({"item": "first"})
    return out


def _locate(lines: list[Line], inst: Instance, values: tuple[str, ...] = ()) -> list[dict]:
    kind = FIELD_TYPES[inst.path]
    found: list[dict] = []
    for i, ln in enumerate(lines):
        for k, cell in enumerate(ln.cells):
            for s, e in _spans(kind, inst.value, cell.text):
                for a in _anchors(lines, i, k, s, e, kind, values):
                    if a not in found:
                        found.append(a)
        if kind == "name":
            found += [a for a in _wrapped(lines, i, inst.value, values) if a not in found]
    return found


def _wrapped(lines: list[Line], i: int, value: str, values: tuple[str, ...]) -> list[dict]:
    """Label anchors of a name that begins at the end of line ``i`` and ends on the next
    line ("Provider: Milkweed Family" / "Lactation   NPI: ..."): the words after it there
    end it ("until")."""
    if i + 1 >= len(lines) or not lines[i].cells or not just_below(lines[i], lines[i + 1]):
        return []
    ln, k = lines[i], len(lines[i].cells) - 1
    head = ln.cells[k].text
    joined = head + " " + lines[i + 1].cells[0].text
    out = []
    for s, e in _spans("name", value, joined):
        if not s < len(head) < e:
            continue
        after = [w for w, _, _ in words_of(joined[e:])][:2]
        if not after:
            continue
        for a in _anchors(lines, i, k, s, len(head), "name", values):
            if "label" in a:
                out.append({**a, "until": " ".join(after)})
    return out


def _code_forms(adj: tuple, rarc: tuple) -> list[str]:
    forms = [rf"(?<![\w-]){g}[\s-]?{c}(?![\w])" for g, c in adj]
    return forms + [rf"(?<![\w-]){r}(?![\w])" for r in rarc]


def _own_key_tokens(lines: list[Line], printed: set[str]) -> set[str]:
    """Codes a notice explains in its own key ("4N   This provider is not in your network")."""
    out = set()
    for ln in lines:
        first = ln.text.split()[0].strip(":.-") if ln.text.split() else ""
        if _OWN_CODE.match(first) and len(ln.text.split()) > 2 and first not in printed:
            out.add(first)
    return out


def _code_spots(lines: list[Line], instances: list[Instance]) -> tuple[list[dict], set[str]]:
    """Anchor candidates for the codes of each service, and the payer's own codes."""
    printed = {c for i in instances if i.path == "claims.lines.codes" for c in i.value[1]}
    own = _own_key_tokens(lines, printed)
    key = footnote_key(lines)
    votes: Counter[tuple] = Counter()
    for inst in (i for i in instances if i.path == "claims.lines.codes"):
        adj, rarc, _denied = inst.value
        forms = _code_forms(adj, rarc)
        refs = [n for n, text in key.items() if any(re.search(f, text) for f in forms)]
        forms += [rf"\({n}\)" for n in refs] + [rf"(?<![\w-]){t}(?![\w-])" for t in own]
        seen: set[tuple] = set()
        for i, ln in enumerate(lines):
            if ln.text.split() and ln.text.split()[0].strip(":.-") in own:
                continue  # the key itself
            for k, cell in enumerate(ln.cells):
                for form in forms:
                    for m in re.finditer(form, cell.text):
                        if _FOOT_LINE.match(ln.text):
                            continue
                        for a in _anchors(lines, i, k, m.start(), m.end(), "codes"):
                            seen.add(tuple(sorted(a.items())))
        votes.update(seen)
    ranked = sorted(
        votes.items(), key=lambda kv: (-kv[1], _preference("claims.lines.codes", kv[0]))
    )
    return [dict(a) for a, _ in ranked], own


_FOOT_LINE = re.compile(r"^\s*\(\d{1,2}\)\s")


_SYNONYMS = {  # field path -> the labels.yaml lists that name it
    "member.name": ("fields.member_name",),
    "member.id": ("fields.member_id",),
    "plan.name": ("fields.plan_name",),
    "plan.type": ("fields.plan_type",),
    "plan.group_number": ("fields.group_number",),
    "notice_date": ("fields.notice_date",),
    "claims.claim_number": ("fields.claim_number", "columns.claim_number"),
    "claims.patient_name": ("fields.patient_name", "columns.patient_name"),
    "claims.provider.name": ("fields.provider_name", "columns.provider_name"),
    "claims.provider.npi": ("fields.npi", "columns.npi"),
    "claims.totals.billed": ("fields.billed_total", "columns.billed"),
    "claims.totals.allowed": ("columns.allowed",),
    "claims.totals.paid": ("columns.paid",),
    "claims.totals.patient_responsibility": (
        "fields.patient_total",
        "columns.patient_responsibility",
    ),
    "claims.lines.date_of_service": ("fields.date_of_service", "columns.date_of_service"),
    "claims.lines.procedure_code": ("fields.procedure", "columns.procedure_code"),
    "claims.lines.units": ("columns.units",),
    "claims.lines.diagnosis_codes": ("fields.diagnosis", "columns.diagnosis_codes"),
    "claims.lines.billed": ("columns.billed",),
    "claims.lines.allowed": ("columns.allowed",),
    "claims.lines.paid": ("columns.paid",),
    "claims.lines.patient_responsibility": ("columns.patient_responsibility",),
    "claims.lines.codes": ("columns.carc",),
}


@functools.cache
def _synonyms(path: str) -> tuple[str, ...]:
    data = knowledge.load_yaml("rules/labels.yaml")
    out = []
    for ref in _SYNONYMS.get(path, ()):
        section, key = ref.split(".")
        out += [label_text(str(x)) for x in (data.get(section) or {}).get(key) or []]
    return tuple(x for x in out if x)


def _closeness(text: str, path: str) -> float:
    """How much of ``text`` is words of the field's synonyms (0..1)."""
    words = set(text.split())
    if not words:
        return 0.0
    return max((len(words & set(syn.split())) / len(words) for syn in _synonyms(path)), default=0)


def _known_word(path: str, keys: dict[str, str]) -> float:
    """A tie-breaker from labels.yaml: lower when the label or heading is worded like this
    field's synonyms, higher when worded like another field's ("member owes" is not paid)."""
    text = keys.get("label") or keys.get("column") or ""
    if text in _synonyms(path):
        return -2.0  # "icd 10" itself, rather than "min icd 10" around it
    if any(find_label(text, syn) for syn in _synonyms(path)):
        return -1.0
    kind = FIELD_TYPES[path]
    others = [
        p
        for p in _SYNONYMS
        if p != path and FIELD_TYPES.get(p) == kind and p.split(".")[-1] != path.split(".")[-1]
    ]
    other = max((_closeness(text, p) for p in others), default=0.0)
    return other - _closeness(text, path)


def _preference(path: str, anchor: tuple) -> tuple[int, int, int]:
    keys = dict(anchor)
    line_field = path in LINE_FIELDS or ".totals." in path
    said = " ".join(keys.get(k, "") for k in ("label", "prefix", "column")).split()
    if ".totals." in path and ("row" in keys or "total" in said or "totals" in said):
        rank = -1  # a table's totals row, a line of claim totals
    elif ".totals." in path and "column" in keys:
        rank = 2  # any row of a column: a claim's total only when it has one service
    elif "column" in keys:
        rank = 0 if line_field else 1
    elif "label" in keys:
        rank = 1 if line_field else 0
        if path in LINE_FIELDS and _known_word(path, keys) >= 0:
            rank = 3  # words printed before a one-line service's value may be a value too
    else:
        rank = 2
    prefixed = 1 if "prefix" in keys else 0
    return rank, prefixed, _known_word(path, keys), -len(keys.get("label", "").split())


def _level(path: str) -> int:
    return 0 if path in HEADER_FIELDS else 1 if path in CLAIM_FIELDS else 2


def _same_place(a: dict[str, str], b: dict[str, str]) -> bool:
    if "label" in a and "label" in b and a.get("prefix") == b.get("prefix"):
        x, y = f" {a['label']} ", f" {b['label']} "
        return x in y or y in x  # "owes" is where "member owes" is
    return a == b


def _used(fields: dict[str, dict[str, str]], path: str, cand: dict[str, str]) -> bool:
    """The anchor already names another field of the same level (one place, one field);
    a letter's addressee may be both the member and the patient."""
    return "item" not in cand and any(
        _same_place(a, cand) and _level(p) == _level(path) for p, a in fields.items()
    )


def _candidates(
    lines: list[Line], insts: list[Instance], values: tuple[str, ...] = ()
) -> list[dict]:
    votes: Counter[tuple] = Counter()
    for inst in insts:
        anchors = _locate(lines, inst, values)
        if FIELD_TYPES[inst.path] == "int":  # "1" is printed everywhere: a heading or label
            anchors = [a for a in anchors if "column" in a or "label" in a]
        votes.update({tuple(sorted(a.items())) for a in anchors})
    path = insts[0].path

    def printed(anchor: tuple) -> int:
        # a notice's own field is labelled once; a label printed for every claim is not it
        label = dict(anchor).get("label")
        if path not in HEADER_FIELDS or not label:
            return 0
        return max(0, sum(len(find_label(c.text, label)) for ln in lines for c in ln.cells) - 1)

    ranked = sorted(
        votes.items(), key=lambda kv: (-kv[1], printed(kv[0]), _preference(path, kv[0]))
    )
    return [dict(a) for a, _ in ranked]


def _order(path: str) -> int:
    if path == "claims.claim_number":
        return 0
    if path in HEADER_FIELDS:
        return 1
    if path in CLAIM_FIELDS:
        return 2
    return 4 if path == "claims.lines.codes" else 3


def _choose(
    lines: list[Line], instances: list[Instance], categories: dict[int, list[str]]
) -> tuple[dict[str, dict[str, str]], dict[str, list[str]]]:
    """The anchor of each field that reads back the corrected values, and the own codes."""
    by_path: dict[str, list[Instance]] = {}
    for inst in instances:
        by_path.setdefault(inst.path, []).append(inst)
    fields: dict[str, dict[str, str]] = {}
    codes: dict[str, list[str]] = {}
    values = tuple(
        sorted(
            {i.value for i in instances if isinstance(i.value, str) and len(i.value) >= 3},
            key=len,
        )
    )
    deferred: list[str] = []
    queue = sorted(by_path, key=_order)
    while queue:
        path = queue.pop(0)
        insts = by_path[path]
        if path == "claims.lines.codes":
            cands, own = _code_spots(lines, instances)
        else:
            cands, own = _candidates(lines, insts, values), set()
        cands = [c for c in cands if not _used(fields, path, c)]
        if path in LINE_FIELDS:
            cands = [c for c in cands if "row" not in c]
        if path not in deferred and _needs_others(path, cands, fields):
            deferred.append(path)
            queue.append(path)  # after the other fields
            continue
        best = _pick(lines, fields, path, cands, own, insts, instances)
        if best is not None:
            fields[path] = best
            if path == "claims.lines.codes":
                codes = _own_categories(lines, fields, own, instances, categories)
    return fields, codes


def _needs_others(path: str, cands: list[dict], fields: dict[str, dict[str, str]]) -> bool:
    """An unlabelled value on a one-line service ("item") is read on the lines where other
    service fields are found: choose it once they are."""
    return bool(cands) and "item" in cands[0] and not any(p in LINE_FIELDS for p in fields)


def _pick(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    path: str,
    cands: list[dict],
    own: set[str],
    insts: list[Instance],
    instances: list[Instance],
) -> dict[str, str] | None:
    """The first of ``cands`` that reads back the corrected values best (None: none does)."""
    best, best_score = None, 0.0
    for cand in cands[: TRIES_PER_FIELD * 2]:
        trial_codes = {t: [] for t in own}
        score = _replay(lines, {**fields, path: cand}, trial_codes, insts, instances)
        if score > best_score or (score == best_score and _row_bound(path, cand, best)):
            best, best_score = cand, score
        if score == 1.0 and (path != "claims.claim_number" or "column" in best):
            break
    return best if best_score >= MIN_REPLAY else None


MIN_REPLAY = 0.8  # share of a field's corrected values its anchor must read back


def _row_bound(path: str, cand: dict[str, str], best: dict[str, str] | None) -> bool:
    """A claim number printed on every service row ties the rows to their claim: its column
    is a better anchor than a label that reads back as well."""
    return path == "claims.claim_number" and "column" in cand and best is not None


def _trial(fields: dict[str, dict[str, str]], codes: dict[str, list[str]]) -> LearnedLayout:
    return LearnedLayout(
        name="trial", payer="", fingerprint="", words=[], fields=fields, codes=codes
    )


def _aligned(reading: rl.Reading, instances: list[Instance]) -> dict[int, rl.ReadClaim]:
    """Corrected claim index -> the claim the layout read (by claim number, else by order)."""
    numbers = {i.claim: i.value for i in instances if i.path == "claims.claim_number"}
    by_number = {c.number.value: c for c in reading.claims if c.number}
    out = {}
    for n in sorted({i.claim for i in instances if i.claim is not None}):
        if numbers.get(n) in by_number:
            out[n] = by_number[numbers[n]]
        elif n < len(reading.claims):
            out[n] = reading.claims[n]
    return out


def _value_read(
    reading: rl.Reading,
    claims: dict[int, rl.ReadClaim],
    inst: Instance,
    lines: list[Line],
    codes: dict[str, list[str]],
) -> Any:
    if inst.claim is None:
        occ = reading.header.get(inst.path)
        return occ.value if occ else None
    rc = claims.get(inst.claim)
    if rc is None:
        return None
    if inst.line is None:
        occ = rc.number if inst.path == "claims.claim_number" else rc.fields.get(inst.path)
        return occ.value if occ else None
    if inst.line >= len(rc.lines):
        return None
    occ = rc.lines[inst.line].get(inst.path)
    if inst.path == "claims.lines.codes":
        return line_codes(occ.value if occ else "", lines, codes)
    return occ.value if occ else None


def _same(inst: Instance, got: Any) -> bool:
    if inst.path == "claims.lines.codes":
        if got is None:
            return False
        adj, rarc, own = got
        want_adj, want_rarc, denied = inst.value
        ok = set(adj) == set(want_adj) and set(rarc) == set(want_rarc)
        # a denied service prints a code; one that was paid may print none
        return ok and (bool(own) or bool(want_adj) or bool(want_rarc) or not denied)
    if isinstance(inst.value, str) and isinstance(got, str):
        return " ".join(got.casefold().split()) == " ".join(inst.value.casefold().split())
    return got == inst.value


def _replay(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    codes: dict[str, list[str]],
    insts: list[Instance],
    instances: list[Instance],
) -> float:
    """The share of ``insts`` the trial layout reads back from the same notice."""
    reading = rl.read_with(_trial(fields, codes), lines)
    if reading is None:
        return 0.0
    claims = _aligned(reading, instances)
    right = sum(_same(i, _value_read(reading, claims, i, lines, codes)) for i in insts)
    share = right / len(insts)
    want_claims = len({i.claim for i in instances if i.claim is not None})
    if "claims.claim_number" in fields and len(reading.claims) > want_claims:
        share *= want_claims / len(reading.claims)  # a reference number read as a claim
    path = insts[0].path
    if path in LINE_FIELDS:
        want_lines = len({(i.claim, i.line) for i in instances if i.line is not None})
        got_lines = sum(len(c.lines) for c in reading.claims)
        if got_lines > want_lines:
            share *= want_lines / got_lines
    return share


def _own_categories(
    lines: list[Line],
    fields: dict[str, dict[str, str]],
    own: set[str],
    instances: list[Instance],
    categories: dict[int, list[str]],
) -> dict[str, list[str]]:
    """What each of the payer's own codes means, from the corrected claims that print one."""
    table: dict[str, list[str]] = {t: [] for t in own}
    reading = rl.read_with(_trial(fields, table), lines)
    if reading is None:
        return table
    conflicts: set[str] = set()
    for n, rc in _aligned(reading, instances).items():
        printed: list[str] = []
        for svc in rc.lines:
            occ = svc.get("claims.lines.codes")
            printed += [t for t in line_codes(occ.value if occ else "", lines, table)[2]]
        distinct = set(printed)
        cats = categories.get(n) or []
        if len(distinct) == 1 and cats:
            t = distinct.pop()
            if table[t] and table[t] != cats:
                conflicts.add(t)
            table[t] = list(cats)
    for t in conflicts:
        table[t] = []
    return table
