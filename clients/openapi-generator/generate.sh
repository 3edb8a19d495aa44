#!/usr/bin/env bash
# Generates openapi-generator's Python client (7.25.0, the jar from Maven Central via `mvn dependency:get`) from the
# committed document, adapted by adapt-openapi.mjs, into generated/ (gitignored), and installs it with its pinned
# runtime into .venv. Needs Java 17+ and Maven.
set -euo pipefail
cd "$(dirname "$0")"

version=7.25.0
jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$version/openapi-generator-cli-$version.jar"
if [[ ! -f "$jar" ]]; then
  mvn -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$version" -Dtransitive=false
fi
node adapt-openapi.mjs ../../openapi/openapi.json openapi.gen.json
rm -rf generated
java -jar "$jar" generate --input-spec openapi.gen.json --generator-name python --output generated \
  --additional-properties=packageName=kz_oag_client,projectName=kz-oag-client >generate.log 2>&1 ||
  { cat generate.log >&2; exit 1; }
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
.venv/bin/pip install --quiet --disable-pip-version-check --no-deps ./generated
