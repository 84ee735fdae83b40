# Golden — the Makefile is the contract: build, test, run, bench, check.
# Every target installs what it needs on a fresh Debian machine first.

SWIFT        ?= swift
CONFIG       ?= release
GOLDEN        = .build/$(CONFIG)/golden
WORKSPACE    ?= Fixtures/retail
# The bundled feeds were exported on this day: freshness and engagement are judged as of it.
AS_OF        ?= 2026-06-30
# make bench: feeds of about BENCH_RECORDS source records; BENCH_ARGS="--customers 1000000" sizes by customers.
BENCH_RECORDS ?= 1000000
BENCH_ARGS   ?=

.PHONY: all deps pg-deps browser build test run bench check lint clean

all: build

# System libraries: zlib and libxml2 headers (pkg-config finds them), installed when missing.
deps:
	@command -v pkg-config >/dev/null 2>&1 && pkg-config --exists zlib libxml-2.0 || { \
	  echo "installing system libraries (zlib1g-dev, libxml2-dev, pkg-config)"; \
	  apt-get update -qq && apt-get install -y -qq zlib1g-dev libxml2-dev pkg-config >/dev/null; }

# PostgreSQL server binaries for the publish tests' throwaway cluster, installed when missing.
pg-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  echo "installing PostgreSQL (the publish tests start a throwaway cluster)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

# Headless Chromium and its WebDriver, for the steward workbench's end-to-end test.
browser:
	@command -v chromedriver >/dev/null 2>&1 && { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; } || { \
	  echo "installing chromium and chromium-driver (the workbench's browser test)"; \
	  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }

build: deps
	$(SWIFT) build -c $(CONFIG) --product golden

# The tests run beside a throwaway PostgreSQL cluster (scripts/pg-test-cluster: initdb in a
# temporary folder, 127.0.0.1, a free port), named to them in GOLDEN_TEST_PG_URL.
test: deps pg-deps browser
	$(SWIFT) build --build-tests
	scripts/pg-test-cluster $(SWIFT) test --skip-build

# The main job on the bundled workspace: ingest → normalize → match → merge → quality → engage →
# publish with a summary, the clusters' accuracy against the workspace's labelled truth, and the
# data-quality report (out/report/quality.html).
run: build
	$(GOLDEN) run --config $(WORKSPACE)/golden.yml --as-of $(AS_OF)
	$(GOLDEN) evaluate --config $(WORKSPACE)/golden.yml --truth $(WORKSPACE)/truth.csv
	$(GOLDEN) report --config $(WORKSPACE)/golden.yml --out out/report --as-of $(AS_OF)

# The pipeline on generated feeds (cached under bench-data/): `golden run` on a fresh store and a
# 1% delta the next day, per stage wall and CPU time, records/s and peak RSS, written to
# bench-data/result.json and compared with Benchmarks/baseline.json.
bench: deps
	$(SWIFT) build -c release --product golden-bench
	.build/release/golden-bench --records $(BENCH_RECORDS) $(BENCH_ARGS) --data bench-data --baseline Benchmarks/baseline.json

lint:
	@duplicates --change 2>/dev/null || true

check: build test

clean:
	rm -rf .build bench-data out
