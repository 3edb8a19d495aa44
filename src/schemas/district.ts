import { z } from 'zod';
import { format, limit, named, NumberFigure, offset, Pagination, Slug, TextFigure } from './common.js';

export const DistrictWinner = named(
  z.object({
    name: TextFigure,
    candidate_id: z.string().nullable().describe('The winner as a candidate resource, when known.'),
  }),
  'DistrictWinner',
  'Who won a district, as a source names them.',
);

export const District = named(
  z.object({
    number: z.number().int(),
    contest_id: z.string().describe('Use as `?contest=` on the results endpoint.'),
    name: TextFigure.describe('The area the district covers, as a source describes it.'),
    region_id: TextFigure,
    winner: DistrictWinner,
    party_id: TextFigure.describe("The winner's party, or `independent` for a self-nominated winner."),
    registered_voters: NumberFigure,
    candidates_nominated: NumberFigure,
    candidates_count: NumberFigure.describe('Candidates on the ballot.'),
  }),
  'District',
  'A single-member district of the 2023 Mazhilis election.',
);

export const DistrictList = named(
  z.object({ election_id: z.string(), data: z.array(District), ...Pagination }),
  'DistrictList',
  'Districts of a vote; empty for votes without districts.',
);

export const DistrictQuery = z
  .object({
    region: Slug.optional().describe('Only districts in this region.'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type District = z.infer<typeof District>;
export type DistrictList = z.infer<typeof DistrictList>;
