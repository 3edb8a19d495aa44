import { z } from 'zod';
import { CLAIM_STATUSES, DISPOSITIONS, MISSING_KINDS, SERIES_STATUSES, TABLE_FORMATS } from '../domain/values.js';

/*
 * Pieces every resource shares. Each named schema is registered with an id so the OpenAPI
 * document references one component instead of inlining copies.
 */
export const named = <T extends z.ZodType>(schema: T, id: string, description?: string): T => {
  // Keep metadata set earlier with .meta() (examples), adding the component id.
  const earlier = z.globalRegistry.get(schema);
  if (earlier) z.globalRegistry.remove(schema);
  z.globalRegistry.add(schema, { ...earlier, id, ...(description ? { description } : {}) });
  return schema;
};

export const ClaimStatus = named(
  z.enum(CLAIM_STATUSES),
  'ClaimStatus',
  'How final a figure is as its source states it; `unknown` when the source does not say.',
);
export const Disposition = named(
  z.enum(DISPOSITIONS),
  'Disposition',
  'What the project made of a claim: `accepted` is served; the others are kept side by side.',
);

export const MissingKind = named(
  z.enum(MISSING_KINDS),
  'MissingKind',
  'Why a figure is null: `not-applicable` (it cannot exist, e.g. seats of a presidential election), `not-published` ' +
    '(the authority published it only in another form, e.g. a combined total), `not-found-in-sources` (no source ' +
    'in the store states it), `not-in-series` (`?status=` asked for a series no source gives for it).',
);

const provenance = {
  status: ClaimStatus.nullable().describe('Status of the claim the value comes from; null when the value is unknown.'),
  source_ids: z.array(z.string()).describe('The source of the claim first, then sources that state the same value.'),
  claim_id: z.string().nullable().describe('The claim the value comes from (see /v1/claims/{claim_id}).'),
  missing_reason: z.string().nullable().describe('Why the value is unknown, in words; null when it is known.'),
  missing_kind: MissingKind.nullable().describe('Why the value is unknown, as a stable code; null when it is known.'),
};

// Examples are real figures from the store (2022 presidential, 2023 Mazhilis district 1).
export const NumberFigure = named(
  z.object({ value: z.number().meta({ format: 'double' }).nullable(), ...provenance }).meta({
    examples: [
      {
        value: 6456393,
        status: 'final',
        source_ids: ['kazinform-c05326'],
        claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326',
        missing_reason: null,
        missing_kind: null,
      },
      {
        value: null,
        status: null,
        source_ids: [],
        claim_id: null,
        missing_reason: 'The CEC statements retrieved do not give national valid ballots.',
        missing_kind: 'not-found-in-sources',
      },
    ],
  }),
  'NumberFigure',
  'A number with where it came from. Unknown numbers are null, never 0.',
);
export const TextFigure = named(
  z.object({ value: z.string().nullable(), ...provenance }).meta({
    examples: [
      {
        value: 'Almaty District and Baiqonyr District',
        status: 'final',
        source_ids: ['worddisk-184cab'],
        claim_id: '2023-mazhilis:district:district-1:district_name:final:worddisk-184cab',
        missing_reason: null,
        missing_kind: null,
      },
    ],
  }),
  'TextFigure',
  'A text value with where it came from.',
);
export const DerivedFrom = named(
  z.object({
    claim_id: z.string().describe('The claim the value rests on (of another metric: see /v1/claims/{claim_id}).'),
    rule: z.string().describe('How the value follows from that claim.'),
  }),
  'DerivedFrom',
  'A value no source states as such, derived from a claim of another kind by a stated rule.',
);

export const BooleanFigure = named(
  z
    .object({
      value: z.boolean().nullable(),
      ...provenance,
      derived_from: DerivedFrom.nullable().describe(
        'Set when no claim states this value: then `claim_id` is null and the value rests on this claim and rule.',
      ),
    })
    .meta({
      examples: [
        {
          value: true,
          status: 'final',
          source_ids: ['kazinform-c05326'],
          claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:elected:final:kazinform-c05326',
          missing_reason: null,
          missing_kind: null,
          derived_from: null,
        },
      ],
    }),
  'BooleanFigure',
  'A yes/no value with where it came from; null when no source says.',
);
export type NumberFigure = z.infer<typeof NumberFigure>;
export type TextFigure = z.infer<typeof TextFigure>;
export type BooleanFigure = z.infer<typeof BooleanFigure>;

