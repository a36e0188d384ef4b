"""Serving benchmark: dipkg beside Oxigraph's own server and rdflib-endpoint, on the same data.

    python bench/serve.py [--triples 1000000 10000000] [--seconds 5] [--runs 3] [--write]

For each graph size: the synthetic graph of bench/generate.py is loaded into a dipkg store
(`kg load`); `kg serve` and `oxigraph serve-read-only` serve that same on-disk store, and
rdflib-endpoint serves the same file from memory (only up to --rdflib-max triples: above that
it cannot load the graph in useful time). wrk, one process on this machine for every system,
sends each query shape at 1 and 16 connections in two forms:

- varied: every request binds another entity, drawn by a fixed seed from the data, and carries a
  token of its own (a SPARQL comment, an ignored page parameter), so that no answer repeats within
  a run or across runs, even when a system asks for more entities than the pool has;
- repeated: one URL, again and again (the hot-cache case).

Systems alternate run by run (shape by shape, connections by connections); each combination
runs --runs times and the table gives the median throughput and latencies and the spread of
throughput (min-max). Ratios are dipkg's median throughput over the other system's. Dump
downloads are timed separately, whole files, one client.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from proctree import rss, tree

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DIP = "https://w3id.org/dipkg/ontology#"
MARK_START, MARK_END = "<!-- serve:start -->", "<!-- serve:end -->"

LUA = r"""
local paths, counter, step = {}, 0, 1
local created = 0
function setup(thread)
  thread:set("id", created)
  created = created + 1
end
local suffix = ""
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  step = tonumber(args[2])
  counter = id
  wrk.headers["Accept"] = args[3]
  suffix = args[4] or ""
end
function request()
  local path = paths[(counter % #paths) + 1]
  if suffix ~= "" then
    -- varied: a token of its own on every request (a SPARQL comment, or an ignored parameter of a
    -- page), so that no answer repeats even when a fast system asks for more entities than the pool has
    path = path .. suffix .. counter
  end
  counter = counter + step
  return wrk.format("GET", path)
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %d, "microseconds": %d, "status_errors": %d, ' ..
    '"socket_errors": %d, "p50": %d, "p99": %d}\n', summary.requests, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass
class Shape:
    """One kind of request: how to build it for an entity, and what to ask for."""

    name: str
    pool: str  # which entities it binds
    accept: str
    sparql: str | None = None  # with {e} for the entity IRI; None: a dipkg page
    systems: tuple[str, ...] = ("dipkg", "oxigraph", "rdflib")


SHAPES = [
    Shape("point lookup", "subjects", "application/sparql-results+json",
          "SELECT ?p ?o WHERE {{ <{e}> ?p ?o }} LIMIT 5"),
    Shape("100-row join", "events", "application/sparql-results+json",
          f"SELECT ?other ?label WHERE {{{{ <{{e}}> <{DIP}participant> ?p . ?other <{DIP}participant> ?p ; "
          f"<http://www.w3.org/2000/01/rdf-schema#label> ?label }}}} LIMIT 100"),
    Shape("aggregate", "events", "application/sparql-results+json",
          f"SELECT ?p (COUNT(?other) AS ?n) WHERE {{{{ <{{e}}> <{DIP}participant> ?p . ?other <{DIP}participant> ?p }}}} "
          f"GROUP BY ?p ORDER BY DESC(?n)"),
    Shape("DESCRIBE", "subjects", "application/n-triples", "DESCRIBE <{e}>"),
    Shape("entity page", "people", "text/html", None, systems=("dipkg",)),
]


@dataclass
class Run:
    system: str
    shape: str
    form: str
    connections: int
    throughput: float
    p50_ms: float
    p99_ms: float
    errors: int
    distinct: int


@dataclass
class System:
    name: str
    base: str
    process: subprocess.Popen
    query_path: str

    def url(self, shape: Shape, entity: str) -> str:
        if shape.sparql is None:
            return urllib.parse.urlparse(entity).path + ".html"
        return self.query_path + "?query=" + urllib.parse.quote(shape.sparql.format(e=entity), safe="")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 900) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status < 500:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url}: not up after {seconds} s")


