#!/usr/bin/env bash
# The uncached request path, two builds side by side in one run: each serves its own
# copy of one 1x store with --no-query-cache, and each cell (lookup of a random
# entity, count per class, text search for a random word; bench/cachemiss.lua and
# the count query of bench/mixfile.sh) runs A, B, B, A so that drift of the shared
# machine falls on both. Prints req/s of each and the ratio B/A.
# Usage: bench/uncached.sh JAR_A JAR_B [SECONDS] [CONNS]   (default 10 s, "1 16")
#   PORT=N     the four ports N..N+3 (default 3620)
#   KINDS=...  the workloads (default "lookup count text")
#   FROM=DIR   serve copies of DIR/store (a bigger corpus, e.g. from KEEP=DIR bench/scale.sh 100) instead of
#              building a 1x store; the entities and words come from its N-Quads dumps DIR/dumps/*.nq
set -euo pipefail
cd "$(dirname "$0")/.."
A=$(realpath "$1"); BJ=$(realpath "$2"); DUR=${3:-10}; CONNS=${4:-1 16}; PA=${PORT:-3620}; PB=$((PA + 2)); KINDS=${KINDS:-lookup count text}
W=$(mktemp -d /tmp/kg-uncached.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"' EXIT
if [ -n "${FROM:-}" ]; then
  BASE=$(sed -n 's/^base=//p' "$FROM/store/STORE-COMPLETE.properties" | sed 's/\\:/:/g; s:/$::')
  cp -r "$FROM/store" "$W/a"; DUMPS=("$FROM"/dumps/*.nq)
else
  BASE=http://localhost:$PA
  (cd "$W" && java -jar "$A" build --out "$W/dataset" --base "$BASE/" --store "$W/a" >/dev/null 2>&1)
  DUMPS=("$W/dataset/china-ai.nq")
fi
cp -r "$W/a" "$W/b"
cat "${DUMPS[@]}" | grep -o "<$BASE/id/[^>#]*>" | tr -d '<>' | sort -u > "$W/entities.txt"
grep -ho '"[^"]*"@de' "${DUMPS[@]}" | tr -c '[:alnum:]\n' '\n' | grep -E '^[[:alpha:]]{6,}$' | sort -u > "$W/words.txt"
[ -s "$W/entities.txt" ] && [ -s "$W/words.txt" ] || { echo "uncached: no entities or words under $BASE" >&2; exit 1; }
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
echo "application/sparql-results+json /sparql?query=$(enc "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")" > "$W/count.mix"
# Each server runs outside the clone, so that each jar uses the configuration bundled in it, not this clone's.
(cd "$W" && exec java -Xmx1g -jar "$A" serve --store "$W/a" --port $PA --host 127.0.0.1 --no-query-cache > "$W/a.log" 2>&1) & PIDS+=($!)
(cd "$W" && exec java -Xmx1g -jar "$BJ" serve --store "$W/b" --port $PB --host 127.0.0.1 --no-query-cache > "$W/b.log" 2>&1) & PIDS+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$PA/health" && curl -s -o /dev/null "http://127.0.0.1:$PB/health"; do
  for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null || { echo "uncached: a server ended:" >&2; cat "$W"/a.log "$W"/b.log >&2; exit 1; }; done
  sleep 0.3
done
args() { # KIND PORT
  case $1 in
    count) echo "-s bench/mix.lua http://127.0.0.1:$2 -- $W/count.mix" ;;
    lookup) echo "-s bench/cachemiss.lua http://127.0.0.1:$2 -- lookup $W/entities.txt /sparql" ;;
    text) echo "-s bench/cachemiss.lua http://127.0.0.1:$2 -- text $W/words.txt /sparql" ;;
  esac
}
cputicks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system CPU of a process, in clock ticks
qps() { # KIND PORT CONN PID: "req/s[!] CPU-ms-per-request" of one cell; the CPU is the server's own
  local t0 t1 out
  t0=$(cputicks "$4")
  out=$(wrk -t"$(( $3 < 2 ? 1 : 2 ))" -c"$3" -d"${DUR}s" --timeout 5s $(args "$1" "$2"))
  t1=$(cputicks "$4")
  echo "$out" | awk -v ticks=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" '/Non-2xx|Socket errors/ {bad = 1}
    /requests in/ {n = $1} /Requests\/sec/ {q = $2}
    END {printf "%s%s %.2f", q, (bad ? "!" : ""), (n > 0 ? ticks * 1000 / hz / n : 0)}'
}
echo "# bench/uncached.sh A=$(basename "$A") B=$(basename "$BJ"), ${FROM:+store $FROM/store, }$DUR s cells ABBA, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ('!': some non-2xx or socket errors)"
echo "# $(uptime)"
echo "# per cell: req/s, and the server's CPU (user + system) per request in ms, which the other processes on the machine disturb less"
PA_PID=${PIDS[0]}; PB_PID=${PIDS[1]}
for k in $KINDS; do
  wrk -t1 -c4 -d10s $(args $k $PA) >/dev/null; wrk -t1 -c4 -d10s $(args $k $PB) >/dev/null
  for c in $CONNS; do
    a1=$(qps $k $PA $c $PA_PID); b1=$(qps $k $PB $c $PB_PID); b2=$(qps $k $PB $c $PB_PID); a2=$(qps $k $PA $c $PA_PID)
    python3 -c 'import sys
k,c=sys.argv[1:3]; a1,a1c,b1,b1c,b2,b2c,a2,a2c=sys.argv[3:]
f=lambda s: float(s.rstrip("!"))
a=(f(a1)+f(a2))/2; b=(f(b1)+f(b2))/2
ac=(f(a1c)+f(a2c))/2; bc=(f(b1c)+f(b2c))/2
print(f"{k:7} c={c:<3} req/s      A {a1:>9} {a2:>9}  B {b1:>9} {b2:>9}  B/A {b/a:5.2f}")
print(f"{k:7} c={c:<3} CPU ms/req A {a1c:>9} {a2c:>9}  B {b1c:>9} {b2c:>9}  B/A {bc/ac:5.2f}")' $k $c $a1 $b1 $b2 $a2
  done
done
echo "# after: $(uptime)"
