"""Hostile files: seconds, peak memory, exit status and stderr lines of `appealgen parse`;
and what reading in a child process costs on a normal 2-page EOB.

    python benchmarks/bench_hostile.py               # 5 rounds for the overhead
    python benchmarks/bench_hostile.py --rounds 11 --json hostile.json

Hostile files (built on the fly by ``samples/hostile.py``): a blank 200 x 200 inch
page, a 2 MB PDF whose contents inflate to 2 GiB, an 835 with 300,000 claims. Each
runs as its own command; the peak is the largest resident set of the command and
every process it started (``wait4``). Target (issue 12): each <= 60 s, < 1 GiB,
exit 0 or 1, one stderr line.

The child's cost, on ``samples/northwind_eob_out_of_network.pdf`` (2 pages):

- in one warm process: ``api.parse_file`` vs ``isolate.parse_file`` (fork, read,
  pickle back) — the child's own cost;
- whole commands, median of ``--rounds``: ``appealgen parse`` vs the same command
  with the read in process vs bare pdfplumber words.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samples import hostile  # noqa: E402

EOB = ROOT / "samples" / "northwind_eob_out_of_network.pdf"
MB = 1024 * 1024


# A small process starts the command and reports its peak: Linux counts the memory of
# the process that forked a command in the command's peak, so this one (which holds the
# hostile files) must not be that process.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "open(sys.argv[1], 'w').write(f'{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}')\n"
)


def measured(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``cmd``; its seconds, peak RSS (MB, with its children), exit status, stderr."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as result:
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-S", "-c", _LAUNCHER, result.name, *cmd],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        seconds = time.perf_counter() - started
        code, maxrss_kb = (int(x) for x in result.read().split())
    err = proc.stderr.decode()
    return {
        "seconds": round(seconds, 3),
        "peak_mb": round(maxrss_kb / 1024, 1),
        "exit": code,
        "stderr_lines": len(err.splitlines()),
        "stderr": err.strip()[:300],
    }


def hostile_files(folder: Path) -> dict[str, dict[str, object]]:
    out = {}
    for name, path in hostile.write_all(folder).items():
        row = measured([sys.executable, "-m", "appealgen.cli", "parse", str(path)])
        row["bytes"] = path.stat().st_size
        out[name] = row
    return out


def child_cost(rounds: int) -> dict[str, float]:
    from appealgen import api, isolate

    api.parse_file(EOB)  # warm: imports and data loaded
    inproc, child = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        api.parse_file(EOB)
        inproc.append(time.perf_counter() - t)
        t = time.perf_counter()
        isolate.parse_file(EOB)
        child.append(time.perf_counter() - t)
    return {
        "warm_in_process_s": round(statistics.median(inproc), 4),
        "warm_in_child_s": round(statistics.median(child), 4),
        "child_cost_s": round(statistics.median(child) - statistics.median(inproc), 4),
    }


def whole_commands(rounds: int) -> dict[str, float]:
    cmds = {
        "appealgen_parse_s": [sys.executable, "-m", "appealgen.cli", "parse", str(EOB)],
        # the same command with the read in process (the child replaced by a plain call)
        "in_process_parse_s": [
            sys.executable,
            "-c",
            "import sys\n"
            "from appealgen import isolate\n"
            "isolate.run = lambda fn, *args, **kw: fn(*args)\n"
            "from appealgen.cli import main\n"
            "sys.argv = ['appealgen', 'parse', sys.argv[1]]\n"
            "main()",
            str(EOB),
        ],
        "bare_pdfplumber_s": [
            sys.executable,
            "-c",
            "import sys, pdfplumber\n"
            "with pdfplumber.open(sys.argv[1]) as pdf:\n"
            "    [p.extract_words() for p in pdf.pages]",
            str(EOB),
        ],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(rounds):
        for key, cmd in cmds.items():  # interleaved, so load on the machine hits all alike
            times[key].append(float(measured(cmd)["seconds"]))  # type: ignore[arg-type]
    out = {k: round(statistics.median(v), 3) for k, v in times.items()}
    out["parse_over_pdfplumber"] = round(out["appealgen_parse_s"] / out["bare_pdfplumber_s"], 2)
    out["parse_over_in_process"] = round(out["appealgen_parse_s"] / out["in_process_parse_s"], 2)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path, help="Also write the figures here.")
    args = ap.parse_args()

    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        report["hostile"] = rows = hostile_files(Path(tmp))
    print(f"{'file':<18} {'bytes':>10} {'seconds':>8} {'peak MB':>8} exit lines  stderr")
    for name, r in rows.items():
        print(
            f"{name:<18} {r['bytes']:>10} {r['seconds']:>8} {r['peak_mb']:>8} "
            f"{r['exit']:>4} {r['stderr_lines']:>5}  {str(r['stderr'])[:90]}"
        )
    report["child"] = cost = child_cost(args.rounds * 4)
    print(
        f"\n2-page EOB, warm process: in process {cost['warm_in_process_s']} s, "
        f"in a child {cost['warm_in_child_s']} s (the child costs {cost['child_cost_s']} s)"
    )
    report["commands"] = cmds = whole_commands(args.rounds)
    print(
        f"whole commands (median of {args.rounds}): appealgen parse {cmds['appealgen_parse_s']} s, "
        f"same read in process {cmds['in_process_parse_s']} s, "
        f"bare pdfplumber {cmds['bare_pdfplumber_s']} s "
        f"(parse / pdfplumber = {cmds['parse_over_pdfplumber']}x, "
        f"parse / in process = {cmds['parse_over_in_process']}x)"
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    ok = all(
        float(r["seconds"]) <= 60
        and float(r["peak_mb"]) < 1024
        and r["exit"] in (0, 1)  # type: ignore[arg-type]
        and r["stderr_lines"] == 1
        for r in rows.values()
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