def tree_rss(pid: int) -> int:
    """Resident memory of a process and its descendants, in bytes."""
    return sum(rss(p) for p in tree(pid))


def start(name: str, store: Path, graph_file: Path, workers: int, extra: list[str]) -> System:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    if name == "dipkg":
        # wrk's connections all come from one address: let them all run (the per-client cap is a
        # protection for the public, not part of what is measured)
        command = [str(BIN / "kg"), "serve", "--store", str(store), "--port", str(port), "--queries-per-client", "64"]
        if workers:
            command += ["--processes", str(workers)]
        command += extra
        path, probe = "/sparql", "/ready"
    elif name == "oxigraph":
        build = (store / "current").resolve()
        command = [str(BIN / "oxigraph"), "serve-read-only", "--location", str(build / "oxigraph"),
                   "--bind", f"127.0.0.1:{port}"]
        path, probe = "/query", "/query?query=ASK%7B%7D"
    else:
        command = [str(BIN / "rdflib-endpoint"), "serve", "--host", "127.0.0.1", "--port", str(port), str(graph_file)]
        path, probe = "/", "/?query=ASK%7B%7D"
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wait_until_up(base + probe, process)
    return System(name, base, process, path)


def stop(system: System) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(system.process.pid, signal.SIGTERM)
    try:
        system.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(system.process.pid, signal.SIGKILL)
        system.process.wait()


def pools(store: Path, seed: int, size: int) -> dict[str, list[str]]:
    """Entities to bind, drawn from the data by a fixed seed (the same for every system)."""
    from pyoxigraph import Store
    build = (store / "current").resolve()
    data = Store.read_only(str(build / "oxigraph"))

    def iris(query: str) -> list[str]:
        found = sorted(row[0].value for row in data.query(query))
        random.Random(seed).shuffle(found)
        return found[:size]
    return {
        "subjects": iris(f"SELECT DISTINCT ?s WHERE {{ ?s a ?c FILTER(?c IN (<{DIP}Person>, <{DIP}Article>, "
                         f"<{DIP}Evidence>, <{DIP}Place>) || EXISTS {{ ?s <{DIP}participant> ?x }}) }}"),
        "events": iris(f"SELECT DISTINCT ?e WHERE {{ ?e <{DIP}participant> ?p }}"),
        "people": iris(f"SELECT ?p WHERE {{ ?p a <{DIP}Person> }}"),
    }


_NONCE = 0  # one per wrk run: its requests' tokens are unique across runs too


