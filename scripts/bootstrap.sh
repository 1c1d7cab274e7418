#!/usr/bin/env bash
# Create or reuse the virtual environment at .venv and install tradebrief into it.
# torch goes in first, pinned to the CPU build, so no dependency pulls a multi-GB CUDA build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
python=${PYTHON:-python3}
stamp="$venv/.tradebrief-installed"
want=$(cat "$root/pyproject.toml" "$0" | sha256sum | cut -d' ' -f1)

if [[ ! -x "$venv/bin/python" ]]; then
  echo "tradebrief: creating $venv" >&2
  "$python" -m venv "$venv"
fi
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
echo "tradebrief: installing dependencies into $venv (first run takes a few minutes)" >&2
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "torch==2.13.0"
"$venv/bin/python" -m pip install --quiet -e "$root[dev]"
echo "$want" > "$stamp"
