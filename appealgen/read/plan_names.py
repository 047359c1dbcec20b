"""A plan printed as its name and its type in parentheses: "Granary Choice (HMO)".

Notices print the plan this way beside other labels ("Group AZ528057  Granary Choice (HMO)"),
between separators ("Group 508774 - Maplewood Gold (POS) - Ledger date") or in a sentence
("covered by Alder Select (PPO), enrollment code ..."), with or without a plan label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..knowledge import reader_rules, reader_words
from ..patterns import compiled
from .fields import field_of
from .layout import Line
from .settings import DEFAULT_SETTINGS, ReadSettings
from .typed_plans import typed_part

_NAME_WORD = compiled(r"[A-Z][A-Za-z&'’.-]*|\d{1,5}")
# A product's tier number ("Premier 3000"); a number that may be a year ("Plan 2026") is not one.
_TIER_NUMBER = compiled(r"(?!20[1-4]\d$)\d{3,5}")
_PART_END = compiled(r"\s[-–—|·•]\s|[,;:]\s")
_NOT_A_NAME = compiled(r"(?i)(your|the|our|this|my)\b.*")


def _typed() -> re.Pattern[str]:
    return compiled(rf"\(({reader_words().plan_type_alternation})\)")


def name_before(text: str) -> str | None:
    """The run of capitalised words ending ``text``: the plan's name before its "(HMO)"."""
    run: list[str] = []
    for word in reversed(_PART_END.split(text)[-1].split()):
        if word.startswith("(") and _NAME_WORD.fullmatch(word[1:]) and not field_of(word[1:]):
            run.insert(0, word[1:])  # "member ID W63853 (Fox Choice (POS))": it opens there
            break
        if not _NAME_WORD.fullmatch(word) or field_of(word):
            break
        run.insert(0, word)
    while run and not run[0][0].isalpha():
        run.pop(0)  # "Group 2500 Granary Choice": the number is the group's
    name = " ".join(run[-5:])
    if not name or _NOT_A_NAME.fullmatch(name) or reader_rules().org_words.fullmatch(name):
        return None
    return name


LINE_PARTS = compiled(r"\s+[|·•]\s+|\s+[-–—]\s+|\s{3,}")
_HEADER_CELLS = 3  # the most cells of a header line whose cells part a plan's name


def named_plan(lines: list[Line]) -> tuple[str, str] | None:
    """(name, type) of the first plan printed as "Name (TYPE)" on these lines, or as a
    part of a line parted by separators that is a name ending in its type ("Highgate
    Choice Plus PPO  |  PO Box 80 ..."): that name is the plan's, type and all."""
    for ln in lines:
        for m in _typed().finditer(ln.text):
            name = name_before(ln.text[: m.start()])
            if name:
                return name, m.group(1).upper()
    for ln in lines:
        for part in line_parts(ln):
            m = typed_part().fullmatch(part)
            if m and name_before(m.group(1).strip()) == m.group(1).strip():
                return part, m.group(2).upper()
    return None


def line_parts(ln: Line) -> list[str]:
    """The parts of a line parted by separators ("Highgate Choice PPO  |  PO Box 80") or
    by the gaps between its cells ("Group number 203-4354" and "Saltmarsh Silver 3000
    HMO" set apart; a line of more cells is a table's row or its headings, "NOS POS"),
    in order; none for a line of one part."""
    parts = [p.strip() for p in LINE_PARTS.split(ln.text.strip())]
    if 1 < len(ln.cells) <= _HEADER_CELLS:
        cells = [p.strip() for c in ln.cells for p in LINE_PARTS.split(c.text.strip())]
        # a line of one part is its cells' parts only: the whole is no part of itself
        parts = [*parts, *(p for p in cells if p not in parts)] if len(parts) > 1 else cells
    return parts if len(parts) > 1 else []


def _label_words() -> frozenset[str]:
    """Every word of the field labels (rules/labels.yaml), lower case."""
    from .fields import labels

    return frozenset(
        w.casefold() for labs in labels().fields.values() for s in labs for w in s.split()
    )


def printed_with_type(lines: list[Line], name: str) -> bool:
    """Is ``name`` printed as the whole run of name words right before a plan type in
    parentheses ("Group AZ528057 Granary Choice (HMO)", "- Maplewood Gold (POS) -"), a
    shape that names a plan by itself? Not when the run starts a line whose line above
    ends in a name word (the name may begin there), nor when it holds an organisation's
    word (an insurer's name run into the plan's: "Bayview Health Select (PPO)"), nor when
    its first word is a word of a field label (a label printed without its colon, run into
    the name: "Plan Name Bayview Select (PPO)")."""
    if reader_rules().org_words.search(name) or name.split()[0].casefold() in _label_words():
        return False
    for i, ln in enumerate(lines):
        for m in _typed().finditer(ln.text):
            before = ln.text[: m.start()]
            if name_before(before) != name:
                continue
            above = lines[i - 1].text.split() if i and before.strip() == name else []
            if above and _NAME_WORD.fullmatch(above[-1]) and not field_of(above[-1]):
                continue  # "Our Bayview" / "Select (PPO)": the name may run on from above
            return True
    return False


