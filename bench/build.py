"""Benchmark `kg build`: the seeds, and the seeds repeated as many separate files.

Each build runs as its own process (`kg build ... -q`), timed from start to exit, with its
peak resident memory read from the kernel's accounting of that process (os.wait4). Prints a
Markdown table; `--write` also replaces the build section of bench/RESULTS.md.

    python bench/build.py [--copies 1000] [--write]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MARK_START, MARK_END = "<!-- build:start -->", "<!-- build:end -->"


def corpus(folder: Path, copies: int) -> int:
    """The seed articles repeated `copies` times as separate files (with manifest entries)."""
    import json
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


def run_build(articles: Path, store: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one `kg build` process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(articles), "--store", str(store), "-q"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {articles} failed: {process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        seconds, memory = run_build(SEEDS, scratch / "store-seeds")
        rows.append(("seeds/", 5, seconds, memory))
        count = corpus(scratch / "repeated", args.copies)
        seconds, memory = run_build(scratch / "repeated", scratch / "store-repeated")
        rows.append((f"seeds x {args.copies} (separate files)", count, seconds, memory))
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}; one `kg build` process each (read, extract, merge, "
             "validate with SHACL, write store and dumps).", "",
             "| corpus | articles | seconds | articles/s | peak RSS (MiB) |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {name} | {n} | {s:.1f} | {n / s:.1f} | {m:.0f} |" for name, n, s, m in rows]
    table = "\n".join(lines)
    print(table)
    if args.write:
        results = ROOT / "bench" / "RESULTS.md"
        text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
        section = f"{MARK_START}\n{table}\n{MARK_END}"
        if MARK_START in text:
            text = text[:text.index(MARK_START)] + section + text[text.index(MARK_END) + len(MARK_END):]
        else:
            text = text.rstrip() + "\n\n## Build (`bench/build.py`)\n\n" + section + "\n"
        results.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
