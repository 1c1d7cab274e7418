#!/usr/bin/env bash
# The main job: set up .venv if needed, build the index if needed, and serve the chat in the
# browser on http://127.0.0.1:7860. Extra arguments go to `tradebrief serve` (--port, --host, --auth).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
export HF_HUB_OFFLINE=1
exec "$root/.venv/bin/tradebrief" serve "$@"
