"""A correction teaches a layout whose notice prints its values in another spelling or
with an OCR slip: IDs in groups or with a look-alike character, names in capitals or
surname first. The layout says what it matched, and reads later notices the same way."""

from __future__ import annotations

import pytest
from page_lines import text_document

import appealgen.learn as learn
from appealgen.read import learned
from appealgen.read.layouts import validate
from appealgen.read.learned_values import (
    fit_shape,
    id_shape,
    last_first,
    loose_spans,
    ocr_key,
    same_value,
    spaced_like,
)


def test_values_compare_in_a_loose_form():
    assert ocr_key("QX-40 11O7") == "0X401107"
    assert same_value("id", "QX4011078", "QX4O11O78")  # O for 0
    assert same_value("id", "RT5520918", "RT 552 0918")
    assert same_value("id", "RT55209184", "RT55209I84")
    assert same_value("id", "RTX5520918", "RTK5520918")  # a letter misread in a long ID
    assert not same_value("id", "RT5520918", "RT5520917")  # a short ID: exactly
    assert same_value("name", "Odile Brannagh", "ODILE BRANNAGH")
    assert same_value("name", "Odile Brannagh", "BRANNAGH, ODILE")
    assert same_value("name", "Odile Brannagh", "Odlle Brannagh")  # one letter misread
    assert not same_value("name", "Odile Brannagh", "Brannagh Odile")  # no comma: not turned
    assert not same_value("name", "Odile Brannagh", "Odile Brannagh Fenn")
    assert same_value("dx", ["O99.3"], ["099.3"])


def test_loose_spans_find_other_spellings_and_slips():
    text = "Enrollee ref  RT 552 0918  Carrier: Wexmoor"
    s, e = loose_spans("id", "RT5520918", text)[0]
    assert text[s:e] == "RT 552 0918"
    text = "Recipient: BRANNAGH, ODILE   Visit"
    s, e = loose_spans("name", "Odile Brannagh", text)[0]
    assert text[s:e] == "BRANNAGH, ODILE"
    assert loose_spans("id", "RT5520918", "RT5520917 and RT552091") == []
    assert loose_spans("money", "12.00", "12,00") == []  # amounts: their normalisers only


def test_an_id_keeps_its_shape_and_a_scan_is_set_right_by_it():
    assert id_shape(["QX4011078", "BZ9920001"]) == "AA9999999"
    assert id_shape(["QX4011078", "1234567"]) is None
    assert fit_shape("QX4O11O78", "AA9999999") == "QX4011078"
    assert fit_shape("0X4011078", "AA9999999") == "OX4011078"
    assert fit_shape("QX401107", "AA9999999") == "QX401107"  # another length: as read
    assert fit_shape("QXK011078", "AA9999999") == "QXK011078"  # no look-alike: as read
    assert spaced_like("UEC806-28-27", "AAA 999-99-99") == "UEC 806-28-27"  # its own space
    assert spaced_like("UEC806-28", "AAA 999-99-99") == "UEC806-28"  # another length
    assert last_first("BRANNAGH, ODILE") == "ODILE BRANNAGH"
    assert last_first("Odile Brannagh") is None


ROWS = (
    "Wexmoor Mutual",
    "Recipient:  {name}",
    "Enrollee ref  {id}",
    "Notice issued  2026-02-11",
)


def _doc(name: str, ident: str):
    return text_document([r.format(name=name, id=ident) for r in ROWS])


def _corrected(name: str, ident: str) -> dict:
    return {
        "payer": {"name": "Wexmoor Mutual"},
        "member": {"name": name, "id": ident},
        "notice_date": "2026-02-11",
        "claims": [],
    }


