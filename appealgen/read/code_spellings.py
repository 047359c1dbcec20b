"""CARC and RARC spellings: the claim adjustment reason and remark codes printed in text.

"CO-50", "Group: CO Code: 170", "Adj Rsn Cd: 45", "250.00CO-197", "N130": only codes of
the X12 lists (codes/carc.csv, codes/rarc.csv) count. ``normalize`` offers the same calls.
"""

from __future__ import annotations

from .. import knowledge
from ..patterns import compiled

MAX_TEXT = 200_000  # longer inputs are cut: a page of text is far shorter
PATIENT_SHARE_CARCS = frozenset({"1", "2", "3"})  # deductible, coinsurance, copay


_GROUP = r"(?:CO|CR|OA|PI|PR)"
_CODE = r"(?:[A-Z]\d{1,2}|\d{1,3})"
# A code must not run on into a decimal, a date, a phone number or a longer number.
_CODE_END = r"(?![\w]|[.,/-]\d)"
# ... nor start inside a word or a number, unless an amount with cents is glued before it
# ("25.00CO-45": a cell's amount and its code printed without a space)
_CODE_START = r"(?:(?<![\w-])|(?<=\d\.\d\d))"
# CO-50, CO 50, CO50, CO-B7, PR - 1
_CARC_GROUPED = compiled(rf"{_CODE_START}(?P<g>{_GROUP})\s?[-–—:*/]?\s?(?P<c>{_CODE}){_CODE_END}")
# 204 (CO), 18 (OA): the group printed after the code
_CARC_GROUP_AFTER = compiled(rf"(?<![\w.$-])(?P<c>{_CODE})\s*\((?P<g>{_GROUP})\)")
# the words of a reason-code label, short forms too ("Adj Rsn Cd", "Reason cd")
_REASON = r"(?:reasons?|rsn)"
_CODE_WORD = r"(?:codes?(?:\(s\))?|cds?)"
# Group CO Reason 50, Group Code CO / Reason Code 50, Group: PR, Reason: 1,
# Group: CO Code: 170 (the group's own label, then the code's), GRP CO RSN 45
_CARC_GROUP_LABEL = compiled(
    rf"(?i:\b(?:group|grp)(?:\s+{_CODE_WORD})?)\s*[:#]?\s*(?P<g>{_GROUP})\b[\s,;/|-]*"
    rf"(?i:(?:adj(?:ustment)?\.?\s+)?{_REASON}|carc|code|cd)(?i:\s+{_CODE_WORD})?\s*[:#]?\s*"
    rf"(?P<c>{_CODE}){_CODE_END}"
)
# CARC 50, CARC: CO-50, Adj reason: 50, Adjustment reason code 50, Reason code(s): 50, 97,
# Adj Rsn Cd 45, Adj code 45, CARC/RARC: 45/N130, Reason: 45 (a bare "Reason" with its colon),
# Adj 242, Adjustment 45, Rsn 96, ANSI 96 (an amount after "Adj" is no code: "Adj 30.00")
_ONE = rf"(?:{_GROUP}\s?[-–:]?\s?)?{_CODE}{_CODE_END}"
_CARC_LABEL = compiled(
    rf"(?i:\b(?:carcs?(?:\s*/\s*rarcs?)?|claim\s+adjustment\s+{_REASON}(?:\s+{_CODE_WORD})?"
    rf"|(?:claim\s+)?adj(?:ustment)?\.?\s+{_REASON}(?:\s+{_CODE_WORD})?"
    rf"|adj(?:ustment)?\.?\s+{_CODE_WORD}|{_REASON}\s+{_CODE_WORD}|denial\s+{_CODE_WORD}"
    rf"|ansi(?:\s+{_CODE_WORD})?|adj(?:ustment)?\.?|rsn|reason(?=\s*[:#])))"
    rf"\s*[:#]?\s*(?P<list>{_ONE}(?:\s*(?:,|/|&|\band\b)\s*{_ONE})*)"
)
_ONE_RX = compiled(rf"(?:(?P<g>{_GROUP})\s?[-–:]?\s?)?(?P<c>{_CODE}){_CODE_END}")
_RARC_RX = compiled(rf"{_CODE_START}(?P<c>MA\d{{2,3}}|M\d{{1,3}}|N\d{{1,3}})(?![\w]|[.,]\d)")


