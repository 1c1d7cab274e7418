#!/usr/bin/env bash
# Set up .venv if needed, then run the whole test suite (arguments go to pytest).
# Fast subset: scripts/test.sh -m "not slow"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
cd "$root"
export HF_HUB_OFFLINE=1
# Python and pytest cache compiled and assertion-rewritten modules in __pycache__ (ignored by git):
# without the cache every run, every xdist worker and every subprocess a test starts compiles the
# package and the tests again, which costs seconds each.
unset PYTHONDONTWRITEBYTECODE
"$root/.venv/bin/python" -m ruff check assistant tests evals benchmarks
"$root/.venv/bin/python" -m ruff format --check --quiet assistant tests evals benchmarks
"$root/.venv/bin/python" -m mypy --no-error-summary assistant
# The fast suite runs on two workers when pytest-xdist is installed: every test has a
# TRADEBRIEF_HOME of its own, so tests run side by side. The slow suite stays in one process, which
# loads the model and builds the index once. TRADEBRIEF_TEST_WORKERS=0 runs everything in one.
workers=()
if [[ " $* " == *"not slow"* && "${TRADEBRIEF_TEST_WORKERS:-2}" != 0 ]] &&
  "$root/.venv/bin/python" -c "import xdist" 2>/dev/null; then
  workers=(-n "${TRADEBRIEF_TEST_WORKERS:-2}")
fi
exec "$root/.venv/bin/python" -m pytest ${workers[@]+"${workers[@]}"} "$@"
