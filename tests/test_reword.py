"""benchmarks/reword.py: a re-typeset page keeps its places; labels change, values do not."""

from __future__ import annotations

import json
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
WORDS = {
    "skip": ["date"],
    "fields": {
        "member_id": {"match": ["kin number"], "dev": ["Kin Tag"], "check": ["Kin Mark"]},
        "patient_name": {
            "match": ["who came"],
            "dev": ["The Visitor Who Came Along"],
            "check": ["Guest"],
        },
        "notice_date": {"match": ["date", "went by"], "dev": ["Sent Out"], "check": ["Went Out"]},
        "group_number": {"match": ["crew no."], "dev": ["Crew Tag"], "check": ["Crew Mark"]},
        "billed": {"match": ["asked"], "dev": ["Asked For"], "check": ["Sought"]},
    },
}


def _words(tmp_path: Path) -> dict:
    path = tmp_path / "words.yaml"
    path.write_text(yaml.safe_dump(WORDS), encoding="utf-8")
    return reword.load_words(path)


def _notice(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.setFillGray(0.85)
    c.rect(30, 200, 200, 40, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica", 10)
    c.drawString(40, 220, "Kin number: QX4471")
    c.drawString(40, 180, "Who came: Ada Lark")
    c.drawString(40, 160, "Date: 2026-01-05")
    c.drawString(40, 140, "Kin number")
    c.drawString(160, 140, "QX4471")
    c.line(30, 120, 370, 120)
    c.save()


def _words_at(path: Path) -> dict[str, tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        return {w["text"]: (w["x0"], w["top"]) for w in page.extract_words()}, page


def _reword(tmp_path: Path, half: str) -> tuple[Path, reword.Context]:
    src, out = tmp_path / "in.pdf", tmp_path / f"out-{half}.pdf"
    _notice(src)
    ctx = reword.Context("in", {}, half, random.Random(1), _words(tmp_path))
    reword.reword_pdf(src, out, ["labels"], ctx)
    return out, ctx


def test_new_label_is_drawn_where_the_old_one_was(tmp_path: Path) -> None:
    out, ctx = _reword(tmp_path, "dev")
    before, _ = _words_at(tmp_path / "in.pdf")
    after, page = _words_at(out)
    assert after["Tag:"][0] == pytest.approx(before["number:"][0], abs=30)
    assert after["Kin"][0] == pytest.approx(before["Kin"][0], abs=0.5)
    # an unchanged line stays where it was; a value follows its new label at one space
    assert after["2026-01-05"] == pytest.approx(before["2026-01-05"], abs=0.5)
    first = [w for w in page.extract_words() if w["top"] < 75]
    assert [w["text"] for w in first] == ["Kin", "Tag:", "QX4471"]
    assert first[2]["x0"] - first[1]["x1"] == pytest.approx(2.78, abs=0.5)  # one space
    # a label cell before its value cell is replaced too (no colon of its own)
    lines = page.extract_text().splitlines()
    assert any(ln.startswith("Kin Tag QX4471") for ln in lines)
    # a label in the skip list is never replaced, even when a field lists it
    assert "Date: 2026-01-05" in lines
    assert ("notice_date", "Date:", "Sent Out:") not in ctx.replaced


def test_a_long_label_is_squeezed_into_the_room_before_its_value(tmp_path: Path) -> None:
    out, _ = _reword(tmp_path, "dev")
    with pdfplumber.open(out) as pdf:
        words = pdf.pages[0].extract_words()
    label = [w for w in words if abs(w["top"] - words[0]["top"]) > 30 and w["x0"] < 150]
    row = [w for w in words if w["text"] in ("Visitor", "Along:", "Ada")]
    along = next(w for w in row if w["text"] == "Along:")
    ada = next(w for w in row if w["text"] == "Ada")
    assert along["x1"] < ada["x0"]  # squeezed, not overlapping the value
    assert label  # the page still reads as words


def test_rules_and_shaded_boxes_are_kept(tmp_path: Path) -> None:
    out, _ = _reword(tmp_path, "check")
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert any(r["fill"] and r["x0"] == pytest.approx(30) for r in page.rects)
        assert any(
            ln["x0"] == pytest.approx(30) and ln["x1"] == pytest.approx(370) for ln in page.lines
        )
        text = page.extract_text()
    assert "Kin Mark: QX4471" in text and "Guest: Ada Lark" in text


def test_a_set_is_copied_with_its_truth(tmp_path: Path) -> None:
    src = tmp_path / "set"
    src.mkdir()
    _notice(src / "n00_a_0.pdf")
    truth = {"source": {"file": "n00_a_0.pdf", "sha256": "x"}, "member": {"id": "QX4471"}}
    (src / "n00_a_0.expected.json").write_text(json.dumps(truth), encoding="utf-8")
    n = reword.reword_set(
        src, tmp_path / "out" / "set", half="dev", words=_words(tmp_path), log=None
    )
    assert n == 1
    got = json.loads((tmp_path / "out" / "set" / "n00_a_0.expected.json").read_text())
    assert got["member"] == truth["member"] and got["source"]["sha256"] != "x"


def test_the_shipped_vocabulary_is_new_to_the_reader() -> None:
    words = reword.load_words()  # refuses a wording that labels.yaml lists
    for name, spec in words["fields"].items():
        assert spec["dev"] and spec["check"], name
        assert not set(spec["dev"]) & set(spec["check"]), name


def test_a_vocabulary_naming_a_known_label_is_refused(tmp_path: Path) -> None:
    bad = {"fields": {"member_id": {"dev": ["Member ID"], "check": ["Kin Mark"]}}}
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(ValueError, match="labels.yaml"):
        reword.load_words(path)


def test_the_held_out_sets_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "varied" / "heldout").mkdir(parents=True)
    for folder in (tmp_path / "varied", tmp_path / "varied" / "heldout"):
        assert reword.main([str(folder), "--out", str(tmp_path / "o")]) == 1
    assert "tuning set" in capsys.readouterr().err


def _forms(path: Path) -> None:
    c = canvas.Canvas(str(path), pagesize=(500, 300))
    c.setFont("Helvetica", 10)
    # two pairs in one cell: the second label ends the first value
    c.drawString(40, 260, "Who came: Ada Lark Kin number: QX4471")
    c.drawString(40, 240, "Went by - 2026-01-05")  # a dash after a label
    c.drawString(40, 210, "Crew no.")  # labels above their values
    c.drawString(200, 210, "Went by")
    c.drawString(40, 196, "551203")
    c.drawString(200, 196, "2026-01-05")
    c.drawString(40, 160, "Asked")  # a heading row of a table: not replaced
    c.drawString(120, 160, "Kin number")
    c.drawString(220, 160, "Who came")
    c.drawString(320, 160, "Paid")
    c.drawString(40, 146, "410.00")
    c.setFont("Times-Roman", 10)  # another font, drawn at its own widths
    c.drawString(40, 110, "Asked: 410.00 for the visit")
    c.save()


def test_pairs_in_one_cell_dashes_and_labels_above_values(tmp_path: Path) -> None:
    src, out = tmp_path / "forms.pdf", tmp_path / "forms-out.pdf"
    _forms(src)
    ctx = reword.Context("forms", {}, "check", random.Random(1), _words(tmp_path))
    reword.reword_pdf(src, out, ["labels"], ctx)
    with pdfplumber.open(out) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    assert lines[0] == "Guest: Ada Lark Kin Mark: QX4471"
    assert lines[1] == "Went Out - 2026-01-05"
    assert lines[2].split() == ["Crew", "Mark", "Went", "Out"]
    assert lines[3].split() == ["551203", "2026-01-05"]
    assert lines[4].split() == ["Asked", "Kin", "number", "Who", "came", "Paid"]
    assert lines[6] == "Sought: 410.00 for the visit"


def test_words_keep_their_letters_together_in_any_font(tmp_path: Path) -> None:
    src, out = tmp_path / "forms.pdf", tmp_path / "forms-out.pdf"
    _forms(src)
    ctx = reword.Context("forms", {}, "dev", random.Random(1), _words(tmp_path))
    reword.reword_pdf(src, out, ["labels"], ctx)

    def times_line(path: Path) -> list[tuple[str, float, float]]:
        with pdfplumber.open(path) as pdf:
            ws = [w for w in pdf.pages[0].extract_words() if w["top"] > 180]
        base = ws[-4]["x0"]  # the value: what follows keeps its place from there
        return [(w["text"], round(w["x0"] - base, 1), round(w["x1"] - w["x0"], 1)) for w in ws[-4:]]

    assert times_line(out) == times_line(src)
    assert [t for t, _, _ in times_line(src)] == ["410.00", "for", "the", "visit"]
