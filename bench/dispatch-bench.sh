#!/usr/bin/env bash
# Dispatch throughput (claim -> X stub call -> posted, posts/s) with 1, 2 and 4 dispatcher threads,
# beside a raw pgbench claim-and-update loop doing the same FOR UPDATE SKIP LOCKED (the database's
# ceiling), and the claim query's latency with 10 million rows across 24 monthly partitions.
# Needs: the packaged jar (mvn -DskipTests package), Debian's pgbench (apt-get install
# postgresql-15) and the WireMock standalone jar in ~/.m2 (a test dependency).
# The embedding backfill is off: it would embed the bench's contents (inserted by SQL) at each
# restart, on the same two cores.
# Each thread count gets a fresh service, an untimed warm-up of as many posts, then the timed run,
# with the CPU each process (service, PostgreSQL, stub) spent per post. The raw loop runs in
# both the simple and the prepared protocol (pgbench -M).
# Usage: bench/dispatch-bench.sh [posts per run] [rows for the latency test]
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS=${1:-20000}
ROWS=${2:-10000000}
HTTP=18281
DB=54481
STUB=18282
DATA=$(mktemp -d /tmp/segmint-dispatch-bench-XXXX)
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
PSQL="psql -h localhost -p $DB -U postgres -d segmint -qtA"
WIREMOCK=~/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar
export PGPASSWORD=
SERVICE=
cleanup() {
  if [ -n "$SERVICE" ]; then kill "$SERVICE" 2>/dev/null || true; fi
  kill "$STUB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$DATA"
}

java -Xmx256m -jar "$WIREMOCK" --port $STUB --no-request-journal --disable-banner \
  >"$DATA/stub.log" 2>&1 &
STUB_PID=$!
trap cleanup EXIT
until curl -sf "localhost:$STUB/__admin/mappings" >/dev/null; do sleep 0.5; done
curl -sf -X POST "localhost:$STUB/__admin/mappings" -H 'Content-Type: application/json' -d '{
  "request": {"method": "POST", "url": "/2/tweets"},
  "response": {"status": 201, "headers": {"Content-Type": "application/json"},
               "body": "{\"data\":{\"id\":\"1860000000000000000\",\"text\":\"ok\"}}"}}' >/dev/null

start_service() { # threads
  SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=$DB \
    SEGMINT_DISPATCHER_THREADS=$1 SEGMINT_ENGINE_BACKFILL_ENABLED=false \
    java -Xmx512m -jar target/segmint-1.0.0-SNAPSHOT.jar \
    --segmint.platforms.x.base-url=http://localhost:$STUB \
    --segmint.dispatcher.batch-size=20 --segmint.dispatcher.poll-interval=100ms \
    >>"$DATA/service.log" 2>&1 &
  SERVICE=$!
  until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 0.5; done
}
# CPU seconds a process and its children (live, and reaped) have used so far.
cpu_seconds() { # pid
  local ticks=0 pid
  for pid in $1 $(pgrep -P "$1" || true); do
    if [ -r "/proc/$pid/stat" ]; then
      ticks=$((ticks + $(sed -E 's/^.*\) //' "/proc/$pid/stat" | awk '{print $12 + $13 + $14 + $15}')))
    fi
  done
  echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}
postmaster() { head -1 "$(find "$DATA" -name postmaster.pid | head -1)"; }
stop_service() { kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true; SERVICE=; }

