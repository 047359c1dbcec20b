"""tesseract's TSV -> a page's words in PDF points, each line's words repaired by shape.

A word read is kept unless it is a speck or a table rule; its slips are undone
(``fix_token``: "$9443" for S9443, a cell border glued to an amount); the pieces of one
value tesseract cut apart are joined and two words it glued are split (``ocr_fix``), each
with its share of the box; a repair that is a guess is marked unsure
(``ocr_repaired_confidence``). ``tesseract_words`` reads a page image to its words, its
garbled lines read again (``ocr_merge``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..patterns import compiled
from . import ocr_boxes, ocr_call, ocr_fix, ocr_merge
from .extract import Word
from .ocr_bars import separators, without_border_bits
from .ocr_boxes import as_advance_boxes, line_height, usual_height
from .ocr_codes import split_mark
from .ocr_dates import slashed_date
from .ocr_tsv import tsv_words
from .settings import DEFAULT_SETTINGS, ReadSettings

# The tolerances (how sure a speck or a repair is, border bars, joins) are ReadSettings'
# ocr_* fields. An accented letter counts as a repair: the English model reads "Zoë" as "Zoé".
# tesseract reads the HCPCS letter S as a dollar sign, or as itself and a dollar sign:
# "$9443" -> "S9443", "($9443)" -> "(S9443)", "S$9443-TH" -> "S9443-TH"
_DOLLAR_CODE = compiled(r"^([(\[]?)S?[$§](\d{4})((?:[^\d.,]|[.,](?!\d)).*)?$")
# ICD-10-CM never starts with a digit: "092.4" is the pregnancy-chapter code O92.4
_ZERO_ICD = compiled(r"^([(\[]?)0(\d[\dA]\.\d{1,4})([.,;:)\]]*)$")
# table rules and cell borders read as text: "|", "_|", "——"
_RULE = compiled(r"^[|_\-—–=~.:;'`]+$")
_DASHES = frozenset("-–—")
# a cell border read as a bracket or bar glued after an amount: "$615.00]", "0.00|"
_BORDER_AFTER = compiled(r"^(\(?-?\$?\d[\d,]*\.\d{2}\)?)[\]\[|!]$")
# a speck read as a quote or a brace before a capitalised word, or two a column heading
# glued, with nothing closing it: "'Ifeoma", "{ClaimNo." (a dotted rule's dot beside it)
_SPECK_QUOTE = compiled(r"^['‘`’{}](?=[A-Z][a-z]+(?:[A-Z][a-z]+)?[,.]?$)")


def fix_token(text: str, conf: float = 100.0, least: float = 0.0) -> str:
    """Undo tesseract's usual slips: "$9443" for S9443, table rules, a fill line's
    underscores or a cell border's bracket glued to a word ("__Ifeoma", "$615.00]"), and
    a speck read as a quote or a brace before a name or a heading it is not sure of
    (``conf`` below ``least``)."""
    if len(text) > 1:
        text = text.strip("|").strip("_") or text
        text = _BORDER_AFTER.sub(r"\1", text)
        if conf < least:
            text = _SPECK_QUOTE.sub("", text)
    m = _DOLLAR_CODE.match(text)
    if m:
        return m.group(1) + "S" + m.group(2) + (m.group(3) or "")
    m = _ZERO_ICD.match(text)
    if m:
        return m.group(1) + "O" + m.group(2) + m.group(3)
    return text


def tesseract_words(image_path: Path, scale: float, settings: ReadSettings, tsv=None) -> list[Word]:
    """The page's words (from ``tsv`` if it was read); garbled lines read again (ocr_merge)."""
    tsv = ocr_call.tesseract_tsv(image_path, settings) if tsv is None else tsv
    words = words_from_tsv(tsv, scale, settings)
    regions = ocr_merge.garbled(tsv, scale, settings) if settings.ocr_second_psm else []
    if not regions:
        return words
    again = replace(settings, ocr_psm=settings.ocr_second_psm)
    second = words_from_tsv(ocr_call.tesseract_tsv(image_path, again), scale, settings)
    return ocr_merge.merged(words, second, regions)


