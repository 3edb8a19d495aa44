type Schema = {
  type?: unknown;
  enum?: unknown[];
  default?: unknown;
  $ref?: string;
  pattern?: string;
  [k: string]: unknown;
};
type Parameter = { name?: string; schema?: Schema };
type Doc = {
  components?: { schemas?: Record<string, Schema> };
  paths?: Record<string, Record<string, { parameters?: Parameter[] }>>;
};

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
    const text =
      JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } }) +
      JSON.stringify(Object.values(schemas));
    const unused = Object.keys(schemas).filter(
      (name) => name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`),
    );
    if (unused.length === 0) return document;
    for (const name of unused) delete schemas[name];
  }
}

/**
 * Query parameters are declared with unregistered copies of enums, because a `$ref` in zod would
 * drop the parameter's description. The description lives on the parameter object anyway, so here
 * an inline string enum with exactly a component's values becomes a `$ref` to it (keeping a default):
 * generated clients then get one type per enum instead of one per parameter.
 */
export function refEnumParameters<T>(document: T): T {
  const doc = document as Doc;
  const key = (values: unknown[]) => JSON.stringify([...values].map(String).sort());
  const components = new Map<string, string>();
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    if (schema.type === 'string' && Array.isArray(schema.enum) && !name.endsWith('Input'))
      components.set(key(schema.enum), name);
  }
  for (const methods of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      for (const parameter of operation.parameters ?? []) {
        const name = parameter.schema?.enum ? components.get(key(parameter.schema.enum)) : undefined;
        if (!name || !parameter.schema) continue;
        const { default: dflt } = parameter.schema;
        parameter.schema = { $ref: `#/components/schemas/${name}`, ...(dflt !== undefined ? { default: dflt } : {}) };
      }
    }
  }
  return document;
}

/**
 * Election ids are data, so the code validates them as slugs; the document lists the ids of the store it
 * was generated from as the ElectionId enum (with readable names for generators: ids start with a digit),
 * so adding a vote regenerates the document and clients get the list. The server still answers an id
 * outside the list with a 404 problem, never a 500.
 */
export function listElectionIds<T>(document: T, ids: string[]): T {
  const schema = (document as Doc).components?.schemas?.ElectionId;
  if (!schema || ids.length === 0) return document;
  schema.enum = ids;
  schema['x-enum-varnames'] = ids.map((id) =>
    id
      .split('-')
      .reverse()
      .join('_')
      .toUpperCase()
      .replace(/[^A-Z0-9_]/g, '_'),
  );
  delete schema.pattern;
  delete schema.minLength;
  delete schema.maxLength;
  for (const methods of Object.values((document as Doc).paths ?? {})) {
    for (const operation of Object.values(methods)) {
      for (const parameter of operation.parameters ?? []) {
        // Filters get the list; the path parameter stays an open slug, so a client generated before a vote was
        // added can still ask for it (an unknown id is a 404 either way).
        if (parameter.name === 'election') parameter.schema = { $ref: '#/components/schemas/ElectionId' };
      }
    }
  }
  return document;
}
