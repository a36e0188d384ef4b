"""The extraction quality of the seeds, measured by the shared scorer against the hand annotations."""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT, need_shared

from kg.store import dump

THRESHOLDS = {"entities": 0.90, "roles": 0.80, "events": 0.85, "memberships": 0.95, "foundings": 1.0,
              "chairmanships": 1.0}


def test_seed_extraction_meets_the_thresholds(seed_store, tmp_path):
    shared = need_shared()
    kg_file = tmp_path / "seeds.ttl"
    dump(seed_store, "turtle", str(kg_file))
    command = [sys.executable, str(shared / "eval" / "score.py"), "--kg", str(kg_file),
               "--gold", str(shared / "gold" / "seeds.json"), "--ontology", str(ROOT / "ontology" / "dipkg.ttl")]
    command += [arg for kind, value in THRESHOLDS.items() for arg in ("--min-f1", f"{kind}={value}")]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
