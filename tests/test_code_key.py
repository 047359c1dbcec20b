"""The notice's own code key: a legend anywhere in the document maps the payer's codes to
their words, and each claim printing a code takes its reason and category from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.read.codekey import key_sections, read_code_key
from appealgen.read.extract import Page, Word
from appealgen.read.layout import group_lines

CHAR_W = 5.0


def _lines(rows: list[str]):
    words = []
    for k, text in enumerate(rows):
        x = 40.0
        for tok in text.split(" "):
            if not tok:
                x += CHAR_W
                continue
            words.append(Word(tok, x, x + CHAR_W * len(tok), 100 + 14 * k, 109 + 14 * k, 9.0))
            x += CHAR_W * (len(tok) + 1)
    return group_lines(Page(1, 612, 792, words))


LEGEND = [
    "EOB CODE LEGEND",
    "0633 Provider type not authorized to bill this procedure code.",
    "0750 Service exceeds the program limit for this recipient.",
    "Keep this remittance advice for your records.",
]


def test_a_titled_legend_explains_codes_of_any_shape() -> None:
    key, at = read_code_key(_lines(LEGEND))
    assert key == {
        "0633": "Provider type not authorized to bill this procedure code.",
        "0750": "Service exceeds the program limit for this recipient.",
    }
    assert at == {1, 2}


def test_the_legend_ends_at_the_first_line_that_is_no_entry() -> None:
    lines = _lines(LEGEND)
    assert key_sections(lines) == {1, 2}


def test_column_titles_under_the_heading_are_skipped() -> None:
    rows = [
        "Explanation codes",
        "Code      Description",
        "EX4A      Services by this provider type are not payable.",
        "10452     Benefit maximum for this service has been reached.",
    ]
    key, _at = read_code_key(_lines(rows))
    assert set(key) == {"EX4A", "10452"}
    assert key["10452"].startswith("Benefit maximum")


def test_a_legend_in_two_columns_gives_every_entry() -> None:
    rows = [
        "Message codes",
        "0633 Provider type may not bill this code.      0750 Program limit reached this year.",
        "Code 0911: Prior authorization number missing.",
    ]
    key, _at = read_code_key(_lines(rows))
    assert key == {
        "0633": "Provider type may not bill this code.",
        "0750": "Program limit reached this year.",
        "0911": "Prior authorization number missing.",
    }


def test_an_explanation_wrapped_onto_the_next_line_is_one_entry() -> None:
    rows = [
        "Explanation codes",
        "E471  The rendering provider type is not eligible to bill",
        "      this procedure under the program.",
        "E502  Duplicate of a claim already processed.",
    ]
    key, _at = read_code_key(_lines(rows))
    assert key["E471"].endswith("not eligible to bill this procedure under the program.")
    assert key["E502"] == "Duplicate of a claim already processed."


def test_long_numbers_without_a_heading_are_not_a_key() -> None:
    rows = [
        "2026 Annual notice of privacy practices enclosed with this statement.",
        "4417 Provider type not authorized to bill this procedure code.",
    ]
    key, _at = read_code_key(_lines(rows))
    assert key == {}


@pytest.mark.parametrize(
    ("rows", "codes"),
    [
        # a code that goes on with the prose sentence above it is no key's entry
        (
            [
                "The service was billed at $190.00. We allowed $0.00. The reason code is",
                "PR-242. This claim is not payable: the provider is not in your network.",
                "We allowed $0.00. We paid $0.00. Your share is $0.00. Adjustment reason code:",
                "CO-170. Remark code N95 applies. It was denied because of the provider type.",
            ],
            set(),
        ),
        # a key after its own lead-in, or after a finished sentence, is read
        (
            [
                "The codes below explain how each service on this notice was processed:",
                "PR-242 Services not provided by network/primary care providers.",
                "Your claim was processed under the terms of your plan as written.",
                "CO-170 Payment is denied when performed/billed by this type of provider.",
            ],
            {"PR-242", "CO-170"},
        ),
    ],
)
def test_a_key_entry_is_no_sentence_going_on(rows: list[str], codes: set[str]) -> None:
    glossary, at = read_code_key(_lines(rows))
    assert set(glossary) == codes and len(at) == len(codes)


def test_a_heading_with_no_entries_under_it_reads_nothing() -> None:
    rows = ["Remark codes", "Patient: Dana Ruiz    Claim 77812    Paid $0.00"]
    assert key_sections(_lines(rows)) == set()


def _remittance(path: Path, rows: list[tuple[str, ...]], legend: list[str]) -> Path:
    """A provider remittance: one table on page 1, the EOB-code legend on page 2."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    _w, h = letter
    xs = (50, 140, 210, 260, 300, 350, 400, 450)
    titles = ("ICN", "PATIENT", "DOS", "PROC", "BILLED", "ALLOWED", "PAID", "EOB")
    c.setFont("Courier-Bold", 11)
    c.drawString(50, h - 50, "Harbor State Medical Assistance Program")
    c.setFont("Courier", 8)
    c.drawString(50, h - 64, "REMITTANCE ADVICE   RA DATE: 02/10/2026")
    y = h - 100
    for x, t in zip(xs, titles, strict=True):
        c.drawString(x, y, t)
    for row in rows:
        y -= 16
        for x, t in zip(xs, row, strict=True):
            c.drawString(x, y, t)
    c.showPage()
    c.setFont("Courier-Bold", 10)
    c.drawString(50, h - 60, "EOB CODE LEGEND")
    c.setFont("Courier", 8)
    for k, entry in enumerate(legend):
        c.drawString(50, h - 80 - 14 * k, entry)
    c.showPage()
    c.save()
    return path


