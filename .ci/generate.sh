#!/usr/bin/env bash
# Regenerates everything under gen/ from the specs and ports (called by `make generate`).
# Each openapi/codegen/<path>.yaml config generates from openapi/<path>.yaml;
# upstream client configs are derived from openapi/upstream/*.yaml when absent.
set -euo pipefail
cd "$(dirname "$0")/.."

for spec in openapi/upstream/*.yaml; do
  name=$(basename "$spec" .yaml)
  pkg=$(echo "$name" | tr -d '-')
  cfg="openapi/codegen/upstream/$name.yaml"
  if [ ! -f "$cfg" ]; then
    cat > "$cfg" <<CFG
# oapi-codegen config for openapi/upstream/$name.yaml (see \`make generate\`).
package: $pkg
output: gen/upstream/$pkg/$pkg.gen.go
generate:
  models: true
  client: true
output-options:
  skip-prune: true
  # Upstreams send zone-less LocalDateTime values under format: date-time.
  type-mapping:
    string:
      formats:
        date-time:
          type: localtime.DateTime
          import: github.com/ministryofjustice/hmpps-backbone/adapters/upstream/localtime
CFG
  fi
done

find gen -name '*.gen.go' -delete 2>/dev/null || true
for cfg in $(find openapi/codegen -name '*.yaml' | sort); do
  spec="openapi/${cfg#openapi/codegen/}"
  [ -f "$spec" ] || { echo "no spec $spec for $cfg" >&2; exit 1; }
  out=$(sed -n 's/^output: //p' "$cfg")
  mkdir -p "$(dirname "$out")"
  go tool oapi-codegen -config "$cfg" "$spec"
done

rm -rf gen/mocks
go tool mockery --log-level=warn
