"""Inline "Label: value" pairs found by their shape, then placed by their words.

A label is a short phrase (at most five words) that ends in ":" (or "#" before an
ID) at the start of a line or right after the previous pair's value. Its words say
which field it names: an exact label of rules/labels.yaml first, then the word rules
of rules/label_words.yaml. Every label ends the value before it, so "Care recipient:
Ada Okafor Servicing practitioner: Kim Tran" yields two values, not one long name;
a label that names no field with confidence assigns nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..knowledge import reader_words
from ..patterns import compiled
from ..records import record
from .label_words import MAX_LABEL_WORDS, Placed, is_label_word, label_words, words
from .sentence_ends import words_after_last_end

# ":" ends a label unless it sits in a time ("10:30") or an address ("https://"); a
# spaced dash ends one only after a whole phrase of label words ("Level of cover - Gold")
_SEP = compiled(r"\s*(?:#\s*:|:(?!//)|#(?=\s*[A-Za-z0-9])|(?<=\s)[-–—](?=\s+\S))")
_DASHES = ("-", "–", "—")
_TOKEN = compiled(r"\S+")


@record(frozen=True)
class Pair:
    label: str  # the label as printed, without its ":"
    value: str
    fields: tuple[str, ...]  # the fields it names (empty: a label placed nowhere)
    exact: bool  # listed in rules/labels.yaml, not placed by its words
    score: float
    start: int = 0  # where the label starts in the cell's text
    comma: bool = False  # the value ended in "," (a name that goes on at the next line)


PlaceFn = Callable[[str], tuple[tuple[str, ...], Placed]]


def _refuted(fields: tuple[str, ...], before: list[str], section: str) -> bool:
    """A word printed right before the label rules its field out ("Notice ID", "Tax ID")."""
    rules = label_words().rules[section]
    ws = {w for t in before for w in words(t)}
    return any(f in rules and ws & rules[f].rules_out for f in fields)


def _names_a_field(tokens: list[str], section: str) -> bool:
    """Some token is a head word of a field ("Patient" in "Patient account")."""
    rules = label_words().rules[section]
    ws = {w for t in tokens for w in words(t)}
    return any(ws & r.heads for r in rules.values())


def label_start(
    tokens: list[str], min_k: int, place: PlaceFn, vocab: frozenset[str], section: str = "fields"
) -> tuple[int, tuple[str, ...], Placed]:
    """Where the label begins among ``tokens`` (the words before a separator)."""
    n = len(tokens)
    lo = max(min_k, n - MAX_LABEL_WORDS, words_after_last_end(tokens))
    j = n
    while j - 1 >= lo and is_label_word(tokens[j - 1], vocab):
        j -= 1
    if j == n:  # the word before ":" is no label word
        if weak := _around_unknown(tokens, n - 1, lo, place, vocab):
            return weak
        k = max(n - 1, min_k)  # a label of one unknown word
        fields, placed = place(" ".join(tokens[k:]))
        return k, fields, placed
    for k in range(j, n):  # longest first
        fields, placed = place(" ".join(tokens[k:]))
        if not fields and not (k == j and placed.score >= 1.0):
            continue  # names nothing; a tie between two fields only as the longest label
        if placed.exact or placed.score >= 1.0:
            if k == j:
                return k, fields, placed
            # words left out of a label at a line's start must not change what it names
            # ("Patient account" is no group number, "Notice ID" no member ID)
            left = tokens[j:k]
            whole = place(" ".join(tokens[j:]))[0]
            if _refuted(fields, left, section) or (
                min_k == 0 and _names_a_field(left, section) and whole[:1] != fields[:1]
            ):
                return j, (), Placed(None, 0.0, False)
            return k, fields, placed
    fields, placed = place(" ".join(tokens[j:]))
    if not fields and j - 1 >= lo and (weak := _around_unknown(tokens, j - 1, lo, place, vocab)):
        return weak
    return j, fields, placed


def _around_unknown(
    tokens: list[str], u: int, lo: int, place: PlaceFn, vocab: frozenset[str]
) -> tuple[int, tuple[str, ...], Placed] | None:
    """A label with one word nobody listed, ``tokens[u]`` ("Claim Ticket", "Patient Full
    Name"): the label words around it may name the field (weakly placed), longest first."""
    i = u
    while i - 1 >= lo and is_label_word(tokens[i - 1], vocab):
        i -= 1
    for k in range(i, u + 1):
        if k == len(tokens) - 1:
            break  # the unknown word alone is no label
        fields, placed = place(" ".join(tokens[k:]))
        if fields:
            return k, fields, placed
    return None


def inline_pairs(text: str, place: PlaceFn, vocab: frozenset[str]) -> list[Pair]:
    """Every "Label: value" pair of one cell, values cut at the next label."""
    found: list[tuple[int, int, str, tuple[str, ...], Placed]] = []
    prev_end = 0
    for m in _SEP.finditer(text):
        if m.start() < prev_end:
            continue
        if ":" in m.group() and m.start() > 0 and text[m.start() - 1].isdigit():
            after = text[m.end() : m.end() + 1]
            if after.isdigit():
                continue  # a time, "10:30"
        spans = [
            (t.start() + prev_end, t.group()) for t in _TOKEN.finditer(text[prev_end : m.start()])
        ]
        if not spans:
            continue
        hash_sep = "#" in m.group()
        tokens = [t for _, t in spans] + (["#"] if hash_sep else [])
        k, fields, placed = label_start(tokens, 1 if found else 0, place, vocab)
        if not fields and found and "plan_name" in found[-1][3]:
            k, fields, placed = after_plan_name(tokens, (k, fields, placed), place)
        if k >= len(spans) or (":" not in m.group() and not (fields or placed.score)):
            continue  # "#" only separates a label we know ("Claim # 123")
        if m.group().strip() in _DASHES and (k != 0 if not found else k == 0):
            continue  # "Visit ref V-92 - seen by": a dash after a value, not a label
        label = " ".join(tokens[k:])
        found.append((spans[k][0], m.end(), label, fields, placed))
        prev_end = m.end()
    out = []
    for i, (_, end, label, fields, placed) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        raw = text[end:stop].strip(" ;|")
        value = raw.strip(",").strip()
        if value:
            pair = Pair(label, value, fields, placed.exact, placed.score, found[i][0])
            out += joined_pair(text, replace(pair, comma=raw.endswith(",")), place)
    return out


_PLAN_ENDS = frozenset({"plan", "program"})  # the last word of a plan's own name


def ends_plan_name(word: str) -> bool:
    """A word a plan's name ends with: "Plan", "Program", a plan's type ("PPO")."""
    word = word.strip(",;")
    return word.casefold() in _PLAN_ENDS or word in reader_words().plan_types


def after_plan_name(
    tokens: list[str], start: tuple[int, tuple[str, ...], Placed], place: PlaceFn
) -> tuple[int, tuple[str, ...], Placed]:
    """A label that names nothing after a plan's name ("Plan: Thistledown Employer Health
    Plan  Group: TB-55852": "Employer Health Plan Group" is ruled out by "Health"): the
    plan's name runs to its last word ("Plan", "Program", a plan's type) and the label
    listed after it is the label ("Group"); else ``start``, the label as placed."""

    def exact(rest: list[str]) -> bool:
        fields, placed = place(" ".join(rest))
        return bool(fields and placed.exact)

    k = plan_name_end(tokens, start[0], exact)
    if k is None:
        return start
    fields, placed = place(" ".join(tokens[k:]))
    return k, fields, placed


def plan_name_end(
    tokens: list[str], first: int, is_label: Callable[[list[str]], bool]
) -> int | None:
    """Where the label after a plan's name starts, the name running from ``tokens[first]``
    to a word a plan's name ends with ("Plan", "Program", a plan's type) and the tokens
    after it making a label (``is_label``); None when no such word ends it."""
    for k in range(first + 1, len(tokens)):
        if ends_plan_name(tokens[k - 1]) and is_label(tokens[k:]):
            return k
    return None


def joined_pair(text: str, pair: Pair, place: PlaceFn) -> list[Pair]:
    """``pair`` as two, when its label is the second of two joined by "/" and its value
    holds two parts so joined ("ID / Group: ABC123456789 / G-44120": the ID's, the
    group's), each label naming a field of its own; else ``pair`` alone."""
    before = text[: pair.start].rstrip()
    parts = [p.strip() for p in pair.value.split(" / ")]
    if not before.endswith("/") or len(parts) != 2 or not all(parts) or not pair.fields:
        return [pair]
    head = before[:-1].rstrip()
    words = head.split()
    for k in (3, 2, 1):
        label = " ".join(words[-k:])
        fields, placed = place(label) if len(words) >= k else ((), None)
        if fields and placed is not None and placed.exact and fields[0] not in pair.fields:
            first = Pair(label, parts[0], fields, True, placed.score, head.rfind(label))
            return [first, replace(pair, value=parts[1])]
    return [pair]


MAX_WRAPPED_WORDS = 4


def continue_wrapped(
    last: Pair, text: str, pairs: list[Pair], place: PlaceFn, vocab: frozenset[str]
) -> tuple[str | None, list[Pair]]:
    """A line of several pairs that wraps: the previous value's end, this line's labels.

    "… Servicing practitioner: Jane Doe," / "IBCLC National provider ID: 123": the words
    before the first label finish the previous value. "… Rendering provider: Milkweed
    Lactation National" / "provider ID: 123": the label began on the line before.
    Returns the previous pair's corrected value (None when unchanged) and this line's pairs.
    """
    if not pairs:
        return None, pairs
    lead = text[: pairs[0].start].strip()
    if lead:
        # "Claim number 77120455801 Patient: …": words that open with a label of their own
        # are a pair of this line, not the rest of the value before
        if len(lead.split()) <= MAX_WRAPPED_WORDS and leading_label(lead, place, vocab) is None:
            return f"{last.value}{',' if last.comma else ''} {lead}", pairs
        return None, pairs
    tokens = last.value.split()
    for t in (2, 1):
        tail = tokens[-t:]
        if len(tokens) <= t or not all(is_label_word(w, vocab) for w in tail):
            continue
        fields, placed = place(" ".join([*tail, pairs[0].label]))
        if fields and (placed.exact or placed.score >= 1.0):
            first = Pair(
                " ".join([*tail, pairs[0].label]),
                pairs[0].value,
                fields,
                placed.exact,
                placed.score,
                0,
            )
            return " ".join(tokens[:-t]).rstrip(" ,;"), [first, *pairs[1:]]
    return None, pairs


def leading_label(text: str, place: PlaceFn, vocab: frozenset[str]) -> Pair | None:
    """A label printed without ":" at the start of a cell ("Card number SNY308566019").

    The label is the longest run of label words that names a field by every word (or is
    listed); at least one word is left for the value.
    """
    toks = list(_TOKEN.finditer(text))
    run = 0
    while run < min(len(toks) - 1, MAX_LABEL_WORDS) and is_label_word(toks[run].group(), vocab):
        run += 1
    for k in range(run, 0, -1):
        if toks[k - 1].group().endswith(":"):
            return None  # "Label: value" is an inline pair
        fields, placed = place(" ".join(t.group() for t in toks[:k]))
        if fields and (placed.exact or placed.score >= 1.0):
            label = " ".join(t.group() for t in toks[:k])
            value = text[toks[k].start() :].strip(" ;|,")
            return Pair(label, value, fields, placed.exact, placed.score, 0)
    return None


def bare_cell_pairs(
    texts: list[str], place: PlaceFn, vocab: frozenset[str], fits: Callable[[str, str], bool]
) -> list[Pair]:
    """A row of "Label value" cells ("Notice date 9/27/2026 | Account holder Ada Okafor").

    Taken only when two cells or more of the row read this way, each value shaped
    for its field (``fits``): one such cell alone may be a sentence.
    """
    pairs = []
    for text in texts:
        if ":" in text:
            continue
        pair = leading_label(text, place, vocab)
        if pair is not None and all(fits(f, pair.value) for f in pair.fields):
            pairs.append(pair)
    return pairs if len(pairs) >= 2 else []


def _label_at(
    toks: list[str], i: int, place: PlaceFn, vocab: frozenset[str]
) -> tuple[int, Pair] | None:
    """The longest label of label words starting at ``toks[i]``: capitalised, or after a dash.

    A label in lower case is taken only when it is listed and of two words or more
    ("… Ann Lee seen by Kim Tran"): one lower-case word is a sentence's.
    """
    lower = not (toks[i][:1].isupper() or (i and toks[i - 1] in ("-", "–", "—", "|")))
    if lower and not i:
        return None
    for k in range(min(len(toks), i + MAX_LABEL_WORDS), i + (2 if lower else 1) - 1, -1):
        if not all(is_label_word(t, vocab) for t in toks[i:k]):
            continue
        fields, placed = place(" ".join(toks[i:k]))
        if placed.exact or (placed.score >= 1.0 and not lower):
            return k, Pair(" ".join(toks[i:k]), "", fields, placed.exact, placed.score, i)
    return None


def _unless_refuted(
    toks: list[str], i: int, hit: tuple[int, Pair], taken: int
) -> tuple[int, int, Pair]:
    """The label at ``toks[i]`` as it starts the next value; a label word before it that
    rules its field out ("Tax ID 72-7820358", "Provider No. PV203584") makes the two one
    label placed nowhere: it ends the value before it and assigns nothing."""
    end, pair = hit
    if i > taken and pair.fields and _refuted(pair.fields, toks[i - 1 : i], "fields"):
        return i - 1, end, replace(pair, fields=(), exact=False, score=0.0, start=i - 1)
    return i, end, pair


def bare_sequence(
    text: str, place: PlaceFn, vocab: frozenset[str], keep: Callable[[Pair], bool]
) -> list[Pair]:
    """A line of labels and values without colons ("Insurer claim 9769 Patient Ann Lee").

    The line starts with a label; a colon may close a value ("Claim identifier
    8548429617: Servicing practitioner …"), never a label.

    Labels are runs of label words that name a field (or two fields equally); each value
    runs to the next label, and a label with no value after it belongs to the value
    before it ("Sunrise Breastfeeding Clinic"). Taken only when two values or more
    have their field's shape (``keep``): one alone may be a sentence.
    """
    toks = text.split()
    if text.rstrip().endswith(".") or any(
        t.endswith(":") and is_label_word(t.rstrip(":"), vocab) for t in toks
    ):
        return []  # a sentence, or "Label: value" pairs (read as such)
    starts: list[tuple[int, int, Pair]] = []
    i = 0
    while i < len(toks):
        hit = _label_at(toks, i, place, vocab)
        if hit is None:
            i += 1
            continue
        starts.append(_unless_refuted(toks, i, hit, starts[-1][1] if starts else 0))
        i = hit[0]
    if not starts or starts[0][0] != 0:
        return []  # words before the first label: a title or a sentence, not a row of labels
    pairs: list[Pair] = []
    for n, (s, e, pair) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(toks)
        value = " ".join(toks[e:stop]).strip(" -–—|,;:")
        if value:
            pairs.append(replace(pair, value=value))
        elif pairs:
            pairs[-1] = replace(pairs[-1], value=f"{pairs[-1].value} {' '.join(toks[s:e])}")
    kept = [p for p in pairs if keep(p)]
    return kept if len(kept) >= 2 else []


def trailing_label(text: str, place: PlaceFn, vocab: frozenset[str]) -> Pair | None:
    """A value, then the label that names it ("MHY315926857 mbr no", "Ann Lee pt").

    The label is the run of label words at the end printed in the case of the last
    word (lower-case abbreviations after a capitalised name); the longest end of it
    that names a field is taken, and at least one word is left for the value.
    """
    toks = text.split()
    if len(toks) < 2:
        return None
    lower = toks[-1][:1].islower()
    k = len(toks)
    while (
        k > 1
        and len(toks) - k < MAX_LABEL_WORDS
        and is_label_word(toks[k - 1], vocab)
        and toks[k - 1][:1].islower() == lower
    ):
        k -= 1
    for s in range(k, len(toks)):
        fields, placed = place(" ".join(toks[s:]))
        if fields and (placed.exact or placed.score >= 1.0):
            label = " ".join(toks[s:])
            return Pair(label, " ".join(toks[:s]), fields, placed.exact, placed.score, s)
    return None
