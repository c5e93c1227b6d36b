#!/usr/bin/env bash
# The cache-miss workload at 1x (bench/cachemiss.lua: a random entity or word per
# request, so no answer cache helps), ours with --no-query-cache vs bare Fuseki
# serving the same triples from memory (`fuseki-server --file data.nt`), side by side in one
# run, CONN clients, SECONDS per cell. Bare Fuseki has no text index and no
# dereference: those two rows are ours only. Writes bench/results/cachemiss-<date>.txt.
# Usage: bench/cachemiss.sh [SECONDS]   (default 10; CONN="1 16 64"; ports 3590-3591)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-10}; CONNS=${CONN:-1 16 64}; OURS=3590; BARE=3591; B=http://localhost:3030
W=$(mktemp -d /tmp/kg-cachemiss.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"' EXIT
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory="$W" >/dev/null
java -jar target/china-ai-kg.jar build --out "$W/dataset" --base "$B/" --store "$W/store" >/dev/null 2>&1
# Entities with a document of their own (a fragment IRI is part of its base's document).
grep -o "<$B/id/[^>#]*>" "$W/dataset/china-ai.nq" | tr -d '<>' | sort -u > "$W/entities.txt"
# The same triples as N-Triples (every quad of every graph), for bare Fuseki's default graph.
java -cp "$W/jena-fuseki-server-5.6.0.jar" arq.sparql --data "$W/dataset/china-ai.nq" --results=nt \
  'CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }' > "$W/dataset/china-ai.nt"
grep -o '"[^"]*"@de' "$W/dataset/china-ai.nq" | tr -c '[:alnum:]\n' '\n' | grep -E '^[[:alpha:]]{6,}$' | sort -u > "$W/words.txt"
java -Xmx1g -jar target/china-ai-kg.jar serve --store "$W/store" --port $OURS --host 127.0.0.1 --no-query-cache > "$W/ours.log" 2>&1 & PIDS+=($!)
(cd "$W" && exec java -Xmx1g -jar jena-fuseki-server-5.6.0.jar --file dataset/china-ai.nt --port $BARE /ds > bare.log 2>&1) & PIDS+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$OURS/health" && curl -s -o /dev/null "http://127.0.0.1:$BARE/ds/query?query=ASK%7B%7D"; do sleep 0.3; done
cell() { # NAME URL KIND LIST PREFIX CONN
  wrk -t"$(( $6 < 2 ? 1 : 2 ))" -c"$6" -d"${DUR}s" --timeout 5s --latency -s bench/cachemiss.lua "$2" -- "$3" "$4" "$5" > "$W/cell.txt"
  awk -v name="$1" -v c="$6" '/Non-2xx/ {f += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) f += $i}
       /Requests\/sec/ {q = $2} / 99%/ {p99 = $2}
       END {printf "%-24s c=%-3s %9s req/s  p99 %-9s failed %d\n", name, c, q, p99, f}' "$W/cell.txt"
}
{
  echo "# bench/cachemiss.sh 1x ($(wc -l < "$W/entities.txt") entities, $(wc -l < "$W/words.txt") words), $DUR s cells, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  for c in $CONNS; do
    # Warm both JVMs once per concurrency on the lookup itself (not counted).
    wrk -t1 -c4 -d3s -s bench/cachemiss.lua "http://127.0.0.1:$OURS" -- lookup "$W/entities.txt" /sparql >/dev/null
    wrk -t1 -c4 -d3s -s bench/cachemiss.lua "http://127.0.0.1:$BARE" -- lookup "$W/entities.txt" /ds/query >/dev/null
    cell "ours lookup (uncached)" "http://127.0.0.1:$OURS" lookup "$W/entities.txt" /sparql "$c"
    cell "bare Fuseki lookup" "http://127.0.0.1:$BARE" lookup "$W/entities.txt" /ds/query "$c"
    cell "ours dereference" "http://127.0.0.1:$OURS" deref "$W/entities.txt" /sparql "$c"
    cell "ours text (uncached)" "http://127.0.0.1:$OURS" text "$W/words.txt" /sparql "$c"
  done
} | tee "bench/results/cachemiss-$(date -u +%Y-%m-%d).txt"
