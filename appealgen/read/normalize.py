"""Pure value parsers: money, CARC/RARC spellings, code shapes, NPIs (dates: read/dates.py).

No I/O beyond the cached code tables of the knowledge base. Every parser returns a value
or ``None`` (or an empty list) and never raises on odd input; the parser calls them per
line, so every pattern is compiled once, here.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# the CARC and RARC spellings live in code_spellings and are offered here too
from .. import code_shapes
from ..memo import per_document
from ..patterns import compiled
from .code_spellings import MAX_TEXT
from .code_spellings import PATIENT_SHARE_CARCS as PATIENT_SHARE_CARCS
from .code_spellings import find_carcs as find_carcs
from .code_spellings import find_rarcs as find_rarcs
from .code_spellings import format_carc as format_carc
from .dates import MAX_YEAR as MAX_YEAR  # the date parsers live in read/dates.py
from .dates import MIN_YEAR as MIN_YEAR
from .dates import TWO_DIGIT_CENTURY as TWO_DIGIT_CENTURY
from .dates import find_dates as find_dates
from .dates import parse_date as parse_date

# --------------------------------------------------------------------------
# Tunables


GROUP_CODES: tuple[str, ...] = ("CO", "CR", "OA", "PI", "PR")

# One printed amount as a token: "250.00", "$1,250", "(24.00)", "24.00-", "24.00CR", ".00",
# "$1234.5" (one decimal only after a dollar sign: "1.5" may be a count of units)
_MONEY_TOKEN = compiled(
    r"^\(?-?(?:USD)?\$?-?\d{1,3}(,\d{3})*(\.\d{2})?\)?(-|CR)?$|^\(?-?(?:USD)?\$?\d+\.\d{2}\)?(-|CR)?$"
    r"|^\$?\.\d{2}$"  # ".00", as some systems print zero
    r"|^\(?-?(?:USD)?\$-?(?:\d{1,3}(,\d{3})+|\d+)\.\d\)?(-|CR)?$"
)


def is_money_token(text: str) -> bool:
    """A token shaped like an amount, a bare count ("11") included."""
    return bool(_MONEY_TOKEN.match(text.strip()))


def is_amount(text: str) -> bool:
    """A printed amount ("250.00", "$120", "USD180.00"), not a bare count like "11"."""
    return is_money_token(text) and ("." in text or "$" in text or "USD" in text)


# --------------------------------------------------------------------------
# Money

# what marks a cell's number as money rather than a count: cents, a currency, a credit
# (one decimal, "1.5", may be a count of units)
_MONEY_MARK = compiled(r"\.\d\d(?!\d)|[$()]|USD|(?:\b|\d)(?:CR|DR)$|-$", re.IGNORECASE)


def is_amount_cell(cell: str | None) -> bool:
    """A table cell that is one amount, however spelled ("1,234.50", "$1234.5", "(45.00)",
    "45.00 CR", "USD 45", "$(45.00)"), and not a bare count ("11") or anything more."""
    if not cell or parse_money(cell) is None:
        return False
    return bool(_MONEY_MARK.search(cell.strip()))


# thousands grouped by a comma, or by a space as some systems print them ("1 234.56",
# "1\u202f234.56"); a narrow or no-break space is never a gap between two cells
_THIN = "\u00a0\u202f\u2009"
_GROUPING = compiled(rf"[, {_THIN}]")  # what groups the digits of an amount
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{_THIN}]\d{{3}})+(?=\.\d)|\d+)"
_NUM_CELL = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ {_THIN}]\d{{3}})+|\d+)"
# after a dollar sign a plain space may group thousands too ("$1 234.56"), before cents
_NUM_DOLLAR = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ {_THIN}]\d{{3}})+(?=\.\d\d)|\d+)"
_MONEY_FULL = compiled(
    rf"(?P<open>\()?\s*(?P<neg1>-)?\s*(?:USD\s*)?\$?\s*(?P<neg2>-)?\s*"
    rf"(?P<num>{_NUM_CELL}(?:\.\d{{1,2}})?|\.\d\d)"
    r"\s*(?P<close>\))?\s*(?P<neg3>-|CR)?",
    re.IGNORECASE,
)
# a credit printed after the amount: "24.00-", "24.00CR", "24.00 CR" (not "CR 45", a CARC)
_CREDIT = r"-(?=[\s;,|]|\.(?!\d)|$)|\s?CR(?![\w-]|\s*\d)"
_MONEY_FIND = compiled(
    # with a dollar sign: $25, $1,250.00, ($25.00), -$25.00, USD$25
    rf"(?<![\w.$])(?P<open>\()?(?P<neg1>-)?(?:USD\s?)?\$\s?(?P<neg2>-)?"
    rf"(?P<num1>{_NUM_DOLLAR}(?:\.\d{{1,2}})?|\.\d\d)"
    rf"(?P<close>\))?(?P<cr1>{_CREDIT})?(?![\d,]\d|\.\d|\d)"
    # without: only amounts with cents (1,250.00, USD1,250.00), so codes and counts are not money
    rf"|(?<![\w.,$/-])(?P<open2>\()?(?P<neg4>-)?(?:USD\s?)?(?P<num2>{_NUM}\.\d{{2}})(?P<close2>\))?"
    rf"(?P<cr2>{_CREDIT})?(?![\d.]\d|[\w/-])"
)
_BLANK_MONEY = frozenset({"", "-", "--", "—", "–", "n/a", "na", "none", "$-", "$ -"})
# a minus sign as typeset (U+2212), or a dash before a cell's lone amount ("–45.00")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-"})
# "$(45.00)", "USD (45.00)": the currency printed outside the brackets of a credit
_CURRENCY_OUTSIDE = compiled(r"^(?:USD\s*)?\$?\s*(?=\()", re.IGNORECASE)
# "45.00 DR": a debit, what the amount is anyway
_DEBIT = compiled(r"\s*DR$", re.IGNORECASE)


def _to_decimal(num: str, negative: bool) -> Decimal | None:
    try:
        value = Decimal(_GROUPING.sub("", num))
    except InvalidOperation:
        return None
    return -value if negative else value


def parse_money(s: str | None) -> Decimal | None:
    """An amount from one cell: "$1,250.00", "1250", "USD 45", "$1234.5", "45.00 DR", or a
    credit (negative): "($25.00)", "$(25.00)", "-25.00", "−25.00", "25.00-", "25.00 CR".

    Blank, "—" and "-" are None; so is anything that is not just an amount.
    """
    if s is None:
        return None
    text = s.strip()
    if text.lower() in _BLANK_MONEY or len(text) > 40:
        return None
    text = _DEBIT.sub("", _CURRENCY_OUTSIDE.sub("", text.translate(_MINUS)))
    m = _MONEY_FULL.fullmatch(text)
    if not m:
        return None
    if bool(m.group("open")) != bool(m.group("close")):
        return None
    negative = bool(m.group("open") or m.group("neg1") or m.group("neg2") or m.group("neg3"))
    return _to_decimal(m.group("num"), negative)


def find_money(text: str | None) -> list[tuple[int, int, Decimal]]:
    """Amounts in running text as (start, end, value): "$25", "$1,250.00", "250.00".

    A number without a dollar sign counts only with cents, so codes, counts, dates and
    phone numbers are not taken for money.
    """
    if not text:
        return []
    return list(_money_in(text))


@per_document  # a cell's amounts are looked for by every reader passing its line
def _money_in(text: str) -> tuple[tuple[int, int, Decimal], ...]:
    out = []
    # a typeset minus (U+2212) is a minus; a dash in running text may join a range
    for m in _MONEY_FIND.finditer(text[:MAX_TEXT].replace("\u2212", "-")):
        g = ("open", "close", "neg1", "neg2", "cr1", "num1")
        if not m.group("num1"):
            g = ("open2", "close2", "neg4", "neg4", "cr2", "num2")
        if bool(m.group(g[0])) != bool(m.group(g[1])):
            continue
        neg = any(m.group(k) for k in (g[0], *g[2:5]))
        value = _to_decimal(m.group(g[5]), neg)
        if value is not None:
            out.append((m.start(), m.end(), value))
    return tuple(out)


# --------------------------------------------------------------------------
# Code shapes

_CPT_RX = compiled(code_shapes.CPT)
_HCPCS_RX = compiled(code_shapes.HCPCS)
# printed with or without its dot (Z39.1, Z391)
_ICD10_RX = compiled(rf"({code_shapes.ICD10_CATEGORY})\.?({code_shapes.ICD10_SUBCATEGORY})?")
# the code set's name printed before the code: "CPT 99401", "HCPCS: S9443", "CPT® 99401"
CODE_SET_WORD = r"(?:CPT|HCPCS|HCPC|Proc(?:edure)?(?:\s+code)?)[®\s]*[:#]?\s*"
_PROC_RX = compiled(
    rf"\s*(?:{CODE_SET_WORD})?([A-Z]?\d{{4}}[0-9A-Z]?)\s*(?:[-:\s]\s*(.*))?", re.IGNORECASE
)
_MODIFIER_RX = compiled(r"[0-9A-Z]{2}")
_MODIFIER_SPLIT = compiled(r"[-:,\s]+")


def is_cpt(s: str | None) -> bool:
    """A CPT code: five digits, or four digits and F/T/U (99401, 0500F)."""
    return bool(s) and bool(_CPT_RX.fullmatch(s.strip().upper()))


def is_hcpcs(s: str | None) -> bool:
    """A HCPCS Level II code: a letter and four digits (S9443, E0603)."""
    return bool(s) and bool(_HCPCS_RX.fullmatch(s.strip().upper()))


def is_icd10(s: str | None) -> bool:
    """An ICD-10-CM code shape, with or without the dot (Z39.1, Z391, O92.70)."""
    return normalize_icd10(s) is not None


def normalize_icd10(s: str | None) -> str | None:
    """The dotted form of an ICD-10-CM code (Z391 -> Z39.1, o9270 -> O92.70), or None."""
    if not s:
        return None
    m = _ICD10_RX.fullmatch(s.strip().upper())
    if not m:
        return None
    head, tail = m.groups()
    return f"{head}.{tail}" if tail else head


def split_procedure(s: str | None) -> tuple[str | None, list[str]]:
    """A procedure code and its modifiers: "99401-95", "S9443 GT", "99401:95:25", "CPT 99401".

    Returns (None, []) when ``s`` does not start with a CPT or HCPCS code.
    """
    if not s:
        return None, []
    m = _PROC_RX.fullmatch(s.strip())
    if not m:
        return None, []
    code = m.group(1).upper()
    if not (is_cpt(code) or is_hcpcs(code)):
        return None, []
    mods = []
    for part in _MODIFIER_SPLIT.split((m.group(2) or "").upper()):
        if not part:
            continue
        if not _MODIFIER_RX.fullmatch(part):
            return None, []
        mods.append(part)
    return code, mods


# --------------------------------------------------------------------------
# NPI

_NPI_RX = compiled(r"(?<![\d-])(\d{10})(?![\d-])")
# ten digits with no digit either side: where an NPI may be printed (is_valid_npi decides)
NPI_DIGITS = compiled(r"(?<!\d)\d{10}(?!\d)")
NPI_PREFIX = "80840"  # the health-industry prefix the NPI check digit is computed with


def is_valid_npi(s: str | None) -> bool:
    """A 10-digit NPI whose check digit is right (Luhn over "80840" + the NPI)."""
    if not s:
        return False
    s = s.strip()
    if len(s) != 10 or not s.isdigit() or s[0] not in "12":
        return False
    total = 0
    for i, ch in enumerate(reversed(NPI_PREFIX + s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def find_npis(text: str | None) -> list[str]:
    """Valid NPIs in ``text``, in order, once each (10-digit runs that pass the check)."""
    if not text:
        return []
    out: list[str] = []
    for m in _NPI_RX.finditer(text[:MAX_TEXT]):
        npi = m.group(1)
        if is_valid_npi(npi) and npi not in out:
            out.append(npi)
    return out


# --------------------------------------------------------------------------
# OCR repair

# tesseract reads S9443 as $9443: a "$" or "§" before four digits with no cents is an S.
_OCR_S_CODE = compiled(r"(?<![\w.$])[$§](\d{4})(?![\d.,])")


def normalize_ocr_codes(text: str) -> str:
    """Undo OCR misreadings of HCPCS S-codes ("$9443" -> "S9443")."""
    return _OCR_S_CODE.sub(r"S\1", text)
