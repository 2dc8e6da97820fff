#!/usr/bin/env bash
# Times builds with nothing changed on the N-article corpus, with the build cache on: one build to fill cache and
# output, then RUNS builds of the same input, each printing the generator's own time ("checked in ...") and the
# wall time including JVM start-up; then the same after appending a sentence to one article (one-edit rebuilds).
#
#   bench/no-change.sh [N=10000] [RUNS=5]
#
# Works on a copy of the shared corpus (DATA/corpus-N/plain, made by bench/run.sh) in WORK (default
# /tmp/bench-incr-N), never on the corpus itself. Classes: this checkout's target/classes (compile first).
set -euo pipefail
N=${1:-10000}
RUNS=${2:-5}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${DATA:-/tmp/bench-data}
WORK=${WORK:-/tmp/bench-incr-$N}
NOW=2026-11-27T00:00:00Z
[ -d "$DATA/corpus-$N/plain/content" ] || { echo "no corpus: run bench/run.sh $N 1 broadsheet first" >&2; exit 1; }
CP=${CP:-$("$HERE/incremental-cp.sh")}
if [ ! -d "$WORK/plain" ]; then
  mkdir -p "$WORK"; cp -a "$DATA/corpus-$N/plain" "$WORK/plain"
fi
build() {
  /usr/bin/time -f "%e" -o "$WORK/time" java -Xmx2g -cp "$CP" io.github.broadsheet.cli.Main \
    --content "$WORK/plain/content" --output "$WORK/out" --now "$NOW" --cache "$WORK/cache" --verbose \
    >"$WORK/stdout" 2>"$WORK/stderr"
  echo "$(grep -o 'checked in [0-9.]* s\|in [0-9.]* s ->' "$WORK/stdout" | head -1) | wall $(cat "$WORK/time") s | $(grep -o 'timings: .*' "$WORK/stderr" || true)"
}
echo "# first build (fills cache and output)"; build
echo "# nothing changed"
for r in $(seq 1 "$RUNS"); do build; done
article=$(ls "$WORK/plain/content/articles" | sort | sed -n "$((N / 2))p")
original=$(mktemp); cp "$WORK/plain/content/articles/$article" "$original"
echo "# one article edited ($article), then built"
for r in $(seq 1 "$RUNS"); do
  echo "Edit $r of the benchmark." >>"$WORK/plain/content/articles/$article"
  build
done
cp "$original" "$WORK/plain/content/articles/$article"; rm -f "$original"
