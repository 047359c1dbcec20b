"""A category that rests on the claim's codes alone is as sure as the codes were read."""

from __future__ import annotations

import pytest

from appealgen.models import Claim, Denial
from appealgen.read.evidence import Recorder
from appealgen.read.evidence_denial import category_evidence
from appealgen.read.settings import DEFAULT_SETTINGS


def _category(code_conf: float, reason: str | None = None):
    claim = Claim(claim_number="77812")
    claim.denial = Denial(
        carc=["CO-185"],
        reason_text=reason,
        categories=["provider_type"],
        primary_category="provider_type",
    )
    rec = Recorder([], DEFAULT_SETTINGS, ocr=True)
    why = None if code_conf >= 0.9 else "OCR read these words with low confidence (45/100)"
    rec.put("claims.0.denial.carc", code_conf, "codes", None, why, located=False)
    category_evidence(rec, "claims.0.denial", claim, [], located=True)
    return rec.out["claims.0.denial.primary_category"], rec.out["claims.0.denial.carc"]


def test_a_code_read_surely_names_a_sure_category() -> None:
    category, code = _category(1.0)
    assert code.sure and category.sure and category.reader == "codes"


@pytest.mark.parametrize("conf", [0.65, 0.4])
def test_a_code_read_weakly_leaves_the_category_unsure(conf: float) -> None:
    category, code = _category(conf)
    assert not code.sure and not category.sure
    assert category.reason == "named only by denial codes that were not read surely"


def test_words_naming_the_same_reason_keep_it_sure_beside_a_weak_code() -> None:
    words = "The rendering provider is not eligible to perform the service billed."
    category, _ = _category(0.65, words)
    assert category.reason != "named only by denial codes that were not read surely"
