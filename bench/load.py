"""Load test: many concurrent clients on a real `kg serve`, a realistic mix of requests.

32 clients for 60 s (by default) send point lookups, joins, entity pages, dump downloads, a few
bad queries and a few runaway ones. Reported per kind: requests, p50 and p99 latency, statuses;
and the server's memory (resident set of the server and its query workers) at the start and the
end. The only 5xx allowed are the 503s of runaway queries stopped at their deadline.

    python bench/load.py [--clients 32] [--seconds 60] [--write]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
MARK_START, MARK_END = "<!-- load:start -->", "<!-- load:end -->"

PEOPLE = ["sergey-lavrov", "wang-yi", "vladimir-putin", "xi-jinping", "lai-ching-te"]
# shares of the mix, per thousand requests: a few runaway queries, as a public endpoint sees them
KINDS = {
    "point lookup": 300, "join": 200, "entity page": 200, "entity data": 100, "dump": 30, "bad query": 118,
    "runaway query": 2, "service description": 50}


def request_for(kind: str, base: str, rng: random.Random) -> tuple[str, dict]:
    person = rng.choice(PEOPLE)
    if kind == "point lookup":
        query = f"SELECT ?label WHERE {{ <{base}id/person/{person}> <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
        return "/sparql?" + urllib.parse.urlencode({"query": query}), {"Accept": "application/sparql-results+json"}
    if kind == "join":
        query = (f"PREFIX dip: <https://w3id.org/dipkg/ontology#> SELECT ?e ?other WHERE {{ ?e dip:participant "
                 f"<{base}id/person/{person}> ; dip:participant ?other }} LIMIT 100")
        return "/sparql?" + urllib.parse.urlencode({"query": query}), {"Accept": "application/sparql-results+json"}
    if kind == "entity page":
        return f"/id/person/{person}.html", {"Accept": "text/html"}
    if kind == "entity data":
        return f"/id/person/{person}.ttl", {"Accept": "text/turtle"}
    if kind == "dump":
        return "/dumps/dipkg.nt.gz", {}
    if kind == "bad query":
        return "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x "}), {}
    if kind == "runaway query":
        query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        return "/sparql?" + urllib.parse.urlencode({"query": query}), {}
    return "/sparql", {"Accept": "text/turtle"}


def rss_mib(pid: int) -> float:
    """Resident memory of a process and its children, in MiB (from /proc)."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run(clients: int, seconds: float) -> tuple[str, dict]:
    from helpers import SEEDS, ServerProcess

    from kg.pipeline import build
    scratch = Path(tempfile.mkdtemp(prefix="dipkg-load-"))
    try:
        store = scratch / "store"
        build(SEEDS, store, "http://localhost:8000/")
        # one machine plays every client, so the per-address cap is raised to the number of clients
        server = ServerProcess(store, threads=16, options=("--query-timeout", "5", "--query-workers", "4",
                                                           "--queries-per-client", str(clients)))
        results: dict[str, list[tuple[int, float]]] = defaultdict(list)
        lock = threading.Lock()
        stop = time.monotonic() + seconds
        memory_start = rss_mib(server.process.pid)
        kinds = [k for k, weight in KINDS.items() for _ in range(weight)]

        def client(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < stop:
                kind = rng.choice(kinds)
                path, headers = request_for(kind, "http://localhost:8000/", rng)
                started = time.monotonic()
                try:
                    with urllib.request.urlopen(urllib.request.Request(server.url + path, headers=headers),
                                                timeout=30) as response:
                        response.read()
                        status = response.status
                except urllib.error.HTTPError as error:
                    error.read()
                    status = error.code
                except OSError:
                    status = 0
                with lock:
                    results[kind].append((status, time.monotonic() - started))

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        samples = []
        while time.monotonic() < stop:
            time.sleep(5)
            samples.append(rss_mib(server.process.pid))
        for thread in threads:
            thread.join()
        memory_end = rss_mib(server.process.pid)
        server.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    rows = ["| kind | requests | p50 ms | p99 ms | statuses |", "|---|---|---|---|---|"]
    unexpected = 0
    for kind in KINDS:
        values = results.get(kind, [])
        if not values:
            continue
        times = sorted(t * 1000 for _, t in values)
        p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
        statuses = defaultdict(int)
        for status, _ in values:
            statuses[status] += 1
            if status >= 500 and not (kind == "runaway query" and status == 503) or status == 0:
                unexpected += 1
        rows.append(f"| {kind} | {len(values)} | {statistics.median(times):.1f} | {p99:.1f} | "
                    + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())) + " |")
    summary = {"unexpected": unexpected, "memory_start": memory_start, "memory_end": memory_end,
               "memory_max": max(samples or [memory_end])}
    table = "\n".join(rows) + (
        f"\n\n{clients} clients for {seconds:g} s against the seeds' graph; server and query workers' resident "
        f"memory {memory_start:.0f} MiB at the start, {summary['memory_max']:.0f} MiB at most, "
        f"{memory_end:.0f} MiB at the end; unexpected 5xx or failed connections: {unexpected}.")
    return table, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--write", action="store_true", help="record the results in bench/RESULTS.md")
    args = parser.parse_args()
    table, summary = run(args.clients, args.seconds)
    print(table)
    if args.write:
        results = ROOT / "bench" / "RESULTS.md"
        text = results.read_text(encoding="utf-8")
        section = f"{MARK_START}\n{table}\n{MARK_END}"
        if MARK_START in text:
            text = text[:text.index(MARK_START)] + section + text[text.index(MARK_END) + len(MARK_END):]
        else:
            text = text.rstrip() + "\n\n## Load\n\n" + section + "\n"
        results.write_text(text, encoding="utf-8")
    if summary["unexpected"]:
        raise SystemExit(f"{summary['unexpected']} unexpected server errors")


if __name__ == "__main__":
    main()
