#!/usr/bin/env bash
# Set up .venv if needed, then run the whole test suite (arguments go to pytest).
# Fast subset: scripts/test.sh -m "not slow"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
cd "$root"
export HF_HUB_OFFLINE=1
"$root/.venv/bin/python" -m ruff check assistant tests evals benchmarks
"$root/.venv/bin/python" -m ruff format --check --quiet assistant tests evals benchmarks
"$root/.venv/bin/python" -m mypy --no-error-summary assistant
exec "$root/.venv/bin/python" -m pytest "$@"
