# TalentGraph: `make run` serves the gateway, `make test` runs every test.
# Both create .venv and install the project into it first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run model-cache run-aws-local node-clients prerequisites lint test test-fastpaths-off fuzz soak install schema eval-parse eval-match eval-match-calibration bench-resume bench-resume-cpu bench-match bench-embedder bench-scale bench-scale-seeded bench-http bench-drain bench-lock-wait bench-mixed bench-events bench-rate-limit bench-rate-limit-http bench-pdf-extractors clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The project's own modules compiled to bytecode first (only those changed since the last
# time): an editable install leaves them as source, and where PYTHONDONTWRITEBYTECODE is set
# every process of the deployment would compile ~300 modules again at each start (~0.4 s each).
# Only a speed-up: where the tree cannot be written, `run` goes on without it.
# The embedding model's int8 ONNX file, built once per machine into the shared model cache
# (TALENTGRAPH_MODEL_CACHE, else ~/.cache/talentgraph/models) before anything embeds.
model-cache: $(STAMP)
	$(BIN)/python -m gateway.model_cache

run: $(STAMP) model-cache
	-$(BIN)/python -m compileall -q gateway resolvers domain adapters
	mkdir -p $${TALENTGRAPH_DATA_DIR:-var}
	TALENTGRAPH_DATA_DIR=$${TALENTGRAPH_DATA_DIR:-var} $(BIN)/talentgraph run

# A moto server (MOTO_PORT, default 5005) standing in for AWS, and the gateway on it.
run-aws-local: $(STAMP)
	mkdir -p $${TALENTGRAPH_DATA_DIR:-var/aws-local}
	TALENTGRAPH_DATA_DIR=$${TALENTGRAPH_DATA_DIR:-var/aws-local} $(BIN)/python -m gateway.aws_local

# The npm clients the e2e tests drive (graphql-http audit, Apollo Client, graphql-ws,
# apollo-upload-client, playwright-core), from the committed lockfile; again only when it changes.
NODE_CLIENTS := tests/e2e/clients
$(NODE_CLIENTS)/node_modules/.package-lock.json: $(NODE_CLIENTS)/package-lock.json
	cd $(NODE_CLIENTS) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Without npm the tests that drive the npm clients are skipped (each says why), not failed.
node-clients:
	@if command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(NODE_CLIENTS)/node_modules/.package-lock.json; \
	else echo "npm not found: the npm client tests will be skipped (install Node 20 and npm)"; fi

# What the whole suite uses beyond python3 and make; each missing one is named with the tests it
# would skip. `.ci/run` installs the Debian packages in CI.
prerequisites:
	@for tool in node npm tesseract chromium wrk; do \
	  command -v $$tool >/dev/null 2>&1 || echo "missing: $$tool"; done
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || echo "missing: fonts-dejavu-core"
	@command -v node >/dev/null 2>&1 || echo "  -> the npm client e2e tests (Apollo, graphql-ws, graphql-http) are skipped"
	@command -v tesseract >/dev/null 2>&1 || echo "  -> the OCR tests (scanned resumes) are skipped"
	@command -v chromium >/dev/null 2>&1 || echo "  -> the GraphiQL browser test is skipped"
	@command -v wrk >/dev/null 2>&1 || echo "  -> make bench-http, bench-mixed and bench-rate-limit-http cannot run (no test needs it)"


# ruff over the tree; mypy strict on domain/ and at the Strawberry plugin's level on the rest.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# TEST_WORKERS pytest processes (pytest-xdist; default one per core): most tests wait on a
# server, a subprocess or a socket, so two workers on two cores take about half the time.
TEST_WORKERS ?= auto
test: lint $(STAMP) model-cache node-clients prerequisites
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS)
	$(MAKE) --no-print-directory test-fastpaths-off

# The tests that execute GraphQL again, with Strawberry's own paths instead of resolvers/fastpath:
# the gateway must answer the same either way.
FASTPATHS_OFF_TESTS ?= tests/api/gateway tests/api/test_jobs_over_http.py tests/api/test_applications_over_http.py \
	tests/api/test_accounts_over_http.py tests/api/test_matching_over_http.py \
	tests/api/test_dataloaders_prevent_n_plus_one.py tests/api/test_errors_and_privacy.py \
	tests/e2e/test_subscriptions_over_websockets.py tests/e2e/test_real_server.py tests/e2e/test_inbox_over_http.py \
	tests/unit/test_direct_resolvers.py tests/unit/test_extension_phases.py tests/unit/test_fastpath_private_names.py
test-fastpaths-off: $(STAMP)
	TALENTGRAPH_FASTPATHS=off $(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) $(FASTPATHS_OFF_TESTS)

