#!/usr/bin/env bash
# Regenerates crates/plansight-ask/data/english-words.txt: the English words common enough
# (Zipf frequency >= 3.0, about one in a million words; >= 2.5 for words of six letters
# or more) that a question's word outside them,
# this plan's and this workspace's names and the parser's own words, is one the assistant
# does not know. Read from the wordfreq 3.1.1 wheel (its data: CC BY-SA 4.0), pinned by
# SHA-256. Run by hand when the list should change; the build never downloads.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/crates/plansight-ask/data/english-words.txt"
wheel_sha=4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" wordfreq==3.1.1 msgpack==1.2.4
got=$(sha256sum "$tmp"/wordfreq-3.1.1-*.whl | cut -d' ' -f1)
if [ "$got" != "$wheel_sha" ]; then
  echo "english-words: the wordfreq wheel's SHA-256 is $got, expected $wheel_sha" >&2
  exit 1
fi
python3 -m zipfile -e "$tmp"/msgpack-*.whl "$tmp/lib"
PYTHONPATH="$tmp/lib" python3 - "$tmp"/wordfreq-3.1.1-*.whl "$out" <<'PY'
import gzip, sys, zipfile
import msgpack
with zipfile.ZipFile(sys.argv[1]) as z:
    buckets = msgpack.unpackb(gzip.decompress(z.read("wordfreq/data/large_en.msgpack.gz")), raw=False)[1:]
# Bucket i holds the words of frequency -i centibels: Zipf 9 - i/100.
words = sorted(
    w for i, bucket in enumerate(buckets)
    for w in bucket
    # (a rarer word too when long: "churned", "gemstone"; short rare words are more
    # often initials or nicknames the question means as names)
    if 9 - i / 100 >= 3.0 or 9 - i / 100 >= 2.5 and len(w) >= 6
    if w.isascii() and any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)
)
with open(sys.argv[2], "w") as f:
    f.write("# English words of Zipf frequency >= 3.0 (>= 2.5 from six letters), from wordfreq 3.1.1 (Robyn Speer et al.),\n")
    f.write("# https://github.com/rspeer/wordfreq; data under CC BY-SA 4.0. Made by scripts/english-words.sh.\n")
    f.write("\n".join(words) + "\n")
PY
echo "english-words: $(grep -vc '^#' "$out") words in $out"
