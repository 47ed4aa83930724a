#!/usr/bin/env bash
# Book a Secure Move throughput (issue 6) on a throwaway PostgreSQL: the move
# lifecycle (create → accept → start → complete) over HTTP, the same rows
# written by hand-written SQL in the same run, and the listing's p99.
# Rounds alternate HTTP and raw SQL so both see the same machine load; the
# ratio is taken per round.
#
# Usage: bench/moves.sh [rounds]   (BENCHTIME=400x by default)
# Targets: ≥ 300 cycles/s, ≥ 30 % of raw SQL, listing p99 ≤ 20 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${TEST_POSTGRES_DSN:-}" ]; then
  exec .ci/with-services.sh "$0" "$@"
fi
rounds=${1:-3}
benchtime=${BENCHTIME:-400x}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go test -c -o "$work/hmpps.test" ./cmd/hmpps
cd cmd/hmpps # the benchmarks read testdata/ relative to their package

echo "== lifecycle: $rounds rounds of $benchtime cycles, HTTP then raw SQL"
for _ in $(seq "$rounds"); do
  "$work/hmpps.test" -test.run '^$' -test.bench '^BenchmarkMoveLifecycle(HTTP|RawSQL)$' -test.benchtime "$benchtime"
done | grep -E '^BenchmarkMoveLifecycle' | tee "$work/lifecycle.txt"
echo "== listing"
"$work/hmpps.test" -test.run '^$' -test.bench '^BenchmarkListMovesWithIncludes$' -test.benchtime 400x \
  | grep -E '^BenchmarkListMoves' | tee "$work/listing.txt"

# Each line ends "<value> cycles/s" or "<value> p99-ms".
awk '
  function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  /MoveLifecycleHTTP/   { h[++nh] = $(NF - 1) }
  /MoveLifecycleRawSQL/ { r[++nr] = $(NF - 1); ratio[nr] = 100 * h[nr] / r[nr] }
  /ListMovesWithIncludes/ { p99 = $(NF - 1) }
  END {
    printf "\n== summary (median of %d rounds)\n", nh
    printf "service lifecycle   %7.1f cycles/s   (target >= 300)\n", median(h, nh)
    printf "raw SQL lifecycle   %7.1f cycles/s\n", median(r, nr)
    printf "ratio               %7.1f %%          (target >= 30; per round:", median(ratio, nr)
    for (i = 1; i <= nr; i++) printf " %.0f", ratio[i]
    printf ")\n"
    printf "listing p99         %7.1f ms         (target <= 20)\n", p99
  }' "$work/lifecycle.txt" "$work/listing.txt"
