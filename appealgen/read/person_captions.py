"""The person a caption line says the claims under it are for, unlabelled.

"Claims for MBEKI-ROWE, KEZIAH (Spouse)" heads a household's claims for one person, "For
Ann Lee, from Milkweed Lactation (in network)" heads one claim, "Notice for Ann Lee" a
notice's: the words a caption opens with are rules/reader_words.yaml's person_captions.
The rest of the line must open with a person's name (capitalised words, or a name printed
surname first in capitals, then a comma) and end there, or go on only with a
relationship in parentheses or the provider after "from". The name is found as the
patient of the claims below it that print none of their own (read/claims.py takes the
nearest above), and the provider after "from" as the provider.
"""

from __future__ import annotations

import re

from ..knowledge import reader_words
from ..patterns import compiled
from .fields import Found, label_vocabulary
from .layout import Line
from .learned_values import last_first
from .member import is_person

CAPTION = "caption"  # the label a caption's values are found under
# what may follow the name: a relationship in parentheses, then the provider after "from"
_AFTER = compiled(r"^\s*(?:\([A-Za-z -]{2,20}\))?\s*(?:[,;-]\s*)?(?:from\s+(?P<provider>.+))?$")
# a name printed surname first in capitals: "MBEKI-ROWE, KEZIAH", "DOE, MARY ANN"
_SURNAME_FIRST = compiled(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?: [A-ZÀ-Ý'’-]+)?, [A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?: [A-Z]\.?)?"
)


def _name_run(text: str) -> re.Match[str] | None:
    """The capitalised words ``text`` opens with, name particles between them: "Ann Lee",
    "Mary-Kate O'Neil", "Ines de la Cruz"."""
    particles = "|".join(reader_words().name_particles)
    return re.match(rf"^[A-ZÀ-Ý][\w'’-]+(?: (?:[A-ZÀ-Ý][\w'’.-]*|(?:{particles})\b)){{1,4}}", text)


def _name(rest: str) -> tuple[str, str] | None:
    """The person ``rest`` opens with, first name first, and what follows it."""
    m = _SURNAME_FIRST.match(rest)
    if m and (turned := last_first(m.group(0))):
        return turned, rest[m.end() :]
    m = _name_run(rest)
    while m:
        name = m.group(0)
        if is_person(name):
            return name, rest[m.end() :]
        shorter = name.rsplit(" ", 1)[0]  # "Ann Lee From": the last word is no name
        m = _name_run(shorter) if shorter != name else None
    return None


# a caption's parts: "Ann Lee - care from Milkweed Lactation - claim 123-456"
_PARTS = compiled(r"\s+[-–—|]\s+")
_TRAILING_NOTE = compiled(r"\s*\([^)]*\)\s*$")  # "(in-network)" after a provider
_FROM = compiled(r"^(?:(?:care|services?|seen|treated)\s+)?(?:from|by)\s+", re.I)


def _dashed(text: str) -> tuple[str, str] | None:
    """(patient, provider) of a caption that prints a person, a dash and a provider of
    care (rules/reader_words.yaml provider_words), and at most the claim after them:
    "Adaeze Iwu - Nest & Nourish Feeding Center", "Ann Lee - care from Harbor Latch
    Clinic - claim 123-456-7890", "Ann Lee - claim 123-456 - Harbor Latch Clinic"."""
    parts = _PARTS.split(text.strip())
    claim = [p for p in parts[1:] if p.lower().startswith("claim")]
    parts = [p for p in parts if p not in claim]
    if len(parts) != 2 or len(claim) > 1:
        return None
    found = _name(parts[0])
    provider = _FROM.sub("", parts[1]).strip()
    if found is None or found[1].strip() or not reader_words().provider_words.search(provider):
        return None
    return (found[0], provider) if provider_line(provider) == provider else None


def provider_line(text: str) -> str | None:
    """A line that prints only a provider of care, with its network at most: "Greta Hollis,
    IBCLC, RN (in-network)" under a caption that names the patient."""
    name = _TRAILING_NOTE.sub("", text).strip()
    words = reader_words()
    if not name or any(ch.isdigit() for ch in name) or len(name.split()) > 8:
        return None
    if not words.provider_words.search(name) or not re.match(r"[A-Z]", name):
        return None
    return name if name.split()[0].lower() not in label_vocabulary() else None


def caption_person(text: str) -> tuple[str, str | None] | None:
    """(patient, provider or None) a caption line names, or None: ``text`` is no caption."""
    words = reader_words()
    m = words.person_captions.match(text)
    if m is None:
        return _dashed(text)
    found = _name(text[m.end() :])
    if found is None:
        return None
    name, after = found
    tail = _AFTER.match(after)
    if tail is None or words.organisation.search(name) or words.provider_words.search(name):
        return None
    if name.split()[0].lower() in label_vocabulary():
        return None  # "Claims for Your Family", "For Member Services": label words, no name
    provider = tail.group("provider")
    provider = _TRAILING_NOTE.sub("", provider).strip() if provider else None
    return name, provider or None


def caption_parties(lines: list[Line], found: list[Found]) -> list[Found]:
    """``found`` with the patient (and provider) of every caption line added."""
    out = list(found)
    for i, ln in enumerate(lines):
        if any(f.line == i and f.field == "patient_name" for f in found):
            continue
        people = caption_person(ln.text)
        if people is None:
            continue
        patient, provider = people
        out.append(Found("patient_name", patient, i, CAPTION, exact=False, score=0.8))
        if provider is None and i + 1 < len(lines) and not any(f.line == i + 1 for f in found):
            provider = provider_line(lines[i + 1].text)
        if provider and not any(f.line == i and f.field == "provider_name" for f in found):
            out.append(Found("provider_name", provider, i, CAPTION, exact=False, score=0.8))
    return sorted(out, key=lambda f: f.line)
