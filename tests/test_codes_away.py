"""A code belongs to a claim only when it is printed with it: a diagnosis or procedure
code read for a service but printed only in the notice's code key, or nowhere on the
claim's lines, is not stated as billed."""

from __future__ import annotations

from types import SimpleNamespace

from page_lines import page_lines

from appealgen.models import ServiceLine
from appealgen.read.evidence_codes import codes_away

ROWS = (
    "Account 5512-K   Visit 06/14/2026",
    "Service 99402   Dx O92.13   Charge 210.00",
    "Codes used on this page",
    "Z39.1  Encounter for care of a lactating mother",
)


def _ctx(key_lines: frozenset[int] = frozenset({2, 3})):
    return SimpleNamespace(lines=page_lines(ROWS), glossary_lines=key_lines)


def test_codes_printed_on_the_claims_lines_are_its_own() -> None:
    sl = ServiceLine(procedure_code="99402", diagnosis_codes=["O92.13"])
    assert codes_away(_ctx(), [0, 1], sl) is None


def test_a_diagnosis_printed_only_in_the_code_key_is_away() -> None:
    sl = ServiceLine(procedure_code="99402", diagnosis_codes=["O92.13", "Z39.1"])
    kind, why = codes_away(_ctx(), [0, 1, 2, 3], sl)
    assert kind == "diagnosis" and "Z39.1" in why


def test_a_procedure_code_printed_nowhere_on_the_claim_is_away() -> None:
    sl = ServiceLine(procedure_code="S9443", diagnosis_codes=["O92.13"])
    assert codes_away(_ctx(), [0, 1], sl)[0] == "procedure"


def test_a_code_printed_only_inside_a_claim_number_is_away() -> None:
    ctx = SimpleNamespace(
        lines=page_lines(
            (
                "Nourish Lactation Care sent us claim number S9684-6135 for care given",
                "to Danielle Tanaka. On 01/30/2026, the provider billed $135.00 for service",
            )
        ),
        glossary_lines=frozenset(),
    )
    sl = ServiceLine(procedure_code="S9684")
    kind, why = codes_away(ctx, [0, 1], sl, ["S9684-6135"])
    assert kind == "procedure" and "part of a claim number" in why
    # printed apart from the number too: the claim's own code
    ctx.lines = page_lines(("claim number S9684-6135", "service S9684 billed $135.00"))
    assert codes_away(ctx, [0, 1], sl, ["S9684-6135"]) is None


def test_each_code_and_claim_number_is_looked_for_with_one_finder(monkeypatch) -> None:
    """A long claim's lines are searched with one finder a code and one a claim number,
    not one made again for every line."""
    from appealgen.read import locate

    made: list[str] = []
    code_finder, text_finder = locate.code_finder, locate.text_finder
    monkeypatch.setattr(locate, "code_finder", lambda v: made.append(v) or code_finder(v))
    monkeypatch.setattr(locate, "text_finder", lambda v: made.append(v) or text_finder(v))
    sl = ServiceLine(procedure_code="99402", diagnosis_codes=["O92.13"])
    rows = (
        "claim number S9684-6135",
        *(f"Service 99402   Dx O92.13   line {k}" for k in range(30)),
    )
    ctx = SimpleNamespace(lines=page_lines(rows), glossary_lines=frozenset())
    assert codes_away(ctx, range(len(rows)), sl, ["S9684-6135"]) is None
    assert sorted(made) == ["99402", "O92.13", "S9684-6135"]
