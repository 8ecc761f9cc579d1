#!/usr/bin/env bash
# Builds the PostgreSQL variant of the service and the benchmark driver, then measures appends, bulk import, live
# streams and Kafka against a fresh database (tracker_bench, or $BENCH_DATABASE) on the given server, and article
# extraction in process. Takes about 17 minutes. "rebuild" (only when named: about 8 minutes) fills a log of
# $BENCH_REBUILD_EVENTS events (a million unless set) and times three rebuilds of the read models.
#   bench/run.sh [jdbc-url-of-any-database-on-the-server] [appends] [import] [rebuild] [streams] [kafka] [articles]
# "articles" alone needs no database: bench/run.sh - articles
set -euo pipefail
cd "$(dirname "$0")/.."
server="${1:-jdbc:postgresql://127.0.0.1:5432/postgres}"
parts=("${@:2}")
service_parts=()
for part in "${parts[@]+"${parts[@]}"}"; do
  [[ "$part" != articles ]] && service_parts+=("$part")
done

# The driver and, with the postgres.test.url property, the PostgreSQL build of the service (postgres-build/)
./mvnw -B -q package -DskipTests -pl bench -am -Dpostgres.test.url="$server"
if [[ ${#parts[@]} -eq 0 || ${#service_parts[@]} -gt 0 ]]; then
  java -cp "bench/target/classes:bench/target/lib/*" org.negotiationtracker.bench.BenchMain \
    src/tracker-service/target/postgres-build/quarkus-run.jar "$server" bench/results/latest.md "${service_parts[@]+"${service_parts[@]}"}"
fi
if [[ ${#parts[@]} -eq 0 || " ${parts[*]} " == *" articles "* ]]; then
  # The rules alone and the trained models, each in a JVM of its own: load time and memory, then articles per
  # second on one thread; the corpus is read from ../shared/corpus.
  java ${BENCH_ARTICLE_OPTS:-} -cp "bench/target/classes:bench/target/lib/*" org.negotiationtracker.bench.ArticleBench \
    "${TRACKER_CORPUS_DIR:-../shared/corpus}/articles" src/tracker-core/src/test/resources/articles bench/results/articles.md
fi
