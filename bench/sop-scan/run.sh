#!/usr/bin/env bash
# sop-scan benchmark (issue 14, decision 0053): the dated SOP rules over 1,000,000 members against a plain
# count(*) of the same table, in one throw-away embedded PostgreSQL 17 with the project's migrations.
#
#   bench/sop-scan/run.sh [--members 1000000] [--rounds 3]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$repo" && mvn -B -ntp -q -Dskip.web=true compile >/dev/null && mvn -B -ntp -q dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp_file" >/dev/null)
exec java ${BENCH_OPTS:--Xmx512m} -cp "$repo/target/classes:$(cat "$cp_file")" \
    "$repo/bench/sop-scan/SopScanBench.java" "$@"
