"""The document's code key: footnotes and keys that explain codes ("3F — not in your network").

A key is read anywhere in the document, on any page: lines shaped like key entries
("3F - Not in your network", "(1) CO 96: ..."), and every entry under a heading that
names a key ("EOB code legend", "Explanation codes", "Remark codes": the words of
rules/reader_words.yaml's code_key_titles), where a code may be any short token of
letters and digits ("0633", "EX4A"). Payer-own codes are mapped to categories through
these printed explanations; standard CARC/RARC explanations feed the denial's reason text.
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled
from . import normalize as nz
from .header import ADDRESS
from .layout import Line

# a key's heading is a short line; its entries follow within this many lines of it
MAX_TITLE_WORDS = 8
# the code of an entry under a key's heading: a short token of letters and digits
_SECTION_CODE = compiled(r"[A-Z0-9][A-Z0-9-]{0,7}")

_GLOSS_LINE = compiled(
    r"^\s*(?:(?i:code|remark|note|reason|message|msg|explanation|ref|carc|rarc)\s*(?i:code)?\s*)?"
    r"[\[(]?(?P<code>[A-Z]{0,3}[-\s]?[A-Z0-9]{1,5})[\])]?\s*(?:[-–—:=.)]|\s{2,}|\s(?=[A-Z][a-z]))\s*(?P<text>[A-Za-z\"'(].{8,})$"
)


# a note's mark (a letter, a number, stars) before the standard code it explains:
# "a   CO 119: …", "B  PR-2: Coinsurance amount.", "2. N130 - Consult …", "1  CO-119
# Benefit maximum …" (the code's words after a space)
_LETTERED = compiled(
    r"^\s*([A-Za-z]{1,2}|\d{1,2}|\*{1,3})[.)]?\s+(?=(?:(?:CO|PR|OA|PI|CR)[\s-]?[A-Z]?\d{1,3}"
    r"|[MN]A?\d{1,3})(?:\s*[:–—-]|\s+[A-Z][a-z]))"
)


def read_code_key(lines: list[Line]) -> tuple[dict[str, str], set[int]]:
    """Code -> printed explanation, from footnotes and code keys anywhere in the document."""
    out: dict[str, str] = {}
    at: set[int] = set()
    last: str | None = None
    last_x = 0.0
    titled = key_sections(lines)
    for idx, ln in enumerate(lines):
        cells = ln.cells
        text = ln.text
        if idx in titled and (entries := section_entries(ln)):
            for code, words in entries:
                out.setdefault(code, words)
            last = entries[-1][0] if len(entries) == 1 else None
            last_x = ln.x0
            at.add(idx)
            continue
        m = None
        if lettered := _LETTERED.match(text):
            # a lettered note naming a standard code: "a   CO 119: Benefit maximum …"
            m = _GLOSS_LINE.match(f"{lettered.group(1).upper()} - {text[lettered.end() :]}")
        m = m or (None if _sentence_goes_on(lines, idx, at) else _GLOSS_LINE.match(text))
        first = cells[0].text.strip() if cells else ""
        if m is None and len(cells) >= 2 and re.fullmatch(r"[A-Z0-9-]{1,8}", first):
            m = _GLOSS_LINE.match(first + " - " + " ".join(c.text for c in cells[1:]))
        code_text = m.group("code") if m else ""
        if m and not nz.find_dates(code_text) and not ("." in code_text or "$" in code_text):
            code = re.sub(r"\s", "-", m.group("code").strip())
            if _plausible_code(code) and not _money_heavy(m.group("text")) and _key_line(m):
                out.setdefault(code.upper(), m.group("text").strip())
                last, last_x = code.upper(), ln.x0
                at.add(idx)
                continue
        if last and ln.words and len(cells) == 1 and ln.x0 > last_x + 5 and not _money_heavy(text):
            out[last] = f"{out[last]} {text.strip()}"
            at.add(idx)
            if len(out[last]) > 400:
                last = None
        else:
            last = None
    return out, at


def _sentence_goes_on(lines: list[Line], idx: int, keyed: set[int]) -> bool:
    """Does line ``idx`` go on with a sentence of the prose line above it ("… Your share
    is $0.00. The reason code is" over "PR-242. This claim is not payable: …"), so the
    code it opens with is that sentence's, not a key's entry? The line above is prose at
    the same margin, no entry of a key, and ends mid-sentence, or with a colon after
    another sentence's end ("… $0.00. Adjustment reason code:"; a key's own lead-in,
    "The following codes apply:", stands on its own line)."""
    if idx == 0 or idx - 1 in keyed:
        return False
    above, here = lines[idx - 1], lines[idx]
    words = above.text.split()
    lower = sum(1 for w in words if w.isalpha() and w.islower())
    if len(words) < 6 or lower < 3 or abs(above.x0 - here.x0) > 3:
        return False
    end = above.text.rstrip()
    if end.endswith(":"):
        return bool(re.search(r"[a-z\d)][.!?]\s+[A-Z]", end))
    return not end.endswith((".", "!", "?", ";", ")"))


def key_sections(lines: list[Line]) -> set[int]:
    """Lines under a heading that names a code key, up to the first line that is no entry.

    "EOB CODE LEGEND" over "0633  Provider type not authorized …": the heading says
    the lines below explain codes, so a code there may have any short shape.
    """
    titles = reader_words().code_key_titles
    out: set[int] = set()
    k = 0
    while k < len(lines):
        text = lines[k].text.strip()
        if not (text and len(text.split()) <= MAX_TITLE_WORDS and titles.search(text)):
            k += 1
            continue
        j = k + 1
        if j < len(lines) and _column_titles(lines[j].text):
            j += 1  # "Code   Description"
        while j < len(lines) and (section_entry(lines[j]) or _wrapped(lines, j, out)):
            out.add(j)
            j += 1
        k = j
    return out


def _wrapped(lines: list[Line], j: int, section: set[int]) -> bool:
    """A key entry's explanation going on under its words (indented past its code)."""
    ln, prev = lines[j], lines[j - 1]
    return (
        j - 1 in section
        and len(ln.cells) == 1
        and ln.x0 > prev.x0 + 5
        and not _money_heavy(ln.text)
        and bool(re.match(r"[a-z(]", ln.text.strip()))
    )


