type Doc = { components?: { schemas?: Record<string, unknown> } };

/**
 * The zod type provider emits every registered schema twice, as `X` (output) and `XInput` (input).
 * This API only reads, so most input twins are referenced by nothing; drop those, keeping any that
 * a path or another kept schema still references.
 */
export function pruneUnusedInputSchemas<T>(document: T): T {
  const doc = document as Doc;
  const schemas = doc.components?.schemas;
  if (!schemas) return document;
  for (;;) {
    const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } })
      + JSON.stringify(Object.values(schemas));
    const unused = Object.keys(schemas).filter((name) => name.endsWith('Input')
      && !text.includes(`"#/components/schemas/${name}"`));
    if (unused.length === 0) return document;
    for (const name of unused) delete schemas[name];
  }
}
