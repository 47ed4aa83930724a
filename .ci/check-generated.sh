#!/usr/bin/env bash
# Fails when gen/ is stale: regenerates in a scratch copy of the tree and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
T=$(mktemp -d /tmp/hmpps-gen.XXXXXX)
trap 'rm -rf "$T"' EXIT
git ls-files -co --exclude-standard -z | xargs -0 -I{} cp --parents {} "$T"/ 2>/dev/null || true
(cd "$T" && .ci/generate.sh >/dev/null)
if ! diff -r -q gen "$T/gen"; then
  echo "gen/ is stale against openapi/ or ports/: run 'make generate' and commit the result" >&2
  exit 1
fi
echo "gen/ is current"
