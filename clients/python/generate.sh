#!/usr/bin/env bash
# Generates the Python client from ../../openapi/openapi.json into generated/kz-elections-client/
# (gitignored) with openapi-python-client, installed into .venv from the pinned requirements.txt.
set -euo pipefail
cd "$(dirname "$0")"

python="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  "$python" -m venv .venv
fi
# Skip pip when the venv already has exactly the pinned set (keeps reruns fast and offline).
if ! cmp -s <(grep -v '^#' requirements.txt | sort -f) <(.venv/bin/python -m pip freeze --disable-pip-version-check 2>/dev/null | sort -f); then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
fi

# post_hooks in config.yml call ruff from the venv.
PATH="$PWD/.venv/bin:$PATH" .venv/bin/openapi-python-client generate \
  --path ../../openapi/openapi.json \
  --config config.yml \
  --meta setup \
  --output-path generated/kz-elections-client \
  --overwrite \
  --fail-on-warning
