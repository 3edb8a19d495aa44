#!/usr/bin/env bash
# Fuzzes the live API with Schemathesis: every operation, generated valid and invalid input, all checks.
# Installs its pinned Python packages into .venv, builds a fresh store, serves it on loopback, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${MAX_EXAMPLES:-40}"
PORT="${SCHEMATHESIS_PORT:-3191}"
[ -x .venv/bin/schemathesis ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r tests/schemathesis/requirements.txt

tmp=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT

answers() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
if answers "http://127.0.0.1:$PORT/healthz"; then
  echo "port $PORT is already in use: stop that server or set SCHEMATHESIS_PORT" >&2
  exit 1
fi
DATABASE_PATH="$tmp/store.sqlite" node_modules/.bin/tsx src/loader/cli.ts
# node --import tsx keeps the server one process, so the trap's kill really stops it. The rate limit is off:
# the fuzzer is one client sending thousands of requests, and its 429 is tested elsewhere.
DATABASE_PATH="$tmp/store.sqlite" PORT="$PORT" HOST=127.0.0.1 LOG_LEVEL=error RATE_LIMIT_PER_MINUTE=0 SHUTDOWN_DRAIN_MS=0 \
  node --import tsx src/server.ts &
server_pid=$!
for _ in $(seq 1 60); do answers "http://127.0.0.1:$PORT/readyz" && break; sleep 0.5; done
answers "http://127.0.0.1:$PORT/readyz"

PYTHONPATH=tests/schemathesis SCHEMATHESIS_HOOKS=csv_hooks .venv/bin/schemathesis --config-file tests/schemathesis/schemathesis.toml \
  run openapi/openapi.json \
  --url "http://127.0.0.1:$PORT" --checks all --max-examples "$MAX_EXAMPLES" --workers 2 \
  --seed 20191209 --no-color