# a word of a plan's name after its first: capitalised, or a number ("Silver 2000 HMO")
_RUN_WORD = r"(?:[A-Z][\w&'’-]*|\d{1,5}(?![\w,.]\d))"


def _said_plan() -> re.Pattern[str]:
    types = reader_words().plan_type_alternation
    return compiled(
        rf"(?<![\w'’])([A-Z][\w&'’-]*(?: {_RUN_WORD}){{0,5}})"
        rf"(?:(?:,? \(({types})\)| ({types})) (?:plan|coverage|policy|program)\b"
        rf"|,? an? ({types})\b| (?:plan|coverage|policy|program)\b)"
    )


def _joined_plan() -> re.Pattern[str]:
    """ "enrolled in Heartland Select.", "a member of Cedar Plus,": the name ends its clause."""
    return compiled(
        r"\b(?:enrolled in|(?:a )?member of|covered (?:by|under)|insured under|coverage (?:is )?"
        rf"(?:through|under|with)) (?:the |your )?([A-Z][\w&'’-]*(?: {_RUN_WORD}){{1,5}})"
        r"(?=[.,;]\s|[.,;]?$)"
    )


def _plan_is() -> re.Pattern[str]:
    """ "Westbrook Select EPO is a plan of ...", "Cedar Care is a Medicaid managed care plan",
    "Alder Employee Benefit Plan - administered by ...": a sentence that says a name is a plan."""
    return compiled(
        r"(?<![\w'’])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,6}) (?:is an? (?:[A-Za-z-]+ ){0,3}"
        r"(?:plan|program)\b|[-–—] (?:administered|offered|sponsored) by\b)"
    )


def _an_organisation(words: list[str]) -> bool:
    """A name a sentence calls a plan is an organisation's ("Juniper Health Insurance plan
    offices") when it holds an organisation's word, unless it ends with a plan's own word
    and holds no insurer's word ("your Foxmere Employee Medical Plan plan"). ``words``
    leave out the plan's type ("HMO")."""
    name = " ".join(words)
    if not reader_rules().org_words.search(name):
        return False
    return words[-1].casefold() not in _PLAN_ENDS or bool(reader_words().insurer_words.search(name))


_PLAN_ENDS = ("plan", "program")  # the last word of a plan's own name


def plan_in_sentences(text: str, payer: str | None) -> tuple[str, str | None] | None:
    """(name, type) of a plan a sentence names by a run of capitalised words before a
    plan word: "through the Tessellate Core PPO plan", "your Alder Select (HMO) coverage".
    A run that is the payer's name, or only words of an organisation's name, is no plan."""
    return next(plans_in_sentences(text, payer), None)


def plans_in_sentences(text: str, payer: str | None) -> Iterator[tuple[str, str | None]]:
    """(name, type) of every plan the sentences of ``text`` name, in order (see
    ``plan_in_sentences``)."""
    for sentence in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", text)):
        if len(sentence.split()) < 5:
            continue  # a heading ("Plan Benefits Coverage"), not a sentence
        said = [*_said_plan().finditer(sentence), *_joined_plan().finditer(sentence)]
        for m in [*said, *_plan_is().finditer(sentence)]:
            words = m.group(1).split()
            # a code opening a line of a code key ("N130 Consult plan benefit documents") or
            # a word of a sentence's start is no word of a plan's name
            while words and (_NOT_A_NAME.fullmatch(words[0]) or any(c.isdigit() for c in words[0])):
                words.pop(0)
            ptype = next((g for g in m.groups()[1:] if g), None)
            if (
                len(words) > 2
                and words[-1].casefold() == words[-2].casefold()
                and a_plan_type(words[-1])
            ):
                # "the Westbrook Select EPO EPO plan": the type printed after a name that
                # ends in it already is no word of the name
                words.pop()
            if (
                words
                and not ptype
                and re.fullmatch(reader_words().plan_type_alternation, words[-1])
            ):
                # "Westbrook Select EPO is a plan of ...", "your Lindenhall Essential HMO
                # plan": a name printed with its type keeps it
                ptype = words[-1]
            name = " ".join(words)
            own = words[:-1] if words and ptype == words[-1] else words  # "Gold" of "Gold PPO"
            # a name the sentence says is a plan may hold an organisation's word ("Care")
            if (
                len(own) < 2
                or words[-1].isdigit()  # "Policy 12345 coverage": a number, no plan's name
                or (payer and name.casefold() in payer.casefold())
                or (m in said and _an_organisation(own))
                or field_of(name)
            ):
                continue
            yield name, ptype.upper() if ptype else None


def _ends_sentence() -> re.Pattern[str]:
    types = reader_words().plan_type_alternation
    return compiled(rf"([A-Z][\w&'’-]*(?: {_RUN_WORD}){{1,6}} (?:Plan|Program|{types}))\.\s+[A-Z]")


