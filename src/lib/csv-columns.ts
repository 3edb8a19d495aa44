import { z } from 'zod';

/** Wrappers that do not change a value's shape in a response. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'catch', 'prefault', 'nonoptional']);

function unwrap(schema: z.ZodType): z.ZodType {
  let t = schema;
  for (;;) {
    const def = (t as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; out?: z.ZodType } } })._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) t = def.innerType;
    else if (def.type === 'pipe' && def.out) t = def.out;
    else return t;
  }
}

const isFigure = (shape: Record<string, unknown>) => 'value' in shape && 'claim_id' in shape;

/**
 * The CSV header of a row schema, in the schema's key order, by the rules `flattenRow` applies to a row:
 * a figure `votes` becomes `votes`, `votes_status`, `votes_source_ids`, …; other nested objects join their
 * keys with `_`; arrays are one column; `links` is left out. Derived from the schema, never from the data,
 * so every response of an endpoint has the same header (two votes' CSVs stack).
 */
export function csvColumns(schema: z.ZodType): string[] {
  const t = unwrap(schema);
  if (!(t instanceof z.ZodObject)) throw new Error('a CSV row schema must be an object');
  const shape = t.shape as Record<string, z.ZodType>;
  return Object.keys(shape)
    .filter((k) => k !== 'links')
    .flatMap((key) => {
      const inner = unwrap(shape[key]!);
      if (!(inner instanceof z.ZodObject)) return [key];
      const figure = isFigure(inner.shape);
      return csvColumns(inner).map((c) => (figure && c === 'value' ? key : `${key}_${c}`));
    });
}
