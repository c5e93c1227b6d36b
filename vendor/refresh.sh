#!/bin/sh
# Refreshes the vendored front-end files from the npm registry (the only step that
# needs Node/npm; `mvn verify` and the server never do). Each package is pinned by
# version and by the sha512 integrity the registry publishes; a tarball whose
# integrity differs is refused and nothing is replaced.
#
# To move to a new version: change VERSION and INTEGRITY below (from
# `npm view <package>@<version> dist.integrity`), run this script from the
# project root, run `mvn -B verify`, and commit the changed files.
set -eu

YASGUI_VERSION=4.6.2
YASGUI_INTEGRITY=sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw==
AXE_VERSION=4.14.1
AXE_INTEGRITY=sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# fetch <package> <version> <integrity>: unpacks the checked tarball into $work/<version>/package
fetch() {
  mkdir -p "$work/$2"
  (cd "$work/$2" && npm pack --silent "$1@$2" >/dev/null)
  tgz=$(ls "$work/$2"/*.tgz)
  actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [ "$actual" != "$3" ]; then
    echo "vendor/refresh.sh: $1@$2 has integrity $actual, expected $3; nothing replaced" >&2
    exit 1
  fi
  tar xzf "$tgz" -C "$work/$2"
}

fetch @zazuko/yasgui "$YASGUI_VERSION" "$YASGUI_INTEGRITY"
fetch axe-core "$AXE_VERSION" "$AXE_INTEGRITY"

yasgui="$root/src/main/resources/static/vendor/yasgui"
axe="$root/src/test/resources/vendor/axe-core"
mkdir -p "$yasgui" "$axe"
pkg="$work/$YASGUI_VERSION/package"
# The source-map comment is dropped: the map (3.6 MB) is not shipped, and a browser
# with developer tools open would otherwise ask the server for it and get a 404.
sed '/^\/\/# sourceMappingURL=/d' "$pkg/build/yasgui.min.js" > "$yasgui/yasgui.min.js"
sed '/sourceMappingURL=/d' "$pkg/build/yasgui.min.css" > "$yasgui/yasgui.min.css"
cp "$pkg/package.json" "$yasgui/package.json"
echo "@zazuko/yasgui $YASGUI_VERSION $YASGUI_INTEGRITY" > "$yasgui/VERSION"

pkg="$work/$AXE_VERSION/package"
cp "$pkg/axe.min.js" "$pkg/LICENSE" "$pkg/LICENSE-3RD-PARTY.txt" "$axe/"
echo "axe-core $AXE_VERSION $AXE_INTEGRITY" > "$axe/VERSION"
echo "vendored @zazuko/yasgui $YASGUI_VERSION and axe-core $AXE_VERSION"
