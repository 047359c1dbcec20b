"""What a field's value can look like: an ID is not a date, a phone, an amount or a code.

A label placed by its words may fit several fields ("Care from" names a date or a
provider); the value printed beside it decides. Each field has a shape check that
rules values out rather than in: a member ID may be any mix of letters and digits,
but never a date, a phone number, a sum of money or a sentence.
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled
from . import normalize as nz
from .code_spellings import is_code_token
from .dates import MONTH_NAME, date_cell
from .label_words import Placed, candidates, label_words, vocabulary

_PHONE = compiled(r"(?<!\d)(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)")
_ID_TOKEN = compiled(r"^[A-Z0-9][A-Z0-9./*-]*$", re.I)
_NAME_WORD = compiled(r"^[A-ZÀ-Ý][\w'’.&-]*,?$|^(?:&|of|and|de|van|von|la|le|du|da|del)$")

_IDS = frozenset({"member_id", "claim_number", "group_number"})
ID_FIELDS = _IDS | {"npi"}
NAME_FIELDS = frozenset({"member_name", "patient_name", "provider_name"})
DATE_FIELDS = frozenset({"notice_date", "date_of_service"})


VALUE_SEPARATORS = compiled(r"\s*(?:\(cid:\d+\)|[·•|]|\s{2,})\s*")
_CLAUSE_END = compiled(r"[.,;:)\]]+(?=\s|$)")


def clean_id(value: str | None) -> str | None:
    if not value:
        return None
    value = VALUE_SEPARATORS.split(value.strip(" :#"))[0]
    # a sentence's clause ends the number: "(member number EKB722503862 02). Your …"
    value = _CLAUSE_END.split(value, maxsplit=1)[0]
    tok = value.strip().split()
    if len(tok) > 1 and tok[0] in ("is", "was"):
        tok = tok[1:]  # "Your ID number is 4471 20 9910": the sentence's verb is no part
    if not tok:
        return None
    v = tok[0].strip(",;:|")
    # no ID starts with "$": before a letter it is a misread S ("$B237515-6")
    v = re.sub(r"^[$§](?=[A-Z])", "S", v)
    # "WCH 0077 4410": an ID printed in groups, "XJH 4432 1190-01" its last with the
    # person's suffix; "W1914478030 01": a person's suffix;
    # "XYZ 123-45-6789-01" / "XWZ 123456789": a plan's letters before the number
    k = 1
    while k < len(tok) and (
        (len(tok[k - 1]) <= 8 and _GROUP.fullmatch(tok[k].strip(",;")))
        or (k == len(tok) - 1 and re.fullmatch(r"\d{2}", tok[k]))
        or (k == 1 and _plan_letters(v) and _PREFIXED.fullmatch(tok[k].strip(",;")))
    ):
        v = v + " " + tok[k].strip(",;")
        k += 1
    if len(v) < 3 or _NOT_AN_ID.fullmatch(v) or _is_date(v) or _DOLLARS.fullmatch(v):
        return None
    # a digit, or letters joined by punctuation ("../../etc/passwd" is kept as printed:
    # it is data, never a path); a plain word ("Pending") is not an ID
    if not re.search(r"\d", v) and not _JOINED_ID.fullmatch(v):
        return None
    return v


# a group of an ID printed in groups: "0077", "A4410", the last with a suffix "1190-01"
_GROUP = compiled(r"[A-Z]{0,3}\d{2,6}|\d{3,6}-\d{2}")
_PREFIX = compiled(r"[A-Z]{2,4}")
# the number after a plan's letters: hyphenated groups, or one run of digits
_PREFIXED = compiled(r"\d{2,}(?:-\d{2,})+|\d{7,}")


def _plan_letters(token: str) -> bool:
    """ "XWZ" before "123456789": a plan's letters, not a label's word ("ICN", "Ref")."""
    return bool(_PREFIX.fullmatch(token)) and token.casefold() not in vocabulary()


def _is_date(value: str) -> bool:
    """ "12/26/2025", "2026-01-28": a date printed where an ID would be is no ID."""
    found = nz.find_dates(value)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(value)


# "$120.00": an amount printed where an ID would be
_DOLLARS = compiled(r"\$\d[\d,]*(?:\.\d{2})?")
# "N/A", "n.a.", "TBD": printed where an ID would be, but not one
_NOT_AN_ID = compiled(r"(?i)n/?a\.?|n\.a\.|tbd|none|pending|unknown|-+|/+|\.+")
_JOINED_ID = compiled(r"[^\s\d]*[A-Za-z][^\s\d]*[/\\._\-][^\s\d]*[A-Za-z][^\s\d]*")


# "Claim number 9 26062 41108", "Claim ID WCH 0077 4410", "ICN 26 045 0012 3456": an ID
# printed in groups
_SPACED_ID = compiled(r"(?:[A-Z]{2,4} )?(?:\d[\d ]{6,}\d|\d{2,}(?:-\d{2,}){2,})(?![\w.,/-])")


# "Jun 10", "March 17,": a month's name and a day, a date whose year is printed after it
_MONTH_DAY = compiled(rf"(?i){MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\w/-])")


def spaced_id(rest: str) -> str | None:
    """An ID printed in groups at the start of ``rest``: "0077 4410 21", "W1914478030 01";
    never a date that opens with its month's name ("received this claim on Jun 10, 2026")."""
    if _MONTH_DAY.match(rest.lstrip()):
        return None
    m = _SPACED_ID.match(rest)
    grouped = clean_id(rest)
    if grouped and " " in grouped and rest.lstrip().startswith(grouped):
        return grouped if not m or len(grouped) >= m.end() else m.group(0).strip()
    return m.group(0).strip() if m else None


