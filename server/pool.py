"""SPARQL queries evaluated in worker processes that can be stopped.

pyoxigraph evaluates a query in one call that Python cannot interrupt: a cross product or a
COUNT over one runs until it is done, holding a thread and memory. So queries from the public
endpoint do not run in the server process. Each runs in one of a few worker processes, each
with the store open read-only; the server waits for the answer until the deadline and, past
it, kills the worker, starts a fresh one and answers 503. A query that crashes the engine
takes only its worker with it.

Lookups of named resources (one triple pattern with an IRI subject, DESCRIBE of IRIs: see
server.bounded) cannot run away, and are answered in the server process without the round trip.

The worker serializes the result itself and sends bytes back, with a cap on their size
checked before anything is sent to the client: the status of a response is always decided
before its first byte.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from server.bounded import bounded
from server.errors import BadQuery, TooLarge, TooManyRequests, Unavailable

DEFAULT_TIMEOUT = 10.0
MAX_RESULT_BYTES = 50_000_000


@dataclass(frozen=True)
class Job:
    """What a worker needs to answer a query, in plain values (it crosses a process boundary)."""

    build: str
    query: str
    base_iri: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    kind: str  # "results" or "graphs"
    format: str
    max_bytes: int


_EMPTY = None
MAX_NESTING = 64


def nesting(text: str) -> int:
    """How deep brackets of any kind go in a text (strings and comments included: counting too
    much only sends a query to a worker)."""
    depth = deepest = 0
    for char in text:
        if char in "{[(":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "}])":
            depth -= 1
    return deepest


def syntax_error(query: str, base_iri: str) -> str | None:
    """What is wrong with a query that does not parse, found without a worker.

    pyoxigraph parses and evaluates in one call, so the query is run on an empty store: with no
    data there is nothing to evaluate, and a client who mistyped a query gets the parser's message
    at once instead of waiting for a worker behind others' long queries. VALUES is the one way to
    make rows without data (inline values, joined with themselves), so a query that mentions it
    is left to the workers, and so is a deeply nested one: the parser recurses, and a query that
    overflows its stack must take a worker down, not the server."""
    global _EMPTY
    if "values" in query.lower() or nesting(query) > MAX_NESTING:
        return None
    if _EMPTY is None:
        from pyoxigraph import Store
        _EMPTY = Store()
    try:
        _EMPTY.query(query, base_iri=base_iri)
    except SyntaxError as error:
        return f"the query is not valid SPARQL: {error}"
    except Exception:  # anything else is for the real evaluation to report
        return None
    return None


class QueryTimeout(Unavailable):
    """The query ran past its deadline and was stopped."""


def run_job(job: Job, stores: dict) -> tuple[str, object]:
    """Evaluate and serialize one query; ("ok", bytes) or ("bad", message) or ("large", size)."""
    from kg.store import open_build

    store = stores.get(job.build)
    if store is None:
        stores.clear()  # one build at a time: the old one may be deleted soon
        store = stores[job.build] = open_build(Path(job.build))
    return evaluate(job, store)


def evaluate(job: Job, store) -> tuple[str, object]:
    from pyoxigraph import (
        DefaultGraph,
        NamedNode,
        Quad,
        QueryBoolean,
        QuerySolutions,
        serialize,
    )

    from server import formats

    try:
        result = store.query(job.query, base_iri=job.base_iri,
                             default_graph=[NamedNode(g) for g in job.default_graphs] or None,
                             named_graphs=[NamedNode(g) for g in job.named_graphs] or None)
    except SyntaxError as error:
        return "bad", f"the query is not valid SPARQL: {error}"
    except ValueError as error:
        return "bad", f"the dataset is not valid: {error}"
    chosen = formats.by_name(formats.RESULTS if job.kind == "results" else formats.GRAPHS, job.format)
    try:
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            body = result.serialize(format=chosen.writer)
        elif chosen.writer.supports_datasets:
            body = serialize((Quad(t.subject, t.predicate, t.object, DefaultGraph()) for t in result),
                             format=chosen.writer)
        else:
            body = result.serialize(format=chosen.writer)
    except (OSError, ValueError) as error:
        return "bad", f"the query could not be evaluated: {error}"
    if len(body) > job.max_bytes:
        return "large", len(body)
    return "ok", body


def worker_main(connection) -> None:
    """A worker's life: answer jobs until the pipe closes (or the server kills it)."""
    stores: dict = {}
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(job, stores)
        except Exception as error:  # a worker answers; the server decides what the client sees
            answer = ("bad", f"the query could not be evaluated: {type(error).__name__}: {error}")
        try:
            connection.send(answer)
        except (BrokenPipeError, OSError):
            return


