#!/usr/bin/env bash
# Builds the PostgreSQL variant of the service and the benchmark driver, then measures appends and
# live streams against a fresh database (tracker_bench, or $BENCH_DATABASE) on the given server. Takes about 8 minutes.
#   bench/run.sh [jdbc-url-of-any-database-on-the-server] [appends] [streams] [kafka]
set -euo pipefail
cd "$(dirname "$0")/.."
server="${1:-jdbc:postgresql://127.0.0.1:5432/postgres}"

./mvnw -B -q package -DskipTests -Dpostgres.test.url="$server"
./mvnw -B -q -f bench/pom.xml package
java -cp "bench/target/classes:bench/target/lib/*" org.negotiationtracker.bench.BenchMain \
  target/postgres-build/quarkus-run.jar "$server" bench/results/latest.md "${@:2}"
