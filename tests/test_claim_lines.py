"""A claim opened by one line of LABEL value pairs (read/claim_lines.py, rules/claim_lines.yaml),
as provider paper remittances in the Standard Paper Remittance style print it."""

from __future__ import annotations

from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.read.claim_lines import (
    claim_line_found,
    claim_line_pairs,
    claim_line_words,
    first_name_first,
)
from appealgen.read.columns import _name_adjustment_amounts
from appealgen.read.fields import Found
from appealgen.read.locate import text_finder
from appealgen.read.table import Column, Row, Table

REMIT = Path(__file__).resolve().parent / "data" / "varied" / "remit"


def test_a_claim_line_is_read_as_its_pairs():
    line = "NAME DOE, JANE  MID 1EG4TE5MK72  ACNT LC40213  ICN 0226123456789  ASG Y"
    assert claim_line_pairs(line) == {
        "patient_name": "DOE, JANE",
        "member_id": "1EG4TE5MK72",
        "account": "LC40213",
        "claim_number": "0226123456789",
        "assignment": "Y",
    }


def test_labels_of_several_words_in_any_order_and_a_glued_number_sign():
    line = "CLM# 0526158004502 PATIENT EZE, NOOR HIC 6W24WY5DE82 PT ACCT PT861970"
    pairs = claim_line_pairs(line)
    assert pairs == {
        "claim_number": "0526158004502",
        "patient_name": "EZE, NOOR",
        "member_id": "6W24WY5DE82",
        "account": "PT861970",
    }


def test_a_label_abbreviated_with_a_point_is_its_label():
    line = "Patient Thandiwe Iwu   Subscriber No. AG29883794   Claim # 123AB4567890   Acct 8841"
    assert claim_line_pairs(line) == {
        "patient_name": "Thandiwe Iwu",
        "member_id": "AG29883794",
        "claim_number": "123AB4567890",
        "account": "8841",
    }
    assert claim_line_pairs("NAME LEE, ANN J.  Cert. no. W12345  ICN 0226")["patient_name"] == (
        "LEE, ANN J."
    )


@pytest.mark.parametrize(
    "line",
    [
        "PT RESP 0.00 CLAIM TOTALS 265.00 0.00",  # amounts: a totals row
        "NAME DOE, JANE",  # one label only
        "MID 1EG4TE5MK72 ACNT LC40213",  # neither the claim nor its patient
        "Please call NAME DOE ICN 0226123456789",  # not opened by a label
        "NAME MID 1EG4TE5MK72 ICN 0226123456789",  # a label without its value
        "Patient name: Julia Quintero    Member ID: DWC5599677",  # labelled values
        "PERF PROV SERV DATE POS NOS PROC MODS BILLED ALLOWED",
    ],
)
def test_lines_that_are_no_claim_line(line):
    assert claim_line_pairs(line) is None


def test_a_name_printed_surname_first():
    assert first_name_first("ABERNETHY-COLE, SUNNIVA") == "SUNNIVA ABERNETHY-COLE"
    assert first_name_first("Jane Doe") == "Jane Doe"
    assert first_name_first("DOE, JANE, JR") == "DOE, JANE, JR"


def test_what_other_readers_took_from_a_claim_line_gives_way_to_its_pairs():
    class _Line:
        def __init__(self, text):
            self.text = text

    lines = [_Line("Payer: Stonefield"), _Line("PATIENT EZE, NOOR HIC 6W24WY5DE82 PT ACCT A1")]
    found = [
        Found("payer_name", "Stonefield", 0, "payer"),
        Found("group_number", "A1", 1, "acct"),  # the provider's account is no group number
        Found("patient_name", "EZE, NOOR", 1, "patient"),
    ]
    got = {(f.field, f.value, f.line) for f in claim_line_found(lines, found)}
    assert got == {
        ("payer_name", "Stonefield", 0),
        ("patient_name", "NOOR EZE", 1),
        ("member_id", "6W24WY5DE82", 1),
    }


def test_every_label_has_a_known_kind_and_notes_under_totals_are_known():
    words = claim_line_words()
    assert words.labels[("icn",)] == "claim_number"
    assert words.labels[("acnt",)] == "account"
    assert words.after_totals.search("ADJ TO TOTALS: PREV PD 0.00 INTEREST 0.00")
    assert words.after_totals.search("NET 160.00")
    assert not words.after_totals.search("1883840476 08/24/26 11 1 S9443 265.00")


def test_amounts_beside_group_and_reason_codes_are_the_adjustments():
    table = Table(
        0,
        [
            Column("paid", 0, 10, "PROV PD"),
            Column("remarks", 20, 40, "GRP/RC-AMT"),
            Column("unknown", 50, 60, ""),
        ],  # fmt: skip
        [
            Row(1, {"paid": "267.75", "remarks": "CO 45", "unknown": "47.25"}),
            Row(2, {"paid": "0.00", "remarks": "CO-119", "unknown": "360.00"}),
        ],
    )
    _name_adjustment_amounts(table)
    assert [c.name for c in table.columns] == ["paid", "remarks", "adjustment"]
    assert table.rows[0].cells["adjustment"] == "47.25"


def test_amounts_beside_other_codes_keep_their_name():
    table = Table(
        0,
        [Column("remarks", 20, 40, "Remarks"), Column("unknown", 50, 60, "")],
        [Row(1, {"remarks": "N130", "unknown": "47.25"})],
    )
    _name_adjustment_amounts(table)
    assert table.columns[1].name == "unknown"


def test_a_paper_remittance_reads_each_claim_from_its_claim_line(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    result = parse_file(REMIT / "r01_commercial_1.pdf").to_dict()
    first = result["claims"][0]
    assert first["claim_number"] == "0326184831689"  # CLM #, not the PT ACCT beside it
    assert first["patient_name"] == "SOLVEIG BJORNSTAD"
    assert first["totals"] == {
        "billed": "725.00",
        "allowed": "616.25",
        "paid": "616.25",
        "patient_responsibility": "0.00",
    }
    assert first["denied"] is False
    assert result["plan"]["group_number"] is None
    assert result["member"] == {"name": None, "id": None, "state": None}
    assert len(result["claims"]) == 4


def test_a_name_is_found_where_it_is_printed_surname_first():
    find = text_finder("Sunniva Abernethy-Cole")
    line = "NAME ABERNETHY-COLE, SUNNIVA  MID 2M74XQ8NA51  ICN 0626283378197"
    assert [line[s:e] for s, e in find(line)] == ["ABERNETHY-COLE, SUNNIVA"]
    assert find("Sunniva Abernethy-Cole, IBCLC") == [(0, 22)]
    assert find("ABERNETHY-COLE SUNNIVA") == []  # no comma: not a name turned round


def test_a_claim_lines_patient_is_sure_where_it_is_printed(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path))
    result = parse_file(REMIT / "r00_spr_0.pdf").to_dict()
    ev = result["evidence"]["claims.0.patient_name"]
    assert result["claims"][0]["patient_name"] == "SUNNIVA ABERNETHY-COLE"
    assert ev["sure"] and ev["text"] == "ABERNETHY-COLE, SUNNIVA"
