#!/usr/bin/env bash
# Set up Lagebild with its test extras in ./.venv (if needed) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# The dashboard tests drive Debian's Chromium (never a browser Playwright downloads).  Install it
# when it is missing and we may; if apt cannot, those tests skip and say why.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing chromium for the dashboard tests (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } \
    || echo "could not install chromium; the dashboard tests will be skipped" >&2
fi
.venv/bin/python -m pytest "$@"
