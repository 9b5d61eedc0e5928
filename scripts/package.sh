#!/usr/bin/env bash
# `make package`: the Debian package of the app, with Tauri's bundler (the Tauri CLI from
# npm, a prebuilt binary). It holds the app, the CLI (`plansight`), the model's workers
# (the fast one and the baseline one for CPUs without AVX2) and the bundled model, which
# is verified by SHA-256 here and again by the worker whenever it loads it. Nothing is
# downloaded at install or run time.
#
#   scripts/package.sh           release build, then the .deb
#   scripts/package.sh --debug   the .deb of the debug binaries already built (CI checks
#                                the packaging mechanics this way, without a second build)
#
# Prints the path of the .deb last.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
target="${CARGO_TARGET_DIR:-$HOME/.cache/plansight/target}"
export CARGO_TARGET_DIR="$target"
profile=release
flag=()
if [ "${1:-}" = "--debug" ]; then
  profile=debug
  flag=(--debug)
fi

manifest="$here/models/manifest.toml"
val() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" "$manifest"; }
model="${PLANSIGHT_MODEL_DIR:-$HOME/.cache/plansight/models}/$(val file)"
bash "$here/scripts/fetch-model.sh"
if [ ! -f "$model" ] || [ "$(sha256sum "$model" | cut -d' ' -f1)" != "$(val sha256)" ]; then
  echo "package: the bundled model is missing or not the manifest's ($model); run 'make model'" >&2
  exit 2
fi

if [ "$profile" = release ]; then
  (cd "$here/ui" && npm run build)
  cargo build --release --workspace --bins
  PROFILE=release bash "$here/scripts/build-baseline-worker.sh"
fi
out="$target/$profile"
# The baseline worker (for x86-64 CPUs without AVX2) exists on x86-64 only.
workers=(plansight-model-worker)
[ "$(uname -m)" = x86_64 ] && workers+=(plansight-model-worker-baseline)
for bin in plansight-app plansight "${workers[@]}"; do
  if [ ! -x "$out/$bin" ]; then
    echo "package: $out/$bin is missing; build it first (make build, or scripts/package.sh without --debug)" >&2
    exit 2
  fi
done

# The bundler takes sidecars as <name>-<target triple>; it installs them beside the app
# (/usr/bin), where the app looks for its workers. Staged outside the clone.
triple=$(rustc -vV | sed -n 's/^host: //p')
stage="$target/package-stage"
rm -rf "$stage"
mkdir -p "$stage/binaries"
sidecars=()
for bin in plansight "${workers[@]}"; do
  cp "$out/$bin" "$stage/binaries/$bin-$triple"
  sidecars+=("\"$stage/binaries/$bin\"")
done
cat > "$stage/package.json" <<EOF
{
  "bundle": {
    "active": true,
    "targets": ["deb"],
    "category": "Finance",
    "shortDescription": "Offline what-if simulator for sales compensation",
    "longDescription": "Plansight keeps a compensation plan and its deals on this computer, computes every payout exactly, models what-ifs and writes payout statements. Nothing leaves the laptop.",
    "icon": ["icons/icon.png"],
    "externalBin": [$(IFS=,; echo "${sidecars[*]}")],
    "resources": { "$model": "models/$(val file)" },
    "linux": { "deb": { "section": "misc" } }
  }
}
EOF
rm -rf "$out/bundle/deb"
(cd "$here/src-tauri" && "$here/ui/node_modules/.bin/tauri" bundle --ci --bundles deb "${flag[@]}" --config "$stage/package.json")
deb=$(ls "$out"/bundle/deb/*.deb)
# The bundler's staging tree is the package unpacked: keep only the package.
find "$out/bundle/deb" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
rm -rf "$stage"
echo "package: $(du -h "$deb" | cut -f1) $deb"
echo "$deb"
