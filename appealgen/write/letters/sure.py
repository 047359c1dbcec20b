"""Only what is sure: the claims a letter is about, and the one gate every fact of the
notice passes (a sure reading, the profile, or the person; otherwise a placeholder and a
question asked first)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ...corrections import CheckItem, check_item, check_rank, unsure_paths
from ...models import Case, Claim, DocumentPlan, ParseResult
from .text import Placeholder, unique


def claims_for(case: Case, plan: DocumentPlan | None) -> list[Claim]:
    """The claims a document is about: its plan's claim numbers, else every denied claim.
    A claim that was paid is never among them."""
    denied = case.parse.denied_claims
    if plan and plan.claim_numbers:
        chosen = [c for c in denied if c.claim_number in plan.claim_numbers]
        return chosen or denied
    return denied


def codes_text(claims: list[Claim]) -> str:
    """ "S9443-GT, 99403; diagnosis Z39.1": the procedure and diagnosis codes as billed."""
    procs, diags = [], []
    for c in claims:
        for line in c.service_lines:
            if line.procedure_code:
                mods = "-".join(line.modifiers)
                procs.append(f"{line.procedure_code}-{mods}" if mods else line.procedure_code)
            diags.extend(line.diagnosis_codes)
        diags.extend(c.diagnosis_codes)
    procs, diags = unique(procs), unique(diags)
    text = ", ".join(procs)
    if diags:
        text += ("; " if text else "") + "diagnosis " + ", ".join(diags)
    return text


def unread_in(parse: ParseResult, claims: list[Claim], field: str) -> list[str]:
    """The paths to ask about when a service line's ``field`` was read for some of the
    letter's claims and for others not: the values read are not all the letter is about
    ("Codes billed: S9443" for two claims, the other's code unread). The unread claims'
    lines; when one has no service line to fill in, the values read. Empty when every
    claim's lines hold one, or none does (the notice prints none)."""
    if len(claims) < 2:
        return []
    without = {id(c) for c in claims if not any(getattr(ln, field) for ln in c.service_lines)}
    if not without or len(without) == len(claims):
        return []
    index = {id(c): i for i, c in enumerate(parse.claims)}
    if all(c.service_lines for c in claims if id(c) in without):
        asked = [(c, j) for c in claims if id(c) in without for j in range(len(c.service_lines))]
    else:
        asked = [
            (c, j)
            for c in claims
            if id(c) not in without
            for j, ln in enumerate(c.service_lines)
            if getattr(ln, field)
        ]
    return [f"claims.{index[id(c)]}.service_lines.{j}.{field}" for c, j in asked if id(c) in index]


def total(values: Iterable[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


class Stater:
    """Says a fact of the notice only when it is sure (the reader is sure of it, or the
    profile or the person gave it); otherwise a placeholder, and a question for the person
    (``checks``, shown before anything else to fill in)."""

    def __init__(self, parse: ParseResult, seen: list[str], *, trust_all: bool = False) -> None:
        self.parse = parse
        self.seen = seen
        self.trust_all = trust_all  # a prepared case is written from the profile alone
        self.checks: list[CheckItem] = []

    def unsure(self, paths: Iterable[str]) -> list[str]:
        """The paths among ``paths`` holding a value a letter may not state."""
        return [] if self.trust_all else unsure_paths(self.parse, list(paths))

    def ask(self, paths: list[str], label: str) -> Placeholder:
        for path in paths:
            if all(c.path != path for c in self.checks):
                item = check_item(self.parse, path, label)
                # whether a claim was denied, then why, come before every other check
                rank = check_rank(path)
                at = sum(1 for c in self.checks if check_rank(c.path) <= rank)
                self.checks.insert(at, item)
        return Placeholder(label, self.seen)

    def value(self, path: str, value: Any, label: str) -> Any:
        """``value`` when it is sure or empty; else a placeholder labelled ``label``."""
        bad = self.unsure([path])
        return self.ask(bad, label) if bad else value

    def profile_first(self, path: str, read: Any, from_profile: Any, label: str) -> Any:
        """The person's correction, else the profile's value, else the notice's when sure."""
        ev = self.parse.evidence.get(path)
        if ev is not None and ev.source == "person":
            return read
        return from_profile or self.value(path, read, label)
