#!/usr/bin/env bash
# Requests per second and latency of GET /api/v1/contents/{id} and of the search endpoint on
# 100k contents, with wrk, beside pgbench's figures on the same embedded database.
# Needs: the packaged jar (mvn -DskipTests package), wrk and Debian's pgbench (apt-get install wrk
# postgresql-15). Usage: bench/api-bench.sh [warm-up seconds] [measure seconds]
# JAVA_OPTS (default: scripts/jvm.options) are the service's JVM options, SERVICE_JAR what follows them
# (default -jar target/segmint-1.0.0-SNAPSHOT.jar), MALLOC_ARENA_MAX
# (default 2, as in the README) its glibc arenas; with -XX:NativeMemoryTracking=summary the JVM's own
# memory summary is printed after the load. The embedding backfill is off: it would embed the 100k
# contents (inserted by SQL) on the same two cores while the load runs; the model is still loaded.
set -euo pipefail
cd "$(dirname "$0")/.."

WARMUP=${1:-60}
MEASURE=${2:-30}
HTTP=18181
DB=54381
DATA=$(mktemp -d /tmp/segmint-bench-XXXX)
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
PSQL="psql -h localhost -p $DB -U postgres -d segmint -qtA"
export PGPASSWORD=

JAVA_OPTS=${JAVA_OPTS:-$(cat scripts/jvm.options)}
MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} SEGMINT_ENGINE_BACKFILL_ENABLED=false SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=$DB \
  java $JAVA_OPTS ${SERVICE_JAR:--jar target/segmint-1.0.0-SNAPSHOT.jar} >"$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 0.5; done

user="bench_$RANDOM"
curl -sf -X POST "localhost:$HTTP/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"correct horse battery\"}" >/dev/null
token=$(curl -sf -X POST "localhost:$HTTP/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"correct horse battery\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
uid=$($PSQL -c "SELECT id FROM segmint.users WHERE username = '$user'")

$PSQL <<SQL
INSERT INTO segmint.content (user_id, title, body, tone, created_at)
SELECT $uid,
       'Post ' || g || ' about ' || (ARRAY['hiring','pricing','kubernetes','storytelling','remote work'])[1 + g % 5],
       'Notes on ' || (ARRAY['observability','onboarding','retention','churn','brand voice'])[1 + g % 5]
         || ' and what we learned shipping it, week ' || g,
       'professional', now() - (g || ' seconds')::interval
FROM generate_series(1, 100000) g;
VACUUM ANALYZE segmint.content;
SQL
id=$($PSQL -c "SELECT max(id) FROM segmint.content WHERE user_id = $uid")

cat >"$DATA/rls.sql" <<SQL
\set cid random(1, $id)
BEGIN;
SELECT set_config('app.user_id', '$uid', true), set_config('app.role', 'creator', true);
SELECT id, title, body, tone, version FROM segmint.content WHERE id = :cid AND deleted_at IS NULL;
COMMIT;
SQL
$PSQL -c "CREATE DATABASE pgbench" >/dev/null
$PGBENCH -h localhost -p $DB -U postgres -i -s 10 -q pgbench >/dev/null 2>&1

run_wrk() { wrk -t2 -c16 -d"$2"s --latency -H "Authorization: Bearer $token" "$1"; }
echo "== warm-up ${WARMUP}s"
run_wrk "http://localhost:$HTTP/api/v1/contents/$id" "$WARMUP" >/dev/null
run_wrk "http://localhost:$HTTP/api/v1/contents/search?q=kubernetes%20retention" "$((WARMUP / 2))" >/dev/null
echo "== GET /api/v1/contents/{id}"
run_wrk "http://localhost:$HTTP/api/v1/contents/$id" "$MEASURE" | grep -E "Requests/sec|99%|50%"
echo "== GET /api/v1/contents/search?q=kubernetes retention"
run_wrk "http://localhost:$HTTP/api/v1/contents/search?q=kubernetes%20retention" "$MEASURE" | grep -E "Requests/sec|99%|50%"
echo "== pgbench -S (select only, 16 clients)"
$PGBENCH -h localhost -p $DB -U postgres -S -c 16 -j 2 -T "$MEASURE" pgbench 2>/dev/null | grep -E "^tps|latency average"
echo "== pgbench RLS-shaped transaction as segmint_app (BEGIN; set_config; SELECT by id; COMMIT)"
$PGBENCH -h localhost -p $DB -U segmint_app -n -f "$DATA/rls.sql" -c 16 -j 2 -T "$MEASURE" segmint 2>/dev/null | grep -E "^tps|latency average"
echo "== service RSS after load: $(( $(ps -o rss= -p $SERVICE) / 1024 )) MiB" \
  "($(grep -E 'RssAnon|RssFile' /proc/$SERVICE/status | tr -s ' \n' ' '))"
if [[ "$JAVA_OPTS" == *NativeMemoryTracking* ]]; then
  jcmd $SERVICE VM.native_memory summary | grep -E "committed=" | grep -E "^(Total|-)" | head -20
fi