# "XXXXXXX4521", "***-**-6789", "xxxx 4521": an ID printed with all but its last
# characters masked (three mask characters at the least), a part of an ID, never one
_MASKED_ID = compiled(r"(?i)[A-Z0-9]{0,4}(?:[X*\u2022\u25cf][-\s]?){3,}[0-9]{2,6}")


def is_masked_id(value: str) -> bool:
    """An ID printed masked in part: "XXXXXXX4521", "***-**-6789"."""
    return bool(_MASKED_ID.fullmatch(value.strip()))


def first_token(value: str) -> str:
    tok = value.strip(" :#").split()
    return tok[0].strip(",;|") if tok else ""


def is_id(value: str) -> bool:
    """An identifier: a token with a digit that is no date, phone, amount or code (an ID
    printed in groups, "TNB 5650 7865", is one token)."""
    tok = first_token(value)
    if _SPACED_ID.fullmatch(value.strip()):
        tok = value.strip().replace(" ", "")
    if len(tok) < 3 or not _ID_TOKEN.match(tok) or not re.search(r"\d", tok):
        return False
    if nz.find_dates(value[: len(tok) + 12]) and nz.parse_date(tok):
        return False
    # an amount, or a code of a code set (CARC "CO-45", RARC "N130"), is never an ID
    if _PHONE.match(value.strip()) or nz.is_amount(tok) or is_code_token(tok.upper()):
        return False
    return True


def is_name(value: str) -> bool:
    """A person's or an organisation's name: capitalised words, no digits, no amount."""
    ws = value.split()
    if not 1 <= len(ws) <= 8 or re.search(r"\d", value):
        return False
    return sum(1 for w in ws if _NAME_WORD.match(w)) >= max(1, len(ws) - 1)


# "Bea Okafor, IBCLC, NPI 1716451624", "Ann Lee (No. PZ474286)": the identifier printed
# after a name is not part of it
ID_AFTER_NAME = compiled(r"[\s,;]+\(?\s*(?:(?:NPI|TIN|ID)\b|No\.|#)\W*[A-Z]{0,4}\d.*$", re.I)


# "Noor Iwu  (J856138167)": a name's value closed by an ID in brackets, with no label
_BRACKETED_ID = compiled(r"\s*\(\s*([A-Z0-9][A-Z0-9 -]{3,}[A-Z0-9])\s*\)\s*$", re.I)
MIN_BRACKETED_ID = 6  # letters and digits an ID in brackets after a name holds at least
# a label's word opening the brackets ("(ID PWK 622-57-9154-02)", "(Member No. 4471)"): the
# brackets hold a label and its value, not an ID alone
_LABEL_IN_BRACKETS = compiled(r"(?:member\s+)?(?:id|no|number)\b\.?\s*[:#]?\s", re.I)


def bracketed_id(value: str) -> str | None:
    """The ID a name's value closes with in brackets, no label before it ("Noor Iwu
    (J856138167)", a scan's "Y 150124059"): letters and digits, a digit among them, six or
    more, no masked ID, date, phone or amount, and no label's word in the brackets ("(ID
    PWK 622-57-9154-02)" is none)."""
    m = _BRACKETED_ID.search(value)
    if not m or not value[: m.start()].strip():
        return None
    said = m.group(1)
    if _LABEL_IN_BRACKETS.match(said):
        return None
    compact = re.sub(r"[\s-]", "", said)
    if len(compact) < MIN_BRACKETED_ID or not is_id(compact) or is_masked_id(said):
        return None
    return said


def name_part(value: str) -> str:
    """A name's value without the identifier and the notes printed after it."""
    value = ID_AFTER_NAME.sub("", value)
    return re.sub(r"\s*\([^)]*\)\s*", " ", value).strip(" ,")


def is_date(value: str) -> bool:
    dates = nz.find_dates(value)
    return bool(dates) and dates[0][0] <= 2 or date_cell(value) is not None


def is_npi(value: str) -> bool:
    m = nz.NPI_DIGITS.search(value)
    return bool(m) and nz.is_valid_npi(m.group(0))