def _column_titles(text: str) -> bool:
    words = text.lower().split()
    return 1 < len(words) <= 4 and words[0] in ("code", "codes", "eob", "key", "#")


def section_entries(ln: Line) -> list[tuple[str, str]]:
    """(code, explanation) pairs of a line under a key's heading: a short code, then words.

    A legend set in two columns ("0633  Provider type …     0750  Service exceeds …")
    gives one pair per code cell.
    """
    cells = [c.text.strip() for c in ln.cells if c.text.strip()] or [ln.text.strip()]
    pieces: list[list[str]] = []
    for cell in cells:
        head = _LEAD_WORD.sub("", cell).split(None, 1) or [""]
        bare = bool(pieces) and len(" ".join(pieces[-1]).split()) == 1  # a code, no words yet
        if _entry_code(head[0]) and not bare and (len(head) == 1 or not pieces or _entry(cell)):
            pieces.append([cell])
        elif pieces:
            pieces[-1].append(cell)
        else:
            return []
    out = [e for p in pieces if (e := _entry(" ".join(p)))]
    return out if len(out) == len(pieces) else []


def section_entry(ln: Line) -> tuple[str, str] | None:
    """The first (code, explanation) pair of a line under a key's heading, or None."""
    found = section_entries(ln)
    return found[0] if found else None


# a word printed with a capital then small letters ("The", "We"): codes print in capitals
_WORD_CASE = compiled(r"[A-Z][a-z]+")
_LEAD_WORD = compiled(r"(?i)^(?:code|eob|note|remark|reason|msg|message)\s*(?:#|no\.?)?\s*:?\s+")


def _entry_code(token: str) -> str | None:
    printed = token.strip("()[]*.:#")
    code = printed.upper()
    if not _SECTION_CODE.fullmatch(code) or nz.find_dates(code):
        return None
    if _WORD_CASE.fullmatch(printed):
        return None  # "The service was code 99404 …": a word of a sentence, no code
    if code.isdigit() and len(code) < 2:
        # "1 …" is a count or a note mark; a bracketed "(1)" is read as a footnote. Two
        # digits under a key's heading are a code ("58  The claim was sent after …")
        return None
    if not re.search(r"\d", code) and not (code.isalpha() and len(code) <= 3):
        return None
    return code


