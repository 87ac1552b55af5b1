# Every target sets up (or updates) .venv itself, then runs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.soplab-installed
PYTEST_ARGS ?=
# nbgrader runs helper tools (alembic) by name: keep the venv's scripts on PATH.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help setup lab test test-quick demo build check screenshots benchmarks clean

help:
	@echo "make demo        run the whole instructor loop on a synthetic cohort (own workspace)"
	@echo "make lab         open the course for a learner in JupyterLab"
	@echo "make test        run the whole test suite (what CI runs)"
	@echo "make test-quick  skip slow and browser tests"
	@echo "make build       regenerate release/ from source/"
	@echo "make check       check the course content (soplab check)"
	@echo "make benchmarks  run the benchmark scripts and print their figures"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

lab: $(STAMP)
	$(BIN)/python -m soplab.lab

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-quick: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not browser and not postgres" $(PYTEST_ARGS)

demo: $(STAMP)
	$(BIN)/soplab demo

build: $(STAMP)
	$(BIN)/soplab build --no-db

check: $(STAMP)
	$(BIN)/soplab check

screenshots: $(STAMP)
	SOPLAB_SCREENSHOTS=1 $(BIN)/python -m pytest -m browser tests/browser/test_screenshots.py

benchmarks: $(STAMP)
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) demo-workspace workspace .pytest_cache