def fits(field: str, value: str) -> bool:
    """Can ``value`` be ``field``'s value? True for fields without a shape of their own."""
    value = value.strip()
    if not value:
        return False
    if field == "claim_number" and _is_procedure(first_token(value)):
        return False  # "Line 1 of the bill: 99401, $420.00": a service's code, no claim's
    if field in _IDS:
        return is_id(value)
    if field in NAME_FIELDS:
        return is_name(name_part(value))
    if field in DATE_FIELDS:
        return is_date(value)
    if field == "npi":
        return is_npi(value)
    if field == "plan_name":
        return bool(re.search(r"[A-Za-z]{3}", value)) and not nz.is_amount(first_token(value))
    return True


# Fields whose value has a recognisable shape can be found without a colon
# ("Statement date 03-02-2026", "ID JVH221409371", "Claim JV26021800452").
ID_VALUE = compiled(r"[A-Z0-9][A-Z0-9*-]{3,}[0-9][A-Z0-9-]*|[0-9]{4,}[A-Z0-9-]*", re.I)
DATE_START = compiled(
    r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{1,2} (?:[A-Z][a-z]{2,8}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6})"
    r" \d{4}"  # 2 May 2026, 02 MAY 2026
    r"|\d{1,2}[A-Z]{3}\d{2}(?:\d{2})?"  # 04MAR2026
    r"|\d{2}\.\d{2}\.\d{2}(?:\d{2})?(?![\d.])"  # 03.12.26
)


_NAME_FIELDS = frozenset({"member_name", "patient_name", "provider_name"})
_SUFFIXED = compiled(rf"(?:{ID_VALUE.pattern}) \d{{2}}", re.I).fullmatch
_PLAN_TYPE = compiled(r"[A-Z]{2,5}")


def fits_without_colon(field: str, value: str) -> bool:
    """A value printed without a colon after its label has its field's shape."""
    if field in DATE_FIELDS:  # "REMIT DATE 022126": a printout's compact date too
        return bool(DATE_START.fullmatch(value)) or date_cell(value) is not None
    if field in ID_FIELDS:  # "W1914478030", "TNB 5650 7865", "W1914478030 01"
        return bool(ID_VALUE.fullmatch(value) or _SPACED_ID.fullmatch(value) or _SUFFIXED(value))
    if field in _NAME_FIELDS:
        return 2 <= len(value.split()) <= 6 and not re.search(r"\d", value)
    if field == "plan_name":
        return len(value.split()) <= 6 and not re.search(r"\d", value)
    if field == "plan_type":
        return bool(_PLAN_TYPE.fullmatch(value))
    return False


_CHECKED_WHEN_LISTED = frozenset(
    {"member_name", "patient_name", "provider_name", "notice_date", "date_of_service", "npi"}
)


def by_shape(label: str, fields: tuple[str, ...], placed: Placed, value: str) -> list[Placed]:
    """The fields a label names, given the value printed beside it.

    A listed label keeps its fields. A label placed by its words keeps its field when
    the value has that field's shape; else the best-scoring field the label also fits
    whose shape the value has ("Care from: Milkweed Lactation" names a provider, not a
    date of service), or none when no field fits the value or two fit it equally.
    """
    if placed.exact:
        # a listed label keeps its fields, but a name or date must look like one
        return [
            Placed(f, placed.score, True)
            for f in fields
            if f not in _CHECKED_WHEN_LISTED or fits(f, value)
        ]
    if not fields and placed.score == 0:
        return []  # a label that names nothing (not a tie between two fields)
    if placed.score < label_words().min_score:
        # a label with a word nobody listed: its value must have the field's own shape
        return [Placed(f, placed.score, False) for f in fields if _weak_fits(f, value)]
    if fields and all(fits(f, value) for f in fields):
        return [Placed(f, placed.score, False) for f in fields]
    fitting = [c for c in candidates(label) if fits(c.field or "", value)]
    if not fitting or (len(fitting) > 1 and fitting[1].score == fitting[0].score):
        return []
    return [fitting[0]]


def _weak_fits(field: str, value: str) -> bool:
    """The value beside a label with a word nobody listed starts with its field's shape:
    an ID, a date, a person's name; anything else is not read there."""
    value = value.strip()
    if field in ID_FIELDS:
        token = first_token(value)
        if _is_procedure(token):
            return False  # a procedure code beside a service's description ("Home visit 99404")
        return is_id(value) and bool(ID_VALUE.fullmatch(token) or spaced_id(value))
    if field in DATE_FIELDS:
        return bool(DATE_START.match(value))
    if field in _NAME_FIELDS:
        name = name_part(value)
        return is_name(name) and 2 <= len(name.split()) <= 6
    if field == "plan_name":  # a plan's name has no shape of its own but "Name (PPO)"
        return bool(re.match(rf"[A-Z][\w&'’ -]{{2,60}}?\s*\(({plan_types()})\)", value))
    return False


def _is_procedure(token: str) -> bool:
    return nz.is_cpt(token) or nz.is_hcpcs(token)


def plan_types() -> str:
    """The plan types' alternation ("HMO|PPO|…", rules/reader_words.yaml)."""
    return reader_words().plan_type_alternation
