"""Failures seen on layouts outside the samples, each as a small synthetic document."""

from __future__ import annotations

from pathlib import Path

import pytest
from readdocs import make_pdf, text_lines

from appealgen import parse_file
from appealgen.read.denial import printed_status


@pytest.mark.parametrize(
    "text, status",
    [
        ("Claim status: Denied", "denied"),
        ("Status - Rejected", "denied"),
        ("Line status: Paid\nLine status: Not covered", "denied"),
        ("Status: Paid", "paid"),
        ("The status of your appeal is explained below.", None),
    ],
    ids=["denied", "rejected", "mixed", "paid", "prose"],
)
def test_printed_status(text: str, status: str | None) -> None:
    assert printed_status(text) == status


def test_status_denied_in_a_one_line_per_service_letter(tmp_path: Path) -> None:
    # nothing billed is shown as unpaid on the line: only the printed status says denied
    path = make_pdf(
        tmp_path / "status.pdf",
        text_lines(
            "**Heartland Care Plan",
            "Notice date 9/27/2026",
            "Claim ID: 2026696030767",
            "Care recipient: Chloe McAllister",
            "Lactation class S9443 8/24/2026 Billed amt $205.00",
            "Claim status: Denied",
        ),
    )
    result = parse_file(path)
    claim = result.claims[0]
    assert claim.denied
    ev = result.evidence["claims.0.denied"]
    assert ev.sure and ev.text == "a printed status"
