#!/usr/bin/env bash
# Renders every overlay of deployment/ and validates it offline; `./mvnw verify` runs this from the top.
# Needs Node.js 20+ and npm. Without them the checks are skipped with a message, unless they are required
# (CI=true or TRACKER_REQUIRE_DEPLOYMENT_TESTS=true), as .ci/run, which installs Node.js first, makes them.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm > /dev/null; then
  if [[ "${CI:-}" == true || "${TRACKER_REQUIRE_DEPLOYMENT_TESTS:-}" == true ]]; then
    echo "deployment/test: npm not found, and the deployment checks are required here" >&2
    exit 1
  fi
  echo "deployment/test: SKIPPED, npm not found (install Node.js 20+ and npm to render and validate deployment/)"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
npm test
