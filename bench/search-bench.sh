#!/usr/bin/env bash
# The search query of GET /api/v1/contents/search?q=kubernetes retention as pgbench scripts (as
# segmint_app, acting for a caller, exactly as ContentSearch sends it), before and after
# content/0500 and the caller narrowing, then the endpoint with wrk. Data: 100,000 contents of the
# admin (the first user) and 1,000 of a creator, a fifth of each matching. "Before" puts the old
# content_select policy back (as the superuser) and runs the old SQL (ts_rank_cd, no narrowing).
# Needs: the packaged jar, wrk, Debian's pgbench. Usage: bench/search-bench.sh [seconds] [clients]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-20}
CLIENTS=${2:-4}
HTTP=18183
DB=54383
DATA=$(mktemp -d /tmp/segmint-search-XXXX)
PSQL="psql -h localhost -p $DB -U postgres -d segmint -qtA"
export PGPASSWORD=

SEGMINT_DATA_DIR=$DATA SEGMINT_PORT=$HTTP SEGMINT_EMBEDDED_DB_PORT=$DB \
  java -Xmx512m -jar target/segmint-1.0.0-SNAPSHOT.jar >"$DATA/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf "localhost:$HTTP/actuator/health" >/dev/null; do sleep 0.5; done

user_with_contents() { # name, count: registers, seeds, prints "id token"
  curl -sf -X POST "localhost:$HTTP/api/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"email\":\"$1@example.com\",\"password\":\"correct horse battery\"}" >/dev/null
  local id token
  id=$($PSQL -c "SELECT id FROM segmint.users WHERE username = '$1'")
  $PSQL -c "INSERT INTO segmint.content (user_id, title, body, tone, created_at)
    SELECT $id, 'Post ' || g || ' about ' || (ARRAY['hiring','pricing','kubernetes','storytelling','remote work'])[1 + g % 5],
      'Notes on ' || (ARRAY['observability','onboarding','retention','churn','brand voice'])[1 + g % 5]
        || ' and what we learned shipping it, week ' || g, 'professional', now() - (g || ' seconds')::interval
    FROM generate_series(1, $2) g" >/dev/null
  token=$(curl -sf -X POST "localhost:$HTTP/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"correct horse battery\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  echo "$id $token"
}
read -r admin admin_token < <(user_with_contents "admin_$RANDOM" 100000)
read -r creator creator_token < <(user_with_contents "creator_$RANDOM" 1000)
$PSQL -c "VACUUM ANALYZE segmint.content" >/dev/null

Q="websearch_to_tsquery('english', 'kubernetes retention')"
NARROW="AND (c.user_id = segmint.app_user_id() OR c.id = ANY (ARRAY(SELECT w.content_id
  FROM segmint.approval_workflow w JOIN segmint.team_member t ON t.workflow_id = w.id
  WHERE t.member_id = segmint.app_user_id())))"
script() { # file, user id, role, rank function, extra condition, statement before the search
  cat >"$DATA/$1.sql" <<SQL
BEGIN;
SELECT set_config('app.user_id', '$2', true), set_config('app.role', '$3', true);
$6
SELECT page.id, page.title, ts_headline('english', page.body, $Q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2'), page.rank, page.created_at FROM (SELECT matches.* FROM (SELECT c.id, c.title, c.body, c.created_at, $4(c.search_vector, $Q)::float8 AS rank FROM segmint.content c WHERE c.search_vector @@ $Q AND c.deleted_at IS NULL $5) matches ORDER BY matches.rank DESC, matches.id ASC LIMIT 21) page ORDER BY page.rank DESC, page.id ASC;
COMMIT;
SQL
}
PRIVILEGED="SELECT segmint.is_privileged();"
script before-admin "$admin" admin ts_rank_cd "" ""
script before-creator "$creator" creator ts_rank_cd "" ""
script after-admin "$admin" admin ts_rank "" "$PRIVILEGED"
script after-creator "$creator" creator ts_rank "$NARROW" "$PRIVILEGED"

policy() { # the content_select rule with the caller read per row (before) or per statement (after)
  local me=$1 priv=$2
  $PSQL -c "ALTER POLICY content_select ON segmint.content USING (user_id = $me OR $priv OR EXISTS
    (SELECT 1 FROM segmint.team_member t JOIN segmint.approval_workflow w ON w.id = t.workflow_id
     WHERE w.content_id = content.id AND t.member_id = $me))" >/dev/null
}
bench() {
  echo "== $1 (load $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/lib/postgresql/15/bin/pgbench -h localhost -p $DB -U segmint_app -n -f "$DATA/$1.sql" \
    -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" segmint 2>/dev/null | grep -E "^tps|latency average"
}
policy "segmint.app_user_id()" "segmint.is_privileged()"
bench before-admin
bench before-creator
policy "(SELECT segmint.app_user_id())" "(SELECT segmint.is_privileged())"
bench after-admin
bench after-creator

search="http://localhost:$HTTP/api/v1/contents/search?q=kubernetes%20retention"
for who in admin creator; do
  token_var="${who}_token"
  echo "== GET search as the $who, wrk -c$CLIENTS (load $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c"$CLIENTS" -d"$SECONDS_EACH"s --timeout 30s --latency \
    -H "Authorization: Bearer ${!token_var}" "$search" | grep -E "Requests/sec|99%|50%"
done
