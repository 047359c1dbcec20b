"""Sureness rules: a value is sure only when the page prints it as that value.

Each test makes a small notice and checks one rule: a label printed with the words before
a bare "Date" or "ID" that name the field, a value under a label printed above it, a plan
type printed right after its label, a claim number holding a sign no claim number has,
claim totals of a layout that prints none, and a network status said only as the plan's
reason for the denial.
"""

from __future__ import annotations

from pathlib import Path

from page_lines import page_lines
from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = (
    "Ridgeline Health Cooperative",
    "PO Box 29013, Denver, CO 80202",
    "",
)


def _read(tmp_path: Path, *rows: str):
    return parse_file(make_pdf(tmp_path / "n.pdf", text_lines(*HEAD, *rows)))


def _claim(number: str = "E25-25702521") -> tuple[str, ...]:
    return (
        f"Claim number: {number}",
        "Patient: Maya Hollis",
        "Date of service Code Billed Paid You owe Reason",
        "02/04/2026 99403 280.00 0.00 280.00 CO-242",
    )


def test_a_bare_date_label_is_sure_when_the_word_before_it_names_the_notice(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "Member ID: VSA291805612 Ledger date 01/15/2026", *_claim())
    ev = r.evidence["notice_date"]
    assert ev.sure, ev.reason
    # a bare "Date" with nothing naming it stays a guess
    r = _read(tmp_path, "Member ID: VSA291805612 Date 01/15/2026", *_claim())
    assert not r.evidence["notice_date"].sure


def test_a_bare_id_label_is_sure_when_the_word_before_it_names_the_member(
    tmp_path: Path,
) -> None:
    r = _read(tmp_path, "Policyholder ID VSA291805612 Statement date: 01/15/2026", *_claim())
    assert r.member.id == "VSA291805612" and r.evidence["member.id"].sure


def test_a_date_under_its_label_is_found_and_sure(tmp_path: Path) -> None:
    """Labels printed above their values: the date is looked for under its label."""
    rows = [
        *text_lines(*HEAD),
        [(60, "MEMBER ID"), (200, "PLAN"), (340, "STATEMENT PRODUCED")],
        [(60, "VSA291805612"), (200, "Ridgeline Choice"), (340, "01/15/2026")],
        *text_lines(*_claim()),
    ]
    r = parse_file(make_pdf(tmp_path / "above.pdf", rows))
    ev = r.evidence["notice_date"]
    assert ev.sure and ev.bbox is not None and ev.text == "01/15/2026", ev


def test_a_plan_type_right_after_its_label_is_sure() -> None:
    from appealgen.read.evidence_labels import label_before, names_field

    lines = page_lines(["Group planno. 35659 Plan type PPO", "Product type: HMO", "PPO network"])
    assert label_before(lines, 0, "PPO", "plan_type")
    assert label_before(lines, 1, "HMO", "plan_type")
    assert not label_before(lines, 2, "PPO", "plan_type")  # no label before it
    assert names_field("Plan type", "plan_type") and not names_field("Group", "plan_type")


def test_a_claim_number_with_a_dollar_sign_is_unsure(tmp_path: Path) -> None:
    r = _read(tmp_path, "Member ID: VSA291805612", *_claim("$B213888-5"))
    ev = r.evidence["claims.0.claim_number"]
    assert not ev.sure and "sign" in ev.reason
    r = _read(tmp_path, "Member ID: VSA291805612", *_claim("SB213888-5"))
    assert r.evidence["claims.0.claim_number"].sure


def _service(n: int, day: str, code: str, billed: str) -> tuple[str, ...]:
    return (
        f"Service {n}",
        f"Visit date: 02/{day}/2026",
        f"Billing code: {code}",
        f"Provider charged: {billed}",
        "Plan allowance: 0.00",
        f"Patient responsibility: {billed}",
    )


def test_one_service_totals_are_unsure_where_the_layout_prints_no_totals(tmp_path: Path) -> None:
    """Key/value claims listing their services and no totals: a claim of one service has
    no printed totals either; its line's amounts are not the claim's printed totals."""
    r = _read(
        tmp_path,
        "Statement date: 03/21/2026",
        "Member ID: VSA291805612",
        "Claim number: E25-25702521",
        *_service(1, "04", "98960", "280.00"),
        *_service(2, "07", "99404", "200.00"),
        "Claim number: E33-79444935",
        *_service(1, "05", "S9443", "435.00"),
    )
    assert [len(c.service_lines) for c in r.claims] == [2, 1]
    assert r.claims[1].totals.billed is not None
    ev = r.evidence["claims.1.totals.billed"]
    assert not ev.sure and "no claim totals" in ev.reason
    assert r.evidence["claims.1.service_lines.0.billed"].sure  # the line's own amount stands


def test_a_network_said_only_as_the_denial_reason_is_unsure(tmp_path: Path) -> None:
    reason = "We denied this claim because the provider is not in our network."
    r = _read(tmp_path, "Member ID: VSA291805612", *_claim(), reason)
    assert r.claims[0].provider.network == "out"
    ev = r.evidence["claims.0.provider.network"]
    assert not ev.sure and "reason" in ev.reason
    r = _read(tmp_path, "Member ID: VSA291805612", *_claim(), "Network status: Out-of-network")
    assert r.claims[0].provider.network == "out" and r.evidence["claims.0.provider.network"].sure
