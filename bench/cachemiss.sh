#!/usr/bin/env bash
# The cache-miss workload (bench/cachemiss.lua: a random entity or word per request, so no
# answer cache helps), ours with --no-query-cache vs Virtuoso 7 (bench/virtuoso.sh, the
# same N-Quads) vs bare Fuseki serving the same triples from memory (`fuseki-server
# --file data.nt`), side by side in one run, CONN clients, SECONDS per cell. Bare Fuseki
# has no text index and none of them but ours has dereference: those rows are ours (and
# Virtuoso's bif:contains for text) only. Beside our dereference Virtuoso answers DESCRIBE
# (about 1 KB) and bench/document.rq, a CONSTRUCT of the same triples as our document
# ("Virtuoso document"; bench/construct-check.sh shows they are the same graph at 1x).
# Writes bench/results/cachemiss-<date>-<N>x.txt.
#   --factor N   the corpus N x the seeds (default 1). Above 1 it needs --from DIR: a
#                store and its dumps that `KEEP=DIR bench/scale.sh N` left (DIR/store,
#                DIR/dumps/*.nq); building 1000x here would take as long as scale.sh.
#   BARE=0       leaves bare Fuseki out (its in-memory dataset needs BARE_HEAP, default 1g: about 4 GB at 100x).
#   KINDS=...    the workloads (default "lookup deref text claims count"); claims is the mix's join (the claims
#                of a random claimant, with quote and article: bench/cachemiss.lua); count is the same count per class on every
#                request (an aggregate over the whole graph; ours has --no-query-cache, but keeps the groups of
#                a count scan per release, server.store.count.CountMemo: after the first request no scan runs)
# Bare Fuseki is run fairly: request logging off (as shipped it writes 3 lines per request),
# the same query and Accept as ours gets, warmed like ours.
# Usage: bench/cachemiss.sh [--factor N --from DIR] [SECONDS]
#        (default 10 s; CONN="1 16 64"; ports 3600-3604; VIRT_BUFFERS for Virtuoso's pages)
set -euo pipefail
cd "$(dirname "$0")/.."
FACTOR=1; FROM=""
while [ $# -gt 0 ]; do
  case $1 in
    --factor) FACTOR=$2; shift 2;; --from) FROM=$2; shift 2;;
    *) break;;
  esac
done
[ "$FACTOR" = 1 ] || [ -f "$FROM/store/STORE-COMPLETE.properties" ] || {
  echo "cachemiss: --factor $FACTOR needs --from DIR with DIR/store and DIR/dumps from KEEP=DIR bench/scale.sh $FACTOR" >&2; exit 2; }
