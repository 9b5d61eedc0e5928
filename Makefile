# Plansight: `make run` opens the app on the sample workspace; `make test` runs every test.
# Both install what is missing first (Debian packages, npm packages, tauri-driver, the model).

SHELL := /bin/bash
export CARGO_TARGET_DIR ?= $(HOME)/.cache/plansight/target
export PLANSIGHT_MODEL_DIR ?= $(HOME)/.cache/plansight/models
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
APP := $(CARGO_TARGET_DIR)/debug/plansight-app
CLI := $(CARGO_TARGET_DIR)/debug/plansight
STAMP := $(CARGO_TARGET_DIR)/.plansight-stamps

.PHONY: run test setup build ui bindings lint test-rust test-ui test-e2e test-package package bench demo eval clean-stamps

run: setup build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display: starting the app under Xvfb (xvfb-run)."; \
	  xvfb-run -a $(APP); \
	else \
	  $(APP); \
	fi

test: setup build lint test-rust test-ui test-e2e test-package

# --- setup: each step is skipped when already done -------------------------------
setup: $(STAMP)/system ui/node_modules/.installed $(CARGO_BIN)/tauri-driver model

$(STAMP)/system: scripts/setup-system.sh
	@mkdir -p $(STAMP)
	bash scripts/setup-system.sh
	@touch $@

# The stamp lives in the clone: a fresh clone has no node_modules even on a warm machine.
# `npm install` from the committed lockfile rather than `npm ci`: npm 11 writes only this
# platform's optional rollup binaries into the lockfile and `npm ci` then refuses it
# (npm/cli#4828, #8320). The lockfile still pins every version and integrity hash.
ui/node_modules/.installed: ui/package-lock.json
	cd ui && npm install --no-audit --no-fund
	@touch $@

$(CARGO_BIN)/tauri-driver:
	cargo install tauri-driver --version 2.1.0 --locked

model:
	@bash scripts/fetch-model.sh

# --- build -------------------------------------------------------------------------
# One cargo invocation for everything (binaries, tests, benches): with a single feature
# set, dependencies such as polars are compiled once, not once per command.
CARGO_BUILD := cargo build --workspace --all-targets

# The UI is built first: the app binary embeds ui/dist.
build: ui
	$(CARGO_BUILD)
	bash scripts/build-baseline-worker.sh

ui:
	cd ui && npm run build

# TypeScript types of the UI, generated from Rust: the view models and the typed failure
# (ts-rs, by their export tests) and the command names (src-tauri/build.rs, by the build).
bindings:
	cargo nextest run --workspace -E 'package(plansight-view) | (package(plansight-session) & test(export_bindings))'

# --- the Debian package (release build; see scripts/package.sh) ------------------------
package: setup
	bash scripts/package.sh

# --- gates: formatting and lints (the UI's are in test-ui) ----------------------------
lint: ui
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings

# --- tests -------------------------------------------------------------------------
test-rust:
	cargo nextest run --workspace --no-fail-fast
	@git diff --exit-code -- ui/src/bindings src-tauri/capabilities || { echo "ui/src/bindings or src-tauri/capabilities is out of date with the Rust side: run 'make bindings' and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- ui/src/bindings)" || { echo "ui/src/bindings has new files: run 'make bindings' and commit them"; git status --short -- ui/src/bindings; exit 1; }

test-ui:
	cd ui && npm run check && npx vitest run

# The packaging mechanics without a second build: the debug binaries bundled into a .deb,
# unpacked into a temporary root, and the installed app started from there.
test-package: build
	set -o pipefail; deb=$$(bash scripts/package.sh --debug | tail -1) && \
	  cd tests/e2e && PLANSIGHT_DEB="$$deb" xvfb-run -a -s "-screen 0 1920x1080x24" node --test --test-concurrency=1 package.test.mjs

test-e2e: build
	cd tests/e2e && PLANSIGHT_APP=$(APP) PLANSIGHT_CLI=$(CLI) xvfb-run -a -s "-screen 0 1920x1080x24" node --test --test-concurrency=1 app.test.mjs crm.test.mjs dark.test.mjs window.test.mjs busy.test.mjs workspaces.test.mjs

bench: setup build
	cargo bench --workspace --profile dev
	PLANSIGHT_CLI=$(CLI) bash scripts/bench/load-paths.sh
	$(CARGO_TARGET_DIR)/debug/examples/token_speed

# The assistant's question set: intent, argument and figure accuracy, grounding, latency.
eval: setup build
	cargo nextest run --workspace -E 'package(plansight-ask) & test(understanding_sets)' --no-capture 2>&1 | grep -E 'questions: right|^whole set'
	cargo nextest run --workspace -E 'package(plansight-ask) & (test(question_set) | test(held_out))' --no-capture 2>&1 | grep -E '^(question set|intent|figures|answers|latency|held-out)'
	$(CARGO_TARGET_DIR)/debug/examples/eval_understanding
	$(CARGO_TARGET_DIR)/debug/examples/eval_wording
	PLANSIGHT_CPU_PATH=baseline $(CARGO_TARGET_DIR)/debug/examples/eval_wording | grep -E '^(generation speed|latency)' 

demo: setup build
	$(CLI) validate --plan sample-data/ae-fy26.toml --deals sample-data/deals.csv --sellers sample-data/sellers.csv
	$(CLI) calc --plan sample-data/ae-fy26.toml --deals sample-data/deals.csv --sellers sample-data/sellers.csv --summary
	$(CLI) explain --plan sample-data/ae-fy26.toml --deals sample-data/deals.csv --sellers sample-data/sellers.csv --seller s02 --deal D-000012
	$(CLI) whatif --plan sample-data/ae-fy26.toml --deals sample-data/deals.csv --sellers sample-data/sellers.csv --scenario sample-data/scenarios/big-march-deal.toml

clean-stamps:
	rm -rf $(STAMP)
