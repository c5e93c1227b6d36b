#!/usr/bin/env bash
# Leave-one-out measurement of `annotate`: each seed is drafted with a registry
# holding only the entities that the other four seeds mention, and the draft is
# compared with the seed's curated annotation in mappings/ (whatever it holds
# now): recall and precision of mentions of known entities, recall of claims
# (a curated claim is found when a drafted claim's quote overlaps one of its
# quotes), whether the claimant matches, and how many of the seed's own new
# entities were proposed. Prints a Markdown table (bench/RESULTS.md keeps one).
# Needs: JDK 17 and Maven. Usage: bench/annotate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q compile
CP_FILE=$(mktemp /tmp/kg-annotate-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null
java -cp "target/classes:$(cat "$CP_FILE")" dev.chinaai.kg.cli.Main annotate-bench --project .
