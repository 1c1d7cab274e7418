#!/usr/bin/env bash
# The main job: set up .venv if needed, build the index if needed, and start the chat.
# Extra arguments go to `tradebrief chat`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/bootstrap.sh"
export HF_HUB_OFFLINE=1
exec "$root/.venv/bin/tradebrief" chat "$@"
