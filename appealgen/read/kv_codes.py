"""A payer's own note keys, told apart from standard remark codes.

"See note: M5" with a legend "M5 This service was not medically necessary." uses the
payer's own key M5, not the standard remark code M5: the notice explains it in words
of its own. A key is a standard code only when the notice says so (a "remark code"
legend) or its printed explanation has the standard meaning.
"""

from __future__ import annotations

import re

from ..knowledge import rarc_codes
from .codes import _same_meaning
from .context import ParseContext

_SAYS_STANDARD = re.compile(r"(?i)\b(?:remark|rarc|remittance advice)\b")


def payer_own_notes(
    ctx: ParseContext, rarcs: list[str], own: list[str]
) -> tuple[list[str], list[str]]:
    """(remark codes, the payer's own keys): keys the legend explains its own way move over."""
    known = rarc_codes()
    keep: list[str] = []
    moved = list(own)
    for code in rarcs:
        printed = ctx.glossary.get(code)
        standard = known.get(code)
        if (
            printed is not None
            and not _SAYS_STANDARD.search(printed[:60])
            and not (standard is not None and _same_meaning(printed, standard.description))
        ):
            if code not in moved:
                moved.append(code)
            continue
        keep.append(code)
    return keep, moved