start_service 1
user="bench_$RANDOM"
curl -sf -X POST "localhost:$HTTP/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"correct horse battery\"}" >/dev/null
token=$(curl -sf -X POST "localhost:$HTTP/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"correct horse battery\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
curl -sf -X POST "localhost:$HTTP/api/v1/social-profiles" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d "{\"platform\":\"Twitter\",\"handle\":\"bench\",\"accessToken\":\"bench-token\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}" >/dev/null
uid=$($PSQL -c "SELECT id FROM segmint.users WHERE username = '$user'")
profile=$($PSQL -c "SELECT id FROM segmint.social_profile WHERE user_id = $uid")

# Posts due now, one content each (a content has one post per platform), inserted in one commit.
due_posts() { # count
  $PSQL <<SQL >/dev/null
BEGIN;
SELECT set_config('app.role', 'system', true);
CREATE TEMP TABLE new_content ON COMMIT DROP AS
  WITH c AS (INSERT INTO segmint.content (user_id, title, body, tone)
             SELECT $uid, 'Bench ' || g, 'Bench post ' || g || ' ' || gen_random_uuid(), 'casual'
             FROM generate_series(1, $1) g RETURNING id)
  SELECT id FROM c;
INSERT INTO segmint.platform_post (content_id, platform_id, social_profile_id, scheduled_time, status)
SELECT c.id, p.id, $profile, now() - interval '1 second', 'scheduled'
FROM new_content c, segmint.platform p WHERE p.code = 'Twitter';
COMMIT;
SQL
}

# Until every post is settled (none scheduled or publishing).
drain() {
  while [ "$($PSQL -c "SELECT count(*) FROM segmint.platform_post WHERE status IN ('scheduled', 'publishing')")" != 0 ]; do
    sleep 0.2
  done
}

for threads in 1 2 4; do
  [ -z "$SERVICE" ] && start_service "$threads"
  due_posts "$POSTS" # a warm-up, untimed: the JIT compiles the hot paths
  drain
  due_posts "$POSTS"
  cpu_before=("$(cpu_seconds "$SERVICE")" "$(cpu_seconds "$(postmaster)")" "$(cpu_seconds "$STUB_PID")")
  started=$(date +%s.%N)
  drain
  elapsed=$(echo "$(date +%s.%N) - $started" | bc)
  echo "== dispatcher, $threads thread(s): $POSTS posts in ${elapsed}s = $(echo "$POSTS / $elapsed" | bc) posts/s"
  cpu_after=("$(cpu_seconds "$SERVICE")" "$(cpu_seconds "$(postmaster)")" "$(cpu_seconds "$STUB_PID")")
  echo "   CPU ms per post: service $(echo "(${cpu_after[0]} - ${cpu_before[0]}) * 1000 / $POSTS" | bc -l | xargs printf %.2f)," \
    "PostgreSQL $(echo "(${cpu_after[1]} - ${cpu_before[1]}) * 1000 / $POSTS" | bc -l | xargs printf %.2f)," \
    "stub $(echo "(${cpu_after[2]} - ${cpu_before[2]}) * 1000 / $POSTS" | bc -l | xargs printf %.2f)"
  $PSQL -c "SELECT status, count(*) FROM segmint.platform_post GROUP BY status ORDER BY status"
  stop_service
done

# The database's ceiling: the same claim, then the posted update, in one statement per batch.
cat >"$DATA/claim.sql" <<'SQL'
BEGIN;
SELECT set_config('app.role', 'system', true);
WITH due AS (
    SELECT id, created_at FROM segmint.platform_post
    WHERE status = 'scheduled' AND scheduled_time <= now()
      AND (next_attempt_at IS NULL OR next_attempt_at <= now())
    ORDER BY scheduled_time LIMIT 20 FOR UPDATE SKIP LOCKED)
UPDATE segmint.platform_post p
SET status = 'posted', attempts = p.attempts + 1, posted_at = now(), remote_id = 'r'
FROM due WHERE p.id = due.id AND p.created_at = due.created_at;
COMMIT;
SQL
start_service 0 # keeps the embedded database up; the dispatcher has no threads
due_posts 200000
for mode in simple prepared; do
  for clients in 1 2 4; do
    $PGBENCH -h localhost -p $DB -U segmint_app -n -M $mode -f "$DATA/claim.sql" -c $clients \
      -j $clients -t $((1500 / clients)) segmint 2>/dev/null \
      | awk -v c=$clients -v m=$mode '/^tps/ {printf "== pgbench claim-and-update (%s protocol), %d client(s): %.0f rows/s\n", m, c, $3 * 20}'
  done
done

# The claim's latency over ROWS rows in 24 past monthly partitions (1 % still scheduled), loaded
# with triggers off (no audit rows), then timed inside a rolled-back transaction (prepared protocol,
# as the service sends it).
$PSQL <<SQL >/dev/null
SELECT segmint.create_platform_post_partition((date_trunc('month', now()) - make_interval(months => m))::date)
FROM generate_series(1, 24) m;
SET session_replication_role = replica;
INSERT INTO segmint.platform_post (content_id, platform_id, social_profile_id, scheduled_time,
                                   status, created_at, posted_at)
SELECT (SELECT min(id) FROM segmint.content), (SELECT id FROM segmint.platform WHERE code = 'Twitter'),
       $profile, t + interval '1 day', CASE WHEN g % 100 = 0 THEN 'scheduled' ELSE 'posted' END::segmint.post_status,
       t, t + interval '1 day'
FROM generate_series(1, $ROWS) g,
     LATERAL (SELECT date_trunc('month', now()) - make_interval(months => 24)
                     + (g::double precision / $ROWS) * interval '720 days' AS t) times;
ANALYZE segmint.platform_post;
SQL
sed -e 's/^COMMIT;/ROLLBACK;/' "$DATA/claim.sql" >"$DATA/claim-latency.sql"
echo "== claim latency, $ROWS rows in $($PSQL -c "SELECT count(*) FROM pg_inherits WHERE inhparent = 'segmint.platform_post'::regclass") partitions"
$PGBENCH -h localhost -p $DB -U segmint_app -n -M prepared -f "$DATA/claim-latency.sql" -c 1 -T 20 segmint 2>/dev/null \
  | grep -E "latency average|^tps"