def wrk(system: System, shape: Shape, entities: list[str], connections: int, seconds: float,
        scratch: Path) -> Run | None:
    paths = scratch / "paths.txt"
    paths.write_text("\n".join(system.url(shape, e) for e in entities) + "\n", encoding="utf-8")
    script = scratch / "bench.lua"
    script.write_text(LUA, encoding="utf-8")
    threads = min(connections, 2)
    varied = len(entities) > 1
    global _NONCE
    _NONCE += 1
    suffix = ("" if not varied else f"?v={_NONCE}x" if shape.sparql is None else f"%0A%23{_NONCE}x")
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s", "--timeout", "30s",
               "-s", str(script), system.base, "--", str(paths), str(threads), shape.accept, suffix]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 120)
    line = next((x for x in output.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        print(f"wrk failed on {system.name} {shape.name}: {output.stdout} {output.stderr}", file=sys.stderr)
        return None
    result = json.loads(line[len("RESULT "):])
    return Run(system.name, shape.name, "varied" if len(entities) > 1 else "repeated", connections,
               result["requests"] / (result["microseconds"] / 1e6), result["p50"] / 1000, result["p99"] / 1000,
               result["status_errors"] + result["socket_errors"], len(entities))


def time_dump(system: System, runs: int) -> float | None:
    """Seconds to download the whole default graph as N-Triples (median of runs)."""
    if system.name == "dipkg":
        url, headers = system.base + "/dumps/dipkg.nt", {}
    elif system.name == "oxigraph":
        url, headers = system.base + "/store?default", {"Accept": "application/n-triples"}
    else:
        return None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=600) as response:
            while response.read(1 << 20):
                pass
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def prepare(triples: int, work: Path, seed: int) -> tuple[Path, Path]:
    """The graph file and a dipkg store holding it (made once, kept in the work folder)."""
    graph_file = work / f"graph-{triples}-{seed}.nq"
    store = work / f"store-{triples}-{seed}"
    if not graph_file.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "graph", str(graph_file),
                        "--triples", str(triples), "--seed", str(seed)], check=True)
    if not (store / "current").exists():
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run([str(BIN / "kg"), "load", "--store", str(store), str(graph_file)], check=True,
                       stdout=subprocess.DEVNULL)
    # what `kg serve` does in the background after each build, done before measuring: the
    # benchmark measures a server whose build-time work is finished (the time it takes is reported)
    record = work / f"pages-{triples}-{seed}.txt"
    if not ((store / "current").resolve() / "pages.sqlite").exists() or not record.exists():
        done = subprocess.run([sys.executable, "-m", "server.prerender", str(store)], check=True, cwd=ROOT,
                              capture_output=True, text=True)
        record.write_text(done.stdout.strip(), encoding="utf-8")
    print(f"{triples:,} triples: {record.read_text(encoding='utf-8')}", file=sys.stderr)
    return graph_file, store


def benchmark(triples: int, args, scratch: Path) -> tuple[list[Run], dict, dict, str]:
    graph_file, store = prepare(triples, args.work, args.seed)
    pages = (args.work / f"pages-{triples}-{args.seed}.txt").read_text(encoding="utf-8").strip()
    entities = pools(store, args.seed, 200_000)
    names = [n for n in ("dipkg", "oxigraph", "rdflib") if n in args.systems
             and (n != "rdflib" or triples <= args.rdflib_max)]
    systems = {}
    memory = {}
    try:
        for name in names:
            started = time.monotonic()
            systems[name] = start(name, store, graph_file, args.processes, args.dipkg_option)
            print(f"{triples:,} triples: {name} up in {time.monotonic() - started:.1f} s", file=sys.stderr)
        runs: list[Run] = []
        for shape in SHAPES:
            if args.shapes and shape.name not in args.shapes:
                continue
            for connections in args.connections:
                for form in ("varied", "repeated"):
                    pool = entities[shape.pool] if form == "varied" else entities[shape.pool][:1]
                    for repetition in range(args.runs):
                        order = [n for n in names if n in shape.systems]
                        if repetition % 2:
                            order.reverse()  # alternate which system goes first
                        for name in order:
                            # each repetition starts elsewhere in the pool: no answer repeats across runs either
                            offset = (repetition * len(order) + order.index(name)) * 40_000 % max(len(pool), 1)
                            run = wrk(systems[name], shape, pool[offset:] + pool[:offset], connections,
                                      args.seconds, scratch)
                            if run:
                                runs.append(run)
                                print(f"  {name:9} {shape.name:13} {form:8} c={connections:<3} "
                                      f"{run.throughput:8.0f}/s p50 {run.p50_ms:7.2f} ms p99 {run.p99_ms:8.2f} ms "
                                      f"errors {run.errors}", file=sys.stderr)
                        for name in order:
                            memory[name] = max(memory.get(name, 0), tree_rss(systems[name].process.pid))
        dumps = {name: time_dump(system, 2) for name, system in systems.items()}
    finally:
        for system in systems.values():
            stop(system)
    return runs, dumps, memory, pages


