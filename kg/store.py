"""The one module that knows pyoxigraph's Store: atomic builds, dumps, queries, statistics.

A store directory holds complete builds side by side and a `current` symlink to the one
being served:

    STORE/current -> builds/20261122T170102-4f3a
    STORE/builds/20261122T170102-4f3a/oxigraph/   the pyoxigraph store
    STORE/builds/20261122T170102-4f3a/dumps/      dipkg.ttl, .nt, .nq and their .gz
    STORE/builds/20261122T170102-4f3a/build.json  what was built from what

A build is written under builds/.tmp-*, then renamed, then `current` is switched with one
atomic rename. Until that rename nothing a reader sees has changed, so a build that fails or
is killed half way leaves the served store and dumps as they were. The previous build is
kept, because a running server may still have it open.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import gc
import gzip
import json
import os
import shutil
import time
import traceback
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store

from kg.graph import PREFIXES

ONTOLOGY_GRAPH = "https://w3id.org/dipkg/ontology"
DUMP_FORMATS = {"turtle": ("ttl", RdfFormat.TURTLE), "ntriples": ("nt", RdfFormat.N_TRIPLES),
                "nquads": ("nq", RdfFormat.N_QUADS), "jsonld": ("jsonld", RdfFormat.JSON_LD)}
WRITTEN_DUMPS = ("turtle", "ntriples", "nquads")
KEEP_BUILDS = 2


class StoreError(Exception):
    """A store directory that cannot be used; the message says why."""


class BuildInProgress(StoreError):
    """Another build holds the store's lock."""


# ---------------------------------------------------------------------------- layout


def current_build(root: Path) -> Path:
    link = root / "current"
    if not link.exists():
        raise StoreError(f"no graph has been built in {root} yet (run: kg build ARTICLES --store {root})")
    return link.resolve()


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildInProgress(f"another build is writing to {root}") from None
        yield


def clean_stale(builds: Path) -> None:
    """Half-written builds of killed processes (only called under the lock)."""
    for stale in builds.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def prune(root: Path) -> None:
    builds = sorted((p for p in (root / "builds").iterdir() if not p.name.startswith(".")), key=lambda p: p.name)
    current = current_build(root)
    for old in builds[:-KEEP_BUILDS]:
        if old != current:
            shutil.rmtree(old, ignore_errors=True)


def switch_current(root: Path, build: Path) -> None:
    temporary = root / f".current-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(build, root), temporary)
    os.replace(temporary, root / "current")
    fsync_dir(root)


def fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# ---------------------------------------------------------------------------- writing a build


def gzip_file(path: Path) -> None:
    with open(path, "rb") as source, open(path.with_name(path.name + ".gz"), "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as target:
        shutil.copyfileobj(source, target, 1 << 20)


def write_dumps(store: Store, directory: Path) -> dict[str, int]:
    """The instance data as Turtle and N-Triples, the whole dataset as N-Quads; each also gzipped.

    Each file is compressed in a thread while the next is written (zlib lets go of the GIL).
    """
    directory.mkdir(parents=True, exist_ok=True)
    sizes = {}
    with ThreadPoolExecutor(max_workers=1) as compressor:
        compressed = []
        for name in WRITTEN_DUMPS:
            extension, fmt = DUMP_FORMATS[name]
            path = directory / f"dipkg.{extension}"
            if fmt.supports_datasets:
                store.dump(str(path), fmt, prefixes=None)
            else:
                store.dump(str(path), fmt, from_graph=DefaultGraph(),
                           prefixes=PREFIXES if fmt == RdfFormat.TURTLE else None)
            compressed.append(compressor.submit(gzip_file, path))
            sizes[path.name] = path.stat().st_size
        for job in compressed:
            job.result()
    return sizes


@contextlib.contextmanager
def new_build(root: Path, info: dict, base: Path | None = None) -> Iterator[Store]:
    """A store for a new build (a copy of the `base` build's store, if given), published when
    the block ends without error: dumps and build.json written, then `current` switched."""
    root = Path(root)
    with build_lock(root):
        builds = root / "builds"
        builds.mkdir(parents=True, exist_ok=True)
        clean_stale(builds)
        name = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        temporary = builds / f".tmp-{name}"
        temporary.mkdir()
        if base is not None:
            # published builds are never written again, so a plain copy is a consistent one
            shutil.copytree(base / "oxigraph", temporary / "oxigraph")
        store = Store(str(temporary / "oxigraph"))
        try:
            yield store
            store.optimize()
            store.flush()
            info = dict(info, triples=len(store), dumps=write_dumps(store, temporary / "dumps"),
                        statistics=compute_statistics(store, info.get("base")))
            (temporary / "build.json").write_text(json.dumps(info, indent=1, default=str) + "\n", encoding="utf-8")
        except BaseException as error:
            # the traceback still holds the store in the frames that failed: let go of it, so that
            # the database is closed (its background threads done) before its files are removed
            traceback.clear_frames(error.__traceback__)
            del store
            gc.collect()
            for _ in range(20):
                shutil.rmtree(temporary, ignore_errors=True)
                if not temporary.exists():
                    break
                time.sleep(0.05)
            raise
        del store
        final = builds / name
        os.rename(temporary, final)
        fsync_dir(builds)
        switch_current(root, final)
        prune(root)


STATISTICS = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "subjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }",
    "objects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }",
    "classes": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }",
}


