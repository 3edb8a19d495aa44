import { inArray } from 'drizzle-orm';
import { candidates, parties, regionNames, regions, specialContestants } from '../db/schema.js';
import { existedOn } from '../lib/existed-on.js';
import type { ReadContext } from './read-context.js';

/** The Assembly of People is a seat holder in 2021 but no ballot line, so it has no table row. */
const ASSEMBLY = { id: 'assembly-of-people', name: 'Assembly of People of Kazakhstan' };

export type ContestantType = 'candidate' | 'party' | 'special' | 'assembly';

/** English names of any mix of candidate, party and special contestant ids, with what each is. */
export function contestantNames(ctx: ReadContext, ids: string[]): Map<string, { name: string; type: ContestantType }> {
  const out = new Map<string, { name: string; type: ContestantType }>();
  if (ids.length === 0) return out;
  for (const c of ctx.db.select().from(candidates).where(inArray(candidates.id, ids)).all())
    out.set(c.id, { name: c.nameEn, type: 'candidate' });
  for (const p of ctx.db.select().from(parties).where(inArray(parties.id, ids)).all())
    out.set(p.id, { name: p.nameEn, type: 'party' });
  for (const s of ctx.db.select().from(specialContestants).where(inArray(specialContestants.id, ids)).all())
    out.set(s.id, { name: s.nameEn, type: 'special' });
  if (ids.includes(ASSEMBLY.id)) out.set(ASSEMBLY.id, { name: ASSEMBLY.name, type: 'assembly' });
  return out;
}

/** API path of a contestant, or null for lines that are not a resource (yes, no, against all). */
export function contestantHref(id: string, type: ContestantType | undefined): string | null {
  return type === 'candidate' ? `/v1/candidates/${id}` : type === 'party' ? `/v1/parties/${id}` : null;
}

/** Names of the given regions as they were on a day: Nur-Sultan in 2019-2022, Astana otherwise. */
export function regionNamesOn(ctx: ReadContext, day: string, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const out = new Map(
    ctx.db
      .select({ id: regions.id, name: regions.nameEn })
      .from(regions)
      .where(inArray(regions.id, ids))
      .all()
      .map((r) => [r.id, r.name]),
  );
  const dated = ctx.db
    .select()
    .from(regionNames)
    .where(inArray(regionNames.regionId, ids))
    .all()
    .filter((n) => n.lang === 'en' && (n.validFrom || n.validTo) && existedOn(n.validFrom, n.validTo, day));
  for (const n of dated) out.set(n.regionId, n.name);
  return out;
}
