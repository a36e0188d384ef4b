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


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """A real `kg serve` process on a free loopback port (what users and clients talk to)."""

    def __init__(self, store: Path, threads: int = 4, options: tuple[str, ...] = ()):
        import subprocess
        import sys
        import time
        import urllib.request
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(store.parent / f"server-{self.port}.log", "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(self.port),
             "--threads", str(threads), *options], cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/ready", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"kg serve did not start: see {self.log.name}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
        self.log.close()
