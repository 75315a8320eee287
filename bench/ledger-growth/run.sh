#!/usr/bin/env bash
# Ledger growth benchmark (decision 0015): stock_movement as one table against monthly partitions by id, at a
# growing history, in one throw-away embedded PostgreSQL 17 (the project's own binaries; no Docker).
#
#   bench/ledger-growth/run.sh [--per-month 1000000] [--steps 1,3,6,12] [--skus 2000] [--locations 50]
#                              [--single-tx 3000] [--batches 30] [--reads 400] [--rounds 3]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
(cd "$repo" && mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$cp_file" >/dev/null)
exec java ${BENCH_OPTS:--Xmx512m} -cp "$(cat "$cp_file")" "$repo/bench/ledger-growth/LedgerGrowth.java" "$@"
