#!/usr/bin/env bash
# `make bench`, load paths (issue 15): whole-process time and peak memory of the paths a
# user waits for, on 10,000 sellers / 1,000,000 credit lines (40 MB CSV, one marginal
# measure, quarterly payouts), alternated with an analyst's Python polars script.
# Medians of RUNS runs (default 5); peak memory is the largest of them (GNU time).
set -euo pipefail
CLI=${PLANSIGHT_CLI:-${CARGO_TARGET_DIR:-$HOME/.cache/plansight/target}/debug/plansight}
RUNS=${RUNS:-5}
DIR=${BENCH_DIR:-$HOME/.cache/plansight/bench-load}
VENV=$HOME/.cache/plansight/analyst-venv
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$DIR"

if [ ! -f "$DIR/lean/deals.csv" ]; then
  "$CLI" gen --sellers 10000 --deals 1000000 --seed 1 --out "$DIR/full" >/dev/null
  mkdir -p "$DIR/lean"
  # The lean file of the issue: id, seller, amount, close date, stage; cancelled lines
  # count as won (no clawback in this plan) and the roster has no overrides.
  awk -F, 'BEGIN{OFS=","} {s=$9; if (s=="cancelled") s="won"; print $1,$2,$7,$8,s}' "$DIR/full/deals.csv" > "$DIR/lean/deals.csv"
  cut -d, -f1,2 "$DIR/full/sellers.csv" > "$DIR/lean/sellers.csv"
  cp "$HERE/lean-plan.toml" "$DIR/lean/plan.toml"
  rm -rf "$DIR/full"
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import polars' 2>/dev/null; then
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q polars || echo "(no Python polars: the analyst's column is skipped)"
fi

L=$DIR/lean
# median_and_peak NAME CMD...: runs CMD RUNS times, prints the median wall time and peak RSS.
measure() {
  local name=$1; shift
  local times=() peak=0
  for _ in $(seq "$RUNS"); do
    [ -n "${BEFORE:-}" ] && eval "$BEFORE"
    /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" >/dev/null 2>&1
    read -r t m < "$DIR/time"
    times+=("$t"); [ "$m" -gt "$peak" ] && peak=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  printf 'load paths: %-42s median %5.2f s  peak %5d MB  (runs: %s)\n' "$name" "$median" $((peak / 1024)) "${times[*]}"
}

for _ in 1; do
  measure "calc --summary --json on the CSV" "$CLI" calc --plan "$L/plan.toml" --deals "$L/deals.csv" --sellers "$L/sellers.csv" --summary --json
  if [ -x "$VENV/bin/python" ]; then
    measure "analyst's polars script (float)" "$VENV/bin/python" "$HERE/analyst.py" "$L/deals.csv" "$L/sellers.csv"
  fi
  measure "validate" "$CLI" validate --plan "$L/plan.toml" --deals "$L/deals.csv" --sellers "$L/sellers.csv"
  BEFORE="rm -rf $DIR/w.plansight $DIR/w.plansight.backups; $CLI workspace init --workspace $DIR/w.plansight >/dev/null; $CLI workspace import --workspace $DIR/w.plansight --plan $L/plan.toml --sellers $L/sellers.csv >/dev/null" \
    measure "workspace import --deals (new workspace)" "$CLI" workspace import --workspace "$DIR/w.plansight" --deals "$L/deals.csv"
  measure "calc --workspace --summary --json" "$CLI" calc --workspace "$DIR/w.plansight" --summary --json
done
