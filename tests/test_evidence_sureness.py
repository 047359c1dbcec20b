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
    # read as the S it stands for, and not sure: the page prints another sign
    assert r.claims[0].claim_number == "SB213888-5" and not ev.sure, ev
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


def test_a_known_modifier_printed_after_the_code_and_not_read_is_found() -> None:
    from appealgen.read.evidence_checks import unread_modifier

    row = "10/2/2026 99402 33 265.00 0.00 0.00 0.00 CO-170 N95"
    assert unread_modifier(row, "99402", [], None) == "33"
    assert unread_modifier(row, "99402", ["33"], None) is None  # read with the code
    assert unread_modifier(row, "99402", [], 33) is None  # read as units under their heading
    assert unread_modifier("99402 25.00 0.00", "99402", [], None) is None  # an amount
    assert unread_modifier("99402 1 265.00", "99402", [], 1) is None
    assert unread_modifier("S9443-GT 1 120.00", "S9443", [], 1) == "GT"


def _grid(tmp_path: Path, service: str) -> Path:
    """Boxes: the claim's row, then each service under its own repeated heading."""
    heading = [
        (60, "DATE"),
        (130, "SERVICE"),
        (230, "BILLED"),
        (300, "PAID"),
        (370, "MEMBER PAYS"),
        (460, "REASON"),
    ]
    rows = [
        *text_lines(*HEAD, "Member ID: WPV5568023", "Report date: 10/23/2026"),
        [(60, "CLAIM"), (160, "PATIENT"), (300, "PROVIDER")],
        [(60, "SB865482-7"), (160, "Maya Hollis"), (300, "Sunrise Breastfeeding Clinic")],
        heading,
        [
            (60, "9/29/2026"),
            (130, "99401"),
            (230, "420.00"),
            (300, "0.00"),
            (370, "0.00"),
            (460, "CO-170"),
        ],
        heading,
        [
            (60, "10/2/2026"),
            (130, service),
            (230, "265.00"),
            (300, "0.00"),
            (370, "0.00"),
            (460, "CO-170"),
        ],
    ]
    return make_pdf(tmp_path / "grid.pdf", rows)


def test_a_modifier_in_a_column_with_no_heading_leaves_the_code_unsure(tmp_path: Path) -> None:
    r = parse_file(_grid(tmp_path, "99402  33"))
    lines = [(n, m, sl) for n, c in enumerate(r.claims) for m, sl in enumerate(c.service_lines)]
    (n, m, sl) = next(x for x in lines if x[2].procedure_code == "99402")
    if sl.modifiers != ["33"]:  # read as units: neither the code nor the units are sure
        ev = r.evidence[f"claims.{n}.service_lines.{m}.procedure_code"]
        assert not ev.sure and "modifier 33" in ev.reason
        if sl.units is not None:
            assert not r.evidence[f"claims.{n}.service_lines.{m}.units"].sure
    assert all(
        r.evidence[f"claims.{n}.service_lines.{m}.procedure_code"].sure
        for n, m, sl in lines
        if sl.procedure_code == "99401"
    )


def test_a_claim_whose_number_is_its_own_service_date_keeps_its_people_unsure() -> None:
    from datetime import date

    from appealgen.models import Claim, ServiceLine
    from appealgen.read.evidence_claims import _row_taken_for_claim

    line = ServiceLine(date_of_service=date(2025, 12, 27), procedure_code="S9443")
    assert _row_taken_for_claim(Claim(claim_number="12/27/2025", service_lines=[line]))
    assert not _row_taken_for_claim(Claim(claim_number="SB759553-4", service_lines=[line]))
    assert not _row_taken_for_claim(Claim(claim_number="12/01/2025", service_lines=[line]))


