"""A build, end to end: articles -> extractions -> merged knowledge base -> RDF -> validated store.

One bad article never stops the others: each problem is reported (file and reason) and the
rest is built. A graph that breaks the SHACL shapes is not published.
"""

from __future__ import annotations

import datetime
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.graph import article_as_read, graph_quads
from kg.ids import normalize_base
from kg.ingest import ArticleStream, extract_article  # noqa: F401 (extract_article: one article, for callers)
from kg.merge import merge
from kg.models import ArticleExtraction, Entity, KnowledgeBase, Problem
from kg.store import (
    QuadWriter,
    StoreError,
    build_info,
    current_build,
    instance_triples,
    load_ontology,
    new_build,
)
from kg.validate import ONTOLOGY_DIR, validate_store


class BuildError(Exception):
    """A build that produced nothing to publish; the message says why."""


@dataclass
class BuildReport:
    articles: int = 0
    problems: list[Problem] = field(default_factory=list)
    knowledge: KnowledgeBase | None = None
    triples: int = 0
    seconds: float = 0.0
    location: Path | None = None

    def counts(self) -> dict[str, int]:
        kb = self.knowledge
        if kb is None:
            return {}
        kinds = {}
        for entity in kb.entities:
            kinds[entity.kind] = kinds.get(entity.kind, 0) + 1
        facts = kb.facts
        return {"articles": len(kb.articles), "people": kinds.get("person", 0), "states": kinds.get("country", 0),
                "organizations": kinds.get("organization", 0),
                "places": kinds.get("place", 0) + kinds.get("city", 0),
                "events": len(facts.events), "memberships": len(facts.memberships),
                "foundings": len(facts.foundings), "chairmanships": len(facts.chairmanships),
                "positions": len(facts.positions)}


def extract_folder(directory: Path, progress: Callable[[Iterable], Iterable] | None = None, jobs: int | None = None
                   ) -> tuple[list[ArticleExtraction], list[Problem]]:
    """Every extraction of a folder, and its problems, in memory (a build streams them instead)."""
    extractions, problems = [], []
    stream = ArticleStream(directory, jobs)
    for result in (progress(stream) if progress else stream):
        (problems if isinstance(result, Problem) else extractions).append(result)
    return extractions, problems


def input_digest(directory: Path, base: str) -> str:
    """What a build depends on: the articles and manifest, the base URI, the extractor's code,
    dictionary and ontology. Equal digests make equal graphs."""
    digest = hashlib.sha256(base.encode())
    code = Path(__file__).resolve().parent
    inputs = sorted(p for p in directory.iterdir() if p.is_file())
    inputs += sorted(p for p in code.rglob("*") if p.suffix in (".py", ".psv"))
    inputs += sorted(ONTOLOGY_DIR.glob("*.ttl"))
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def up_to_date(directory: Path, store: Path, base: str) -> bool:
    """True when the store's current build was made from exactly these inputs."""
    try:
        info = build_info(current_build(Path(store)))
    except (StoreError, OSError, ValueError):
        return False
    return info.get("input_digest") == input_digest(Path(directory), normalize_base(base))


def build(directory: Path, store: Path, base: str, progress=None, jobs: int | None = None) -> BuildReport:
    """Build the graph of a folder of articles and publish it in a store directory.

    Articles stream from the extracting processes (kg.ingest) into the new build's store: each
    article's text is written as soon as it is read and only what the merge needs is kept. The
    merged facts follow, then the shapes are checked on the store itself; a graph that breaks them
    is never published (the new build is removed, `current` is left as it was).
    """
    started = time.monotonic()
    directory = Path(directory)
    if not directory.is_dir():
        raise BuildError(f"{directory}: no such folder of articles")
    base = normalize_base(base)
    digest = input_digest(directory, base)
    report = BuildReport()
    info = {"built": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "articles_dir": str(directory.resolve()), "base": base,
            "ontology": str(ONTOLOGY_DIR / "dipkg.ttl"), "input_digest": digest}
    with new_build(store, info) as target:
        writer = QuadWriter(target)
        extractions: list[ArticleExtraction] = []
        entities: dict[Entity, Entity] = {}
        stream = ArticleStream(directory, jobs)
        for result in (progress(stream) if progress else stream):
            if isinstance(result, Problem):
                report.problems.append(result)
                continue
            quads, rest = article_as_read(result, base)
            writer.extend(quads)
            # the same entity is named by thousands of articles: keep one copy of it
            shared = tuple(entities.setdefault(e, e) for e in rest.entities)
            extractions.append(rest.model_copy(update={"entities": shared}))
        report.articles = len(extractions) + sum(p.skipped for p in report.problems)
        if not extractions:
            raise BuildError(f"{directory}: no article could be used"
                             + (f" ({len(report.problems)} problem(s))" if report.problems else " (no .txt files)"))
        report.knowledge = merge(extractions)
        del extractions
        writer.extend(graph_quads(report.knowledge, base))
        writer.flush()
        load_ontology(target, ONTOLOGY_DIR / "dipkg.ttl")
        validate_store(target)
        report.triples = instance_triples(target)
        info.update(articles=len(report.knowledge.articles), problems=[str(p) for p in report.problems],
                    counts=report.counts())
    report.location = current_build(Path(store))
    report.seconds = time.monotonic() - started
    return report
