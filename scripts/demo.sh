#!/usr/bin/env bash
# Set up Lagebild in ./.venv (if needed) and run the main job on the bundled sample.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
.venv/bin/lagebild demo
