"""The parse stage alone: seconds per file and per page, and memory on a long PDF.

    python benchmarks/bench_parse.py                 # samples/*.pdf, 3 rounds
    python benchmarks/bench_parse.py --rounds 5 --json parse.json
    python benchmarks/bench_parse.py --pages 200     # the long-PDF memory check
    python benchmarks/bench_parse.py --command-rounds 9   # more rounds of the command check
    python benchmarks/bench_parse.py --curve 20 50 100 200   # memory against the page count

Parses every ``samples/*.pdf`` in this process (after one warm-up parse, so
imports and data loading are not counted), ``--rounds`` times, and reports
the median and p90 per file and per page. Then builds a long PDF
(``samples.generate.make_long_pdf``) and reports the peak RSS growth while
parsing it, next to the growth for a 2-page file: memory should stay flat. The growth
curve (``--curve``, default 20, 50 and 100 pages) reads a long PDF of each length in a
process of its own (after a warm-up parse of the 2-page file), so no read reuses the
memory an earlier one freed, and prints each one's RSS growth and peak, the size of the
parse document the read returns (claims, evidence, the notice's text: it grows with the
claims, as it must) and the working memory, the growth beyond that document: what must
stay flat in the page count.

Then times ``appealgen parse FILE`` as a whole command (a new process: imports,
data loading, the read in its isolated child, printing) against bare pdfplumber
opening the same file and extracting its words in a new process of the same
Python; the two alternate, after one unmeasured run of each, and each gets the
median of ``--command-rounds`` runs. The command runs with an empty store of its
own (``APPEALGEN_HOME``), so no learned layout of this computer changes the work,
and with Python's bytecode files written, as a ``pip install`` leaves them.

Targets (issue 9): a 2-page text EOB parses in <= 0.2 s (median) in process, and
the command takes <= 1.5x the bare pdfplumber time on the same file.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from appealgen.api import parse_file  # noqa: E402
from appealgen.errors import AppealgenError  # noqa: E402

TARGET_MEDIAN_2PAGE_S = 0.2
TARGET_COMMAND_RATIO = 1.5
# the working memory (RSS growth beyond the parse document returned) of the longest read of
# the curve, against that of the shortest: flat is at most this ratio
TARGET_WORKING_RATIO = 1.3
# bare pdfplumber: open the file and extract its words, as the reader does
BARE_PDFPLUMBER = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.extract_words()\n"
)
SYNTHETIC_N = 30
MB = 1024 * 1024


def p90(values: list[float]) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(0.9 * (len(s) - 1))))]


class PeakRSS:
    """Peak RSS of this process while the block runs, sampled every 10 ms."""

    def __init__(self) -> None:
        self.proc = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRSS:
        gc.collect()
        self.base = self.proc.memory_info().rss
        self.peak = self.base
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            self._stop.wait(0.01)

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.base) / MB


def time_files(files: list[Path], rounds: int) -> dict:
    per_file: list[float] = []
    per_page: list[float] = []
    two_page: list[float] = []
    two_page_cpu: list[float] = []
    failures: dict[str, str] = {}
    for _ in range(rounds):
        for f in files:
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                result = parse_file(f)
            except AppealgenError as e:
                failures[f.name] = e.one_line()
                continue
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            pages = result.source.pages or 1
            per_file.append(dt)
            per_page.append(dt / pages)
            if pages == 2:
                two_page.append(dt)
                two_page_cpu.append(cpu)
    out = {
        "files": len(files),
        "rounds": rounds,
        "failures": failures,
        "per_file_s": {"median": statistics.median(per_file), "p90": p90(per_file)}
        if per_file
        else None,
        "per_page_s": {"median": statistics.median(per_page), "p90": p90(per_page)}
        if per_page
        else None,
        "two_page_s": {
            "median": statistics.median(two_page),
            "p90": p90(two_page),
            "n": len(two_page),
            # CPU time of this process: what other load on a shared machine moves least
            "cpu_median": statistics.median(two_page_cpu),
        }
        if two_page
        else None,
    }
    return out


def _command() -> list[str]:
    """The ``appealgen`` script of this Python, else ``python -m appealgen.cli``."""
    script = Path(sys.executable).parent / "appealgen"
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "appealgen.cli"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_seconds(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and every child it waited for)."""
    cpu0, t0 = _children_cpu(), time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, check=False)  # noqa: S603
    dt, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace").strip().splitlines()
        raise SystemExit(f"{' '.join(argv)} failed: {err[-1] if err else done.returncode}")
    return dt, cpu


