"""Articles are extracted in worker processes, in order: the graph does not depend on how many."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpus import generate

import kg.ingest
from kg.ingest import (
    MIN_ARTICLES_PER_PROCESS,
    ArticleStream,
    processes_for,
    read_and_extract,
)
from kg.models import ArticleExtraction, Problem
from kg.pipeline import build
from kg.store import current_build

BASE = "http://localhost:8000/"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Enough synthetic articles for two processes, with a bad file and an article about nothing."""
    folder = tmp_path_factory.mktemp("ingest") / "articles"
    generate(folder, 2 * MIN_ARTICLES_PER_PROCESS + 10, seed=3)
    (folder / "00050-binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "00051-weather.txt").write_text("It rained in Moscow on Monday.\n\nThe sun came out later.\n")
    return folder


def dump_lines(store: Path) -> list[str]:
    return sorted((current_build(store) / "dumps" / "dipkg.nt").read_text(encoding="utf-8").splitlines())


def test_a_build_with_one_process_and_with_two_gives_the_same_graph(folder, tmp_path):
    one = build(folder, tmp_path / "one", BASE, jobs=1)
    two = build(folder, tmp_path / "two", BASE, jobs=2)
    assert ArticleStream(folder, jobs=2).processes == 2
    assert dump_lines(tmp_path / "one") == dump_lines(tmp_path / "two")
    assert one.problems == two.problems and one.triples == two.triples
    assert one.knowledge == two.knowledge


def test_a_bad_article_in_a_worker_is_reported_in_its_place_and_the_others_are_built(folder):
    results = list(ArticleStream(folder, jobs=2))
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert len(results) == len(files)
    problems = {Path(r.source).name: r.reason for r in results if isinstance(r, Problem)}
    assert problems["00050-binary.txt"] == "binary file, not text"
    assert problems["00051-weather.txt"].startswith("no sentence about diplomacy")
    read = [r.meta.file for r in results if isinstance(r, ArticleExtraction)]
    assert read == [f for f in files if f not in problems]  # in file-name order


def test_an_extraction_that_fails_is_a_problem_not_an_error(folder, monkeypatch):
    def broken(article):
        raise RuntimeError("a defect")

    monkeypatch.setattr(kg.ingest, "extract", broken)
    result = read_and_extract((folder / "00001.txt", None))
    assert isinstance(result, Problem) and result.reason == "extraction failed (RuntimeError: a defect)"


def test_manifest_problems_come_first(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Lavrov met Wang Yi in Beijing on Sunday.\n")
    (folder / "manifest.json").write_text(json.dumps([{"file": "missing.txt"}]))
    first, second = ArticleStream(folder)
    assert isinstance(first, Problem) and "no such file" in first.reason
    assert (second.meta.file if isinstance(second, ArticleExtraction) else second.source) == "a.txt"


@pytest.mark.parametrize("jobs, articles, expected", [
    (None, 10, 1),  # a small folder is read in this process: starting workers would cost more
    (4, 4 * MIN_ARTICLES_PER_PROCESS, 4),
    (4, 2 * MIN_ARTICLES_PER_PROCESS, 2),
    (1, 10_000, 1),
    (8, 0, 1),
])
def test_how_many_processes_extract(jobs, articles, expected):
    assert processes_for(jobs, articles) == expected


def test_by_default_one_process_per_core(monkeypatch):
    monkeypatch.setattr(kg.ingest.os, "cpu_count", lambda: 3)
    assert processes_for(None, 10_000) == 3
