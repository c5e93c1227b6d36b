#!/usr/bin/env bash
# Varnish (Debian) in front of two replicas (deploy/replicas.sh; Varnish's backend is
# the HAProxy balancer, which keeps the health checks and retries) on the mixed
# workload of bench/mixfile.sh: CONN clients for SECONDS through Varnish, then the
# same straight to the balancer, side by side in one run; Varnish's hit ratio from
# varnishstat. Varnish keeps what the server marks public (Cache-Control max-age,
# ETag of the release), with the built-in VCL: no rule of ours decides what is cached.
# Writes bench/results/varnish-<date>.txt.
# Usage: bench/varnish.sh [SECONDS]   (default 15; CONN=64, PORT=3550 for the balancer, VPORT=3560)
set -euo pipefail
cd "$(dirname "$0")/.."
DUR=${1:-15}; CONN=${CONN:-64}; PORT=${PORT:-3550}; VPORT=${VPORT:-3560}
command -v varnishd >/dev/null || { echo "varnish: varnishd missing: apt-get install -y varnish" >&2; exit 2; }
W=$(mktemp -d /tmp/kg-varnish.XXXXXX); chmod 755 "$W" # varnishd reads the VCL as its own user
VPID=
trap '[ -n "$VPID" ] && kill "$VPID" 2>/dev/null; deploy/replicas.sh stop; rm -rf "$W"' EXIT
URL=$(deploy/replicas.sh start 2 --port "$PORT" | tail -1)
bench/mixfile.sh "${URL%/}" > "$W/mix.txt"
cat > "$W/default.vcl" <<VCL
vcl 4.1;
backend balancer { .host = "127.0.0.1"; .port = "$PORT"; }
VCL
varnishd -a "127.0.0.1:$VPORT" -f "$W/default.vcl" -n "$W/varnish" -s malloc,256m -P "$W/varnishd.pid" -T 127.0.0.1:0
VPID=$(cat "$W/varnishd.pid")
until curl -s -o /dev/null "http://127.0.0.1:$VPORT/health"; do sleep 0.2; done
run() { # NAME URL
  wrk -t2 -c"$CONN" -d"${DUR}s" --timeout 5s --latency -s bench/mix.lua "$2" -- "$W/mix.txt" > "$W/$1.txt"
  awk -v name="$1" '/requests in/ {n = $1} /Non-2xx/ {f += $NF} /Socket errors/ {for (i = 4; i <= NF; i += 2) f += $i}
       /Requests\/sec/ {q = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2}
       END {printf "%-9s requests %d, failed %d, %s req/s, p50 %s, p99 %s\n", name, n, f, q, p50, p99}' "$W/$1.txt"
}
{
  echo "# bench/varnish.sh $DUR s cells, $CONN connections, 2 replicas, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(varnishd -V 2>&1 | head -1 | cut -d'(' -f2 | cut -d' ' -f1)"
  run varnish "http://127.0.0.1:$VPORT/"
  run balancer "$URL"
  varnishstat -n "$W/varnish" -1 -f MAIN.cache_hit -f MAIN.cache_miss -f MAIN.cache_hitpass -f MAIN.s_pass \
    | awk '{v[$1] = $2} END {h = v["MAIN.cache_hit"]; m = v["MAIN.cache_miss"] + v["MAIN.cache_hitpass"] + v["MAIN.s_pass"];
           printf "varnish: %d hits, %d misses and passes, hit ratio %.4f\n", h, m, h / (h + m)}'
} | tee "bench/results/varnish-$(date -u +%Y-%m-%d).txt"
