#!/usr/bin/env bash
# Time Broadsheet against Hugo on the shared synthetic corpus, runs interleaved round by round so that both
# see the same machine load.
#
#   bench/run.sh N [RUNS] [tool ...]
#
# Tools (default: hugo hugo-norelated broadsheet broadsheet-mvn, plus jbake when N <= 1000):
#   hugo             hugo --quiet -s corpus-N/hugo -d OUT                       (same command as run_peers.sh)
#   hugo-norelated   the same site with the .Related block removed              (same as run_peers.sh)
#   jbake            JBake 2.7.0 on the JVM                                      (same as run_peers.sh)
#   broadsheet       java -Xmx2g -cp <generator+themes+deps> io.github.broadsheet.cli.Main --content ... --output ...
#   broadsheet-mvn   mvnw -o -q site:generate in a throwaway project DATA/mvnproj-N whose pom declares the plugin
#                    (one untimed build first, which makes the forked build JVM's class-data archive; every timed
#                    build starts without the build cache and output but with that archive)
#   broadsheet+X     broadsheet with extra JVM flags from $OPTS_X, the java binary $JAVA_X (default java) and the
#                    classpath $CP_X (default: the bench/setup.sh build), for A/B runs of flags, JDKs and builds
#   broadsheet-mvn+X broadsheet-mvn with MAVEN_OPTS=$MOPTS_X, .mvn/jvm.config content $JVMCONFIG_X, extra Maven
#                    arguments $MARGS_X (e.g. -Dsite.cache=false) and, with KEEP_X=1, the plugin's Markdown cache
#                    kept between runs (an incremental rebuild after the first run; default: deleted, cold);
#                    with IMAGES_X=1 only the image cache (resized copies, social cards) is kept: a clean build
#                    with images cached, as #20's 10k target asks
#                    e.g.  OPTS_c1=-XX:TieredStopAtLevel=1 bench/run.sh 10000 3 broadsheet broadsheet+c1
#
# Environment:
#   DATA=/tmp/bench-data   corpora, outputs, logs, results (never inside the repo)
#   TIMEOUT=900            per-run limit in seconds
#   SEED=42                corpus seed
#   JAVA=java  JAVA_OPTS=  JVM and extra flags of `broadsheet` (and of jbake, as in run_peers.sh)
#   MVN_JVM_CONFIG         .mvn/jvm.config of the mvn project: unset = the one of the built source tree,
#                          "none" = no file, anything else = its content
#   BS_ARGS=               extra arguments of the Broadsheet CLI (e.g. --no-fail-on-broken-links)
#
# Broadsheet is the build made by bench/setup.sh (run it first, and again after each commit to be measured).
# Each run: output dir removed first (not timed); `/usr/bin/time -f "%e %M %U %S"` measures wall, peak RSS, CPU;
# other_cpu = CPU seconds all OTHER processes used meanwhile (from /proc/stat) -- repeat runs where it is large.
# Prints the same table as ../shared/bench/run_peers.sh (median wall of RUNS runs, median RSS, *.html written,
# ms/page, user+sys CPU of the median run) and appends rows to DATA/results.tsv; every single run goes to
# DATA/logs/runs.tsv (date tool N run wall rss_kb user sys other_cpu rev).
set -euo pipefail

N=${1:?usage: bench/run.sh N [RUNS] [tool ...]}
RUNS=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
TOOLS=("$@")
if [ ${#TOOLS[@]} -eq 0 ]; then
  TOOLS=(hugo hugo-norelated broadsheet broadsheet-mvn)
  [ "$N" -le 1000 ] && TOOLS+=(jbake)
fi

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
PEERS=$(cd "$REPO/../shared/bench" && pwd)
DATA=${DATA:-/tmp/bench-data}
TIMEOUT=${TIMEOUT:-900}
SEED=${SEED:-42}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
BS_ARGS=${BS_ARGS:-}
NOW=2026-11-27T00:00:00Z
CORPUS=$DATA/corpus-$N
export LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$DATA/logs"
command -v /usr/bin/time >/dev/null || { echo "GNU time missing: apt-get install -y time" >&2; exit 1; }

# --- corpus: only the formats the tools need; a format is (re)generated when it is missing or incomplete
count() { [ -d "$1" ] && find "$1" -name '*.md' | wc -l || echo 0; }
need=()
for t in "${TOOLS[@]}"; do
  case $t in
    hugo*) [ "$(count "$CORPUS/hugo/content/posts")" -eq "$N" ] || need+=(hugo) ;;
    jbake*) [ "$(count "$CORPUS/jbake/content/blog")" -eq "$N" ] || need+=(jbake) ;;
    broadsheet*) [ "$(count "$CORPUS/plain/content/articles")" -eq "$N" ] || need+=(plain) ;;
  esac
