import type { StoreRows } from '../db/store-tables.js';
import { TURNOUT_SORT_NAME } from '../domain/metric-columns.js';
import { DISPLAY_LANGS } from '../domain/values.js';
import { groupBy } from '../lib/group-by.js';
import { regionNameOn } from '../lib/display-name.js';

const compareText = (a: string, b: string) => a.localeCompare(b);

/**
 * The sort keys a list reads its pages by, computed once here so no request sorts a whole table:
 * - each candidate's place by English name then id, compared as the API compares text;
 * - each regional turnout row's region name on the vote's day in every display language, chosen by the
 *   same rule the API shows (lib/display-name regionNameOn).
 */
export function withSortKeys(rows: StoreRows): StoreRows {
  const byName = [...rows.candidates].sort((a, b) => compareText(a.nameEn, b.nameEn) || compareText(a.id, b.id));
  const nameOrder = new Map(byName.map((c, i) => [c.id, i]));
  const days = new Map(rows.elections.map((e) => [e.id, e.date]));
  const regions = new Map(rows.regions.map((r) => [r.id, r]));
  const names = groupBy(
    rows.regionNames.map((n) => ({ ...n, validFrom: n.validFrom ?? null, validTo: n.validTo ?? null })),
    (n) => n.regionId,
  );
  return {
    ...rows,
    candidates: rows.candidates.map((c) => ({ ...c, nameOrder: nameOrder.get(c.id)! })),
    turnout: rows.turnout.map((t) => {
      const region = t.regionId ? regions.get(t.regionId) : undefined;
      if (!region) return t;
      const keys = DISPLAY_LANGS.map((lang) => [
        TURNOUT_SORT_NAME[lang],
        regionNameOn(region, names.get(region.id) ?? [], days.get(t.electionId)!, lang).name,
      ]);
      return { ...t, ...Object.fromEntries(keys) };
    }),
  };
}