def _clean_code(code: str) -> str:
    code = code.upper()
    if code.isdigit():
        return str(int(code))
    return code[0] + str(int(code[1:])) if code[1:].isdigit() else code


def find_carcs(text: str | None) -> list[tuple[str | None, str]]:
    """Claim Adjustment Reason Codes in ``text`` as (group or None, code), in order.

    Recognises CO-50, CO 50, CO50, "Group CO Reason 50", "Group Code CO / Reason Code 50",
    "Group: CO Code: 170",
    "CARC 50", "CARC: CO-50", "Adj reason: 50", "Adjustment reason code 50",
    "Reason code 50" and alpha codes (CO-B7, CARC A1). Only codes of the X12 list count.
    """
    if not text:
        return []
    text = text[:MAX_TEXT]
    known = knowledge.carc_codes()
    hits: list[tuple[int, str | None, str]] = []
    taken: list[tuple[int, int]] = []

    def add(pos: int, end: int, group: str | None, code: str) -> None:
        code = _clean_code(code)
        if code in known and not any(s <= pos < e for s, e in taken):
            hits.append((pos, group, code))
            taken.append((pos, end))

    for m in _CARC_GROUP_LABEL.finditer(text):
        add(m.start(), m.end(), m.group("g"), m.group("c"))
    for m in _CARC_LABEL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        base = m.start("list")
        for one in _ONE_RX.finditer(m.group("list")):
            add(base + one.start(), base + one.end(), one.group("g"), one.group("c"))
        taken.append((m.start(), m.end()))
    for m in _CARC_GROUPED.finditer(text):
        add(m.start(), m.end(), m.group("g"), m.group("c"))
    for m in _CARC_GROUP_AFTER.finditer(text):
        add(m.start(), m.end(), m.group("g"), m.group("c"))
    seen: set[tuple[str | None, str]] = set()
    out = []
    for _, group, code in sorted(hits, key=lambda h: h[0]):
        if (group, code) not in seen:
            seen.add((group, code))
            out.append((group, code))
    return out


def format_carc(group: str | None, code: str, context_amount_is_patient: bool = False) -> str:
    """The contract's spelling, "GROUP-CODE", inferring a missing group.

    Without a group, deductible/coinsurance/copay (1, 2, 3) and amounts the patient owes
    are PR; everything else is CO.
    """
    code = _clean_code(code.strip())
    if group:
        group = group.upper()
    else:
        group = "PR" if code in PATIENT_SHARE_CARCS or context_amount_is_patient else "CO"
    return f"{group}-{code}"


def find_rarcs(text: str | None) -> list[str]:
    """Remittance Advice Remark Codes in ``text`` (N130, MA130, M15), in order, once each.

    "Remark: N130" and "RARC N130" are found the same way; only codes of the list count,
    and ICD-10 codes such as N61.0 are not taken for remarks.
    """
    if not text:
        return []
    known = knowledge.rarc_codes()
    out: list[str] = []
    for m in _RARC_RX.finditer(text[:MAX_TEXT]):
        code = m.group("c")
        if code in known and code not in out:
            out.append(code)
    return out


# A whole token that is a code of these lists' shape: "CO-45", "PR1", "OA 23", "N130", "MA01"
_CODE_TOKEN = compiled(rf"(?:{_GROUP}[- ]?{_CODE}|MA\d{{2,3}}|M\d{{1,3}}|N\d{{1,3}})")


def is_code_token(token: str) -> bool:
    """Whether ``token`` (upper case) is spelled as a claim adjustment reason code with its
    group or a remark code, so never an identifier."""
    return _CODE_TOKEN.fullmatch(token) is not None
