"""Table columns found where the values are, named by the heading words above them.

A heading band names columns by its words; when those words sit close together or
wrap over two lines, the values under them say where each column really is.
"""

from __future__ import annotations

import re

from ..patterns import compiled
from . import normalize as nz
from .codes import KNOWN_MODIFIERS
from .extract import Word
from .layout import Line, overlap
from .settings import DEFAULT_SETTINGS, ReadSettings
from .table import Column, dedupe_columns, exact_column, is_amount, match_column, words_text

_DOTTED_ICD = compiled(r"^[A-TV-Z]\d{2}\.\d{1,4}[A-Z]?$")
_SOME_YEAR = "2000"  # a year put after a month and day to ask whether they begin a date


def is_typed_cell(text: str) -> bool:
    """A value that is a cell of its own: an amount, a code, a dotted diagnosis, a date."""
    t = text.strip(",;")
    if is_amount(t) or nz.is_cpt(t) or nz.is_hcpcs(t) or _DOTTED_ICD.match(t):
        return True
    dates = nz.find_dates(t) if any(c.isdigit() for c in t) else []
    return len(dates) == 1 and dates[0][0] == 0 and dates[0][1] == len(t)


_CURRENCY = compiled(r"\(?-?(?:\$|USD|US\$)")
_GROUP_HEAD = compiled(r"\(?-?\$?\d{1,3}")
_GROUP_TAIL = compiled(r"\d{3}\.\d{2}\)?(?:-|CR)?", re.I)


def _goes_on_date(unit: str, word: str) -> bool:
    """``word`` goes on the date ``unit`` begins with its month's name: "Mar" and "18,",
    "Mar 18," and "2026" (together they are a date, or one but for its year; ``unit``
    alone is no date). A day printed first is not looked for: "1 Mar" may be a count
    beside a date."""
    if not unit[:1].isalpha() or not any(ch.isdigit() for ch in word) or _whole_date(unit):
        return False
    joined = f"{unit} {word}"
    return _whole_date(joined) or _whole_date(f"{joined.rstrip(',')}, {_SOME_YEAR}")


def _whole_date(text: str) -> bool:
    dates = nz.find_dates(text)
    return len(dates) == 1 and dates[0][0] == 0 and dates[0][1] == len(text.rstrip(",;"))


def _units(ln: Line, close: float, reach: float = 2.0) -> list[tuple[float, float]]:
    """A row's values: each amount or code alone, other neighbouring words together."""
    units: list[list[float]] = []
    texts: list[str] = []
    last_typed = True
    last = ""
    for i, w in enumerate(ln.words):
        typed = is_typed_cell(w.text)
        # "1  July 27, 2026": a date begun by its month's name starts a value of its own
        starts = w.text[:1].isalpha() and _whole_date(" ".join(x.text for x in ln.words[i : i + 3]))
        near = bool(units) and w.x0 - units[-1][1] < close
        both_dx = bool(_DOTTED_ICD.match(last.strip(",;"))) and bool(_DOTTED_ICD.match(w.text))
        listed = near and (last.endswith((",", "/", ";")) or both_dx)
        # "$      425.00": a dollar sign set apart at the cell's left edge
        signed = bool(units) and bool(_CURRENCY.fullmatch(last)) and is_amount(w.text)
        signed = signed and w.x0 - units[-1][1] < 4 * close
        # "25.00 CR": a credit's mark; "1 234.56": thousands grouped by a space;
        # "ICD-10: Z39.1": a cell's own label;
        # "9796 66465 932": a number printed in groups of digits
        grouped = near and (
            (w.text.upper() == "CR" and is_amount(last))
            or (last.isdigit() and w.text.isdigit() and min(len(last), len(w.text)) >= 3)
            or bool(_GROUP_HEAD.fullmatch(last) and _GROUP_TAIL.fullmatch(w.text))
            or (last.endswith(":") and not last_typed)
        )
        # "99403  25": a code's modifier a little further off (a scan's boxes part them by
        # a pixel more or less from row to row: every row's code takes its modifier)
        grouped = grouped or (
            bool(units)
            and w.x0 - units[-1][1] < reach * close
            and (nz.is_cpt(last) or nz.is_hcpcs(last))
            and w.text in KNOWN_MODIFIERS
        )
        # "Mar 18,  2026": a date's year set a little further off (a typewriter's letters
        # leave white on both sides: its words stand wider apart than their spaces)
        grouped = grouped or (
            bool(units) and w.x0 - units[-1][1] < reach * close and _goes_on_date(texts[-1], w.text)
        )
        if listed or signed or grouped or (near and not typed and not last_typed and not starts):
            # a list in one cell ("Z39.1, O92.70") stays one value
            units[-1][1] = w.x1
            texts[-1] += " " + w.text
        else:
            units.append([w.x0, w.x1])
            texts.append(w.text)
        last_typed = typed
        last = w.text
    return [(a, b) for a, b in units]


