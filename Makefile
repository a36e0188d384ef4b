# dipkg: `make run` builds the graph from seeds/ (when it changed) and serves it at
# http://127.0.0.1:8000; `make test` runs the tests.
# Everything is installed into .venv from PyPI on first use; a fresh machine needs only python3.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= var/store

.PHONY: install system-packages run build test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/kg build seeds --store $(STORE) --if-changed

run: build
	$(BIN)/kg serve --store $(STORE) --host 127.0.0.1 --port 8000

# CI machines start with python3 only: the tests also need curl (the README examples) and
# Debian's chromium (the browser tests, which must run, not skip, in CI). Never `playwright install`.
system-packages:
ifeq ($(CI),true)
	@if ! command -v curl >/dev/null || ! test -x /usr/bin/chromium; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl chromium; fi
endif

test: $(STAMP) system-packages
	$(BIN)/python -m pytest -q

# the benchmarks also need the reference systems (Python packages) and wrk (a Debian package)
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/build.py --write
	$(BIN)/python bench/serve.py --write
	$(BIN)/python bench/load.py --write

clean:
	rm -rf var .pytest_cache
