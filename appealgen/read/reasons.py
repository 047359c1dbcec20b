"""The reason a notice gives for a denial, in its own words.

Two kinds of sentences count: sentences that say the claim was denied (the words of
rules/denial_words.yaml's ``denied``), and the sentences printed under a heading or a
label that introduces the reason ("Why did we make this decision?", "Rationale",
"Reason for denial:": ``reason_headings``), which often use no denial word at all
("The records sent do not show that the visits were medically necessary."). Appeal
rights ("You may appeal …") and sentences about claims in general ("If a claim is
denied …", "Most plans do not cover …": ``general``) are never a reason.
"""

from __future__ import annotations

import re

from ..knowledge import reader_rules, reader_words
from ..patterns import compiled
from .sentence_ends import sentences

MAX_SENTENCES = 3  # a reason is told in at most this many sentences
MAX_REASON_LINES = 6  # the lines read under a reason's heading
MAX_HEADING_WORDS = 8  # a heading is a short line
MIN_SAID_WORDS = 4  # a label is shorter than a sentence saying the claim is not paid

_LABEL_START = compiled(r"^[A-Z][\w /#.()'-]{0,30}:\s")
# a line that starts a list's item ("- CPT 99401 …", "• …", "(cid:127) …"): never prose
_LIST_MARK = compiled(r"^\s*(?:[-–—•·*+▪◦●]|\(cid:\d+\))\s")
# the first language's words of a heading printed in two ("Motivo de la decisión / ")
_OTHER_TONGUE = compiled(r"[^/.?]{2,60}/\s*")
# a label printed in two languages, English first: "Reason / Motivo: "
_LABEL_PAIR = compiled(r"([A-Za-z][^/:.?]{1,40}?)\s*/\s*[^/:.?]{2,40}:\s*")
# a note keyed by a mark ("* Our records show …"), its mark glued to a value elsewhere
# ("99403*", "180.00†")
_NOTE_MARK = compiled(r"^\s*(\*{1,3}|[†‡§])\s*(?=[A-Z])")
# a whole sentence of three to five words: a capital, words, a full stop
_SHORT_SENTENCE = compiled(r"[A-Z][a-z']*(?: [a-z][a-z'-]*){2,4}[.!]")
# a sentence's short end in small letters on a line of its own ("your benefits exclude
# this service."), after a line cut at a colon ("This claim is not payable:")
_SHORT_TAIL = compiled(r"[a-z][a-z'-]*(?: [a-z][a-z'-]*){2,4}[.!]")


def _prose_line(t: str, cur: list[str]) -> bool:
    lower = sum(1 for w in t.split() if w.isalpha() and w.islower())
    prose = len(t.split()) >= 6 and lower >= 3 and not (_labelled(t) and not cur)
    # a short sentence on a line of its own: "Your claim was denied."
    prose = prose or bool(_SHORT_SENTENCE.fullmatch(t))
    # a sentence's short last line ("excluded from your plan.") goes on with the block
    prose = prose or bool(cur and re.match(r"[a-z]", t) and not cur[-1].endswith((".", ":")))
    prose = prose or bool(cur and cur[-1].endswith(":") and _SHORT_TAIL.fullmatch(t))
    # two amounts make a table row, unless the line ends one sentence and starts another
    # ("We allowed $120.00. The plan paid $120.00."); a diagnosis code (O92.79) is no amount
    amounts = len(re.findall(r"(?<![A-Za-z\d])\d[\d,]*\.\d\d", t))
    told = bool(re.search(r"[a-z\d]{2}[.!?]\s+[A-Z]", t))
    return prose and not _LIST_MARK.match(t) and (amounts < 2 or told)


def _labelled(t: str) -> bool:
    """Does ``t`` start with a label ("Reason: ...", "Claim status: Denied")? A sentence
    that says the claim is not paid, cut at its colon ("This claim is not payable: the
    service needed prior authorization"), is none."""
    label = _LABEL_START.match(t)
    if label is None or _RUNS_ON.search(t, label.end()):
        return False
    head = t[: label.end()].rstrip(": ")
    return len(head.split()) < MIN_SAID_WORDS or not reader_rules().denied.search(head)