def columns_from_data(
    header: list[Line], rows: list[Line], settings: ReadSettings = DEFAULT_SETTINGS
) -> list[Column]:
    """Columns where the values are, named by the heading words above them.

    Headings printed close together ("Allowed Deductible") or over two lines are
    split and joined by the data under them, not by the gaps between heading words.
    """
    words = [w for ln in rows for w in ln.words]
    chars = sum(len(w.text) for w in words) or 1
    char_w = sum(w.x1 - w.x0 for w in words) / chars
    close = max(1.2 * char_w, 3.0)
    slots: list[dict] = []
    for r, ln in enumerate(rows):
        for x0, x1 in _units(ln, close, settings.cell_part_reach):
            best, best_ov = None, 0.0
            for sl in slots:
                ov = overlap(x0, x1, sl["x0"], sl["x1"])
                if ov > best_ov and r not in sl["rows"]:
                    best, best_ov = sl, ov
            if best is None:
                slots.append({"x0": x0, "x1": x1, "rows": {r}, "words": []})
            else:
                best["x0"], best["x1"] = min(best["x0"], x0), max(best["x1"], x1)
                best["rows"].add(r)
    slots.sort(key=lambda sl: sl["x0"])
    unplaced = _place_heading_words(header, slots, char_w)
    for sl in slots:
        beside = _beside_values(sl)
        sl["words"] = [w for w in sl["words"] if w not in beside]
        unplaced.extend(beside)
    out: list[Column] = []
    for sl in slots:
        hw = sorted(sl["words"], key=lambda w: (round(w.top), w.x0))
        text = words_text(hw)
        name = (exact_column(text) or match_column(text) or "unknown") if hw else "unknown"
        out.append(Column(name, sl["x0"], sl["x1"], text))
    out.extend(_empty_columns(unplaced, out, 2.5 * char_w))
    return dedupe_columns(out)


def _beside_values(sl: dict) -> list[Word]:
    """The words of a second heading placed on a value column, right of its values.

    "Your share" over the amounts and "See notes" beside them over no value: each
    names a column of its own, so the notes' words are taken off the amounts' column.
    """
    stacks: list[list[Word]] = []
    for w in sorted(sl["words"], key=lambda w: w.x0):
        if stacks and w.x0 < max(x.x1 for x in stacks[-1]):
            stacks[-1].append(w)  # a heading over two lines is one stack
        else:
            stacks.append([w])
    whole = match_column(words_text(sorted(sl["words"], key=lambda w: (round(w.top), w.x0))))
    for k in range(1, len(stacks)):
        left = [w for st in stacks[:k] for w in st]
        right = [w for st in stacks[k:] for w in st]
        names = [
            match_column(words_text(sorted(p, key=lambda w: (round(w.top), w.x0))))
            for p in (left, right)
        ]
        # the left words name the column; the right ones another, or spoil its name
        if names[0] is None or names[0] == names[1] or (names[1] is None and whole):
            continue
        over = overlap(min(w.x0 for w in left), max(w.x1 for w in left), sl["x0"], sl["x1"])
        if over > 0 and min(w.x0 for w in right) >= sl["x1"]:
            return right
    return []


def _empty_columns(unplaced: list[Word], named: list[Column], reach: float) -> list[Column]:
    """Headings over no value of the sampled rows ("Remarks" when the first rows print
    none, "Copay" over blank cells): each a column of its own, so values printed under it
    further down are its."""
    out: list[Column] = []
    have = {c.name for c in named}
    for phrase in _heading_phrases(unplaced, reach):
        name = match_column(words_text(phrase))
        if name and name not in have:
            have.add(name)
            out.append(Column(name, min(w.x0 for w in phrase), max(w.x1 for w in phrase),
                              words_text(phrase)))  # fmt: skip
    return out


def _heading_phrases(words: list[Word], reach: float) -> list[list[Word]]:
    """Heading words as phrases: a word closer than ``reach`` right of a phrase's last word
    on its line goes on it, unless each names a heading of its own ("Copay Coinsurance");
    a word on a later line goes on the phrase it stands under ("Not" over "covered")."""
    phrases: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        home = next((ph for ph in phrases if _goes_on(ph, w, reach)), None)
        if home is None:
            phrases.append([w])
        else:
            home.append(w)
    return phrases


