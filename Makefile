# Two commands do everything: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Pinned, so that CI and every machine run the same rules (a new axe-core can add checks).
AXE_VERSION := 4.14.1
AXE := .cache/axe/node_modules/axe-core/axe.min.js
AXE_STAMP := .cache/axe/installed-$(AXE_VERSION)
EXAMPLE ?= assessments/north-riverside/2023-24.yaml
BENCH_REPEATS ?= 5
BENCH_VENV := .cache/bench-venv
BENCH_WHEEL := .cache/bench-wheel

.PHONY: install axe run test test-fast lint typecheck bench dist problems-doc clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "cmhroadmap needs Python 3.11 or newer (found: $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

install: $(STAMP)

# axe-core, for the accessibility tests. Without npm (or the registry) they skip and say why.
# The stamp names the version, so that changing AXE_VERSION installs it over an older one.
$(AXE_STAMP):
	@if command -v npm >/dev/null 2>&1; then \
		{ npm install --prefix .cache/axe --no-save --no-audit --no-fund --loglevel=error \
			axe-core@$(AXE_VERSION) && touch $@; } || \
			echo "npm could not install axe-core: the accessibility tests will be skipped" >&2; \
	else \
		echo "npm not found: the accessibility tests will be skipped (install npm, then make axe)" >&2; \
	fi

axe: $(AXE_STAMP)

run: install
	$(BIN)/cmhroadmap validate assessments
	$(BIN)/cmhroadmap assess $(EXAMPLE)
	@mkdir -p out
	$(BIN)/cmhroadmap report $(EXAMPLE) --format html -o out/example-report.html --force
	$(BIN)/cmhroadmap report $(EXAMPLE) --format markdown -o out/example-report.md --force
	$(BIN)/cmhroadmap paper $(EXAMPLE) -o out/example-paper.docx --force --meeting "ICB Board (meeting in public)"
	$(BIN)/cmhroadmap compare assessments/north-riverside/2022-23.yaml $(EXAMPLE) --format html -o out/example-trajectory.html --force
	$(BIN)/cmhroadmap benchmark assessments --period 2023/24 --format html -o out/example-benchmark.html --force
	$(BIN)/cmhroadmap publish assessments -o out/site --force
	@echo "Open out/example-report.html (and the trajectory and benchmark beside it) in a browser,"
	@echo "out/site/index.html for the bundled examples published as a site, and out/example-paper.docx,"
	@echo "the board's cover paper, in Word."

# The reference page of every problem code, made from the catalogue (a test fails when it is stale).
problems-doc: install
	$(BIN)/cmhroadmap explain --all --format markdown -o docs/problems.md --force

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: install
	$(BIN)/mypy

test: lint typecheck axe
	$(BIN)/pytest

# Times the commands beside their peers on a synthetic corpus (written once to benchmarks/.corpus) and
# checks the targets; slow commands repeat fewer times so that it ends within about 4 minutes. It
# times a wheel installed in a venv of its own, as users run the tool: only a wheel carries the
# prepared roadmap and the compiled templates (hatch_build.py); .venv's editable install reads sources.
# Then the peak memory of validate, export, benchmark and publish over 500 and 2,000 files (about 5
# minutes more).
bench: install
	rm -rf $(BENCH_WHEEL)
	$(BIN)/python -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation -w $(BENCH_WHEEL) .
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check "$$(ls $(BENCH_WHEEL)/*.whl)[bench]"
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(BENCH_WHEEL)/*.whl
	$(BIN)/python benchmarks/generate.py
	$(BENCH_VENV)/bin/python benchmarks/run.py --repeats $(BENCH_REPEATS) --budget 200
	$(BIN)/python benchmarks/memory.py

# The inner loop: the whole suite but the browser, pre-commit and README runs (markers in pyproject.toml).
# `make test` runs everything, and is what CI runs.
test-fast: install
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -m "not browser and not precommit and not readme"

# The release files, dist/cmhroadmap-VERSION-py3-none-any.whl and .tar.gz, checked: the wheel is
# installed in a new, empty venv and run from an empty folder (see CHANGELOG.md and the README).
dist: install
	$(BIN)/python tools/check_dist.py dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .cache/axe $(BENCH_VENV) $(BENCH_WHEEL) build dist