def _entry(text: str) -> tuple[str, str] | None:
    text = _LEAD_WORD.sub("", text.strip())
    parts = text.split(None, 1)
    if len(parts) < 2 or (code := _entry_code(parts[0])) is None:
        return None
    words = re.sub(r"^[-–—:=.)]\s*", "", parts[1].strip())
    if len(words) < 8 or not re.match(r"[A-Za-z\"'(]", words) or _money_heavy(words):
        return None
    if len(re.findall(r"[a-z]{3,}", words.lower())) < 2:
        return None
    if _STREET_LINE.match(text) or ADDRESS.search(text):
        return None
    return code, words


_STREET_LINE = compiled(
    r"^\s*(\d+[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'.-]*\s+){1,4}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Boulevard|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Hwy|Trl|Cir)\b"
    r"|\d+\s+Calle\b|P\.?\s?O\.?\s+Box)",
    re.I,
)


def _key_line(m: re.Match[str]) -> bool:
    """A code-key line, not an address ("417 Calle del Sol", "PO Box") or a sentence ("A plan…")."""
    code = m.group("code").strip().upper()
    between = m.string[m.end("code") : m.start("text")]
    bracketed = m.string[: m.start("code")].rstrip().endswith(("(", "["))
    plain_space = not re.search(r"[-–—:=.)\]]", between)
    if (
        code in ("PO", "P", "BOX", "APT", "STE")
        or _STREET_LINE.match(m.group(0))
        or ADDRESS.search(m.group(0))
    ):
        return False
    if plain_space and not bracketed and (code.isdigit() or (code.isalpha() and len(code) <= 2)):
        return False
    if bracketed and m.string[: m.start("code")].strip(" ([").strip():
        return False  # "Code (3) Claim status: Denied" points at the key, it is not one
    # "Code (1) (2)  Claim status: Denied" refers to keys; it explains none
    return not re.match(r"[\[(][A-Z0-9]{1,4}[\])]", m.group("text"))


def _plausible_code(code: str) -> bool:
    c = code.upper()
    if c.isalpha() and len(c) > 3:
        return False
    if re.fullmatch(r"\d{4,}", c):
        return False
    return bool(re.search(r"\d", c)) or len(c) <= 2


def _money_heavy(text: str) -> bool:
    return len(re.findall(r"\d\.\d\d\b", text)) >= 2


_REMARK_TITLE = compiled(
    r"(?i)\b(?:remark|rarc|adjustment reason|claim adjustment|carc|x12|standard (?:reason )?codes?)\b"
)


def key_title(lines: list[Line], glossary_lines: set[int], code: str) -> str:
    """The heading printed over the code key that explains ``code`` ("Remark codes"), or ""."""
    rx = re.compile(rf"^\s*\W{{0,2}}{re.escape(code)}\b", re.I)
    at = next((i for i in sorted(glossary_lines) if rx.match(lines[i].text)), None)
    if at is None:
        return ""
    while at - 1 in glossary_lines:
        at -= 1
    for i in range(at - 1, max(-1, at - 3), -1):
        text = lines[i].text.strip()
        if text and len(text.split()) <= 8:
            return text
    return ""


def says_standard(title: str, explanation: str) -> bool:
    """A key whose heading or own words say it is a standard remark or adjustment code."""
    return bool(_REMARK_TITLE.search(title) or _REMARK_TITLE.search(explanation[:40]))


def marks_run_together(glossary: dict[str, str], key: str) -> list[str]:
    """The note marks a scan printed without their space ("12" for the marks 1 and 2,
    "AB" for A and B): a number or a word of capitals the notice's key (``glossary``)
    does not list, each of whose characters it lists as a mark."""
    shaped = key.isdigit() or (key.isalpha() and key.isupper())
    if not (shaped and 2 <= len(key) <= 3 and len(set(key)) == len(key)):
        return []
    return list(key) if all(d in glossary for d in key) else []
