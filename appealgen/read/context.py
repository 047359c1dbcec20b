"""What every part of the parser shares: the document's lines, labelled fields and code key."""

from __future__ import annotations

import re
from dataclasses import field
from decimal import Decimal
from typing import TYPE_CHECKING

from ..models import ServiceLine, Totals
from ..records import record
from .fields import Found
from .layout import Line
from .sentence_ends import cut_name
from .settings import DEFAULT_SETTINGS, ReadSettings
from .value_shapes import ID_AFTER_NAME, VALUE_SEPARATORS, bracketed_id
from .value_shapes import clean_id as clean_id  # where the readers have always found it

if TYPE_CHECKING:
    from .notice_date import Dated

ZERO = Decimal("0.00")


@record
class ParseContext:
    """One document as the parser sees it: its lines, labelled fields and code key."""

    lines: list[Line]
    found: list[Found]
    text: str
    glossary: dict[str, str]
    glossary_lines: set[int]
    # the caller's tolerances (parse_file(settings=...)), passed on to every reader
    settings: ReadSettings = DEFAULT_SETTINGS
    # how each claim was read, for the evidence (keyed by id() of the Claim)
    traces: dict[int, ClaimTrace] = field(default_factory=dict)
    # the lines that explain a code under the service they belong to (reader_items.py)
    code_notes: frozenset[int] | None = None
    # the notice's own dates, ranked (read/notice_date.py), with the claims' numbers they
    # were ranked by: worked out when the date is read, used again by its evidence
    notice_dated: tuple[tuple[str, ...], tuple[Dated, ...]] | None = None


@record
class ServiceTrace:
    """Where one service line was printed and which reader took it."""

    reader: str  # "table", "one_line_items", "key_value", "prose"
    lines: list[int] = field(default_factory=list)  # document line indices
    cells: dict[str, str] | None = None  # column or key -> printed text
    columns: dict[str, tuple[float, float]] | None = None  # column -> (x0, x1)
    unheaded: frozenset[str] = frozenset()  # columns named by their values, no heading printed
    disputed: frozenset[str] = frozenset()  # fields the prose reader reads otherwise


@record
class ClaimTrace:
    """How one claim was read: the readers and labels behind each of its values."""

    spans: list[tuple[int, int]]
    reader: str = "none"
    services: list[ServiceTrace] = field(default_factory=list)
    claim_number_via: str | None = None  # the label or column it was printed under
    patient_via: str | None = None  # "column", "group", "label", "prose", "addressee"
    provider_via: str | None = None  # "column", "label", "prose", "document"
    # "total row", "prose", "key_value", "one service", "totals box", "labelled lines"
    totals_via: str | None = None
    totals_at: int | None = None  # the line of the totals row
    totals_columns: dict[str, tuple[float, float]] | None = None
    totals_lines: dict[str, int] | None = None  # a totals box: the line of each labelled amount
    codes_via: str | None = None  # "row", "claim text", "letter"
    denied_via: str | None = None  # what decided denied / not denied
    denial_strength: str = "strong"  # "strong" or "weak"
    # what decided the primary category: "codes", "remark codes", "code key", "phrases",
    # "patient share", "no reason printed" or "undecided" (read.classify.Classification)
    category_via: str | None = None
    category_overruled: list[str] = field(default_factory=list)  # named by text, outranked
    # the reason was printed under its own heading ("Why did we make this decision?")
    reason_headed: bool = False
    # the reason was read from the claim's sentences that name one but do not say it was
    # denied ("The visit was billed by a provider outside your plan's network.")
    reason_unsaid: bool = False
    # the sentence that says it was denied names no reason and the reason was read from
    # another sentence of the claim's prose ("We will not pay for this claim." … "Our
    # records show the provider does not take part in your plan's network.")
    reason_apart: bool = False
    # a claim told in sentences: its own text, as the prose reader read it
    prose_text: str | None = None


def clean_name(value: str | None) -> str | None:
    if not value:
        return None
    value = VALUE_SEPARATORS.split(value)[0]
    v = re.split(
        r"\s+(?:member|patient|id|group|claim|dob|date|npi|provider)\b\s*[:#]|,\s*(?:member\s+)?ID\b",
        value,
        flags=re.I,
    )[0]
    # "Ann Lee (self)", "Ann Lee (patient ID 33672207-01) Received 10 MAR 2026": the name
    # ends where a bracket naming the person's role opens
    v = re.sub(
        r"\s*\((?:self|spouse|child|dependent|son|daughter|subscriber|member|patient|infant|newborn)\b.*$",
        "",
        v,
        flags=re.I,
    )
    if bracketed_id(v):  # "Noor Iwu  (J856138167)": the ID is not part of the name
        v = v[: v.rindex("(")]
    v = ID_AFTER_NAME.sub("", v).strip(" ,;:|-/")  # "Ann Lee (No. PZ474286)", "Ann Lee /"
    if ")" in v and "(" not in v[: v.index(")")]:
        v = v[: v.index(")")].rstrip(" ,;:|-/")  # "(claim 123; patient: Ann Lee)."
    v = cut_name(v)  # "Ann Lee. We received it …"
    if not v or len(v) > 60 or not re.search(r"[A-Za-zÀ-ÿ]", v):
        return None
    return v


def sum_totals(lines: list[ServiceLine]) -> Totals:
    t = Totals()
    for k in ("billed", "allowed", "paid", "patient_responsibility"):
        vals = [getattr(sl, k) for sl in lines]
        if vals and all(v is not None for v in vals):
            setattr(t, k, sum(vals, ZERO))
    return t
