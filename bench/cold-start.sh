#!/usr/bin/env bash
# Time from `java -jar` to a healthy service on embedded PostgreSQL: the first start (creates the
# cluster, runs every migration) and later starts on the same data.
# Usage: bench/cold-start.sh [runs] [jar|fast]; `jar` is `java -jar` of the fat jar, `fast` is
# scripts/start.sh (AOT-processed context, extracted jar, CDS archive, scripts/jvm.options; run
# scripts/prepare-fast-start.sh first, or the first run includes it). Each line gives the wall time
# to healthy and the CPU time the JVM used until then: on a shared machine the CPU time moves less
# with the load.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
MODE=${2:-jar}
if [ "$MODE" = fast ]; then
  COMMAND=(scripts/start.sh)
else
  COMMAND=(java -jar target/segmint-1.0.0-SNAPSHOT.jar)
fi
HTTP=18182
DATA=$(mktemp -d /tmp/segmint-cold-XXXX)
trap 'rm -rf "$DATA"' EXIT

for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=54382 \
    "${COMMAND[@]}" >"$DATA/run-$run.log" 2>&1 &
  service=$!
  until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do
    if ! kill -0 $service 2>/dev/null; then
      echo "run $run: the service exited; its log:" >&2
      tail -50 "$DATA/run-$run.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  healthy=$(( ($(date +%s%N) - started) / 1000000 ))
  read -r user system <<<"$(awk '{print $14, $15}' /proc/$service/stat)"
  cpu=$(( (user + system) * 1000 / $(getconf CLK_TCK) ))
  rss=$(( $(ps -o rss= -p $service) / 1024 ))
  kill $service && wait $service || true
  label=$([ "$run" = 1 ] && echo "first start" || echo "later start")
  echo "run $run ($label, $MODE): healthy after $healthy ms, JVM CPU $cpu ms, RSS $rss MiB," \
    "load $(cut -d' ' -f1 /proc/loadavg)"
done
