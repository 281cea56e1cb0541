# Sourced by .ci/run and bench/run-benchmarks.sh: starts a throwaway PostgreSQL on localhost (port $PG_PORT, default
# 55432) with a database $1 owned by role mcp, exports MCP_DB_* for the server, and stops it when the shell exits.
start_postgres() {
  local database="$1"
  PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PG_PORT=${PG_PORT:-55432}
  PG_DIR=$(mktemp -d /tmp/mcp-pg.XXXXXX)
  local super_password
  super_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  export MCP_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  echo "$super_password" > "$PG_DIR.pw"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR" "$PG_DIR.pw"; fi
  run_pg "$PG_BIN/initdb -D $PG_DIR/data -U postgres -A scram-sha-256 --pwfile=$PG_DIR.pw -E UTF8 --locale=C.UTF-8 >/dev/null"
  run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/server.log -w -o \"-p $PG_PORT -c listen_addresses=localhost -c max_prepared_transactions=64 -k $PG_DIR ${PG_EXTRA_OPTS:-}\" start"
  trap 'run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true' EXIT
  PGPASSWORD="$super_password" psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE mcp LOGIN PASSWORD '$MCP_DB_PASSWORD'" \
    -c "CREATE DATABASE $database OWNER mcp"
  export MCP_DB_HOST=localhost MCP_DB_PORT=$PG_PORT MCP_DB_NAME=$database MCP_DB_USER=mcp
}

run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

# Another database owned by mcp in the cluster start_postgres started (for a second test run at the same time).
create_database() {
  PGPASSWORD="$(cat "$PG_DIR.pw")" psql -h localhost -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $1 OWNER mcp"
}
