"""OCR's usual misreadings undone, only where a word's shape says what it must be.

tesseract confuses O and 0, l, I and 1, S and 5 or $, Z and 2, B and 8. A word is
repaired only when its shape is known without doubt: a lactation procedure or
diagnosis code of the code list (ocr_codes.py: "89443" -> S9443), a CARC group
before a reason code ("co 197" -> CO 197), a dollar amount ("$1O0.00"), a date
("O1-08-2026") and the digit run of an identifier ("E89-72O14100"). Names and
words are never touched. Measured on scanned twins of the tune layouts (see
benchmarks/README or the change log).
"""

from __future__ import annotations

from functools import lru_cache

from .. import knowledge
from ..patterns import compiled
from . import ocr_confusions, ocr_labels
from .lookalikes import AS_DIGIT, AS_LETTER  # a misread character where a digit/letter belongs
from .ocr_codes import CODE_MODIFIER, doubled_code, known_code, listed, modifier
from .ocr_dates import (
    MONTHS,
    SHORT_MONTHS,
    YEAR_AFTER,
    day_word,
    split_day_year,  # noqa: F401 - the OCR reader parts day and year through here
    split_month_day,  # noqa: F401 - and a month's name and its day
)
from .ocr_labels import split_glued  # noqa: F401 - callers repair glued label words through here
from .settings import DEFAULT_SETTINGS, ReadSettings

