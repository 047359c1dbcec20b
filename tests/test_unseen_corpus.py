"""The unseen set (samples/unseen.py): its files, its truth and that it regenerates.

Only the truth is checked here, never the reader's score on the set: the set
measures how the reader does on layouts nobody has tuned it on, so nothing in
the test suite may hold the reader to it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from appealgen.models import CATEGORIES, FUNDING_KINDS, SOURCE_KINDS

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "varied" / "unseen"
MONEY = re.compile(r"^-?\d+\.\d\d$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _load_unseen():
    spec = importlib.util.spec_from_file_location("samples_unseen", ROOT / "samples" / "unseen.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


unseen = _load_unseen()


def _documents() -> list[Path]:
    return sorted(p for p in UNSEEN.iterdir() if p.suffix in (".pdf", ".jpg"))


def _truth(doc: Path) -> dict:
    return json.loads(doc.with_name(doc.stem + ".expected.json").read_text(encoding="utf-8"))


def _luhn_npi(npi: str) -> bool:
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def test_every_document_has_its_truth_and_every_family_three_documents():
    docs = _documents()
    truths = sorted(UNSEEN.glob("*.expected.json"))
    assert len(docs) == len(truths) == 36
    assert {d.stem for d in docs} == {t.name.removesuffix(".expected.json") for t in truths}
    families = [unseen.family_of(d.stem) for d in docs]
    assert sorted(set(families)) == list(range(12))
    assert all(families.count(f) == 3 for f in set(families))
    for d in docs:
        assert re.fullmatch(r"u\d\d_[a-z]+_\d", d.stem), d.name


def test_four_scans_and_one_photo():
    ocr = [d for d in _documents() if _truth(d)["source"]["ocr_used"]]
    assert sorted(d.suffix for d in ocr) == [".jpg", ".pdf", ".pdf", ".pdf", ".pdf"]
    assert len(list(UNSEEN.glob("*.jpg"))) == 1


def test_truth_documents_keep_the_contract():
    kinds, fundings = set(), set()
    fully_paid = mixed = 0
    for doc in _documents():
        exp = _truth(doc)
        assert exp["schema_version"] == "1"
        assert exp["source"]["file"] == doc.name
        assert exp["source"]["kind"] in SOURCE_KINDS
        assert exp["plan"]["funding"] in FUNDING_KINDS
        assert DATE.match(exp["notice_date"])
        assert re.fullmatch(r"\d{3}-555-01\d\d", exp["payer"]["phone"])
        kinds.add(exp["source"]["kind"])
        fundings.add(exp["plan"]["funding"])
        assert exp["claims"], doc.name
        denied = [c["denied"] for c in exp["claims"]]
        fully_paid += not any(denied)
        mixed += any(denied) and not all(denied)
        for claim in exp["claims"]:
            npi = claim["provider"]["npi"]
            assert npi is None or (len(npi) == 10 and _luhn_npi(npi)), npi
            for value in claim["totals"].values():
                assert value is None or MONEY.match(value)
            for line in claim["service_lines"]:
                assert DATE.match(line["date_of_service"])
                for key in ("billed", "allowed", "paid", "patient_responsibility"):
                    assert line[key] is None or MONEY.match(line[key])
                for adj in line["adjustments"]:
                    assert adj["group"] in ("CO", "PR", "OA", "PI") and adj["code"].isdigit()
            if not claim["denied"]:
                assert claim["denial"] is None
                continue
            denial = claim["denial"]
            assert denial["categories"] and set(denial["categories"]) <= set(CATEGORIES)
            assert denial["primary_category"] == denial["categories"][0]
            assert denial["reason_text"]
            assert all(re.fullmatch(r"(CO|PR|OA|PI)-\d+", c) for c in denial["carc"])
            assert all(re.fullmatch(r"[A-Z]+\d+", r) for r in denial["rarc"])
    assert kinds == {"eob", "denial_letter", "remittance_835"}
    assert len(fundings) >= 6
    assert fully_paid >= 2 and mixed >= 3  # notices that deny nothing; paid beside denied


def test_the_generator_is_deterministic():
    for fam_id, n in ((0, 1), (6, 0)):  # a fully paid EOB; a family statement
        fam = unseen.FAMILIES[fam_id]
        file, data, exp, _ = unseen.make_document(fam, n)
        assert data == (UNSEEN / file).read_bytes(), file
        assert exp == _truth(UNSEEN / file)


def test_every_expected_value_is_printed():
    fam = unseen.FAMILIES[1]  # the provider voucher
    _, _, exp, text_pdf = unseen.make_document(fam, 0)
    assert unseen.missing(fam, text_pdf, exp) == []
    exp["member"]["id"] = "XQZ0000000"  # a value the page does not print is caught
    assert "XQZ0000000" in unseen.missing(fam, text_pdf, exp)
