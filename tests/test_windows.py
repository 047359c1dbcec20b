"""read/windows.py: a long notice read a window of pages at a time reads as the whole."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from appealgen.models import Claim, Evidence, ParseResult, Source
from appealgen.read import windows
from appealgen.read.context import ClaimTrace
from appealgen.read.extract import load
from appealgen.read.layout import document_lines
from appealgen.read.learned import FINGERPRINT_PAGES
from appealgen.read.parse import parse_document
from appealgen.read.running_heads import running_marks
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings
from samples.generate import make_long_pdf


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("windows") / "long.pdf"
    make_long_pdf(path, 9)  # 3 claims a page, running headers and footers on each page
    return path


def _shown(lines: list) -> list[tuple]:
    return [(ln.page, ln.top, ln.text) for ln in lines]


def test_a_run_of_pages_drops_the_running_lines_the_whole_document_drops(long_pdf) -> None:
    pages = load(long_pdf, max_pages=None).pages
    whole = _shown(document_lines(pages))
    marks = running_marks(pages)
    assert marks.repeated  # the running header and footer
    for start in range(len(pages)):
        for end in range(start + 1, len(pages) + 1, 3):
            part = _shown(document_lines(pages[start:end], marks=marks))
            assert part == [x for x in whole if start < x[0] <= end], (start, end)


def test_only_a_long_notice_is_read_by_windows(long_pdf) -> None:
    doc = load(long_pdf, max_pages=None)
    assert not windows.windowed(doc, DEFAULT_SETTINGS)  # 9 pages: read whole
    assert windows.windowed(doc, ReadSettings(window_pages=4))
    assert not windows.windowed(doc, ReadSettings(window_pages=0))


def test_a_notice_read_by_windows_reads_as_the_whole(long_pdf) -> None:
    whole = parse_document(load(long_pdf, max_pages=None), ReadSettings(window_pages=0))
    doc = load(long_pdf, max_pages=None)
    read = parse_document(doc, ReadSettings(window_pages=2), let_go=True)
    assert len(read.claims) > 12
    got, want = read.to_dict(), whole.to_dict()
    assert {k: v for k, v in got.items() if k != "evidence"} == {
        k: v for k, v in want.items() if k != "evidence"
    }
    assert read.notice_text == whole.notice_text
    # each claim's evidence as the whole read's; the header's, read from a window, may be
    # found in another place of the notice that prints the same value
    claims = {k: v for k, v in got["evidence"].items() if k.startswith("claims.")}
    assert claims == {k: v for k, v in want["evidence"].items() if k.startswith("claims.")}
    assert got["evidence"].keys() == want["evidence"].keys()
    # the words of every page read went, but the first pages', which name the layout
    assert all(p.words for p in doc.pages[:FINGERPRINT_PAGES])
    assert not any(p.words for p in doc.pages[FINGERPRINT_PAGES:-2])


def test_the_words_stay_when_the_caller_keeps_the_document(long_pdf) -> None:
    doc = load(long_pdf, max_pages=None)
    parse_document(doc, ReadSettings(window_pages=2))
    assert all(p.words for p in doc.pages)


def _window(numbers: list[str], starts: list[int]) -> tuple[ParseResult, SimpleNamespace]:
    claims = [Claim(claim_number=n) for n in numbers]
    result = ParseResult(source=Source(file="x.pdf", sha256="0"), claims=claims)
    result.evidence = {f"claims.{k}.claim_number": Evidence(page=k) for k in range(len(claims))}
    result.evidence["member.id"] = Evidence(page=1)
    traces = {id(c): ClaimTrace(spans=[(s, s + 5)]) for c, s in zip(claims, starts, strict=True)}
    return result, SimpleNamespace(traces=traces)


def test_the_claim_a_window_ends_in_is_left_to_the_next_and_the_rest_renumbered() -> None:
    done = windows._Read()
    lines = [SimpleNamespace(text=f"line {k}", page=1) for k in range(20)]
    first, ctx = _window(["A1", "B2", "C3"], [0, 6, 12])
    done.first = (first, ctx)
    windows._keep(done, first, ctx, windows._last_claim_start(ctx, first, lines), lines)
    assert [c.claim_number for c in done.claims] == ["A1", "B2"]
    assert done.texts == ["\n".join(f"line {k}" for k in range(12))]
    second, ctx2 = _window(["C3", "D4"], [0, 6])
    windows._keep(done, second, ctx2, len(lines), lines)
    assert [c.claim_number for c in done.claims] == ["A1", "B2", "C3", "D4"]
    assert done.evidence["claims.3.claim_number"] is second.evidence["claims.1.claim_number"]
    assert done.evidence["member.id"] is first.evidence["member.id"]  # the first window's


def test_a_claim_number_read_in_two_windows_is_read_whole() -> None:
    done = windows._Read()
    lines = [SimpleNamespace(text="x", page=1) for _ in range(20)]
    first, ctx = _window(["A1", "B2"], [0, 6])
    done.first = (first, ctx)
    windows._keep(done, first, ctx, len(lines), lines)
    again, ctx2 = _window(["A1"], [0])  # a summary, then the claim's own part
    with pytest.raises(windows.ReadWhole):
        windows._keep(done, again, ctx2, len(lines), lines)
