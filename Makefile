# StoryLens: `make demo`, `make test`, `make bench`. Each target sets itself up first.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
SEEDS  ?= ../shared/data/seeds

.PHONY: setup demo test bench clean

setup: $(STAMP)

# Re-install only when the project definition changes: idempotent and quick.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: setup
	$(VENV)/bin/storylens compare $(SEEDS)/000_f41a21d6102af561.txt $(SEEDS)/001_b69586f12682ff66.txt

test: setup
	$(PY) -m pytest -q -n 2 tests
	$(PY) benchmarks/gate.py

bench: setup
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
