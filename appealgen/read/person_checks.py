"""Why a value read as a person's name cannot be one: a column heading or a label, another
field's label read with it, the insurer, an organisation, a service's words, a shape no
name has, or one word printed in pieces."""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..models import ParseResult
from .evidence_checks import cut_word, label_inside, names_a_service
from .fields import labels


def is_heading(text: str) -> bool:
    """A column heading or a field label, which is never a person's name."""
    norm = re.sub(r"\s+", " ", text.lower()).strip(" :.")
    if any(norm in syns for syns in labels().columns.values()):
        return True
    if any(norm in labs for labs in labels().fields.values()):
        return True
    vocabulary = {w for syns in labels().columns.values() for s in syns for w in s.split()}
    words = norm.split()
    return bool(words) and all(w in vocabulary for w in words) and len(words) <= 3


def person_problem(name: str, result: ParseResult) -> str | None:
    """Why ``name`` cannot be a person, or None."""
    if is_heading(name):
        return "a column heading or label, not a name"
    if inside := label_inside(name):
        return f'holds the label "{inside}": another field was read with it'
    payer = (result.payer.name or "").casefold()
    if payer and (name.casefold() == payer or name.casefold() in payer):
        return "the insurer's name, not a person's"
    if reader_words().organisation.search(name):
        return "reads as an organisation, not a person"
    if names_a_service(name):
        return "names a service (words of the codes' descriptions), not a person"
    if re.search(r"\d", name) or not 2 <= len(name.split()) <= 6:
        return "not shaped like a person's name"
    if cut := cut_word(name):
        return f'"{cut}" is one word printed in pieces: the name may be read wrong'
    return None
