#!/bin/sh
# Runs once, when the PostgreSQL volume is new (the postgres image runs /docker-entrypoint-initdb.d/*),
# as the superuser: makes the owner and the application role of this network's database with
# roles.sql, which docker-compose.yml mounts at /jcn/roles.sql (JCN_ROLES_SQL elsewhere).
# On an existing volume, run it by hand: docker compose exec <network>-db sh /docker-entrypoint-initdb.d/10-jcn-roles.sh
set -eu
: "${JCN_OWNER_ROLE:?JCN_OWNER_ROLE must be set}" "${JCN_OWNER_PASSWORD:?JCN_OWNER_PASSWORD must be set}"
: "${JCN_APP_ROLE:?JCN_APP_ROLE must be set}" "${JCN_APP_PASSWORD:?JCN_APP_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --no-psqlrc --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$JCN_OWNER_ROLE" -v owner_password="$JCN_OWNER_PASSWORD" \
  -v app="$JCN_APP_ROLE" -v app_password="$JCN_APP_PASSWORD" -v roles_sql="${JCN_ROLES_SQL:-/jcn/roles.sql}" <<'SQL'
SELECT set_config('jcn.owner', :'owner', false), set_config('jcn.owner_password', :'owner_password', false),
       set_config('jcn.app', :'app', false), set_config('jcn.app_password', :'app_password', false) \g /dev/null
\i :roles_sql
SQL
