"""An X12 file's envelope and segments: delimiters from the ISA header, transaction checks, element values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from .. import limits
from ..errors import InputError

TRANSACTION_NAMES = {
    "837": "an 837 claim",
    "270": "a 270 eligibility inquiry",
    "271": "a 271 eligibility response",
    "276": "a 276 claim status inquiry",
    "277": "a 277 claim status response",
    "278": "a 278 authorization request",
    "834": "an 834 enrollment file",
    "820": "an 820 premium payment",
    "999": "a 999 acknowledgment",
    "997": "a 997 acknowledgment",
}


# words kept in capitals when an all-capitals name is title-cased
_KEEP_UPPER = {
    "LLC",
    "PLLC",
    "PC",
    "PA",
    "LLP",
    "INC",
    "HMO",
    "PPO",
    "EPO",
    "POS",
    "IBCLC",
    "RN",
    "MD",
    "DO",
    "NP",
    "CNM",
    "II",
    "III",
    "IV",
    "USA",
    "BCBS",
}


_SMALL = {"OF", "AND", "THE", "FOR", "AT", "IN"}


@dataclass
class _Delims:
    element: str
    component: str
    terminator: str


def _delimiters(raw: str) -> _Delims:
    """The separators declared by the ISA segment (tolerates unpadded ISA fields)."""
    if not raw.startswith("ISA") or len(raw) < 16:
        raise InputError("not a valid X12 835 file (no ISA header)")
    elem = raw[3]
    if elem.isalnum() or elem.isspace():
        raise InputError("not a valid X12 file (the ISA header has no element separator)")
    # ISA has 16 elements: the component separator follows the 16th separator
    pos = -1
    for _ in range(16):
        pos = raw.find(elem, pos + 1)
        if pos < 0:
            raise InputError("the X12 file is cut off inside its ISA header")
    if pos + 2 >= len(raw):
        raise InputError("the X12 file is cut off after its ISA header")
    comp, term = raw[pos + 1], raw[pos + 2]
    if term.isalnum() or term == elem:
        raise InputError("not a valid X12 file (the ISA header is malformed)")
    if term == "\r":
        term = "\n" if raw[pos + 3 : pos + 4] == "\n" else "\r"
    return _Delims(elem, comp, term)


def segments(text: str) -> tuple[list[list[str]], _Delims]:
    raw = text.lstrip("\ufeff \r\n\t")
    d = _delimiters(raw)
    limits.check_835(raw, d.element, d.terminator)
    segs = []
    for s in raw.split(d.terminator):
        s = s.strip("\r\n\t ")
        if s:
            segs.append([e.strip() for e in s.split(d.element)])
    return segs, d


def check_envelope(segs: list[list[str]], path: str) -> list[str]:
    """Refuse a file that is not an 835 or that stops early; return warnings."""
    sts = [s for s in segs if s[0] == "ST"]
    if not sts:
        raise InputError(
            "an X12 file without a transaction (no ST segment) — is it cut off?", file=path
        )
    kinds = {el(s, 1) for s in sts}
    if "835" not in kinds:
        other = sorted(kinds)[0]
        what = TRANSACTION_NAMES.get(other, f"a {other} transaction")
        raise InputError(f"an X12 file, but {what}, not an 835 remittance", file=path)
    warnings: list[str] = []
    open_st: int | None = None
    count = 0
    for s in segs:
        if s[0] == "ST":
            open_st, count = 0, 0
        if open_st is not None:
            count += 1
        if s[0] == "SE":
            if open_st is None:
                raise InputError("the 835 file is damaged (SE without ST)", file=path)
            if el(s, 1).isdigit() and int(el(s, 1)) != count:
                warnings.append(
                    f"the 835 transaction says it has {el(s, 1)} segments but holds {count}; "
                    "check that the file is complete"
                )
            open_st = None
    if open_st is not None or segs[-1][0] != "IEA":
        raise InputError(
            "the 835 file is cut off (it ends before its SE/IEA trailer) — get a complete copy",
            file=path,
        )
    return warnings


def el(seg: list[str], i: int) -> str:
    return seg[i].strip() if len(seg) > i else ""


def money(v: str) -> Decimal | None:
    if not v:
        return None
    try:
        return Decimal(v).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def date8(v: str) -> date | None:
    if len(v) == 8 and v.isdigit():
        try:
            return date(int(v[:4]), int(v[4:6]), int(v[6:]))
        except ValueError:
            return None
    return None


def tidy(name: str) -> str | None:
    """An all-capitals name in reading case ("HARBOR LACTATION LLC" -> "Harbor Lactation LLC")."""
    name = " ".join(name.split())
    if not name:
        return None
    if not name.isupper():
        return name
    words = []
    for i, w in enumerate(name.split(" ")):
        bare = w.strip(".,")
        if bare in _KEEP_UPPER:
            words.append(w)
        elif bare in _SMALL and i > 0:
            words.append(w.lower())
        else:
            words.append(re.sub(r"[A-Z][A-Z']*", lambda m: m.group(0).capitalize(), w))
    out = " ".join(words)
    # O'BRIEN -> O'Brien, MCDONALD stays Mcdonald (a reader would not guess)
    return re.sub(r"\b([A-Z])'([a-z])", lambda m: f"{m.group(1)}'{m.group(2).upper()}", out)


def segment_name(seg: list[str]) -> str | None:
    """NM1 name: an organisation's NM103, or a person's first, middle, last and suffix."""
    last, first_, middle, suffix = el(seg, 3), el(seg, 4), el(seg, 5), el(seg, 7)
    if el(seg, 2) == "2" or not first_:
        return tidy(last)
    return tidy(" ".join(p for p in (first_, middle, last, suffix) if p))


def segment_phone(seg: list[str]) -> str | None:
    for k in (3, 5, 7):
        if el(seg, k) == "TE" and el(seg, k + 1):
            digits = "".join(ch for ch in el(seg, k + 1) if ch.isdigit())
            if len(digits) == 11 and digits[0] == "1":
                digits = digits[1:]
            if len(digits) == 10:
                return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return None