_EDGE = compiled(r"^([(\[{]?)(.*?)([.,;:)\]}]*)$")
_GROUPS = {"CO", "PR", "OA", "PI", "CR"}
# a reason code after its group: "197", "B7", "45," — and the group glued to it: "co11"
_REASON = compiled(r"^[A-Z]?\d{1,3}[.,;:)]*$")
_GLUED_GROUP = compiled(r"^([A-Za-z0-9]{2})(\d{1,3})([.,;:)]*)$")
# "CO-S0", "PR-l:" : a group, a dash and a reason code with misread digits
_DASHED_GROUP = compiled(r"^([A-Za-z0-9]{2}[-–])([A-Z0-9OoIlSs|]{1,3})([.,;:)]*)$")
# "CO0-204", "CcO-170", "Cco-45", "CcoO-50": a group's letters read twice before its dash
_DOUBLED = compiled(r"^([A-Za-z0-9]{3,4})([-–].*)$")
_REASON_LIKE = compiled(r"^([A-Z0-9OoIlSs|]{1,3})([.,;:)]*)$")
_BARE_AMOUNT = compiled(r"^\d{1,3},\d{2}(?:CR|DR)?$")  # "0,00", "54,00CR": a credit too
_LINE_AMOUNT = compiled(r"^\(?-?\$?\d[\d,]*\.\d{2}\)?$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_AMOUNT = compiled(r"^(\(?-?\$)([\dOoIl|SB,]*\d[\dOoIl|SB,]*)([.,])([\dOo]{2})(\)?-?)$")
# an amount printed without its dollar sign, a digit read as a look-alike letter: "1O0.00",
# "25.0O", "O.00", "1,2O0.00" (at least two digits read as digits; "lO.OO" is no amount)
_BARE_MISREAD = compiled(r"^(\(?-?\$?)([\dOoIl|]{1,3}(?:,[\dOoIl|]{3})*)\.([\dOo]{2})(\)?[.,;:]?)$")
_ICD_LIKE = compiled(r"^[A-Z]\d\d\.")  # "I25.10", "O92.13": a diagnosis code, not an amount
_LEADING_ZERO = compiled(r"^0[\d,]")
_DATE = compiled(r"^[\dOoIl|SBZ]{1,2}([/-])[\dOoIl|SBZ]{1,2}\1[\dOoIl|SBZ]{2,4}$")
# a misread letter with digits on both sides inside a long digit run: "72O14100"
_ID_RUN = compiled(r"(?<=\d)[OoIl|](?=\d)")
# a short code's digits after its letters and first digit, one misread: "Z6l", "N13O"
_SHORT_CODE = compiled(r"^([A-Z]{1,2}\d)((?=[\d]*[OoIl|])[\dOoIl|]{1,3})$")
# an identifier's leading S read as a dollar sign: "$B213888-5" (money never has a letter)
# an identifier's S read as a dollar sign, or read twice as itself and a dollar sign:
# "$4414008478", "S$4414008478", "$X7-4471" (six digits or more, no cents: no amount)
_DOLLAR_ID = compiled(r"^S?[$§]([A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*)$")
_ZERO_PREFIX = compiled(r"^0(?=[A-Z]{1,3}\d{5,}$)")  # "0V933034912": a prefix's O, read as 0
_STATE = compiled(r"^[A-Z]{2},?$")
# a footnote mark with a misread bracket: "{1)", "(1}", "[2)" -> "(1)", "(2)"
_MARK = compiled(r"^[({\[](\d{1,2})[)}\]]([.,;:]?)$")
# a lone "1" in a service row, read as a bar, a bracket or a letter
_LONE_ONE = frozenset("|il]![I")
# an amount in a service row with a stray mark after it: "$0.00," "0.00)"
_PROCEDURE = compiled(r"^(?:\d{5}|[A-Z]\d{4})$")  # a procedure code alone: "99403", "S9443"
_STRAY_AFTER = compiled(r"^(-?\$?\d[\d,]*\.\d{2})[,)]$")
_NEXT_CELL = compiled(r"^(\(\d{1,2}\)|\(?-?\$?\d[\d,]*\.\d{2}\)?)?$")


def _group(text: str) -> str | None:
    """ "co", "cO", "C0", "Pr" -> the CARC group they misread, or None."""
    up = "".join(AS_LETTER.get(ch, ch) for ch in text).upper()
    return up if up in _GROUPS else None


def fix_word(text: str, before: str = "") -> str:
    """One word repaired by its shape; ``before`` is the word printed just before it."""
    lead, core, tail = _EDGE.match(text).groups()  # type: ignore[union-attr]
    if not core:
        return text
    if any(ch.isdigit() for ch in core):  # "(99404}": a brace read for its bracket
        lead, tail = ocr_confusions.as_brackets(lead), ocr_confusions.as_brackets(tail)
        text = lead + core + tail
    if not _STATE.match(before):  # "MT 59443" is a ZIP code, never a procedure
        code = known_code(core) or doubled_code(core)
        if code:
            return lead + code + tail
    m = _MARK.match(text)
    if m:
        return f"({m.group(1)}){m.group(2)}"
    m = CODE_MODIFIER.match(core)
    if m and (mod := modifier(m.group(2))):
        return lead + m.group(1) + mod + tail
    m = _AMOUNT.match(text)
    if m and (m.group(3) == "." or "." not in m.group(2)):
        digits = "".join(AS_DIGIT.get(ch, ch) for ch in m.group(2))
        cents = "".join(AS_DIGIT.get(ch, ch) for ch in m.group(4))
        return m.group(1) + digits + "." + cents + m.group(5)
    m = _BARE_MISREAD.match(text)
    if m and sum(ch.isdigit() for ch in text) >= 2 and not _ICD_LIKE.match(core):
        digits = "".join(AS_DIGIT.get(ch, ch) for ch in m.group(2) + "." + m.group(3))
        if not _LEADING_ZERO.match(digits):  # "O92.13" is a code: no amount prints "092"
            return m.group(1) + digits + m.group(4)
    if _DATE.match(core) and sum(ch.isdigit() for ch in core) >= 4:
        return lead + "".join(AS_DIGIT.get(ch, ch) for ch in core) + tail
    m = _SHORT_CODE.match(core)
    if m:
        return lead + m.group(1) + "".join(AS_DIGIT.get(ch, ch) for ch in m.group(2)) + tail
    if sum(ch.isdigit() for ch in core) >= 6:
        core = _ZERO_PREFIX.sub("O", _DOLLAR_ID.sub(r"S\1", core))
        return lead + _ID_RUN.sub(lambda m: AS_DIGIT[m.group(0)], core) + tail
    return text


def _reason(code: str) -> str | None:
    """A CARC reason code as printed, its misread digits put right ("S0" -> "50")."""

    known = knowledge.carc_codes()
    if code in known:
        return code
    digits = "".join(AS_DIGIT.get(ch, ch) for ch in code)
    return digits if digits in known else None


def checked(read: str, fixed: str) -> bool:
    """A repair a list vouches for: a listed code, a CARC group or reason, or punctuation.

    Other repairs (amounts, dates, identifiers) are likely, not certain: the reader
    should treat a value built on them as unsure.
    """

    if _letters_and_digits(read) == _letters_and_digits(fixed):
        return True  # "no.;" -> "no.:", curly quotes made straight
    core = _EDGE.match(fixed).group(2)  # type: ignore[union-attr]
    glued = _GLUED_GROUP.match(core) or _DASHED_GROUP.match(core)
    return (
        listed(core)
        or core in _GROUPS
        or (core in knowledge.carc_codes() and not fixed.endswith(","))  # "2t," a day's 21,
        or bool(glued and glued.group(1)[:2] in _GROUPS)
    )


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def accented(text: str) -> bool:
    """A word with a letter outside ASCII, which tesseract's English model often misreads."""
    return any(ord(ch) > 127 and ch.isalpha() for ch in text)


# pieces of one value that OCR cut where the print has no space: an identifier and
# its last digits ("SWN7 42161349", "202678861 6844"), a dollar amount ("$1 25.00") or
# its last cent ("97.7 5"), a code after its dot ("Z39. 1")
_ID_HEAD = compiled(r"^(?=[A-Z0-9-]*[A-Z-])[A-Z0-9-]*\d$|^\d{6,}$")
_ID_TAIL = compiled(r"^\d{3,}[.,;:)]?$")
_DOLLAR_HEAD = compiled(r"^\(?\$\d{1,3}$")
_AMOUNT_TAIL = compiled(r"^\d[\d,]*\.\d{2}\)?[.,;:]?$")
_CODE_HEAD = compiled(r"^[A-Z]\d{2}\.$")
_CODE_TAIL = compiled(r"^[\dA-Z]{1,4}[,;:)]?$")
# an amount cut before its last cent ("97.7 5")
_CENT_HEAD = compiled(r"^\(?-?\$?\d[\d,]*\.\d$")
_CENT_TAIL = compiled(r"^\d\)?[.,;:]?$")


def one_value(head: str, tail: str) -> bool:
    """``head`` and ``tail``, printed close together, are two pieces of one value."""
    return bool(
        (_ID_HEAD.match(head) and _ID_TAIL.match(tail) and not _group(head[:2]))
        or (_DOLLAR_HEAD.match(head) and _AMOUNT_TAIL.match(tail))
        or (_CODE_HEAD.match(head) and _CODE_TAIL.match(tail))
        or (_CENT_HEAD.match(head) and _CENT_TAIL.match(tail))
    )


# pieces of one value OCR cut as wide apart as a narrow space (a "1" keeps white on both
# sides): an amount cut before its last cent ("97.7 5"), a dollar amount cut after its
# first digits ("$1 71.50") or its point read as
# a dash ("$171 -50"), and an identifier cut in two pieces OCR read weakly, whose tail
# holds dashes ("26-1091 2-542-372", "1838361 61-02")
_CENTS_TAIL = compiled(r"^[-.,](\d{2}\)?[.,;:]?)$")
# an amount cut before its point, its cents' zeros read as O and a credit's mark after
# them: "27 .OOCR", "1,250 .00"
_WHOLE_HEAD = compiled(r"^\(?-?\$?\d{1,3}(?:,\d{3})*$")
_POINT_TAIL = compiled(r"^\.([\dOo]{2})((?:CR|DR)?\)?[.,;:]?)$")
_DASHED_TAIL = compiled(r"^\d[\d-]*\d[.,;:)]?$")


def point_value(head: str, tail: str) -> str | None:
    """ "27" and ".OOCR" -> "27.00CR": an amount OCR cut before its point (a word that
    starts with a point and two cents is no word of its own), or None."""
    m = _POINT_TAIL.match(tail) if _WHOLE_HEAD.match(head) else None
    return f"{head}.{m.group(1).replace('O', '0').replace('o', '0')}{m.group(2)}" if m else None


def cut_value(head: str, tail: str, weak: bool) -> str | None:
    """The value ``head`` and ``tail`` are two pieces of when OCR cut it as wide as a
    narrow space, or None; ``weak``: OCR read both pieces weakly."""
    if _CENT_HEAD.match(head) and _CENT_TAIL.match(tail):
        return head + tail
    if _DOLLAR_HEAD.match(head):
        if _AMOUNT_TAIL.match(tail):
            return head + tail
        m = _CENTS_TAIL.match(tail)
        return head + "." + m.group(1) if m else None
    if weak and _ID_HEAD.match(head) and not _group(head[:2]) and _DASHED_TAIL.match(tail):
        return head + tail
    return None


# an amount and the next cell read as one word across the border between them:
# "$0.00|1,2", "45.00|CO-45" (an amount ends at its cents: what follows is another cell)
_BORDER_INSIDE = compiled(r"^(\(?-?\$?\d[\d,]*\.\d{2}\)?)[|\]\[]+(\S+)$")


def split_at_border(word: str) -> list[str]:
    """ "$0.00|1,2" -> ["$0.00", "1,2"]; any other word as it is."""
    m = _BORDER_INSIDE.match(word)
    return [m.group(1), m.group(2)] if m else [word]


# two words of letters read without the space after the comma between them: a name printed
# surname first ("HOLMQVIST,SOLVEIG"), a city and its state ("Louisville,KY")
_COMMA_INSIDE = compiled(r"^([A-Za-z][A-Za-z'-]*[A-Za-z],)([A-Za-z][A-Za-z'-]*[A-Za-z][.,;:]?)$")


def split_after_comma(word: str) -> list[str]:
    """ "HOLMQVIST,SOLVEIG" -> ["HOLMQVIST,", "SOLVEIG"]; any other word as it is."""
    m = _COMMA_INSIDE.match(word)
    return [m.group(1), m.group(2)] if m else [word]


# a dash printed for a zero after its label, read without the space between them:
# "Allowed—", "paid--" (a single hyphen ends a word the line broke, not a zero)
_DASH_AFTER = compiled(r"^([A-Za-z][A-Za-z'.]*[A-Za-z]:?)([—–]+|-{2,})$")


def split_dash(word: str) -> list[str]:
    """ "Allowed—" -> ["Allowed", "—"]; any other word as it is."""
    m = _DASH_AFTER.match(word)
    return [m.group(1), m.group(2)] if m else [word]


# an adjustment code and the remark code after it read without the space between them:
# "CO-119N362", "PR-3MA130" (a reason code never runs on into N or M and digits)
_CODE_AND_REMARK = compiled(r"^((?:CO|PR|OA|PI|CR)[-–]?[A-Z]?\d{1,3})((?:N|M|MA)\d{1,3}[.,;:]?)$")


def split_codes(word: str) -> list[str]:
    """ "CO-119N362" -> ["CO-119", "N362"] when both are listed codes; else the word."""

    m = _CODE_AND_REMARK.match(word)
    if not m:
        return [word]
    reason = m.group(1)[2:].lstrip("-–")
    remark = m.group(2).rstrip(".,;:")
    if reason in knowledge.carc_codes() and remark in knowledge.rarc_codes():
        return [m.group(1), m.group(2)]
    return [word]


def fix_line(words: list[str], settings: ReadSettings = DEFAULT_SETTINGS) -> list[str]:
    """The words of one printed line, each repaired; CARC groups by the word after them;
    label words by the label they make (ocr_confusions)."""
    words = ocr_confusions.repaired(words, settings)
    out = [fix_word(w.translate(_QUOTES), words[i - 1] if i else "") for i, w in enumerate(words)]
    amounts = sum(bool(_LINE_AMOUNT.match(w.rstrip(",;)"))) for w in out)
    for i, w in enumerate(out):
        after = out[i + 1] if i + 1 < len(out) else ""
        out[i] = w = ocr_labels.label_word(w, after)
        if amounts >= 2:
            row = _row_word(w, out[i - 1] if i else "", after)
            if row != w:
                out[i] = row
                continue
        day = day_word(w, out[i - 1] if i else "", after)
        if day != w:
            out[i] = day
            continue
        near = _near_word(w, out[i - 1] if i else "", after)
        if near != w:
            out[i] = near
            continue
        group = _group(w) if len(w) == 2 else None
        if group:
            fixed = _reason_word(after)
            if fixed or _REASON.match(after):
                out[i] = group
                out[i + 1] = fixed or after
            continue
        out[i] = _fix_glued(w)
    return out


_DAY_AFTER = compiled(r"^\d{1,2}(st|nd|rd|th)?,?$")
_DAY_BEFORE = compiled(r"^\d{1,2}$")
_ZIP = compiled(r"^\d{5}(-\d{4})?$")
_STATE_READ = compiled(r"^[|\[\]!l1]([A-Z])(,?)$")


# a name's capital I read as an l: no English word starts with l and a consonant ("lwu")
_NAME_L = compiled(r"^l([bcdfghjkmnpqrstvwxz][a-z]+)([,.]?)$")
_CAPITALISED = compiled(r"^[A-Z][a-z'-]+[,.]?$")


def _near_word(word: str, before: str, after: str) -> str:
    """A month's name one letter off beside its day ("dune 4, 2026", "18 Aprii 2026"), a
    state's I read as a bar before a ZIP code ("Des Moines, [A 50309"), a name's I read
    as an l beside another name ("Imani lwu"), and a page counter's 1 ("Page | of 2")."""
    if word in _LONE_ONE and before.lower() == "page" and after.lower() == "of":
        return "1"  # a page counter's 1 read as a bar or an i: "Page i of 4"
    m = _STATE_READ.match(word)
    if m and _ZIP.match(after) and "I" + m.group(1) in _states():
        return "I" + m.group(1) + m.group(2)
    m = _NAME_L.match(word)
    if m and (_CAPITALISED.match(before) or _CAPITALISED.match(after)):
        return "I" + m.group(1) + m.group(2)
    core = word.rstrip(",.")
    dated = _DAY_AFTER.match(after) or (_DAY_BEFORE.match(before) and YEAR_AFTER.match(after))
    if len(core) < 3 or not dated or not core.isalpha():
        return word
    # a month's name, or its three letters before a day and its comma ("Dee 22, 2025")
    names = MONTHS if len(core) > 3 else SHORT_MONTHS if after.endswith(",") else ()
    if core.capitalize() in names:
        return word
    fits = [mo for mo in names if len(mo) == len(core) and _one_letter_off(core, mo)]
    return fits[0] + word[len(core) :] if len(fits) == 1 else word


def _one_letter_off(got: str, want: str) -> bool:
    return sum(a != b for a, b in zip(got.lower(), want.lower(), strict=True)) == 1


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:

    return frozenset(knowledge.regulators())


def _row_word(word: str, before: str, after: str) -> str:
    """A word of a service row (two or more amounts on the line) put right by its place:
    "0,00" among "300.00" and "0.00" is 0.00, a lone "|" or "i" between the code and the
    amounts is a count of 1, a modifier of its own after the procedure code one look-alike
    off a listed one ("US" for U5) is that one, and an amount before another amount, a footnote mark or the
    line's end has no comma or bracket after it ("21.00, PR-1" keeps its comma)."""
    if _BARE_AMOUNT.match(word) and not _group(before):
        return word.replace(",", ".")
    if word in _LONE_ONE:
        return "1"
    if len(word) == 2 and _PROCEDURE.match(before) and (mod := modifier(word)):
        return mod  # a modifier's cell after its code: "99403 US" is 99403 U5
    m = _STRAY_AFTER.match(word)
    if m and not (word.endswith(")") and "(" in word) and _NEXT_CELL.match(after):
        return m.group(1)
    return word


def _maybe_reason(code: str) -> str | None:
    """``code`` as a CARC if it has a digit or is all capitals ("S0", "SO", never "so")."""
    if any(ch.isdigit() for ch in code) or code.isupper():
        return _reason(code)
    return None


def _reason_word(word: str) -> str | None:
    m = _REASON_LIKE.match(word)
    code = _maybe_reason(m.group(1)) if m else None
    return code + m.group(2) if m and code else None


def _undoubled(word: str) -> str:
    """ "CcO-170" -> "CO-170": a CARC group whose letters (or their look-alikes) OCR read
    twice before the dash, when a reason code follows it; any other word as it is."""
    m = _DOUBLED.match(word)
    if not m:
        return word
    letters = [AS_LETTER.get(ch, ch).upper() for ch in m.group(1)]
    once = "".join(ch for i, ch in enumerate(letters) if not i or ch != letters[i - 1])
    tail = _DASHED_GROUP.match(once + m.group(2))
    return once + m.group(2) if once in _GROUPS and tail and _maybe_reason(tail.group(2)) else word


def _fix_glued(word: str) -> str:
    """ "co11" -> "CO11", "CO-S0" -> "CO-50", "CO0-204" -> "CO-204", "CcO-170" -> "CO-170"."""
    word = _undoubled(word)
    m = _GLUED_GROUP.match(word)
    if m and _group(m.group(1)):
        return f"{_group(m.group(1))}{m.group(2)}{m.group(3)}"
    m = _DASHED_GROUP.match(word)
    if m and _group(m.group(1)[:2]):
        code = _maybe_reason(m.group(2))
        if code:
            return f"{_group(m.group(1)[:2])}{m.group(1)[2]}{code}{m.group(3)}"
    return word