done
if [ ${#need[@]} -gt 0 ]; then
  formats=$(printf '%s\n' "${need[@]}" | sort -u | paste -sd, -)
  echo "# generating corpus N=$N seed=$SEED formats=$formats -> $CORPUS" >&2
  python3 "$PEERS/gen_corpus.py" "$N" --seed "$SEED" --out "$CORPUS" --formats "$formats" >&2
fi

# --- Broadsheet build (bench/setup.sh)
BS_CP=
BS_REV=none
if printf '%s\n' "${TOOLS[@]}" | grep -q '^broadsheet'; then
  [ -s "$DATA/broadsheet.cp" ] || "$HERE/setup.sh"
  BS_CP=$(cat "$DATA/broadsheet.cp")
  BS_REV=$(cat "$DATA/broadsheet.rev")
  BS_SRC=${BS_CP%%/generator/target/*}
fi

# The throwaway Maven project: a pom declaring the plugin, content pointing at the corpus.
mvn_project() {   # mvn_project DIR OUT JVMCONFIG
  local dir=$1 out=$2 jvmconfig=$3
  rm -rf "$dir"; mkdir -p "$dir/.mvn/wrapper"
  cp "$BS_SRC/mvnw" "$dir/"; cp "$BS_SRC/.mvn/wrapper/maven-wrapper.properties" "$dir/.mvn/wrapper/"
  if [ "$jvmconfig" = "@source" ]; then
    [ -f "$BS_SRC/.mvn/jvm.config" ] && cp "$BS_SRC/.mvn/jvm.config" "$dir/.mvn/jvm.config"
  elif [ "$jvmconfig" != none ]; then
    printf '%s\n' "$jvmconfig" >"$dir/.mvn/jvm.config"
  fi
  cat >"$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>mvnproj-$N</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <name>Broadsheet bench N=$N</name>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.broadsheet</groupId>
        <artifactId>broadsheet-site-maven-plugin</artifactId>
        <version>0.1.0-SNAPSHOT</version>
        <configuration>
          <contentDirectory>$CORPUS/plain/content</contentDirectory>
          <outputDirectory>$out</outputDirectory>
          <now>$NOW</now>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
}

need_jbake_cp() {
  local cp=$DATA/jbake.cp
  if [ ! -s "$cp" ]; then
    echo "# resolving JBake classpath with Maven" >&2
    # resolved into the private repository ($DATA/m2), so nothing of JBake's lands in ~/.m2
    mvn -q -B -f "$PEERS/jbake/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" \
        -Dmaven.repo.local="$DATA/m2" >&2
  fi
  JBAKE_CP=$(cat "$cp")
}

busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }

# indirect lookup of OPTS_X / JAVA_X / MOPTS_X / JVMCONFIG_X
var() { local n="$1_$2"; printf '%s' "${!n:-${3:-}}"; }

# command for one run of TOOL writing OUT; sets CMD (array) and ENVS (array of VAR=value)
command_for() {
  local tool=$1 out=$2 base=${1%%+*} x=
  [[ $tool == *+* ]] && x=${tool#*+}
  ENVS=()
  case $base in
    hugo) CMD=(hugo --quiet -s "$CORPUS/hugo" -d "$out") ;;
    hugo-norelated) CMD=(hugo --quiet -s "$DATA/hugo-norelated-$N" -d "$out") ;;
    jbake)
      # shellcheck disable=SC2206
      CMD=("$JAVA" $JAVA_OPTS -Dlogback.configurationFile="$PEERS/jbake/logback.xml" -cp "$JBAKE_CP"
           org.jbake.launcher.Main -b "$CORPUS/jbake" "$out") ;;
    broadsheet)
      local java=$JAVA opts=$JAVA_OPTS cp=$BS_CP
      if [ -n "$x" ]; then java=$(var JAVA "$x" "$JAVA"); opts="$JAVA_OPTS $(var OPTS "$x")"; cp=$(var CP "$x" "$BS_CP"); fi
      # shellcheck disable=SC2206
      CMD=("$java" -Xmx2g $opts -cp "$cp" io.github.broadsheet.cli.Main
           --content "$CORPUS/plain/content" --output "$out" --now "$NOW" $BS_ARGS) ;;
    broadsheet-mvn)
      local proj=$DATA/mvnproj-$N${tool#broadsheet-mvn}
      # shellcheck disable=SC2206
      CMD=("$proj/mvnw" -o -q -B -f "$proj/pom.xml" -Dmaven.repo.local="$DATA/m2" site:generate $BS_MVN_ARGS
           $(var MARGS "$x"))
      ENVS=("MAVEN_OPTS=$(var MOPTS "$x" "${MAVEN_OPTS:-}")") ;;
    *) echo "unknown tool $tool" >&2; exit 2 ;;
  esac
}

# run_once TOOL OUT LOG -> "wall rss_kb user sys other_cpu" or TIMEOUT / FAIL(rc)
run_once() {
  local tool=$1 out=$2 log=$3 tf=$DATA/logs/time.$$ rc=0 b0 b1
  command_for "$tool" "$out"
  b0=$(busy_jiffies)
  env "${ENVS[@]}" /usr/bin/time -f "%e %M %U %S" -o "$tf" timeout "$TIMEOUT" "${CMD[@]}" >"$log" 2>&1 || rc=$?
  b1=$(busy_jiffies)
  if [ $rc -eq 124 ]; then echo TIMEOUT; elif [ $rc -ne 0 ]; then
    # still say how long it ran and how much memory it took before failing
    echo "FAIL($rc) after $(tail -1 "$tf" | awk '{printf "%s s, rss %.0f MB, cpu %.1f s", $1, $2 / 1024, $3 + $4}')"
  else
    read -r w m u s <<<"$(tail -1 "$tf")"
    echo "$w $m $u $s $(python3 -c "print(round(($b1 - $b0) / $(getconf CLK_TCK) - $u - $s, 2))")"
  fi
  rm -f "$tf"
}

# --- per-tool preparation
BS_MVN_ARGS=${BS_MVN_ARGS:-}
[[ " $BS_ARGS " == *" --no-fail-on-broken-links "* ]] && BS_MVN_ARGS="$BS_MVN_ARGS -Dsite.failOnBrokenLinks=false"
for tool in "${TOOLS[@]}"; do
  base=${tool%%+*}; x=; [[ $tool == *+* ]] && x=${tool#*+}
  case $base in
    hugo-norelated)
      v=$DATA/hugo-norelated-$N; rm -rf "$v"; mkdir -p "$v"
      cp -r "$CORPUS/hugo/config.yaml" "$CORPUS/hugo/layouts" "$v/"
      ln -s "$CORPUS/hugo/content" "$v/content"
      sed -i '/\$related/d' "$v/layouts/_default/single.html" ;;
    jbake)
      need_jbake_cp
      cp "$PEERS/templates/jbake/templates/related.ftl" "$CORPUS/jbake/templates/related.ftl" ;;
    broadsheet-mvn)
      jc=$(var JVMCONFIG "$x" "${MVN_JVM_CONFIG-@source}")
      mvn_project "$DATA/mvnproj-$N${tool#broadsheet-mvn}" "$DATA/out-$tool-$N" "$jc"
      # One untimed build first, as a user's first build: it makes the build JVM's class-data archive.
      command_for "$tool" "$DATA/out-$tool-$N"
      env "${ENVS[@]}" "${CMD[@]}" >"$DATA/logs/$tool-$N-first.log" 2>&1 || true ;;
  esac
done

declare -A RESULTS STATUS
for tool in "${TOOLS[@]}"; do RESULTS[$tool]=; STATUS[$tool]=ok; done
for r in $(seq 1 "$RUNS"); do
  for tool in "${TOOLS[@]}"; do
    [ "${STATUS[$tool]}" = ok ] || continue
    out=$DATA/out-$tool-$N
    rm -rf "$out" "$CORPUS/hugo/resources" "$CORPUS/jbake/cache"
    # a cold build every time: the plugin's Markdown cache (target/broadsheet-cache) goes too
    x=; [[ $tool == *+* ]] && x=${tool#*+}
    # (the forked build JVM's class-data archive, target/broadsheet-jvm, is kept: it is made once per plugin
    # version and JDK, like the JDK's own archive, and the untimed first build above made it)
    if [[ $tool == broadsheet-mvn* ]] && { [ -z "$x" ] || [ "$(var KEEP "$x")" != 1 ]; }; then
      find "$DATA/mvnproj-$N${tool#broadsheet-mvn}/target" -mindepth 1 -maxdepth 1 ! -name broadsheet-jvm \
        ! -name broadsheet-cache -exec rm -rf {} + 2>/dev/null || true
      cache=$DATA/mvnproj-$N${tool#broadsheet-mvn}/target/broadsheet-cache
      if [ -n "$x" ] && [ "$(var IMAGES "$x")" = 1 ]; then
        find "$cache" -mindepth 1 -maxdepth 1 ! -name images -exec rm -rf {} + 2>/dev/null || true
      else
        rm -rf "$cache"
      fi
    fi
    res=$(run_once "$tool" "$out" "$DATA/logs/$tool-$N-run$r.log")
    echo "# $tool N=$N run $r: wall rss_kb user sys other_cpu = $res" >&2
    case $res in
      TIMEOUT|FAIL*) STATUS[$tool]=${res%% *}; tail -5 "$DATA/logs/$tool-$N-run$r.log" >&2 ;;
      *) RESULTS[$tool]+="$res"$'\n'
         rev=-; [[ $tool == broadsheet* ]] && rev=$BS_REV
         printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$tool" "$N" "$r" "${res// /$'\t'}" "$rev" \
           >>"$DATA/logs/runs.tsv" ;;
    esac
  done
done

version_of() {
  case $1 in
    hugo*) hugo version 2>/dev/null | awk '{print $2}' ;;
    jbake*) echo "2.7.0($("$JAVA" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/java-\1/'))" ;;
    broadsheet*) echo "$BS_REV" ;;
  esac
}

printf "%-14s %6s %8s %11s %9s %11s %7s %s\n" tool N wall_s peak_rss_mb pages_out ms_per_page cpu_s runs
for tool in "${TOOLS[@]}"; do
  out=$DATA/out-$tool-$N
  if [ -z "${RESULTS[$tool]}" ]; then
    printf "%-14s %6s %8s %11s %9s %11s %7s %s\n" "$tool" "$N" "${STATUS[$tool]}" - - - - 0
    continue
  fi
  pages=$(find "$out" -name '*.html' | wc -l)
  row=$(printf '%s' "${RESULTS[$tool]}" | python3 -c '
import sys, statistics
rows = [list(map(float, l.split()))[:4] for l in sys.stdin if l.strip()]
rows.sort(key=lambda r: r[0])
med = rows[len(rows) // 2]
wall = statistics.median(r[0] for r in rows)
rss = statistics.median(r[1] for r in rows) / 1024
pages = int(sys.argv[1])
print(f"{wall:.2f} {rss:.0f} {pages} {1000 * wall / max(1, pages):.2f} {med[2] + med[3]:.2f} {len(rows)}")
' "$pages")
  read -r wall rss pg msp cpu nr <<<"$row"
  suffix=; [ "${STATUS[$tool]}" = ok ] || suffix=" (${STATUS[$tool]} after $nr)"
  printf "%-14s %6s %8s %11s %9s %11s %7s %s\n" "$tool" "$N" "$wall" "$rss" "$pg" "$msp" "$cpu" "$nr$suffix"
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$(date -u +%FT%TZ)" "$tool" "$(version_of "$tool")" "$N" "$wall" \
    "$rss" "$pg" "$msp" "$cpu" >>"$DATA/results.tsv"
done
