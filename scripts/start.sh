#!/usr/bin/env bash
# Install the viewer's packages, build it, and serve it at http://localhost:4173 with the bundled
# model and sample clip. No Python is needed to run the viewer.
# Usage: bash scripts/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
npm run build
echo "Open http://localhost:4173 in Chrome or Chromium (Ctrl+C stops the server)."
npm run preview
