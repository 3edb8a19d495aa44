import { z } from 'zod';
import { LocalizedNames } from './candidate.js';
import { OtherFigure } from './claim.js';
import { ElectionId, format, limit, named, NumberFigure, offset, Pagination, Slug, sortParam } from './common.js';
import { displayName } from './language.js';
import { REGION_KINDS } from '../domain/values.js';

export const RegionKind = named(
  z.enum(REGION_KINDS),
  'RegionKind',
  'Region (oblys), city of republican significance, or the pseudo-region of voters abroad.',
);

export const IsoCodes = named(
  z.object({
    until_2022_11_28: z
      .string()
      .nullable()
      .describe('ISO 3166-2 code before the November 2022 renumbering; null for regions created later.'),
    from_2022_11_29: z.string().nullable().describe('ISO 3166-2 code from 29 November 2022.'),
  }),
  'RegionIsoCodes',
  'ISO 3166-2 codes: Kazakhstan switched from letter to number codes in November 2022.',
);

const validity = {
  valid_from: z.string().nullable().describe('First day it existed, ISO 8601; null when it predates 2019.'),
  valid_to: z.string().nullable().describe('Last day it existed; null when it still exists.'),
};

export const RegionName = named(
  z.object({
    lang: z.string().describe('BCP 47 language tag: en, kk, ru, kk-Latn.'),
    name: z.string(),
    valid_from: z.string().nullable().describe('First day the name was official; null when open.'),
    valid_to: z.string().nullable().describe('Last day the name was official; null when still official.'),
  }),
  'RegionName',
  'An official name with the days it was in use (Astana was Nur-Sultan from 2019 to 2022).',
);

export const RegionTurnout = named(
  z.object({
    election_id: ElectionId,
    registered_voters: NumberFigure,
    voters_participated: NumberFigure,
    turnout_pct: NumberFigure,
    polling_stations: NumberFigure,
    other_figures: z.array(OtherFigure).describe('Every other accepted figure about the region at this vote.'),
  }),
  'RegionTurnout',
  'Turnout in the region at one vote, as the sources state it.',
);

export const RegionSummary = named(
  z.object({
    id: z.string(),
    ...displayName,
    names: LocalizedNames,
    kind: RegionKind,
    iso_3166_2: IsoCodes,
    ...validity,
    parent_id: z.string().nullable().describe('The region it was split from, if any.'),
  }),
  'RegionSummary',
  'A first-level unit of Kazakhstan.',
);

export const RegionDetail = named(
  RegionSummary.extend({
    children: z.array(z.string()).describe('Regions split from this one.'),
    dated_names: z.array(RegionName),
    aliases: z.array(z.string()).describe('Every spelling the store knows, including the names above.'),
    turnout: z.array(RegionTurnout).describe('One row per vote at which the region existed, oldest first.'),
    source_ids: z.array(z.string()).describe('Sources for the names, codes and dates (see /v1/sources/{source_id}).'),
  }),
  'RegionDetail',
  'A region with its dated names, lineage and turnout across the votes.',
);

export const RegionList = named(z.object({ data: z.array(RegionSummary), ...Pagination }), 'RegionList');

export const RegionListQuery = z
  .object({
    on: z.iso
      .date()
      .optional()
      .describe('Only regions that existed on this day, YYYY-MM-DD.')
      .meta({ example: '2021-01-10' }),
    kind: z.enum(RegionKind.options).optional().describe('Only units of this kind.'),
    sort: sortParam(['name', 'id'] as const, 'name'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export const RegionParams = z
  .object({
    region_id: Slug.describe('Region id, e.g. almaty-region; an unknown id is a 404.').meta({
      example: 'almaty-region',
    }),
  })
  .strict();
/** The detail's CSV is the region's history: one line per vote (its `turnout` rows). */
export const RegionQuery = z.object({ format }).strict();

export type RegionSummary = z.infer<typeof RegionSummary>;
export type RegionDetail = z.infer<typeof RegionDetail>;
export type RegionList = z.infer<typeof RegionList>;