ENTRIES = [
    "0633  Provider type not authorized to bill this procedure code.",
    "0750  Service exceeds the program limit for this recipient.",
    "0911  Prior authorization number missing or not on file.",
]


def test_each_claim_takes_its_reason_and_category_from_the_legend(tmp_path: Path) -> None:
    rows = [
        ("2620383011799", "Ana Ruiz", "01/10/2026", "99402", "200.00", "0.00", "0.00", "0633"),
        ("2620383011800", "Bea Lund", "01/12/2026", "99403", "150.00", "0.00", "0.00", "0750"),
        ("2620383011801", "Cai Moss", "01/14/2026", "S9443", "90.00", "67.50", "67.50", ""),
        ("2620383011802", "Dee Park", "01/16/2026", "99404", "120.00", "0.00", "0.00", "0911"),
    ]
    result = parse_file(_remittance(tmp_path / "ra.pdf", rows, ENTRIES))
    by_number = {c.claim_number: c for c in result.claims}
    assert not by_number["2620383011801"].denied
    want = {
        "2620383011799": ("provider_type", "Provider type not authorized"),
        "2620383011800": ("frequency_limit", "Service exceeds the program limit"),
        "2620383011802": ("prior_authorization", "Prior authorization number missing"),
    }
    for number, (category, words) in want.items():
        denial = by_number[number].denial
        assert denial is not None and denial.primary_category == category, number
        assert denial.reason_text and denial.reason_text.startswith(words)
        assert denial.carc == [] and denial.rarc == []
    i = result.claims.index(by_number["2620383011799"])
    ev = result.evidence[f"claims.{i}.denial.primary_category"]
    assert ev.sure and ev.reader == "code_key"


def test_codes_that_disagree_leave_the_category_unsure(tmp_path: Path) -> None:
    rows = [
        ("2620383011799", "Ana Ruiz", "01/10/2026", "99402", "200.00", "0.00", "0.00", "0633 0911"),
        ("2620383011800", "Bea Lund", "01/12/2026", "99403", "150.00", "0.00", "0.00", "0750"),
    ]
    result = parse_file(_remittance(tmp_path / "ra.pdf", rows, ENTRIES))
    split = result.claims[0].denial
    assert split is not None
    assert set(split.categories) == {"provider_type", "prior_authorization"}
    ev = result.evidence["claims.0.denial.primary_category"]
    assert not ev.sure and "different reasons" in (ev.reason or "")
    assert result.evidence["claims.1.denial.primary_category"].sure


def test_a_claim_printing_no_code_does_not_borrow_the_legend(tmp_path: Path) -> None:
    rows = [
        ("2620383011799", "Ana Ruiz", "01/10/2026", "99402", "200.00", "0.00", "0.00", ""),
        ("2620383011800", "Bea Lund", "01/12/2026", "99403", "150.00", "0.00", "0.00", "0633"),
    ]
    result = parse_file(_remittance(tmp_path / "ra.pdf", rows, ENTRIES[:1]))
    bare, coded = result.claims[0].denial, result.claims[1].denial
    assert bare is not None and bare.primary_category is None and bare.reason_text is None
    assert "claims.0.denial.primary_category" not in result.evidence
    assert coded is not None and coded.primary_category == "provider_type"


def _category_sureness(reason: str, explained: list[str], untied: list[str]):
    from appealgen.models import Claim, Denial
    from appealgen.read.evidence import Recorder
    from appealgen.read.evidence_denial import category_evidence
    from appealgen.read.settings import DEFAULT_SETTINGS

    claim = Claim(claim_number="77812")
    claim.denial = Denial(
        reason_text=reason, categories=["provider_type"], primary_category="provider_type"
    )
    rec = Recorder([], DEFAULT_SETTINGS, ocr=False)
    category_evidence(rec, "claims.0.denial", claim, explained, located=True, untied=untied)
    return rec.out["claims.0.denial.primary_category"]


def test_a_category_from_a_key_entry_not_tied_to_the_claim_is_unsure() -> None:
    words = "Provider type not authorized to bill this procedure code."
    tied = _category_sureness(words, [words], [])
    assert tied.sure and tied.reader == "code_key"
    loose = _category_sureness(words, [], [words])
    assert not loose.sure and "code key" in (loose.reason or "")
    # the claim's own sentence names the same reason: the key's words are not needed
    said = _category_sureness(f"{words} This type of provider may not bill it.", [], [words])
    assert "code key" not in (said.reason or "")


def test_an_explanation_of_codes_heading_reads_entries_in_capitals() -> None:
    rows = [
        "Explanation of codes",
        "CO-96  Non-covered charge(s).",
        "Q7     NON-PAR PROVIDER - NO OUT OF NETWORK COVERAGE",
    ]
    key, _at = read_code_key(_lines(rows))
    assert key["Q7"] == "NON-PAR PROVIDER - NO OUT OF NETWORK COVERAGE"
    assert key["CO-96"] == "Non-covered charge(s)."


def test_a_sentence_after_a_line_naming_a_remark_code_is_no_entry_of_a_key() -> None:
    """ "Remark code N362 applies." reads like a key's heading, but the sentence under it
    opens with a word ("The"), not a code: it is no key entry and stays the claim's text."""
    key, at = read_code_key(
        _lines(
            [
                "We paid $0.00. Your share is $0.00. Adjustment reason code: CO-119.",
                "Remark code N362 applies.",
                "The service was code 99404 on 05/12/2026, billed at $235.00. It was",
                "billed as 1 unit. The allowed amount was $0.00. We paid $0.00.",
            ]
        )
    )
    assert "THE" not in key
    assert not at & {2, 3}