def _goes_on(phrase: list[Word], w: Word, reach: float) -> bool:
    last = phrase[-1]
    if abs(round(w.top) - round(last.top)) < 1:
        if not 0 <= w.x0 - last.x1 < reach:
            return False
        own, theirs = match_column(w.text), match_column(words_text(phrase))
        whole = exact_column(words_text([*phrase, w]))
        return whole is not None or own is None or theirs is None or own == theirs
    return w.top > last.top and any(overlap(w.x0, w.x1, o.x0, o.x1) > 0 for o in phrase)


def _place_heading_words(header: list[Line], slots: list[dict], char_w: float) -> list[Word]:
    """Each heading word to the value column under it; a word beside them to its phrase's.

    "Paid by plan" over a column whose values sit under "plan" alone: "by" and "Paid"
    reach that column through their phrase (words closer than 2.5 characters), not the
    nearest column by distance; "Patient" over "responsibility" goes where the word it
    stands on goes.
    """
    lines: list[list[tuple[Word, dict | None]]] = []
    for ln in header:
        placed: list[tuple[Word, dict | None]] = []
        for w in ln.words:
            best, best_ov = None, 0.0
            for sl in slots:
                ov = overlap(w.x0, w.x1, sl["x0"], sl["x1"])
                if ov > best_ov:
                    best, best_ov = sl, ov
            placed.append((w, best))
        lines.append(placed)
    over: dict[int, list[Word]] = {}
    for placed in lines:
        for w, sl in placed:
            if sl is not None:
                over.setdefault(id(sl), []).append(w)
    reach = 2.5 * char_w
    unplaced: list[Word] = []
    for n, placed in enumerate(lines):
        for k, (w, sl) in enumerate(placed):
            if sl is None:
                sl = _phrase_slot(placed, k, reach) or _stacked_slot(lines, n, w)
                sl = sl if sl is None or _keeps_name(w, over.get(id(sl), [])) else None
            if sl is None:
                sl = _nearest_slot(w, slots, over, 4 * char_w)
            if sl is not None:
                sl["words"].append(w)
            else:
                unplaced.append(w)
    return unplaced


def _keeps_name(w: Word, heading: list[Word]) -> bool:
    """Does a column headed ``heading`` keep its name with ``w`` added? A heading of its
    own beside it ("Remarks" next to "Member owes") is another column's."""
    own, theirs = match_column(w.text), match_column(words_text(heading))
    if own is None or theirs is None or own == theirs:
        return True
    # both name a column: one heading only when the label data lists them together
    # ("Copay Coinsurance" is two)
    return (
        exact_column(words_text(sorted([*heading, w], key=lambda x: (round(x.top), x.x0))))
        == theirs
    )


def _nearest_slot(w: Word, slots: list[dict], over: dict[int, list[Word]], most: float):
    """The value column nearest ``w`` within ``most`` points, unless ``w`` is a heading of
    its own and that column has one already: an empty column's heading ("Remarks" over
    no remarks) is not another column's."""
    dist = [(min(abs(w.x0 - s["x1"]), abs(s["x0"] - w.x1)), j) for j, s in enumerate(slots)]
    if not dist or min(dist)[0] >= most:
        return None
    sl = slots[min(dist)[1]]
    if match_column(w.text) and match_column(words_text(over.get(id(sl), []))):
        return None
    return sl


def _stacked_slot(lines: list[list[tuple[Word, dict | None]]], n: int, w: Word) -> dict | None:
    """The column of a placed word on another heading line that ``w`` stands over or under."""
    best, best_ov = None, 0.0
    for m, placed in enumerate(lines):
        for other, sl in placed if m != n else ():
            ov = overlap(w.x0, w.x1, other.x0, other.x1)
            if sl is not None and ov > best_ov:
                best, best_ov = sl, ov
    return best


def _phrase_slot(placed: list[tuple[Word, dict | None]], k: int, reach: float) -> dict | None:
    """The column of the nearest placed word of word ``k``'s phrase, left or right."""
    found: list[tuple[float, int, dict]] = []
    for step in (-1, 1):
        j, first = k, None
        while 0 <= j + step < len(placed):
            a, b = placed[j][0], placed[j + step][0]
            gap = b.x0 - a.x1 if step > 0 else a.x0 - b.x1
            if gap >= reach:
                break
            first = gap if first is None else first
            j += step
            if placed[j][1] is not None:
                found.append((first, abs(j - k), placed[j][1]))
                break
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None
