"""Batch throughput, time per stage and peak memory over synthetic denials.

    python benchmarks/bench_batch.py                      # N=100 at --jobs 1 and 2
    python benchmarks/bench_batch.py --n 100 1000 --jobs 2
    python benchmarks/bench_batch.py --json bench.json    # the numbers, for CI
    python benchmarks/bench_batch.py --no-log             # without the case log, to compare

Generates N two-page text EOBs (``samples/generate.py: generate_synthetic``)
once per N, then runs ``appealgen.batch.run_batch`` on them with every letter
written as .docx, once per --jobs value, into a fresh output folder. Reports
files/s (and per core), the speed-up over the first --jobs value, seconds per
file in each stage (measured in the workers around parse / decide / generate,
and in the parent for moving the finished folder into place), and peak memory
of the whole process tree (the parent, the forkserver and the workers),
sampled with psutil: the sum of PSS (shared pages counted once) and the
largest single process RSS.

Targets (issue 6): >= 5 files/s per core; --jobs 2 >= 1.7x --jobs 1; peak
memory < 300 MB and the same at N=1000 as at N=100.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appealgen import caselog  # noqa: E402
from appealgen.batch import run_batch  # noqa: E402

TARGET_FILES_PER_S_PER_CORE = 5.0
TARGET_SPEEDUP_2 = 1.7
TARGET_PEAK_MB = 300.0
SAMPLE_INTERVAL_S = 0.25  # reading smaps costs CPU the workers need
MB = 1024 * 1024


class MemorySampler:
    """Peak memory of this process and all its descendants, sampled in a thread."""

    def __init__(self, interval: float = SAMPLE_INTERVAL_S) -> None:
        self.interval = interval
        self.peak_pss = 0
        self.peak_rss_sum = 0
        self.peak_rss_one = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            pss = rss = one = 0
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                procs = [me]
            for p in procs:
                try:
                    info = p.memory_full_info()
                except (psutil.Error, OSError):
                    continue
                pss += getattr(info, "pss", info.rss)
                rss += info.rss
                one = max(one, info.rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.peak_rss_sum = max(self.peak_rss_sum, rss)
            self.peak_rss_one = max(self.peak_rss_one, one)
            self.samples += 1
            self._stop.wait(self.interval)


def make_inputs(n: int, folder: Path, seed: int) -> Path:
    """N synthetic two-page EOBs in ``folder`` (reused when already there)."""
    marker = folder / ".complete"
    if marker.is_file() and marker.read_text() == f"{n} {seed}":
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    from samples.generate import generate_synthetic

    t0 = time.perf_counter()
    generate_synthetic(n, folder, seed)
    print(f"generated {n} synthetic EOBs in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    marker.write_text(f"{n} {seed}")
    return folder


def run_one(
    indir: Path,
    outdir: Path,
    jobs: int,
    timeout: float,
    *,
    template_cache: bool = True,
    split_parse: bool = False,
    case_log: Path | None = None,
) -> dict:
    shutil.rmtree(outdir, ignore_errors=True)
    import bench_workers  # next to this script: the workers import it by name

    worker = None
    if not template_cache:
        worker = bench_workers.generate_without_template_cache
    elif split_parse:
        worker = bench_workers.generate_split_parse
    with MemorySampler() as mem:
        t0 = time.perf_counter()
        result = run_batch(indir, outdir, jobs=jobs, force=True, timeout=timeout, worker=worker)
        log_s = 0.0
        if case_log is not None:  # what `appealgen batch` does after the workers
            t_log = time.perf_counter()
            with caselog.connect(str(case_log)) as db:
                caselog.record_cases(db, caselog.records_from_batch(result), recorded_by="batch")
            log_s = time.perf_counter() - t_log
        wall = time.perf_counter() - t0
    done = result.counts["done"]
    processed = done + result.counts["failed"]
    stage_seconds = dict(result.stage_seconds)
    if case_log is not None:
        stage_seconds["log"] = log_s
    stages = {k: v / processed for k, v in sorted(stage_seconds.items())} if done else {}
    first_errors = sorted({r.error for r in result.failed})[:3]
    return {
        "files": len(result.rows),
        "done": done,
        "failed": result.counts["failed"],
        "duplicate": result.counts["duplicate"],
        "jobs": jobs,
        "template_cache": template_cache,
        "case_log": case_log is not None,
        "wall_s": round(wall, 3),
        "files_per_s": round(processed / wall, 2),
        "files_per_s_per_core": round(processed / wall / jobs, 2),
        "stage_s_per_file": {k: round(v, 4) for k, v in stages.items()},
        "peak_pss_mb": round(mem.peak_pss / MB, 1),
        "peak_rss_sum_mb": round(mem.peak_rss_sum / MB, 1),
        "peak_rss_largest_process_mb": round(mem.peak_rss_one / MB, 1),
        "memory_samples": mem.samples,
        "errors": first_errors,
    }


def print_table(results: list[dict]) -> None:
    stage_names = sorted({s for r in results for s in r["stage_s_per_file"]})
    head = f"{'N':>5} {'jobs':>4} {'done':>5} {'fail':>4} {'wall s':>7} {'files/s':>7} {'/core':>6}"
    head += f" {'speedup':>7} {'PSS MB':>7} {'max RSS':>7}  " + "  ".join(
        f"{s + ' ms':>11}" for s in stage_names
    )
    print(head)
    base: dict[int, float] = {}
    for r in results:
        n = r["files"]
        if r["template_cache"]:
            base.setdefault(n, r["files_per_s"])
        speedup = r["files_per_s"] / base[n] if base.get(n) else 0.0
        r["speedup"] = round(speedup, 2)
        jobs = f"{r['jobs']}{'' if r['template_cache'] else '*'}"
        line = (
            f"{n:>5} {jobs:>4} {r['done']:>5} {r['failed']:>4} {r['wall_s']:>7.1f}"
            f" {r['files_per_s']:>7.2f} {r['files_per_s_per_core']:>6.2f} {speedup:>6.2f}x"
            f" {r['peak_pss_mb']:>7.0f} {r['peak_rss_largest_process_mb']:>7.0f}  "
        )
        line += "  ".join(f"{r['stage_s_per_file'].get(s, 0) * 1000:>11.1f}" for s in stage_names)
        print(line)
    if not all(r["template_cache"] for r in results):
        print("\n* = templates read and parsed again for every letter (--no-template-cache)")
    print(
        "\nstage ms = seconds per file in that stage, summed over workers (parse = extract +"
        " parse, split in two with --split-parse; generate = render every .docx + write"
        " case.json; finish = parent moves the folder into place and reads case.json for the"
        " work list; log = the parent records every case in a new SQLite case log, as"
        " `appealgen batch` does; off with --no-log)."
    )
    for r in results:
        if r["errors"]:
            print(f"N={r['files']} jobs={r['jobs']}: first errors: {r['errors']}")


def check_targets(results: list[dict]) -> list[str]:
    verdicts = []
    results = [r for r in results if r["template_cache"]]
    for r in results:
        ok = r["files_per_s_per_core"] >= TARGET_FILES_PER_S_PER_CORE
        verdicts.append(
            f"{'PASS' if ok else 'FAIL'} N={r['files']} jobs={r['jobs']}: "
            f"{r['files_per_s_per_core']:.2f} files/s per core (target >= "
            f"{TARGET_FILES_PER_S_PER_CORE})"
        )
        ok = r["peak_pss_mb"] < TARGET_PEAK_MB
        verdicts.append(
            f"{'PASS' if ok else 'FAIL'} N={r['files']} jobs={r['jobs']}: peak "
            f"{r['peak_pss_mb']:.0f} MB PSS (target < {TARGET_PEAK_MB:.0f})"
        )
        if r["jobs"] == 2 and "speedup" in r:
            base = [x for x in results if x["files"] == r["files"] and x["jobs"] == 1]
            if base:
                ok = r["speedup"] >= TARGET_SPEEDUP_2
                verdicts.append(
                    f"{'PASS' if ok else 'FAIL'} N={r['files']}: jobs 2 is {r['speedup']:.2f}x"
                    f" jobs 1 (target >= {TARGET_SPEEDUP_2})"
                )
    by_jobs: dict[int, list[dict]] = {}
    for r in results:
        by_jobs.setdefault(r["jobs"], []).append(r)
    for jobs, rs in by_jobs.items():
        if len(rs) > 1:
            small, big = min(rs, key=lambda r: r["files"]), max(rs, key=lambda r: r["files"])
            growth = big["peak_pss_mb"] / small["peak_pss_mb"] if small["peak_pss_mb"] else 0
            ok = growth < 1.15
            verdicts.append(
                f"{'PASS' if ok else 'FAIL'} jobs={jobs}: peak memory N={big['files']} is "
                f"{growth:.2f}x N={small['files']} (target: flat, < 1.15x)"
            )
    return verdicts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[100], help="input counts (default 100)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values (1 2)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each configuration R times and keep the fastest (other load on the machine"
        " only ever slows a run down)",
    )
    ap.add_argument("--workdir", type=Path, help="keep inputs/outputs here (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="write the numbers to this file")
    ap.add_argument(
        "--no-template-cache",
        action="store_true",
        help="also run the first --jobs value with templates parsed once per letter",
    )
    ap.add_argument(
        "--split-parse",
        action="store_true",
        help="time the parse stage as extract (PDF -> words) + parse (words -> document)",
    )
    ap.add_argument(
        "--no-log",
        action="store_true",
        help="do not record the cases in a case log after each run (appealgen batch does,"
        " into a SQLite file; its time counts in files/s and is shown as the log stage)",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="log per-file timings")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)

    tmp = None
    if args.workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="appealgen-bench-")
        workdir = Path(tmp.name)
    else:
        workdir = args.workdir
        workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"cpus available: {len(os.sched_getaffinity(0))}  python {sys.version.split()[0]}",
        file=sys.stderr,
    )
    results = []
    try:
        for n in args.n:
            indir = make_inputs(n, workdir / f"in-{n}", args.seed)
            for jobs in args.jobs:
                runs = []
                for i in range(args.repeat):
                    print(
                        f"running N={n} jobs={jobs} ({i + 1}/{args.repeat}),"
                        f" load average {os.getloadavg()[0]:.2f} ...",
                        file=sys.stderr,
                    )
                    log_file = workdir / f"cases-{n}-{jobs}-{i}.sqlite3"
                    for stale in workdir.glob(log_file.name + "*"):
                        stale.unlink()
                    runs.append(
                        run_one(
                            indir,
                            workdir / f"out-{n}-{jobs}",
                            jobs,
                            args.timeout,
                            split_parse=args.split_parse,
                            case_log=None if args.no_log else log_file,
                        )
                    )
                best = max(runs, key=lambda r: r["files_per_s"])
                best["runs_files_per_s"] = [r["files_per_s"] for r in runs]
                best["peak_pss_mb"] = max(r["peak_pss_mb"] for r in runs)
                results.append(best)
            if args.no_template_cache:
                jobs = args.jobs[0]
                print(f"running N={n} jobs={jobs} without the template cache ...", file=sys.stderr)
                results.append(
                    run_one(
                        indir,
                        workdir / f"out-{n}-{jobs}-nc",
                        jobs,
                        args.timeout,
                        template_cache=False,
                    )
                )
    finally:
        if tmp is not None:
            tmp.cleanup()
    print_table(results)
    verdicts = check_targets(results)
    print()
    print("\n".join(verdicts))
    if args.json:
        args.json.write_text(json.dumps({"results": results, "targets": verdicts}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
