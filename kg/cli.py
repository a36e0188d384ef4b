"""The `kg` command: build, dump, query, extract, load.

Configuration flows one way: flags, else environment (DIPKG_STORE, DIPKG_BASE_URI), else
defaults. Errors are one line on stderr naming the input and the reason, with exit status 1
(failed) or 2 (bad usage).
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

import click

from kg.ids import DEFAULT_BASE, InvalidBase
from kg.store import StoreError

DEFAULT_STORE = "var/store"


def fail(message: str, status: int = 1) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(status)


store_option = click.option("--store", type=click.Path(file_okay=False, path_type=Path), envvar="DIPKG_STORE",
                            default=DEFAULT_STORE, show_default=True, help="Store directory.")


def progress_bar(items):
    """Articles read so far, on a terminal."""
    with click.progressbar(items, label="Reading articles", file=sys.stderr,
                           item_show_func=lambda item: getattr(getattr(item, "meta", None), "file", None)) as bar:
        yield from bar


@click.group()
@click.version_option(package_name="dipkg")
def main() -> None:
    """dipkg: a knowledge graph of diplomacy built from the news."""


@main.command()
@click.argument("articles", type=click.Path(path_type=Path), default="seeds", required=False)
@store_option
@click.option("--base-uri", envvar="DIPKG_BASE_URI", default=DEFAULT_BASE, show_default=True,
              help="Base of the entity IRIs ({base}id/{kind}/{slug}).")
@click.option("--strict", is_flag=True, help="Exit with status 1 if any article had a problem.")
@click.option("--if-changed", is_flag=True,
              help="Build only if the articles, base URI or extractor changed since the current build.")
@click.option("--quiet", "-q", is_flag=True, help="Print problems only.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=None,
              help="Processes that extract articles (default: one per core; a small folder uses fewer).")
def build(articles: Path, store: Path, base_uri: str, strict: bool, if_changed: bool, quiet: bool,
          jobs: int | None) -> None:
    """Build the graph from a folder of articles (default: seeds/) and publish it in the store.

    The store and the dump files are replaced atomically: a failed or interrupted build
    leaves the previous graph as it was.
    """
    from kg.ingest import WorkerDied
    from kg.pipeline import BuildError, up_to_date
    from kg.pipeline import build as run_build
    from kg.validate import InvalidGraph

    try:
        if if_changed and articles.is_dir() and up_to_date(articles, store, base_uri):
            if not quiet:
                click.echo(f"{store} is up to date with {articles}.")
            return
    except InvalidBase as error:
        fail(str(error))

    def progress(items):
        return items if quiet or not sys.stderr.isatty() else progress_bar(items)

    try:
        report = run_build(articles, store, base_uri, progress=progress, jobs=jobs)
    except (BuildError, StoreError, InvalidBase, WorkerDied) as error:
        fail(str(error))
    except InvalidGraph as error:
        fail(f"the graph breaks the shapes and was not published\n{error}")
    for problem in report.problems:
        click.echo(f"kg: {'skipped' if problem.skipped else 'warning'}: {problem}", err=True)
    if not quiet:
        counts = report.counts()
        click.echo(f"Built {report.location} from {counts['articles']} article(s) in {report.seconds:.1f} s: "
                   f"{report.triples} triples.")
        click.echo("  " + ", ".join(f"{value} {name}" for name, value in counts.items() if name != "articles"))
        for event in report.knowledge.facts.events:
            date = str(event.date) if event.date else "undated"
            click.echo(f"  {event.kind:<19} {event.status:<9} {date:<22} {event.key.split('/', 1)[1]}"
                       f"  ({len(event.sources)} source{'s' if len(event.sources) > 1 else ''})")
    if strict and report.problems:
        sys.exit(1)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--processes", default=0, type=click.IntRange(0, 64),
              help="Serving processes (default: one per core).")
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256),
              help="Threads per serving process.")
@click.option("--query-timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a SPARQL query may run before it is stopped (503).")
@click.option("--query-workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Processes that evaluate SPARQL queries, per serving process.")
@click.option("--queries-per-client", default=4, show_default=True, type=click.IntRange(1, 1024),
              help="SPARQL queries one client address may have running at once, per serving process (429 above it).")
@click.option("--max-result-bytes", default=50_000_000, show_default=True, type=click.IntRange(1_000),
              help="Largest serialized query result (413 above it).")
@click.option("--cache-mb", default=64, show_default=True, type=click.IntRange(0, 65536),
              help="Memory per serving process for whole responses, kept until the next build (0: no cache).")
@click.option("--prerender/--no-prerender", default=True, show_default=True,
              help="Render each build's entity pages in a background process, and answer them from that.")
@click.option("--read-only", is_flag=True, default=True, show_default=True,
              help="Serve read-only (the only mode there is: updates are always refused).")
def serve(store: Path, host: str, port: int, processes: int, threads: int, query_timeout: float, query_workers: int,
          queries_per_client: int, max_result_bytes: int, cache_mb: int, prerender: bool, read_only: bool) -> None:
    """Serve the graph: SPARQL endpoint, entity pages and data, dumps, VoID (read-only)."""
    import os

    from granian import Granian
    from granian.constants import Interfaces

    from server.app import ServerConfig
    from server.wsgi import CONFIG_VARIABLE, to_environment
    config = ServerConfig(store=store.resolve(), query_timeout=query_timeout, query_workers=query_workers,
                          max_result_bytes=max_result_bytes, queries_per_client=queries_per_client,
                          cache_bytes=cache_mb * 2**20)
    os.environ[CONFIG_VARIABLE] = to_environment(config)
    processes = processes or os.cpu_count() or 1
    if prerender:
        from server.prerender import start_renderer
        start_renderer(store)
    click.echo(f"Serving {store} at http://{host}:{port}/ (SPARQL endpoint: http://{host}:{port}/sparql), "
               f"{processes} process(es)")
    Granian("server.wsgi:from_environment", factory=True, interface=Interfaces.WSGI, address=host, port=port,
            workers=processes, blocking_threads=threads, respawn_failed_workers=True, log_access=False).serve()


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "jsonld"]), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
def dump(store: Path, fmt: str, output: Path | None) -> None:
    """Write the whole graph in an RDF format."""
    from kg.store import dump as dump_store
    try:
        if output is None:
            buffer = io.BytesIO()
            dump_store(store, fmt, buffer)
            sys.stdout.buffer.write(buffer.getvalue())
        else:
            dump_store(store, fmt, str(output))
    except StoreError as error:
        fail(str(error))
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror or error}")


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv"]), default="table", show_default=True)
@click.argument("sparql")
def query(store: Path, fmt: str, sparql: str) -> None:
    """Run a SPARQL query (text, @FILE or - for stdin) and print the results."""
    from kg.results import render
    from kg.store import query as run_query
    if sparql == "-":
        sparql = sys.stdin.read()
    elif sparql.startswith("@"):
        try:
            sparql = Path(sparql[1:]).read_text(encoding="utf-8")
        except OSError as error:
            fail(f"cannot read {sparql[1:]}: {error.strerror or error}")
    try:
        result = run_query(store, sparql)
        click.echo(render(result, fmt), nl=False)
    except StoreError as error:
        fail(str(error))
    except SyntaxError as error:
        fail(f"the query is not valid SPARQL: {error}", status=2)
    except OSError as error:
        fail(f"the query failed: {error}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date, if the text lacks one.")
def extract(file: Path, published: datetime.datetime | None) -> None:
    """Print what one article names and states, as JSON."""
    from kg.articles import ArticleError, read_article
    from kg.facts import extract as run_extract
    try:
        article = read_article(file, {"published": published.date()} if published else None)
    except ArticleError as error:
        fail(f"{file}: {error}")
    except OSError as error:
        fail(f"{file}: {error.strerror or error}")
    click.echo(run_extract(article).model_dump_json(indent=1))


@main.command()
@store_option
@click.option("--graph", help="Named graph IRI to load into (default: the default graph).")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(store: Path, graph: str | None, files: tuple[Path, ...]) -> None:
    """Add RDF files to the store (as a new build; the current one is kept until it is replaced)."""
    from kg.store import add_files
    try:
        location = add_files(store, list(files), graph)
    except StoreError as error:
        fail(str(error))
    click.echo(f"Loaded {len(files)} file(s) into {location}.")


if __name__ == "__main__":
    main()
