#!/usr/bin/env node
/**
 * Adapts the committed OpenAPI document for openapi-generator's clients, and for them only:
 *
 *   node adapt-openapi.mjs ../../openapi/openapi.json openapi.gen.json
 *
 * openapi-generator (7.25.0) types a response by its status code alone: of a 200 with `application/json`, `text/csv`
 * and `application/x-ndjson` bodies it keeps the first schema, so its Python client parses a CSV or NDJSON body (a
 * string) as the JSON model and fails. This makes the first schema of each such response a `oneOf` of the JSON model
 * and a string, which is what the operation returns across its formats; every other schema stays. It logs each one.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node adapt-openapi.mjs IN.json OUT.json');
  process.exit(2);
}
const doc = JSON.parse(readFileSync(input, 'utf8'));
let changed = 0;
for (const [path, methods] of Object.entries(doc.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const content = op.responses?.['200']?.content;
    if (!content?.['application/json'] || Object.keys(content).length < 2) continue;
    const alternatives = Object.keys(content).filter((t) => t !== 'application/json');
    if (!alternatives.every((t) => content[t].schema?.$ref || content[t].schema?.type === 'string')) continue;
    content['application/json'].schema = {
      oneOf: [content['application/json'].schema, { type: 'string', description: alternatives.join(' or ') }],
    };
    console.error(`adapt-openapi: ${method.toUpperCase()} ${path}: 200 application/json -> oneOf [model, string]`);
    changed += 1;
  }
}
writeFileSync(output, JSON.stringify(doc, null, 2));
console.error(`adapt-openapi: ${changed} response(s) rewritten -> ${output}`);
