"""Helpers the tests share: the repository's paths and articles made from text."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from kg.articles import parse_article
from kg.facts import extract
from kg.models import ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("DIPKG_SHARED", ROOT.parent / "shared"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need_shared() -> Path:
    """The shared folder beside the repository (gold and scorer); CI must have it."""
    if not (SHARED / "eval" / "score.py").exists():
        if IN_CI:
            pytest.fail(f"{SHARED} is missing: CI needs the shared gold and scorer beside the repository")
        pytest.skip(f"{SHARED} is not beside this checkout")
    return SHARED


def read_text(text: str, published: str | None = None, file: str = "test.txt") -> ArticleExtraction:
    """What the extractor reads from a text published on a given day."""
    day = datetime.date.fromisoformat(published) if published else None
    return extract(parse_article(file, text, {"published": day}))
