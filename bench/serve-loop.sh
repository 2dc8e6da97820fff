#!/usr/bin/env bash
# The live server on the N-article corpus: saves one article EDITS times and prints the milliseconds from each
# save to the first reload event sent to browsers, and to the end of the complete rebuild (median and p90).
# See bench/src/ServeLoop.java.
#
#   bench/serve-loop.sh [N=10000] [EDITS=20]
#
# Works on a copy of the shared corpus in WORK (default /tmp/bench-serve-N). Classes: this checkout's
# target/classes (compile first).
set -euo pipefail
N=${1:-10000}
EDITS=${2:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${DATA:-/tmp/bench-data}
WORK=${WORK:-/tmp/bench-serve-$N}
[ -d "$DATA/corpus-$N/plain/content" ] || { echo "no corpus: run bench/run.sh $N 1 broadsheet first" >&2; exit 1; }
CP=${CP:-$("$HERE/incremental-cp.sh")}
if [ ! -d "$WORK/plain" ]; then
  mkdir -p "$WORK"; cp -a "$DATA/corpus-$N/plain" "$WORK/plain"
fi
exec java -Xmx2g -cp "$CP" "$HERE/src/ServeLoop.java" "$WORK/plain/content" "$WORK" "$EDITS"
