"""Long notices: a claim's heading at the top of a page is no running header, and a code key
printed on the last page is known to the window that reads the first claims."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from generated_sets import ROOT, documents, load_generator, truth

from appealgen.read.extract import load
from appealgen.read.layout import document_lines
from appealgen.read.parse import parse_document
from appealgen.read.running_heads import numbered_apart, running_marks
from appealgen.read.settings import ReadSettings
from samples.generate import make_long_pdf

GEN = load_generator("longread")
FOLDER = ROOT / "tests" / "data" / "varied" / "long"


@pytest.mark.parametrize(
    "printed",
    [
        [(1, (10, 25, 2026)), (2, (10, 25, 2026)), (3, (10, 25, 2026))],  # a statement date
        [(1, (1, 20)), (2, (2, 20)), (3, (3, 20))],  # "Page 1 of 20"
        [(2, (1,)), (3, (2,)), (5, (4,))],  # "- 1 -" on the page after the cover
        [(1, (4410023817,)), (2, (4410023817,)), (3, (7312,))],  # printed alike twice
    ],
)
def test_a_running_header_keeps_its_numbers_or_counts_the_pages(printed) -> None:
    assert not numbered_apart(printed)


@pytest.mark.parametrize(
    "printed",
    [
        [(2, (3,)), (3, (6,)), (4, (9,))],  # "Claim LP0000003", "Claim LP0000006", ...
        [(1, (4410023817,)), (3, (2210093188,))],
        [(1, (10, 25, 2026, 1)), (2, (10, 25, 2026, 7))],  # a claim number beside a date
    ],
)
def test_a_heading_numbered_apart_on_each_page_is_no_running_header(printed) -> None:
    assert numbered_apart(printed)


@pytest.fixture(scope="module")
def headed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "headed.pdf"
    make_long_pdf(path, 6)  # each page from the second opens with a claim's heading
    return path


def test_a_claim_heading_at_the_top_of_each_page_is_kept(headed_pdf) -> None:
    pages = load(headed_pdf, max_pages=None).pages
    texts = [ln.text for ln in document_lines(pages)]
    headings = [t for t in texts if t.startswith("Claim LP")]
    assert headings == [f"Claim LP{i:07d}" for i in range(15)]
    marks = running_marks(pages)
    assert not any(key[0].startswith("claim lp") for key in marks.repeated)
    # the running header and the footer's words are still dropped after their first page
    assert sum("This is not a bill" in t for t in texts) == 1
    assert sum(" ID " in t and "Health" in t for t in texts) == 1  # payer, member, ID


def test_the_lines_under_a_claim_heading_that_opens_a_page_are_the_claims_own(
    headed_pdf,
) -> None:
    # "Patient: Paige Zimmerman", "Network status: In network" and the table's headings
    # sit in the top band of every page a claim opens, alike: below the claim's heading,
    # they run on no page
    texts = [ln.text for ln in document_lines(load(headed_pdf, max_pages=None).pages)]
    assert sum(t.startswith("Patient: ") for t in texts) == 15
    assert sum(t.startswith("Network status: ") for t in texts) == 15
    assert sum(t.startswith("Service date Code") for t in texts) == 15


def test_every_claim_of_a_long_notice_is_read(headed_pdf) -> None:
    whole = parse_document(load(headed_pdf, max_pages=None), ReadSettings(window_pages=0))
    assert [c.claim_number for c in whole.claims] == [f"LP{i:07d}" for i in range(15)]
    windows = parse_document(load(headed_pdf, max_pages=None), ReadSettings(window_pages=2))
    assert [c.claim_number for c in windows.claims] == [f"LP{i:07d}" for i in range(15)]


@pytest.fixture(scope="module")
def keyed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("keyed")
    fam = replace(GEN.FAMILIES[0], claims=(40, 40))  # about eight pages, the key on the last
    exp = GEN.write(fam, 0, 0, out)
    return out / exp["source"]["file"], exp


def _categories(result) -> list[str | None]:
    return [c.denial.primary_category if c.denial else None for c in result.claims]


def test_a_window_knows_the_code_key_printed_on_the_last_page(keyed_pdf) -> None:
    path, exp = keyed_pdf
    assert exp["source"]["pages"] >= 6
    whole = parse_document(load(path, max_pages=None), ReadSettings(window_pages=0))
    windows = parse_document(load(path, max_pages=None), ReadSettings(window_pages=2))
    want = [c["denial"]["primary_category"] if c["denial"] else None for c in exp["claims"]]
    assert _categories(whole) == want
    assert _categories(windows) == want
    first = windows.claims[0].denial
    assert first is None or first.reason_text == exp["claims"][0]["denial"]["reason_text"]


def test_the_long_set_holds_the_dev_families_of_25_to_60_pages() -> None:
    docs = documents(FOLDER)
    assert [d.stem.rsplit("_", 1)[0] for d in docs] == [
        GEN.FAMILIES[k].name for k in GEN.DEV for _ in range(GEN.DOCS)
    ]
    assert not set(GEN.DEV) & set(GEN.CHECK)
    assert set(GEN.DEV) | set(GEN.CHECK) == set(range(len(GEN.FAMILIES)))
    for doc in docs:
        exp = truth(doc)
        assert 25 <= exp["source"]["pages"] <= 60
        assert len(exp["claims"]) >= 100


def test_the_check_families_are_never_written_to_the_tuning_folder() -> None:
    with pytest.raises(SystemExit):
        GEN.main(["--families", str(GEN.CHECK[0])])
