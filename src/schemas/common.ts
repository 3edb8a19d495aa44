import { z } from 'zod';

/*
 * Pieces every resource shares. Each named schema is registered with an id so the OpenAPI
 * document references one component instead of inlining copies.
 */
export const named = <T extends z.ZodType>(schema: T, id: string, description?: string): T => {
  z.globalRegistry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

export const ClaimStatus = named(z.enum(['final', 'preliminary', 'unknown']), 'ClaimStatus',
  'How final a figure is as its source states it; `unknown` when the source does not say.');
export const Disposition = named(z.enum(['accepted', 'superseded', 'erratum', 'alternative']), 'Disposition',
  'What the project made of a claim: `accepted` is served; the others are kept side by side.');

const provenance = {
  status: ClaimStatus.nullable().describe('Status of the claim the value comes from; null when the value is unknown.'),
  source_ids: z.array(z.string()).describe('The source of the claim first, then sources that state the same value.'),
  claim_id: z.string().nullable().describe('The claim the value comes from (see /v1/claims/{claim_id}).'),
  missing_reason: z.string().nullable().describe('Why the value is unknown; null when it is known.'),
};

export const NumberFigure = named(z.object({ value: z.number().nullable(), ...provenance }), 'NumberFigure',
  'A number with where it came from. Unknown numbers are null, never 0.');
export const TextFigure = named(z.object({ value: z.string().nullable(), ...provenance }), 'TextFigure',
  'A text value with where it came from.');
export const BooleanFigure = named(z.object({ value: z.boolean().nullable(), ...provenance }), 'BooleanFigure',
  'A yes/no value with where it came from; null when no source says.');
export type NumberFigure = z.infer<typeof NumberFigure>;
export type TextFigure = z.infer<typeof TextFigure>;
export type BooleanFigure = z.infer<typeof BooleanFigure>;

export const ElectionId = named(
  z.enum(['2019-presidential', '2021-mazhilis', '2022-referendum', '2022-presidential', '2023-mazhilis']),
  'ElectionId', 'One of the five national votes.');
export const Slug = z.string().min(1).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as almaty-city');

/** `?format=csv` is the curl-friendly twin of `Accept: text/csv`. */
export const format = z.enum(['json', 'csv']).optional().describe('Response format; `csv` is the same as `Accept: text/csv`.');
export const seriesStatus = z.enum(['final', 'preliminary']).optional()
  .describe('Serve the figures of this status instead of the accepted ones; null where a source gives none.');
/** A whole number from the query string; an empty value (`?offset=`) is an error, not 0. */
const queryInt = (min: number, max: number, dflt: number) =>
  z.preprocess((v) => (v === '' ? Number.NaN : v), z.coerce.number().int().min(min).max(max).default(dflt));
export const limit = (max = 500, dflt = 100) => queryInt(1, max, dflt).describe(`Page size (1 to ${max}).`);
export const offset = queryInt(0, 1_000_000, 0).describe('Rows to skip.');
export const sortParam = <T extends readonly [string, ...string[]]>(fields: T, dflt: T[number] | `-${T[number]}`) =>
  z.enum(fields.flatMap((f) => [f, `-${f}`]) as [string, ...string[]]).default(dflt)
    .describe(`Sort field; prefix with \`-\` for descending. One of: ${fields.join(', ')}.`);

export const Pagination = { total: z.number().int().describe('Rows matching the filters, over all pages.'), limit: z.number().int(), offset: z.number().int() };

export const Link = z.string().describe('A path on this API.');

export const ProblemFieldError = named(z.object({
  location: z.enum(['path', 'query', 'header', 'body']),
  name: z.string().describe('The parameter; empty for the whole location.'),
  message: z.string(),
}), 'ProblemFieldError');

export const Problem = named(z.object({
  type: z.string().describe('URI of the problem type; GET it for its description.'),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().describe('The request path.'),
  code: z.string().describe('Stable machine-readable code from the error catalog.'),
  request_id: z.string(),
  errors: z.array(ProblemFieldError).optional().describe('The failing parameters, for validation problems.'),
}), 'Problem', 'RFC 9457 problem details.');

/** For endpoints without query parameters: any parameter is an error, not silently ignored. */
export const NoQuery = z.object({}).strict();
