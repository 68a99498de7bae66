# Corridor — two commands on a fresh Debian machine:
#   make demo   installs GLPK when missing, builds in release mode and runs the main job
#   make test   the same set-up, then every test
#   make docs   the API documentation (DocC) in out/docs
# SPDX-License-Identifier: GPL-3.0-or-later

SWIFT ?= swift
CORRIDOR := .build/release/corridor
DEMO_OUT ?= out/demo
DOCS_OUT ?= out/docs
DOC_TARGETS := CorridorKit CorridorLP CorridorScenario CorridorBatch CorridorBerth CorridorYard CorridorCrossings

.PHONY: demo test docs setup build release clean

## Install GLPK's headers and library (and glpsol, which tests compare against) when missing.
setup:
	@if [ ! -f /usr/include/glpk.h ] || ! command -v glpsol >/dev/null 2>&1; then \
		echo "Installing libglpk-dev and glpk-utils with apt-get"; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libglpk-dev glpk-utils; \
	fi

## The Swift runtime linked statically: a batch starts a process per scenario, and a static
## binary starts in half the time (Benchmarks/batch-throughput.sh measures both).
release: setup
	$(SWIFT) build -c release --static-swift-stdlib --product corridor

## The main job: plan every bundled scenario and write the results to $(DEMO_OUT).
demo: release
	@bash scripts/demo.sh "$(CORRIDOR)" "$(DEMO_OUT)"

## Every test, in one run (unit, contract, misuse in child processes, end-to-end on the built tool).
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## The API documentation of the library products (DocC), as a static site in $(DOCS_OUT):
## open $(DOCS_OUT)/documentation/corridorkit/index.html through any static web server.
docs: setup
	@mkdir -p $(DOCS_OUT)
	$(SWIFT) package --allow-writing-to-directory $(DOCS_OUT) generate-documentation \
		$(foreach target,$(DOC_TARGETS),--target $(target)) \
		--enable-experimental-combined-documentation --transform-for-static-hosting \
		--output-path $(DOCS_OUT)

clean:
	rm -rf .build out
