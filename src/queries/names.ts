import { asc, eq, getTableName, sql } from 'drizzle-orm';
import {
  candidateNames,
  candidates,
  type elections,
  parties,
  regionNames,
  regions,
  specialContestants,
} from '../db/schema.js';
import { FALLBACK_LANG, type DisplayLang } from '../domain/values.js';
import { type DisplayName, localized, pickName, regionNameOn } from '../lib/display-name.js';
import { groupBy } from '../lib/group-by.js';
import { ids as idList, inList, preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

// The choice of a name is in lib/display-name (the loader sorts by it too); re-exported for the reads.
export { type DisplayName, localized, pickName, regionNameOn };

/** The Assembly of People is a seat holder in 2021 but no ballot line, so it has no table row. */
const ASSEMBLY = { id: 'assembly-of-people', name: 'Assembly of People of Kazakhstan' };

export type ContestantType = 'candidate' | 'party' | 'special' | 'assembly';

/** An entity's display name in the asked language beside all of its names. */
export const withNames = (
  lang: DisplayLang | undefined,
  r: { nameEn: string; nameKk?: string | null; nameRu?: string | null },
) => ({ ...pickName(lang, localized(r)), names: localized(r) });

/** The tables of named entities: each has an `id` and an English name, some a Kazakh and a Russian one. */
type NamedTable = typeof candidates | typeof parties | typeof specialContestants | typeof regions | typeof elections;

/** The rows of one named table with the given ids: a statement per table, prepared once, shared by every read. */
export const rowsByIds = <T extends NamedTable>(ctx: ReadContext, table: T, ids: string): T['$inferSelect'][] =>
  (
    preparedOnce(ctx.db, `by-ids|${getTableName(table)}`, () =>
      ctx.db
        .select()
        .from(table as typeof candidates)
        .where(inList(table.id, 'ids'))
        .prepare(),
    ) as unknown as { all(p: { ids: string }): T['$inferSelect'][] }
  ).all({ ids });

const namesOfRegions = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'region-names-of', () =>
    ctx.db.select().from(regionNames).where(inList(regionNames.regionId, 'ids')).prepare(),
  );

/** Display names of any mix of candidate, party and special contestant ids, with what each is. */
export function contestantNames(ctx: ReadContext, ids: string[]): Map<string, DisplayName & { type: ContestantType }> {
  const out = new Map<string, DisplayName & { type: ContestantType }>();
  if (ids.length === 0) return out;
  const list = idList(ids);
  for (const c of rowsByIds(ctx, candidates, list))
    out.set(c.id, { ...pickName(ctx.lang, localized(c)), type: 'candidate' });
  for (const p of rowsByIds(ctx, parties, list)) out.set(p.id, { ...pickName(ctx.lang, localized(p)), type: 'party' });
  for (const s of rowsByIds(ctx, specialContestants, list))
    out.set(s.id, { ...pickName(ctx.lang, localized(s)), type: 'special' });
  if (ids.includes(ASSEMBLY.id))
    out.set(ASSEMBLY.id, { ...pickName(ctx.lang, { en: ASSEMBLY.name }), type: 'assembly' });
  return out;
}

/** API path of a contestant, or null for lines that are not a resource (yes, no, against all). */
export function contestantHref(id: string, type: ContestantType | undefined): string | null {
  return type === 'candidate' ? `/v1/candidates/${id}` : type === 'party' ? `/v1/parties/${id}` : null;
}

/** Names of the given regions on a day in the request's language (see regionNameOn). */
export function regionNamesOn(ctx: ReadContext, day: string, ids: string[]): Map<string, DisplayName> {
  if (ids.length === 0) return new Map();
  const lang = ctx.lang ?? FALLBACK_LANG;
  const list = { ids: idList(ids) };
  const names = groupBy(namesOfRegions(ctx).all(list), (n) => n.regionId);
  const out = new Map<string, DisplayName>();
  for (const r of rowsByIds(ctx, regions, list.ids)) out.set(r.id, regionNameOn(r, names.get(r.id) ?? [], day, lang));
  return out;
}

/** The display name of an id from one of the maps above; an id without a name row shows as itself. */
export function nameOf(names: Map<string, DisplayName>, id: string): DisplayName {
  const found = names.get(id);
  return found ? { name: found.name, name_lang: found.name_lang } : { name: id, name_lang: FALLBACK_LANG };
}

/** Every sourced Kazakh and Russian spelling of a candidate, the shown one marked (seed/candidate-names.csv). */
export function nameSpellings(ctx: ReadContext, candidateId: string) {
  return preparedOnce(ctx.db, 'candidate-name-spellings', () =>
    ctx.db
      .select()
      .from(candidateNames)
      .where(eq(candidateNames.candidateId, sql.placeholder('id')))
      .orderBy(asc(candidateNames.id))
      .prepare(),
  )
    .all({ id: candidateId })
    .map((n) => ({
      lang: n.lang,
      form: n.form,
      name: n.name,
      shown: n.displayed,
      source_ids: n.sourceIds.split(';').filter(Boolean),
      choice_reason: n.choiceReason,
    }));
}
