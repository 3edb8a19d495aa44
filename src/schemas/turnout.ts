import { z } from 'zod';
import { format, limit, named, NumberFigure, offset, Pagination, seriesStatus, Slug, sortParam } from './common.js';
import { Series } from './result.js';
import { OtherFigure } from './claim.js';
import { Lang } from './language.js';

export const TurnoutRow = named(
  z.object({
    region_id: z.string().nullable().describe('null for the national row.'),
    region_name: z
      .string()
      .describe('The name in use on the day of the vote (e.g. Nur-Sultan in 2019-2022), in the language asked for.'),
    region_name_lang: Lang.describe('The language of `region_name`: the one asked for, or `en` as the fallback.'),
    registered_voters: NumberFigure,
    voters_participated: NumberFigure,
    turnout_pct: NumberFigure,
    valid_ballots: NumberFigure,
    invalid_ballots: NumberFigure,
    polling_stations: NumberFigure,
    other_figures: z
      .array(OtherFigure)
      .describe(
        'Every other accepted figure about this region at this vote (e.g. a local-council turnout, closed polling stations).',
      ),
  }),
  'TurnoutRow',
  'Turnout of the country or one region.',
);

export const TurnoutList = named(
  z.object({
    election_id: z.string(),
    series: Series,
    national: TurnoutRow,
    data: z.array(TurnoutRow).describe('One row per region that existed on the day, including `abroad`.'),
    ...Pagination,
  }),
  'TurnoutList',
);

export const TurnoutQuery = z
  .object({
    region: Slug.optional().describe('Only this region.').meta({ example: 'almaty-city' }),
    status: seriesStatus,
    sort: sortParam(['region', 'turnout_pct', 'registered_voters', 'voters_participated'] as const, 'region'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type TurnoutRow = z.infer<typeof TurnoutRow>;
export type TurnoutList = z.infer<typeof TurnoutList>;
