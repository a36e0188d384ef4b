"""A folder of articles read and extracted as a stream, in worker processes.

Extraction is pure Python and takes most of a build's time, so a build spreads it over one
process per core: the workers read the files themselves (only paths and manifest entries
travel to them, extractions travel back), load the reference data once each, and the results
come back in file-name order, so a build's output does not depend on how many processes made
it. Nothing here holds more than the articles in flight: the caller consumes the stream.

One bad article never stops the others: a file that cannot be read, or whose extraction fails,
is a Problem in its place in the stream.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kg.articles import ArticleError, article_files, read_article, read_manifest
from kg.facts import extract
from kg.models import Article, ArticleExtraction, Problem
from kg.reference import load_reference

# a worker costs about half a second to start: below this many articles each, one process is faster
MIN_ARTICLES_PER_PROCESS = 50
CHUNK = 8  # articles per message to a worker: fewer round trips, still an even share at the end


class WorkerDied(Exception):
    """An extraction process ended without answering (killed, out of memory): the build cannot go on."""


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


def read_and_extract(task: tuple[Path, dict | None]) -> ArticleExtraction | Problem:
    """One file, from its path and manifest entry to its extraction (what a worker does)."""
    path, entry = task
    try:
        article = read_article(path, entry)
    except ArticleError as error:
        return Problem(source=str(path), reason=str(error))
    return extract_article(article)


def start_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool; workers printing tracebacks would only add noise
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_reference()


def processes_for(jobs: int | None, articles: int) -> int:
    """How many processes to extract with: `jobs` (default: one per core), fewer for a small folder."""
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, articles // MIN_ARTICLES_PER_PROCESS))


class ArticleStream:
    """The extractions and problems of a folder, in file-name order (manifest problems first).

    Sized, so that a progress bar knows the total; iterated once.
    """

    def __init__(self, directory: Path, jobs: int | None = None):
        self.entries, self.problems = read_manifest(Path(directory))
        self.files = article_files(Path(directory))
        self.processes = processes_for(jobs, len(self.files))

    def __len__(self) -> int:
        return len(self.problems) + len(self.files)

    def __iter__(self) -> Iterator[ArticleExtraction | Problem]:
        yield from self.problems
        tasks = [(path, self.entries.get(path.name)) for path in self.files]
        if self.processes == 1:
            load_reference()
            yield from map(read_and_extract, tasks)
            return
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg.ingest"])  # workers fork from a process that has imported the extractor
        pool = ProcessPoolExecutor(self.processes, mp_context=context, initializer=start_worker)
        try:
            yield from pool.map(read_and_extract, tasks, chunksize=CHUNK)
        except BrokenProcessPool as error:
            raise WorkerDied(f"an extraction process ended without answering ({error})") from None
        finally:
            # a build that stops early (an error, Ctrl-C) does not wait for the rest of the folder
            pool.shutdown(wait=True, cancel_futures=True)
