import { z } from 'zod';
import { OtherFigure } from './claim.js';
import { Chamber } from './seat.js';
import {
  ClaimStatus,
  ElectionId,
  format,
  Slug,
  Link,
  limit,
  named,
  NumberFigure,
  offset,
  Pagination,
  seriesStatus,
  sortParam,
} from './common.js';
import { CONTEST_KINDS, ELECTION_KINDS, ELECTION_SYSTEMS } from '../domain/values.js';

export const ElectionKind = named(z.enum(ELECTION_KINDS), 'ElectionKind');

export const ElectionSystem = named(
  z.enum(ELECTION_SYSTEMS),
  'ElectionSystem',
  'How seats or the winner are decided: a single winner by majority, party-list proportional, mixed list + districts, or a referendum.',
);

export const ElectionLinks = named(
  z.object({
    self: Link,
    results: Link,
    turnout: Link,
    seats: Link,
    districts: Link,
    discrepancies: Link,
  }),
  'ElectionLinks',
);

export const ElectionSummary = named(
  z.object({
    id: ElectionId,
    kind: ElectionKind,
    name: z.string(),
    date: z.string().describe('Polling day, ISO 8601.'),
    date_claim_id: z
      .string()
      .nullable()
      .describe('The claim stating the polling day (see /v1/claims/{claim_id}); null when only the seed gives it.'),
    system: ElectionSystem,
    result_status: ClaimStatus.describe(
      '`final` when every accepted national result figure is final, `preliminary` when any is preliminary, else `unknown`.',
    ),
    seats_total: NumberFigure.describe('Seats filled (Mazhilis votes only).'),
    turnout_pct: NumberFigure,
    links: ElectionLinks,
  }),
  'ElectionSummary',
  'One of the five votes, with its headline figures.',
);

export const Contest = named(
  z.object({
    id: z.string().describe('Use as `?contest=` on the results endpoint.'),
    kind: z.enum(CONTEST_KINDS),
    district_number: z.number().int().nullable(),
  }),
  'Contest',
  'One ballot within a vote.',
);

export const QualityFlag = named(
  z.object({
    check: z.string(),
    subject: z.string(),
    detail: z.string(),
  }),
  'QualityFlag',
  'Arithmetic in the sources that does not add up; recorded, never corrected.',
);

export const NationalTurnout = named(
  z.object({
    registered_voters: NumberFigure,
    voters_participated: NumberFigure,
    turnout_pct: NumberFigure,
    valid_ballots: NumberFigure,
    invalid_ballots: NumberFigure,
    polling_stations: NumberFigure,
  }),
  'NationalTurnout',
  'Turnout of the whole vote, abroad included.',
);

export const AbroadTurnout = named(
  z.object({
    registered_voters: NumberFigure,
    voters_participated: NumberFigure,
    turnout_pct: NumberFigure,
    polling_stations: NumberFigure,
  }),
  'AbroadTurnout',
  'Voting at the missions abroad, as election-level figures.',
);

export const VoteCitation = named(
  z.object({
    text: z.string().describe('How to cite the figures of this vote: the project, the release and its main sources.'),
    release: z.string().describe('The data release the figures come from (GET /v1/release).'),
    source_ids: z
      .array(z.string())
      .describe(
        "The sources stating most of the vote's accepted figures, at most three (see /v1/sources/{source_id}).",
      ),
  }),
  'VoteCitation',
  'How to cite a vote, generated from the store: cite each figure with the sources named beside it as well.',
);

export const ElectionDetail = named(
  ElectionSummary.extend({
    national_turnout: NationalTurnout,
    abroad: AbroadTurnout,
    chamber: Chamber,
    contests: z.array(Contest),
    other_figures: z.array(OtherFigure),
    data_quality: z.array(QualityFlag),
    cite: VoteCitation,
  }),
  'ElectionDetail',
  'One vote with its national figures, contests and data-quality findings.',
);

export const ElectionList = named(z.object({ data: z.array(ElectionSummary), ...Pagination }), 'ElectionList');

export const ElectionListQuery = z
  .object({
    // An unregistered copy: a $ref'd enum would lose this parameter's description in OpenAPI.
    kind: z.enum(ElectionKind.options).optional().describe('Only votes of this kind.'),
    sort: sortParam(['date', 'name'] as const, 'date'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export const ElectionParams = z
  .object({
    election_id: Slug.describe('Election id, e.g. 2022-presidential (see ElectionId); an unknown id is a 404.').meta({
      example: '2022-presidential',
    }),
  })
  .strict();
export const ElectionQuery = z.object({ status: seriesStatus }).strict();

export type ElectionSummary = z.infer<typeof ElectionSummary>;
export type ElectionDetail = z.infer<typeof ElectionDetail>;
