"""Claims that are not lactation care get no letter; billing defects get a corrected-claim
request, and the appeal never says a billing defect "does not hold up"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from conftest import read_surely

from appealgen import api
from appealgen.decide import decide
from appealgen.decide.explain import format_explain
from appealgen.decide.triage import lactation_care
from appealgen.models import (
    Adjustment,
    Claim,
    Denial,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
)
from appealgen.write import render

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _claim(number, code, dx=(), provider="Jane Roe, IBCLC", carc=("CO-242",), rarc=(), cats=None):
    return Claim(
        claim_number=number,
        provider=Provider(name=provider, network="out"),
        service_lines=[
            ServiceLine(
                date_of_service=date(2026, 2, 11),
                procedure_code=code,
                diagnosis_codes=list(dx),
                billed=Decimal("200.00"),
                paid=Decimal("0.00"),
                adjustments=[Adjustment(group="CO", code="16", amount=Decimal("200.00"))],
            )
        ],
        diagnosis_codes=list(dx),
        totals=Totals(billed=Decimal("200.00"), paid=Decimal("0.00")),
        denied=True,
        denial=Denial(
            reason_text="Claim denied.",
            carc=list(carc),
            rarc=list(rarc),
            categories=cats or ["out_of_network"],
            primary_category=(cats or ["out_of_network"])[0],
        ),
    )


def _result(*claims):
    """A notice read surely (every value with sure evidence)."""
    return read_surely(_unread(*claims))


def _unread(*claims):
    return ParseResult(
        source=Source(file="eob.pdf", sha256="cd" * 32, pages=1, kind="eob"),
        payer=Payer(name="Example Health", state="MA"),
        plan=Plan(funding="fully_insured"),
        member=Member(name="Pat Doe", id="X1", state="MA"),
        notice_date=date(2026, 3, 2),
        claims=list(claims),
    )


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


@pytest.mark.parametrize(
    ("code", "dx", "provider", "verdict"),
    [
        ("99213", (), "Dr. Ann Smith, MD", "no"),
        ("99310", ("I10",), "Maple Nursing Facility", "no"),
        ("99213", ("Z39.1",), "Dr. Ann Smith, MD", "yes"),
        ("99213", ("O92.4",), "Dr. Ann Smith, MD", "yes"),
        ("99213", ("P92.5",), "Dr. Ann Smith, MD", "yes"),
        ("99213", (), "Harbor Lactation Services", "yes"),
        ("S9443", (), "Dr. Ann Smith, MD", "yes"),
        ("99403", (), "Dr. Ann Smith, MD", "unknown"),
        (None, (), None, "unknown"),
    ],
    ids=["99213", "99310", "z39", "o92", "p92", "provider", "s9443", "counseling", "no-codes"],
)
def test_what_is_lactation_care(code, dx, provider, verdict):
    assert lactation_care(_claim("C1", code, dx, provider))[0] == verdict


def test_a_case_of_claims_that_are_not_lactation_care_gets_no_letters(tmp_path):
    case = decide(
        _result(
            _claim("P-1", "99213", (), "Dr. Ann Smith, MD"),
            _claim("P-2", "99310", ("I10",), "Maple Nursing Facility"),
        )
    )
    d = case.decision
    assert d.documents == [] and d.arguments == []
    assert [x["claim_number"] for x in d.not_lactation_care] == ["P-1", "P-2"]
    text = format_explain(case)
    assert text.count("Not lactation care: no letter") == 2
    out = render.generate(case, tmp_path)
    assert [p.name for p in out.files] == ["case.json"]


def _unsure(result, *paths):
    """``result`` with the values at ``paths`` read without sureness."""
    from appealgen.models import Evidence

    for path in paths:
        result.evidence[path] = Evidence(confidence=0.5, sure=False, reader="test", page=1)
    return result


def test_other_care_read_from_unsure_codes_still_gets_an_appeal(tmp_path):
    # a consult code misread from a scan: the claim may be the lactation visit denied
    result = _unsure(
        _result(_claim("U-1", "99243", (), "Dr. Ann Smith, MD")),
        "claims.0.service_lines.0.procedure_code",
    )
    case = decide(result)
    kinds = [doc.kind for doc in case.decision.documents]
    assert "appeal" in kinds and case.decision.not_lactation_care == []
    out = render.generate(case, tmp_path)
    appeal = _text(out.case_dir / "appeal.docx")
    assert "99243" not in appeal  # the unsure code is a placeholder, asked about
    assert any(c.path.endswith("procedure_code") for c in out.check)


def test_other_care_read_surely_from_an_unsure_provider_name_is_kept():
    result = _unsure(
        _result(_claim("U-2", "99213", (), "Dr. Ann Smith, MD")), "claims.0.provider.name"
    )
    assert [d.kind for d in decide(result).decision.documents][0] == "appeal"


@pytest.mark.parametrize(
    "unsure", ["claims.0.denial.carc", "claims.0.denial.rarc", "claims.0.denial.primary_category"]
)
def test_a_billing_defect_read_without_sureness_gets_its_appeal_too(tmp_path, unsure):
    claim = _claim("B-3", "S9443", ("Z39.1",), carc=("CO-16",), rarc=("N290",), cats=["coding"])
    case = decide(_unsure(_result(claim), unsure))
    kinds = [doc.kind for doc in case.decision.documents]
    assert kinds[:2] == ["appeal", "corrected_claim_request"]
    assert case.decision.billing_defects[0]["only_reason"] is False
    out = render.generate(case, tmp_path)
    assert (out.case_dir / "appeal.docx").exists()


def test_mixed_case_argues_only_the_lactation_claim(tmp_path):
    case = decide(
        _result(_claim("L-1", "S9443", ("Z39.1",)), _claim("P-1", "99213", (), "Dr. Ann Smith"))
    )
    kinds = {doc.kind: doc for doc in case.decision.documents}
    assert kinds["appeal"].claim_numbers == ["L-1"]
    out = render.generate(case, tmp_path)
    for f in out.files:
        if f.suffix == ".docx":
            assert "P-1" not in _text(f), f.name


@pytest.mark.parametrize(
    ("carc", "rarc"), [(("CO-16",), ("N290",)), (("CO-16",), ("MA130",)), (("CO-11",), ())]
)
def test_a_billing_defect_gets_a_corrected_claim_request_and_no_appeal(tmp_path, carc, rarc):
    claim = _claim("B-1", "S9443", ("O92.4",), carc=carc, rarc=rarc, cats=["coding"])
    case = decide(_result(claim))
    kinds = [doc.kind for doc in case.decision.documents]
    assert kinds == ["corrected_claim_request", "call_script"]
    for voice in ("member", "provider"):
        out = render.generate(case, tmp_path / voice, voice=voice)
        letter = _text(out.case_dir / "corrected_claim_request.docx")
        assert (rarc or carc)[0] in letter
        assert "Z39.1" in letter and "O92.4: Hypogalactia" in letter
        assert "not the patient's to pay" in letter
        for f in out.files:
            if f.suffix == ".docx":
                assert "does not hold up" not in _text(f)


def test_a_defect_beside_a_contestable_reason_gets_both_and_no_does_not_hold_up(tmp_path):
    claim = _claim(
        "B-2", "S9443", ("Z39.1",), carc=("CO-16", "CO-242"), rarc=("N290",),
        cats=["out_of_network", "coding"],
    )  # fmt: skip
    case = decide(_result(claim))
    kinds = [doc.kind for doc in case.decision.documents]
    assert kinds[:2] == ["appeal", "corrected_claim_request"]
    out = render.generate(case, tmp_path)
    appeal = _text(out.case_dir / "appeal.docx")
    assert "does not hold up" not in appeal and "correcting the claim" in appeal


def test_no_letter_asserts_a_diagnosis_code_the_claim_does_not_carry(tmp_path):
    for dx in (("O92.4",), ("P92.5",)):
        claim = _claim("D-1", "S9443", dx, carc=("CO-11", "CO-96"), cats=["not_covered", "coding"])
        case = decide(_result(claim))
        out = render.generate(case, tmp_path / dx[0])
        for f in out.files:
            if f.suffix != ".docx" or f.stem in ("corrected_claim_request", "call_script"):
                continue  # these name codes as guidance and as questions to the plan
            assert "Z39.1" not in _text(f), f.name


def test_remittances_with_billing_defects_get_a_corrected_claim_request():
    for name in ("granite_peak_remittance.pdf", "riverbend_remittance.pdf"):
        case = api.decide(api.parse_file(SAMPLES / name))
        kinds = [doc.kind for doc in case.decision.documents]
        assert "corrected_claim_request" in kinds, name


def test_only_a_billing_defect_asks_for_the_corrected_claim_on_the_page_and_work_list(tmp_path):
    import dataclasses

    from appealgen.caselog.worklist import STEP_KINDS, LoggedCase, next_step
    from appealgen.web.app import Outcome, render_result

    claim = _claim("B-9", "S9443", ("O92.4",), carc=("CO-16",), rarc=("N290",), cats=["coding"])
    case = decide(_result(claim))
    written = render.generate(case, tmp_path)
    html = render_result(Outcome("eob.pdf", case, written, job_id="j1"), 30)
    assert "Send the corrected-claim request" in html
    assert "Send the appeal" not in html and "send the appeal" not in html

    logged = LoggedCase(
        case_id="c1", status="written", payer="Example Health", funding="fully_insured",
        state="MA", category="coding", categories=["coding"], codes={}, amount_at_stake=None,
        documents=[doc.kind for doc in case.decision.documents], arguments=[],
        venue_kind=None, venue_name=None, notice_date=date(2026, 3, 2),
        internal_appeal_due=date(2026, 8, 29), external_review_due=None, fair_hearing_due=None,
        final_internal_denial=False, claim_type="post_service", sent_on=None, decision_due=None,
        decided_on=None, paid=None, note=None, case_dir=None, stage=None, payer_key="example",
        recorded_by="cli", first_recorded="2026-03-02", last_recorded="2026-03-02",
    )  # fmt: skip
    step = next_step(logged, date(2026, 3, 10))
    assert step.kind == "send_corrected_claim" and step.kind in STEP_KINDS
    assert "corrected_claim_request.docx" in step.text and "appeal.docx" not in step.text
    with_appeal = dataclasses.replace(logged, documents=["appeal", "call_script"])
    assert next_step(with_appeal, date(2026, 3, 10)).kind == "send_appeal"
