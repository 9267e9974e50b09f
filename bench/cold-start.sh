#!/usr/bin/env bash
# Time from `java -jar` to a healthy service on embedded PostgreSQL: the first start (creates the
# cluster, runs every migration) and later starts on the same data. Usage: bench/cold-start.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
HTTP=18182
DATA=$(mktemp -d /tmp/segmint-cold-XXXX)
trap 'rm -rf "$DATA"' EXIT

for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=54382 \
    java -jar target/segmint-1.0.0-SNAPSHOT.jar >"$DATA/run-$run.log" 2>&1 &
  service=$!
  until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 0.05; done
  healthy=$(( ($(date +%s%N) - started) / 1000000 ))
  rss=$(( $(ps -o rss= -p $service) / 1024 ))
  kill $service && wait $service || true
  label=$([ "$run" = 1 ] && echo "first start" || echo "later start")
  echo "run $run ($label): healthy after $healthy ms, RSS $rss MiB"
done
