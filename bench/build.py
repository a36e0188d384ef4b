"""Benchmark `kg build`: the seeds, the seeds repeated as many separate files, and a synthetic
corpus of the genre (tests/corpus.py, 10,000 articles by default).

Each build runs as its own process (`kg build ... -q`, extracting with one process per core),
timed from start to exit. Its peak memory is that of the whole process tree, the build and the
extraction workers it starts: /proc is read every 50 ms and the proportional set sizes (PSS:
a page shared by n processes counts 1/n in each) of the build and all its descendants are
summed; the peak of that sum is reported. The kernel's ru_maxrss of the build process alone is
reported beside it. Prints a Markdown table; `--write` also replaces the build section of
bench/RESULTS.md with the figures of this one run.

    python bench/build.py [--copies 1000] [--articles 10000] [--jobs N] [--write]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from generate import write_corpus
from proctree import footprint, tree

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MARK_START, MARK_END = "<!-- build:start -->", "<!-- build:end -->"


def corpus(folder: Path, copies: int) -> int:
    """The seed articles repeated `copies` times as separate files (with manifest entries)."""
    manifest = {e["file"]: e for e in json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))}
    entries = []
    folder.mkdir(parents=True)
    for n in range(copies):
        for article in sorted(SEEDS.glob("*.txt")):
            name = f"{n:05d}-{article.name}"
            shutil.copy(article, folder / name)
            entries.append(dict(manifest[article.name], file=name))
    (folder / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    return len(entries)


def synthetic(folder: Path, articles: int) -> int:
    """The synthetic corpus the tests use (tests/corpus.py), written into `folder`."""
    write_corpus(folder, articles, seed=7)
    return articles


class TreeMemory(threading.Thread):
    """The peak of the summed memory of a process and its descendants, sampled until it ends."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak, self.processes = pid, interval, 0, 1
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = tree(self.pid)
            self.processes = max(self.processes, len(pids))
            self.peak = max(self.peak, sum(footprint(p) for p in pids))
            self.done.wait(self.interval)


# ---------------------------------------------------------------------------- a build


@dataclass
class Result:
    name: str
    articles: int
    seconds: float
    tree_mib: float  # peak summed PSS of the build and its workers
    self_mib: float  # ru_maxrss of the build process alone
    processes: int

    def row(self) -> str:
        return (f"| {self.name} | {self.articles} | {self.seconds:.1f} | {self.articles / self.seconds:.1f} | "
                f"{self.tree_mib:.0f} | {self.self_mib:.0f} | {self.processes} |")


def run_build(name: str, articles: Path, count: int, store: Path, jobs: int | None) -> Result:
    command = [sys.executable, "-m", "kg.cli", "build", str(articles), "--store", str(store), "-q"]
    command += ["--jobs", str(jobs)] if jobs else []
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    memory = TreeMemory(process.pid)
    memory.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    memory.done.set()
    memory.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {articles} failed: {process.stderr.read().decode()}")
    return Result(name, count, seconds, memory.peak / 2**20, usage.ru_maxrss / 1024, memory.processes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000, help="copies of the seeds (0: leave that corpus out)")
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles (0: leave them out)")
    parser.add_argument("--jobs", type=int, help="extraction processes (default: kg build's, one per core)")
    parser.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        results.append(run_build("seeds/", SEEDS, 5, scratch / "store-seeds", args.jobs))
        if args.copies:
            count = corpus(scratch / "repeated", args.copies)
            results.append(run_build(f"seeds x {args.copies} (separate files)", scratch / "repeated", count,
                                     scratch / "store-repeated", args.jobs))
            shutil.rmtree(scratch / "repeated")
        if args.articles:
            count = synthetic(scratch / "synthetic", args.articles)
            results.append(run_build(f"synthetic corpus, {args.articles} articles (tests/corpus.py)",
                                     scratch / "synthetic", count, scratch / "store-synthetic", args.jobs))
        for result in results:
            print(result.row(), file=sys.stderr)
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}; one `kg build` process each (read and extract in "
             f"{'one worker process per core' if not args.jobs else f'{args.jobs} process(es)'}, merge, write "
             "the store, validate it with the compiled shapes, write the dumps). Peak memory: the summed "
             "PSS of the build and its extraction workers, sampled every 50 ms; beside it the build "
             "process's own ru_maxrss.", "",
             "| corpus | articles | seconds | articles/s | peak memory, all processes (MiB) | "
             "peak RSS, build process (MiB) | processes |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    lines += [result.row() for result in results]
    table = "\n".join(lines)
    print(table)
    if args.write:
        path = ROOT / "bench" / "RESULTS.md"
        text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
        section = f"{MARK_START}\n{table}\n{MARK_END}"
        if MARK_START in text:
            text = text[:text.index(MARK_START)] + section + text[text.index(MARK_END) + len(MARK_END):]
        else:
            text = text.rstrip() + "\n\n## Build (`bench/build.py`)\n\n" + section + "\n"
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
