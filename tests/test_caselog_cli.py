"""The case log as a billing office uses it: two batches at once, one work list, outcomes,
the report — on SQLite in the store and on the shared PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from appealgen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "northwind_eob_out_of_network.pdf"
FOLDER_A = ("northwind_eob_out_of_network.pdf", "bluestem_eob_provider_type.pdf")
# the same Northwind notice again (another assistant's copy): still one case
FOLDER_B = ("greatlakes_eob_deductible.pdf", "northwind_eob_out_of_network.pdf")


def _env(caselog_url: str) -> dict[str, str]:
    env = dict(os.environ)
    if caselog_url.startswith("postgresql://"):
        env["APPEALGEN_DB"] = caselog_url
    env["APPEALGEN_TODAY"] = "2026-04-01"
    return env


def _appealgen(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "appealgen.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _denied_case_ids(outdir: Path) -> set[str]:
    ids = set()
    for case_json in outdir.glob("*/case.json"):
        doc = json.loads(case_json.read_text(encoding="utf-8"))
        if any(c.get("denied") for c in doc["claims"]):
            ids.add(case_json.parent.name)
    return ids


@pytest.mark.slow
def test_two_batches_at_once_then_one_work_list_outcome_and_report(
    caselog_url: str, tmp_path: Path
) -> None:
    env = _env(caselog_url)
    if not caselog_url.startswith("postgresql://"):
        # the default: SQLite in an empty store folder
        env["APPEALGEN_HOME"] = str(tmp_path / "store")
        assert not (tmp_path / "store").exists()
    for name, files in (("a", FOLDER_A), ("b", FOLDER_B)):
        (tmp_path / f"in-{name}").mkdir()
        for f in files:
            shutil.copy(SAMPLES / f, tmp_path / f"in-{name}" / f)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "appealgen.cli",
                "batch",
                str(tmp_path / f"in-{n}"),
                "-o",
                str(tmp_path / f"out-{n}"),
                "--jobs",
                "1",
                "-q",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in ("a", "b")
    ]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "Case log: 2 case(s) recorded" in out
        assert "warning" not in err

    expected = _denied_case_ids(tmp_path / "out-a") | _denied_case_ids(tmp_path / "out-b")
    assert len(expected) == 3
    listed = _appealgen(["cases", "--json"], env)
    assert listed.returncode == 0, listed.stderr
    cases = json.loads(listed.stdout)["cases"]
    ids = [c["case_id"] for c in cases]
    assert sorted(ids) == sorted(expected)  # every denied case, exactly once
    assert all(c["next_step"]["kind"] == "send_appeal" for c in cases)
    dues = [c["next_step"]["due"] for c in cases]
    assert dues == sorted(dues)

    won = ids[0]
    done = _appealgen(["outcome", won, "--status", "won", "--paid", "120.00"], env)
    assert done.returncode == 0, done.stderr
    report = _appealgen(["report", "--json"], env)
    assert report.returncode == 0, report.stderr
    figures = json.loads(report.stdout)
    assert figures["total"]["cases"] == 3
    assert figures["total"]["won"] == 1 and figures["total"]["recovered"] == "120.00"
    [row] = [g for g in figures["by_payer_and_category"] if g["won"]]
    assert row["recovered"] == "120.00" and row["win_rate"] == 1.0
    still_open = json.loads(_appealgen(["cases", "--json"], env).stdout)["cases"]
    assert won not in [c["case_id"] for c in still_open] and len(still_open) == 2


def test_generate_records_and_a_log_failure_never_costs_the_letters(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "out")])
    assert ok.exit_code == 0, ok.output
    assert "Case log:" in ok.stdout
    listed = runner.invoke(cli, ["cases", "--json"])
    [case] = json.loads(listed.stdout)["cases"]
    assert case["payer"] == "Northwind Health Plan" and "appeal.docx" in case["documents"]
    assert "Rosa" not in listed.stdout

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    unusable = str(blocker / "cases.sqlite3")
    # the log from the environment cannot be opened: one warning, letters written, exit 0
    warned = runner.invoke(
        cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "o2")], env={"APPEALGEN_DB": unusable}
    )
    assert warned.exit_code == 0, warned.output
    assert (
        warned.stderr.count("\n") == 1 and "warning: the case log was not updated" in warned.stderr
    )
    assert list((tmp_path / "o2").glob("*/appeal.docx"))
    # --db named on the command line: the person asked for that log, so it is an error
    failed = runner.invoke(
        cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "o3"), "--db", unusable]
    )
    assert failed.exit_code == 1
    assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr
    assert list((tmp_path / "o3").glob("*/appeal.docx"))


def test_no_log_and_keep_identities(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "log.sqlite3"
    r = runner.invoke(
        cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "o"), "--no-log", "--db", str(db)]
    )
    assert r.exit_code == 0 and not db.exists()
    r = runner.invoke(
        cli,
        ["generate", str(SAMPLE), "-o", str(tmp_path / "o"), "--db", str(db), "--keep-identities"],
    )
    assert r.exit_code == 0, r.output
    from appealgen.caselog import connect

    with connect(str(db)) as log:
        [kept] = log.query("SELECT member_name, claim_numbers FROM case_identities")
    assert kept["member_name"] and json.loads(kept["claim_numbers"])


def test_outcome_from_a_work_list_and_its_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "out")])
    [case_dir] = (tmp_path / "out").iterdir()
    sheet = tmp_path / "summary.csv"
    sheet.write_text(f"file,case_dir,outcome,paid,on\na.pdf,{case_dir.name},sent,,2026-03-10\n")
    r = runner.invoke(cli, ["outcome", "--from", str(sheet)])
    assert r.exit_code == 0, r.output
    assert "decision is due by 2026-05-09" in r.stdout
    sheet.write_text(f"case_id,outcome,paid\n{case_dir.name},won,lots\n{case_dir.name},lost,5\n")
    bad = runner.invoke(cli, ["outcome", "--from", str(sheet)])
    assert bad.exit_code == 1 and len(bad.stderr.strip().splitlines()) == 3
    assert "Traceback" not in bad.stderr
    missing = runner.invoke(cli, ["outcome", "0123456789ab", "--status", "won"])
    assert missing.exit_code == 1 and "no case 0123456789ab" in missing.stderr
    usage = runner.invoke(cli, ["outcome", case_dir.name])
    assert usage.exit_code == 2
    assert runner.invoke(cli, ["cases", "--due-within", "soon"]).exit_code == 2


def test_report_html_and_anonymous_export(tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(cli, ["generate", str(SAMPLE), "-o", str(tmp_path / "out")])
    [case_dir] = (tmp_path / "out").iterdir()
    runner.invoke(cli, ["outcome", case_dir.name, "--status", "won", "--paid", "$425.00"])
    page = tmp_path / "report.html"
    r = runner.invoke(cli, ["report", "--html", str(page)])
    assert r.exit_code == 0 and "<svg" in page.read_text(encoding="utf-8")
    text = runner.invoke(cli, ["report"]).stdout
    assert "Northwind Health Plan" in text and "425.00" in text
    assert runner.invoke(cli, ["outcomes", "export"]).exit_code == 2
    out = runner.invoke(cli, ["outcomes", "export", "--anonymous", "--json"])
    rows = json.loads(out.stdout)["rows"]
    assert rows[0]["status"] == "won" and rows[0]["paid"] == "425.00"
    assert case_dir.name not in out.stdout and "Rosa" not in out.stdout


def test_readers_on_an_empty_store_create_nothing(tmp_path: Path) -> None:
    runner = CliRunner()
    assert "No open cases" in runner.invoke(cli, ["cases"]).stdout
    assert json.loads(runner.invoke(cli, ["report", "--json"]).stdout)["total"]["cases"] == 0
    assert not list(Path(os.environ["APPEALGEN_HOME"]).glob("*.sqlite3"))


def test_explain_tells_the_payers_record_and_keeps_the_law(tmp_path: Path) -> None:
    from appealgen.api import decide, parse_file
    from appealgen.caselog import apply_outcomes, connect, record_cases, record_from_case
    from appealgen.caselog.outcome import OutcomeChange
    from appealgen.clock import today

    runner = CliRunner()
    before = runner.invoke(cli, ["explain", str(SAMPLE)])
    assert before.exit_code == 0 and "case log" not in before.stdout
    doc = decide(parse_file(SAMPLE)).to_dict()
    with connect() as db:

        def add(n: int, status: str) -> None:
            d = json.loads(json.dumps(doc))
            d["source"]["sha256"] = f"{n:012x}".ljust(64, "e")
            record_cases(db, [record_from_case(d)], recorded_by="batch")
            change = OutcomeChange(f"{n:012x}", status)
            apply_outcomes(db, [change], today=today())

        for n, status in enumerate(["won", "won", "lost", "partly_won"], 1):
            add(n, status)
        four = runner.invoke(cli, ["explain", str(SAMPLE)]).stdout
        add(5, "won")
        add(6, "sent")  # not decided: not counted
    after = runner.invoke(cli, ["explain", str(SAMPLE)])
    assert "case log" not in four  # four decided cases are not enough to say anything
    assert after.exit_code == 0
    said = "In the case log, Northwind Health Plan reversed 4 of 5 out-of-network denials"
    assert said in " ".join(after.stdout.split())
    # the same arguments, in the same order, with the same citations: only lines added
    extra = [ln for ln in after.stdout.splitlines() if ln not in before.stdout.splitlines()]
    kept = [ln for ln in after.stdout.splitlines() if ln not in extra]
    assert kept == before.stdout.splitlines()
    assert extra and said in " ".join(" ".join(extra).split())
