"""Which learned layout a notice is read with: its payer and its structure words, never the
values printed in its rows."""

from __future__ import annotations

from page_lines import page_lines

from appealgen.models import ParseResult, Source
from appealgen.read import learned
from appealgen.read.fingerprint import (
    Fingerprint,
    close_words,
    edits_within,
    fingerprint,
    printed_labels,
    printed_name,
    same_payer,
    similarity,
    structure_words,
)
from appealgen.read.layouts import LearnedLayout
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

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


# A taught layout's words, and the same notice as a fax prints it: labels a letter off,
# specks read as words (weakly), a heading lost
TAUGHT = frozenset(
    {
        "claim id",
        "patient",
        "member id",
        "service date",
        "billed",
        "allowed",
        "paid",
        "you owe",
        "remarks",
        "statement date",
        "call us",
        "provider",
    }
)
SCANNED = frozenset(
    {
        "claim ip",
        "pationt",
        "member id",
        "service date",
        "bifled",
        "aflowed",
        "paid",
        "you owe",
        "remarks",
        "stalement date",
        "cali us",
        "ee",
        "ooo",
        "se ae",
        "foo",
        "oe",
        "boo",
        "ow",
        "poms",
    }
)
# another layout of the same payer: a letter that shares a few words with the EOB
LETTER = frozenset(
    {
        "re",
        "member id",
        "claim number",
        "dear",
        "what we decided",
        "why",
        "your rights",
        "paid",
        "patient",
        "how to appeal",
    }
)


def test_a_scan_of_a_taught_layout_matches_it_and_another_layout_never_does():
    taught = Fingerprint("bayou mutual", TAUGHT)
    scan = Fingerprint("bayou mutual", SCANNED)
    letter = Fingerprint("bayou mutual", LETTER)
    threshold = DEFAULT_SETTINGS.layout_match
    assert similarity(scan, taught) >= threshold
    # neither direction: the letter read with the EOB's layout, the EOB with the letter's
    assert similarity(letter, taught) < threshold
    assert similarity(taught, letter) < threshold
    assert similarity(scan, letter) < threshold
    # the threshold is the settings'
    assert similarity(scan, taught, ReadSettings(layout_found_weight=0.0)) < threshold
    assert similarity(scan, taught, ReadSettings(layout_letters_per_edit=0)) < threshold


def test_label_words_match_as_ocr_misprints_them_but_short_words_exactly():
    assert close_words("pationt", "patient", 5)
    assert close_words("claim ip", "claim id", 5)
    assert close_words("stalement date", "statement date", 5)
    assert not close_words("pain", "paid", 5)
    assert not close_words("claim no", "claim id", 5)
    assert not close_words("remath", "remark", 5)  # two letters off in six
    assert edits_within("kitten", "sitting", 3) and not edits_within("kitten", "sitting", 2)


def test_a_payer_ocr_misprinted_is_the_same_payer_another_is_not():
    assert same_payer("bellwether health pian", "bellwether health plan")
    assert same_payer("meridian yrace health", "meridian trace health")
    assert not same_payer("meridian trace health", "meridian care health plan")
    assert not same_payer("harrow valley health", "ferngate mutual assurance")
    lines = page_lines(["Merldian Trace Health      Remittance advice"])
    assert printed_name(lines, "meridian trace health", 5)
    assert not printed_name(lines, "meridian trace health")  # exactly only without a tolerance
    assert not printed_name(lines, "harrow valley health", 5)


def test_specks_a_scan_read_weakly_are_no_structure_words():
    lines = page_lines(["Claim ID:  A123     Patient:  Dana Quill", "ooo   se ae   foo"])
    for ln in lines:
        for w in ln.words:
            w.conf = 20.0 if w.text in ("ooo", "se", "ae", "foo") else 91.0
    words = structure_words(lines, ["Dana Quill"], min_conf=40.0)
    assert {"claim id", "patient"} <= words
    assert not words & {"ooo", "se ae", "foo"}
    assert "ooo" in structure_words(lines, ["Dana Quill"])  # a text layer has no confidence


def _fax(rows: list[str], conf: dict[str, float]) -> list:
    lines = page_lines(rows)
    for ln in lines:
        for w in ln.words:
            w.conf = conf.get(w.text, 91.0)
    return lines


def test_a_layout_taught_from_a_scan_learns_only_labels_read_surely():
    rows = [
        "Claim ID:  A123     Patient:  Dana Quill",
        "Dana Qulll     Account 2291",  # a caption: the patient's name, misread
        "Service date   Billed    Paid   Rernarks",
        "03/04/2026     $120.00   $0.00  CO-50",
        "ag     cut    ery",  # specks read surely as short words
    ]
    lines = _fax(rows, {"Rernarks": 55.0})
    taught = fingerprint(lines, "Bayou Mutual", ["Dana Quill"], taught=True).words
    assert taught == {"claim id", "patient", "service date", "billed", "paid"}
    # a notice's own fingerprint keeps what OCR read fairly (the layout's words are found)
    assert {"rernarks", "ag", "dana qulll"} <= fingerprint(
        lines, "Bayou Mutual", ["Dana Quill"]
    ).words