# Property-based fuzzing of the served schema (hypothesis-graphql): FUZZ_EXAMPLES operations per
# role (default 2000), seed FUZZ_SEED, at most FUZZ_SECONDS per role. Fails on any 5xx or
# INTERNAL_SERVER_ERROR and prints each failing operation minimised. `make test` runs a small one.
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz

# Mixed load on loopback against `talentgraph serve` for SOAK_SECONDS (default 300), the server
# SIGKILLed SOAK_KILLS times (default 3) and restarted on the same data dir; then every
# acknowledged write is checked. Prints the counts; fails on any violation.
soak: $(STAMP)
	$(BIN)/python -m tests.soak

schema: $(STAMP)
	$(BIN)/strawberry export-schema resolvers.schema:schema --output schema.graphql

# The evaluation sets are read from ../shared, or from TALENTGRAPH_SHARED_DIR when set.
eval-parse: $(STAMP)
	$(BIN)/python -m tests.eval.eval_parse

eval-match: $(STAMP)
	$(BIN)/python -m tests.eval.eval_match
	$(BIN)/python -m tests.eval.eval_match_professions

eval-match-calibration: $(STAMP)
	$(BIN)/python -m tests.eval.eval_match_calibration

bench-resume: $(STAMP)
	$(BIN)/python -m tests.bench.bench_resume

# bench-mixed's worker-side workload in CPU seconds (hardly moved by the machine's load).
bench-resume-cpu: $(STAMP)
	$(BIN)/python -m tests.bench.bench_resume_cpu

bench-match: $(STAMP)
	$(BIN)/python -m tests.bench.bench_match

# The model pass alone: float32, bfloat16 and ONNX Runtime int8, CPU ms per text and cosine to float32.
bench-embedder: $(STAMP)
	$(BIN)/python -m tests.bench.bench_embedder

# Costs as the data grows (1k and 10k jobs, 1k candidates); BENCH_SCALE_ARGS=--full adds
# 100k jobs and 10k candidates (long).
bench-scale: $(STAMP)
	$(BIN)/python -m tests.bench.bench_scale $(BENCH_SCALE_ARGS)

# The three read queries at 1k, 10k and 100k jobs through the API, on boards seeded by bulk SQL
# (minutes, not the hours of posting through the queue); BENCH_BEFORE=/path/to/checkout is
# measured beside this tree on copies of the same files.
bench-scale-seeded: $(STAMP)
	$(BIN)/python tests/bench/bench_scale_seeded.py $(if $(BENCH_BEFORE),--before $(BENCH_BEFORE)) $(BENCH_SEEDED_ARGS)

# Needs wrk (apt-get install wrk).
bench-http: $(STAMP)
	$(BIN)/python -m tests.bench.bench_http

# The reference query alone and while résumés are processed by the worker role (`talentgraph run`):
# at saturation (wrk) and offered at a fixed rate (npm's loadtest, tests/bench/loadgen; needs node
# and npm), BENCH_MIXED_ARGS="--paced-fraction 0.5" of the saturated rate.
bench-mixed: $(STAMP)
	$(BIN)/python -m tests.bench.bench_mixed $(BENCH_MIXED_ARGS)

# The matching queue's drain on one backlog (1,000 candidates, 600 jobs; made once in
# BENCH_DRAIN_DIR): workers on the API's loop (`bench_drain run`), then production's split, the
# API and the worker in processes of their own (`bench_drain_split`).
BENCH_DRAIN_DIR ?= var/bench-drain
bench-drain: $(STAMP)
	test -f $(BENCH_DRAIN_DIR)/talentgraph.sqlite3 || $(BIN)/python -m tests.bench.bench_drain prepare $(BENCH_DRAIN_DIR) --candidates 1000 --jobs 600
	$(BIN)/python -m tests.bench.bench_drain run $(BENCH_DRAIN_DIR)
	$(BIN)/python -m tests.bench.bench_drain_split $(BENCH_DRAIN_DIR)

# Events across processes (commit to subscriber, p50/p99) and `talentgraph run` to its first answer.
# A post's wait for SQLite's write lock while another process writes as the draining worker
# does: SQLite's busy handler against the API role's polling (lock_polling.py).
bench-lock-wait: $(STAMP)
	$(BIN)/python -m tests.bench.bench_lock_wait

bench-events: $(STAMP)
	$(BIN)/python -m tests.bench.bench_events

# The per-request rate limit's cost: admit_request in a tight loop, local buckets against leases.
bench-rate-limit: $(STAMP)
	$(BIN)/python -m tests.bench.bench_rate_limit

# The reference query on N API processes, request bucket shared (leases) or per process. Needs wrk.
bench-rate-limit-http: $(STAMP)
	$(BIN)/python -m tests.bench.bench_rate_limit_http

bench-pdf-extractors: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python -m tests.bench.bench_pdf_extractors

clean:
	rm -rf $(VENV) var .pytest_cache
