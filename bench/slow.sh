#!/usr/bin/env bash
# How many slow queries may run at once before cheap ones suffer: N clients
# each send a query that runs until the timeout (a three-way cartesian count,
# by POST so the answer cache cannot help), while one client times a cheap
# lookup 20 times. Prints, per N, the cheap query's median and max latency and
# what the slow ones got: 503 at the timeout, or 503 after 1 s when the cap on
# slow queries (--max-slow-queries, two per core by default) is reached.
# Usage: bench/slow.sh [N...]   (default 0 2 4 8 16 32)
set -euo pipefail
cd "$(dirname "$0")/.."
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(0 2 4 8 16 32)
PORT=3098; TIMEOUT_MS=5000; B=http://localhost:3030
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
W=$(mktemp -d /tmp/kg-slow.XXXXXX)
java -Xmx1g -jar target/china-ai-kg.jar serve --port $PORT --base $B/ --query-timeout $TIMEOUT_MS > "$W/serve.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$W"' EXIT
until curl -s -o /dev/null "http://localhost:$PORT/sparql?query=ASK%7B%7D"; do sleep 0.2; done
SLOW='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
CHEAP="SELECT ?p ?o WHERE { <$B/id/deepseek> ?p ?o }"
echo "# $(date -u +%Y-%m-%d), $(nproc) cores, query timeout $TIMEOUT_MS ms"
echo "| slow queries at once | cheap lookup median ms | cheap lookup max ms | slow answers |"
echo "|---|---|---|---|"
for N in "${NS[@]}"; do
  SLOW_PIDS=()
  for i in $(seq 1 "$N"); do
    ( code=$(curl -s -o "$W/body-$N-$i" -w '%{http_code}' "http://localhost:$PORT/sparql" --data-urlencode "query=$SLOW")
      if grep -q 'too many slow queries' "$W/body-$N-$i"; then why=capped
      elif grep -q 'timed out' "$W/body-$N-$i"; then why=timeout; else why=other; fi
      echo "$code-$why" > "$W/slow-$N-$i" ) &
    SLOW_PIDS+=($!)
  done
  sleep 1
  for i in $(seq 1 20); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT/sparql" --data-urlencode "query=$CHEAP" -H 'Accept: application/sparql-results+json'
    sleep 0.1
  done | awk '{printf "%.1f\n", $1*1000}' | sort -n > "$W/cheap-$N"
  for p in "${SLOW_PIDS[@]}"; do wait "$p"; done
  med=$(awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}' "$W/cheap-$N"); max=$(tail -1 "$W/cheap-$N")
  slow=$( [ "$N" -gt 0 ] && cat "$W"/slow-$N-* | sort | uniq -c | awk '{printf "%s x %s ", $1, $2}' || echo "-")
  echo "| $N | $med | $max | $slow|"
done
