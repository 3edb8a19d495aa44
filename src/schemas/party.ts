import { z } from 'zod';
import { ContestSlug, ElectionRef, LocalizedNames } from './candidate.js';
import {
  BooleanFigure,
  format,
  limit,
  named,
  NumberFigure,
  offset,
  Pagination,
  Slug,
  sortParam,
  NoQuery,
  electionFilter,
} from './common.js';
import { displayName } from './language.js';
import { DATE_PRECISIONS, PARTY_KINDS, PARTY_LINK_KINDS } from '../domain/values.js';

export const PartyKind = named(
  z.enum(PARTY_KINDS),
  'PartyKind',
  'Registered political party, public association, trade-union body or electoral coalition.',
);

export const PartyLink = named(
  z.object({
    party_id: z.string().describe('The party on the other side of the link.'),
    kind: z.enum(PARTY_LINK_KINDS),
    date: z.string().describe('When the rename or merger took effect, ISO 8601.'),
  }),
  'PartyLink',
  'A dated rename or merger between two parties.',
);

export const PartyResult = named(
  z.object({
    election: ElectionRef,
    contest: ContestSlug,
    region_id: z.string().nullable().describe('null for the contest-wide result; else the region the figures are for.'),
    votes: NumberFigure,
    pct: NumberFigure,
    elected: BooleanFigure,
    list_candidates: NumberFigure.describe('Candidates on the party list, as the source states it.'),
  }),
  'PartyResult',
  'The party as a line on a ballot, nationally or in one region.',
);

export const PartySeats = named(
  z.object({
    election: ElectionRef,
    party_list: NumberFigure,
    district: NumberFigure,
    total: NumberFigure,
  }),
  'PartySeats',
  'Mazhilis seats the party won, per tier.',
);

export const PartyNomination = named(
  z.object({
    election: ElectionRef,
    contest: ContestSlug,
    candidate_id: z.string().describe('See /v1/candidates/{candidate_id}.'),
  }),
  'PartyNomination',
  'A candidate the party nominated.',
);

export const Founded = named(
  z.object({
    date: z
      .string()
      .nullable()
      .describe('YYYY-MM-DD, YYYY-MM or YYYY as precise as the sources state it; null when they give no date.'),
    precision: z.enum(DATE_PRECISIONS).nullable().describe('How precise `date` is; null with it.'),
    note: z
      .string()
      .nullable()
      .describe('The founding as the sources word it (what the date was: registration, congress, a predecessor).'),
    source_ids: z
      .array(z.string())
      .describe("The sources of the party's record, which state the founding among its other facts."),
    missing_reason: z.string().nullable().describe('Why there is no date; null when there is one.'),
  }),
  'Founded',
  'When a party or organisation was founded, with the precision the sources give, or null with the reason.',
);

export const PartySummary = named(
  z.object({
    id: z.string(),
    ...displayName,
    names: LocalizedNames,
    kind: PartyKind,
    founded: Founded,
  }),
  'PartySummary',
  'A party or another organisation that nominated candidates or ran a list.',
);

export const PartyDetail = named(
  PartySummary.extend({
    aliases: z.array(z.string()).describe('Every spelling the store knows, including the names above.'),
    predecessors: z.array(PartyLink).describe('Parties renamed into or merged into this one.'),
    successors: z.array(PartyLink).describe('Parties this one was renamed into or merged into.'),
    results: z.array(PartyResult).describe('Oldest vote first; contest-wide rows before regional ones.'),
    seats: z.array(PartySeats),
    nominations: z.array(PartyNomination),
    source_ids: z.array(z.string()).describe('Sources for the names, kind and founding (see /v1/sources/{source_id}).'),
  }),
  'PartyDetail',
  'A party with its lineage, results, seats and nominations across the votes.',
);

export const PartyList = named(z.object({ data: z.array(PartySummary), ...Pagination }), 'PartyList');

export const PartyListQuery = z
  .object({
    kind: z.enum(PartyKind.options).optional().describe('Only organisations of this kind.'),
    election: electionFilter.describe('Only organisations that ran a list or nominated a candidate in this vote.'),
    sort: sortParam(['name', 'id'] as const, 'name'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export const PartyParams = z
  .object({
    party_id: Slug.describe('Party id, e.g. amanat; an unknown id is a 404.').meta({ example: 'amanat' }),
  })
  .strict();
export const PartyQuery = NoQuery;

export type PartySummary = z.infer<typeof PartySummary>;
export type PartyDetail = z.infer<typeof PartyDetail>;
export type PartyList = z.infer<typeof PartyList>;