def _kept(text: str, conf: float, least: float, dash: float) -> bool:
    """Not a speck read as text (``least``: the confidence a mark without letters or digits
    needs). A lone bar stays until its line is read: in a service row it is a 1 ("|" for
    the units), elsewhere a table rule (``_rule``)."""
    if text == "|":
        return conf >= least
    if _rule(text, conf, dash):
        return False
    return conf >= least or any(ch.isalnum() for ch in text)


def _rule(text: str, conf: float, dash: float) -> bool:
    """A table rule or a cell border read as text; a lone dash between words is a dash
    when it was read at least ``dash`` surely (a speck beside a name reads as one)."""
    return bool(_RULE.match(text)) and not (text in _DASHES and conf >= dash)


def space_width(lines: list[list[Word]], settings: ReadSettings = DEFAULT_SETTINGS) -> float:
    """The page's usual space between two words of a line, in line heights (a narrow
    font prints its spaces at a third of the height, a wide one at a whole height)."""
    gaps = []
    for line in lines:
        usual = usual_height(line)
        for a, b in zip(line, line[1:], strict=False):
            if usual and 0 <= b.x0 - a.x1 < usual:
                gaps.append((b.x0 - a.x1) / usual)
    return sorted(gaps)[len(gaps) // 2] if len(gaps) >= settings.ocr_min_spaces else 0.0


def _joined(prev: Word, w: Word, space: float, settings: ReadSettings) -> str | None:
    """The one value ``prev`` and ``w`` are pieces of, ``space`` points the page's usual
    space: closer than ``ocr_join_gap`` of it, a value's pieces (``ocr_fix.one_value``);
    closer than ``ocr_join_wide_gap``, an amount's or a weakly read identifier's
    (``ocr_fix.cut_value``)."""
    gap = w.x0 - prev.x1
    if gap < settings.ocr_join_gap * space and ocr_fix.one_value(prev.text, w.text):
        return prev.text + w.text
    if gap < settings.ocr_join_point_gap * space and (
        cut := ocr_fix.point_value(prev.text, w.text)
    ):
        return cut
    if gap >= settings.ocr_join_wide_gap * space:
        return None
    sure = settings.ocr_low_word_confidence
    weak = all(c is not None and c < sure for c in (prev.conf, w.conf))
    return ocr_fix.cut_value(prev.text, w.text, weak)


def _joined_and_split(line: list[Word], space: float, settings: ReadSettings) -> list[Word]:
    """Pieces of one value OCR cut apart joined (closer than ``ocr_join_gap`` of the page's
    usual space), two label words it glued split, each with its share of the box."""
    usual = space * usual_height(line)
    out: list[Word] = []
    for i, w in enumerate(line):
        prev = out[-1] if out else None
        joined = _joined(prev, w, usual, settings) if prev is not None else None
        if prev is not None and joined is not None:
            prev.text = joined
            prev.x1, prev.top, prev.bottom = w.x1, min(prev.top, w.top), max(prev.bottom, w.bottom)
            # two pieces made one are a guess: never surer than the repair of a shape
            repaired = settings.ocr_repaired_confidence
            prev.conf = min(c for c in (prev.conf, w.conf, repaired) if c is not None)
            continue
        parts, conf = ocr_fix.split_glued(w.text), w.conf
        if len(parts) == 1:
            parts = ocr_fix.split_at_border(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_codes(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_after_comma(w.text)
        if len(parts) == 1:
            parts = ocr_fix.split_dash(w.text)
        if len(parts) == 1:
            parts = split_mark(w.text, line[i + 1].text if i + 1 < len(line) else "")
        if len(parts) == 1:
            parts = ocr_fix.split_month_day(w.text)
            if len(parts) == 1:
                parts = ocr_fix.split_day_year(w.text, out[-1].text if out else "")
            if len(parts) > 1 and conf is not None:  # a space put in a value: a guess
                conf = min(conf, settings.ocr_repaired_confidence)
        # the box shared out by letters, a space's width between the parts
        per = (w.x1 - w.x0) / (len(w.text) + len(parts) - 1)
        at = w.x0
        for part in parts:
            out.append(Word(part, at, at + per * len(part), w.top, w.bottom, w.size, w.bold, conf))
            at += per * (len(part) + 1)
    return out


def join_dates(words: list[Word], settings: ReadSettings = DEFAULT_SETTINGS) -> None:
    """A page's words (read again too) with each date OCR read without its slashes made one
    word in its first piece's place, row by row (``_date_runs``)."""
    rows = ocr_boxes.rows_by_middle(words, 0.45)
    for row in rows:
        row.sort(key=lambda w: w.x0)
    space = space_width(rows, settings)
    made: dict[int, Word] = {}  # a date's first piece -> the date
    gone: set[int] = set()  # its other pieces
    for row in rows:
        for run, date in _date_runs(row, space, settings):
            made[id(run[0])] = date
            gone.update(id(w) for w in run[1:])
    if made:
        words[:] = [made.get(id(w), w) for w in words if id(w) not in gone]


def _date_runs(
    line: list[Word], space: float, settings: ReadSettings
) -> list[tuple[list[Word], Word]]:
    """The runs of up to three words of a line, each closer than ``ocr_date_slash_gap`` of
    the page's usual ``space`` (in line heights), that are a date printed with slashes
    OCR read without them ("04 15 26", "04°21 26"), each with the date as one word
    ("04/15/26"), unsure: a guess."""
    within = settings.ocr_date_slash_gap * space * usual_height(line)
    out: list[tuple[list[Word], Word]] = []
    i = 0
    while i < len(line):
        for k in (3, 2, 1):
            run = line[i : i + k]
            close = all(0 <= b.x0 - a.x1 < within for a, b in zip(run, run[1:], strict=False))
            date = slashed_date([w.text for w in run]) if len(run) == k and close else None
            if date:
                confs = [w.conf for w in run if w.conf is not None]
                conf = min([*confs, settings.ocr_repaired_confidence]) if confs else None
                top, bottom = min(w.top for w in run), max(w.bottom for w in run)
                first = run[0]
                word = Word(date, first.x0, run[-1].x1, top, bottom, first.size, first.bold, conf)
                out.append((run, word))
                i += k
                break
        else:
            i += 1
    return out


def words_from_tsv(tsv: str, scale: float, settings: ReadSettings = DEFAULT_SETTINGS) -> list[Word]:
    """tesseract's TSV -> words in PDF points, each line's words repaired by their shape."""
    lines: dict[tuple[str, ...], list[Word]] = {}
    for key, text, conf, left, top, width, height in tsv_words(tsv):
        if not _kept(text, conf, settings.ocr_min_confidence, settings.ocr_dash_confidence):
            continue
        lines.setdefault(key, []).append(
            Word(
                text=fix_token(text, conf, settings.ocr_low_word_confidence),
                x0=left * scale,
                x1=(left + width) * scale,
                top=top * scale,
                bottom=(top + height) * scale,
                size=round(height * scale, 1),
                conf=conf,
            )
        )
    ocr_boxes.without_slivers(list(lines.values()), settings)
    lines = {key: line for key, line in lines.items() if line}
    words: list[Word] = []
    space = space_width(list(lines.values()), settings)
    for line in lines.values():
        line = _joined_and_split(without_border_bits(line, settings), space, settings)
        line_height(line, settings)
        texts = ocr_fix.fix_line([w.text for w in line], settings)
        bars = separators(line, texts, settings)
        for i, (w, text) in enumerate(zip(line, texts, strict=True)):
            conf = w.conf if w.conf is not None else 0.0
            if _rule(text, conf, settings.ocr_dash_confidence) and i not in bars:
                continue
            guessed = text != w.text and not ocr_fix.checked(w.text, text)
            if (guessed or ocr_fix.accented(text)) and w.conf is not None:
                w.conf = min(w.conf, settings.ocr_repaired_confidence)
            w.text = text
            words.append(w)
    as_advance_boxes(words, settings, space)
    return words
