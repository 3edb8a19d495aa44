#!/usr/bin/env bash
# Runs the vitest suite on another Node major (default 24) in an isolated copy of the work tree, so the
# machine's node_modules (built for the machine's Node) is left alone. npm's `node` package brings the binary
# and its headers. Install scripts are skipped: better-sqlite3 13 ships its Node-API addon prebuilt in the
# package, and the 12.x line (`better-sqlite3-node20`, compiled on install) is only ever loaded on Node 20
# (src/db/sqlite.ts). Anything that does compile finds the runtime's own headers (npm_config_nodedir).
# Usage: scripts/ci/test-on-node.sh [major] [timeout-seconds] [vitest-json-results-file]
set -euo pipefail
major="${1:-24}"
limit="${2:-600}"
results="${3:+$(realpath -m "$3")}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/kz-node${major}-XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The runtime: npm's node@<major> package, with include/node beside its binary.
npm install --prefix "$work/runtime" --no-save --no-audit --no-fund --loglevel=error "node@${major}" >/dev/null
header="$(find "$work/runtime/node_modules" -path '*/include/node/node_api.h' -print -quit)"
[ -n "$header" ] || { echo "node@${major}: no headers in the package" >&2; exit 1; }
nodedir="$(dirname "$(dirname "$(dirname "$header")")")"
bin="$nodedir/bin"
echo "node@${major}: $("$bin/node" -v) (headers: $nodedir/include/node)"

# The code as committed plus any working changes, without node_modules, dist or built stores.
git -C "$root" ls-files -z --cached --others --exclude-standard \
  | (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$work" --one-top-level=src-copy
# The store is compared with ../shared/reference when it is beside the clone (as in CI).
if [ -d "$root/../shared" ]; then ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"; fi
# The downloads test reads the release files with the Python readers CI installed in .venv.
if [ -d "$root/.venv" ]; then ln -s "$root/.venv" "$work/src-copy/.venv"; fi
cd "$work/src-copy"

export PATH="$bin:$PATH" npm_config_nodedir="$nodedir" results
timeout "$limit" bash -c '
  set -euo pipefail
  s=$(date +%s)
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  node -e "require(\"better-sqlite3\")(\":memory:\").prepare(\"select 1\").get()"
  echo "npm ci on $(node -v): $(( $(date +%s) - s )) s"
  s=$(date +%s)
  npx vitest run --reporter=dot ${results:+--reporter=json --outputFile="$results"}
  echo "vitest on $(node -v): $(( $(date +%s) - s )) s"
'
