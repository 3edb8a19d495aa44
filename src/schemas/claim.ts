import { z } from 'zod';
import {
  ClaimStatus,
  Disposition,
  ElectionId,
  electionFilter,
  format,
  limit,
  metricFilter,
  named,
  NoQuery,
  offset,
  Pagination,
} from './common.js';
import { CLAIM_UNITS, SOURCE_KINDS, SUBJECT_TYPES } from '../domain/values.js';

/*
 * Claims are the base of provenance: sources, discrepancies and search results build on these
 * shapes. SourceKind and SourceRef live here, not in source.ts, because a claim embeds its source
 * and source.ts embeds claims; one direction of import keeps the modules free of cycles.
 */
export const SourceKind = named(
  z.enum(SOURCE_KINDS),
  'SourceKind',
  'What kind of publisher a source is, strongest first in the precedence rule.',
);
export const SubjectType = named(
  z.enum(SUBJECT_TYPES),
  'SubjectType',
  'What a claim is about; `region_contestant` subjects are `region/contestant` ids.',
);
export const ClaimUnit = named(z.enum(CLAIM_UNITS), 'ClaimUnit');
export const ClaimValue = named(
  z.union([z.number(), z.string()]),
  'ClaimValue',
  'A number for units count, percent and seats; the text as stated for text and date.',
);

export const SourceRef = named(
  z.object({
    id: z.string().describe('See /v1/sources/{source_id}.'),
    url: z.string().nullable().describe("The document's web address; null when it names none."),
    title: z.string().nullable(),
    publisher: z.string(),
    kind: SourceKind,
  }),
  'SourceRef',
  'The source a claim cites.',
);

export const ClaimSummary = named(
  z.object({
    claim_id: z.string().describe('See /v1/claims/{claim_id}.'),
    value: ClaimValue,
    status: ClaimStatus,
    disposition: Disposition,
    source_id: z.string(),
    reason: z.string().describe('Why the project gave the claim its disposition.'),
  }),
  'ClaimSummary',
  'One claim about a figure, next to the other claims about it.',
);

/** One claim in a list: the claim as stated, its key and its source, without its siblings (they are in the list). */
export const ClaimListItem = named(
  z.object({
    id: z.string(),
    election_id: ElectionId,
    subject_type: SubjectType,
    subject_id: z.string(),
    metric: z.string(),
    value: ClaimValue,
    unit: ClaimUnit,
    status: ClaimStatus,
    disposition: Disposition,
    reason: z.string().describe('Why the project gave the claim its disposition.'),
    source: SourceRef,
  }),
  'ClaimListItem',
  'A figure as one source states it.',
);
export type ClaimListItem = z.infer<typeof ClaimListItem>;

export const ClaimDetail = named(
  ClaimListItem.extend({
    corroborating_source_ids: z
      .array(z.string())
      .describe('For an accepted claim: sources of other claims that state the same value.'),
    siblings: z
      .array(ClaimSummary)
      .describe('The other claims about the same figure (vote, subject and metric), accepted first.'),
  }),
  'Claim',
  'A figure exactly as one source states it, with the other claims about the same figure.',
);

export const ClaimParams = z
  .object({
    claim_id: z
      .string()
      .min(1)
      .max(200)
      .describe(
        'Claim id, e.g. 2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326; ' +
          'percent-encode a `/` as %2F. An unknown id is a 404.',
      )
      .meta({ example: '2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326' }),
  })
  .strict();
/** An accepted figure shown as its claim, where the resource has no field of its own for its metric. */
export const OtherFigure = named(
  z.object({
    metric: z.string(),
    unit: ClaimUnit,
    value: ClaimValue,
    status: ClaimStatus,
    source_ids: z.array(z.string()),
    claim_id: z.string(),
  }),
  'OtherFigure',
  'An accepted figure without a field of its own (observers, dates, ballots printed, a local-council turnout...).',
);
export type OtherFigure = z.infer<typeof OtherFigure>;

/** No query parameters: an unknown one is a 400 rather than silently ignored. */
export const ClaimQuery = NoQuery;

export const ClaimList = named(z.object({ data: z.array(ClaimListItem), ...Pagination }), 'ClaimList');
export type ClaimList = z.infer<typeof ClaimList>;

export const ClaimListQuery = z
  .object({
    election: electionFilter.describe('Only claims about this vote.'),
    subject_type: z.enum(SubjectType.options).optional().describe('Only claims about this kind of subject.'),
    subject: z
      .string()
      .min(1)
      .max(120)
      .regex(/^[a-z0-9/-]+$/, 'must be a subject id such as astana, tokayev-kassym-jomart or astana/yes')
      .optional()
      .describe('Only claims about this subject (a vote, region, contestant, `region/contestant` or district id).'),
    metric: metricFilter.describe('Only claims of this metric, e.g. votes, turnout_pct.'),
    disposition: z.enum(Disposition.options).optional().describe('Only claims of this disposition.'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type ClaimDetail = z.infer<typeof ClaimDetail>;
export type ClaimSummary = z.infer<typeof ClaimSummary>;
export type ClaimValue = z.infer<typeof ClaimValue>;
