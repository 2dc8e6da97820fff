#!/usr/bin/env bash
# Build the Broadsheet that bench/run.sh times, from a clean copy of a commit (never from the working tree,
# which may hold other people's half-finished edits), into a private local Maven repository, so that
# `mvn site:generate` in the benchmark resolves exactly this build and no concurrent `mvn install` changes it.
#
#   bench/setup.sh            # REV=HEAD
#   REV=abc1234 bench/setup.sh
#   SRC=/path/to/tree bench/setup.sh   # build that tree instead of a git archive of REV
#
# Environment: DATA=/tmp/bench-data, REV=HEAD, SRC= (a source tree), SKIP_TESTS=1.
# Writes:
#   $DATA/src/                   the source tree (git archive of REV) that was built
#   $DATA/m2/                    private local repository (seeded once from ~/.m2/repository; Maven runs offline)
#   $DATA/broadsheet.cp          classpath of the direct entry point: generator + themes + runtime dependencies
#   $DATA/broadsheet.rev         the commit that was built
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
DATA=${DATA:-/tmp/bench-data}
REV=${REV:-HEAD}
M2=$DATA/m2
mkdir -p "$DATA"

if [ ! -d "$M2" ]; then
  echo "# seeding private Maven repository $M2 from ~/.m2/repository" >&2
  cp -a "$HOME/.m2/repository" "$M2"
fi

if [ -n "${SRC:-}" ]; then
  src=$(cd "$SRC" && pwd)
  rev="$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)+tree"
else
  src=$DATA/src
  rev=$(git -C "$REPO" rev-parse --short "$REV")
  rm -rf "$src"; mkdir -p "$src"
  git -C "$REPO" archive "$REV" | tar -x -C "$src"
fi
echo "# building Broadsheet $rev in $src" >&2
tests=(-DskipTests)
[ "${SKIP_TESTS:-1}" = 0 ] && tests=()
(cd "$src" && ./mvnw -o -q -B install "${tests[@]}" -Dinvoker.skip -Dmaven.repo.local="$M2" >&2)
(cd "$src" && ./mvnw -o -q -B dependency:build-classpath -pl generator -DincludeScope=runtime \
   -Dmdep.outputFile="$DATA/deps.cp" -Dmaven.repo.local="$M2" >&2)
v=0.1.0-SNAPSHOT
echo "$src/generator/target/broadsheet-generator-$v.jar:$src/themes/target/broadsheet-themes-$v.jar:$(cat "$DATA/deps.cp")" \
  >"$DATA/broadsheet.cp"
echo "$rev" >"$DATA/broadsheet.rev"
echo "# classpath -> $DATA/broadsheet.cp (rev $rev)" >&2
