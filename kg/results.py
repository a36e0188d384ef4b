"""SPARQL results as text for the terminal: an aligned table, or SPARQL JSON, CSV, TSV."""

from __future__ import annotations

from pyoxigraph import (
    Literal,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
)

FORMATS = {"json": QueryResultsFormat.JSON, "csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV}


def cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return term.value
    return str(term.value)


def table(variables: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(variables)]
    line = "  ".join(v.ljust(w) for v, w in zip(variables, widths))
    lines = [line, "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def render(result, fmt: str) -> str:
    """A query result in the chosen format (CONSTRUCT and DESCRIBE results print as Turtle)."""
    if isinstance(result, QueryTriples):
        return result.serialize(format=RdfFormat.TURTLE).decode("utf-8")
    if isinstance(result, QueryBoolean):
        if fmt in FORMATS:
            return result.serialize(format=FORMATS[fmt]).decode("utf-8")
        return ("true" if bool(result) else "false") + "\n"
    assert isinstance(result, QuerySolutions)
    if fmt in FORMATS:
        return result.serialize(format=FORMATS[fmt]).decode("utf-8")
    variables = [v.value for v in result.variables]
    rows = [[cell(solution[v]) for v in variables] for solution in result]
    return table(variables, rows)
