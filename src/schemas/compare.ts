import { z } from 'zod';
import { TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import { ElectionRef } from './candidate.js';
import { format, limit, named, NumberFigure, offset, Pagination, Slug, sortParam } from './common.js';
import { Lang } from './language.js';

/** The turnout figures a comparison can take: each turnout column's API name (its first claim metric). */
export const COMPARE_METRICS = Object.values(TURNOUT_COLUMNS).map((m) => m[0]) as [string, ...string[]];

export const CompareMetric = named(z.enum(COMPARE_METRICS), 'CompareMetric', 'A figure of the turnout rows.');

export const Lineage = named(
  z.enum(['same', 'boundaries-changed', 'parent', 'none']),
  'Lineage',
  '`same`: the region on the same territory at both votes; `boundaries-changed`: the same region, but a region ' +
    'was split from it between the votes; `parent`: the region did not exist at the other vote and is compared ' +
    'with the region it was split from; `none`: nothing to compare with.',
);

export const ComputedDifference = named(
  z.object({
    value: z.number().meta({ format: 'double' }).nullable().describe('`to` minus `from`; null when either is.'),
    computed: z.literal(true).describe('Always true: the API computed it; no source states it.'),
    unit: z.enum(['percentage-points', 'count']),
    claim_ids: z.array(z.string()).describe('The two claims it is computed from (see /v1/claims/{claim_id}).'),
    missing_reason: z.string().nullable().describe('Why the value is null; null when it is not.'),
  }),
  'ComputedDifference',
  'A difference the API computes from two sourced figures; never stored, never presented as a source value.',
);

export const CompareRow = named(
  z.object({
    region_id: z.string().nullable().describe('The region at the `to` vote; null for the national row.'),
    region_name: z.string(),
    region_name_lang: Lang,
    compared_region_id: z.string().nullable().describe('The region whose `from` figure is used.'),
    lineage: Lineage,
    lineage_note: z.string().nullable().describe('What changed between the votes, when something did.'),
    from_value: NumberFigure,
    to_value: NumberFigure,
    difference: ComputedDifference,
  }),
  'CompareRow',
  'One region (or the country) at two votes.',
);

export const Comparison = named(
  z.object({
    from: ElectionRef,
    to: ElectionRef,
    metric: CompareMetric,
    national: CompareRow.nullable().describe('The country at both votes; null when the `to` vote has no national row.'),
    data: z.array(CompareRow).describe('One row per region that existed at the `to` vote.'),
    ...Pagination,
  }),
  'Comparison',
);

export const CompareQuery = z
  .object({
    from: Slug.describe('The earlier (or any) vote, an election id.').meta({ example: '2019-presidential' }),
    to: Slug.describe('The vote whose regions are listed.').meta({ example: '2022-presidential' }),
    // An unregistered copy: a $ref'd enum would lose this parameter's description in OpenAPI.
    metric: z
      .enum(COMPARE_METRICS)
      .default('turnout_pct')
      .describe('The turnout figure to compare; default turnout_pct (a difference in percentage points).'),
    sort: sortParam(['region', 'difference'] as const, 'region'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type CompareRow = z.infer<typeof CompareRow>;
export type Comparison = z.infer<typeof Comparison>;
