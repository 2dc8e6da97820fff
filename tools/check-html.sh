#!/usr/bin/env bash
# Validates every .html file below a folder with the Nu Html Checker (vnu.jar, the W3C validator's engine).
#
#   tools/check-html.sh <site-dir>     check the site; prints each error, exits 1 if there is any
#   tools/check-html.sh --print-jar    install if needed and print the path of vnu.jar (for -Dvnu.jar=...)
#
# vnu.jar comes from the npm package vnu-jar, installed once into
# ${VNU_HOME:-$HOME/.cache/broadsheet/vnu}/<version>/ with `npm install --ignore-scripts`: the package's only
# install script downloads a Java runtime when there is none, and we run the jar with our own Java (11 or later;
# $JAVA_HOME/bin/java if set, else java on the PATH). VNU_VERSION overrides the pinned version.
# Exit codes: 0 valid, 1 validation errors, 2 usage or setup problem.
set -euo pipefail

VNU_VERSION="${VNU_VERSION:-26.9.27}"
VNU_DIR="${VNU_HOME:-$HOME/.cache/broadsheet/vnu}/$VNU_VERSION"
JAR="$VNU_DIR/node_modules/vnu-jar/build/dist/vnu.jar"

die() {
    echo "check-html: $*" >&2
    exit 2
}

usage() {
    echo "usage: $0 <site-dir> | --print-jar" >&2
    exit 2
}

[ $# -eq 1 ] || usage

if [ ! -f "$JAR" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed once to install vnu-jar@$VNU_VERSION (or put vnu.jar at $JAR)"
    mkdir -p "$VNU_DIR"
    echo "check-html: installing vnu-jar@$VNU_VERSION into $VNU_DIR" >&2
    npm install --prefix "$VNU_DIR" --ignore-scripts --no-audit --no-fund --no-save --loglevel=error \
        "vnu-jar@$VNU_VERSION" >&2 || die "npm install vnu-jar@$VNU_VERSION failed"
    [ -f "$JAR" ] || die "vnu-jar@$VNU_VERSION installed, but $JAR is missing"
fi

if [ "$1" = "--print-jar" ]; then
    echo "$JAR"
    exit 0
fi

SITE="$1"
[ -d "$SITE" ] || die "not a folder: $SITE"

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA="$(command -v java)" || die "java (11 or later) is needed to run vnu.jar"
fi

pages=$(find "$SITE" -type f -name '*.html' | wc -l | tr -d ' ')
[ "$pages" -gt 0 ] || die "no .html files below $SITE"

# --skip-non-html: only *.html (the site's CSS, feeds and images are not vnu's business here);
# --format gnu: one "file":line.column-line.column: error: message per line, as compilers print them.
status=0
"$JAVA" -jar "$JAR" --errors-only --skip-non-html --format gnu "$SITE" || status=$?
if [ "$status" -eq 0 ]; then
    echo "check-html: $pages HTML files valid (vnu $VNU_VERSION)" >&2
    exit 0
fi
echo "check-html: validation errors in $SITE (vnu $VNU_VERSION, exit $status)" >&2
exit 1
