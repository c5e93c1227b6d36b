#!/usr/bin/env bash
# HTTP benchmark, side by side in one run: this publication, bare Fuseki 5.6.0
# (the jar as shipped, same quads in TDB2 with the union default graph),
# Virtuoso 7 from Debian (same N-Quads, free-text index on all literals) and a
# ceiling (empty handler and static files on the same Jetty 12). Load: wrk on
# loopback from a separate process, a warm-up, then DURATION seconds measured,
# at each concurrency; for each query and concurrency the servers are measured
# one after another (interleaved, so that a noisy minute hits all of them).
# Records QPS, p50/p90/p99/max, non-2xx, socket errors, server CPU per request
# (from /proc/PID/stat), GC pauses during the cell (the JVMs log with -Xlog:gc)
# and peak RSS (VmHWM). Then a soak: SOAK seconds at 64 clients per server.
# Needs: JDK 17, Maven, wrk, curl, python3 and Virtuoso
# (apt-get install -y wrk curl virtuoso-opensource); without virtuoso-t the
# Virtuoso column is left out.
# Usage: bench/run.sh [DURATION_S] [CONCURRENCY...]   (default: 30 s; 1 4 16 64)
#        SOAK=60 (seconds of the soak at 64 clients per server; 0 skips it)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30}; shift || true
CONC=("$@"); [ ${#CONC[@]} -eq 0 ] && CONC=(1 4 16 64)
SOAK=${SOAK:-60}
command -v wrk >/dev/null || { echo "bench: wrk missing: apt-get install -y wrk" >&2; exit 2; }
mvn -B -q package -DskipTests
W=$(mktemp -d /tmp/kg-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"; }
trap cleanup EXIT
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$W" >/dev/null
BARE_JAR="$W/jena-fuseki-server-5.6.0.jar"

OURS=3091; BARE=3092; CEIL=3093; VIRT=3094; VIRT_SQL=1121; NOCACHE=3096; B=http://localhost:3030
java -jar target/china-ai-kg.jar build --out "$W/dataset" >/dev/null 2>&1
java -cp "$BARE_JAR" tdb2.tdbloader --loc "$W/bare-db" "$W/dataset/china-ai.nq" >/dev/null 2>&1

gclog() { echo "-Xlog:gc:file=$W/gc-$1.log"; }
java -Xmx2g "$(gclog ours)" -jar target/china-ai-kg.jar serve --port $OURS --base $B/ > "$W/ours.log" 2>&1 & PIDS+=($!); OURS_PID=$!
# The same server with every query sent to the engine: what a query costs the first time.
java -Xmx2g "$(gclog uncached)" -jar target/china-ai-kg.jar serve --port $NOCACHE --base $B/ --no-query-cache > "$W/nocache.log" 2>&1 & PIDS+=($!); NOCACHE_PID=$!
# (in its own folder: Fuseki as shipped creates run/ in the current directory)
(cd "$W" && exec java -Xmx2g "$(gclog bare)" -jar "$BARE_JAR" --loc="$W/bare-db" --set tdb:unionDefaultGraph=true --port $BARE /ds > "$W/bare.log" 2>&1) & PIDS+=($!); BARE_PID=$!
wait_up() { until curl -s -o /dev/null "$1"; do sleep 0.2; done; }
VIRT_PID=""
. bench/virtuoso.sh
if command -v virtuoso-t >/dev/null; then virtuoso_start "$W" $VIRT $VIRT_SQL "$W/dataset" china-ai.nq; fi
wait_up "http://localhost:$OURS/sparql?query=ASK%7B%7D"; wait_up "http://localhost:$NOCACHE/sparql?query=ASK%7B%7D"; wait_up "http://localhost:$BARE/ds/query?query=ASK%7B%7D"
mkdir -p "$W/static"
curl -s -o "$W/static/deepseek.html" "http://localhost:$OURS/id/deepseek.html"
curl -s -o "$W/static/deepseek.ttl" "http://localhost:$OURS/id/deepseek.ttl"
java -Xmx1g "$(gclog static)" -cp target/china-ai-kg.jar bench/Ceiling.java $CEIL "$W/static" > "$W/ceil.log" 2>&1 & PIDS+=($!); CEIL_PID=$!
wait_up "http://localhost:$CEIL/static/deepseek.ttl"

P="PREFIX cai: <$B/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX text: <http://jena.apache.org/text#>"
declare -A Q VQ
Q[lookup]="SELECT ?p ?o WHERE { <$B/id/deepseek> ?p ?o }"
Q[text]="$P SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query ('Sanktion' 20) }"
Q[claims]="$P SELECT ?c ?q ?f WHERE { ?c cai:claimant <$B/id/jensen-huang> ; cai:statedIn ?x . ?x oa:hasSource/cai:seedFile ?f ; oa:hasSelector/oa:exact ?q }"
Q[count]="SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"
Q[prov]="$P SELECT ?g ?x ?f WHERE { GRAPH ?g { <$B/id/baai> cai:foundedBy ?o } GRAPH <$B/graph/provenance> { ?g prov:wasDerivedFrom ?x . ?x oa:hasSource/cai:seedFile ?f } }"
# Virtuoso: the same queries; text search with its own free-text index (no stemming, so a prefix wildcard).
VQ[text]="SELECT ?s ?lit WHERE { ?s ?p ?lit . ?lit bif:contains \"'Sanktion*'\" } LIMIT 20"
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }

DATE=$(date -u +%Y-%m-%d)
mkdir -p bench/results/raw
TSV=bench/results/http-$DATE.tsv
echo -e "target\tserver\tconcurrency\tqps\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tnon2xx\tsocket_errors\tcpu_us_per_req\tgc_pauses\tgc_total_ms\tgc_max_ms" > "$TSV"
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /m$/) {sub(/m$/,"",v); v*=60000} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f", v}'; }
declare -A PID_OF=([ours]=$OURS_PID [uncached]=$NOCACHE_PID [bare]=$BARE_PID [static]=$CEIL_PID [virtuoso]=$VIRT_PID)
gc_lines() { [ -f "$W/gc-$1.log" ] && wc -l < "$W/gc-$1.log" || echo 0; }
gc_since() { # server first-line: "count total_ms max_ms" of the pauses logged after that line ("- - -" for Virtuoso)
  [ -f "$W/gc-$1.log" ] || { echo "- - -"; return; }
  tail -n +"$(( $2 + 1 ))" "$W/gc-$1.log" | awk '/Pause/ {v=$NF; sub(/ms$/,"",v); n++; t+=v; if (v>m) m=v} END {printf "%d %.1f %.1f", n, t, m}'
}
cell() { # name server url accept concurrency duration
  local name=$1 server=$2 url=$3 accept=$4 c=$5 d=$6 pid=${PID_OF[$2]}
  local t=$(( c < 2 ? 1 : 2 ))
  wrk -t$t -c$c -d2s -H "Accept: $accept" "$url" >/dev/null 2>&1
  local before; before=$(cpu "$pid"); local g; g=$(gc_lines "$server")
  local raw="bench/results/raw/$DATE-$name-$server-c$c.txt"
  wrk -t$t -c$c -d${d}s --latency -H "Accept: $accept" "$url" > "$raw" 2>&1
  local after; after=$(cpu "$pid")
  local reqs; reqs=$(awk '/requests in/ {print $1}' "$raw")
  local qps; qps=$(awk '/Requests\/sec/ {print $2}' "$raw")
  local pct; pct=$(for k in 50% 90% 99%; do awk -v k=$k '$1==k {print $2}' "$raw" | to_ms; echo -ne "\t"; done)
  local max; max=$(awk '$1=="Latency" && $2!="Distribution" {print $4; exit}' "$raw" | to_ms)
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' "$raw"); non2xx=${non2xx:-0}
  local sock; sock=$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' "$raw"); sock=${sock:-0}
  local cpu_us; cpu_us=$(awk -v a="$after" -v b="$before" -v r="$reqs" 'BEGIN {printf "%.0f", (a-b)*10000/(r>0?r:1)}')
  echo -e "$name\t$server\t$c\t$qps\t$pct$max\t$non2xx\t$sock\t$cpu_us\t$(gc_since "$server" "$g" | tr ' ' '\t')" | tee -a "$TSV" >&2
}
for c in "${CONC[@]}"; do
  for name in lookup text claims count prov; do
    q=$(enc "${Q[$name]}")
    cell "sparql-$name" ours "http://localhost:$OURS/sparql?query=$q" application/sparql-results+json "$c" "$DURATION"
    cell "sparql-$name" uncached "http://localhost:$NOCACHE/sparql?query=$q" application/sparql-results+json "$c" "$DURATION"
    if [ -n "$VIRT_PID" ]; then
      vq=$(enc "${VQ[$name]:-${Q[$name]}}")
      cell "sparql-$name" virtuoso "http://localhost:$VIRT/sparql?query=$vq" application/sparql-results+json "$c" "$DURATION"
    fi
    [ "$name" = text ] && continue   # bare Fuseki as shipped has no text index
    cell "sparql-$name" bare "http://localhost:$BARE/ds/query?query=$q" application/sparql-results+json "$c" "$DURATION"
  done
  cell deref-html ours "http://localhost:$OURS/id/deepseek.html" text/html "$c" "$DURATION"
  cell deref-html static "http://localhost:$CEIL/static/deepseek.html" text/html "$c" "$DURATION"
  cell deref-ttl ours "http://localhost:$OURS/id/deepseek.ttl" text/turtle "$c" "$DURATION"
  cell deref-ttl static "http://localhost:$CEIL/static/deepseek.ttl" text/turtle "$c" "$DURATION"
  cell empty static "http://localhost:$CEIL/empty/" '*/*' "$c" "$DURATION"
done
# The soak: each server in turn, 64 clients for SOAK seconds on the entity lookup (the dereference for the ceiling).
if [ "$SOAK" -gt 0 ]; then
  rss() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
  q=$(enc "${Q[lookup]}")
  for server in ours uncached bare virtuoso static; do
    pid=${PID_OF[$server]}; [ -n "$pid" ] || continue
    case $server in
      ours) url="http://localhost:$OURS/sparql?query=$q";; uncached) url="http://localhost:$NOCACHE/sparql?query=$q";;
      bare) url="http://localhost:$BARE/ds/query?query=$q";; virtuoso) url="http://localhost:$VIRT/sparql?query=$q";;
      static) url="http://localhost:$CEIL/static/deepseek.html";;
    esac
    r0=$(rss "$pid")
    cell soak "$server" "$url" application/sparql-results+json 64 "$SOAK"
    echo -e "$server\t$r0\t$(rss "$pid")" >> "$W/soak-rss.tsv"
  done
  cp "$W/soak-rss.tsv" "bench/results/http-$DATE-soak-rss.tsv"
fi
{
  echo "peak_rss_mb ours $(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$OURS_PID/status)"
  echo "peak_rss_mb uncached $(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$NOCACHE_PID/status)"
  echo "peak_rss_mb bare $(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$BARE_PID/status)"
  [ -n "$VIRT_PID" ] && echo "peak_rss_mb virtuoso $(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$VIRT_PID/status)"
  echo "peak_rss_mb ceiling $(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$CEIL_PID/status)"
} > "bench/results/http-$DATE-rss.txt"
cat "bench/results/http-$DATE-rss.txt"
SOAK=$SOAK python3 bench/table.py "$TSV" "bench/results/http-$DATE-rss.txt" "$DURATION" "bench/results/http-$DATE-soak-rss.tsv" > "bench/results/http-$DATE.md"
cat "bench/results/http-$DATE.md"
