#!/usr/bin/env bash
# Soak: 64 concurrent clients for 60 s on the query and dereference mix against
# this server (loopback only; stops by itself). Reports non-2xx, socket errors,
# p99, and the server's heap (jcmd GC.heap_info) and RSS before and after.
# With --hostile, bench/hostile.py runs beside the mix for the same time:
# 16 slow-body clients and 8 expression bombs; the summary line counts the
# failed normal requests (non-2xx and socket errors, timeouts at wrk's 2 s
# included) and gives their p99.
# Usage: bench/soak.sh [--hostile] [SECONDS] [CONNECTIONS]   (default 60 64; PORT=3095;
#        SLOW=16 BOMBS=8 set the hostile clients of each kind, to tell their effects apart)
set -euo pipefail
cd "$(dirname "$0")/.."
HOSTILE=0; if [ "${1:-}" = --hostile ]; then HOSTILE=1; shift; fi
DURATION=${1:-60}; CONN=${2:-64}; PORT=${PORT:-3095}; B=http://localhost:3030
command -v wrk >/dev/null || { echo "soak: wrk missing: apt-get install -y wrk" >&2; exit 2; }
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
W=$(mktemp -d /tmp/kg-soak.XXXXXX)
java -Xmx1g -jar target/china-ai-kg.jar serve --port $PORT --base $B/ > "$W/serve.log" 2>&1 & PID=$!
HPID=
trap 'kill $PID $HPID 2>/dev/null || true; rm -rf "$W"' EXIT
until curl -s -o /dev/null "http://localhost:$PORT/sparql?query=ASK%7B%7D"; do sleep 0.2; done
bench/mixfile.sh "$B" > "$W/mix.txt"
mem() { echo "rss_mb=$(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$PID/status) $(jcmd $PID GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") print "heap_used=" $(i + 1)}' | tr -d ',')"; }
echo "before: $(mem)"
if [ $HOSTILE = 1 ]; then python3 bench/hostile.py "$PORT" "$DURATION" "${SLOW:-16}" "${BOMBS:-8}" > "$W/hostile.txt" 2>&1 & HPID=$!; fi
wrk -t2 -c"$CONN" -d"${DURATION}s" --latency -s bench/mix.lua "http://localhost:$PORT" -- "$W/mix.txt" | tee "$W/wrk.txt"
echo "after:  $(mem)"
if [ $HOSTILE = 1 ]; then wait $HPID || true; HPID=; cat "$W/hostile.txt"; fi
awk '/requests in/ {n = $1} /Non-2xx/ {f += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) f += $i}
     / 99%/ {p = $2} END {printf "normal requests: %d, failed: %d (non-2xx and socket errors), p99 %s\n", n, f, p}' "$W/wrk.txt"
echo "peak_rss_mb=$(awk '/VmHWM/ {printf "%d", $2/1024}' /proc/$PID/status)"
