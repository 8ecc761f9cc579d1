#!/usr/bin/env bash
# Lints the OpenAPI document the build stored (../target/openapi/openapi.yaml, what /q/openapi serves) with Redocly
# CLI's recommended rules; `./mvnw verify` runs this once the service is packaged. Needs Node.js 20.19+ and npm.
# Without npm the lint is skipped with a message, unless it is required (CI=true or
# TRACKER_REQUIRE_DEPLOYMENT_TESTS=true, as .ci/run, which installs Node.js first, makes it).
set -euo pipefail
cd "$(dirname "$0")"
document=../target/openapi/openapi.yaml
if [[ ! -f "$document" ]]; then
  echo "openapi-lint: $document is missing; package the service first (./mvnw package)" >&2
  exit 1
fi
if ! command -v npm > /dev/null; then
  if [[ "${CI:-}" == true || "${TRACKER_REQUIRE_DEPLOYMENT_TESTS:-}" == true ]]; then
    echo "openapi-lint: npm not found, and the OpenAPI lint is required here" >&2
    exit 1
  fi
  echo "openapi-lint: SKIPPED, npm not found (install Node.js 20.19+ and npm to lint the OpenAPI document)"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
npx --no-install redocly lint --config redocly.yaml "$document"