def test_a_text_notice_of_a_scan_taught_layout_matches_it_and_another_layout_does_not():
    lines = _fax(
        [
            "Claim ID:  A123     Patient:  Dana Qulll    Member ID:  XJ4471",
            "Service date   Billed    Allowed    Paid   You owe",
            "03/04/2026     $120.00   $100.00    $0.00  $0.00",
            "ag     cut    ery   oe",
        ],
        {"Allowed": 30.0},
    )
    lay = fingerprint(lines, "Bayou Mutual", ["Dana Quill"], taught=True)
    _matches_its_twin_never_the_letter(lay, TWIN_ROWS[1:4])


TWIN_ROWS = (
    "Bayou Mutual                Claim statement",
    "Claim ID:  B777     Patient:  Rosa Lind    Member ID:  XJ4471",
    "Service date   Billed    Allowed    Paid   You owe",
    "03/09/2026     $80.00    $80.00     $80.00  $0.00",
    "04/01/2026     $60.00    $60.00     $60.00  $0.00",
)


def _matches_its_twin_never_the_letter(taught: Fingerprint, rows: tuple[str, ...]) -> None:
    """A text notice printing ``rows`` matches the ``taught`` layout; the payer's letter not."""
    later = fingerprint(page_lines(list(rows)), "Bayou Mutual", ["Rosa Lind"])
    assert similarity(later, taught) >= DEFAULT_SETTINGS.layout_match
    letter = fingerprint(page_lines(list(LETTER_ROWS)), "Bayou Mutual", ["Rosa Lind"])
    assert similarity(letter, taught) < DEFAULT_SETTINGS.layout_match


LETTER_ROWS = (
    "Dear Rosa Lind,",
    "Re:   Member ID:  XJ4471     Claim number:  B777",
    "What we decided      We denied the claim for your visit.",
    "Why                  The provider is not in the network.",
    "How to appeal        Write to us within 180 days.",
)


FAXED = (
    "Bayou Mutual                Claim statement",
    "Claim ID:  A123     Patient:  Dana Quill    Member ID:  XJ4471",
    "Service date   Billed    Allowed    Paid   You owe",
    "03/04/2026     $120.00   $100.00    $0.00  $0.00",
)
FAXED_TRUTH = {
    "payer": {"name": "Bayou Mutual"},
    "member": {"id": "XJ4471"},
    "claims": [
        {
            "claim_number": "A123",
            "patient_name": "Dana Quill",
            "service_lines": [
                {
                    "date_of_service": "2026-03-04",
                    "billed": "120.00",
                    "allowed": "100.00",
                    "paid": "0.00",
                    "patient_responsibility": "0.00",
                }
            ],
        }
    ],
}


def test_a_layout_taught_from_a_fax_keeps_the_labels_it_reads_by_and_matches_its_text_twin(
    tmp_path, monkeypatch
):
    from page_lines import text_page

    from appealgen import learn
    from appealgen.read.extract import Document

    page = text_page(FAXED)
    for w in page.words:  # a fax: every word read, none surely
        w.conf = 50.0
    doc = Document(tmp_path / "taught.pdf", "0" * 64, "pdf", [page], 1)
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    monkeypatch.setattr(learn, "load", lambda path: doc)
    lay = learn.learn_layout(tmp_path / "taught.pdf", FAXED_TRUTH, save=False)
    assert {"claim id", "member id", "service date", "billed", "paid"} <= set(lay.words)
    assert "claim statement" not in lay.words  # read weakly, and no value is read by it
    _matches_its_twin_never_the_letter(Fingerprint("bayou mutual", frozenset(lay.words)), TWIN_ROWS)


def test_a_name_printed_inside_a_label_is_cut_by_the_named_run_length():
    lines = page_lines(("PATIENT MBEKI-ROWE, PERPETUA SUBSCRIBER #   HX-1042",))
    values = ["Mbeki-Rowe, Perpetua"]
    assert "patient subscriber" in structure_words(lines, values)
    strict = ReadSettings(layout_label_name_run=4)  # three value words are now label words
    assert "patient subscriber" not in printed_labels(lines, values, settings=strict)
    assert fingerprint(lines, None, values, strict).words != fingerprint(lines, None, values).words


def _values_of_the_document(result: ParseResult) -> list[str]:
    """Every short text value of the parse document, its evidence and paths left out."""
    out: list[str] = []

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k not in learned._NOT_VALUES:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)

    walk(result.to_dict())
    return out


def test_the_values_are_the_parse_documents_and_its_evidence_is_never_made_a_dict(monkeypatch):
    from pathlib import Path

    from appealgen import models
    from appealgen.api import parse_file

    sample = Path(__file__).resolve().parent.parent / "samples" / "juniper_multi_claim_eob.pdf"
    result = parse_file(sample)
    assert result.evidence
    made = []
    to_dict = models.to_dict
    monkeypatch.setattr(
        models,
        "to_dict",
        lambda x: made.append(x) if isinstance(x, models.Evidence) else to_dict(x),
    )
    values = learned.result_values(result)
    assert not made
    monkeypatch.undo()
    assert values == _values_of_the_document(result)
