# Two commands on a fresh machine: `make demo` (set up, run the main job) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: demo test lint install browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,spark]'
	touch $@

install: $(STAMP)

# Ingest examples/pages (and ../shared/seeds when present) into dyad.db, then tour the store.
demo: $(STAMP)
	$(BIN)/dyad demo --db dyad.db

# Debian's Chromium for the browser tests (Playwright drives it); installed once, when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || \
	  { command -v apt-get >/dev/null 2>&1 && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	    || echo "make: chromium not installed: the browser tests will be skipped"; }

lint: $(TSTAMP)
	$(BIN)/ruff check src tests benchmarks

test: $(TSTAMP) browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
