# TalentGraph: `make run` serves the gateway, `make test` runs every test.
# Both create .venv and install the project into it first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test install schema eval-parse eval-match bench-resume bench-match bench-http bench-pdf-extractors clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	mkdir -p $${TALENTGRAPH_DATA_DIR:-var}
	TALENTGRAPH_DATA_DIR=$${TALENTGRAPH_DATA_DIR:-var} $(BIN)/talentgraph serve

test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

schema: $(STAMP)
	$(BIN)/strawberry export-schema resolvers.schema:schema --output schema.graphql

eval-parse: $(STAMP)
	$(BIN)/python -m tests.eval.eval_parse

eval-match: $(STAMP)
	$(BIN)/python -m tests.eval.eval_match

bench-resume: $(STAMP)
	$(BIN)/python -m tests.bench.bench_resume

bench-match: $(STAMP)
	$(BIN)/python -m tests.bench.bench_match

bench-pdf-extractors: $(STAMP)
	$(BIN)/python -m tests.bench.bench_pdf_extractors

clean:
	rm -rf $(VENV) var .pytest_cache
