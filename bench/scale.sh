#!/usr/bin/env bash
# Scale run: for each factor, a synthetic corpus FACTOR x the seeds is built
# (stage times, peak RSS), written as a persistent store (size of TDB2 and the
# Lucene index), served from the store (start-to-ready) and queried (a small
# mix, median of 20 runs each). The heap a build needs is the largest heap
# still in use after a garbage collection (from -Xlog:gc), an upper bound on
# the live data. Writes bench/results/scale-<date>.md and .tsv.
# A factor above SHARD (default 100) is built in shards of SHARD copies
# (synth --first), each validated by its own build (N-Quads only: --dumps nq), and their dumps loaded
# into one store with `load`: stage times are summed over the shards, peak RSS
# and heap are the largest of any one process.
# Shards are built PAR at a time (default 2, one per core), each JVM with -Xmx$SHARD_HEAP (default 8g).
# KEEP=DIR keeps the store and the N-Quads dumps of the last factor in DIR/store and DIR/dumps
# (for bench/cachemiss.sh --factor N --from DIR).
# The builds and the load run with BATCH_JVM (default: the throughput collector and transparent huge pages, see
# docs/SCALING.md "JVM settings for builds and loads"); BATCH_JVM= runs them with the JVM's defaults.
# Usage: bench/scale.sh [FACTOR...]   (default: 1 10 100; SHARD=100 PAR=2 OVERLAP=0 PORT=3099)
set -euo pipefail
cd "$(dirname "$0")/.."
FACTORS=("$@"); [ ${#FACTORS[@]} -eq 0 ] && FACTORS=(1 10 100)
JAR=${JAR:-target/china-ai-kg.jar}   # JAR=path runs another build of the jar (a copy, safe from a rebuild meanwhile)
[ -f "$JAR" ] || mvn -B -q package -DskipTests
WORK=$(mktemp -d /tmp/kg-scale.XXXXXX)
killtree() { local c; for c in $(pgrep -P "$1"); do killtree "$c"; done; kill "$1" 2>/dev/null || true; }
trap 'for j in $(jobs -p); do killtree "$j"; done; rm -rf "$WORK"' EXIT
mkdir -p bench/results
DATE=$(date -u +%Y-%m-%d)
# A second run on the same day gets its own files rather than overwriting the first one's.
k=1; RUN=""; while [ -e "bench/results/scale-$DATE$RUN.tsv" ]; do k=$((k + 1)); RUN=-run$k; done
TSV=bench/results/scale-$DATE$RUN.tsv
MD=bench/results/scale-$DATE$RUN.md
PORT=${PORT:-3099}; SHARD=${SHARD:-100}; PAR=${PAR:-2}; SHARD_HEAP=${SHARD_HEAP:-8g}; OVERLAP=${OVERLAP:-0}
# Shard JVMs share the cores PAR ways, so each gets that share of garbage-collector threads (not one per core each).
SHARD_GC=-XX:ParallelGCThreads=$(( $(nproc) / PAR > 0 ? $(nproc) / PAR : 1 ))
read -r -a BATCH <<< "${BATCH_JVM--XX:+UseParallelGC -XX:+UseTransparentHugePages}"
echo -e "factor\tquads\tread_ms\tparse_ms\tmap_ms\tontology_ms\tshacl_ms\tstore_ms\tbuild_wall_s\tbuild_peak_rss_mb\theap_after_gc_max_mb\ttdb2_mb\tlucene_mb\tserve_ready_ms\tlookup_ms\ttext_ms\tclaims_ms\tcount_ms\tprov_ms" > "$TSV"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # median milliseconds of 20 POSTs of a query
  for i in $(seq 1 20); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT/sparql" --data-urlencode "query=$1" -H 'Accept: application/sparql-results+json'
  done | awk '{printf "%.1f\n", $1*1000}' | median
}
# The store keeps the canonical base (no copy of the graph for another base); IRIs say :3030.
B=http://localhost:3030
P="PREFIX cai: <$B/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX text: <http://jena.apache.org/text#>"

for F in "${FACTORS[@]}"; do
  echo "== factor $F" >&2
  secs() { awk -F: '{s=0; for (i=1;i<=NF;i++) s=s*60+$i; print s}'; }
  gclive() { grep -o '[0-9]*M->[0-9]*M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1; }
  if [ "$F" -le "$SHARD" ]; then
    java -jar "$JAR" synth --factor "$F" --out "$WORK/p$F" >/dev/null
    /usr/bin/time -v -o "$WORK/time$F" java -Xmx16g ${BATCH[@]+"${BATCH[@]}"} "-Xlog:gc:file=$WORK/gc$F.log" -jar "$JAR" build --project "$WORK/p$F" --out "$WORK/out$F" \
      --store "$WORK/store$F" > "$WORK/build$F.out" 2> "$WORK/build$F.err"
    PROJ=$WORK/p$F
    ms() { grep "^  $1" "$WORK/build$F.err" | grep -v '\.\.\.' | awk '{print $(NF-1)}'; }
    quads=$(grep -o 'build: [0-9]* quads' "$WORK/build$F.out" | awk '{print $2}')
    store_ms=$(grep -o 'in [0-9]* ms' "$WORK/build$F.out" | tail -1 | awk '{print $2}')
    wall=$(grep 'Elapsed (wall' "$WORK/time$F" | awk '{print $NF}' | secs)
    rss=$(grep 'Maximum resident' "$WORK/time$F" | awk '{printf "%d", $NF/1024}')
    # "Pause Young (Normal) (G1 Evacuation Pause) 812M->301M(1024M) 12.3ms": the largest "after" value.
    live=$(gclive "$WORK/gc$F.log")
  else
    [ $((F % SHARD)) -eq 0 ] || { echo "scale: factor $F is not a multiple of SHARD=$SHARD" >&2; exit 2; }
    : > "$WORK/build$F.err"; rss=0; live=0
    shard() { # synth and build shard $1 of factor $2; its stage times go to its own file
      local s=$1 F=$2
      echo "   shard $s: copies $((s * SHARD))..$((s * SHARD + SHARD - 1))" >&2
      java -jar "$JAR" synth --factor "$SHARD" --first $((s * SHARD)) --out "$WORK/p$F-$s" >/dev/null
      /usr/bin/time -v -o "$WORK/time$F-$s" java "-Xmx$SHARD_HEAP" ${BATCH[@]+"${BATCH[@]}"} "$SHARD_GC" "-Xlog:gc:file=$WORK/gc$F-$s.log" -jar "$JAR" build \
        --project "$WORK/p$F-$s" --out "$WORK/out$F-$s" --dumps nq >/dev/null 2> "$WORK/build$F-$s.err"
      rm -rf "$WORK/p$F-$s"
      # With OVERLAP the load reads this shard's dump from its pipe as soon as it has read the ones before.
      if [ "$OVERLAP" = 1 ] && [ -s "$WORK/out$F-$s/china-ai.nq" ]; then
        cat "$WORK/out$F-$s/china-ai.nq" > "$WORK/pipe$F-$s.nq" & echo $! > "$WORK/feeder$F-$s.pid"
      fi
    }
    load() { # the load of all shards' dumps (given as arguments: files, or pipes that shards feed)
      /usr/bin/time -v -o "$WORK/time$F-load" java -Xmx8g ${BATCH[@]+"${BATCH[@]}"} "-Xlog:gc:file=$WORK/gc$F-load.log" -jar "$JAR" \
        load --store "$WORK/store$F" "$@" > "$WORK/load$F.out" 2>> "$WORK/load$F.err"
    }
    stop_load() { # a shard failed: the load would wait on its pipe for ever
      killtree "$LOAD_PID"
      for f in "$WORK"/feeder$F-*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; done; true
    }
    # PAR shards at a time (each its own JVM; the stage times below are summed over shards, the wall time is the
    # time of the whole, shards and load). With OVERLAP=1 the load starts with the shards and reads each shard's
    # dump from a named pipe when that shard is done. On 2 cores that was slower (1000x: 629 s against 611 s
    # loading after the last shard, bench/RESULTS.md): the shards already keep both cores busy, and a third JVM
    # slows them more than it gains; OVERLAP=0 (the default) loads the files after the last shard.
    t0=$(date +%s)
    n=$((F / SHARD)); SHARD_PIDS=(); LOAD_PID=
    if [ "$OVERLAP" = 1 ]; then
      pipes=(); for s in $(seq 0 $((n - 1))); do mkfifo "$WORK/pipe$F-$s.nq"; pipes+=("$WORK/pipe$F-$s.nq"); done
      load "${pipes[@]}" & LOAD_PID=$!
    fi
    running() { local k=0 p; for p in ${SHARD_PIDS[@]+"${SHARD_PIDS[@]}"}; do kill -0 "$p" 2>/dev/null && k=$((k + 1)); done; echo $k; }
    for s in $(seq 0 $((n - 1))); do
      while [ "$(running)" -ge "$PAR" ]; do wait -n || true; done
      shard "$s" "$F" & SHARD_PIDS+=($!)
    done
    wait "${SHARD_PIDS[@]}" || true
    for s in $(seq 0 $((n - 1))); do
      [ -s "$WORK/out$F-$s/china-ai.nq" ] || { echo "scale: shard $s failed:" >&2; cat "$WORK/build$F-$s.err" >&2; [ -z "$LOAD_PID" ] || stop_load; exit 1; }
      cat "$WORK/build$F-$s.err" >> "$WORK/build$F.err"
      r=$(grep 'Maximum resident' "$WORK/time$F-$s" | awk '{printf "%d", $NF/1024}'); [ "$r" -gt "$rss" ] && rss=$r
      l=$(gclive "$WORK/gc$F-$s.log"); [ "${l:-0}" -gt "$live" ] && live=$l
    done
    if [ -n "$LOAD_PID" ]; then
      wait "$LOAD_PID" || { echo "scale: the load failed:" >&2; tail -5 "$WORK/load$F.err" >&2; exit 1; }
    else
      load "$WORK"/out$F-*/china-ai.nq
    fi
    if [ -n "${KEEP:-}" ] && [ "$F" = "${FACTORS[-1]}" ]; then
      rm -rf "$KEEP"; mkdir -p "$KEEP/dumps"
      for s in $(seq 0 $((F / SHARD - 1))); do mv "$WORK/out$F-$s/china-ai.nq" "$KEEP/dumps/shard-$s.nq"; done
    fi
    rm -rf "$WORK"/out$F-*
    PROJ=.
    ms() { grep "^  $1" "$WORK/build$F.err" | grep -v '\.\.\.' | awk '{s+=$(NF-1)} END {print s}'; }
    quads=$(grep -o 'store with [0-9]* quads' "$WORK/load$F.out" | awk '{print $3}')
    store_ms=$(grep -o 'in [0-9]* ms' "$WORK/load$F.out" | awk '{print $2}')
    wall=$(( $(date +%s) - t0 ))
    r=$(grep 'Maximum resident' "$WORK/time$F-load" | awk '{printf "%d", $NF/1024}'); [ "$r" -gt "$rss" ] && rss=$r
    l=$(gclive "$WORK/gc$F-load.log"); [ "${l:-0}" -gt "$live" ] && live=$l
    # Which process set the peaks, for the record.
    for t in "$WORK"/time$F-*; do echo "  $(basename "$t"): peak RSS $(grep 'Maximum resident' "$t" | awk '{printf "%d", $NF/1024}') MB" >&2; done
  fi
  tdb=$(du -sm "$WORK/store$F/tdb2" | cut -f1); lucene=$(du -sm "$WORK/store$F/lucene" | cut -f1)
  t0=$(date +%s%N)
  java -jar "$JAR" serve --project "$PROJ" --store "$WORK/store$F" --port $PORT > "$WORK/serve$F.log" 2>&1 &
  SERVE_PID=$!
  until curl -s -o /dev/null "http://localhost:$PORT/sparql?query=ASK%7B%7D"; do
    # A server that ended (e.g. a JAR older than the clone's fuseki-config) would be waited for for ever.
    kill -0 $SERVE_PID 2>/dev/null || { echo "scale: the server of ${F}x ended; its log:" >&2; tail -5 "$WORK/serve$F.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( ($(date +%s%N) - t0) / 1000000 ))
  lookup=$(timed "$P SELECT ?p ?o WHERE { <$B/id/deepseek> ?p ?o }")
  text=$(timed "$P SELECT ?s WHERE { ?s text:query ('Sanktion' 20) }")
  claims=$(timed "$P SELECT ?c ?q ?f WHERE { ?c cai:claimant <$B/id/jensen-huang> ; cai:statedIn ?x . ?x oa:hasSource/cai:seedFile ?f ; oa:hasSelector/oa:exact ?q }")
  count=$(timed "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
  prov=$(timed "$P SELECT ?g ?x ?f WHERE { GRAPH ?g { <$B/id/baai> cai:foundedBy ?o } GRAPH <$B/graph/provenance> { ?g prov:wasDerivedFrom ?x . ?x oa:hasSource/cai:seedFile ?f } }")
  kill %1; wait %1 2>/dev/null || true
  echo -e "$F\t$quads\t$(ms 'read seeds')\t$(ms 'parse annotations')\t$(ms 'locate quotes')\t$(ms 'add ontology')\t$(ms 'validate')\t$store_ms\t$wall\t$rss\t${live:-0}\t$tdb\t$lucene\t$ready\t$lookup\t$text\t$claims\t$count\t$prov" >> "$TSV"
  if [ -n "${KEEP:-}" ] && [ "$F" = "${FACTORS[-1]}" ]; then
    [ -d "$KEEP/dumps" ] || { mkdir -p "$KEEP/dumps"; cp "$WORK/out$F/china-ai.nq" "$KEEP/dumps/"; }
    rm -rf "$KEEP/store"; mv "$WORK/store$F" "$KEEP/store"
  fi
  rm -rf "$WORK/p$F" "$WORK/out$F" "$WORK/store$F"
done

{
  echo "# Scale run, $DATE"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1). Build with -Xmx16g (shards -Xmx$SHARD_HEAP, load -Xmx8g) and BATCH_JVM=\"${BATCH[*]+${BATCH[*]}}\" (shards also $SHARD_GC; PAR=$PAR, OVERLAP=$OVERLAP); heap_after_gc_max: the largest heap in use after a GC during the build (what it needs at least)."
  echo "Query times: median of 20 sequential requests with curl on loopback, server started from the store."
  echo
  head -1 "$TSV" | tr '\t' '|' | sed 's/^/|/; s/$/|/'
  head -1 "$TSV" | tr '\t' '\n' | sed 's/.*/---/' | paste -sd'|' | sed 's/^/|/; s/$/|/'
  tail -n +2 "$TSV" | tr '\t' '|' | sed 's/^/|/; s/$/|/'
} > "$MD"
cat "$MD"
