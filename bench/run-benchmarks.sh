#!/usr/bin/env bash
# The figures of issue 7, in one run: seeds volumes into a throwaway PostgreSQL, starts the integration-test server on
# it with the real EAR, and prints the review queue at 1 M vs 10 k declarations, a campaign launch for 50 k facilities
# vs a raw JDBC batch, and the declaration page's throughput at 50 users vs a static resource. About 15 minutes.
# Options (-D…): bench.campaign.facilities (50000), bench.users (50), bench.seconds (30), bench.warmupSeconds (30).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL is needed (Debian: apt-get install postgresql)." >&2
  exit 1
fi
source .ci/postgres.sh
# Statements slower than 200 ms are logged, and listed after the figures: where the time goes.
# pg_stat_statements: the campaign measure prints what the database executed during the launch (round trips, time).
# auto_explain: the plans of statements slower than 150 ms go to the same log, as PostgreSQL chose them during the run.
PG_EXTRA_OPTS="-c log_min_duration_statement=200 -c shared_preload_libraries=pg_stat_statements,auto_explain -c auto_explain.log_min_duration=150" \
  PG_PORT=${PG_PORT:-55433} \
  start_postgres mcp_bench
PGPASSWORD="$(cat "$PG_DIR.pw")" psql -h localhost -p "$MCP_DB_PORT" -U postgres -d mcp_bench -v ON_ERROR_STOP=1 -q \
  -c "CREATE EXTENSION pg_stat_statements" -c "GRANT pg_read_all_stats TO mcp" \
  -c "GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint) TO mcp"
mvn -B -ntp -q -DskipTests -DskipITs install
# The figures are appended to this file as they come (failsafe prints a forked test's output only at its end).
FIGURES=ear/target/benchmark-figures.txt
rm -f "$FIGURES"; touch "$FIGURES"
tail -n +1 -F "$FIGURES" 2>/dev/null &
TAIL=$!
trap 'kill $TAIL 2>/dev/null || true; run_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true' EXIT
mvn -B -ntp verify -Ppostgresql -pl ear -Dit.test=ScaleBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false -Dit.campaign.batchSize=1000 -Dit.session.timeoutSeconds=1800 -Dit.session.recheckSeconds=60 \
  -Dit.jvm.jit=-XX:TieredStopAtLevel=4 -Dit.jvm.gc=-XX:+UseG1GC -Dit.demo.passwordIterations=210000 -Dbench.output="$PWD/$FIGURES" "$@" | grep -E "BUILD|ERROR|Tests run" || true
echo "Slowest statements (PostgreSQL log, 200 ms and more), most frequent first:"
grep -o 'duration: [0-9.]* ms  [a-z]* [^:]*: .*' "$PG_DIR/server.log" | sed -E 's/duration: [0-9.]+ ms  [a-z]+ [^:]*: //' | cut -c1-160 \
  | sort | uniq -c | sort -rn | head -n 10 || true
echo "Their plans (auto_explain, 150 ms and more) are in $PG_DIR/server.log"
