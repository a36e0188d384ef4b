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

from kg.articles import read_articles
from kg.facts import extract
from kg.graph import build_graph
from kg.ids import normalize_base
from kg.merge import merge
from kg.models import Article, ArticleExtraction, KnowledgeBase, Problem
from kg.reference import load_reference
from kg.store import StoreError, build_info, current_build, publish_build
from kg.validate import ONTOLOGY_DIR, validate


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


def extract_article(article: Article) -> ArticleExtraction | Problem:
    """The extraction of one article, or the problem that kept it out."""
    try:
        extraction = extract(article)
    except Exception as error:  # a defect on one article must not stop the others
        return Problem(source=article.meta.file, reason=f"extraction failed ({type(error).__name__}: {error})")
    if extraction.facts.count() == 0:
        return Problem(source=article.meta.file,
                       reason="no sentence about diplomacy (no meeting, visit, membership, founding, "
                              "chairmanship or office found)")
    return extraction


def extract_folder(directory: Path, progress: Callable[[Iterable], Iterable] | None = None
                   ) -> tuple[list[ArticleExtraction], list[Problem]]:
    load_reference()
    items = list(read_articles(directory))
    extractions, problems = [], []
    for item in (progress(items) if progress else items):
        result = item if isinstance(item, Problem) else extract_article(item)
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


def build(directory: Path, store: Path, base: str, progress=None) -> BuildReport:
    """Build the graph of a folder of articles and publish it in a store directory."""
    started = time.monotonic()
    directory = Path(directory)
    if not directory.is_dir():
        raise BuildError(f"{directory}: no such folder of articles")
    base = normalize_base(base)
    digest = input_digest(directory, base)
    extractions, problems = extract_folder(directory, progress)
    report = BuildReport(articles=len(extractions) + sum(p.skipped for p in problems), problems=problems)
    if not extractions:
        raise BuildError(f"{directory}: no article could be used"
                         + (f" ({len(problems)} problem(s))" if problems else " (no .txt files)"))
    report.knowledge = merge(extractions)
    quads = build_graph(report.knowledge, base)
    validate(quads)
    info = {"built": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "articles_dir": str(directory.resolve()), "base": base, "articles": len(extractions),
            "problems": [str(p) for p in problems], "counts": report.counts(),
            "ontology": str(ONTOLOGY_DIR / "dipkg.ttl"), "input_digest": digest}
    report.location = publish_build(store, quads, ONTOLOGY_DIR / "dipkg.ttl", info)
    report.triples = len(quads)
    report.seconds = time.monotonic() - started
    return report
