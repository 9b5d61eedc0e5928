#!/usr/bin/env bash
# Builds the model's worker a second time without any x86-64 extension beyond the
# baseline (no SSE4.2, AVX, AVX2, FMA, F16C, BMI2, AVX-512), as
# `plansight-model-worker-baseline` beside the fast one. ggml's own default turns AVX2,
# FMA, F16C and BMI2 on, so the fast worker dies with SIGILL on a CPU without them; the
# client (`plansight_ask::worker`) starts this one there instead.
#
# Its own target directory keeps llama.cpp's CMake cache for each flag set apart, and
# it builds only the worker's crate, so polars and the app are not compiled again.
set -euo pipefail
target="${CARGO_TARGET_DIR:-$HOME/.cache/plansight/target}"
# PROFILE=release builds the release worker (for `make package`); the default is debug.
profile="${PROFILE:-debug}"
release=""
[ "$profile" = release ] && release=1
on_x86=$(uname -m)
if [ "$on_x86" != "x86_64" ]; then
  echo "not x86-64: no baseline worker is needed"; exit 0
fi
GGML_SSE42=OFF GGML_AVX=OFF GGML_AVX2=OFF GGML_FMA=OFF GGML_F16C=OFF GGML_BMI2=OFF \
GGML_AVX512=OFF GGML_AVX_VNNI=OFF GGML_AVX512_VBMI=OFF GGML_AVX512_VNNI=OFF GGML_AVX512_BF16=OFF \
  cargo build ${release:+--release} --target-dir "$target/baseline" -p plansight-assistant --bin plansight-model-worker
mkdir -p "$target/$profile"
cp -f "$target/baseline/$profile/plansight-model-worker" "$target/$profile/plansight-model-worker-baseline"
