#!/usr/bin/env bash
# Idea engine figures (docs/benchmarks.md): p50/p95 of 10 built-in ideas for a creator with 500
# past contents, embeddings per second, ranking quality on the test fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.segmint.bench.IdeaBenchmark 2>&1 | grep -E '^(model|embeddings|10 built-in|first request|pairwise|  )'
