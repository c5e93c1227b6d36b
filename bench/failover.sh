#!/usr/bin/env bash
# Failover and rolling release through HAProxy (deploy/replicas.sh), loopback only:
#   1. steady: CONN clients on the mixed workload (bench/mixfile.sh) for SECONDS;
#   2. kill:   the same, with replica 1 SIGKILLed at a quarter of the run and
#              restarted 2 s later (the p99 of this run is the p99 during the kill);
#   3. roll:   release 1.1 is the project with one registry label changed (an
#              annotation change); a store is built from it, and every replica is
#              replaced by one serving it, one at a time (drained first), while the
#              load runs (4 x SECONDS: a replica takes 15-30 s to restart and warm on
#              a loaded machine).
# The replicas start on release 1.0 of the project (`release 1.0`, then a store
# built from the same graph, which is marked as that release). Every response is
# checked for the release that answered (X-Release): 1.0 or 1.1, never none or another. A failed request is a non-2xx/3xx
# answer or a socket error (connect, read, write, or no answer within 5 s).
# Writes bench/results/failover-<date>.txt.
# Usage: bench/failover.sh [SECONDS]   (default 20; N=2 replicas, CONN=64, PORT=3550)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-20}; CONN=${CONN:-64}; N=${N:-2}; PORT=${PORT:-3550}
command -v wrk >/dev/null || { echo "failover: wrk missing: apt-get install -y wrk" >&2; exit 2; }
W=$(mktemp -d /tmp/kg-failover.XXXXXX)
trap 'deploy/replicas.sh stop; rm -rf "$W"' EXIT
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
# Releases 1.0 (this project) and 1.1 (one label changed), written before any load so that
# the builds do not compete with it.
java -jar target/china-ai-kg.jar release 1.0 --releases "$W/releases" > "$W/release.log" 2>&1
mkdir -p "$W/project"
cp -r seeds mappings ontology shapes fuseki-config "$W/project/"
sed -i 's/label: {en: Zhou Yu, de: Zhou Yu}/label: {en: Zhou Yu (revised), de: Zhou Yu}/' "$W/project/mappings/registry.yaml"
grep -q 'Zhou Yu (revised)' "$W/project/mappings/registry.yaml" || { echo "failover: the label to change is gone from the registry" >&2; exit 2; }
java -jar target/china-ai-kg.jar release 1.1 --project "$W/project" --releases "$W/releases" >> "$W/release.log" 2>&1
URL=$(deploy/replicas.sh start "$N" --port "$PORT" --store "$W/store1" --releases "$W/releases" | tail -1)
bench/mixfile.sh "${URL%/}" > "$W/mix.txt"
release() { sed -n 's/^release=//p' "$1/STORE-COMPLETE.properties"; }
OLD=$(release "$W/store1")
java -jar target/china-ai-kg.jar build --project "$W/project" --out "$W/out" --base "$URL" --store "$W/store2" \
  --releases "$W/releases" > "$W/build.log" 2>&1
NEW=$(release "$W/store2")
[ "$OLD" = 1.0 ] && [ "$NEW" = 1.1 ] || { echo "failover: the stores are $OLD and $NEW, not releases 1.0 and 1.1" >&2; exit 2; }

run() { # NAME SECONDS
  wrk -t2 -c"$CONN" -d"$2s" --timeout 5s --latency -s bench/releases.lua "$URL" -- "$W/mix.txt" "$OLD" "$NEW" > "$W/$1.txt"
  awk -v name="$1" '/requests in/ {n = $1} /Non-2xx/ {f += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) f += $i}
       /Requests\/sec/ {q = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2} /^releases:/ {sub(/^releases: /, ""); r = $0}
       END {printf "%-6s requests %d, failed %d, %s req/s, p50 %s, p99 %s; releases: %s\n", name, n, f, q, p50, p99, r}' "$W/$1.txt"
}
{
  echo "# bench/failover.sh $DUR s cells, $CONN connections, $N replicas, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
  echo "# old release $OLD, new release $NEW"
  run steady "$DUR"
  ( sleep $((DUR / 4)); deploy/replicas.sh kill 1; echo "# $(date -u +%T) replica 1 SIGKILLed" >&2
    sleep 2; deploy/replicas.sh restart 1; echo "# $(date -u +%T) replica 1 healthy again" >&2 ) 2> "$W/kill.log" & K=$!
  run kill "$DUR"
  wait $K; cat "$W/kill.log"
  ( sleep 3; deploy/replicas.sh roll "$W/store2" ) 2> "$W/roll.log" & R=$!
  run roll $((DUR * 4))
  wait $R; grep '^replicas:' "$W/roll.log" | sed 's/^/# /'
  # The rolling run must have ended on the new release everywhere.
  for i in 1 2 3; do curl -s -o /dev/null -D - "${URL}health" | tr -d '\r' | awk 'tolower($1) == "x-release:" {print "# after the roll: " $2}'; done
} | tee "bench/results/failover-$(date -u +%Y-%m-%d).txt"