def compute_statistics(store: Store, base: str | None) -> dict:
    """VoID figures of the default graph, computed once per build so that serving them costs nothing."""
    stats = {name: int(next(iter(store.query(text)))["n"].value) for name, text in STATISTICS.items()}
    if base:
        space = Literal(base + "id/")
        stats["entities"] = int(next(iter(store.query(
            f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), {space})) }}")))["n"].value)
    stats["per_class"] = {row["c"].value: int(row["n"].value) for row in store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")}
    stats["named_graphs"] = sorted(g.value for g in store.named_graphs())
    return stats


class QuadWriter:
    """Quads into a new build's store in batches, as a build produces them (it never holds them all)."""

    def __init__(self, store: Store, batch: int = 100_000):
        self.store, self.batch, self.pending = store, batch, []
        self.written = 0

    def extend(self, quads: Iterable[Quad]) -> None:
        for quad in quads:
            self.pending.append(quad)
            if len(self.pending) >= self.batch:
                self.flush()

    def flush(self) -> None:
        if self.pending:
            self.store.bulk_extend(self.pending)
            self.written += len(self.pending)
            self.pending = []


def load_ontology(store: Store, ontology: Path) -> None:
    """The vocabulary, in its own named graph beside the instance data."""
    store.bulk_load(path=str(ontology), format=RdfFormat.TURTLE, to_graph=NamedNode(ONTOLOGY_GRAPH))


def instance_triples(store: Store) -> int:
    """Triples in the default graph (the instance data, without the ontology graph)."""
    return int(next(iter(store.query(STATISTICS["triples"])))["n"].value)


def publish_build(root: Path, quads: list[Quad], ontology: Path, info: dict) -> Path:
    """Write a complete build (store, ontology graph, dumps, build.json) and make it current."""
    with new_build(root, info) as store:
        store.bulk_extend(quads)
        load_ontology(store, ontology)
    return current_build(Path(root))


def load_file(store: Store, path: Path, graph: str | None) -> None:
    fmt = RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)")
    try:
        if fmt.supports_datasets and graph is None:
            store.bulk_load(path=str(path), format=fmt)
        else:
            store.bulk_load(path=str(path), format=fmt, to_graph=NamedNode(graph) if graph else DefaultGraph())
    except (SyntaxError, ValueError) as error:
        raise StoreError(f"{path}: not valid {fmt.name}: {error}") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read ({error.strerror or error})") from None


def add_files(root: Path, files: list[Path], graph: str | None) -> Path:
    """A new build: the current one (if any) plus some RDF files; the current one is not touched."""
    root = Path(root)
    source = current_build(root) if (root / "current").exists() else None
    info = json.loads((source / "build.json").read_text(encoding="utf-8")) if source else {}
    info["loaded"] = info.get("loaded", []) + [{"file": str(f), "graph": graph} for f in files]
    with new_build(root, info, base=source) as store:
        for path in files:
            load_file(store, path, graph)
    return current_build(Path(root))


# ---------------------------------------------------------------------------- reading


def open_store(root: Path) -> Store:
    """The current build's store, read-only."""
    return open_build(current_build(Path(root)))


def open_build(build: Path) -> Store:
    """One build's store, read-only (a published build is never written again)."""
    try:
        return Store.read_only(str(build / "oxigraph"))
    except OSError as error:
        raise StoreError(f"cannot open the store in {build}: {error}") from None


def build_info(build: Path) -> dict:
    return json.loads((build / "build.json").read_text(encoding="utf-8"))


def dump(root: Path, fmt: str, output) -> None:
    """Serialize the current graph: the instance data, or the whole dataset for N-Quads."""
    if fmt not in DUMP_FORMATS:
        raise StoreError(f"unknown dump format {fmt!r} (use {', '.join(DUMP_FORMATS)})")
    _, rdf_format = DUMP_FORMATS[fmt]
    store = open_store(root)
    if rdf_format.supports_datasets:
        store.dump(output, rdf_format)
    else:
        store.dump(output, rdf_format, from_graph=DefaultGraph(),
                   prefixes=PREFIXES if rdf_format in (RdfFormat.TURTLE,) else None)


def query(root: Path, text: str):
    """Run a read-only SPARQL query over the current graph (named graphs are reached with GRAPH)."""
    return open_store(root).query(text)


def statistics(root: Path) -> dict[str, int]:
    """Instances per dip: class in the current graph."""
    result = open_store(root).query("""
        SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
          ?s a ?class . FILTER(STRSTARTS(STR(?class), "https://w3id.org/dipkg/ontology#"))
        } GROUP BY ?class ORDER BY ?class""")
    return {str(row["class"].value).split("#")[-1]: int(row["n"].value) for row in result}


