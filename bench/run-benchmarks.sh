#!/usr/bin/env bash
# The figures of issue 7, in one run: seeds volumes into a throwaway PostgreSQL, starts the integration-test server on
# it with the real EAR, and prints the review queue at 1 M vs 10 k declarations, a campaign launch for 50 k facilities
# vs a raw JDBC batch, and the declaration page's throughput at 50 users vs a static resource. About 15 minutes.
# Options (-D…): bench.campaign.facilities (50000), bench.users (50), bench.seconds (30).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "PostgreSQL is needed (Debian: apt-get install postgresql)." >&2
  exit 1
fi
source .ci/postgres.sh
PG_PORT=${PG_PORT:-55433} start_postgres mcp_bench
mvn -B -ntp -q -DskipTests install
mvn -B -ntp verify -Ppostgresql -pl ear -Dit.test=ScaleBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false "$@" | grep -E "^\[benchmark\]|^=== Benchmark|^  |BUILD|ERROR" || true
