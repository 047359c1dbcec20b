"""OCR's word boxes made a text layer's: from the baseline, one font size high.

tesseract boxes a word's ink: "NPI: 1485690311" from the cap height to the baseline,
"paid" from the ascender to the tail of its p, "$0.00" from the top of its dollar
sign to the bottom. A text layer boxes every word of a font the same: from its
descent below the baseline up by the font size. The layout groups a page's words
into lines by their boxes' centres, within a share of their height
(``ReadSettings.line_tolerance``); with ink boxes two words on one printed row
differ by their letters (a descender moves a centre down by a tenth of the size)
and the boxes are a third lower than the type's, so a row printed beside another
column at a slightly different baseline parted into two lines on a scan and stayed
one on the text PDF. Each word's baseline is taken from its letters and the cap
height of its row, and its box set from it as a text layer's would be.

Run after the checks that look at the ink itself (``ocr_marks``). Before, as each
page's words are made from tesseract's (``line_height``, ``as_advance_boxes``), a dash's
box is given its line's height and two words a space apart are widened towards each
other, as a text layer boxes letters by their advance widths.
"""

from __future__ import annotations

from bisect import bisect_right

from .extract import Word
from .settings import DEFAULT_SETTINGS, ReadSettings

# how far a character reaches below the baseline, in cap heights (Helvetica's metrics,
# which pdfminer ships: the descent of p is 0.207 of the size, its cap height 0.718)
DEPTH = dict.fromkeys("gjpqy()[]{}|", 0.29) | dict.fromkeys(",;", 0.2)
DEPTH |= {"$": 0.16, "@": 0.27, "Q": 0.08, "/": 0.03}
# reach the cap height: capitals, digits, ascenders
TALL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789bdfhklt#%&?!")
CAP = 0.718  # the cap height, a share of the font size
DESCENT = 0.207  # the font's box below the baseline, a share of its size
# a box this much taller than its letters reach holds something else too
TALLER = 1.4


def rows_by_middle(words: list[Word], share: float = 0.6) -> list[list[Word]]:
    """The words in printed rows, top to bottom: a word joins the row above when its
    middle is within ``share`` of its height from the middle of that row's last word."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        last = rows[-1][-1] if rows else None
        mid, h = (w.top + w.bottom) / 2, max(w.bottom - w.top, 1.0)
        if last is not None and abs(mid - (last.top + last.bottom) / 2) <= share * h:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _cap_height(row: list[Word]) -> float:
    """The row's cap height: the middle height of its words that reach the cap height
    and nothing below the baseline; without one, of all its words."""
    plain = sorted(
        w.bottom - w.top
        for w in row
        if set(w.text) & TALL and not set(w.text) & set(DEPTH) and len(w.text) > 1
    )
    heights = plain or sorted(w.bottom - w.top for w in row)
    return heights[len(heights) // 2]


def baseline(w: Word, cap: float) -> float:
    """Where ``w``'s letters stand: the bottom of its box, raised by the depth of its
    deepest letter below the baseline (in its row's ``cap`` heights)."""
    return w.bottom - cap * max((DEPTH.get(ch, 0.0) for ch in w.text), default=0.0)


def as_type_boxes(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """Set each word's top and bottom as a text layer's box of its font would be
    (``settings.ocr_type_boxes`` off: left as read)."""
    if not settings.ocr_type_boxes:
        return
    for row in rows_by_middle(words):
        cap = _cap_height(row)
        if cap <= 0:
            continue
        size = cap / CAP
        for w in row:
            depth = max((DEPTH.get(ch, 0.0) for ch in w.text), default=0.0)
            if w.bottom - w.top > TALLER * cap * (1.1 + depth):
                continue  # its box holds more than its letters (a border's piece): as read
            bottom = baseline(w, cap) + DESCENT * size
            w.top, w.bottom = bottom - size, bottom


def without_slivers(lines: list[list[Word]], settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """Words tesseract read a second time from a sliver of a row's ink, as a line of their
    own, taken out: "Dea" from the tops of "Pemberly,", "952" from those of "25301". Such a
    word lies over a word of another of tesseract's lines (at least ``ocr_sliver_overlap``
    of its width and of its height within that word's box), at most ``ocr_sliver_height``
    of that word's height, and was read less surely than it."""
    boxed = [(w, k) for k, line in enumerate(lines) for w in line]
    boxed.sort(key=lambda wk: wk[0].top)
    tops = [w.top for w, _ in boxed]
    gone: set[int] = set()
    for w, k in boxed:
        height, width = w.bottom - w.top, w.x1 - w.x0
        reach = bisect_right(tops, w.bottom)
        for v, j in boxed[:reach]:
            if (
                j == k
                or v.bottom <= w.top
                or height > settings.ocr_sliver_height * (v.bottom - v.top)
            ):
                continue
            across = min(w.x1, v.x1) - max(w.x0, v.x0)
            down = min(w.bottom, v.bottom) - max(w.top, v.top)
            least = settings.ocr_sliver_overlap
            if across >= least * width and down >= least * height and (w.conf or 0) < (v.conf or 0):
                gone.add(id(w))
                break
    if gone:
        for line in lines:
            line[:] = [w for w in line if id(w) not in gone]


def usual_height(line: list[Word]) -> float:
    """The middle height of the words' boxes (0 for no words)."""
    heights = sorted(w.bottom - w.top for w in line)
    return heights[len(heights) // 2] if heights else 0.0


def line_height(line: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """A dash or a dot gets its line's height, as in a text layer: alone its box is a few
    pixels high, and the layout would start a new line at it. A word of letters boxed
    far taller than its line's other words (tesseract drew a small font's word from a
    speck a row away) gets its line's box: its middle would fall between two rows."""
    tops = sorted(w.top for w in line)
    bottoms = sorted(w.bottom for w in line)
    top, bottom = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    tall = settings.ocr_tall_word * (bottom - top)
    for w in line:
        if w.bottom - w.top < 0.6 * (bottom - top):
            w.top, w.bottom = min(w.top, top), max(w.bottom, bottom)
        elif len(line) >= 3 and w.bottom - w.top > tall and w.text.strip(",.;:").isalpha():
            w.top, w.bottom = top, bottom


def as_advance_boxes(words: list[Word], settings: ReadSettings, space: float = 0.0) -> None:
    """Two words of a printed row whose gap is a space between words (under
    ``ocr_pad_gap`` line heights, and under ``ocr_pad_spaces`` of the page's usual
    ``space`` between words, in line heights, when it is known) widened towards each
    other, as a text layer boxes letters (``ocr_ink_pad``); a wider gap, between cells,
    stays as printed. Rows are taken from the page, not from tesseract's lines, which
    may part a row."""
    within = settings.ocr_pad_gap
    if space:
        within = min(within, settings.ocr_pad_spaces * space)
    for row in rows_by_middle(words, 0.45):
        usual = usual_height(row)
        pad = settings.ocr_ink_pad * usual
        within_row = within * usual
        row.sort(key=lambda w: w.x0)
        for a, b in zip(row, row[1:], strict=False):
            if 0 < b.x0 - a.x1 < within_row:
                share = min(pad, (b.x0 - a.x1) / 2)
                a.x1, b.x0 = a.x1 + share, b.x0 - share
