"""What a field's value can look like: an ID is not a date, a phone, an amount or a code.

A label placed by its words may fit several fields ("Care from" names a date or a
provider); the value printed beside it decides. Each field has a shape check that
rules values out rather than in: a member ID may be any mix of letters and digits,
but never a date, a phone number, a sum of money or a sentence.
"""

from __future__ import annotations

import re

from . import normalize as nz

_PHONE = re.compile(r"(?<!\d)(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)")
_MONEY = re.compile(r"^\(?-?(?:USD|US\$|\$)\s?-?[\d,]+(?:\.\d{2})?\)?-?$|^-?[\d,]+\.\d{2}-?$")
# a code set's code, never an identifier: CARC "CO-45", RARC "N130", CPT "99404"
_CODE = re.compile(r"^(?:(?:CO|PR|OA|PI|CR)[- ]?[A-Z]?\d{1,3}|[MN]A?\d{1,3})$")
_ID_TOKEN = re.compile(r"^[A-Z0-9][A-Z0-9./-]*$", re.I)
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.&-]*,?$|^(?:&|of|and|de|van|von|la|le|du|da|del)$")

ID_FIELDS = frozenset({"member_id", "claim_number", "group_number"})
NAME_FIELDS = frozenset({"member_name", "patient_name", "provider_name"})
DATE_FIELDS = frozenset({"notice_date", "date_of_service"})


def first_token(value: str) -> str:
    tok = value.strip(" :#").split()
    return tok[0].strip(",;|") if tok else ""


def is_id(value: str) -> bool:
    """An identifier: a token with a digit that is no date, phone, amount or code."""
    tok = first_token(value)
    if len(tok) < 3 or not _ID_TOKEN.match(tok) or not re.search(r"\d", tok):
        return False
    if nz.find_dates(value[: len(tok) + 12]) and nz.parse_date(tok):
        return False
    if _PHONE.match(value.strip()) or _MONEY.match(tok) or _CODE.match(tok.upper()):
        return False
    return True


def is_name(value: str) -> bool:
    """A person's or an organisation's name: capitalised words, no digits, no amount."""
    ws = value.split()
    if not 1 <= len(ws) <= 8 or re.search(r"\d", value):
        return False
    return sum(1 for w in ws if _NAME_WORD.match(w)) >= max(1, len(ws) - 1)


def is_date(value: str) -> bool:
    dates = nz.find_dates(value)
    return bool(dates) and dates[0][0] <= 2


def is_npi(value: str) -> bool:
    m = re.search(r"(?<!\d)\d{10}(?!\d)", value)
    return bool(m) and nz.is_valid_npi(m.group(0))


def fits(field: str, value: str) -> bool:
    """Can ``value`` be ``field``'s value? True for fields without a shape of their own."""
    value = value.strip()
    if not value:
        return False
    if field in ID_FIELDS:
        return is_id(value)
    if field in NAME_FIELDS:
        return is_name(re.sub(r"\s*\([^)]*\)\s*", " ", value).strip(" ,"))
    if field in DATE_FIELDS:
        return is_date(value)
    if field == "npi":
        return is_npi(value)
    if field == "plan_name":
        return bool(re.search(r"[A-Za-z]{3}", value)) and not _MONEY.match(first_token(value))
    return True
