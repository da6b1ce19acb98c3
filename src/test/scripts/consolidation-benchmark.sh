#!/usr/bin/env bash
# Consolidation benchmark: generates N returns (once, kept in target/benchmark), then measures the floor
# (POI opening every file and reading every cell on one thread) and the whole consolidation side by side.
#   src/test/scripts/consolidation-benchmark.sh [N...]      (default: 100 2800)
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath >/dev/null
cp="target/classes:target/test-classes:$(cat target/benchmark.classpath)"
for n in "${@:-100 2800}"; do
  for each in $n; do
    java -Xmx1g -cp "$cp" -Djava.util.logging.config.file=src/test/resources/test-logging.properties \
        org.tianbao.consolidate.ConsolidationBenchmark "$each"
  done
done
