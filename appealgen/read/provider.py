"""The provider of a claim: name, NPI and network status, from labels, cells or sentences."""

from __future__ import annotations

import re

from ..models import (
    Provider,
)
from ..patterns import compiled
from . import normalize as nz
from .context import (
    ParseContext,
    clean_name,
)
from .fields import Found, all_of, first
from .reader_prose import (
    _prose_provider,
)

_NETWORK_NOTE = compiled(
    r"\s*(?:[\(\[]\s*|,\s*)(?:in|out)(?:[- ]of)?[- ]network\s*[\)\]]?\s*$|"
    r"\s*[\(\[]\s*(?:non[- ]?)?participating(?: provider)?\s*[\)\]]",
    re.I,
)


def _provider(ctx: ParseContext, fields_here: list[Found], seg_text: str) -> Provider:
    pf = first(fields_here, "provider_name")
    name = clean_name(pf.value) if pf else None
    flat = re.sub(r"\s*\n\s*", " ", seg_text)
    if name is None:
        name = _prose_provider(flat)
    if name:
        name = re.split(r"\s*[\(,]?\s*\bNPI\b", name, flags=re.I)[0]
        name = _NETWORK_NOTE.sub("", name).strip(" ,") or None
    npi = None
    for f in [*all_of(fields_here, "npi"), *all_of(ctx.found, "npi")]:
        m = re.search(r"\b\d{10}\b", f.value)
        if m and nz.is_valid_npi(m.group(0)):
            npi = m.group(0)
            break
    if npi is None:
        for cand in nz.find_npis(seg_text):
            at = seg_text.find(cand)
            if not re.search(
                r"(payee|billing|pay-to|tax|tin)\W*(npi|id|number)?\W*$",
                seg_text[max(0, at - 25) : at],
                re.I,
            ):
                npi = cand
                break
    network = None
    nf = first(fields_here, "network")
    hay = (nf.value if nf else "") + "\n" + seg_text
    if re.search(
        r"out[- ]of[- ]network|non[- ]?participating|not (in|part of) (your|the|our) (plan'?s? )?network|"
        r"non[- ]?network|not a (network|participating) provider|\bOON\b|not contracted",
        hay,
        re.I,
    ):
        network = "out"
    elif re.search(
        r"\bin[- ]network\b|(?<!non-)(?<!non)\bparticipating\b|\bnetwork provider|\bpreferred provider",
        hay,
        re.I,
    ):
        network = "in"
    return Provider(name=name, npi=npi, network=network)
