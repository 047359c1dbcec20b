"""benchmarks/reword.py's table transformations: values re-spelled, columns moved and
re-headed, the truth of every row kept."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pdfplumber
import pytest
import yaml
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import reword  # noqa: E402

# A vocabulary of its own: the test does not depend on the shipped wordings.
CELLS = {
    "headings": {
        "billed": {"dev": ["Asked"], "check": ["Sought"]},
        "paid": {"dev": ["Handed"], "check": ["Given"]},
        "date_of_service": {"dev": ["Seen Day"], "check": ["Met On"]},
    },
    "spellings": {
        "dates": {"dev": ["%d-%b-%y!"], "check": ["%B %-d, %Y"]},
        "amounts": {"dev": ["USD {plain}"], "check": ["${short}"]},
        "procedures": {"dev": ["CPT {code}|space"], "check": ["{code}|glued"]},
        "diagnoses": {"dev": ["{head}{tail}"], "check": ["ICD {head}.{tail}"]},
    },
}
TRUTH = {
    "notice_date": "2026-02-09",
    "claims": [
        {
            "service_lines": [
                {
                    "date_of_service": "2026-01-05",
                    "procedure_code": "97802",
                    "modifiers": ["GT"],
                    "diagnosis_codes": ["R63.8"],
                    "billed": "1240.00",
                    "allowed": "620.50",
                    "paid": "496.40",
                    "patient_responsibility": "124.10",
                },
                {
                    "date_of_service": "2026-01-12",
                    "procedure_code": "97803",
                    "modifiers": [],
                    "diagnosis_codes": [],
                    "billed": "330.00",
                    "allowed": "210.00",
                    "paid": "168.00",
                    "patient_responsibility": "42.00",
                },
            ],
            "totals": {
                "billed": "1570.00",
                "allowed": "830.50",
                "paid": "664.40",
                "patient_responsibility": "166.10",
            },
        }
    ],
}
HEADINGS = ["Visit", "Code", "Charge", "Allowed", "Plan paid", "You owe"]
XS = [40, 110, 230, 290, 350, 410]  # amounts are drawn right-aligned at x + 50


def _notice(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(500, 300))
    c.setFont("Helvetica", 9)
    c.drawString(40, 270, "Notice date: 02/09/2026   Diagnosis: R63.8")
    for x, h in zip(XS, HEADINGS, strict=True):
        c.drawString(x, 240, h)
    rows = [
        ("01/05/2026", "97802-GT", "1,240.00", "620.50", "496.40", "124.10"),
        ("01/12/2026", "97803", "330.00", "210.00", "168.00", "42.00"),
        ("", "Total", "1,570.00", "830.50", "664.40", "166.10"),
    ]
    for k, row in enumerate(rows):
        y = 222 - 16 * k
        for x, cell in zip(XS[:2], row[:2], strict=True):
            c.drawString(x, y, cell)
        for x, cell in zip(XS[2:], row[2:], strict=True):
            c.drawRightString(x + 50, y, cell)
    c.save()


def _reword(tmp_path: Path, transform: str, half: str, seed: int = 1) -> reword.Context:
    src, out = tmp_path / "in.pdf", tmp_path / f"{transform}-{half}.pdf"
    _notice(src)
    words = {"sources": {}, "known": set(), "cells": CELLS}
    ctx = reword.Context("in", TRUTH, half, random.Random(seed), words)
    reword.reword_pdf(src, out, [transform], ctx)
    return ctx


def _lines(path: Path) -> list[list[dict]]:
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words(keep_blank_chars=False, x_tolerance=1.5)
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["bottom"]), []).append(w)
    return [sorted(ws, key=lambda w: w["x0"]) for _, ws in sorted(rows.items())]


def _texts(path: Path) -> list[str]:
    return [" ".join(w["text"] for w in ln) for ln in _lines(path)]


@pytest.mark.parametrize(
    ("half", "expected"),
    [
        (
            "dev",
            [
                "Notice date: 09-FEB-26 Diagnosis: R638",
                "05-JAN-26 CPT 97802 GT USD 1,240.00 USD 620.50 USD 496.40 USD 124.10",
            ],
        ),
        (
            "check",
            [
                "Notice date: February 9, 2026 Diagnosis: ICD R63.8",
                "January 5, 2026 97802GT $1240 $620.5 $496.4 $124.1",
            ],
        ),
    ],
)
def test_values_are_re_spelled_with_their_half(tmp_path: Path, half: str, expected) -> None:
    _reword(tmp_path, "spellings", half)
    texts = _texts(tmp_path / f"spellings-{half}.pdf")
    for line in expected:
        assert line in texts


def test_a_value_the_truth_does_not_hold_keeps_its_spelling(tmp_path: Path) -> None:
    ctx = _reword(tmp_path, "spellings", "dev")
    texts = _texts(tmp_path / "spellings-dev.pdf")
    assert any(t.startswith("Total") for t in texts)  # the word is no value
    assert all(old != new for kind, old, new in ctx.replaced if kind == "spelling")


def _columns_of(path: Path) -> dict[str, float]:
    """Where each row's amounts stand, by the truth field they hold (the first row)."""
    lines = _lines(path)
    row = next(ln for ln in lines if any(w["text"] == "1,240.00" for w in ln))
    where = {w["text"]: w["x1"] for w in row}
    return {
        "billed": where["1,240.00"],
        "allowed": where["620.50"],
        "paid": where["496.40"],
        "patient_responsibility": where["124.10"],
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_columns_move_with_their_headings_and_every_row_keeps_its_values(
    tmp_path: Path, seed: int
) -> None:
    ctx = _reword(tmp_path, "column_order", "dev", seed)
    out = tmp_path / "column_order-dev.pdf"
    before = _columns_of(tmp_path / "in.pdf")
    after = _columns_of(out)
    assert sorted(after.values()) == pytest.approx(sorted(before.values()), abs=1.0)
    assert after != pytest.approx(before, abs=1.0)  # the amounts are in another order
    lines = _lines(out)
    total = next(ln for ln in lines if ln[0]["text"] == "Total")
    second = next(ln for ln in lines if any(w["text"] == "330.00" for w in ln))
    heads = next(ln for ln in lines if any(w["text"] == "Visit" for w in ln))
    # each row's amounts and the totals moved alike; each heading sits over its column
    for field, x in after.items():
        k = list(before).index(field)
        assert any(abs(w["x1"] - x) < 1.0 for w in second if w["text"] in TRUTH_TEXT[k])
        assert any(abs(w["x1"] - x) < 1.0 and w["text"] == TOTALS[k] for w in total)
        heading = HEADINGS[2 + k].split()[-1]
        assert any(w["text"] == heading and x - 60 < w["x0"] < x for w in heads)
    assert ctx.replaced == []  # no heading re-worded by the order alone


TRUTH_TEXT = [("330.00",), ("210.00",), ("168.00",), ("42.00",)]
TOTALS = ["1,570.00", "830.50", "664.40", "166.10"]


@pytest.mark.parametrize("half", ["dev", "check"])
def test_headings_are_re_worded_over_the_columns_they_name(tmp_path: Path, half: str) -> None:
    ctx = _reword(tmp_path, "headings", half)
    texts = _texts(tmp_path / f"headings-{half}.pdf")
    heads = next(t for t in texts if "Code" in t)
    new = {f: CELLS["headings"][f][half][0] for f in ("billed", "paid", "date_of_service")}
    assert heads == f"{new['date_of_service']} Code {new['billed']} Allowed {new['paid']} You owe"
    assert {old for _, old, _ in ctx.replaced} == {"Visit", "Charge", "Plan paid"}


def test_the_cells_vocabulary_is_checked(tmp_path: Path) -> None:
    bad = {
        "headings": {"billed": {"dev": ["Charges"], "check": ["Sought"]}},
        "spellings": {"dates": {"dev": ["%Y"], "check": ["%y"]}},
    }
    path = tmp_path / "cells.yaml"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="labels.yaml"):
        reword.load_cells(path)
    bad["headings"]["billed"]["dev"] = ["Sought"]
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="both halves"):
        reword.load_cells(path)


def test_the_shipped_cells_vocabulary_loads() -> None:
    data = reword.load_cells()
    assert {"dates", "amounts", "procedures", "diagnoses"} <= set(data["spellings"])
    assert {"billed", "allowed", "paid", "patient_responsibility"} <= set(data["headings"])