def command_vs_pdfplumber(path: Path, rounds: int) -> dict:
    """Median wall time of ``appealgen parse PATH`` and of bare pdfplumber on PATH."""
    with tempfile.TemporaryDirectory(prefix="appealgen-bench-home-") as home:
        env = {**os.environ, "APPEALGEN_HOME": home}
        # as installed: pip compiles every module once, so the command does not compile
        # appealgen's modules on every run (the unmeasured runs write the bytecode)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = [*_command(), "parse", str(path)]
        bare = [sys.executable, "-c", BARE_PDFPLUMBER, str(path)]
        _run_seconds(bare, env)  # unmeasured: the OS file cache, .pyc files, the store
        _run_seconds(command, env)
        times: dict[str, list[float]] = {"command": [], "pdfplumber": []}
        cpu: dict[str, list[float]] = {"command": [], "pdfplumber": []}
        for _ in range(rounds):
            for key, argv in (("pdfplumber", bare), ("command", command)):
                wall, used = _run_seconds(argv, env)
                times[key].append(wall)
                cpu[key].append(used)
    cmd, plumber = (statistics.median(times[k]) for k in ("command", "pdfplumber"))
    cmd_cpu, plumber_cpu = (statistics.median(cpu[k]) for k in ("command", "pdfplumber"))
    return {
        "file": path.name,
        "rounds": rounds,
        "command_s": round(cmd, 3),
        "pdfplumber_s": round(plumber, 3),
        "ratio": round(cmd / plumber, 2),
        # CPU time is less moved by other load on the machine than wall time
        "command_cpu_s": round(cmd_cpu, 3),
        "pdfplumber_cpu_s": round(plumber_cpu, 3),
        "cpu_ratio": round(cmd_cpu / plumber_cpu, 2),
        "runs": {k: [round(v, 3) for v in vs] for k, vs in times.items()},
    }


def long_pdf_memory(pages: int, small: Path | None) -> dict:
    from samples.generate import make_long_pdf

    with tempfile.TemporaryDirectory(prefix="appealgen-bench-") as tmp:
        path = Path(tmp) / f"long-{pages}.pdf"
        make_long_pdf(path, pages)
        out: dict = {"pages": pages}
        if small is not None:
            with PeakRSS() as m:
                parse_file(small)
            out["two_page_rss_growth_mb"] = round(m.growth_mb, 1)
        try:  # the CLI refuses files over MAX_PAGES; here we want the memory figure
            parse_file(path)
        except AppealgenError as e:
            out["cli_refuses"] = e.one_line()
        from appealgen.read.parse import parse_file as parse_unlimited

        with PeakRSS() as m:
            t0 = time.perf_counter()
            try:
                result = parse_unlimited(path, max_pages=None)
                out["parsed_pages"] = result.source.pages
                out["claims"] = len(result.claims)
            except AppealgenError as e:  # e.g. a page limit: still a memory figure
                out["error"] = e.one_line()
            out["seconds"] = round(time.perf_counter() - t0, 2)
        out["long_rss_growth_mb"] = round(m.growth_mb, 1)
        out["rss_after_mb"] = round(psutil.Process().memory_info().rss / MB, 1)
    return out


def kept_bytes(result: object) -> int:
    """The bytes the parse document ``result`` holds in memory: what a copy of it allocates
    (each object it shares counted once, as in the original); classes and modules are the
    program's and not counted."""
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    gc.collect()
    tracemalloc.start()
    try:
        copy = pickle.loads(data)  # noqa: S301 - our own bytes, made just above
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del copy
    return size


def _memory_child(pages: int, small: Path) -> dict:
    """One point of the growth curve, in this (fresh) process: the peak RSS growth while a
    ``pages``-page PDF is read, after a warm-up read of ``small``, the size of the parse
    document it returns, and the working memory: the growth beyond that document."""
    from samples.generate import make_long_pdf

    parse_file(small)  # imports, data files, font caches: not part of the growth
    from appealgen.read.parse import parse_file as parse_unlimited

    with tempfile.TemporaryDirectory(prefix="appealgen-bench-") as tmp:
        path = Path(tmp) / f"long-{pages}.pdf"
        make_long_pdf(path, pages)
        with PeakRSS() as m:
            t0, c0 = time.perf_counter(), time.process_time()
            result = parse_unlimited(path, max_pages=None)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    output_mb = kept_bytes(result) / MB
    return {
        "pages": pages,
        "rss_growth_mb": round(m.growth_mb, 1),
        "output_mb": round(output_mb, 1),
        "working_mb": round(max(m.growth_mb - output_mb, 0.0), 1),
        "peak_rss_mb": round(m.peak / MB, 1),
        "seconds": round(seconds, 2),
        "cpu_s": round(cpu, 2),
    }


def memory_curve(page_counts: list[int], small: Path) -> list[dict]:
    """``_memory_child`` for each page count, each in a new process of this Python."""
    out = []
    for pages in page_counts:
        done = subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--memory-child", str(pages), str(small)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            err = done.stderr.decode(errors="replace").strip().splitlines()
            out.append({"pages": pages, "error": err[-1] if err else str(done.returncode)})
            continue
        out.append(json.loads(done.stdout.decode().strip().splitlines()[-1]))
    return out


