#!/usr/bin/env bash
# Install everything the viewer, the model tools and the tests need, from Debian's archive, PyPI
# and the npm registry only:
#   - Debian's chromium (the browser the end-to-end tests drive),
#   - a Python virtual environment in .venv with models/requirements.txt,
#   - the npm packages from package-lock.json (no browser download by Playwright).
# Usage: bash scripts/setup.sh [--no-python] [--no-chromium]
set -euo pipefail
cd "$(dirname "$0")/.."

want_python=1
want_chromium=1
for arg in "$@"; do
  case "$arg" in
    --no-python) want_python=0 ;;
    --no-chromium) want_chromium=0 ;;
    *) echo "setup.sh: unknown option $arg (valid: --no-python, --no-chromium)" >&2; exit 2 ;;
  esac
done

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ "$want_chromium" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

if [ "$want_python" = 1 ]; then
  echo "setup: Python environment in .venv"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install -q -r models/requirements.txt
fi

echo "setup: npm packages"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