DUR=${1:-10}; CONNS=${CONN:-1 16 64}; OURS=3600; BARE_PORT=3601; VIRT=3602; VIRT_SQL=3603; B=http://localhost:3030
BARE_HEAP=${BARE_HEAP:-1g}
W=$(mktemp -d /tmp/kg-cachemiss.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"' EXIT
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$W" >/dev/null
FUSEKI="$W/jena-fuseki-server-5.6.0.jar"
if [ "$FACTOR" = 1 ]; then
  java -jar target/china-ai-kg.jar build --out "$W/dumps" --base "$B/" --store "$W/store" >/dev/null 2>&1
  STORE=$W/store; DUMPS=$W/dumps
else
  STORE=$FROM/store; DUMPS=$FROM/dumps
fi
# Entities with a document of their own (a fragment IRI is part of its base's document).
cat "$DUMPS"/*.nq | grep -o "<$B/id/[^>#]*>" | tr -d '<>' | sort -u > "$W/entities.txt"
# Claimants: whoever a claim names (the claims cell asks who claimed what, where, for a random one).
grep -ho "<$B/ontology#claimant> <[^>]*>" "$DUMPS"/*.nq | cut -d' ' -f2 | tr -d '<>' | sort -u > "$W/claimants.txt"
grep -ho '"[^"]*"@de' "$DUMPS"/*.nq | tr -c '[:alnum:]\n' '\n' | grep -E '^[[:alpha:]]{6,}$' | sort -u > "$W/words.txt"
if [ "${BARE:-1}" != 0 ]; then
  # The same triples as N-Triples for bare Fuseki's default graph: every quad without its graph name (the
  # graph, a set, keeps each triple once). Every quad of a dump is in a named graph; the check says so.
  n=$(java -cp "$FUSEKI" tdb2.tdbquery --loc "$STORE/tdb2" --results=csv 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' | tail -1 | tr -d '\r')
  [ "$n" = 0 ] || { echo "cachemiss: the store's own default graph holds $n triples; the dumps are not all quads" >&2; exit 1; }
  sed -E 's/ <[^>]*> \.$/ ./' "$DUMPS"/*.nq > "$W/data.nt"
  # Request logging off: as shipped Fuseki writes three INFO lines per request (-q does not change that).
  printf '%s\n' 'status = error' 'appender.console.type = Console' 'appender.console.name = OUT' \
    'appender.console.layout.type = PatternLayout' 'appender.console.layout.pattern = %d %-5p %c{1} %m%n' \
    'rootLogger.level = warn' 'rootLogger.appenderRef.out.ref = OUT' > "$W/log4j2-bare.properties"
  (cd "$W" && exec java "-Xmx$BARE_HEAP" "-Dlog4j.configurationFile=$W/log4j2-bare.properties" -jar "$FUSEKI" \
    --file data.nt --port $BARE_PORT /ds > bare.log 2>&1) & PIDS+=($!)
fi
# Ours starts only now: the check above opens the store, and TDB2 lets one process hold it.
java -Xmx2g -jar target/china-ai-kg.jar serve --store "$STORE" --port $OURS --host 127.0.0.1 --no-query-cache > "$W/ours.log" 2>&1 & OURS_PID=$!; PIDS+=($OURS_PID)
. bench/virtuoso.sh
VIRT_PID=""
t0=$(date +%s)
# Above 1x Virtuoso's database is kept beside the store (DIR/virtuoso), loaded once.
VIRT_HOME=$W; [ "$FACTOR" = 1 ] || VIRT_HOME=$FROM
if command -v virtuoso-t >/dev/null; then virtuoso_start "$VIRT_HOME" $VIRT $VIRT_SQL "$(cd "$DUMPS" && pwd)" '*.nq'; fi
VIRT_LOAD_S=$(( $(date +%s) - t0 ))
until curl -s -o /dev/null "http://127.0.0.1:$OURS/health"; do
  kill -0 "$OURS_PID" 2>/dev/null || { echo "cachemiss: our server ended; its log:" >&2; tail -20 "$W/ours.log" >&2; exit 1; }
  sleep 0.3
done
# Ready is not idle: whatever the start left running (at 1000x the landing page's whole-graph counts, which
# the warm-up asks for and gives up on after 30 s) would otherwise run inside the first cells. Wait until our
# server uses under 5 % of a core for 3 s, at most SETTLE_MAX seconds (default 900), and say how long it took.
ticks() { awk '{print $14 + $15}' "/proc/$OURS_PID/stat"; }
t_settle=$(date +%s)
while [ $(( $(date +%s) - t_settle )) -lt "${SETTLE_MAX:-900}" ]; do
  a=$(ticks); sleep 3; b=$(ticks)
  [ $(( b - a )) -lt 15 ] && break
done
SETTLE_S=$(( $(date +%s) - t_settle ))
[ "${BARE:-1}" = 0 ] || until curl -s -o /dev/null "http://127.0.0.1:$BARE_PORT/ds/query?query=ASK%7B%7D"; do sleep 0.3; done
# A second run on the same day gets its own file rather than overwriting the first one's.
OUT=bench/results/cachemiss-$(date -u +%Y-%m-%d)-${FACTOR}x; k=1; RUN=""
while [ -e "$OUT$RUN.txt" ]; do k=$((k + 1)); RUN=-run$k; done; OUT=$OUT$RUN.txt
summary() { # NAME CONN: one line of req/s, p99 and failed requests from wrk's report in $W/cell.txt
  awk -v name="$1" -v c="$2" '/Non-2xx/ {f += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) f += $i}
       /Requests\/sec/ {q = $2} / 99%/ {p99 = $2}
       END {printf "%-26s c=%-3s %9s req/s  p99 %-9s failed %d\n", name, c, q, p99, f}' "$W/cell.txt"
}
cell() { # NAME URL KIND LIST PREFIX CONN
  wrk -t"$(( $6 < 2 ? 1 : 2 ))" -c"$6" -d"${DUR}s" --timeout 5s --latency -s bench/cachemiss.lua "$2" -- "$3" "$4" "$5" > "$W/cell.txt"
  summary "$1" "$6"
}
# Warm-up, not counted: every server on every workload it serves, WARM seconds (default 15) at 16 clients,
# once before the first cell. A JVM compiles its hot paths in the first seconds: with 3 s of lookups at 4
# clients ours measured 1,115 req/s at one client on a 1x lookup and 3,300-4,000 after that.
warm() { wrk -t2 -c16 -d"${WARM:-15}s" -s bench/cachemiss.lua "$1" -- "$2" "$3" "$4" >/dev/null; }
KINDS=${KINDS:-lookup deref text claims count}
has() { [[ " $KINDS " == *" $1 "* ]]; }
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
COUNT_Q=$(enc "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
countcell() { # NAME URL PATH CONN: the one count-per-class request, again and again (bench/mix.lua)
  echo "application/sparql-results+json $3?query=$COUNT_Q" > "$W/count.mix"
  wrk -t"$(( $4 < 2 ? 1 : 2 ))" -c"$4" -d"${DUR}s" --timeout 10s --latency -s bench/mix.lua "$2" -- "$W/count.mix" > "$W/cell.txt"
  summary "$1" "$4"
}
for k in $KINDS; do
  case $k in
    lookup) warm "http://127.0.0.1:$OURS" lookup "$W/entities.txt" /sparql
            [ -z "$VIRT_PID" ] || warm "http://127.0.0.1:$VIRT" lookup "$W/entities.txt" /sparql
            [ "${BARE:-1}" = 0 ] || warm "http://127.0.0.1:$BARE_PORT" lookup "$W/entities.txt" /ds/query;;
    deref) warm "http://127.0.0.1:$OURS" deref "$W/entities.txt" /sparql
           warm "http://127.0.0.1:$OURS" describe "$W/entities.txt" /sparql
           [ -z "$VIRT_PID" ] || warm "http://127.0.0.1:$VIRT" describe "$W/entities.txt" /sparql
           [ -z "$VIRT_PID" ] || warm "http://127.0.0.1:$VIRT" construct "$W/entities.txt" /sparql;;
    claims) warm "http://127.0.0.1:$OURS" claims "$W/claimants.txt" /sparql
            [ -z "$VIRT_PID" ] || warm "http://127.0.0.1:$VIRT" claims "$W/claimants.txt" /sparql
            [ "${BARE:-1}" = 0 ] || warm "http://127.0.0.1:$BARE_PORT" claims "$W/claimants.txt" /ds/query;;
    text) warm "http://127.0.0.1:$OURS" text "$W/words.txt" /sparql
          [ -z "$VIRT_PID" ] || warm "http://127.0.0.1:$VIRT" vtext "$W/words.txt" /sparql;;
    count) # the count cell's own request (bench/mix.lua)
           DUR=${WARM:-15} countcell warm "http://127.0.0.1:$OURS" /sparql 16 >/dev/null
           [ -z "$VIRT_PID" ] || DUR=${WARM:-15} countcell warm "http://127.0.0.1:$VIRT" /sparql 16 >/dev/null
           [ "${BARE:-1}" = 0 ] || DUR=${WARM:-15} countcell warm "http://127.0.0.1:$BARE_PORT" /ds/query 16 >/dev/null;;
  esac
done
{
  echo "# bench/cachemiss.sh ${FACTOR}x, kinds: $KINDS ($(wc -l < "$W/entities.txt") entities, $(wc -l < "$W/words.txt") words, $(wc -l < "$W/claimants.txt") claimants), $DUR s cells, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, each server warmed ${WARM:-15} s per workload; Virtuoso started (and loaded if not kept) in ${VIRT_LOAD_S} s; ours idle ${SETTLE_S} s after it was ready"
  for c in $CONNS; do
    if has lookup; then
      cell "ours lookup (uncached)" "http://127.0.0.1:$OURS" lookup "$W/entities.txt" /sparql "$c"
      if [ -n "$VIRT_PID" ]; then
        cell "Virtuoso lookup" "http://127.0.0.1:$VIRT" lookup "$W/entities.txt" /sparql "$c"
      fi
      if [ "${BARE:-1}" != 0 ]; then
        cell "bare Fuseki lookup" "http://127.0.0.1:$BARE_PORT" lookup "$W/entities.txt" /ds/query "$c"
      fi
    fi
    if has deref; then
      # Our entity document (8-25 KB at 1000x: statements, neighbours' labels, each statement's excerpt and
      # offsets) beside Virtuoso's DESCRIBE (about 1 KB); our own DESCRIBE is the like-for-like row.
      cell "ours dereference" "http://127.0.0.1:$OURS" deref "$W/entities.txt" /sparql "$c"
      cell "ours describe" "http://127.0.0.1:$OURS" describe "$W/entities.txt" /sparql "$c"
      [ -z "$VIRT_PID" ] || cell "Virtuoso describe" "http://127.0.0.1:$VIRT" describe "$W/entities.txt" /sparql "$c"
      # The triples of our dereference, asked of Virtuoso as one CONSTRUCT (bench/construct-check.sh).
      [ -z "$VIRT_PID" ] || cell "Virtuoso document" "http://127.0.0.1:$VIRT" construct "$W/entities.txt" /sparql "$c"
    fi
    if has text; then
      cell "ours text (uncached)" "http://127.0.0.1:$OURS" text "$W/words.txt" /sparql "$c"
      [ -z "$VIRT_PID" ] || cell "Virtuoso text" "http://127.0.0.1:$VIRT" vtext "$W/words.txt" /sparql "$c"
    fi
    if has claims; then
      cell "ours claims (uncached)" "http://127.0.0.1:$OURS" claims "$W/claimants.txt" /sparql "$c"
      [ -z "$VIRT_PID" ] || cell "Virtuoso claims" "http://127.0.0.1:$VIRT" claims "$W/claimants.txt" /sparql "$c"
      [ "${BARE:-1}" = 0 ] || cell "bare Fuseki claims" "http://127.0.0.1:$BARE_PORT" claims "$W/claimants.txt" /ds/query "$c"
    fi
    if has count; then
      countcell "ours count per class" "http://127.0.0.1:$OURS" /sparql "$c"
      [ -z "$VIRT_PID" ] || countcell "Virtuoso count per class" "http://127.0.0.1:$VIRT" /sparql "$c"
      [ "${BARE:-1}" = 0 ] || countcell "bare Fuseki count per class" "http://127.0.0.1:$BARE_PORT" /ds/query "$c"
    fi
  done
} | tee "$OUT"
