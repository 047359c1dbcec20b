"""Learned layouts read what one correction did not show: wrapped names and labels, labels
as OCR prints them, the payer's own codes explained by the notice's key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_lines import page_lines

from appealgen.learn import learn_layout
from appealgen.read import learned
from appealgen.read.fingerprint import Fingerprint, similarity
from appealgen.read.label_match import label_spans, loose_spans, wrapped_label
from appealgen.read.layouts import LearnedLayout
from appealgen.read.learned_codes import claim_denial, line_codes, with_key_meanings
from appealgen.read.settings import DEFAULT_SETTINGS

TUNE = Path(__file__).resolve().parent / "data" / "varied" / "tune"


def _lines(*rows: str):
    return page_lines(rows)


def _layout(fields: dict, codes: dict | None = None) -> LearnedLayout:
    return LearnedLayout(
        name="t", payer="p", fingerprint="", words=[], fields=fields, codes=codes or {}
    )


def test_a_scan_of_the_same_layout_keeps_its_fingerprint():
    printed = Fingerprint("p", frozenset({"group plan no", "member id", "claim number", "paid"}))
    scanned = Fingerprint("p", frozenset({"group planno", "mernber id", "claim number", "paid"}))
    assert similarity(printed, scanned) == 1.0
    other = Fingerprint("p", frozenset({"employer group", "subscriber", "claim number", "pain"}))
    assert similarity(printed, other) < DEFAULT_SETTINGS.layout_match


def test_labels_are_found_glued_split_or_one_letter_off_but_short_ones_exactly():
    assert label_spans("Group planno. 35659", "group plan no") == [(0, 12)]
    assert label_spans("Mernber owes $0.00", "member owes") == [(0, 12)]
    assert label_spans("Card num ber: X", "card number") == [(0, 12)]
    assert loose_spans("Pain: $3.00", "paid") == []
    assert loose_spans("Amount billed $3.00", "member owes") == []


def test_a_label_that_wraps_onto_the_next_line_is_read():
    lines = _lines(
        "Claim ID: A123456",
        "99402  Billed amt $110.00  Plan paid $0.00  Member",
        "owes $30.00  Code (1)",
    )
    assert wrapped_label(lines, 1, "member owes") is not None
    lay = _layout(
        {
            "claims.claim_number": {"label": "claim id"},
            "claims.lines.billed": {"label": "billed amt"},
            "claims.lines.patient_responsibility": {"label": "member owes"},
        }
    )
    reading = learned.read_with(lay, lines)
    svc = reading.claims[0].lines[0]
    assert str(svc["claims.lines.patient_responsibility"].value) == "30.00"
    assert str(svc["claims.lines.billed"].value) == "110.00"


def test_a_name_that_wraps_ends_where_the_next_label_starts():
    lines = _lines(
        "Claim ID: A123456  Practitioner: Milkweed Family",
        "Lactation  Provider number: 1234567893",
        "Claim ID: B654321  Practitioner: Jane Doe, IBCLC",
        "Provider number: 1234567893",
    )
    lay = _layout(
        {
            "claims.claim_number": {"label": "claim id"},
            "claims.provider.name": {"label": "practitioner", "until": "provider number"},
        }
    )
    reading = learned.read_with(lay, lines)
    names = [c.fields["claims.provider.name"].value for c in reading.claims]
    assert names == ["Milkweed Family Lactation", "Jane Doe, IBCLC"]


def test_own_codes_not_taught_take_the_meaning_the_notice_prints():
    lines = _lines(
        "Notes",
        "P1  Amount applied to your deductible.",
        "M5  This service was not medically necessary.",
    )
    table = with_key_meanings(["P1", "M5"], lines, {"P1": [], "P2": ["cost_sharing"]})
    assert table["P1"] == ["cost_sharing"]
    assert table["M5"] == ["medical_necessity"]  # a remark code's shape, the payer's meaning
    adj, rarc, own = line_codes("M5", lines, table)
    assert (adj, rarc, own) == ([], [], ["M5"])
    assert claim_denial([], [], own, table) == ["medical_necessity"]
    # a layout of standard codes keeps M5 a remark code
    assert "M5" not in with_key_meanings(["M5"], lines, {})


def _learn(name: str):
    pdf = TUNE / f"{name}.pdf"
    truth = json.loads(pdf.with_name(f"{name}.expected.json").read_text(encoding="utf-8"))
    return learn_layout(pdf, truth, save=False)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))


def test_claim_numbers_on_every_row_tie_the_rows_to_their_claim(home):
    lay = _learn("v12_table_eob_0")  # claim number in the table and on a line below it
    assert "column" in lay.fields["claims.claim_number"]
    assert "column" in lay.fields["claims.lines.billed"]
    assert "label" in lay.fields["member.name"]  # the patient column is the patient's


def test_a_wrapped_provider_name_is_learned_with_the_words_that_end_it(home):
    lay = _learn("v07_kv_claims_0")
    assert lay.fields["claims.provider.name"]["until"] == "national provider"


def test_an_id_a_scan_cut_in_two_is_joined_to_the_taught_length():
    from appealgen.read.label_match import split_id

    assert split_id(": VF J563759556 | Plan", 12) == ("VFJ563759556", 15)
    assert split_id("E48-95931 859). The", 11)[0] == "E48-95931859"
    assert split_id("E48-95931 859", 12) is None  # not the taught length
    assert split_id("Jane Doe", 7) is None


def test_a_field_null_on_every_corrected_claim_is_not_printed(home):
    lay = _learn("v03_prose_letter_0")
    assert "claims.provider.network" in lay.not_printed
