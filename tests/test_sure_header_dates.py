"""A bare "Date:" label in the notice's heading, a label of its own after other pairs on
its line ("EFT: EFT425472775  DATE: 10/20/26"), dates the notice, unless a visit is on
that day."""

from __future__ import annotations

from pathlib import Path

from readdocs import make_pdf, text_lines

from appealgen import parse_file

HEAD = ("SAGEBRUSH HEALTH PLANS", "PO Box 96631 Boise, ID 83702", "")


def _voucher(tmp_path: Path, dated: str):
    rows = (
        *HEAD,
        f"PAYEE: Nest & Nourish Feeding Center NPI: 1299340194 EFT: EFT425472775 DATE: {dated}",
        "",
        "Claim number: 96147-9499418 Patient: Makena Oyelowo",
        "Date of service Code Billed Paid You owe Reason",
        "09/18/2026 99402 345.00 0.00 345.00 CO-50",
    )
    return parse_file(make_pdf(tmp_path / "voucher.pdf", text_lines(*rows)))


def test_a_date_label_of_its_own_after_the_payees_pairs_dates_the_notice(tmp_path: Path) -> None:
    r = _voucher(tmp_path, "10/20/26")
    assert str(r.notice_date) == "2026-10-20"
    assert r.evidence["notice_date"].sure


def test_a_heading_date_that_is_a_visits_day_is_not_sure(tmp_path: Path) -> None:
    r = _voucher(tmp_path, "09/18/26")
    assert str(r.notice_date) == "2026-09-18"
    assert not r.evidence["notice_date"].sure


def _letter(tmp_path: Path, *rows: str):
    head = ("Highgate Mutual Health", "PO Box 8811, Springfield, WI 32222", "")
    return parse_file(make_pdf(tmp_path / "letter.pdf", text_lines(*head, *rows)))


def test_a_date_label_over_a_letters_greeting_dates_the_letter(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "Date: 05/27/2026",
        "",
        "Dear Marguerite Mbeki-Rowe,",
        "We received a claim for services to Marguerite Mbeki-Rowe. On 04/07/2026, the",
        "provider billed $250.00 for service S9443. We denied this claim because it needed",
        "a prior authorization.",
    )
    assert str(r.notice_date) == "2026-05-27"
    assert r.evidence["notice_date"].sure
    # printed under the greeting, among the sentences, it heads nothing
    r = _letter(
        tmp_path,
        "Dear Marguerite Mbeki-Rowe,",
        "Date: 05/27/2026",
        "We received a claim for services to Marguerite Mbeki-Rowe. On 04/07/2026, the",
        "provider billed $250.00 for service S9443. We denied this claim because it needed",
        "a prior authorization.",
    )
    assert not r.evidence["notice_date"].sure