def plan_words(value: str) -> str | None:
    """The plan's own words at the start of ``value`` when more follows them: a run of
    capitalised words ending in a plan's word or its type that ends its sentence, the
    next sentence after it ("Ostrander Freight Employee Health Plan. Please use your
    member ID ..."), or a name before a bracket that opens with another field's label
    ("Acme Corp Employee Health Plan (Group 44120)"); else None."""
    m = _ends_sentence().match(value)
    if m:
        return m.group(1)
    m = _BRACKET.fullmatch(value)
    words = m.group(2).split() if m else []
    for k in (2, 1):
        fields = field_of(" ".join(words[:k]).rstrip(":#.")) if len(words) >= k else ()
        if fields and "plan_name" not in fields and "plan_type" not in fields:
            return m.group(1)
    return None


# a name, then a bracket of words after it: "Acme Health Plan (Group 44120)"
_BRACKET = compiled(r"([A-Z][^()]*?)\s*\(([A-Za-z][^()]*)\)")


def only_plan_types(value: str) -> bool:
    """Does ``value`` hold only plan types and the word "plan" ("PPO PPO plan." after a
    "Health Plan" a sentence wraps onto its line)? Such words name no plan."""
    return all(
        a_plan_type(w) or w.lower() in ("plan", "plans") for w in re.findall(r"[\w-]+", value)
    )


def a_plan_type(word: str) -> bool:
    """Is ``word`` a plan type (rules/reader_words.yaml plan_types)?"""
    return re.fullmatch(reader_words().plan_type_alternation, word, re.I) is not None


def product_line(
    lines: list[Line], at: int, payer: str, settings: ReadSettings = DEFAULT_SETTINGS
) -> str | None:
    """The plan printed as a product line under the payer's name in its letterhead
    ("Haverline Choice Plus" under "Haverline Health Insurance Company"; ``at`` is the
    name's line): a run of capitalised words, alone in its part of the line, that opens
    with the payer's first word or ends in a plan's type ("Copper 3500 EPO"), and is
    neither the payer's name nor one of its offices
    ("Haverline Member Services"). An address or a phone line between them is passed over;
    how far under the name it may stand is ``settings.letterhead_product_lines`` and
    ``letterhead_product_gap``. Else the product line that opens a line at the foot of a
    page, opening with the payer's first word ("Sorrel Creek Bronze Saver - questions?
    call ..."): :func:`_at_foot`."""
    brand = payer.split()[0].casefold()
    above = lines[at]
    for ln in lines[at + 1 : at + 1 + settings.letterhead_product_lines]:
        height = max(above.bottom - above.top, 1.0)
        gap = settings.letterhead_product_gap * height
        if ln.page != above.page or ln.top - above.bottom > gap:
            break
        for cell in ln.cells:
            for part in LINE_PARTS.split(cell.text.strip()):
                if _product(part.strip(), brand, payer):
                    return part.strip()
        above = ln
    return _at_foot(lines, brand, payer, settings)


def _at_foot(lines: list[Line], brand: str, payer: str, settings: ReadSettings) -> str | None:
    """The product's name opening a line in the band at the foot of a page
    (``settings.edge_band`` of its height), opening with the payer's ``brand``, with no
    word of a company's name ("Sorrel Creek Health Services" is the insurer's)."""
    for ln in lines:
        if ln.top < ln.page_height * (1 - settings.edge_band):
            continue
        first = LINE_PARTS.split(ln.text.strip())[0].strip()
        words = first.split()
        if not words or words[0].casefold() != brand:
            continue
        if _product(first, brand, payer) and not reader_words().insurer_words.search(first):
            return first
    return None


def _product(text: str, brand: str, payer: str) -> bool:
    """A product's name: it opens with the payer's brand, or ends in a plan's type
    ("Copper 3500 EPO"), when it may hold a number too; one that opens with the brand may
    end in its tier's number after a word of its own ("Ardenwick Premier 3000"), never in
    a number that may be a year ("Haverline Plan 2026")."""
    words = text.split()
    typed = len(words) >= 2 and a_plan_type(words[-1]) and words[0][:1].isalpha()
    if not 2 <= len(words) <= 6 or (words[0].casefold() != brand and not typed):
        return False
    tier = len(words) >= 3 and _TIER_NUMBER.fullmatch(words[-1]) is not None
    numbered = words[:-1] if tier else words
    if any(not _NAME_WORD.fullmatch(w) or (w.isdigit() and not typed) for w in numbered):
        return False
    streets = "|".join(reader_words().street_words)
    if (
        text.casefold() in payer.casefold()
        or field_of(text)
        or re.search(rf"(?i)\b(?:{streets})\b", text)
    ):
        return False  # "Haverline Tower Plaza": an address, no product
    return not reader_words().office_words.search(" ".join(words[1:]))
