import type { discrepancyKeys } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import { claimKey } from './check-claims.js';
import type { Seed } from './read-seed.js';
import { NUMERIC_UNITS } from '../domain/values.js';

/** Every figure whose claims differ in value (2.6 and 2.60 are one value) or in status, in listing order. */
export function deriveDiscrepancyKeys(seed: Seed): (typeof discrepancyKeys.$inferInsert)[] {
  const dates = new Map(seed.elections.map((e) => [e.id, e.date]));
  const groups = [...groupBy(seed.claims, claimKey).values()].filter(
    (g) =>
      new Set(g.map((c) => (NUMERIC_UNITS.has(c.unit) ? String(Number(c.value)) : c.value))).size > 1 ||
      new Set(g.map((c) => c.status)).size > 1,
  );
  const sortKey = (g: (typeof groups)[number]) => [
    dates.get(g[0]!.election_id) ?? '',
    g[0]!.subject_type,
    g[0]!.subject_id,
    g[0]!.metric,
  ];
  groups.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x.reduce((acc, v, i) => acc || v.localeCompare(y[i]!), 0);
  });
  return groups.map((g, i) => ({
    id: i + 1,
    electionId: g[0]!.election_id,
    subjectType: g[0]!.subject_type,
    subjectId: g[0]!.subject_id,
    metric: g[0]!.metric,
    dispositions: `;${[...new Set(g.map((c) => c.disposition))].sort().join(';')};`,
  }));
}
