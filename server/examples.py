"""The example queries of ontology/examples/: each a .rq file whose first comment lines give
its title and a comment ("# title: ...", "# comment: ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "ontology" / "examples"


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    comment: str
    query: str

    @property
    def page_url(self) -> str:
        return "/query?" + urlencode({"query": self.query})


def read_example(path: Path) -> Example:
    text = path.read_text(encoding="utf-8")
    header = dict(re.findall(r"^#\s*(title|comment):\s*(.+)$", text, re.M))
    body = "\n".join(line for line in text.splitlines() if not re.match(r"#\s*(title|comment):", line)).strip()
    return Example(path.stem, header.get("title", path.stem), header.get("comment", ""), body + "\n")


def load_examples(folder: Path = EXAMPLES_DIR) -> list[Example]:
    return [read_example(p) for p in sorted(folder.glob("*.rq"))]
