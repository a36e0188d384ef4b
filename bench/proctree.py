"""Memory of a process and its descendants, read from /proc (for the benchmarks, Linux only)."""

from __future__ import annotations

from pathlib import Path


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += children(current)
    return pids


def field_bytes(path: str, name: str) -> int | None:
    """A "Name:   123 kB" line of a /proc file, in bytes."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def rss(pid: int) -> int:
    return field_bytes(f"/proc/{pid}/status", "VmRSS") or 0


def footprint(pid: int) -> int:
    """Bytes of the process: its PSS (its RSS where the kernel gives no PSS)."""
    pss = field_bytes(f"/proc/{pid}/smaps_rollup", "Pss")
    return pss if pss is not None else rss(pid)
