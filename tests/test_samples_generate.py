"""The sample corpus: it regenerates byte for byte, and its expected documents keep the contract."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from appealgen.models import CATEGORIES, FUNDING_KINDS, SOURCE_KINDS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _drawn(expected: Path) -> bool:
    """A sample drawn by ``sample_docs()`` (835 files and OCR copies are tested elsewhere)."""
    stem = expected.name.removesuffix(".expected.json")
    return (SAMPLES / f"{stem}.pdf").exists() and not stem.startswith(("scan_", "photo_"))


EXPECTED = sorted(p for p in SAMPLES.glob("*.expected.json") if _drawn(p))


def _load_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


gen = _load_generator()

MONEY = re.compile(r"^-?\d+\.\d{2}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CARC = re.compile(r"^(CO|PR|OA|PI|CR)-[A-Z0-9]{1,3}$")
RARC = re.compile(r"^[A-Z]{1,2}\d{1,3}$")
PHONE = re.compile(r"^\d{3}-\d{3}-\d{4}$")

TOP_KEYS = [
    "schema_version",
    "source",
    "payer",
    "plan",
    "member",
    "notice_date",
    "claims",
    "warnings",
]
SOURCE_KEYS = ["file", "sha256", "pages", "ocr_used", "kind"]
CLAIM_KEYS = [
    "claim_number",
    "patient_name",
    "provider",
    "service_lines",
    "diagnosis_codes",
    "totals",
    "denied",
    "denial",
]
LINE_KEYS = [
    "date_of_service",
    "procedure_code",
    "modifiers",
    "units",
    "diagnosis_codes",
    "billed",
    "allowed",
    "paid",
    "patient_responsibility",
    "adjustments",
    "remark_codes",
]
MONEY_KEYS = ["billed", "allowed", "paid", "patient_responsibility"]


def _ids(paths):
    return [p.name.removesuffix(".expected.json") for p in paths]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("samples")
    gen.generate_samples(out)
    return out


def test_corpus_is_broad_enough():
    docs = gen.sample_docs()
    assert len(docs) >= 14
    assert len({layout for layout, _ in docs}) >= 9
    names = [doc.name for _, doc in docs]
    assert sorted(names) == _ids(EXPECTED), "samples/ and sample_docs() disagree"
    seen = {cat for _, doc in docs for claim in doc.claims for cat in claim.categories}
    assert {
        "out_of_network",
        "provider_type",
        "prior_authorization",
        "not_covered",
        "place_of_service",
        "cost_sharing",
        "coding",
        "frequency_limit",
        "medical_necessity",
    } <= seen
    assert {doc.funding for _, doc in docs} >= {
        "fully_insured",
        "self_funded",
        "medicaid",
        "unknown",
    }


@pytest.mark.parametrize("path", EXPECTED, ids=_ids(EXPECTED))
def test_sample_regenerates_byte_identically(path: Path, regenerated: Path):
    committed = json.loads(path.read_text(encoding="utf-8"))
    fresh = json.loads((regenerated / path.name).read_text(encoding="utf-8"))
    pdf = (regenerated / committed["source"]["file"]).read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == committed["source"]["sha256"]
    assert pdf == (SAMPLES / committed["source"]["file"]).read_bytes()
    assert fresh == committed


@pytest.mark.parametrize("path", EXPECTED, ids=_ids(EXPECTED))
def test_expected_document_keeps_the_contract(path: Path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert list(doc) == TOP_KEYS
    assert doc["schema_version"] == "1"
    src = doc["source"]
    assert list(src) == SOURCE_KEYS
    assert src["file"] == path.name.replace(".expected.json", ".pdf")
    pdf = SAMPLES / src["file"]
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == src["sha256"]
    assert src["pages"] == len(PdfReader(pdf).pages)
    assert src["ocr_used"] is False
    assert src["kind"] in SOURCE_KINDS and src["kind"] != "unknown"
    assert list(doc["payer"]) == ["name", "state", "phone"]
    assert doc["payer"]["name"]
    assert doc["payer"]["phone"] is None or PHONE.match(doc["payer"]["phone"])
    assert list(doc["plan"]) == ["name", "type", "funding", "group_number"]
    assert doc["plan"]["funding"] in FUNDING_KINDS
    assert doc["plan"]["type"] in (None, "HMO", "PPO", "EPO", "POS")
    assert list(doc["member"]) == ["name", "id", "state"]
    for state in (doc["payer"]["state"], doc["member"]["state"]):
        assert state is None or re.fullmatch(r"[A-Z]{2}", state)
    assert doc["notice_date"] is None or ISO_DATE.match(doc["notice_date"])
    assert doc["warnings"] == []
    assert doc["claims"]
    for claim in doc["claims"]:
        _check_claim(claim)


def _check_claim(claim: dict) -> None:
    assert list(claim) == CLAIM_KEYS
    assert list(claim["provider"]) == ["name", "npi", "network"]
    assert claim["provider"]["network"] in (None, "in", "out")
    npi = claim["provider"]["npi"]
    assert npi is None or gen.npi_is_valid(npi)
    assert list(claim["totals"]) == MONEY_KEYS
    for value in claim["totals"].values():
        assert value is None or MONEY.match(value)
    dx: list[str] = []
    for line in claim["service_lines"]:
        assert list(line) == LINE_KEYS
        assert line["date_of_service"] is None or ISO_DATE.match(line["date_of_service"])
        assert re.fullmatch(r"[A-Z0-9]{5}", line["procedure_code"])
        assert line["units"] is None or isinstance(line["units"], int)
        for key in MONEY_KEYS:
            assert line[key] is None or MONEY.match(line[key]), (key, line[key])
        for adj in line["adjustments"]:
            assert list(adj) == ["group", "code", "amount"]
            assert CARC.match(f"{adj['group']}-{adj['code']}")
            assert adj["amount"] is None or MONEY.match(adj["amount"])
        assert all(RARC.match(r) for r in line["remark_codes"])
        dx += [d for d in line["diagnosis_codes"] if d not in dx]
    assert claim["diagnosis_codes"] == dx
    if not claim["denied"]:
        assert claim["denial"] is None
        return
    denial = claim["denial"]
    assert list(denial) == ["reason_text", "carc", "rarc", "categories", "primary_category"]
    assert denial["reason_text"]
    assert all(CARC.match(c) for c in denial["carc"])
    assert all(RARC.match(r) for r in denial["rarc"])
    assert denial["categories"] and set(denial["categories"]) <= set(CATEGORIES)
    assert denial["primary_category"] == denial["categories"][0]
    line_carcs = {
        f"{a['group']}-{a['code']}" for ln in claim["service_lines"] for a in ln["adjustments"]
    }
    assert set(denial["carc"]) == line_carcs


@pytest.mark.parametrize("path", EXPECTED, ids=_ids(EXPECTED))
def test_every_expected_value_is_printed(path: Path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert gen.missing_values(SAMPLES / doc["source"]["file"], doc) == []


def test_payer_own_codes_stay_out_of_carc():
    doc = json.loads((SAMPLES / "prairie_mutual_payer_codes.expected.json").read_text())
    for claim in doc["claims"]:
        assert claim["denial"]["carc"] == []
    assert [c["denial"]["primary_category"] for c in doc["claims"]] == [
        "out_of_network",
        "prior_authorization",
    ]


def test_npi_helper():
    assert gen.make_npi("123456789") == "1234567893"  # CMS's published example
    assert gen.npi_is_valid("1234567893")
    assert not gen.npi_is_valid("1234567890")


def test_synthetic_documents_are_varied_two_page_and_repeatable(tmp_path: Path):
    n = len(gen.LAYOUTS)
    paths = gen.generate_synthetic(n, tmp_path / "a", seed=7, expected_dir=tmp_path / "exp")
    again = gen.generate_synthetic(n, tmp_path / "b", seed=7)
    assert len(paths) == n
    assert {p.name.split("_", 2)[2] for p in paths} == {f"{name}.pdf" for name in gen.LAYOUTS}
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(p.name for p in paths)
    for path, twin in zip(paths, again, strict=True):
        assert path.read_bytes() == twin.read_bytes()
        assert len(PdfReader(path).pages) == 2
        exp = json.loads((tmp_path / "exp" / f"{path.stem}.expected.json").read_text())
        assert exp["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert gen.missing_values(path, exp) == []


def test_bad_inputs(tmp_path: Path):
    import pdfplumber

    paths = gen.make_bad_inputs(tmp_path)
    assert sorted(paths) == sorted(gen.BAD_INPUT_NAMES)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(gen.BAD_INPUT_NAMES)
    assert paths["empty.pdf"].stat().st_size == 0
    assert not paths["not_a_pdf.pdf"].read_bytes().startswith(b"%PDF")
    assert paths["corrupt.pdf"].read_bytes().startswith(b"%PDF")
    assert b"%%EOF" not in paths["corrupt.pdf"].read_bytes()[-64:]
    assert PdfReader(paths["encrypted.pdf"]).is_encrypted
    with pdfplumber.open(paths["no_claim.pdf"]) as pdf:
        assert "breastfeeding" in pdf.pages[0].extract_text()
    with pdfplumber.open(paths["image_only.pdf"]) as pdf:
        assert not (pdf.pages[0].extract_text() or "").strip()
        assert pdf.pages[0].images


def test_long_pdf_small(tmp_path: Path):
    exp = gen.make_long_pdf(tmp_path / "long.pdf", pages=12)
    assert len(PdfReader(tmp_path / "long.pdf").pages) == 12 == exp["source"]["pages"]
    assert len(exp["claims"]) == 33
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.pdf"]


@pytest.mark.slow
def test_long_pdf_200_pages(tmp_path: Path):
    exp = gen.make_long_pdf(tmp_path / "long.pdf")
    assert len(PdfReader(tmp_path / "long.pdf").pages) == 200 == exp["source"]["pages"]
