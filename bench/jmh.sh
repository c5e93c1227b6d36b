#!/usr/bin/env bash
# JMH microbenchmarks of our own hot code (quote location, mapping, entity
# document, page rendering). Writes bench/results/jmh-<date>.txt.
# Usage: bench/jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3 or a benchmark name regex]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p bench/results
OUT=bench/results/jmh-$(date -u +%Y-%m-%d).txt
{
  echo "# JMH, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
  java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@" HotPathBenchmark
} 2>&1 | tee "$OUT"