def table(triples: int, runs: list[Run], dumps: dict, memory: dict, pages: str, args) -> str:
    groups: dict[tuple, list[Run]] = {}
    for run in runs:
        groups.setdefault((run.shape, run.form, run.connections, run.system), []).append(run)

    def median(key, attribute):
        values = [getattr(r, attribute) for r in groups.get(key, [])]
        return statistics.median(values) if values else None
    lines = [f"### {triples:,} triples",
             "",
             "| query | form | conn. | system | req/s (median) | spread | p50 ms | p99 ms | errors | dipkg / system |",
             "|---|---|---:|---|---:|---|---:|---:|---:|---:|"]
    for shape in SHAPES:
        for connections in args.connections:
            for form in ("varied", "repeated"):
                ours = median((shape.name, form, connections, "dipkg"), "throughput")
                for system in ("dipkg", "oxigraph", "rdflib"):
                    key = (shape.name, form, connections, system)
                    if key not in groups:
                        continue
                    rate = median(key, "throughput")
                    values = [r.throughput for r in groups[key]]
                    ratio = "" if system == "dipkg" or not ours else f"{ours / rate:.2f}x"
                    lines.append(f"| {shape.name} | {form} | {connections} | {system} | {rate:,.0f} | "
                                 f"{min(values):,.0f}-{max(values):,.0f} | {median(key, 'p50_ms'):.2f} | "
                                 f"{median(key, 'p99_ms'):.2f} | {sum(r.errors for r in groups[key])} | {ratio} |")
    distinct = {shape.pool: max((r.distinct for r in runs if r.shape == shape.name), default=0) for shape in SHAPES}
    lines += ["", "Distinct requests available to the varied form: "
              + ", ".join(f"{pool} {count:,}" for pool, count in distinct.items()) + "."]
    dump_parts = [f"{name} {seconds:.1f} s" for name, seconds in dumps.items() if seconds is not None]
    if dump_parts:
        lines.append("Whole default graph as N-Triples, one client (median of 2): " + ", ".join(dump_parts) + ".")
    lines.append("Peak resident memory during the run (server and its child processes): "
                 + ", ".join(f"{name} {value / 2**20:,.0f} MiB" for name, value in memory.items()) + ".")
    if pages:
        lines.append(f"Entity pages rendered ahead for this build (what `kg serve` does in the background after a "
                     f"build; done before measuring, with both cores): {pages}.")
    return "\n".join(lines)


def write_results(text: str) -> None:
    results = ROOT / "bench" / "RESULTS.md"
    content = results.read_text(encoding="utf-8")
    block = f"{MARK_START}\n{text}\n{MARK_END}"
    if MARK_START in content:
        before, rest = content.split(MARK_START, 1)
        content = before + block + rest.split(MARK_END, 1)[1]
    else:
        content = content.rstrip("\n") + "\n\n## Serving (`bench/serve.py`)\n\n" + block + "\n"
    results.write_text(content, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 16])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shapes", nargs="+", help="only these query shapes (names as in the table)")
    parser.add_argument("--systems", nargs="+", default=["dipkg", "oxigraph", "rdflib"])
    parser.add_argument("--rdflib-max", type=int, default=1_000_000)
    parser.add_argument("--processes", type=int, default=0, help="dipkg serving processes (default: its own)")
    parser.add_argument("--dipkg-option", action="append", default=[], help="another option for kg serve")
    parser.add_argument("--work", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--write", action="store_true", help="replace the serving section of bench/RESULTS.md")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("bench/serve.py needs wrk (apt-get install wrk; `make bench` installs it)")
    args.work.mkdir(parents=True, exist_ok=True)
    sections = []
    with tempfile.TemporaryDirectory() as scratch:
        for triples in args.triples:
            runs, dumps, memory, pages = benchmark(triples, args, Path(scratch))
            sections.append(table(triples, runs, dumps, memory, pages, args))
            print(sections[-1])
    header = (f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, Python "
              f"{platform.python_version()}; wrk on the same machine, {args.runs} runs of {args.seconds:g} s per "
              f"row, systems alternating; dipkg `kg serve` (Flask), Oxigraph `oxigraph serve-read-only` (Rust) on "
              f"the same store files, rdflib-endpoint from the graph file in memory.")
    if args.write:
        write_results(header + "\n\n" + "\n\n".join(sections))


if __name__ == "__main__":
    main()
