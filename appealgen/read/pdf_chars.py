"""A PDF page's characters, as pdfplumber's ``page.chars`` gives them, with only what the
reader uses.

pdfplumber turns every object pdfminer lays out on a page into a dictionary of all its
attributes, resolving each colour and colour space on the way; for a page of text that
is as much work as reading the page itself. The reader looks at a character's text,
box, size, font, uprightness and matrix only, and at whether the page holds an image.
Here those are taken straight from pdfminer's layout of the page (``page.layout``),
with the values pdfplumber gives them: the same characters, in the same order, at the
same places, so the words made of them are the same. A character here has the keys
``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``doctop``, ``upright``, ``size``,
``fontname`` and ``matrix``.

The page's layout is let go once its characters are copied out, as ``page.close()``
lets it go.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils import resolve_all


def page_chars(page: Any) -> tuple[list[dict[str, Any]], bool]:
    """(the characters of the pdfplumber ``page``, whether it holds an image)."""
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    norm = page.pdf.unicode_norm
    chars: list[dict[str, Any]] = []
    has_images = False
    try:
        for obj in _objects(page.layout):
            kind = type(obj)
            if kind is LTImage:
                has_images = True
            elif kind is LTChar:
                chars.append(_char(obj, height, mb_x0, mb_top, doctop, norm))
    finally:
        page.flush_cache(["_layout"])
    return chars, has_images


def _objects(container: LTContainer) -> Iterator[Any]:
    """Every object a layout holds, in pdfplumber's order (a figure's own objects after
    it); containers themselves hold no character or image of their own."""
    for obj in container:
        if isinstance(obj, LTContainer):
            yield from _objects(obj)
        else:
            yield obj


def _char(
    obj: LTChar, height: float, mb_x0: float, mb_top: float, doctop: float, norm: str | None
) -> dict[str, Any]:
    text = obj.get_text()
    fontname = obj.fontname
    if isinstance(fontname, bytes):  # pragma: no cover - a font named in bytes (rare)
        fontname = fix_fontname_bytes(fontname)
    top = (height - obj.y1) + mb_top
    x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
    return {
        "text": unicodedata.normalize(norm, text) if norm is not None else text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": (height - obj.y0) + mb_top,
        "doctop": doctop + top,
        "upright": obj.upright,
        "size": obj.size,
        "fontname": fontname,
        "matrix": _matrix(obj.matrix),
    }


def _matrix(m: Any) -> Any:
    """pdfplumber's ``resolve_all(m)``: a character's matrix is six numbers pdfminer worked
    out, so it is a tuple of them as it stands (no reference in it to resolve)."""
    if type(m) is tuple and all(type(v) is float or type(v) is int for v in m):
        return m
    return resolve_all(m)
