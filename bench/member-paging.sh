#!/usr/bin/env bash
# Member-list paging at province scale (issue 3): generates a synthetic province into a fresh
# embedded PostgreSQL in a temporary data directory, then times JdbcMembers.page()/count() and
# OrgTree.asOf() through the real code and writes the figures to docs/benchmarks/member-paging.md
# (between its markers; the text around them stays). See docs/benchmarks/README.md.
#
# Environment (all optional):
#   BENCH_MEMBERS=400000 BENCH_CHAPTERS=8000 BENCH_SEED=2025   size and seed of the province
#   BENCH_REPS=20 BENCH_WARMUP=5                               timed runs and warm-up runs per figure
#   BENCH_OUT=path.md       where the figures go (default: docs/benchmarks/member-paging.md for the
#                           full size, target/benchmarks/member-paging-<members>.md otherwise)
#   BENCH_KEEP_DATA=1       keep the generated data directory (printed at the end) to explore it:
#                           XDD_DATA_DIR=<dir> mvn spring-boot:run
# Quick run: BENCH_MEMBERS=20000 BENCH_CHAPTERS=400 BENCH_REPS=5 bench/member-paging.sh
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${BENCH_MEMBERS:-400000}
CHAPTERS=${BENCH_CHAPTERS:-8000}
SEED=${BENCH_SEED:-2025}
REPS=${BENCH_REPS:-20}
WARMUP=${BENCH_WARMUP:-5}
if [[ "$MEMBERS" == 400000 && "$CHAPTERS" == 8000 ]]; then
  DEFAULT_OUT=docs/benchmarks/member-paging.md
else
  DEFAULT_OUT=target/benchmarks/member-paging-$MEMBERS.md
fi
OUT=${BENCH_OUT:-$DEFAULT_OUT}

# Always a fresh embedded server: never an external database named in the environment.
unset XDD_DB_URL XDD_DB_USER XDD_DB_PASSWORD
DATA=$(mktemp -d "${TMPDIR:-/tmp}/xdd-bench.XXXXXX")
cleanup() {
  if [[ -n "${BENCH_KEEP_DATA:-}" ]]; then
    echo "Data directory kept: $DATA (XDD_DATA_DIR=$DATA)"
  else
    rm -rf "$DATA"
  fi
}
trap cleanup EXIT

echo "== Building the classes and the test classpath"
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

echo "== Generating $MEMBERS members in $CHAPTERS chapters (seed $SEED) into $DATA"
started=$(date +%s)
XDD_DATA_DIR="$DATA" java -Xmx1g -cp "$CP" vn.xdd.XddApplication \
  --generate-province --members="$MEMBERS" --chapters="$CHAPTERS" --seed="$SEED"
seconds=$(( $(date +%s) - started ))
echo "== Generated in $seconds s; measuring"

XDD_DATA_DIR="$DATA" java -Xmx1g -Dreps="$REPS" -Dwarmup="$WARMUP" -Dbench.generateSeconds="$seconds" \
  -Dbench.seed="$SEED" -cp "$CP" vn.xdd.organization.persistence.MemberPagingBenchmark "$OUT"
