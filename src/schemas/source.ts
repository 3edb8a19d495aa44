import { z } from 'zod';
import {
  ClaimStatus,
  Disposition,
  ElectionId,
  format,
  limit,
  named,
  offset,
  Pagination,
  Slug,
  sortParam,
  NoQuery,
  electionFilter,
} from './common.js';
import { ClaimUnit, SourceKind, SourceRef, SubjectType } from './claim.js';

export const Source = named(
  SourceRef.extend({
    description: z
      .string()
      .nullable()
      .describe('What the document is, for a reader (kept for the seed articles); null when none is kept.'),
    language: z.string().nullable().describe('BCP 47 tag of the text, e.g. ru, kk, kk-Latn.'),
    published_on: z
      .string()
      .nullable()
      .describe('YYYY, YYYY-MM or YYYY-MM-DD, as precise as known; null when unknown.'),
  }),
  'Source',
  'A document that figures are taken from.',
);

export const SourceClaim = named(
  z.object({
    claim_id: z.string().describe('See /v1/claims/{claim_id}.'),
    election_id: ElectionId,
    subject_type: SubjectType,
    subject_id: z.string(),
    metric: z.string(),
    value: z.string().describe('The value as stored, before typing.'),
    unit: ClaimUnit,
    status: ClaimStatus,
    disposition: Disposition,
  }),
  'SourceClaim',
  'A claim that cites the source.',
);

export const SourceDetail = named(
  Source.extend({
    claims: z.array(SourceClaim).describe('Every claim citing the source, by vote, subject and metric.'),
  }),
  'SourceDetail',
  'A source with every claim that cites it.',
);

export const SourceList = named(z.object({ data: z.array(Source), ...Pagination }), 'SourceList');

export const SourceListQuery = z
  .object({
    // Unregistered copies of the enums: a $ref'd enum would lose the parameter's description in OpenAPI.
    kind: z.enum(SourceKind.options).optional().describe('Only sources of this kind.'),
    election: electionFilter.describe('Only sources cited by at least one claim about this vote.'),
    sort: sortParam(['id', 'published_on'] as const, 'id'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export const SourceParams = z
  .object({
    source_id: Slug.describe('Source id, e.g. kazinform-c05326; an unknown id is a 404.').meta({
      example: 'kazinform-c05326',
    }),
  })
  .strict();
/** No query parameters: an unknown one is a 400 rather than silently ignored. */
export const SourceQuery = NoQuery;

export type Source = z.infer<typeof Source>;
export type SourceDetail = z.infer<typeof SourceDetail>;
export type SourceListQuery = z.infer<typeof SourceListQuery>;