def test_names_on_a_page_ocr_read_poorly_are_unsure() -> None:
    from appealgen.read.evidence import Recorder, poor_pages
    from appealgen.read.extract import Word
    from appealgen.read.layout import Line
    from appealgen.read.locate import Spot
    from appealgen.read.settings import DEFAULT_SETTINGS

    def line(page: int, confs: list[float]) -> Line:
        words = [
            Word(f"w{k}", 10.0 * k, 10.0 * k + 8, 100, 109, 9.0, conf=c)
            for k, c in enumerate(confs)
        ]
        return Line(page=page, top=100, bottom=109, words=words, cells=[])

    lines = [line(1, [96, 95, 30, 97]), line(2, [96, 40, 20, 35])]
    assert poor_pages(lines, DEFAULT_SETTINGS) == frozenset({2})
    rec = Recorder(lines, DEFAULT_SETTINGS, ocr=True)
    for page in (1, 2):
        where = Spot(line=page - 1, page=page, bbox=[0, 0, 1, 1], text="Ann Lee", word_conf=96)
        rec.put(f"claims.{page}.patient_name", 0.92, "labels", where)
        where = Spot(line=page - 1, page=page, bbox=[0, 0, 1, 1], text="CL-7781", word_conf=96)
        rec.put(f"claims.{page}.claim_number", 0.92, "labels", where)
    assert rec.out["claims.1.patient_name"].sure and rec.out["claims.2.claim_number"].sure
    assert not rec.out["claims.2.patient_name"].sure
    assert "poorly" in rec.out["claims.2.patient_name"].reason


def _ref_claim(ref: str, day: str) -> tuple[str, ...]:
    return (
        f"Ref. {ref} Care received by: Maya Hollis",
        "Date of service Code Billed Paid You owe Reason",
        f"02/{day}/2026 99403 280.00 0.00 280.00 CO-242",
    )


def test_references_heading_every_claim_are_the_claim_numbers(tmp_path: Path) -> None:
    """Each claim headed by its own "Ref." and no claim label anywhere: the references
    number the claims. One reference on a one-claim notice may be some other number."""
    r = _read(
        tmp_path,
        "Member ID: VSA291805612",
        *_ref_claim("W3962620K", "04"),
        *_ref_claim("W4667954T", "07"),
    )
    assert [c.claim_number for c in r.claims] == ["W3962620K", "W4667954T"]
    assert all(r.evidence[f"claims.{n}.claim_number"].sure for n in range(2))
    r = _read(tmp_path, "Member ID: VSA291805612", *_ref_claim("W3962620K", "04"))
    if r.claims[0].claim_number == "W3962620K":
        assert not r.evidence["claims.0.claim_number"].sure


def test_a_bare_date_atop_the_letter_dates_the_notice(tmp_path: Path) -> None:
    r = _read(tmp_path, "Date 04-18-2026", "Member ID: VSA291805612", *_claim())
    assert str(r.notice_date) == "2026-04-18" and r.evidence["notice_date"].sure


def test_a_date_labelled_in_the_heading_by_the_documents_name_dates_the_notice(
    tmp_path: Path,
) -> None:
    """ "Voucher date", "RA date", "Fecha / Date" above every claim: the words before the
    bare "Date" name no other date, so it dates the notice; "Received date" never does."""
    for label in ("VOUCHER DATE:", "RA DATE:", "Fecha / Date:"):
        rows = [*text_lines(*HEAD), [(60, "Member ID: VSA291805612"), (300, f"{label} 04/20/2026")]]
        r = parse_file(make_pdf(tmp_path / "v.pdf", [*rows, *text_lines(*_claim())]))
        assert str(r.notice_date) == "2026-04-20", label
        assert r.evidence["notice_date"].sure, (label, r.evidence["notice_date"].reason)
    rows = [
        *text_lines(*HEAD),
        [(60, "Member ID: VSA291805612"), (300, "Received date: 04/20/2026")],
    ]
    r = parse_file(make_pdf(tmp_path / "r.pdf", [*rows, *text_lines(*_claim())]))
    assert r.notice_date is None or not r.evidence["notice_date"].sure


def test_a_bare_id_right_after_the_members_labelled_name_is_the_members(tmp_path: Path) -> None:
    r = _read(tmp_path, "Subscriber: Ann Lee ID: BA57397234 Group: 54452-173", *_claim())
    assert r.member.id == "BA57397234" and r.evidence["member.id"].sure
    # after the provider's name, a bare "ID" may be the provider's
    r = _read(tmp_path, "Provider: Kim Tran ID: BA57397234", *_claim())
    assert r.member.id != "BA57397234" or not r.evidence["member.id"].sure


