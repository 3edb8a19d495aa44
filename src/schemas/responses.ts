import { z } from 'zod';
import { named } from './common.js';
import { Problem } from './problem.js';
import { TABLE_MEDIA_TYPES } from '../domain/values.js';

/** CSV twin of a tabular JSON response: one header line, then one line per row, figures flattened. */
export const CsvTable = named(z.string().describe('RFC 4180 CSV with a header line.'), 'CsvTable');

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid parameter (code `invalid-parameter`); `errors` names each failing parameter.',
  404: 'Unknown id (codes `*-not-found`).',
  406: 'The Accept header allows no format this endpoint serves (code `not-acceptable`).',
  416: 'The Range header asks for bytes past the end of the file (code `range-not-satisfiable`); see Content-Range.',
  414: 'The request target is over 2,048 characters (code `uri-too-long`).',
  429: "Over this client's rate limit (code `rate-limited`); see Retry-After and the X-RateLimit-* headers.",
  431: 'The request line and headers are over 8 KiB (code `headers-too-large`).',
  503:
    'Not ready (code `not-ready`: the store is not open or the server is shutting down) or shedding load ' +
    '(code `overloaded`); see Retry-After.',
};

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** NDJSON twin of a table: every row (no page cap), each the JSON object of one `data` item, one per line. */
export const NdjsonRows = named(
  z.string().describe('Newline-delimited JSON: one row object per line, every row from `offset` on.'),
  'NdjsonRows',
);

/** A table: JSON by default, CSV with `Accept: text/csv` or `?format=csv`, NDJSON likewise. */
export const tableOk = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: {
    [TABLE_MEDIA_TYPES.json]: { schema },
    [TABLE_MEDIA_TYPES.csv]: { schema: CsvTable },
    [TABLE_MEDIA_TYPES.ndjson]: { schema: NdjsonRows },
  },
});

/** Any request can be too long for the server before it reaches a route: every operation documents these. */
const ALWAYS = [414, 431] as const;

export const problems = <S extends number>(...statuses: S[]) =>
  Object.fromEntries(
    [...statuses, ...ALWAYS].map((s) => [
      s,
      {
        description: PROBLEM_DESCRIPTIONS[s] ?? 'Problem',
        content: { 'application/problem+json': { schema: Problem } },
      },
    ]),
  ) as Record<
    S | (typeof ALWAYS)[number],
    { description: string; content: { 'application/problem+json': { schema: typeof Problem } } }
  >;

/** Every data endpoint can also be rate limited (429) or shed under load (503). */
export const dataProblems = <S extends number>(...statuses: S[]) => problems<S | 429 | 503>(...statuses, 429, 503);
