#!/usr/bin/env bash
# Starts the packaged service (`mvn package` first) the fast way: its AOT-processed context, the
# extracted jar and its CDS archive, and the JVM options of scripts/jvm.options. Prepares
# target/fast-start first when it is missing or older than the jar. Arguments go to the service
# (e.g. --server.port=9090); the environment variables are the README's.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/segmint-1.0.0-SNAPSHOT.jar
FAST=target/fast-start
if [ ! -f "$FAST/segmint.jsa" ] || [ "$JAR" -nt "$FAST/segmint.jsa" ]; then
  scripts/prepare-fast-start.sh "$FAST" >&2
fi
read -r -a JVM_OPTIONS <scripts/jvm.options
export MALLOC_ARENA_MAX=2
exec java "${JVM_OPTIONS[@]}" -Dspring.aot.enabled=true -XX:SharedArchiveFile="$FAST/segmint.jsa" \
  -jar "$FAST/segmint.jar" "$@"