export const Slug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug such as almaty-city');
/**
 * A vote's id. Ids are data (seed/elections.csv), so the code accepts any slug and answers an unknown one
 * with a 404; the OpenAPI document lists the store's ids as an enum (plugins/openapi adds it), so a new
 * vote regenerates the document and generated clients get the list.
 */
export const ElectionId = named(
  Slug.meta({ example: '2022-presidential' }),
  'ElectionId',
  'A national vote, e.g. 2022-presidential.',
);
/** `?metric=`: a claim metric, as everywhere a list can be filtered by metric. */
export const metricFilter = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9_]+$/, 'must be a snake_case metric such as votes')
  .optional();
/** `?party=`: a party id, as everywhere a list can be filtered by party. */
export const partyFilter = Slug.optional();
/** `?election=`: an unregistered copy, so the parameter keeps its description; the document refs ElectionId. */
export const electionFilter = Slug.optional();

/** `?format=csv` is the curl-friendly twin of `Accept: text/csv`; `?format=ndjson` of `Accept: application/x-ndjson`. */
export const ResponseFormat = named(
  z.enum(TABLE_FORMATS),
  'ResponseFormat',
  'A response format of a table: `json` and `csv` are paged; `ndjson` streams every row, one JSON object per line.',
);
export const format = z
  .enum(ResponseFormat.options)
  .optional()
  .describe(
    'Response format; `csv` is the same as `Accept: text/csv`, `ndjson` as `Accept: application/x-ndjson` (every row, no page cap).',
  );
/** Registered only for the document: the parameter below uses a copy (see lib/tidy-openapi). */
export const SeriesStatus = named(z.enum(SERIES_STATUSES), 'SeriesStatus', 'A status to serve figures of.');
export const seriesStatus = z
  .enum(SeriesStatus.options)
  .optional()
  .describe('Serve the figures of this status instead of the accepted ones; null where a source gives none.');
/** The one spelling of a whole number in a query: `0` or a non-zero digit then digits, nothing else. */
const CANONICAL_INT = /^(0|[1-9][0-9]{0,8})$/;
const INT_SPELLING = 'must be a whole number written in plain digits (no sign, spaces, leading zeros, exponent or hex)';
/**
 * A whole number from the query string. Only the canonical spelling parses (`010`, `1e2`, `0x10`, `+5`,
 * ` 5` and an empty value are 400s), so one number has one URL and the response cache one entry for it.
 */
const queryInt = (min: number, max: number, dflt: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && CANONICAL_INT.test(v) ? Number(v) : v === undefined ? v : Number.NaN),
    z.number({ error: INT_SPELLING }).int().min(min).max(max).default(dflt),
  );
export const limit = (max = 500, dflt = 100) => queryInt(1, max, dflt).describe(`Page size (1 to ${max}).`);
export const offset = queryInt(0, 1_000_000, 0).describe('Rows to skip.');
/** A sort parameter's values: each field, or `-field` for descending. */
export type SortSpec<F extends string> = F | `-${F}`;
export const sortParam = <const F extends readonly [string, ...string[]]>(fields: F, dflt: SortSpec<F[number]>) =>
  z
    .enum(fields.flatMap((f) => [f, `-${f}`]) as unknown as readonly [SortSpec<F[number]>, ...SortSpec<F[number]>[]])
    // Readable enum members for generated clients: votes -> VOTES_ASC, -votes -> VOTES_DESC.
    .meta({ 'x-enum-varnames': fields.flatMap((f) => [`${f.toUpperCase()}_ASC`, `${f.toUpperCase()}_DESC`]) })
    // The generic enum's default type does not reduce to the spec union: the value is one of `fields` by its type.
    .default(dflt as never)
    .describe(`Sort field; prefix with \`-\` for descending. One of: ${fields.join(', ')}.`);

export const Pagination = {
  total: z.number().int().describe('Rows matching the filters, over all pages.'),
  limit: z.number().int(),
  offset: z.number().int(),
};

export const Link = z.string().describe('A path on this API.');

/** For endpoints without query parameters: any parameter is an error, not silently ignored. */
export const NoQuery = z.object({}).strict();