# a label's value that ends its sentence, and a sentence of running words after it on the
# line ("Total paid: $0.00. Your share comes to $0.00. We denied this claim because"):
# a letter's sentences, not a label's line
_RUNS_ON = compiled(r"[\w)][.!?]\s+[A-Z][\w'’-]*(?:,?\s+[a-z][\w'’,-]*){4}")


def prose_blocks(text: str) -> list[str]:
    """Runs of prose lines; headings, labels, list items and table rows break them.

    A line ending in a colon ends its block: what follows is a list ("… did not pay
    for:" over "- CPT 99404 …"), not the sentence going on, unless the next line goes on
    in small letters.
    """
    blocks: list[str] = []
    cur: list[str] = []
    lines = [line.strip() for line in text.splitlines()]
    for k, t in enumerate(lines):
        if _prose_line(t, cur):
            cur.append(t)
            if not t.endswith(":") or _goes_on(lines[k + 1 : k + 2]):
                continue
        if cur:
            blocks.append(" ".join(cur))
        cur = []
    if cur:
        blocks.append(" ".join(cur))
    return blocks


def _goes_on(nxt: list[str]) -> bool:
    """Does the sentence cut at a colon go on in the next line: prose in small letters
    ("This claim is not payable:" over "out-of-network care is not a benefit of your
    plan."), not a list's item nor a label?"""
    if not nxt or not re.match(r"[a-z]", nxt[0]):
        return False
    return _prose_line(nxt[0], []) or bool(_SHORT_TAIL.fullmatch(nxt[0]))


def _sentences(block: str) -> list[str]:
    out = []
    for s in sentences(block):
        if not 12 <= len(s) <= 400 or reader_words().appeal_rights.search(s):
            continue
        if not reader_rules().general.search(s):  # "If a claim is denied …" tells no reason
            out.append(s)
    return out


def denial_sentences(text: str) -> list[str]:
    """Sentences of ``text`` that say a claim was denied (at most three)."""
    out: list[str] = []
    for block in prose_blocks(text):
        for s in _sentences(block):
            if reader_rules().denied.search(s) and s not in out:
                out.append(s)
            if len(out) >= MAX_SENTENCES:
                return out
    return out


def prose_sentences(text: str) -> list[str]:
    """Every sentence of ``text``'s running prose that is about this notice (no appeal
    rights, nothing about claims in general)."""
    out: list[str] = []
    for block in prose_blocks(text):
        out += [s for s in _sentences(block) if s not in out]
    return out


def paragraph_mates(text: str, said: list[str]) -> list[str]:
    """The sentences printed in the same paragraph (a block of running prose) as a
    sentence of ``said``: a reason told there is the claim's own, even when another
    sentence says the claim was denied."""
    out: list[str] = []
    for block in prose_blocks(text):
        told = _sentences(block)
        if any(s in said for s in told):
            out += [s for s in told if s not in said and s not in out]
    return out


def sentences_after(text: str, said: list[str], names_reason) -> list[str]:
    """The sentence printed right after a sentence of ``said`` in the same paragraph, when
    that one names no reason and the next does ("We reviewed claim 55-12 and we are not able
    to pay it. The provider you saw does not take part in your plan's network.").
    ``names_reason`` says whether a sentence names a reason."""
    out: list[str] = []
    for block in prose_blocks(text):
        told = _sentences(block)
        for k, s in enumerate(told[:-1]):
            nxt = told[k + 1]
            if s in said and nxt not in said and nxt not in out and not names_reason(s):
                if names_reason(nxt):
                    out.append(nxt)
    return out


def _heading_end(t: str) -> bool:
    """A short line that starts another section ("What can you do if you disagree?")."""
    words = t.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and bool(re.match(r"[A-Z0-9]", t))
        and not t.endswith((".", ","))
    )


