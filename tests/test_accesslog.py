"""The access log of the serving processes is buffered, and still reaches its file within seconds."""

from __future__ import annotations

import io
import logging
import time

from server.accesslog import buffered_handler


class Sink(io.RawIOBase):
    """What reached the file descriptor, as opposed to what waits in a buffer."""

    def __init__(self):
        self.written = b""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.written += bytes(data)
        return len(data)


def logger_to(sink: Sink, every: float) -> logging.Logger:
    stream = io.TextIOWrapper(io.BufferedWriter(sink, buffer_size=1 << 16), encoding="utf-8")
    logger = logging.getLogger(f"test.access.{id(sink)}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(buffered_handler(stream, logging.Formatter("%(message)s"), every=every))
    return logger


def test_a_line_waits_in_the_buffer_instead_of_costing_a_write_per_request():
    sink = Sink()
    logger = logger_to(sink, every=3600)
    logger.info("one request")
    assert sink.written == b""
    logger.handlers[0].flush_now()
    assert sink.written == b"one request\n"


def test_the_timer_flushes_the_buffer_every_interval():
    sink = Sink()
    logger_to(sink, every=0.05).info("another request")
    deadline = time.monotonic() + 10
    while not sink.written and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sink.written == b"another request\n"
