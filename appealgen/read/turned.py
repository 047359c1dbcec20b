"""Text printed turned on the page (a table set sideways, a page rotated) read as it was set.

pdfplumber gives each character with its text matrix. A character the matrix turns a
quarter or a half turn runs up, down or upside down the page: taken with the upright
words it makes stacked one-letter words beside whatever is printed level with it. Here
the characters of each turn are turned back, so that they read left to right, top to
bottom, in a frame of their own (a sideways table becomes a table again, its rows rows),
and grouped into words as upright text is. Each word keeps the box it was printed in
on the page (``Word.printed``), so what is read from it is still shown where it is.
"""

from __future__ import annotations

import math
from dataclasses import field
from typing import Any

from ..records import record

TURNS = (90, 180, 270)  # counter-clockwise: 90 reads up the page, 270 down it


@record
class TurnedText:
    """The words printed at one turn on a page, in the frame where they read level."""

    turn: int
    width: float  # of the frame the words are placed in (the page turned back)
    height: float
    words: list[Any] = field(default_factory=list)  # extract.Word


def turn_of(char: dict[str, Any], slack_degrees: float) -> int:
    """0, 90, 180 or 270: the quarter turn the character's matrix prints it at, or -1
    when it is slanted more than ``slack_degrees`` off every quarter turn."""
    a, b = float(char["matrix"][0]), float(char["matrix"][1])
    if a == 0 and b == 0:
        return 0
    angle = math.degrees(math.atan2(b, a)) % 360
    nearest = round(angle / 90) * 90 % 360
    off = min(abs(angle - nearest), 360 - abs(angle - nearest))
    return nearest if off <= slack_degrees else -1


def split_turns(chars: list[dict[str, Any]], slack_degrees: float) -> dict[int, list[dict]]:
    """The page's characters by their turn; upright (and slanted) ones under 0."""
    out: dict[int, list[dict[str, Any]]] = {}
    for ch in chars:
        turn = turn_of(ch, slack_degrees)
        out.setdefault(turn if turn in TURNS else 0, []).append(ch)
    return out


def frame(turn: int, width: float, height: float) -> tuple[float, float]:
    """(width, height) of the page turned back so that text at ``turn`` reads level."""
    return (height, width) if turn in (90, 270) else (width, height)


def turn_back(
    box: tuple[float, float, float, float], turn: int, width: float, height: float
) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom) of a box on the page, in the frame where ``turn`` reads level."""
    x0, top, x1, bottom = box
    if turn == 90:  # reads up the page: the page turned a quarter clockwise
        return height - bottom, x0, height - top, x1
    if turn == 270:  # reads down the page: turned a quarter counter-clockwise
        return top, width - x1, bottom, width - x0
    if turn == 180:
        return width - x1, height - bottom, width - x0, height - top
    return box


def level_chars(
    chars: list[dict[str, Any]], turn: int, width: float, height: float
) -> list[dict[str, Any]]:
    """Copies of the characters placed where they read level (upright, left to right)."""
    out = []
    for ch in chars:
        x0, top, x1, bottom = turn_back(
            (ch["x0"], ch["top"], ch["x1"], ch["bottom"]), turn, width, height
        )
        out.append(
            {
                **ch,
                "x0": x0,
                "x1": x1,
                "top": top,
                "bottom": bottom,
                "doctop": top,
                "upright": True,
                # pdfplumber gives a turned character's width on the page as its size
                "size": round(bottom - top, 1),
                "printed": (ch["x0"], ch["top"], ch["x1"], ch["bottom"]),
            }
        )
    return out


def printed_box(word_chars: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """The box on the page that a turned word's characters were printed in."""
    boxes = [c["printed"] for c in word_chars]
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
