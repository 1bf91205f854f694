# Two commands do everything: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AXE := .cache/axe/node_modules/axe-core/axe.min.js
EXAMPLE ?= assessments/north-riverside/2023-24.yaml
BENCH_REPEATS ?= 5

.PHONY: install axe run test lint typecheck bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "cmhroadmap needs Python 3.11 or newer (found: $$($(PYTHON) --version))" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

install: $(STAMP)

# axe-core, for the accessibility tests. Without npm (or the registry) they skip and say why.
$(AXE):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix .cache/axe --no-save --no-audit --no-fund --loglevel=error axe-core@4 || \
			echo "npm could not install axe-core: the accessibility tests will be skipped" >&2; \
	else \
		echo "npm not found: the accessibility tests will be skipped (install npm, then make axe)" >&2; \
	fi

axe: $(AXE)

run: install
	$(BIN)/cmhroadmap validate assessments
	$(BIN)/cmhroadmap assess $(EXAMPLE)
	@mkdir -p out
	$(BIN)/cmhroadmap report $(EXAMPLE) --format html -o out/example-report.html --force
	$(BIN)/cmhroadmap report $(EXAMPLE) --format markdown -o out/example-report.md --force
	$(BIN)/cmhroadmap compare assessments/north-riverside/2022-23.yaml $(EXAMPLE) --format html -o out/example-trajectory.html --force
	$(BIN)/cmhroadmap benchmark assessments --period 2023/24 --format html -o out/example-benchmark.html --force
	@echo "Open out/example-report.html (and the trajectory and benchmark beside it) in a browser."

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: install
	$(BIN)/mypy

test: lint typecheck axe
	$(BIN)/pytest

# Times the commands beside their peers on a synthetic corpus (written once to benchmarks/.corpus) and
# checks the targets; slow commands repeat fewer times so that it ends within about 4 minutes.
bench: install
	$(BIN)/python benchmarks/generate.py
	$(BIN)/python benchmarks/run.py --repeats $(BENCH_REPEATS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .cache/axe build dist
