"""The README's examples, run against a real server over the seeds: the output must be what it shows."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess

import pytest
from helpers import IN_CI, ROOT


def examples() -> list[tuple[str, str]]:
    """(command, expected output) of every block after an <!-- example --> marker."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"<!-- example -->\n```sh\n(.*?)```", text, re.S):
        lines = block.splitlines()
        command = [lines[0][2:]]
        rest = lines[1:]
        while rest and not complete(" ".join(command)):
            command.append(rest.pop(0))
        found.append(("\n".join(command), "\n".join(rest)))
    return found


def complete(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:
        return False
    return not command.endswith("\\")


def test_the_readme_has_an_example_of_each_use():
    commands = [c for c, _ in examples()]
    assert len(commands) == 3 and "/sparql" in commands[0] and "/id/" in commands[1] and "/dumps/" in commands[2]


@pytest.mark.parametrize("index", range(3))
def test_readme_example_prints_what_the_readme_shows(seed_server, index):
    if shutil.which("curl") is None:
        if IN_CI:
            pytest.fail("curl is needed for the README examples (make test installs it in CI)")
        pytest.skip("curl is not installed")
    command, expected = examples()[index]
    command = command.replace("http://127.0.0.1:8000", seed_server)
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.replace("\r\n", "\n").rstrip("\n") == expected