def working_ratio(curve: list[dict]) -> float | None:
    """The working memory of the curve's longest read over its shortest's (None without
    two points)."""
    points = sorted((p for p in curve if "working_mb" in p), key=lambda p: p["pages"])
    if len(points) < 2:
        return None
    return round(points[-1]["working_mb"] / max(points[0]["working_mb"], 0.1), 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", type=int, default=200, help="pages of the long PDF (0: skip)")
    ap.add_argument(
        "--command-rounds", type=int, default=5, help="runs of the command check (0: skip)"
    )
    ap.add_argument(
        "--curve",
        type=int,
        nargs="*",
        default=[20, 50, 100],
        help="page counts of the memory growth curve, each read in a new process (none: skip)",
    )
    ap.add_argument("--json", type=Path)
    ap.add_argument("--memory-child", nargs=2, metavar=("PAGES", "SMALL"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_child:
        print(json.dumps(_memory_child(int(args.memory_child[0]), Path(args.memory_child[1]))))
        return 0

    files = sorted(args.samples.glob("*.pdf"))
    tmp = None
    if not files:  # a fresh checkout: parse synthetic EOBs instead
        from samples.generate import generate_synthetic

        tmp = tempfile.TemporaryDirectory(prefix="appealgen-bench-")
        print(f"no PDFs in {args.samples}; using {SYNTHETIC_N} synthetic EOBs", file=sys.stderr)
        files = sorted(generate_synthetic(SYNTHETIC_N, tmp.name, seed=6))
    two_page = None
    for f in files:  # warm-up: imports, knowledge base, font caches
        try:
            if parse_file(f).source.pages == 2 and two_page is None:
                two_page = f
        except AppealgenError:
            pass

    report = {"timing": time_files(files, args.rounds), "load_average": os.getloadavg()[0]}
    t = report["timing"]
    print(f"{t['files']} files x {t['rounds']} rounds (load average {os.getloadavg()[0]:.2f})")
    for key, label in (
        ("per_file_s", "per file"),
        ("per_page_s", "per page"),
        ("two_page_s", "2-page file"),
    ):
        if t[key]:
            print(
                f"  {label:<12} median {t[key]['median'] * 1000:7.1f} ms"
                f"   p90 {t[key]['p90'] * 1000:7.1f} ms"
            )
    if t["failures"]:
        print(f"  {len(t['failures'])} files did not parse: {sorted(t['failures'])[:5]}")
    if t["two_page_s"]:
        ok = t["two_page_s"]["median"] <= TARGET_MEDIAN_2PAGE_S
        print(
            f"{'PASS' if ok else 'FAIL'} 2-page median <= {TARGET_MEDIAN_2PAGE_S} s"
            f"  [CPU median {t['two_page_s']['cpu_median'] * 1000:.0f} ms]"
        )

    if args.command_rounds and two_page is not None:
        report["command"] = c = command_vs_pdfplumber(two_page, args.command_rounds)
        print(
            f"appealgen parse {c['file']}: {c['command_s'] * 1000:.0f} ms, bare pdfplumber"
            f" {c['pdfplumber_s'] * 1000:.0f} ms (medians of {c['rounds']}): {c['ratio']}x"
            f"  [CPU {c['command_cpu_s'] * 1000:.0f} ms vs {c['pdfplumber_cpu_s'] * 1000:.0f} ms:"
            f" {c['cpu_ratio']}x]"
        )
        ok = c["ratio"] <= TARGET_COMMAND_RATIO
        print(f"{'PASS' if ok else 'FAIL'} command <= {TARGET_COMMAND_RATIO}x bare pdfplumber")

    if args.pages:
        report["long_pdf"] = lp = long_pdf_memory(args.pages, two_page)
        print(
            f"{lp['pages']}-page PDF: {lp.get('seconds')} s,"
            f" RSS growth {lp['long_rss_growth_mb']} MB"
            f" (2-page: {lp.get('two_page_rss_growth_mb')} MB)"
            + (f"; {lp['error']}" if "error" in lp else "")
        )
    if args.curve and two_page is not None:
        report["memory_curve"] = curve = memory_curve(args.curve, two_page)
        print("memory against the page count (each read in a process of its own):")
        for point in curve:
            if "error" in point:
                print(f"  {point['pages']:>4} pages: {point['error']}")
                continue
            print(
                f"  {point['pages']:>4} pages: RSS growth {point['rss_growth_mb']:6.1f} MB,"
                f" peak {point['peak_rss_mb']:6.1f} MB, parse document"
                f" {point['output_mb']:5.1f} MB, working {point['working_mb']:5.1f} MB"
                f" ({point['seconds']} s, CPU {point['cpu_s']} s)"
            )
        ratio = working_ratio(curve)
        if ratio is not None:
            ok = ratio <= TARGET_WORKING_RATIO
            print(
                f"{'PASS' if ok else 'FAIL'} working memory of the longest read {ratio}x the"
                f" shortest's <= {TARGET_WORKING_RATIO}x"
            )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
