import { and, asc, eq, sql } from 'drizzle-orm';
import { aliases, candidates, elections, parties, regions, specialContestants } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import { foldQuery, foldWords } from '../lib/fold-name.js';
import type { SearchHit } from '../schemas/search.js';
import type { ReadContext } from './read-context.js';
import { localized, pickName, rowsByIds, type DisplayName } from './names.js';
import type { AliasEntityType, SearchEntityType } from '../domain/values.js';
import { FALLBACK_LANG } from '../domain/values.js';
import { pageOf } from './paging.js';
import { ids as idList, preparedOnce } from './prepared.js';

type EntityType = SearchEntityType;
type AliasRecord = typeof aliases.$inferSelect;

export interface SearchFilter {
  q: string;
  type?: EntityType;
  limit: number;
  offset: number;
}

/** The aliases table calls special contestants `special`; the API calls them `contestant`. */
const toEntityType = (t: AliasEntityType): EntityType => (t === 'special' ? 'contestant' : t);
const toAliasType = (t: EntityType): AliasEntityType => (t === 'contestant' ? 'special' : t);

const HREF_PREFIX: Record<EntityType, string | null> = {
  candidate: '/v1/candidates/',
  party: '/v1/parties/',
  region: '/v1/regions/',
  election: '/v1/elections/',
  contestant: null,
};

const NAME_TABLES = {
  candidate: candidates,
  party: parties,
  region: regions,
  election: elections,
  contestant: specialContestants,
};

/** Names of the hit entities (English, and the display name in the asked language), one query per table. */
function entityNames(ctx: ReadContext, ids: Map<EntityType, string[]>): Map<string, { en: string } & DisplayName> {
  const out = new Map<string, { en: string } & DisplayName>();
  for (const [type, table] of Object.entries(NAME_TABLES)) {
    const wanted = ids.get(type as EntityType) ?? [];
    if (wanted.length === 0) continue;
    for (const r of rowsByIds(ctx, table, idList(wanted)))
      out.set(`${type}|${r.id}`, { en: r.nameEn, ...pickName(ctx.lang, localized(r)) });
  }
  return out;
}

/** 3 when the whole folded spelling is the query, 2 when it starts with it, 1 when it only contains every word. */
function score(folded: string, whole: string): number {
  return folded === whole ? 3 : folded.startsWith(whole) ? 2 : 1;
}

/**
 * Which spelling to show as matched: the highest score, then the one typed exactly, then the shortest
 * (closest to the query), then one with the query's word breaks (Ak Zhol for "Aq Jol"), then the English name.
 */
function compareSpellings(x: AliasRecord, y: AliasRecord, whole: string, literal: string, name: string): number {
  const rank = (a: AliasRecord) => [
    -score(a.folded, whole),
    a.alias.toLowerCase() === literal ? 0 : 1,
    a.folded.length,
    foldWords(a.alias) === foldWords(literal) ? 0 : 1,
    a.alias === name ? 0 : 1,
  ];
  const [rx, ry] = [rank(x), rank(y)];
  return rx.reduce((acc, v, i) => acc || v - ry[i]!, 0) || x.alias.localeCompare(y.alias);
}

/**
 * Spellings whose folded key contains one word, with or without a type: one statement however many words the
 * query has (the others are checked on the rows it returns). The trigram index (migration 0009) finds the
 * spellings holding a word of three or more characters without reading the others; a shorter word is matched by
 * a scan of the index. Folded words hold only a-z and 0-9, so they need no escaping inside a LIKE pattern, and
 * LIKE and `includes` agree on them. Rows come in the order a scan of the table (or of its entity index, with a
 * type) gave before the index existed.
 */
const spellingsContaining = (ctx: ReadContext, typed: boolean) =>
  preparedOnce(ctx.db, `search-aliases|${typed}`, () =>
    ctx.db
      .select()
      .from(aliases)
      .where(
        and(
          typed ? eq(aliases.entityType, sql.placeholder('type')) : undefined,
          sql`${aliases.id} in (select rowid from aliases_trigram where aliases_trigram.folded like '%' || ${sql.placeholder('word')} || '%')`,
        ),
      )
      .orderBy(...(typed ? [asc(aliases.entityType), asc(aliases.entityId)] : []), asc(aliases.id))
      .prepare(),
  );

/** Spellings whose folded key contains every word; the longest word (the rarest, as a rule) is matched in SQL. */
function spellingsMatching(ctx: ReadContext, words: string[], type: AliasEntityType | undefined) {
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return spellingsContaining(ctx, type !== undefined)
    .all({ type, word: longest })
    .filter((a) => words.every((w) => a.folded.includes(w)));
}

/**
 * Entities with a spelling whose folded key contains every folded query word. A substring match
 * cannot use the aliases_folded index (a B-tree serves only equality and prefix lookups), but the
 * table holds a few hundred spellings, so the scan costs less than a second query would.
 */
export function searchEntities(ctx: ReadContext, q: SearchFilter) {
  const words = foldQuery(q.q);
  const whole = words.join('');
  const literal = q.q.trim().toLowerCase();
  const rows = words.length === 0 ? [] : spellingsMatching(ctx, words, q.type && toAliasType(q.type));

  const byEntity = groupBy(rows, (a) => `${toEntityType(a.entityType)}|${a.entityId}`);
  const ids = groupBy(
    [...byEntity.values()].map((g) => g[0]!),
    (a) => toEntityType(a.entityType),
  );
  const names = entityNames(ctx, new Map([...ids].map(([type, list]) => [type, list.map((a) => a.entityId)])));

  const hits: SearchHit[] = [...byEntity.entries()].map(([key, spellings]) => {
    const shown = names.get(key);
    const name = shown?.en ?? spellings[0]!.alias;
    const best = [...spellings].sort((x, y) => compareSpellings(x, y, whole, literal, name))[0]!;
    const type = toEntityType(best.entityType);
    const prefix = HREF_PREFIX[type];
    return {
      type,
      id: best.entityId,
      name: shown?.name ?? name,
      name_lang: shown?.name_lang ?? FALLBACK_LANG,
      matched_alias: best.alias,
      score: score(best.folded, whole),
      href: prefix === null ? null : `${prefix}${best.entityId}`,
    };
  });
  hits.sort(
    (a, b) =>
      b.score - a.score || a.name.localeCompare(b.name) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
  );
  return { query: q.q, ...pageOf(hits, q) };
}
