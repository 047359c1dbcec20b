"""What the tests of a generated set share: its generator loaded from ``samples/``, the
documents written to its folder and the truth beside each."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from appealgen import parse_file
from appealgen.errors import AppealgenError
from appealgen.read.score import Score, score

ROOT = Path(__file__).resolve().parent.parent


def load_generator(stem: str) -> ModuleType:
    """``samples/<stem>.py``, loaded as the module ``samples_<stem>``."""
    spec = importlib.util.spec_from_file_location(
        f"samples_{stem}", ROOT / "samples" / f"{stem}.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def documents(folder: Path) -> list[Path]:
    """The notices written to ``folder`` (PDFs and photos), sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".jpg"))


def truth(doc: Path) -> dict:
    """The expected parse document written beside ``doc``."""
    return json.loads(doc.with_name(doc.stem + ".expected.json").read_text(encoding="utf-8"))


def text_score(docs: list[Path], keep: Callable[[Path], bool] = lambda doc: True) -> Score:
    """The reader's score on the text PDFs of ``docs`` that ``keep`` keeps; a document the
    reader refuses (no claim found) scores nothing right, as benchmarks/accuracy.py
    scores it."""
    total = Score()
    for doc in docs:
        exp = truth(doc)
        if keep(doc) and not exp["source"]["ocr_used"]:
            try:
                got = parse_file(doc).to_dict()
            except AppealgenError:
                got = {}
            total.merge(score(got, exp, name=doc.stem))
    return total


def half_score(gen: ModuleType, folder: Path, families: tuple[int, ...]) -> Score:
    """The reader's score on the text PDFs in ``folder`` of ``gen``'s ``families`` (a set's
    dev or check half)."""
    return text_score(documents(folder), lambda doc: gen.family_of(doc.stem) in families)


UNPRINTED = "9999 9999 9999"  # a claim number no generated page prints


def printed_misses(gen: ModuleType, fam_id: int) -> tuple[list[str], list[str]]:
    """What ``gen``'s check finds unprinted on the first document of family ``fam_id``, and
    on it with its first claim's number changed to one the page does not print."""
    fam = gen.FAMILIES[fam_id]
    _, _, exp, text_pdf = gen.make_document(fam, 0)
    before = gen.missing(fam, text_pdf, exp)
    exp["claims"][0]["claim_number"] = UNPRINTED
    return before, gen.missing(fam, text_pdf, exp)


def split_documents(gen: ModuleType, folder: Path) -> list[Path]:
    """``folder``'s documents, checked to be every family of ``gen`` three times over and
    split into a dev and a check half that share no family."""
    assert not set(gen.DEV) & set(gen.CHECK)
    assert {f.id for f in gen.FAMILIES} == set(gen.DEV) | set(gen.CHECK)
    docs = documents(folder)
    assert [gen.family_of(d.stem) for d in docs] == [f.id for f in gen.FAMILIES for _ in range(3)]
    return docs


def written_as_generated(gen: ModuleType, folder: Path, cases: tuple[tuple[int, int], ...]) -> None:
    """Each (family, document) of ``cases`` drawn again is the file and the truth ``folder``
    holds: the generator is deterministic and the set is as it draws it."""
    for fam_id, n in cases:
        file, data, exp, _ = gen.make_document(gen.FAMILIES[fam_id], n)
        assert data == (folder / file).read_bytes(), file
        assert exp == truth(folder / file)


def half_above(gen: ModuleType, folder: Path, half: str, floors: tuple[float, float]) -> None:
    """The text PDFs of ``gen``'s ``half`` ("dev" or "check") read at or above its floor
    (``floors``: the dev half's, the check half's)."""
    families, floor = {"dev": (gen.DEV, floors[0]), "check": (gen.CHECK, floors[1])}[half]
    total = half_score(gen, folder, families)
    assert total.accuracy >= floor, total.report()


def shares_add_up(gen: ModuleType, fam_id: int) -> None:
    """In every record of ``gen``'s family ``fam_id``, a service's share split over
    cost-share columns adds up: deductible, copay, coinsurance and the part no column holds
    make the member's share, and paid, that share and the write-off the billed amount
    (``gen.share_parts``)."""
    fam = gen.FAMILIES[fam_id]
    for n in range(gen.SET.docs):
        for claim in gen.record(fam, n).claims:
            for ln in claim.lines:
                rest, write_off = gen.share_parts(ln)
                assert ln.deductible + ln.copay + ln.coins + rest == ln.owe
                assert ln.paid + ln.owe + write_off == ln.billed
