"""Where a claim a letter tells in running sentences starts and ends.

Several claims told one after another share their lines: "... This claim was paid in
full. This letter is about claim 2197147855983 for care Farah O'Neill received." A claim
starts at the sentence that names it (or, when that sentence speaks of "the claim" to give
its number, "The claim number is ZC103975266.", at the sentence before it that introduced
"a claim from" someone); the sentences before it on its first lines close the claim
before, whose text they end.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..knowledge import reader_words
from ..models import Claim
from ..patterns import compiled
from . import normalize as nz
from .context import clean_id
from .label_words import object_of_another
from .prose_services import wrapped_claim_numbers
from .sentence_ends import sentence_spans

# a sentence's end after a word: "... was paid in full. This letter is about"
_WORD_END = compiled(r"[a-z]{2}[.!?]\s+(?=[A-Z])")
# "a claim from Nest Lactation" introduces one; "it duplicates a claim we paid" speaks of another
_A_CLAIM = compiled(r"(?i)\ba\s+claim\s+(?:from|for)\b")
_THE_CLAIM = compiled(r"(?i)the\s+claim\b")


def at_its_sentence(text: str, claim_number: str | None) -> int:
    """Where a claim's text starts: at the sentence that names it, when the running words
    its first lines (up to the number's) print before that sentence end the claim before's
    ("This claim was paid in full. This letter is about claim 2197147855983 ..."); else 0."""
    at = text.find(claim_number) if claim_number else -1
    if at <= 0 or text.count("\n", 0, at) > 3:  # two lines up, and a number wrapped down
        return 0
    ends = [0, *(m.end() for m in _WORD_END.finditer(text, 0, at))]
    # "We received a claim from Nest Lactation for care given to Ann Lee. The claim number
    # is ZC103975266.": "the claim" the number's sentence opens with is the one the
    # sentence before introduced
    if (
        len(ends) > 1
        and _THE_CLAIM.match(text, ends[-1], at)
        and _A_CLAIM.search(text[ends[-2] : ends[-1]])
    ):
        ends.pop()
    head = text[: ends[-1]].split()
    lower = sum(1 for w in head if w.isalpha() and w.islower())
    # running words, or the end of a sentence begun on the line before ("necessary.")
    running = bool(head) and ((len(head) >= 4 and lower >= 2) or head[0][:1].islower())
    return ends[-1] if running else 0


def own_text(
    texts: list[str], spans: list[tuple[int, int]], number: str | None, skip: Collection[int]
) -> str:
    """The text of a claim's spans of lines ``texts`` (no line of ``skip``), each from the
    sentence that names the claim: a claim a heading names ("Re: claim DK-981583653") and
    a later sentence tells again ("This claim was paid in full. Re: claim DK-981583653
    submitted by ...") has two spans, and the sentences before its own on the later
    span's first line close the claim before."""
    parts = []
    for s, e in spans:
        text = "\n".join(texts[k] for k in range(s, e) if k not in skip)
        parts.append(text[at_its_sentence(text, number) :])
    return "\n".join(parts)


def start_line(texts: list[str], at: int, floor: int, number: str) -> int | None:
    """The line the claim whose number is printed on line ``at`` (or wrapped onto the
    one below) starts on, when a sentence before its own ends on its first lines; None
    when none does. Never at or above ``floor``."""
    lo = max(floor + 1, at - 2)
    near = "\n".join(texts[lo : at + 2])
    cut = at_its_sentence(near, number)
    return lo + near.count("\n", 0, cut) if cut else None


def closing_words(texts: list[str], numbers: list[tuple[int, str]], end: int, own: str) -> str:
    """The sentences that close the claim ``own`` whose lines end at ``end``, printed on
    the first lines of the next claim (``numbers``: each claim number found, with its
    line) before that claim's own sentence; "" when there are none."""
    near = [(k, n) for k, n in numbers if end <= k < end + 3]
    near += [(end + k, n) for k, n in wrapped_claim_numbers(texts[end : end + 3])]
    near = [(k, n) for k, n in near if n != own]
    if not near:
        return ""
    line, number = min(near)
    # "... (claim" over "JC-512596333).": a number a sentence wraps is on the line below
    text = "\n".join(texts[end : min(line + 2, len(texts))])
    return "\n" + text[: at_its_sentence(text, number)] if text else ""


# "the claim for that care is number S5867891445", "A claim (QR1504634859) was sent",
# "Your claim, 12877470-39, for ...", "claim #S742": a number up to six words after the
# word "claim" in its sentence
_CLAIM_THEN = compiled(r"(?i)\bclaim\b(?!s)")
_ID_TOKEN = compiled(r"(?<![\w$./#-])#?([A-Z0-9][A-Z0-9-]{4,24}[A-Z0-9])(?![\w/-]|[.,]\d)")
_PHONE = compiled(r"\d{3}-\d{3}-\d{4}")


def sentence_claim_numbers(text: str) -> set[str]:
    """The numbers ``text``'s sentences give a claim: a number of five digits or more up
    to six words after the word "claim" in the same sentence, no date or phone number,
    with no word between them that names another number (rules/reader_words.yaml
    other_number_words: "Our reference for this claim is ...", "claim under group
    473366")."""
    out: set[str] = set()
    other = reader_words().other_number_words
    flat = re.sub(r"\s+", " ", text)
    for a, b in sentence_spans(flat):
        sentence = flat[a:b]
        for c in _CLAIM_THEN.finditer(sentence):
            for m in _ID_TOKEN.finditer(sentence, c.end()):
                between = sentence[c.end() : m.start()]
                if len(between.split()) > 6:
                    break
                token = m.group(1)
                if (
                    sum(ch.isdigit() for ch in token) < 5
                    or _PHONE.fullmatch(token)
                    or nz.find_dates(token)
                    or other.search(between)
                    or object_of_another(sentence[: c.start()], sentence[c.start() : m.start()])
                ):
                    continue
                out.add(token.upper())
    return out


def prints_another(texts: list[str], own: str | None, others: list[str]) -> bool:
    """Do a claim's lines ``texts`` print the number of another claim the notice was read
    to hold ("We reviewed the claim Amara Feld submitted for Maeve Vasquez. Its number is
    9328519118." inside the claim before, when "Claim: 9328519118" heads the letter)?"""
    text, mine = "\n".join(texts), (own or "").replace(" ", "")
    return any(
        n.replace(" ", "") != mine and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)
        for n in others
        if n
    )


# a token of a number's shape: its letters A, its digits 9, the rest as printed
_SHAPE = str.maketrans("0123456789" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "9" * 10 + "A" * 26)
_ZERO = compiled(r"(?<![\d,.])0\.00\b")


_LABEL_LINE = compiled(r"[A-Za-z][\w .#/-]{0,30}:\s*#?[A-Z0-9][\w-]*")
# where the words telling one number end and the next number's begin
_CLAUSE_BREAK = compiled(r"(?i),?\s*\b(?:and|but|while|whereas)\b|[;,]")


def _clauses(text: str, number: str) -> list[str]:
    """The words of each sentence of ``text`` that tell ``number``: from the clause break
    after the claim number printed before it in the sentence (or the sentence's start) to
    the last break before the one after it (or the sentence's end): "claim 43 was paid
    and claim 2456 was not" tells 43 "was paid" and 2456 "was not"."""
    # a line of one label and its value ("Claim: REX-7067-87416") ends its own sentence
    ended = [ln + "." if _LABEL_LINE.fullmatch(ln.strip()) else ln for ln in text.split("\n")]
    flat = re.sub(r"\s+", " ", "\n".join(ended))
    out = []
    for a, b in sentence_spans(flat):
        sentence = flat[a:b]
        ids = [
            (m.start(1), m.end(1), m.group(1))
            for m in _ID_TOKEN.finditer(sentence)
            if sum(ch.isdigit() for ch in m.group(1)) >= 5
            and not nz.parse_date(m.group(1))  # "claim 66860 (2026-08-07) was paid": a date
        ]
        for k, (s, e, token) in enumerate(ids):
            if token.upper() != number.upper():
                continue
            lo = _last_break(sentence, ids[k - 1][1], s)[1] if k else 0
            hi = _last_break(sentence, e, ids[k + 1][0])[0] if k + 1 < len(ids) else len(sentence)
            out.append(sentence[lo:s] + " " + sentence[e:hi])
    return out


def _last_break(sentence: str, lo: int, hi: int) -> tuple[int, int]:
    """(start, end) of the last clause break between two numbers; (hi, lo) when none, so
    that both numbers are told by all the words between them."""
    breaks = list(_CLAUSE_BREAK.finditer(sentence, lo, hi))
    return (breaks[-1].start(), breaks[-1].end()) if breaks else (hi, lo)


def told_settled(text: str, number: str | None) -> bool:
    """Does a sentence of ``text`` tell claim ``number`` paid or outside the notice ("We
    already paid claim 0810458253", "Claim SB565607-5, for care on December 4, 2025, was
    paid in full", rules/reader_words.yaml settled_claim_words)? A clause that pays
    nothing ("$0.00 was paid") tells no payment."""
    if not number:
        return False
    words = reader_words().settled_claim_words
    return any(words.search(c) and not _ZERO.search(c) for c in _clauses(text, number))


def shaped_like(text: str, number: str | None) -> list[str]:
    """The numbers ``text``'s sentences print in the shape of claim ``number`` (the same
    letters, digits and marks in the same places: "8971774766" beside "1140190381") that
    no word before them names as another thing's (rules/reader_words.yaml
    other_number_words, a bare "ID"): maybe another claim's."""
    if not number or len(number) < 6 or sum(ch.isdigit() for ch in number) < 5:
        return []
    shape, other = number.upper().translate(_SHAPE), reader_words().other_number_words
    flat = re.sub(r"\s+", " ", text)
    out = []
    for m in _ID_TOKEN.finditer(flat):
        token = m.group(1).upper()
        if token == number.upper() or token.translate(_SHAPE) != shape:
            continue
        before = " ".join(flat[: m.start(1)].split()[-4:])
        if other.search(before) or re.search(r"(?i)\bid\b", before) or _PHONE.fullmatch(token):
            continue
        out.append(token)
    return out


# a value a word of a sentence opens ("this claim. The claim was for 99402 on ..."): no number
_WORD_FIRST = compiled(r"[a-z]{2,}\s")


# a number printed in groups that a sentence goes on after ("claim 9796 66465 932, which")
_GROUPS = compiled(r"[A-Z]{0,3}\d{2,6}(?: \d{2,6})+(?=[,.;:)]|\s+[a-z]|\s*$)")


def _running(text: str) -> bool:
    """A line of running words (a sentence's), no row of a table's cells."""
    words = text.split()
    lower = sum(1 for w in words if w.isalpha() and w.islower())
    return len(words) >= 5 and lower >= 3 and not re.search(r"\S\s{3,}\S", text)


def claim_value(lines: list[str], value: str) -> str | None:
    """The claim number read after a claim's label on ``lines[0]`` (the line below it
    next): none when a word of a sentence opens it ("The claim was for 99402 on"), every
    group of a number a sentence prints in groups, though they wrap onto the line below
    ("This letter is about claim 9796 66465 932, which ...", "... about claim 5083" over
    "3935 7129 for care ...")."""
    cid = clean_id(value)
    if not cid or _WORD_FIRST.match(cid):
        return None
    text = lines[0].rstrip()
    if text.endswith(cid) and len(lines) > 1:
        text += " " + lines[1].strip()
    at = text.find(cid)
    m = _GROUPS.match(text, at) if at >= 0 and _running(lines[0]) else None
    return m.group(0) if m and len(m.group(0)) > len(cid) else cid


def told_paid(text: str) -> str | None:
    """The sentence of ``text`` that tells a claim paid naming no amount and no other claim
    ("This claim was paid in full.", "We paid this claim.", rules/reader_words.yaml
    settled_claim_words), if any: a claim read as denied over that text may be a paid
    claim and a denied one read as one."""
    words = reader_words()
    flat = re.sub(r"\s+", " ", text)
    for a, b in sentence_spans(flat):
        sentence = flat[a:b]
        if (
            _CLAIM_THEN.search(sentence)
            and words.settled_claim_words.search(sentence)
            and not nz.find_money(sentence)
            and not words.other_claim_words.search(sentence)
            and not words.spoken_of_words.search(sentence)
        ):
            return sentence
    return None


def joined_groups(text: str, number: str) -> tuple[str, str]:
    """``text`` and ``number`` with the groups of every number printed in the groups of
    claim ``number`` joined ("Claim number 81 0230 4995 49 ... needs no action" beside
    "26 6818 2396 88"): each is then one number, as one printed whole is."""
    groups = number.split()
    if len(groups) < 2:
        return text, number
    alike = r"(?<![\w.,-])" + r"[ \t]".join(rf"[A-Z0-9]{{{len(g)}}}" for g in groups) + r"(?![\w-])"
    return re.sub(alike, lambda m: re.sub(r"\s", "", m.group(0)), text), "".join(groups)


def number_doubt(text: str, number: str | None) -> str | None:
    """Why the claim ``number`` read from sentences ``text`` may hold another claim's
    values: its number's sentence tells it paid, or another number of its shape is
    printed there; None when neither. A number printed in groups is read whole."""
    if number:
        text, number = joined_groups(text, number)
    if told_settled(text, number):
        return "its number's sentence tells that claim paid: what is read under it may be another's"
    if like := shaped_like(text, number):
        return f"its sentences print {like[0]}, a number shaped like its own: maybe another claim's"
    return None


def names_number(text: str, number: str | None) -> bool:
    """``text`` names the claim number ``number`` whole, not as a part of a longer number
    ("S4643-5907-01" or "2S4643-5907" do not name "S4643-5907")."""
    return bool(number) and bool(re.search(rf"(?<![\w-]){re.escape(number or '')}(?![\w-])", text))


def reason_names_another(claim: Claim, claims: list[Claim]) -> str | None:
    """The number of another claim of the notice that ``claim``'s reason names, and not
    its own ("The reason claim E67-15093244 was not paid: ..." told after the next claim),
    if any: the reason may be that claim's, not this one's. A reason naming both ("Claims
    S4643-5907 and S8592-4441 were denied because ...") is told of both."""
    reason = (claim.denial.reason_text or "") if claim.denial else ""
    if names_number(reason, claim.claim_number):
        return None
    own = (claim.claim_number or "").replace(" ", "")
    for other in claims:
        number = (other.claim_number or "").replace(" ", "")
        if other is claim or not number or number == own:
            continue
        if names_number(reason, other.claim_number):
            return other.claim_number
    return None
