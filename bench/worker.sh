#!/usr/bin/env bash
# Case-notes worker throughput benchmark (docs/benchmarks.md, "Case notes
# worker"): a throwaway PostgreSQL and fauxqs, then bench/worker with any
# flags given, e.g. bench/worker.sh -n 20000. Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
go build -o bin/bench-worker ./bench/worker
exec .ci/with-services.sh ./bin/bench-worker "$@"