def test_a_correction_in_the_json_form_teaches_a_layout_printed_otherwise(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(learn, "load", lambda _path: _doc("BRANNAGH, ODILE", "RT 552 0918"))
    lay = learn.learn_layout("n.pdf", _corrected("Odile Brannagh", "RT5520918"), save=False)
    validate(lay.to_dict(), "test")  # what it keeps is a valid layout file
    name, ident = lay.fields["member.name"], lay.fields["member.id"]
    assert name["label"] == "recipient" and name["order"] == "last, first"
    assert name["printed"] == "BRANNAGH, ODILE"  # the YAML says what was matched
    assert ident["label"] == "enrollee ref" and ident["chars"] == "9"
    assert ident["shape"] == "AA9999999"
    later = learned.notice_lines(_doc("FENWICK, TOBIAS", "KQ 771 2045"))
    reading = learned.read_with(lay, later)
    assert reading.header["member.name"].value == "TOBIAS FENWICK"
    assert reading.header["member.id"].value == "KQ7712045"


VALUE_FIRST = (
    "Harrowgate Benefit Co",
    "Sunniva Lark        holder",
    "PQ7710452           card ref",
    "04/02/2026          issued",
    "880412 case Sunniva Lark seen Orchard Feeding Rooms by",
    "03/11/2026 when 99403 svc 125.00 asked",
)


def test_a_value_printed_before_its_label_is_learned_and_read(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(learn, "load", lambda _path: text_document(VALUE_FIRST))
    corrected = {
        "payer": {"name": "Harrowgate Benefit Co"},
        "member": {"name": "Sunniva Lark", "id": "PQ7710452"},
        "notice_date": "2026-04-02",
        "claims": [
            {
                "claim_number": "880412",
                "patient_name": "Sunniva Lark",
                "provider": {"name": "Orchard Feeding Rooms"},
                "service_lines": [
                    {"date_of_service": "2026-03-11", "procedure_code": "99403", "billed": "125.00"}
                ],
            }
        ],
    }
    lay = learn.learn_layout("n.pdf", corrected, save=False)
    validate(lay.to_dict(), "test")
    f = lay.fields
    assert f["member.id"]["value"] == "before" and f["member.id"]["label"] in ("card", "card ref")
    assert f["member.name"]["label"] == "holder"  # the header's, not the claim's "seen"
    assert f["claims.patient_name"]["label"] != "holder"  # the claim's own, not the header's
    later = learned.notice_lines(
        text_document(
            (
                "Harrowgate Benefit Co",
                "Ansel Moreau        holder",
                "KD2209871           card ref",
                "05/19/2026          issued",
                "771093 case Lior Moreau seen Bramble Latch Clinic by",
                "05/02/2026 when 99404 svc 180.00 asked",
                "991200 case Lior Moreau seen Bramble Latch Clinic by",
                "05/09/2026 when 99401 svc 95.00 asked",
            )
        )
    )
    reading = learned.read_with(lay, later)
    assert reading.header["member.id"].value == "KD2209871"
    assert reading.header["member.name"].value == "Ansel Moreau"
    assert [c.number.value for c in reading.claims] == ["771093", "991200"]
    assert reading.claims[1].fields["claims.patient_name"].value == "Lior Moreau"
    assert reading.claims[1].fields["claims.provider.name"].value == "Bramble Latch Clinic"
    billed = [s["claims.lines.billed"].value for c in reading.claims for s in c.lines]
    assert [str(b) for b in billed] == ["180.00", "95.00"]


def test_a_value_printed_under_its_label_is_learned_and_read(monkeypatch: pytest.MonkeyPatch):
    def form(name: str, ident: str, when: str) -> tuple[str, ...]:
        return (
            "Fallowmere Assurance",
            "Insured party           Token",
            f"{name:<24}{ident}",
            "Written on",
            when,
        )

    monkeypatch.setattr(
        learn, "load", lambda _p: text_document(form("Rhea Castell", "LM4471902", "2026-01-20"))
    )
    corrected = {
        "member": {"name": "Rhea Castell", "id": "LM4471902"},
        "notice_date": "2026-01-20",
        "claims": [],
    }
    lay = learn.learn_layout("n.pdf", corrected, save=False)
    validate(lay.to_dict(), "test")
    assert lay.fields["member.id"]["label"] == "token"
    assert lay.fields["member.id"]["value"] == "below"
    later = learned.notice_lines(
        text_document(form("Oren Vasquez-Hale", "TT9902113", "2026-06-02"))
    )
    reading = learned.read_with(lay, later)
    got = {p: o.value for p, o in reading.header.items()}
    assert got["member.name"] == "Oren Vasquez-Hale" and got["member.id"] == "TT9902113"
    assert str(got["notice_date"]) == "2026-06-02"


BRACKETED = (
    "Summit Ridge Health Plan             ITEMIZED STATEMENT",
    "Claim 3019892712 (Jacinta V. Ferreira) Status: DENIED",
    "Insurance billed $300.00 Allowed $0.00 Paid $0.00",
)


def test_a_name_printed_in_brackets_before_its_label_is_read_without_them(
    tmp_path, monkeypatch: pytest.MonkeyPatch
):
    from page_lines import learned_from

    claim = {"claim_number": "3019892712", "patient_name": "Jacinta V. Ferreira"}
    claim["totals"] = {"billed": "300.00", "allowed": "0.00", "paid": "0.00"}
    corrected = {"payer": {"name": "Summit Ridge Health Plan"}, "claims": [claim]}
    lay = learned_from(tmp_path, monkeypatch, BRACKETED, corrected)
    anchor = lay.fields["claims.patient_name"]
    assert anchor.get("value") == "before" and "printed" not in anchor
    later = learned.notice_lines(
        text_document(
            (
                "Summit Ridge Health Plan             ITEMIZED STATEMENT",
                "Claim 4410250017 (Odile Brandt) Status: DENIED",
                "Insurance billed $120.00 Allowed $0.00 Paid $0.00",
            )
        )
    )
    reading = learned.read_with(lay, later)
    assert reading.claims[0].fields["claims.patient_name"].value == "Odile Brandt"


def test_a_name_its_cell_carries_on_past_into_a_labelled_number_ends_before_the_label():
    from appealgen.read.learned_read import _name_before_number

    text = "NAKASHIMA-REYES, HALLDORA J. HIC L252875979 ACNT 9556670"
    assert _name_before_number(text)[0] == "NAKASHIMA-REYES, HALLDORA J."
    assert _name_before_number("HOLLIS, MAYA ICN 0226123456789")[0] == "HOLLIS, MAYA"
    assert _name_before_number("HOLLIS, MAYA ACNT") is None  # no number after the label
    assert _name_before_number("DANA QUILL 4471209") is None  # no label before the number


def _sidebar(member: str, patient: str, claim: str) -> object:
    """A letter whose paragraphs run beside a stacked form (labels over values at the right):
    a paragraph's line is printed between a label and its value."""
    from pathlib import Path

    from appealgen.read.extract import Document, Page, Word

    def words(text: str, x: float, top: float) -> list[Word]:
        out, at = [], x
        for token in text.split():
            out.append(Word(token, at, at + 5.0 * len(token), top, top + 9, 9.0))
            at += 5.0 * (len(token) + 1)
        return out

    page = words("Harrowgate Benefit Co", 50, 50)
    form = ("Member", member, "Patient", patient, "Claim number", claim)
    for n, text in enumerate(form):
        page += words(text, 400, 100 + 20 * (n // 2) + 12 * (n % 2))
    for n in range(3):
        page += words("We have looked again at the care your child had", 50, 107 + 20 * n)
    return Document(Path("n.pdf"), "0" * 64, "pdf", [Page(1, 612, 792, page)], 1)


def test_a_value_under_its_label_beside_a_letter_is_learned_and_read(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(
        learn, "load", lambda _p: _sidebar("Rhea Castell", "Odile Castell", "W352397")
    )
    corrected = {
        "payer": {"name": "Harrowgate Benefit Co"},
        "member": {"name": "Rhea Castell"},
        "claims": [{"claim_number": "W352397", "patient_name": "Odile Castell"}],
    }
    lay = learn.learn_layout("n.pdf", corrected, save=False)
    assert lay.fields["claims.patient_name"] == {"label": "patient", "value": "below"}
    later = learned.notice_lines(_sidebar("Oren Hale", "Lior Hale", "W981200"))
    reading = learned.read_with(lay, later)
    assert reading.claims[0].fields["claims.patient_name"].value == "Lior Hale"
    assert reading.claims[0].number.value == "W981200"


def _captions(member: str, claims: list[tuple[str, str, str, str]]) -> tuple[str, ...]:
    rows = ["Hollowmere Employer Fund", f"Member: {member}"]
    for number, patient, provider, billed in claims:
        rows += [f"Claim {number} - {patient} - {provider}", "Date          Billed"]
        rows.append(f"05/15/2026    {billed}")
    return tuple(rows)


def test_a_claims_caption_teaches_its_parts(tmp_path, monkeypatch: pytest.MonkeyPatch):
    from page_lines import learned_from, page_lines

    from appealgen.read.learned_before import caption_part

    assert caption_part("Claim 6235 - Ezra Lee - Bay Clinic", 13) == ("claim", 1)
    assert caption_part("Claim 6235 - Ezra Lee - Bay Clinic", 24) == ("claim", 2)
    assert caption_part("Paid to Ezra Lee", 8) is None
    taught = [
        ("62356343070047", "Ann Lee", "Greta Hollis, IBCLC", "420.00"),
        ("79867568841474", "Ezra Lee", "Bay Clinic", "160.00"),
    ]
    corrected = {
        "member": {"name": "Ann Lee"},
        "claims": [
            {
                "claim_number": number,
                "patient_name": patient,
                "provider": {"name": provider},
                "service_lines": [{"date_of_service": "2026-05-15", "billed": billed}],
            }
            for number, patient, provider, billed in taught
        ],
    }
    lay = learned_from(tmp_path, monkeypatch, _captions("Ann Lee", taught), corrected)
    validate(lay.to_dict(), "test")
    assert lay.fields["claims.patient_name"] == {"label": "claim", "part": "1"}
    assert lay.fields["claims.provider.name"] == {"label": "claim", "part": "2"}
    later = [
        ("14769168044508", "Oren Hale", "Lantern Bay Lactation, PLLC", "295.00"),
        ("42397798177601", "Lior Hale", "Greta Hollis, IBCLC", "135.00"),
    ]
    reading = learned.read_with(lay, page_lines(_captions("Oren Hale", later)))
    got = [
        (
            c.number.value,
            c.fields["claims.patient_name"].value,
            c.fields["claims.provider.name"].value,
        )
        for c in reading.claims
    ]
    assert got == [(n, p, v) for n, p, v, _ in later]