class Worker:
    def __init__(self, context):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child,), daemon=True, name="dipkg-query-worker")
        self.process.start()
        child.close()

    def stop(self) -> None:
        """Kill at once: a query past its deadline is not asked to finish."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class QueryPool:
    """A few workers, a deadline per query, and limits on how many queries run at once."""

    def __init__(self, workers: int = 2, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_RESULT_BYTES,
                 per_client: int = 4, queue_wait: float = 5.0):
        self.context = multiprocessing.get_context("spawn")
        self.size = workers
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.per_client = per_client
        self.queue_wait = queue_wait
        self._idle: list[Worker] = []
        self._lock = threading.Lock()
        self._available = threading.Semaphore(workers)
        self._clients: Counter = Counter()
        self._started = False

    def start(self) -> None:
        with self._lock:
            if not self._started:
                self._idle = [Worker(self.context) for _ in range(self.size)]
                self._started = True

    def close(self) -> None:
        with self._lock:
            for worker in self._idle:
                worker.stop()
            self._idle = []
            self._started = False

    @contextmanager
    def _client_slot(self, client: str, job: Job):
        with self._lock:
            full = self._clients[client] >= self.per_client
        if full:
            error = syntax_error(job.query, job.base_iri)
            if error:
                raise BadQuery(error)  # a mistyped query is told what is wrong with it, not to come back later
        with self._lock:
            if self._clients[client] >= self.per_client:
                raise TooManyRequests(f"you already have {self.per_client} queries running; wait for one to "
                                      f"finish", headers={"Retry-After": "1"})
            self._clients[client] += 1
        try:
            yield
        finally:
            with self._lock:
                self._clients[client] -= 1
                if self._clients[client] <= 0:
                    del self._clients[client]

    def _take(self, job: Job) -> Worker:
        """A free worker. When none is free at once, the query's syntax is checked before
        waiting (syntax_error): a mistyped query is answered now, not after others' long ones.
        With a worker free, the worker finds the mistake itself (its parser runs first), and the
        check's 50-150 µs are saved for every query that is well formed."""
        if not self._available.acquire(blocking=False):
            error = syntax_error(job.query, job.base_iri)
            if error:
                raise BadQuery(error)
            if not self._available.acquire(timeout=self.queue_wait):
                raise Unavailable(f"all {self.size} query workers are busy; try again shortly",
                                  headers={"Retry-After": "2"})
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is None or not worker.process.is_alive():
            if worker is not None:
                worker.stop()
            try:
                worker = Worker(self.context)
            except BaseException:
                self._available.release()  # no worker to give back: the permit goes back now, or it is lost
                raise
        return worker

    def _give_back(self, worker: Worker | None) -> None:
        """Return the permit whatever happens: a worker that fails to start is replaced on the next take."""
        try:
            if worker is not None:
                with self._lock:
                    self._idle.append(worker)
        finally:
            self._available.release()

    def run(self, job: Job, client: str, timeout: float | None = None, store=None) -> bytes:
        """The serialized answer to a query, or an error the server maps to a status.

        A lookup whose cost is bounded by its text (server.bounded) is answered here, over the
        served store, without the round trip to a worker: it cannot run away."""
        if store is not None and bounded(job.query):
            try:
                return self.answer(evaluate(job, store))
            except (OSError, RuntimeError, ValueError) as error:
                raise BadQuery(f"the query could not be evaluated: {type(error).__name__}: {error}") from None
        self.start()
        deadline = min(self.timeout, timeout) if timeout else self.timeout
        with self._client_slot(client, job):
            worker = self._take(job)
            started = time.monotonic()
            try:
                worker.connection.send(job)
                if not worker.connection.poll(deadline):
                    worker.stop()
                    worker = None
                    raise QueryTimeout(f"the query ran for more than {deadline:g} s and was stopped; add a LIMIT, "
                                       f"narrow its patterns, or send a cheaper query",
                                       headers={"Retry-After": "5"})
                answer = worker.connection.recv()
            except (EOFError, OSError):
                if worker is not None:
                    worker.stop()
                worker = None
                raise BadQuery("the query could not be evaluated: the query engine gave up on it "
                               f"after {time.monotonic() - started:.1f} s (too deep or too large)") from None
            finally:
                self._give_back(worker)
        return self.answer(answer)

    def answer(self, answer: tuple[str, object]) -> bytes:
        status, value = answer
        if status == "ok":
            return value
        if status == "large":
            raise TooLarge(f"the result is {value} bytes, over the server's cap of {self.max_bytes} bytes; "
                           f"add a LIMIT or select fewer variables")
        raise BadQuery(str(value))
