#!/usr/bin/env bash
# The search of GET /api/v1/contents/search as pgbench scripts (as segmint_app, acting for a
# caller), the SQL ContentSearch sends (content_search_page, content/0623) ranking every match
# ("every", as search did before 0605) against ranking the newest 300 ("newest", what it does
# now), both on the same data in one run; then the endpoint with wrk.
# Data: N contents of the admin (the first user, default 100,000) and 1,000 of a creator; a fifth of
# each matches the common query "kubernetes retention", 2% the middling "launch", 0.5% "webinar",
# and one row of each the rare query "4242".
# Prints tps and p50/p95 per transaction (from pgbench's per-transaction log). pgbench sends the
# statements prepared (-M prepared), as the service's JDBC driver does from a statement's fifth use
# on a connection, so that the statements around the function are not planned again each time
# (their row-level security policies cost about 1 ms of planning); the function plans its own
# statements on every call either way.
# The service runs with the README's JVM options (scripts/jvm.options) and without the embedding backfill (it would
# embed the seeded contents on the same two cores during the run).
# Needs: the packaged jar, wrk, Debian's pgbench.
# Usage: bench/search-bench.sh [seconds] [clients] [admin contents]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-20}
CLIENTS=${2:-4}
ADMIN_CONTENTS=${3:-100000}
HTTP=18183
DB=54383
DATA=$(mktemp -d /tmp/segmint-search-XXXX)
PSQL="psql -h localhost -p $DB -U postgres -d segmint -qtA"
export PGPASSWORD=

read -r -a JVM_OPTIONS <scripts/jvm.options
MALLOC_ARENA_MAX=2 SEGMINT_ENGINE_BACKFILL_ENABLED=false SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP \
  SEGMINT_EMBEDDED_DB_PORT=$DB java "${JVM_OPTIONS[@]}" \
  -jar target/segmint-1.0.0-SNAPSHOT.jar >"$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 0.5; done

user_with_contents() { # name, count: registers, seeds, prints "id token"
  curl -sf -X POST "localhost:$HTTP/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"correct horse battery\"}" >/dev/null
  local id token
  id=$($PSQL -c "SELECT id FROM segmint.users WHERE username = '$1'")
  $PSQL -c "INSERT INTO segmint.content (user_id, title, body, tone, created_at)
    SELECT $id, 'Post ' || g || ' about ' || (ARRAY['hiring','pricing','kubernetes','storytelling','remote work'])[1 + g % 5]
        || CASE WHEN g % 50 = 3 THEN ' launch' ELSE '' END || CASE WHEN g % 200 = 7 THEN ' webinar' ELSE '' END,
      'Notes on ' || (ARRAY['observability','onboarding','retention','churn','brand voice'])[1 + g % 5]
        || ' and what we learned shipping it, week ' || g, 'professional', now() - (g || ' seconds')::interval
    FROM generate_series(1, $2) g" >/dev/null
  token=$(curl -sf -X POST "localhost:$HTTP/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"correct horse battery\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  echo "$id $token"
}
started=$(date +%s)
read -r admin admin_token < <(user_with_contents "admin_$RANDOM" "$ADMIN_CONTENTS")
read -r creator creator_token < <(user_with_contents "creator_$RANDOM" 1000)
$PSQL -c "VACUUM ANALYZE segmint.content" >/dev/null
echo "== seeded $((ADMIN_CONTENTS + 1000)) contents in $(($(date +%s) - started)) s"

HEADLINE="'StartSel=<mark>, StopSel=</mark>, MaxFragments=2'"
script() { # file, user id, role, search text, how many of the newest matches to rank
  local q="websearch_to_tsquery('english', '$4')"
  cat >"$DATA/$1.sql" <<SQL
BEGIN;
SELECT set_config('app.user_id', '$2', true), set_config('app.role', '$3', true);
SELECT c.id, c.title, ts_headline('english', c.body, $q, $HEADLINE), p.rank, c.created_at FROM segmint.content_search_page($q, NULL::float8, NULL::timestamptz, NULL::int, 21, $5) p JOIN segmint.content c ON c.id = p.id ORDER BY p.ordinal;
COMMIT;
SQL
}
for q in "kubernetes retention" launch webinar 4242; do
  tag=${q%% *}
  for who in "admin $admin admin" "owner $admin creator" "creator $creator creator"; do
    read -r name id role <<<"$who"
    script "every-$name-$tag" "$id" "$role" "$q" 2147483647
    script "newest-$name-$tag" "$id" "$role" "$q" 300
  done
done

bench() { # script name: tps, p50 and p95 of the whole transaction
  rm -f "$DATA"/log.*
  local tps
  tps=$(/usr/lib/postgresql/15/bin/pgbench -h localhost -p $DB -U segmint_app -n -M prepared -f "$DATA/$1.sql" \
    -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -l --log-prefix="$DATA/log" segmint 2>/dev/null |
    sed -nE 's/^tps = ([0-9.]+).*/\1/p')
  cat "$DATA"/log.* | awk '{print $3}' | sort -n | awk -v name="$1" -v tps="$tps" \
    -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '{v[NR] = $1} END {
      printf "%-28s %8.1f tps  p50 %8.2f ms  p95 %8.2f ms  (%d transactions, load %s)\n",
        name, tps, v[int(NR * 0.50)] / 1000, v[int(NR * 0.95)] / 1000, NR, load }'
}
echo "== pgbench -M prepared -c $CLIENTS -j 2 -T $SECONDS_EACH as segmint_app; admin = every row, owner = the admin's user as a creator (owns ~99%), creator = 1,000 rows"
for tag in kubernetes launch webinar 4242; do
  for who in admin owner creator; do
    bench "every-$who-$tag"
    bench "newest-$who-$tag"
  done
done

THREADS=$((CLIENTS < 2 ? CLIENTS : 2)) # wrk wants at least one connection a thread
for q in "kubernetes%20retention" launch webinar 4242; do
  for who in admin creator; do
    token_var="${who}_token"
    echo "== GET search?q=$q as the $who, wrk -t$THREADS -c$CLIENTS -d${SECONDS_EACH}s (load $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk -t"$THREADS" -c"$CLIENTS" -d"$SECONDS_EACH"s --timeout 30s --latency \
      -H "Authorization: Bearer ${!token_var}" "http://localhost:$HTTP/api/v1/contents/search?q=$q" |
      grep -E "Requests/sec|50%|90%|99%"
  done
done
