import { and, asc, eq, or, sql } from 'drizzle-orm';
import { contestants, contests, elections, parties, partyLinks, results, seats } from '../db/schema.js';
import type { PartyDetail, PartySummary } from '../schemas/party.js';
import { aliasesOf, electionRef } from './candidates.js';
import { withNames } from './names.js';
import type { DisplayLang } from '../domain/values.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import { RESULT_COLUMNS, SEAT_COLUMNS } from '../domain/metric-columns.js';
import { preparedOnce } from './prepared.js';

type PartyRow = typeof parties.$inferSelect;
type LinkKind = PartyDetail['successors'][number]['kind'];

/** Why a party has no founding date: the wording the sources give instead, or that none gives one. */
function foundedMissingReason(p: PartyRow): string | null {
  if (p.foundedOn) return null;
  if (!p.founded) return 'No source in the store states when it was founded.';
  if (/^unconfirmed$/i.test(p.founded)) return 'No source in the store confirms when it was founded.';
  return `The sources give no founding date, only: ${p.founded}`;
}

/** The party as the list shows it; the detail adds to it. */
export const partySummary = (p: PartyRow, lang?: DisplayLang): PartySummary => ({
  id: p.id,
  ...withNames(lang, p),
  kind: p.kind,
  founded: {
    date: p.foundedOn,
    precision: p.foundedPrecision,
    note: p.founded,
    source_ids: p.foundedOn ? p.sourceIds.split(/;\s*/).filter(Boolean) : [],
    missing_reason: foundedMissingReason(p),
  },
});

const ID = sql.placeholder('id');

/** Renames and mergers on either side of the party, oldest first. */
function lineage(ctx: ReadContext, id: string) {
  const links = preparedOnce(ctx.db, 'parties-links', () =>
    ctx.db
      .select()
      .from(partyLinks)
      .where(or(eq(partyLinks.fromPartyId, ID), eq(partyLinks.toPartyId, ID)))
      .orderBy(asc(partyLinks.date))
      .prepare(),
  ).all({ id });
  const link = (partyId: string, l: (typeof links)[number]) => ({
    party_id: partyId,
    kind: l.kind as LinkKind,
    date: l.date,
  });
  return {
    predecessors: links.filter((l) => l.toPartyId === id).map((l) => link(l.fromPartyId, l)),
    successors: links.filter((l) => l.fromPartyId === id).map((l) => link(l.toPartyId, l)),
  };
}

const byId = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'parties-by-id', () => ctx.db.select().from(parties).where(eq(parties.id, ID)).prepare());

/** Every result line of the party, national and regional. */
const resultsOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'parties-results', () =>
    ctx.db
      .select({ r: results, election: elections, contest: contests })
      .from(results)
      .innerJoin(elections, eq(elections.id, results.electionId))
      .innerJoin(contests, eq(contests.id, results.contestId))
      .where(eq(results.contestantId, ID))
      .orderBy(asc(elections.date), asc(contests.id), asc(results.regionId))
      .prepare(),
  );

const seatsOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'parties-seats', () =>
    ctx.db
      .select({ s: seats, election: elections })
      .from(seats)
      .innerJoin(elections, eq(elections.id, seats.electionId))
      .where(eq(seats.holderId, ID))
      .orderBy(asc(elections.date))
      .prepare(),
  );

const nomineesOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'parties-nominees', () =>
    ctx.db
      .select({ line: contestants, election: elections, contest: contests })
      .from(contestants)
      .innerJoin(elections, eq(elections.id, contestants.electionId))
      .innerJoin(contests, eq(contests.id, contestants.contestId))
      .where(and(eq(contestants.nominatedById, ID), eq(contestants.kind, 'candidate')))
      .orderBy(asc(elections.date), asc(contests.districtNumber), asc(contestants.contestantId))
      .prepare(),
  );

/** The party with its lineage, ballot lines, seats and nominees; undefined when the id is unknown. */
export function getParty(ctx: ReadContext, id: string): PartyDetail | undefined {
  const party = byId(ctx).get({ id });
  if (!party) return undefined;
  const resultRows = resultsOf(ctx).all({ id });
  const seatRows = seatsOf(ctx).all({ id });
  const nominees = nomineesOf(ctx).all({ id });
  const resolver = FigureResolver.load(ctx.db, ctx.gaps, [
    ...resultRows.flatMap(({ r }) => [
      r.votesClaim,
      r.pctClaim,
      r.electedClaim,
      r.electedDerivedFrom,
      r.listCandidatesClaim,
    ]),
    ...seatRows.flatMap(({ s }) => [s.partyListClaim, s.districtClaim, s.totalClaim]),
  ]);
  return {
    ...partySummary(party, ctx.lang),
    aliases: aliasesOf(ctx, 'party', id),
    ...lineage(ctx, id),
    results: resultRows.map(({ r, election, contest }) => {
      // Regional lines are claims about region_contestant subjects, so their gaps are found under that key.
      const key = (metric: FigureKey['metric']) =>
        r.regionId === null
          ? { electionId: election.id, subjectType: 'contestant', subjectId: id, metric }
          : { electionId: election.id, subjectType: 'region_contestant', subjectId: `${r.regionId}/${id}`, metric };
      return {
        election: electionRef(election),
        contest: contest.slug,
        region_id: r.regionId,
        votes: resolver.number(r.votesClaim, r.votes, key(RESULT_COLUMNS.votes)),
        pct: resolver.number(r.pctClaim, r.pct, key(RESULT_COLUMNS.pct)),
        elected: resolver.bool(r.electedClaim, r.elected, key(RESULT_COLUMNS.elected), r.electedDerivedFrom),
        list_candidates: resolver.number(r.listCandidatesClaim, r.listCandidates, key(RESULT_COLUMNS.listCandidates)),
      };
    }),
    seats: seatRows.map(({ s, election }) => {
      const key = (metric: FigureKey['metric']) => ({
        electionId: election.id,
        subjectType: 'contestant',
        subjectId: id,
        metric,
      });
      return {
        election: electionRef(election),
        party_list: resolver.number(s.partyListClaim, s.partyList, key(SEAT_COLUMNS.partyList)),
        district: resolver.number(s.districtClaim, s.district, key(SEAT_COLUMNS.district)),
        total: resolver.number(s.totalClaim, s.total, key(SEAT_COLUMNS.total)),
      };
    }),
    nominations: nominees.map(({ line, election, contest }) => ({
      election: electionRef(election),
      contest: contest.slug,
      candidate_id: line.contestantId,
    })),
    source_ids: party.sourceIds ? party.sourceIds.split(';') : [],
  };
}