def _told_apart(body: list[str]) -> list[str]:
    """The lines under a reason's heading, joined where a sentence goes on. A message in
    capitals without a full stop ("NON-PAR PROVIDER - NO OUT OF NETWORK COVERAGE") ends
    at its line's end when the next line is written in small letters: another sentence."""
    parts: list[str] = []
    cur: list[str] = []
    for k, line in enumerate(body):
        cur.append(line)
        nxt = body[k + 1] if k + 1 < len(body) else ""
        capitals = not re.search(r"[a-z]", line) and not line.endswith((",", ";", ":", "-", "/"))
        if capitals and re.search(r"[a-z]", nxt):
            parts.append(" ".join(cur))
            cur = []
    if cur:
        parts.append(" ".join(cur))
    return parts


def marked_notes(text: str, values: str) -> list[str]:
    """Sentences of a note of ``text`` keyed by a mark that ``values`` (the claim's own
    lines) prints glued to a value ("99403*" on the service's line, "* Our records show
    that your coverage ended …" at the page's foot): that line's note, as a code key's
    entry is its code's."""
    lines = [ln.strip() for ln in text.splitlines()]
    marked = [ln.strip() for ln in values.splitlines()]
    out: list[str] = []
    for k, t in enumerate(lines):
        m = _NOTE_MARK.match(t)
        if m is None:
            continue
        mark = re.escape(m.group(1))
        glued = re.compile(rf"(?<=[\w.)]){mark}(?![*†‡§])")
        if not any(glued.search(o) for o in marked if o != t):
            continue
        note = [t[m.end() :]]
        for nxt in lines[k + 1 : k + 1 + MAX_REASON_LINES]:
            if not nxt or _NOTE_MARK.match(nxt) or note[-1].endswith((".", "!", "?")):
                break
            note.append(nxt)
        out += [s for s in _sentences(" ".join(note)) if s not in out]
    return out[:MAX_SENTENCES]


def reason_sentences(text: str) -> list[str]:
    """Sentences printed under a heading or after a label that introduces the reason.

    "Why did we make this decision?" over "Our records show that your coverage ended
    before the date of this service."; "Rationale: The plan requires prior approval …".
    """
    headings = reader_rules().reason_heading
    lines = [ln.strip() for ln in text.splitlines()]
    out: list[str] = []
    for k, t in enumerate(lines):
        t, at = _one_tongue(t, headings)
        m = headings.match(t, at)
        if m is None or len(t.split()) > 40:
            continue
        rest = t[m.end() :].strip(" :-–—")
        if rest and len(t[at : m.end()].split()) > MAX_HEADING_WORDS:
            continue
        body = [rest] if rest else []
        for nxt in lines[k + 1 : k + 1 + MAX_REASON_LINES]:
            if not nxt or (body and _heading_end(nxt)) or headings.match(nxt):
                break
            body.append(nxt)
        for s in (s for part in _told_apart(body) for s in _sentences(part)):
            if s not in out:
                out.append(s)
        if len(out) >= MAX_SENTENCES:
            break
    return out[:MAX_SENTENCES]


def _one_tongue(t: str, headings: re.Pattern[str]) -> tuple[str, int]:
    """A line whose heading is printed in two languages, as the line and where its
    heading in English starts: the other language's words first ("Motivo / Reason: …",
    "Motivo: / Reason: …"), or after it ("Reason / Motivo: …" read as "Reason: …")."""
    other = _OTHER_TONGUE.match(t)
    if other and headings.match(t, other.end()):
        return t, other.end()
    pair = _LABEL_PAIR.match(t)
    if pair and headings.match(f"{pair.group(1)}: "):
        return f"{pair.group(1)}: {t[pair.end() :]}", 0
    return t, 0


def one_block(text: str, said: list[str]) -> bool:
    """Are the sentences of ``said`` all printed in one block of running prose: the
    notice's only reason block, its own reason?"""
    blocks = [b for b in prose_blocks(text) if any(s in _sentences(b) for s in said)]
    return len(blocks) == 1 and all(s in _sentences(blocks[0]) for s in said)
