import { z } from 'zod';
import { Nomination } from './candidate.js';
import {
  BooleanFigure,
  format,
  limit,
  Link,
  named,
  NumberFigure,
  offset,
  Pagination,
  seriesStatus,
  Slug,
  sortParam,
} from './common.js';
import { CONTESTANT_KINDS } from '../domain/values.js';
import { displayName } from './language.js';
import { SERIES_STATUSES } from '../domain/values.js';

export const Series = named(
  z.enum(['accepted', ...SERIES_STATUSES]),
  'Series',
  'Which figures are served: the accepted ones (default) or the final or preliminary series.',
);

export const ResultRow = named(
  z.object({
    contestant_id: z.string(),
    contestant_kind: z.enum(CONTESTANT_KINDS),
    ...displayName,
    nominated_by: Nomination.nullable().describe('Who nominated a candidate; null for other lines.'),
    region_id: z.string().nullable().describe('null for the national result.'),
    votes: NumberFigure,
    pct: NumberFigure.describe(
      'Share as the source states it (of valid ballots, or of all ballots cast for the referendum).',
    ),
    pct_of_valid_ballots: NumberFigure.describe(
      'Share of valid ballots where a source states it separately (referendum).',
    ),
    rank: NumberFigure,
    elected: BooleanFigure,
    list_candidates: NumberFigure.describe('Candidates on a party list.'),
    href: Link.nullable().describe('The contestant as a resource, when it is a candidate or a party.'),
  }),
  'ResultRow',
  'One line of a ballot with its result.',
);

export const ResultList = named(
  z.object({
    election_id: z.string(),
    contest: z.string().describe('The contest served; see the contests of the election.'),
    region_id: z.string().nullable(),
    series: Series,
    data: z.array(ResultRow),
    ...Pagination,
  }),
  'ResultList',
);

export const ResultQuery = z
  .object({
    region: Slug.optional()
      .describe("A region id: that region's results where a source has them (null figures with a reason otherwise).")
      .meta({ example: 'kyzylorda' }),
    contest: z
      .string()
      .max(40)
      .regex(/^[a-z0-9-]+$/, 'must be a contest id such as district-7')
      .optional()
      .describe('A contest id (president, party-list, question, apk, district-N); default: the national ballot.')
      .meta({ example: 'district-11' }),
    status: seriesStatus,
    sort: sortParam(['votes', 'pct', 'name'] as const, '-votes'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type ResultRow = z.infer<typeof ResultRow>;
export type ResultList = z.infer<typeof ResultList>;
