#!/usr/bin/env bash
# Is bench/document.rq our entity document? Builds the 1x store, serves it, loads the same
# N-Quads into a private Virtuoso 7 (bench/virtuoso.sh), and for every entity compares our
# dereference (GET /id/NAME.ttl) with Virtuoso's answer to document.rq for the entity, graph
# for graph (bench/SameDocument.java: isomorphic, blank nodes matched one to one). The
# cache-miss benchmark's `construct` cells (bench/cachemiss.sh) send Virtuoso this query, so
# that it is measured doing the work our dereference does, beside its DESCRIBE.
# Usage: bench/construct-check.sh   (ports 3610-3613; exits 1 when any document differs;
#        KEEP=1 keeps the work folder with both sides' documents and says where)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v virtuoso-t >/dev/null || { echo "construct-check: needs virtuoso-t (apt-get install virtuoso-opensource)" >&2; exit 2; }
OURS=3610; VIRT=3612; VIRT_SQL=3613; B=http://localhost:3030
W=$(mktemp -d /tmp/kg-construct.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; if [ -n "${KEEP:-}" ]; then echo "construct-check: kept $W" >&2; else rm -rf "$W"; fi' EXIT
[ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
java -jar target/china-ai-kg.jar build --out "$W/dumps" --base "$B/" --store "$W/store" >/dev/null 2>&1
java -jar target/china-ai-kg.jar serve --store "$W/store" --port $OURS --host 127.0.0.1 > "$W/ours.log" 2>&1 & PIDS+=($!)
. bench/virtuoso.sh
virtuoso_start "$W" $VIRT $VIRT_SQL "$(cd "$W/dumps" && pwd)" '*.nq'
until curl -s -o /dev/null "http://127.0.0.1:$OURS/health"; do sleep 0.3; done
grep -ho "<$B/id/[^>#]*>" "$W"/dumps/*.nq | tr -d '<>' | sort -u > "$W/entities.txt"
mkdir "$W/ours" "$W/theirs"
while read -r e; do
  name=$(echo "${e#"$B/"}" | tr '/' '_')
  code=$(curl -s -o "$W/ours/$name.ttl" -w '%{http_code}' -H 'Accept: text/turtle' "http://127.0.0.1:$OURS/${e#"$B/"}.ttl")
  # An entity merged into another answers 301 to its successor's document: it has no document of its own.
  if [ "$code" != 200 ]; then rm "$W/ours/$name.ttl"; echo "$code $e" >> "$W/skipped.txt"; continue; fi
  sed -e "s|<ENTITY>|<$e>|g" -e "s|<BASE>|<$B/|g" bench/document.rq > "$W/query.rq"
  curl -sf -H 'Accept: text/turtle' --data-urlencode "query@$W/query.rq" "http://127.0.0.1:$VIRT/sparql" > "$W/theirs/$name.ttl"
done < "$W/entities.txt"
touch "$W/skipped.txt"
echo "construct-check: $(wc -l < "$W/entities.txt") entities, $(wc -l < "$W/skipped.txt") without a document of their own" \
  "($(cut -d' ' -f1 "$W/skipped.txt" | sort | uniq -c | xargs)); ours vs Virtuoso's answer to bench/document.rq"
java -cp target/china-ai-kg.jar bench/SameDocument.java "$W/ours" "$W/theirs"
