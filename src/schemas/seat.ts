import { z } from 'zod';
import {
  format,
  limit,
  Link,
  named,
  NumberFigure,
  offset,
  Pagination,
  seriesStatus,
  sortParam,
  partyFilter,
} from './common.js';
import { Series } from './result.js';
import { SEAT_HOLDER_KINDS } from '../domain/values.js';
import { displayName } from './language.js';

export const SeatRow = named(
  z.object({
    holder_id: z.string(),
    holder_kind: z.enum(SEAT_HOLDER_KINDS),
    ...displayName,
    party_list: NumberFigure.describe('Seats won on the national party list.'),
    district: NumberFigure.describe('Single-member district seats (2023).'),
    assembly: NumberFigure.describe('Seats filled by the Assembly of People of Kazakhstan (2021).'),
    total: NumberFigure.describe('Total seats as a source states it; never summed by the API.'),
    href: Link.nullable(),
  }),
  'SeatRow',
  'Seats held by a party, the self-nominated or the Assembly, per tier.',
);

export const Chamber = named(
  z.object({
    seats_total: NumberFigure,
    seats_party_list: NumberFigure,
    seats_district: NumberFigure,
    seats_assembly: NumberFigure,
    threshold_pct: NumberFigure.describe('Share of the party-list vote needed to win list seats.'),
  }),
  'Chamber',
  'Chamber size per tier and the list threshold.',
);

export const SeatAllocation = named(
  z.object({
    election_id: z.string(),
    series: Series,
    chamber: Chamber,
    data: z.array(SeatRow).describe('Empty for votes that fill no seats.'),
    ...Pagination,
  }),
  'SeatAllocation',
);

export const SeatQuery = z
  .object({
    status: seriesStatus,
    party: partyFilter.describe('Only the seats of this holder (a party id, `independent` or `assembly-of-people`).'),
    sort: sortParam(['party_list', 'total', 'name'] as const, '-party_list'),
    limit: limit(),
    offset,
    format,
  })
  .strict();

export type SeatAllocation = z.infer<typeof SeatAllocation>;
export type SeatRow = z.infer<typeof SeatRow>;
