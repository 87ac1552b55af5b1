# Every target sets up (or updates) .venv itself, then runs.
# Set-up installs exactly the versions pinned in requirements.lock (the ones the
# tests passed with), using uv: it needs only Python 3.11 and make to start.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
STAMP  := $(VENV)/.soplab-installed
PYTEST_ARGS ?=
# uv, the package installer, goes into .venv with pip; its version is pinned here.
UV_VERSION := 0.13.9
UV       := $(BIN)/uv
UV_STAMP := $(VENV)/.uv-$(UV_VERSION)
# What `make lock` resolves: pyproject.toml's dependencies and test extras, for every
# platform (one version of each package wherever possible), Python 3.11 upwards.
LOCK_ARGS ?=
UV_COMPILE := pip compile pyproject.toml --extra test --universal --fork-strategy fewest \
	--python-version 3.11 --custom-compile-command "make lock" --quiet
# nbgrader runs helper tools (alembic) by name: keep the venv's scripts on PATH.
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: help setup lock lab test test-quick demo build check screenshots benchmarks clean

help:
	@echo "make demo        run the whole instructor loop on a synthetic cohort (own workspace)"
	@echo "make lab         open the course for a learner in JupyterLab"
	@echo "make test        run the whole test suite (what CI runs)"
	@echo "make test-quick  skip slow and browser tests"
	@echo "make build       regenerate release/ from source/"
	@echo "make check       check the course content (soplab check)"
	@echo "make benchmarks  run the benchmark scripts and print their figures"
	@echo "make lock        update requirements.lock after changing pyproject.toml"
	@echo "                 (LOCK_ARGS=--upgrade moves every package to its newest release)"

$(UV_STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	touch $(UV_STAMP)

# sync: install what the lock pins and remove what it does not; then the course's own
# package, editable, without dependencies (all of them are in the lock), built with
# the lock's hatchling; and its bytecode, made once, so a cold `soplab coach` reads it
# even where PYTHONDONTWRITEBYTECODE is set.
$(STAMP): $(LOCK) pyproject.toml $(UV_STAMP)
	$(UV) pip sync --quiet --compile-bytecode --python $(BIN)/python $(LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps \
		--build-constraint $(LOCK) -e .
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

setup: $(STAMP)

lock: $(UV_STAMP)
	$(UV) $(UV_COMPILE) $(LOCK_ARGS) -o $(LOCK)

lab: $(STAMP)
	$(BIN)/soplab lab

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
	SOPLAB_SCREENSHOTS=1 $(BIN)/python -m pytest -m browser tests/browser/test_screenshots.py \
		"tests/browser/test_restart.py::test_after_restart_the_old_widgets_say_so_and_take_nothing" \
		tests/browser/test_own_computer.py

benchmarks: $(STAMP)
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) demo-workspace workspace .pytest_cache
