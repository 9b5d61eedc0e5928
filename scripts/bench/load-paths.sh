#!/usr/bin/env bash
# `make bench`, load paths (issue 15): whole-process time and peak memory of the paths a
# user waits for, on 10,000 sellers / 1,000,000 credit lines (40 MB CSV, one marginal
# measure, quarterly payouts), alternated with an analyst's Python polars script.
# Medians of RUNS runs (default 5); peak memory is the largest of them (GNU time).
# LOAD_PATHS_10M=1 adds the 10,000,000-line case (400 MB CSV; one run each, a few minutes).
set -euo pipefail
CLI=${PLANSIGHT_CLI:-${CARGO_TARGET_DIR:-$HOME/.cache/plansight/target}/debug/plansight}
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-$HOME/.cache/plansight/bench-load}
VENV=$HOME/.cache/plansight/analyst-venv
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$DIR"

# lean NAME SELLERS LINES SEED: the lean data set of the issue in $DIR/NAME: id, seller,
# amount, close date, stage; cancelled lines count as won (no clawback in this plan) and
# the roster has no overrides.
lean() {
  [ -f "$DIR/$1/deals.csv" ] && return
  "$CLI" gen --sellers "$2" --deals "$3" --seed "$4" --out "$DIR/full" >/dev/null
  mkdir -p "$DIR/$1"
  awk -F, 'BEGIN{OFS=","} {s=$9; if (s=="cancelled") s="won"; print $1,$2,$7,$8,s}' "$DIR/full/deals.csv" > "$DIR/$1/deals.csv"
  cut -d, -f1,2 "$DIR/full/sellers.csv" > "$DIR/$1/sellers.csv"
  cp "$HERE/lean-plan.toml" "$DIR/$1/plan.toml"
  rm -rf "$DIR/full"
}
lean lean 10000 1000000 1
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import polars' 2>/dev/null; then
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q polars || echo "(no Python polars: the analyst's column is skipped)"
fi

# run NAME CMD...: one run of CMD, its wall time and peak RSS appended to the NAME lists.
declare -A TIMES PEAK
run() {
  local name=$1; shift
  [ -n "${BEFORE:-}" ] && eval "$BEFORE"
  /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" >/dev/null 2>&1
  read -r t m < "$DIR/time"
  TIMES[$name]="${TIMES[$name]:-} $t"
  [ "$m" -gt "${PEAK[$name]:-0}" ] && PEAK[$name]=$m
  return 0
}
# report NAME: the median of NAME's runs and its peak memory.
report() {
  local median
  median=$(printf '%s\n' ${TIMES[$1]} | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  printf 'load paths: %-42s median %5.2f s  peak %5d MB  (runs:%s)\n' "$1" "$median" $((PEAK[$1] / 1024)) "${TIMES[$1]}"
  TIMES[$1]=""
  PEAK[$1]=0
}
# measure NAME CMD...: RUNS runs of CMD, reported.
measure() {
  for _ in $(seq "$RUNS"); do run "$@"; done
  report "$1"
}

paths() {
  local L=$1 W=$DIR/$2
  # Ours and the analyst's script alternate, so that both see the same machine.
  local ours="calc --summary --json on the CSV" theirs="analyst's polars script (float)"
  for _ in $(seq "$RUNS"); do
    run "$ours" "$CLI" calc --plan "$L/plan.toml" --deals "$L/deals.csv" --sellers "$L/sellers.csv" --summary --json
    if [ -x "$VENV/bin/python" ]; then
      run "$theirs" "$VENV/bin/python" "$HERE/analyst.py" "$L/deals.csv" "$L/sellers.csv"
    fi
  done
  report "$ours"
  [ -x "$VENV/bin/python" ] && report "$theirs"
  measure "validate" "$CLI" validate --plan "$L/plan.toml" --deals "$L/deals.csv" --sellers "$L/sellers.csv"
  BEFORE="rm -rf $W $W.backups; $CLI workspace init --workspace $W >/dev/null; $CLI workspace import --workspace $W --plan $L/plan.toml --sellers $L/sellers.csv >/dev/null" \
    measure "workspace import --deals (new workspace)" "$CLI" workspace import --workspace "$W" --deals "$L/deals.csv"
  measure "calc --workspace --summary --json" "$CLI" calc --workspace "$W" --summary --json
}

echo "load paths: 10,000 sellers, 1,000,000 credit lines ($(du -m "$DIR/lean/deals.csv" | cut -f1) MB CSV)"
paths "$DIR/lean" w.plansight
if [ "${LOAD_PATHS_10M:-}" = 1 ]; then
  lean lean10 100000 10000000 2
  echo "load paths: 100,000 sellers, 10,000,000 credit lines ($(du -m "$DIR/lean10/deals.csv" | cut -f1) MB CSV)"
  RUNS=1 paths "$DIR/lean10" w10.plansight
  rm -rf "$DIR/w10.plansight" "$DIR/w10.plansight.backups"
fi