def test_a_plan_name_holding_another_label_is_unsure(tmp_path: Path) -> None:
    from appealgen.models import ParseResult, Plan, Source
    from appealgen.read.evidence_checks import label_inside

    result = ParseResult(source=Source("x.pdf", "0"), plan=Plan(name="Grupo / Group: 42332-500"))
    assert label_inside(result.plan.name or "") == "Group"
    r = _read(tmp_path, "Plan: Ridgeline Choice Group: 54452-173", *_claim())
    if r.plan.name and "Group" in r.plan.name:
        assert not r.evidence["plan.name"].sure


def test_a_patient_named_in_a_sentence_who_is_the_member_is_sure(tmp_path: Path) -> None:
    r = _read(
        tmp_path,
        "Julia Schultz",
        "5065 Baptiste Street",
        "Reno, NV 89501",
        "RE: Identification No. CVH711605101 Claim No. BMI-903174",
        "We have finished reviewing the claim Sunrise Breastfeeding Clinic sent us for care given",
        "to Julia Schultz. The services on the claim were:",
        "Date of service Service code Charged Paid",
        "4/16/2026 99402 $180.00 $0.00",
        "We are unable to pay this claim (reason code CO 204).",
    )
    assert r.member.name == "Julia Schultz" and r.evidence["member.name"].sure
    assert r.claims[0].patient_name == "Julia Schultz"
    assert r.evidence["claims.0.patient_name"].sure


def test_an_amount_the_row_prints_otherwise_after_its_label_is_unsure() -> None:
    from decimal import Decimal

    from appealgen.read.evidence_checks import printed_beside_label

    lines = page_lines(
        [
            "LINE 1 DOS 2026-01-16 PROC 99401 UNITS 1 CHARGE 225.00 ALLOWED 0.00 PAID 0.00",
            "ADJ Group: CO Code: 29 AMT 225.00 Not allowed 225.00",
        ]
    )
    assert printed_beside_label(lines, [0, 1], "allowed") == {Decimal("0.00")}
    assert printed_beside_label(lines, [0], "billed") == {Decimal("225.00")}
    assert printed_beside_label(lines, [1], "allowed") == set()  # "Not allowed" is no label of it


def _row(*cells: str) -> list[tuple[float, str]]:
    xs = (40, 120, 205, 300, 370, 420, 475, 530)
    return list(zip(xs, cells, strict=False))


def test_a_patient_printed_on_the_claims_own_row_is_sure_whatever_other_rows_print(
    tmp_path: Path,
) -> None:
    """One patient, several claims, a "Claim" and a "Patient" column: each claim's own row
    names its patient, even though the other claims' rows print the same name."""
    rows = [
        *text_lines(*HEAD, "Policyholder: Tamsin Lindahl   Policy ID: STL-3772162"),
        _row("Claim", "Patient", "Provider", "Date", "Proc", "Charge", "Paid", "You owe"),
        _row(
            "521413287T",
            "Tamsin Lindahl",
            "Kim Tran",
            "08/08/2026",
            "S9443",
            "390.00",
            "0.00",
            "390.00",
        ),
        _row(
            "839629780T",
            "Tamsin Lindahl",
            "Ann Roe",
            "08/10/2026",
            "99401",
            "165.00",
            "99.00",
            "66.00",
        ),
        _row(
            "839629780T",
            "Tamsin Lindahl",
            "Ann Roe",
            "08/19/2026",
            "S9443",
            "270.00",
            "77.50",
            "192.50",
        ),
    ]
    r = parse_file(make_pdf(tmp_path / "cols.pdf", rows, size=8))
    assert [c.claim_number for c in r.claims][:2] == ["521413287T", "839629780T"]
    for n in range(len(r.claims)):
        ev = r.evidence[f"claims.{n}.patient_name"]
        assert ev.sure, (n, ev.reason)


