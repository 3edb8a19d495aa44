#!/usr/bin/env node
/**
 * Adapts the committed OpenAPI 3.1 document for oapi-codegen, and for oapi-codegen only:
 *
 *   node adapt-openapi.mjs ../../openapi/openapi.json openapi.gen.json
 *
 * oapi-codegen v2.8.2 (kin-openapi v0.142.0) reads the rest of the 3.1 document as it is (`type: [T, "null"]`,
 * `anyOf: [..., {type: "null"}]`, `const`), but stops on a `type` array with two or more non-null types:
 * "error resolving primitive type: unhandled Schema type: &[number string]". This rewrites each such schema
 * into the equivalent `oneOf` of single-type schemas (the types are disjoint, so oneOf = anyOf = the array),
 * keeping every other keyword on the outer schema, and reports each location on stderr. Nothing else changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node adapt-openapi.mjs IN.json OUT.json');
  process.exit(2);
}

const doc = JSON.parse(readFileSync(input, 'utf8'));
const converted = [];

function pointer(path) {
  return '#/' + path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
}

function walk(node, path) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, [...path, i]));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node.type) && node.type.filter((t) => t !== 'null').length > 1) {
    const types = node.type;
    delete node.type;
    node.oneOf = types.map((t) => ({ type: t }));
    converted.push(`${pointer(path)}: type ${JSON.stringify(types)} -> oneOf`);
  }
  for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
}

walk(doc, []);
writeFileSync(output, JSON.stringify(doc, null, 2) + '\n');
for (const line of converted) console.error(`adapt-openapi: ${line}`);
console.error(`adapt-openapi: ${converted.length} schema(s) rewritten -> ${output}`);
