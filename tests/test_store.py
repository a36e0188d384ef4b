"""Builds are published atomically: a failed, invalid or killed build leaves the served graph as it was."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS

import kg.store
from kg.pipeline import build
from kg.store import BuildInProgress, build_lock, current_build, open_store, statistics
from kg.validate import InvalidGraph

BASE = "http://localhost:8000/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def triples(store: Path) -> int:
    return int(next(iter(open_store(store).query(COUNT)))["n"].value)


@pytest.fixture()
def built(tmp_path) -> Path:
    store = tmp_path / "store"
    build(SEEDS, store, BASE)
    return store


def test_a_build_writes_the_store_dumps_and_what_it_was_built_from(built):
    current = current_build(built)
    assert (built / "current").is_symlink()
    names = sorted(p.name for p in (current / "dumps").iterdir())
    assert names == ["dipkg.nq", "dipkg.nq.gz", "dipkg.nt", "dipkg.nt.gz", "dipkg.ttl", "dipkg.ttl.gz"]
    info = (current / "build.json").read_text()
    assert '"articles": 5' in info and '"base": "http://localhost:8000/"' in info
    counts = statistics(built)
    assert counts["Article"] == 5 and counts["Membership"] == 10 and counts["Founding"] == 1


def test_a_build_that_fails_half_way_leaves_the_old_store_readable_and_intact(built, monkeypatch):
    before, link = triples(built), os.readlink(built / "current")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(kg.store, "write_dumps", broken)
    with pytest.raises(OSError, match="disk full"):
        build(SEEDS, built, "http://example.org/other/")
    assert os.readlink(built / "current") == link and triples(built) == before
    assert not list((built / "builds").glob(".tmp-*"))


def test_a_graph_that_breaks_the_shapes_is_not_published(built, monkeypatch):
    import kg.pipeline
    link = os.readlink(built / "current")
    original = kg.pipeline.graph_quads

    def without_labels(kb, base):
        return (q for q in original(kb, base) if not q.predicate.value.endswith("#label"))

    monkeypatch.setattr(kg.pipeline, "graph_quads", without_labels)
    with pytest.raises(InvalidGraph, match=r"needs exactly one rdfs:label in English \[rdfs:label\]"):
        build(SEEDS, built, BASE)
    assert os.readlink(built / "current") == link


def test_only_one_build_at_a_time(built):
    with build_lock(built):
        with pytest.raises(BuildInProgress, match="another build is writing"):
            build(SEEDS, built, BASE)


def test_a_killed_build_leaves_the_served_store_and_its_dumps_as_they_were(built, tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    for n in range(40):
        for article in SEEDS.glob("*.txt"):
            shutil.copy(article, many / f"{n:03d}-{article.name}")
    link, before = os.readlink(built / "current"), triples(built)
    dump = (current_build(built) / "dumps" / "dipkg.nt").read_bytes()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(many), "--store", str(built), "-q"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((built / "builds").glob(".tmp-*")) and process.poll() is None:
        time.sleep(0.01)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert os.readlink(built / "current") == link and triples(built) == before
    assert (current_build(built) / "dumps" / "dipkg.nt").read_bytes() == dump
    build(SEEDS, built, BASE)  # the next build clears what the killed one left
    assert not list((built / "builds").glob(".tmp-*"))


def test_loading_rdf_files_makes_a_new_build_with_them(built, tmp_path):
    from kg.store import add_files
    extra = tmp_path / "extra.ttl"
    extra.write_text('<http://example.org/a> <http://example.org/b> "c" .\n', encoding="utf-8")
    before = triples(built)
    add_files(built, [extra], None)
    assert triples(built) == before + 1
    assert (current_build(built) / "dumps" / "dipkg.nt").read_text().count("http://example.org/a") == 1
