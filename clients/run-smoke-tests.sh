#!/usr/bin/env bash
# Generates the client SDKs (TypeScript, Python, Go, and openapi-generator's Python) from openapi/openapi.json and runs each one's smoke test against a
# server started here from a freshly built store. Needs Node 20, Python 3.11, Go, Java 17 and Maven; installs the
# generators itself (npm, PyPI, Go module proxy). Exits non-zero when any step fails.
#
#   clients/run-smoke-tests.sh            # all three
#   clients/run-smoke-tests.sh go python  # some of them (typescript, python, go, openapi_generator)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
clients="$root/clients"
cd "$root"

languages=("$@")
[[ ${#languages[@]} -gt 0 ]] || languages=(typescript python go openapi_generator)
for lang in "${languages[@]}"; do
  case "$lang" in typescript | python | go | openapi_generator) ;; *) echo "unknown client: $lang (typescript, python, go, openapi_generator)" >&2; exit 2 ;; esac
done

started=$SECONDS
tmp="$(mktemp -d)"
server_pid=""

cleanup() {
  local status=$?
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '\n==> %s\n' "$*"; }

# --- the server: a fresh store in a temp dir, a free port on loopback --------------------------------
if [[ ! -x node_modules/.bin/tsx ]]; then
  log "npm ci (repo root)"
  npm ci --no-audit --no-fund
fi

log "building a fresh store in $tmp"
DATABASE_PATH="$tmp/store.sqlite" node_modules/.bin/tsx src/loader/cli.ts

port="$(node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')"
export KZ_API_URL="http://127.0.0.1:$port"

log "starting the server on $KZ_API_URL"
# `node --import tsx` (what `npx tsx` runs) keeps the server in this one process, so the trap stops it.
DATABASE_PATH="$tmp/store.sqlite" PORT="$port" HOST=127.0.0.1 LOG_LEVEL=warn \
  node --import tsx src/server.ts >"$tmp/server.log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 120); do # at most ~60 s
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))' \
    "$KZ_API_URL/readyz"; then
    ready=yes
    break
  fi
  sleep 0.5
done
if [[ -z "$ready" ]]; then
  echo "the server did not become ready (GET /readyz); its log:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
echo "ready after $((SECONDS - started)) s"

# --- the clients ------------------------------------------------------------------------------------
typescript_generate() {
  cd "$clients/typescript" && npm ci --no-audit --no-fund --prefer-offline && npm run --silent generate
}
typescript_test() {
  cd "$clients/typescript" && npm test
}

python_generate() {
  "$clients/python/generate.sh"
}
python_test() {
  cd "$clients/python" && .venv/bin/python -m pytest
}

go_generate() {
  # Modules come from the Go module proxy only (go.sum pins them); never straight from version control.
  if [[ -z "${GOPROXY:-}" && "$(go env GOPROXY)" == "https://proxy.golang.org,direct" ]]; then
    export GOPROXY=https://proxy.golang.org
  fi
  cd "$clients/go" && go generate ./...
}
go_test() {
  cd "$clients/go" && go test -count=1 -v ./...
}

# openapi-generator's Python client (Java, from Maven Central): one operation with JSON, CSV and NDJSON bodies must
# work through the generated method. Bounded: generation and install within 5 minutes, the test within 1.
openapi_generator_generate() {
  timeout 300 "$clients/openapi-generator/generate.sh"
}
openapi_generator_test() {
  cd "$clients/openapi-generator" && timeout 60 .venv/bin/python smoke_test.py
}

declare -a summary=()
failed=0
step() { # step NAME FUNCTION
  local name="$1" fn="$2" t0=$SECONDS
  log "$name"
  if (set -e; "$fn"); then
    summary+=("ok      $name ($((SECONDS - t0)) s)")
  else
    summary+=("FAILED  $name ($((SECONDS - t0)) s)")
    failed=1
    return 1
  fi
}

for lang in "${languages[@]}"; do
  step "$lang: generate" "${lang}_generate" && step "$lang: smoke test" "${lang}_test" || true
done

# Every snippet of the README (curl lines and the three clients) against the same server, once all three
# clients are generated: documentation that does not run fails the build.
readme_snippets() {
  cd "$root" && node clients/readme-snippets.mjs
}
selected() { [[ " ${languages[*]} " == *" $1 "* ]]; }
if selected typescript && selected python && selected go && [[ "$failed" == 0 ]]; then
  step "README snippets" readme_snippets || true
fi

printf '\n==> summary (%s s in all)\n' "$((SECONDS - started))"
printf '  %s\n' "${summary[@]}"
if [[ "$failed" != 0 ]]; then
  echo "server log:"; sed 's/^/  /' "$tmp/server.log"
  exit 1
fi
