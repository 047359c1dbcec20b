"""Learn a payer's layout from one notice and the parse document a person corrected.

For every value of the corrected document, find where the notice prints it
and what names that place: the label just before it, the heading of the
column over it, or its position on a one-line service. The anchor every
instance of a field agrees on is kept; the layout is then read back over the
same notice, and a field whose anchor does not give back the corrected values
is dropped (the readers keep it). Keys absent from the corrected document (or
null) are "not printed", never "wrong".

One module a step: ``corrected`` (the corrected values), ``places`` (where each
is printed), ``preference`` and ``choose`` (the anchor kept), ``replay`` (read back),
``reasons`` (the printed denial reasons and the categories the person gave them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..clock import today
from ..errors import LayoutError, NoClaimError
from ..models import SOURCE_KINDS
from ..read import learned as rl
from ..read.extract import load
from ..read.fingerprint import Fingerprint, anchor_words, fingerprint
from ..read.layouts import LearnedLayout, free_name, save_layout
from ..read.parse import parse_document
from ..read.score import get_dotted
from .choose import choose
from .corrected import Instance, categories, corrected_values, not_printed, text
from .geometry import add_column_places
from .reasons import taught_reasons
from .replay import value_forms


def learn_layout(
    file_path: str | Path, corrected: dict[str, Any], *, save: bool = True
) -> LearnedLayout:
    """Learn the layout of ``file_path`` from ``corrected`` (its parse document, corrected).

    Stores it under the store's ``layouts/`` (unless ``save=False``) and returns it.
    Raises LayoutError when the corrected document is not a parse document or
    teaches nothing, InputError when the file cannot be read.
    """
    instances = corrected_values(corrected)
    doc = load(Path(file_path))
    if doc.kind == "x12":
        raise LayoutError(
            f"{Path(file_path).name}: an X12 835 file is read segment by segment; "
            "it needs no learned layout"
        )
    lines = rl.notice_lines(doc)
    payer = text(get_dotted(corrected, "payer.name"))
    fields, codes = choose(lines, instances, categories(corrected), payer)
    add_column_places(lines, fields, instances)
    value_forms(lines, fields, codes, instances)
    if not fields:
        raise LayoutError(
            f"{Path(file_path).name}: none of the corrected values is printed in this file "
            "— is it the notice the corrections belong to?"
        )
    strings = [str(i.value) for i in instances if isinstance(i.value, str)] + [payer]
    head = rl.notice_lines(doc, rl.FINGERPRINT_PAGES)
    fp = fingerprint(head, payer, strings, taught=True)
    # a scan's labels read weakly, as a later notice's fingerprint takes them, where they
    # anchor a corrected value
    later = fingerprint(head, payer, strings)
    words = fp.words | anchor_words(fields, later.words)
    order = [w for w in later.order if w in words]
    fp = Fingerprint(fp.payer, words, order=(*order, *sorted(words - set(order))))
    kind = get_dotted(corrected, "source.kind")
    kind = kind if kind in SOURCE_KINDS else "unknown"
    layout = LearnedLayout(
        name="pending",
        payer=payer,
        fingerprint=fp.digest,
        words=sorted(fp.words),
        order=list(fp.order),
        fields=fields,
        kind=kind,
        confirmed=True,
        codes=codes,
        not_printed=not_printed(corrected, instances),
        learned_from={
            "file": Path(file_path).name,
            "sha256": doc.sha256,
            "date": today().isoformat(),
        },
    )
    same = rl.best_match(fp, rl.list_layouts())
    try:
        read = parse_document(doc, with_evidence=False)
    except NoClaimError:  # the layout alone finds this notice's claims: no reason was read
        read = None
    reasons = taught_reasons(read, corrected) if read is not None else {}
    if same is not None:  # taught again: the new correction replaces the old layout
        layout.name, layout.fingerprint = same.name, same.fingerprint
        reasons = {**same.reasons, **reasons}  # and adds the reasons it names
    else:
        layout.name = free_name(payer or "layout", fp.digest)
    layout.reasons = reasons
    if save:
        save_layout(layout)
    return layout


__all__ = ["Instance", "corrected_values", "learn_layout"]
