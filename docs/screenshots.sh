#!/bin/sh
# Screenshots for the README, taken from the running server with headless
# Debian chromium (apt install chromium): builds the jar if it is missing,
# starts `serve` on loopback, photographs every page listed in
# docs/screenshots.txt at 1280x800 into docs/img/<name>.png, and stops the
# server. Usage: docs/screenshots.sh [port]   (default 3460)
# With BASE=http://localhost:PORT/ it photographs a server that already runs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
port=${1:-3460}
cd "$root"
command -v chromium >/dev/null || { echo "screenshots.sh: needs Debian's chromium (apt install chromium)" >&2; exit 1; }
log=$(mktemp)
profile=$(mktemp -d)
server=
trap '[ -z "$server" ] || kill $server 2>/dev/null; rm -rf "$log" "$profile"' EXIT

if [ -z "${BASE:-}" ]; then
  [ -f target/china-ai-kg.jar ] || mvn -B -q package -DskipTests
  # The pages link their styles and scripts by the base IRI (localhost), and the
  # Content-Security-Policy allows only that origin: ask for them by the same name.
  base="http://localhost:$port/"
  java -jar target/china-ai-kg.jar serve --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
  server=$!
  i=0
  until grep -q "ready in" "$log"; do
    i=$((i + 1))
    if [ $i -gt 120 ] || ! kill -0 $server 2>/dev/null; then
      echo "screenshots.sh: the server did not start:" >&2; cat "$log" >&2; exit 1
    fi
    sleep 1
  done
else
  base=$BASE
fi

grep -v '^#' docs/screenshots.txt | while read -r name path; do
  [ -n "$name" ] || continue
  page=${path%%#*}
  fragment=$(printf '%s' "$path" | sed -n 's/^[^#]*#//p')
  status=$(curl -s -o "$profile/page.html" -w '%{http_code}' -H 'Accept: text/html' "$base$page")
  if [ "$status" != 200 ]; then
    echo "skipped $name: $base$page answers $status"; continue
  fi
  if [ -n "$fragment" ] && ! grep -q "id=\"$fragment\"" "$profile/page.html"; then
    echo "skipped $name: $base$page has no #$fragment"; continue
  fi
  # The server listens on 127.0.0.1 only; its IRIs say localhost, which may resolve to ::1 first.
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
    --host-resolver-rules="MAP localhost 127.0.0.1" \
    --disable-component-update --disable-sync --user-data-dir="$profile/chromium" --window-size=1280,800 \
    --virtual-time-budget=10000 --screenshot="docs/img/$name.png" "$base$path" >/dev/null 2>&1
  echo "docs/img/$name.png <- $base$path"
done
