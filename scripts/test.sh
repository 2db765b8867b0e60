#!/usr/bin/env bash
# Install what the tests need, then run every test: Python model tests, TypeScript unit tests,
# and the Playwright end-to-end tests in Debian's Chromium against the production build.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== Python tests (models/tests)"
.venv/bin/python -m pytest -q models/tests

echo "== TypeScript unit tests"
npm run test:unit

echo "== Production build"
npm run build

echo "== End-to-end tests (Chromium at /usr/bin/chromium)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test
