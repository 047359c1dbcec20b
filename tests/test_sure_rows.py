"""Values printed across rows: a label's neighbour on a row of labels printed over their
values, and an identifier its cell printed over two lines (read/sure_stack.py,
read/sure_wrap.py)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from appealgen import parse_file
from appealgen.read.extract import Page, Word
from appealgen.read.layout import group_lines
from appealgen.read.sure_stack import label_row_value
from appealgen.read.sure_wrap import continues_below
from appealgen.read.wrapped_ids import joined_id


def _lines(rows: list[tuple[float, list[tuple[float, str]], float, bool]]):
    """Lines of a page: each row is (top, [(x0, word)], size, bold); a word is as wide as
    0.55 of its size a character."""
    words = []
    for top, pieces, size, bold in rows:
        for x0, text in pieces:
            for k, w in enumerate(text.split()):
                start = x0 + sum(len(p) + 1 for p in text.split()[:k]) * size * 0.55
                end = start + len(w) * size * 0.55
                words.append(Word(w, start, end, top, top + size, size, bold))
    return group_lines(Page(1, 612, 792, words))


BOXES = [
    (143.0, [(52, "Insured's Name"), (310, "Insured's ID #")], 6.5, False),
    (151.0, [(52, "Ruairi Mbeki-Rowe"), (310, "57469848U")], 8.0, True),
    (165.0, [(52, "Patient"), (310, "Relationship to Insured")], 6.5, False),
    (173.0, [(52, "Ines Mbeki-Rowe"), (310, "Spouse")], 8.0, True),
]


def test_a_labels_neighbour_on_a_row_of_labels_over_values_is_no_value() -> None:
    lines = _lines(BOXES)
    at = next(k for k, ln in enumerate(lines) if ln.text.startswith("Patient"))
    assert label_row_value(lines, at, 310.0) is not None
    # the row of values under a row of labels: no label before the value on its line
    values = next(k for k, ln in enumerate(lines) if ln.text.startswith("Ruairi"))
    assert label_row_value(lines, values, 310.0) is None


def test_a_label_and_value_in_the_type_of_the_line_under_them_are_a_pair() -> None:
    same = [(top, pieces, 8.0, False) for top, pieces, _size, _bold in BOXES]
    lines = _lines(same)
    at = next(k for k, ln in enumerate(lines) if ln.text.startswith("Patient"))
    assert label_row_value(lines, at, 310.0) is None


ROW = (178.0, [(48, "FAIRWEATHER, NOOR"), (228, "E6838544"), (288, "08/11/2026")], 7.0, False)
HEADING = (106.0, [(48, "Patient"), (228, "Claim No."), (288, "Svc Date")], 7.0, True)


def _wrap(under: list[tuple[float, str]], *, size: float = 7.0, heading=HEADING):
    lines = _lines([heading, ROW, (187.0, under, size, False)])
    at = next(k for k, ln in enumerate(lines) if "E6838544" in ln.text)
    return lines, at


def test_an_identifier_whose_rest_is_printed_under_it_is_joined() -> None:
    lines, at = _wrap([(228, "231980"), (340, "Adj: CO-45")])
    assert joined_id(lines, at, "E6838544") == "E6838544231980"
    assert continues_below(lines, at, "E6838544") is None


def test_a_rest_that_may_not_continue_it_leaves_the_identifier_unsure() -> None:
    # in another type: maybe another number printed under it
    lines, at = _wrap([(228, "231980"), (340, "Adj: CO-45")], size=6.0)
    assert joined_id(lines, at, "E6838544") is None
    assert continues_below(lines, at, "E6838544") is not None
    # wider than the identifier's first line: no wrapped rest
    lines, at = _wrap([(228, "2319801234567")])
    assert joined_id(lines, at, "E6838544") is None
    assert continues_below(lines, at, "E6838544") is not None
    # a heading printing two labels over the column: two numbers a row
    two = (97.0, [(228, "Acct No.")], 7.0, True)
    lines = _lines([two, HEADING, ROW, (187.0, [(228, "231980")], 7.0, False)])
    at = next(k for k, ln in enumerate(lines) if "E6838544" in ln.text)
    assert joined_id(lines, at, "E6838544") is None
    assert continues_below(lines, at, "E6838544") is not None


def test_a_row_of_its_own_under_an_identifier_is_neither_joined_nor_a_doubt() -> None:
    # the next service, with its date and amount
    lines, at = _wrap([(228, "T1099016"), (288, "08/15/2026"), (389, "110.00")])
    assert joined_id(lines, at, "E6838544") is None
    assert continues_below(lines, at, "E6838544") is None
    # a label and its value: "Group No. YD7827" under "Subscriber No. TT1491346-03"
    pair = (178.0, [(48, "Subscriber No."), (134, "TT1491346-03")], 8.0, False)
    lines = _lines([pair, (190.0, [(48, "Group No."), (134, "YD7827")], 8.0, False)])
    assert joined_id(lines, 0, "TT1491346-03") is None
    assert continues_below(lines, 0, "TT1491346-03") is None
    # values first, each with its label after it: "662923 grp no" under "EHY568905438 mbr no"
    first = (70.0, [(36, "EHY568905438"), (110, "mbr no")], 8.0, False)
    lines = _lines([first, (80.0, [(36, "662923"), (110, "grp no")], 8.0, False)])
    assert joined_id(lines, 0, "EHY568905438") is None
    assert continues_below(lines, 0, "EHY568905438") is None


def _remittance(path: Path) -> Path:
    """A remittance whose claim numbers wrap in a narrow column, and a box of labels
    printed small over their values."""
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    h = letter[1]

    def put(x: float, top: float, text: str, size: float, bold: bool = False) -> None:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(x, h - top - size, text)

    put(48, 50, "Marigold Health Plan", 12, True)
    put(48, 66, "PO Box 55636, Omaha, NE 68102", 7.5)
    put(52, 90, "Insured's Name", 6.5)
    put(310, 90, "Member ID", 6.5)
    put(52, 98, "Noor Fairweather", 8, True)
    put(310, 98, "NGD211474016", 8, True)
    put(52, 112, "Patient", 6.5)
    put(310, 112, "Relationship to Insured", 6.5)
    put(52, 120, "Ottilie Fairweather", 8, True)
    put(310, 120, "Child", 8, True)
    heads = [(48, "Claim No."), (100, "Svc Date"), (160, "Proc"), (200, "Billed"), (250, "Paid")]
    for x, t in heads:
        put(x, 150, t, 7, True)
    row = [(48, "E6838544"), (100, "08/11/2026"), (160, "99403"), (200, "370.00"), (250, "0.00")]
    for x, t in row:
        put(x, 166, t, 7)
    put(48, 175, "231980", 7)
    put(160, 175, "Adj: CO-50", 6.5)
    put(48, 200, "CO-50 These are non-covered services because this is not deemed a", 7)
    put(48, 209, "'medical necessity' by the payer.", 7)
    c.showPage()
    c.save()
    return path


def test_a_wrapped_claim_number_is_read_whole_and_a_labels_neighbour_is_no_value(
    tmp_path: Path,
) -> None:
    r = parse_file(_remittance(tmp_path / "remit.pdf"))
    assert [c.claim_number for c in r.claims] == ["E6838544231980"]
    assert r.evidence["claims.0.claim_number"].sure
    # "Relationship to Insured" beside "Patient" is the next label: the value is under it
    assert r.claims[0].patient_name == "Ottilie Fairweather"
    assert r.evidence["claims.0.patient_name"].sure
    assert r.evidence["member.id"].sure


def test_a_patient_column_printing_the_surname_first_is_read_given_name_first(
    tmp_path: Path,
) -> None:
    from readdocs import make_pdf

    rows = [
        [(60, "**Marigold Health Plan")],
        [(60, "PO Box 55636, Omaha, NE 68102")],
        [],
        [(60, "Patient"), (200, "Claim No."), (280, "Svc Date"), (350, "Proc"), (400, "Billed")],
        [(60, "FAIRWEATHER, NOOR"), (200, "E6838544"), (280, "08/11/2026")]
        + [(350, "99403"), (400, "370.00")],
        [(60, "Claim E6838544: denied, CO-50 not deemed a medical necessity by the payer.")],
    ]
    r = parse_file(make_pdf(tmp_path / "cols.pdf", rows, size=8))
    assert r.claims[0].patient_name == "NOOR FAIRWEATHER"


def test_a_member_id_whose_rest_may_be_printed_under_it_is_not_sure(tmp_path: Path) -> None:
    # "Participant ID KVA75215" over "826315": a scan's OCR prints the rest in other
    # letters' shape (digits under letters and digits), so it is not joined, and not sure
    c = canvas.Canvas(str(tmp_path / "id.pdf"), pagesize=letter, invariant=1)
    h = letter[1]
    for x, top, text, size in [
        (48, 50, "Keystone Valley Administrators", 12),
        (48, 66, "PO Box 40334, Allentown, PA 18101", 7.5),
        (48, 96, "Dagny Haverford", 8),
        (306, 107, "Employee", 8),
        (376, 107, "Dagny Haverford", 8),
        (306, 118, "Participant ID", 8),
        (376, 118, "KVA75215", 8),
        (376, 129, "826315", 6.5),
        (306, 142, "Group No.", 8),
        (376, 142, "KV6008", 8),
        (48, 170, "Claim K902092-5218 for 99403 on 05/01/2026, billed $425.00, was denied:", 8),
        (48, 181, "CO-185 the rendering provider may not bill this service.", 8),
    ]:
        c.setFont("Helvetica", size)
        c.drawString(x, h - top - size, text)
    c.showPage()
    c.save()
    r = parse_file(tmp_path / "id.pdf")
    assert r.member.id in ("KVA75215", "KVA75215826315")
    assert not r.evidence["member.id"].sure
