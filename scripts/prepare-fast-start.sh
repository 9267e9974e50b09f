#!/usr/bin/env bash
# Prepares the fast start of the packaged service (scripts/start.sh runs it): extracts the jar
# (classes load from plain jars instead of jars nested in the fat jar) and records a class data
# sharing (CDS) archive of the classes an AOT-processed start loads, by one training start on a
# throw-away data directory, with the JVM options of scripts/jvm.options.
# Usage: scripts/prepare-fast-start.sh [destination, default target/fast-start]
# Run it again after every `mvn package` (scripts/start.sh does): an archive of another build is
# ignored (with a warning).
set -euo pipefail
cd "$(dirname "$0")/.."

DEST=${1:-target/fast-start}
JAR=target/segmint-1.0.0-SNAPSHOT.jar
HTTP=${TRAINING_PORT:-18189}
TRAINING=$(mktemp -d /tmp/segmint-training-XXXX)
trap 'rm -rf "$TRAINING"' EXIT
read -r -a JVM_OPTIONS <scripts/jvm.options

rm -rf "$DEST"
java -Djarmode=tools -jar "$JAR" extract --destination "$DEST" >/dev/null
mv "$DEST/$(basename "$JAR")" "$DEST/segmint.jar"

SEGMINT_DATA_DIR=$TRAINING SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=0 \
  SEGMINT_ENGINE_PRELOAD_MODEL=false SEGMINT_ENGINE_BACKFILL_ENABLED=false MALLOC_ARENA_MAX=2 \
  java "${JVM_OPTIONS[@]}" -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$DEST/segmint.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$DEST/segmint.jar" >"$TRAINING/training.log" 2>&1 &
service=$!
until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do
  if ! kill -0 $service 2>/dev/null; then
    cat "$TRAINING/training.log" >&2
    exit 1
  fi
  sleep 0.2
done
curl -sf "localhost:$HTTP/v3/api-docs" >/dev/null
kill $service
wait $service || true
echo "CDS archive: $DEST/segmint.jsa ($(du -h "$DEST/segmint.jsa" | cut -f1))"
