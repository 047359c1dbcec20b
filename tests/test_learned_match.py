"""Which learned layout a notice is read with: its payer and its structure words, never the
values printed in its rows."""

from __future__ import annotations

from page_lines import page_lines

from appealgen.models import ParseResult, Source
from appealgen.read import learned
from appealgen.read.fingerprint import fingerprint, printed_name, structure_words
from appealgen.read.layouts import LearnedLayout

ROWS = (
    "Ferngate Mutual Assurance            Remittance summary",
    "Ref     Member         Clinic                   Billed     Paid",
    "A1      Dana Quill     Ivy Lane Lactation       $120.00    $0.00",
    "A2      Dana Quill     Oriel Feeding Center     $80.00     $80.00",
)


def _layout(words: set[str], payer: str = "Ferngate Mutual Assurance") -> LearnedLayout:
    return LearnedLayout(
        name="t", payer=payer, fingerprint="", words=sorted(words), fields={"member.id": {}}
    )


def test_names_in_table_rows_are_values_not_structure():
    values = ["Dana Quill", "Ivy Lane Lactation", "Oriel Feeding Center"]
    words = structure_words(page_lines(ROWS), values)
    assert {"ref", "member", "clinic", "billed", "paid"} <= words
    assert not any(w.startswith(("dana", "ivy", "oriel")) for w in words)


def test_the_parse_documents_paths_are_no_values():
    result = ParseResult(Source("n.pdf", "0" * 64))
    result.not_printed = ["claims.0.provider.name", "claims.0.totals.allowed"]
    result.warnings = ["patient name not printed"]
    assert not any("provider" in v or "patient" in v for v in learned.result_values(result))


def test_a_notice_whose_payer_was_not_read_matches_the_layout_of_the_payer_it_prints():
    lines = page_lines(ROWS)
    fp = fingerprint(lines, None, ["Dana Quill"])
    lay = _layout(set(fp.words))
    assert printed_name(lines, "ferngate mutual assurance")
    assert learned.best_match(fp, [lay], lines) is lay
    # the same structure from a payer the notice does not print is another layout
    other = _layout(set(fp.words), payer="Harrow Valley Health")
    assert learned.best_match(fp, [other], lines) is None
    # and a payer the readers took wrongly gives way to the one printed
    wrong = fingerprint(lines, "Remittance summary", ["Dana Quill"])
    assert learned.best_match(wrong, [lay], lines) is lay
