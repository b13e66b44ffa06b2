# Two commands do everything on a fresh machine:  make demo  |  make test
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
#: what the default path needs (the demo), and that plus the test tools, the optional encoder and Ray (the tests)
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install install-test demo lint test bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,encoder,ray]'
	touch $(STAMP) $(TEST_STAMP)

install: $(STAMP)

install-test: $(TEST_STAMP)

## demo: install what the default path needs, then run the whole pipeline on the bundled sample and export it
demo: install
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/rashomon demo --db demo.db
	$(BIN)/rashomon export documents --db demo.db --format jsonl -o demo-documents.jsonl
	$(BIN)/rashomon export events --db demo.db --format plover-jsonl -o demo-events.jsonl
	$(BIN)/rashomon export claims --db demo.db --format jsonl -o demo-claims.jsonl
	@echo "wrote demo.db, demo-documents.jsonl, demo-events.jsonl and demo-claims.jsonl"

## lint: ruff and mypy
lint: install-test
	$(BIN)/ruff check rashomon tests bench eval
	$(BIN)/mypy

## browser: Debian's Chromium for the browser tests (installed when missing and root; else they skip and say why)
browser:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: Chromium is missing and this is not root: the browser tests will be skipped (sudo apt-get install -y chromium)"; fi; }

## test: install, lint, then the whole test suite
test: lint browser
	$(BIN)/python -m pytest -q

## bench: speed and size figures (prints ratios measured in the same run)
bench: install-test
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/analyze.py
	$(BIN)/python bench/examine.py
	$(BIN)/python bench/serve.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm demo-documents.jsonl demo-events.jsonl demo-claims.jsonl .pytest_cache .ruff_cache .mypy_cache