def test_a_provider_heading_a_remittance_of_several_patients_is_unsure(tmp_path: Path) -> None:
    """ "PROVIDER: … NPI: …" once above the claims of several patients: the payee, maybe
    not who gave each claim's care."""
    rows = [
        *text_lines(
            *HEAD, "REMITTANCE ADVICE", "PROVIDER: Whitlow Family Lactation   NPI: 1234567893"
        ),
        *text_lines("PATIENT: Paloma Marchetti   CLAIM NO: 65631716062"),
        _row("DOS", "PROC", "BILLED", "PAID", "PT RESP"),
        _row("03/23/2026", "99401", "190.00", "0.00", "0.00"),
        *text_lines("PATIENT: Yesenia Osei   CLAIM NO: 13059685337"),
        _row("DOS", "PROC", "BILLED", "PAID", "PT RESP"),
        _row("03/27/2026", "99402", "240.00", "0.00", "0.00"),
    ]
    r = parse_file(make_pdf(tmp_path / "ra.pdf", rows))
    assert len({c.patient_name for c in r.claims}) == 2
    for n, claim in enumerate(r.claims):
        for field in ("name", "npi"):
            if getattr(claim.provider, field):
                ev = r.evidence[f"claims.{n}.provider.{field}"]
                assert not ev.sure and "payee" in (ev.reason or ""), (n, field, ev)
    # the reader leaves the payee off the claims altogether (read/provider.py)
    assert not any(c.provider.name or c.provider.npi for c in r.claims)


def test_a_member_id_said_after_the_word_member_in_a_sentence_is_sure(tmp_path: Path) -> None:
    r = _read(
        tmp_path,
        "We write to you, subscriber QH44810273, about a claim for your care.",
        *_claim(),
    )
    assert r.member.id == "QH44810273" and r.evidence["member.id"].sure
    # the same words naming the claim's own number are no member's ID
    r = _read(tmp_path, "We write to you, member E25-25702521, about this claim.", *_claim())
    assert r.member.id != "E25-25702521" or not r.evidence["member.id"].sure


def _card(name: str, value: str) -> list:
    """The member's address on the left, a card on the right: "Name" over ``name``, "ID"
    over ``value`` with an account number beside it."""
    return [
        *text_lines(*HEAD),
        [(60, "Ann Lee"), (330, "Name")],
        [(60, "12 Elm Street"), (330, name)],
        [(60, "Reno, NV 89501"), (330, "ID"), (440, "Account")],
        [(330, value), (440, "62259882")],
        *text_lines(*_claim()),
    ]


def test_a_bare_id_under_the_members_name_in_a_card_is_the_members(tmp_path: Path) -> None:
    r = parse_file(make_pdf(tmp_path / "card.pdf", _card("Ann Lee", "BAL 573 9723 02")))
    assert r.member.id == "BAL 573 9723 02" and r.evidence["member.id"].sure
    # under another person's name, a bare "ID" may be theirs
    r = parse_file(make_pdf(tmp_path / "other.pdf", _card("Kim Tran", "BAL 573 9723 02")))
    assert r.member.id != "BAL 573 9723 02" or not r.evidence["member.id"].sure


def test_a_bare_id_opening_a_cell_under_the_members_name_is_the_members(tmp_path: Path) -> None:
    rows = [
        *text_lines(*HEAD),
        [(60, "Ann Lee"), (330, "MEMBER")],
        [(60, "12 Elm Street"), (330, "Ann Lee")],
        [(60, "Reno, NV 89501"), (330, "ID QXR448120937")],
        *text_lines(*_claim()),
    ]
    r = parse_file(make_pdf(tmp_path / "card.pdf", rows))
    assert r.member.id == "QXR448120937" and r.evidence["member.id"].sure


def test_a_bare_id_among_the_members_coverage_is_the_members(tmp_path: Path) -> None:
    r = _read(tmp_path, "ID: QXR448120937   Group: 55120   Plan: Ridgeline Choice", *_claim())
    assert r.member.id == "QXR448120937" and r.evidence["member.id"].sure
    # beside a patient, a bare "ID" may be the patient's
    r = _read(tmp_path, "Patient: Bo Lee   ID: QXR448120937   Group: 55120", *_claim())
    assert r.member.id != "QXR448120937" or not r.evidence["member.id"].sure
