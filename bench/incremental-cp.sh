#!/usr/bin/env bash
# Prints the classpath of this checkout's compiled classes (generator + themes, as `mvnw install` or
# `mvnw -pl generator,themes compile` left them) and the generator's runtime dependencies, for the incremental
# and serve benchmarks. Maven's repository: $M2 (default ~/.m2/repository; use a private one while others build).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
M2=${M2:-$HOME/.m2/repository}
deps=$(mktemp)
(cd "$REPO" && ./mvnw -o -q -B dependency:build-classpath -pl generator -DincludeScope=runtime \
   -Dmdep.outputFile="$deps" -Dmaven.repo.local="$M2" >&2)
echo "$REPO/generator/target/classes:$REPO/themes/target/classes:$(cat "$deps")"
rm -f "$deps"
