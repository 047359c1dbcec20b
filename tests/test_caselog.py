"""The case log, on SQLite and on a real PostgreSQL: record -> outcome -> report, two
writers at once, migrations that keep data, the anonymous export, the next steps."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from appealgen import caselog
from appealgen.caselog import migrations
from appealgen.caselog.db import (
    CaseLogError,
    _connect_postgres,
    _connect_sqlite,
    connect,
    is_postgres,
)
from appealgen.caselog.outcome import OutcomeChange, RowErrors, apply_outcomes, changes_from_csv
from appealgen.caselog.record import record_cases, record_from_case
from appealgen.caselog.report import build_report, to_csv, to_html
from appealgen.caselog.worklist import all_cases, open_cases

TODAY = date(2026, 4, 1)
REPO = Path(__file__).resolve().parent.parent


def case_doc(sample_case, n: int, **changes) -> dict:
    """The sample case.json with its own input hash and the given changes."""
    d = copy.deepcopy(sample_case.to_dict())
    d["source"]["sha256"] = f"{n:02x}{n:010x}" + "f" * 52
    if "payer" in changes:
        d["payer"]["name"] = changes["payer"]
    if "category" in changes:
        denial = d["claims"][0]["denial"]
        denial["primary_category"] = changes["category"]
        denial["categories"] = [changes["category"]]
    if "funding" in changes:
        d["decision"]["funding"] = changes["funding"]
    if "arguments" in changes:
        d["decision"]["arguments"] = [{"id": a} for a in changes["arguments"]]
    if "final" in changes:
        d["decision"]["final_internal_denial"] = changes["final"]
    return d


def record(db, docs, **kw):
    return record_cases(db, [record_from_case(d, **kw) for d in docs], recorded_by="batch")


def test_record_outcome_report_figures(caselog_url, sample_case) -> None:
    with connect(caselog_url) as db:
        docs = [case_doc(sample_case, i) for i in range(1, 5)]
        docs.append(case_doc(sample_case, 5, category="provider_type", arguments=["a_other"]))
        assert record(db, docs) == 5
        ids = [c.case_id for c in sorted(all_cases(db, TODAY), key=lambda c: c.case_id)]
        apply_outcomes(
            db,
            [
                OutcomeChange(ids[0], "sent", on=date(2026, 3, 2)),
                OutcomeChange(ids[1], "sent", on=date(2026, 3, 2)),
                OutcomeChange(ids[2], "sent", on=date(2026, 3, 2)),
                OutcomeChange(ids[4], "sent", on=date(2026, 3, 10)),
            ],
            today=TODAY,
        )
        apply_outcomes(
            db,
            [
                OutcomeChange(ids[0], "won", paid=Decimal("425.00"), on=date(2026, 3, 22)),
                OutcomeChange(ids[1], "partly_won", paid=Decimal("100.50"), on=date(2026, 4, 1)),
                OutcomeChange(ids[2], "lost", on=date(2026, 4, 11)),
                OutcomeChange(ids[4], "lost", on=date(2026, 4, 9)),
            ],
            today=TODAY,
        )
        report = build_report(all_cases(db, TODAY), today=TODAY)
    t = report.total
    assert (t.cases, t.sent, t.decided, t.won, t.partly_won, t.lost) == (5, 4, 4, 1, 1, 2)
    assert t.win_rate == 0.5
    assert t.median_days_to_decision == 30.0  # 20, 30, 30, 40 days
    assert t.recovered == Decimal("525.50")
    [oon] = [g for g in report.groups if g.category == "out_of_network"]
    assert (oon.payer, oon.cases, oon.sent, oon.won, oon.partly_won, oon.lost) == (
        "Northwind Health Plan",
        4,
        3,
        1,
        1,
        1,
    )
    assert oon.win_rate == round(2 / 3, 3) and oon.median_days_to_decision == 30.0
    assert oon.recovered == Decimal("525.50")
    args = {a.argument: a for a in report.arguments}
    gap = args["no_in_network_provider"]
    assert (gap.cited, gap.decided, gap.won, gap.share_of_wins) == (4, 3, 2, 1.0)
    assert (args["a_other"].cited, args["a_other"].won, args["a_other"].win_rate) == (1, 0, 0.0)
    assert report.recovered_by_month == [
        ("2026-03", Decimal("425.00")),
        ("2026-04", Decimal("100.50")),
    ]
    by_cat = {c: (r, n) for c, r, n in report.win_rate_by_category}
    assert by_cat == {"out_of_network": (round(2 / 3, 3), 3), "provider_type": (0.0, 1)}
    rows = to_csv(report).splitlines()
    assert rows[0].startswith("payer,category,cases,sent") and len(rows) == 3


def test_recording_the_same_input_again_updates_and_keeps_the_outcome(
    caselog_url, sample_case
) -> None:
    with connect(caselog_url) as db:
        doc = case_doc(sample_case, 7)
        record(db, [doc])
        [case] = all_cases(db, TODAY)
        apply_outcomes(db, [OutcomeChange(case.case_id, "sent", on=date(2026, 3, 5))], today=TODAY)
        doc2 = copy.deepcopy(doc)
        doc2["decision"]["deadlines"]["internal_appeal"] = "2026-09-01"
        record(db, [doc2, doc2])
        [again] = all_cases(db, TODAY)
    assert again.case_id == case.case_id
    assert again.internal_appeal_due == date(2026, 9, 1)
    assert again.status == "sent" and again.sent_on == date(2026, 3, 5)
    # sent: the plan's decision is due 60 days later (29 CFR 2560.503-1(i)(2)(iii))
    assert again.decision_due == date(2026, 5, 4)
    assert again.next_step.kind == "call" and again.next_step.due == date(2026, 5, 4)


def test_identities_only_when_asked_and_never_exported(caselog_url, sample_case) -> None:
    with connect(caselog_url) as db:
        record(db, [case_doc(sample_case, 1)])
        record(db, [case_doc(sample_case, 2)], keep_identities=True, input_file="rosa.pdf")
        kept = db.query("SELECT * FROM case_identities")
        blob = json.dumps(db.query("SELECT * FROM cases"))
        cases = all_cases(db, TODAY)
        apply_outcomes(
            db,
            [
                OutcomeChange(
                    cases[0].case_id, "won", Decimal(120), date(2026, 3, 17), "Rosa called"
                )
            ],
            today=TODAY,
        )
        rows = caselog.anonymous_rows(all_cases(db, TODAY))
    assert len(kept) == 1 and kept[0]["member_name"] == "Rosa Alvarez"
    assert kept[0]["member_id"] == "NWH884213907" and kept[0]["input_file"] == "rosa.pdf"
    assert "Rosa" not in blob and "NWH884213907" not in blob and "NW-2026-0042" not in blob
    text = json.dumps(rows)
    for secret in ("Rosa", "NWH884213907", "NW-2026-0042", "ffffffff", *[c.case_id for c in cases]):
        assert secret not in text
    assert {r["notice_month"] for r in rows} == {"2026-03"}
    assert {r["decided_month"] for r in rows} == {"2026-03", None}
    assert "2026-03-17" not in text and "2026-03-02" not in text
    assert rows[0]["payer"] == "Northwind Health Plan" and rows[0]["carc"] == ["CO-242"]


def test_next_steps_follow_status_and_funding(caselog_url, sample_case) -> None:
    with connect(caselog_url) as db:
        record(
            db,
            [
                case_doc(sample_case, 1),
                case_doc(sample_case, 2, funding="medicaid", final=True),
                case_doc(sample_case, 3),
                case_doc(sample_case, 4),
            ],
        )
        ids = sorted(c.case_id for c in all_cases(db, TODAY))
        apply_outcomes(
            db,
            [
                OutcomeChange(ids[2], "sent", on=date(2026, 1, 2)),  # decision due 2026-03-03
                OutcomeChange(ids[3], "lost", on=date(2026, 3, 31)),
            ],
            today=TODAY,
        )
        found = {c.case_id: c for c in open_cases(db, today=TODAY)}
        soon = open_cases(db, due_within=14, today=TODAY)
        later = {c.case_id: c for c in open_cases(db, today=date(2026, 9, 1))}
    assert found[ids[0]].next_step.kind == "send_appeal"
    assert found[ids[0]].next_step.due == date(2026, 8, 29)
    assert "at once" not in found[ids[0]].next_step.text
    assert "at once" in later[ids[0]].next_step.text and later[ids[0]].next_step.overdue
    assert found[ids[1]].next_step.kind == "fair_hearing"
    late = found[ids[2]].next_step
    assert late.kind == "complain" and late.overdue and late.due == date(2026, 3, 3)
    assert "Massachusetts Division of Insurance" in late.text
    review = found[ids[3]].next_step
    assert review.kind == "external_review" and review.due == date(2026, 7, 31)  # 4 months
    # overdue first; the 14-day list has only the late decision
    assert next(iter(found)) == ids[2]
    assert [c.case_id for c in soon] == [ids[2]]


def test_won_and_withdrawn_cases_are_closed(caselog_url, sample_case) -> None:
    with connect(caselog_url) as db:
        record(db, [case_doc(sample_case, 1), case_doc(sample_case, 2)])
        a, b = sorted(c.case_id for c in all_cases(db, TODAY))
        applied = apply_outcomes(
            db,
            [OutcomeChange(a, "won", on=TODAY), OutcomeChange(b[:6], "withdrawn", on=TODAY)],
            today=TODAY,
        )
        again = apply_outcomes(db, [OutcomeChange(a, "won", on=TODAY)], today=TODAY)
        assert open_cases(db, today=TODAY) == []
        assert [c.case_id for c in open_cases(db, statuses=("won",), today=TODAY)] == [a]
        events = db.query("SELECT case_id FROM case_events")
    assert [x.changed for x in applied] == [True, True] and not again[0].changed
    assert len(events) == 2


def test_outcomes_are_all_or_nothing(caselog_url, sample_case) -> None:
    with connect(caselog_url) as db:
        record(db, [case_doc(sample_case, 1)])
        [case] = all_cases(db, TODAY)
        with pytest.raises(CaseLogError, match="no case 0123456789ab"):
            apply_outcomes(
                db,
                [OutcomeChange(case.case_id, "won"), OutcomeChange("0123456789ab", "won")],
                today=TODAY,
            )
        [same] = all_cases(db, TODAY)
    assert same.status == "written"


def test_outcomes_from_a_spreadsheet(caselog_url, sample_case, tmp_path) -> None:
    with connect(caselog_url) as db:
        record(db, [case_doc(sample_case, 1), case_doc(sample_case, 2)])
        a, b = sorted(c.case_id for c in all_cases(db, TODAY))
        sheet = tmp_path / "summary.csv"
        sheet.write_text(
            "\ufefffile,status,case_dir,Outcome,Paid,On\r\n"
            f'a.pdf,done,{a},Won,"$1,200.00",03/20/2026\r\n'
            f"b.pdf,done,out/{b},partly won,50,2026-03-21\r\n"
            "c.pdf,failed,,,,\r\n",
            encoding="utf-8",
        )
        apply_outcomes(db, changes_from_csv(sheet), today=TODAY)
        got = {c.case_id: c for c in all_cases(db, TODAY)}
    assert (got[a].status, got[a].paid, got[a].decided_on) == (
        "won",
        Decimal("1200.00"),
        date(2026, 3, 20),
    )
    assert (got[b].status, got[b].paid) == ("partly_won", Decimal("50.00"))

    bad = tmp_path / "bad.csv"
    bad.write_text(f"case_id,outcome,paid\n{a},won,lots\nxyz,lost,\n{b},maybe,\n", encoding="utf-8")
    with pytest.raises(RowErrors) as e:
        changes_from_csv(bad)
    assert len(e.value.lines) == 3 and "bad.csv line 2" in e.value.lines[0]


# --------------------------------------------------------------------------
# Schema versions


def test_an_older_schema_migrates_with_its_data(caselog_url) -> None:
    # a log as the first release left it: schema 1, with a decided case in it
    raw = (
        _connect_postgres(caselog_url)
        if is_postgres(caselog_url)
        else _connect_sqlite(caselog_url, True)
    )
    with raw:
        assert migrations.migrate(raw, target=1) == 1
        raw.write(
            lambda db: db.execute(
                "INSERT INTO cases (case_id, input_sha256, payer, status, sent_on, paid_cents, "
                "amount_at_stake_cents, arguments, first_recorded, last_recorded) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    "abcdef012345",
                    "abcdef012345" + "0" * 52,
                    "Northwind Health Plan, Inc.",
                    "won",
                    "2026-02-01",
                    12000,
                    42500,
                    '["no_in_network_provider"]',
                    "2026-02-01T10:00:00+00:00",
                    "2026-02-01T10:00:00+00:00",
                ],
            )
        )
    with connect(caselog_url) as db:
        versions = [r["version"] for r in db.query("SELECT version FROM schema_migrations")]
        [case] = all_cases(db, TODAY)
    assert sorted(versions) == [1, 2]
    assert case.payer_key == "northwind health plan"
    assert case.claim_type == "post_service"
    assert (case.status, case.paid, case.amount_at_stake) == (
        "won",
        Decimal("120.00"),
        Decimal("425.00"),
    )
    assert case.arguments == ["no_in_network_provider"]


def test_a_newer_schema_is_refused(caselog_url) -> None:
    with connect(caselog_url) as db:
        db.write(
            lambda db: db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [99, "from the future", "2030-01-01T00:00:00+00:00"],
            )
        )
    with pytest.raises(CaseLogError, match="newer appealgen"):
        connect(caselog_url)


# --------------------------------------------------------------------------
# Two writers at once

WRITER = textwrap.dedent(
    """
    import sys
    from appealgen.caselog.db import connect
    from appealgen.caselog.record import CaseRecord, record_cases
    url, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    db = connect(url)
    for i in range(n):  # one transaction per case: as many lock hand-overs as possible
        sha = f"{who}{i:011x}".ljust(64, "0")
        record_cases(db, [CaseRecord(case_id=sha[:12], input_sha256=sha, payer=who)],
                     recorded_by="batch")
    # and everyone records the same shared cases too
    record_cases(db, [CaseRecord(case_id=f"c{i:011x}", input_sha256=f"c{i:011x}".ljust(64, "0"))
                      for i in range(20)], recorded_by="batch")
    db.close()
    """
)


def test_writers_in_several_processes_lose_nothing(caselog_url) -> None:
    n, writers = 40, ("a", "b", "d")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, caselog_url, w, str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in writers
    ]
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    with connect(caselog_url) as db:
        rows = db.query("SELECT case_id, payer FROM cases")
    assert len(rows) == n * len(writers) + 20
    assert len({r["case_id"] for r in rows}) == len(rows)
    for w in writers:
        assert sum(1 for r in rows if r["payer"] == w) == n


# --------------------------------------------------------------------------
# Where the log is, and the HTML report


def test_default_log_is_in_the_store(monkeypatch, tmp_path, sample_case) -> None:
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "home"))
    assert connect(None, create=False) is None  # readers never create it
    with connect() as db:
        record(db, [case_doc(sample_case, 1)])
        assert db.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
    assert (tmp_path / "home" / "cases.sqlite3").is_file()
    with pytest.raises(CaseLogError, match="mysql:// is not a case-log database"):
        connect("mysql://x/y")


def test_postgres_errors_never_show_the_password() -> None:
    with pytest.raises(CaseLogError) as e:
        connect("postgresql://me:s3cret@/nowhere?host=/nonexistent&connect_timeout=2")
    assert "s3cret" not in str(e.value) and "***" in str(e.value)


def test_html_report_is_one_self_contained_file(sample_case, tmp_path) -> None:
    with connect(str(tmp_path / "c.sqlite3")) as db:
        record(db, [case_doc(sample_case, 1, payer="<script>alert(1)</script> Plan")])
        [case] = all_cases(db, TODAY)
        apply_outcomes(db, [OutcomeChange(case.case_id, "won", Decimal("120"), TODAY)], today=TODAY)
        page = to_html(build_report(all_cases(db, TODAY), today=TODAY))
    assert "<svg" in page and "$120.00" in page and "2026-04" in page
    assert "<script" not in page and "&lt;script&gt;" in page
    assert "src=" not in page and "href=" not in page and "@import" not in page


@pytest.mark.parametrize(
    ("funding", "claim_type", "due"),
    [
        ("fully_insured", "post_service", date(2026, 5, 1)),  # 60 days: (i)(2)(iii)
        ("self_funded", "pre_service", date(2026, 4, 1)),  # 30 days: (i)(2)(ii)
        ("governmental", "post_service", date(2026, 5, 1)),
        ("medicaid", "post_service", None),  # no verified rule: no date is made up
    ],
)
def test_the_plans_decision_is_due_by_its_window(funding, claim_type, due) -> None:
    from appealgen.caselog.worklist import decision_due

    assert decision_due(funding, claim_type, date(2026, 3, 2)) == due
