"""A layout's fingerprint keeps the order its labels are printed in: a notice of the
layout matches it however OCR read its labels (weakly, a digit for a letter), another
layout of the same payer that prints the same labels in another order does not."""

from __future__ import annotations

import pytest
from page_lines import page_lines

from appealgen.errors import LayoutError
from appealgen.read import learned
from appealgen.read.fingerprint import (
    Fingerprint,
    close_words,
    fingerprint,
    order_agreement,
    similarity,
)
from appealgen.read.layouts import LearnedLayout, validate
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

MATCH = DEFAULT_SETTINGS.layout_match

EOB = (
    "Quarry Hill Health             Explanation of benefits",
    "Member:  Dana Quill            Member ID:  QH55120",
    "Claim number:  C7710           Provider:  Ivy Lane Lactation",
    "Date of service   Service code   Billed    Allowed   Paid    You owe",
    "03/04/2026        99404          $120.00   $100.00   $0.00   $0.00",
    "Remarks:  CO-50",
)
# the payer's other layout: the same labels, printed in another order
SUMMARY = (
    "Quarry Hill Health             Explanation of benefits",
    "You owe   Paid    Allowed   Billed    Service code   Date of service",
    "$0.00     $0.00   $100.00   $120.00   99404          03/04/2026",
    "Provider:  Ivy Lane Lactation     Claim number:  C7710",
    "Member ID:  QH55120            Member:  Dana Quill",
    "Remarks:  CO-50",
)
VALUES = ["Dana Quill", "Ivy Lane Lactation", "Quarry Hill Health"]


def _fp(rows, conf: dict[str, float] | None = None, taught: bool = False) -> Fingerprint:
    lines = page_lines(list(rows))
    if conf is not None:  # a scan: every word read by OCR
        for ln in lines:
            for w in ln.words:
                w.conf = conf.get(w.text, 91.0)
    return fingerprint(lines, "Quarry Hill Health", VALUES, taught=taught)


def test_the_order_labels_are_printed_in_is_kept():
    fp = _fp(EOB)
    assert fp.order[:4] == ("explanation of benefits", "member", "member id", "claim number")
    assert set(fp.order) == fp.words


def test_the_same_labels_in_another_order_are_another_layout_of_the_payer():
    taught = _fp(EOB)
    other = _fp(SUMMARY)
    assert other.words == taught.words  # the same labels, so only their order tells
    assert order_agreement(other.order, taught.order) < DEFAULT_SETTINGS.layout_order_agreement
    assert similarity(other, taught) < MATCH
    assert similarity(taught, other) < MATCH
    assert similarity(_fp(EOB), taught) == 1.0
    # without orders (a layout stored before they were kept) the words alone decide
    assert similarity(other, Fingerprint(taught.payer, taught.words)) >= MATCH
    # the share in order is the settings'
    assert similarity(other, taught, ReadSettings(layout_order_agreement=0.0)) >= MATCH


def test_a_scan_that_read_its_labels_weakly_still_finds_the_layouts_words():
    taught = _fp(EOB)
    read_weakly = (
        "Member",
        "Member:",
        "ID:",
        "Claim",
        "number:",
        "Dana",
        "Quill",
        "QH55120",
        "C7710",
    )
    weak = dict.fromkeys(read_weakly, 10.0)
    scan = _fp(EOB, weak)
    assert not scan.words & {"member", "member id", "claim number"}
    assert {"member", "member id", "claim number"} <= scan.weak
    assert similarity(scan, taught) == 1.0
    # weak words are no words of the notice's own: specks read weakly lower nothing
    specks = _fp((*EOB, "ooo   se ae   foo"), {"ooo": 20.0, "se": 20.0, "ae": 20.0, "foo": 20.0})
    assert "ooo" in specks.weak and similarity(specks, taught) == 1.0
    # a taught scan keeps no weak words: a layout's words are read surely
    assert not _fp(EOB, weak, taught=True).weak


def test_a_digit_ocr_read_inside_a_label_is_its_letter():
    rows = [r.replace("Claim number:", "C1aim number:").replace("Allowed", "A1lowed") for r in EOB]
    scan = _fp(rows, {})
    assert {"claim number", "allowed"} <= scan.words
    assert "claim number" not in _fp(rows).words  # a text layer prints what it prints


def test_letters_ocr_reads_for_one_another_are_compared_as_one():
    assert close_words("ciaim", "claim", 5)
    assert close_words("clate of service", "date of service", 5)
    assert not close_words("paid", "pain", 5)


def test_a_stored_layout_keeps_its_order(tmp_path):
    fp = _fp(EOB)
    lay = LearnedLayout(
        name="quarry",
        payer="Quarry Hill Health",
        fingerprint=fp.digest,
        words=sorted(fp.words),
        fields={"member.id": {"label": "member id"}},
        order=list(fp.order),
    )
    data = lay.to_dict()
    assert data["order"] == list(fp.order)
    back = validate(data, "quarry.yaml")
    assert learned.layout_fingerprint(back).order == fp.order
    assert learned.best_match(_fp(SUMMARY), [back]) is None
    assert learned.best_match(_fp(EOB), [back]) is back
    with pytest.raises(LayoutError, match="order must be a list of text"):
        validate({**data, "order": "member"}, "quarry.yaml")
