"""The denial's codes and category: each code shape, code keys, and the order of the sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines

from appealgen import parse_file
from appealgen.read.classify import classification
from appealgen.read.codes import carcs_with_groups


@pytest.mark.parametrize(
    "text",
    [
        "CO-96",
        "CO 96",
        "CO96",
        "96 (CO)",
        "Group CO Reason 96",
        "Group: CO  Reason: 96",
        "Group code CO, reason code 96",
        "(1) CO 96 - Non-covered charge",
        "Code: CO-96",
    ],
)
def test_carc_shapes(text: str) -> None:
    assert carcs_with_groups(text) == [("CO", "96")]


def test_alpha_carc_in_a_sentence() -> None:
    assert carcs_with_groups("on this date. Denial reason code: CO-B7.") == [("CO", "B7")]


def _medicaid_notice(tmp_path: Path, reason: str) -> Path:
    rows = [
        ("Date sent", "3/16/2026"),
        ("Plan member", "Gabriela Schultz"),
        ("Medicaid ID", "NUN957134077"),
        ("Notice number", "R827436420"),
        ("Claim ID", "2086209584"),
        ("Date of service", "1/18/2026"),
        ("Service", "98960 Self-management education"),
        ("Diagnosis", "Z39.1"),
        ("Provider", "Latch & Thrive Lactation"),
        ("Amount", "$175.00"),
    ]
    lines = [[(60, "**Palmetto Family Medicaid")], [(60, "Adverse Benefit Determination")]]
    lines += [[(60, label), (180, value)] for label, value in rows]
    lines += text_lines("Palmetto Family Medicaid is a Medicaid managed care plan.", reason)
    return make_pdf(tmp_path / "nabd.pdf", lines)


def test_medicaid_notice_code_in_the_reason_sentence(tmp_path: Path) -> None:
    path = _medicaid_notice(
        tmp_path,
        "We decided to deny payment because the provider was not eligible. "
        "Denial reason code: CO-B7.",
    )
    result = parse_file(path)
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.claim_number == "2086209584"
    assert claim.denied
    assert claim.denial.carc == ["CO-B7"]
    assert claim.denial.primary_category == "provider_type"
    assert [(a.group, a.code) for a in claim.service_lines[0].adjustments] == [("CO", "B7")]


def test_printed_carc_outranks_a_phrase_that_says_otherwise(tmp_path: Path) -> None:
    # the meaning of CO-197 decides; the sentence's vaguer wording does not override it
    path = _medicaid_notice(
        tmp_path,
        "We denied this service as not medically necessary. Denial reason code: CO-197.",
    )
    claim = parse_file(path).claims[0]
    assert claim.denial.carc == ["CO-197"]
    assert claim.denial.categories == ["prior_authorization"]


def _kv_with_key(tmp_path: Path, note: str, key: list[str], title: str) -> Path:
    rows = [
        ("Billing code", "99402"),
        ("Service date", "April 13, 2026"),
        ("Billed", "245.00"),
        ("Plan's payment", "0.00"),
        ("Remarks", note),
    ]
    lines = text_lines(
        "**Granite Coast Health", "Statement date: April 28, 2026", "Claim reference: E91-80724869"
    )
    lines += [[(60, label), (200, value)] for label, value in rows]
    lines += text_lines(title, *key)
    return make_pdf(tmp_path / "kv.pdf", lines)


def test_payer_note_key_shaped_like_a_remark_code_is_not_a_rarc(tmp_path: Path) -> None:
    path = _kv_with_key(
        tmp_path,
        "M5",
        ["M5 This service was not medically necessary.", "F1 The claim was filed too late."],
        "Remark codes",
    )
    claim = parse_file(path).claims[0]
    assert claim.denial.rarc == []
    assert all(sl.remark_codes == [] for sl in claim.service_lines)
    assert claim.denial.primary_category == "medical_necessity"


def test_note_key_referenced_beside_the_values_gives_the_reason(tmp_path: Path) -> None:
    path = _kv_with_key(
        tmp_path,
        "F1",
        ["M5 This service was not medically necessary.", "F1 The claim was filed too late."],
        "What the codes mean",
    )
    claim = parse_file(path).claims[0]
    assert claim.denied
    assert claim.denial.carc == []
    assert claim.denial.primary_category == "timely_filing"


def test_standard_remark_code_in_a_key_stays_a_rarc(tmp_path: Path) -> None:
    path = _kv_with_key(
        tmp_path,
        "N130",
        [
            "N130 Consult plan benefit documents/guidelines for information about "
            "restrictions for this service."
        ],
        "Remark codes",
    )
    claim = parse_file(path).claims[0]
    assert claim.denial.rarc == ["N130"]


def test_footnote_number_explains_its_own_code_only() -> None:
    # footnote (1) explains CO 11; PR-1 printed on a line must not borrow it, CO-11 may
    from appealgen.read.context import ParseContext
    from appealgen.read.denial import _codes_of

    key = {"1": "CO 11 - The diagnosis is inconsistent with the procedure.", "2": "Coinsurance."}
    ctx = ParseContext(lines=[], found=[], text="", glossary=key, glossary_lines=set())
    *_, explained = _codes_of(ctx, [([("PR", "1"), ("PR", "2")], [], [])])
    assert explained == ["Coinsurance."]
    *_, explained = _codes_of(ctx, [([("CO", "11")], [], ["1"])])
    assert explained == [key["1"]]


@pytest.mark.parametrize(
    ("reason", "carc", "rarc", "explained", "primary", "via"),
    [
        ("not medically necessary", ["CO-242"], [], [], "out_of_network", "codes"),
        ("This provider is not in your network.", ["CO-96"], [], [], "out_of_network", "phrases"),
        (None, ["CO-96"], ["N95"], [], "provider_type", "remark codes"),
        (
            None,
            [],
            [],
            ["Approval was needed before this service."],
            "prior_authorization",
            "code key",
        ),
        ("The diagnosis does not match the service billed.", [], [], [], "coding", "phrases"),
        ("We could not process this.", [], [], [], "other", "undecided"),
        (None, ["CO-45"], [], [], "other", "undecided"),
    ],
)
def test_classification_order(reason, carc, rarc, explained, primary, via) -> None:
    c = classification(reason, carc, rarc, codes_explained=explained)
    assert (c.primary, c.via) == (primary, via), c


def test_overruled_categories_are_reported() -> None:
    c = classification("not medically necessary", ["CO-242"], [])
    assert c.categories == ["out_of_network"]
    assert c.overruled == ["medical_necessity"]


@pytest.mark.parametrize("where", [4, 11], ids=["after-claim-id", "after-services"])
def test_medicaid_reference_number_is_not_a_second_claim(tmp_path: Path, where: int) -> None:
    rows = [
        ("Date sent", "3/16/2026"),
        ("Plan member", "Gabriela Schultz"),
        ("Medicaid ID", "NUN957134077"),
        ("Claim number", "2086209584"),
        ("Date of service", "1/18/2026"),
        ("Service", "98960 Self-management education"),
        ("Diagnosis", "Z39.1"),
        ("Provider", "Latch & Thrive Lactation"),
        ("Amount", "$175.00"),
    ]
    rows.insert(where, ("Reference number", "R827436420"))
    lines = [
        [(60, "**Palmetto Family Medicaid")],
        [(60, "Notice of Adverse Benefit Determination")],
    ]
    lines += [[(60, label), (180, value)] for label, value in rows]
    lines += text_lines("We denied this claim.", "Denial reason code: CO-B7.")
    claims = parse_file(make_pdf(tmp_path / "nabd.pdf", lines)).claims
    assert [c.claim_number for c in claims] == ["2086209584"]
    assert claims[0].denial.carc == ["CO-B7"]
    assert claims[0].denial.primary_category == "provider_type"


def _table(tmp_path: Path, row_end: str, tail: tuple[str, ...] = ()) -> Path:
    heads = [(60, "Date"), (130, "Code"), (190, "Billed"), (250, "Paid"), (310, "You owe")]
    heads += [(370, "Decision")]
    cells = [(60, "04-20-2026"), (130, "99403"), (190, "$295.00"), (250, "$0.00")]
    cells += [(310, "$0.00"), (370, row_end)]
    lines = text_lines("**Lakeview Community Health", "Claim number: 3630725246")
    lines += [heads, cells] + text_lines(*tail)
    return make_pdf(tmp_path / "t.pdf", lines)


def test_nothing_paid_and_no_reason_is_denied_but_not_sure(tmp_path: Path) -> None:
    result = parse_file(_table(tmp_path, ""))
    assert result.claims[0].denied
    ev = result.evidence["claims.0.denied"]
    assert not ev.sure
    assert ev.text == "nothing paid, no reason printed"


def test_decision_cell_denied_decides(tmp_path: Path) -> None:
    result = parse_file(_table(tmp_path, "Denied"))
    assert result.claims[0].denied
    assert result.evidence["claims.0.denied"].text == "a printed status"


def test_decision_cell_paid_is_not_denied(tmp_path: Path) -> None:
    result = parse_file(_table(tmp_path, "Paid"))
    assert result.claims[0].denied is False


def test_nothing_paid_with_a_reason_is_denied_and_sure(tmp_path: Path) -> None:
    result = parse_file(_table(tmp_path, "", ("This service is not covered under your plan.",)))
    assert result.claims[0].denied
    assert result.evidence["claims.0.denied"].text == "nothing paid on a billed service"


def test_a_line_that_refers_to_keys_is_not_a_key(tmp_path: Path) -> None:
    lines = text_lines(
        "**Heartland Care Plan",
        "Claim ID: 2026696030767",
        "Lactation class S9443 8/24/2026 Billed amt $205.00 Plan paid $0.00 Member owes $0.00",
        "Code (1) (2) Claim status: Denied",
        "Remark codes",
        "(1) CO 170 Payment is denied when performed/billed by this type of provider.",
        "(2) N95 This provider type/provider specialty may not bill this service.",
    )
    claim = parse_file(make_pdf(tmp_path / "items.pdf", lines)).claims[0]
    assert claim.denial.carc == ["CO-170"]
    assert claim.denial.rarc == ["N95"]
    assert claim.denial.primary_category == "provider_type"


@pytest.mark.parametrize(
    ("flat", "name"),
    [
        ("6958 Lindqvist Street Baltimore, MD 21201 Dear Ann,", None),
        ("Care given by: Kim Tran, IBCLC 99402 Preventive counseling", "Kim Tran, IBCLC"),
        (
            "We have reviewed the claim Latch & Thrive Lactation sent us for care",
            "Latch & Thrive Lactation",
        ),
    ],
)
def test_prose_provider(flat: str, name: str | None) -> None:
    from appealgen.read.reader_prose import prose_provider

    assert prose_provider(flat) == name


def test_a_not_covered_status_classifies_but_is_not_sure(tmp_path: Path) -> None:
    lines = text_lines(
        "**Heartland Care Plan",
        "Claim ID: 2026696030767",
        "Care recipient: Chloe McAllister",
        "Lactation class S9443 8/24/2026 Billed amt $205.00 Plan paid $0.00 Not covered",
    )
    result = parse_file(make_pdf(tmp_path / "status.pdf", lines))
    claim = result.claims[0]
    assert claim.denied
    assert claim.denial.primary_category == "not_covered"
    assert not result.evidence["claims.0.denial.primary_category"].sure
