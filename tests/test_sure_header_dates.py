"""A bare "Date:" label in the notice's heading, a label of its own after other pairs on
its line ("EFT: EFT425472775  DATE: 10/20/26"), dates the notice, unless a visit is on
that day."""

from __future__ import annotations

from pathlib import Path

import pytest
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


# The document's own date before a claim's handling: a "Date:" or a date alone heading
# the letter is the notice's, a "Decision date" or "processed on" printed for a claim
# is not preferred over it; two such dates that disagree leave the notice's date asked.

_BODY = (
    "Dear Ines Marquardt,",
    "We received claim 4471-88213 for services to Ines Marquardt. On 06/02/2026, the",
    "provider billed $250.00 for service 99403. We denied this claim because it needed",
    "a prior authorization.",
)


def test_a_date_heading_the_letter_comes_before_a_decision_date(tmp_path: Path) -> None:
    r = _letter(tmp_path, "Date: Jul 15, 2026", "Decision date: Jul 12, 2026", "", *_BODY)
    assert str(r.notice_date) == "2026-07-15"
    assert r.evidence["notice_date"].sure


def test_a_date_alone_heading_the_letter_comes_before_a_processed_date(tmp_path: Path) -> None:
    r = _letter(
        tmp_path,
        "02/11/2026",
        "",
        *_BODY,
        "The claim we received on 02/01/2026 was processed on 02/09/2026.",
    )
    assert str(r.notice_date) == "2026-02-11"
    assert r.evidence["notice_date"].sure


def test_two_claims_processed_on_other_days_leave_the_notices_date_asked(
    tmp_path: Path,
) -> None:
    r = _letter(
        tmp_path,
        *_BODY,
        "The claim we received on 06/05/2026 was processed on 06/12/2026.",
        "We also received claim 4471-88214. On 06/03/2026, the provider billed $120.00 for",
        "service 99401. The claim we received on 06/06/2026 was processed on 06/20/2026.",
    )
    assert str(r.notice_date) == "2026-06-12"
    ev = r.evidence["notice_date"]
    assert not ev.sure and "June 20, 2026" in (ev.reason or "")


def test_a_statement_date_comes_before_a_claims_processed_date(tmp_path: Path) -> None:
    rows = (
        *HEAD,
        "Statement date: 03/02/2026",
        "",
        "Claim number: 96147-9499418 Patient: Makena Oyelowo Processed: 02/27/2026",
        "Date of service Code Billed Paid You owe Reason",
        "02/18/2026 99402 345.00 0.00 345.00 CO-50",
    )
    r = parse_file(make_pdf(tmp_path / "eob.pdf", text_lines(*rows)))
    assert str(r.notice_date) == "2026-03-02"
    assert r.evidence["notice_date"].sure


def test_a_copys_printed_date_under_the_claims_comes_after_the_claims_processed_date(
    tmp_path: Path,
) -> None:
    rows = (
        *HEAD,
        "Claim # 84-381520-85504 Patient: Guadalupe Brightwater",
        "Processed Sep 20, 2026",
        "Date of service Code Billed Paid You owe Reason",
        "08/16/2026 99402 145.00 0.00 145.00 PR-242",
        "",
        "Printed 09/26/2026 from the member website",
    )
    r = parse_file(make_pdf(tmp_path / "portal.pdf", text_lines(*rows)))
    assert str(r.notice_date) == "2026-09-20"


def test_the_notices_dates_are_ranked_once_and_rated_as_ranked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the read ranks the notice's dates and the evidence rates those same dates: where
    # the claims start is worked out once, not again for each date and for the evidence
    from appealgen.read import notice_date

    starts: list[tuple[str, ...]] = []
    real = notice_date._first_claim_line

    def counted(ctx, numbers):
        starts.append(numbers)
        return real(ctx, numbers)

    monkeypatch.setattr(notice_date, "_first_claim_line", counted)
    r = _voucher(tmp_path, "10/20/26")
    assert str(r.notice_date) == "2026-10-20" and r.evidence["notice_date"].sure
    assert starts == [("96147-9499418",)]
