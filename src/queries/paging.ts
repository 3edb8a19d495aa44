import type { z } from 'zod';
import type { limit, offset } from '../schemas/common.js';

/** The paging part of every list query, as the zod query schemas parse it. */
export type PageQuery = { limit: z.output<ReturnType<typeof limit>>; offset: z.output<typeof offset> };

/** A list response's envelope: one page of rows and how many match over all pages. */
export const envelope = <T>(data: T[], total: number, q: PageQuery) => ({
  data,
  total,
  limit: q.limit,
  offset: q.offset,
});

/** One page of rows already in memory (small lists: elections, parties, a vote's results). */
export const pageOf = <T>(rows: T[], q: PageQuery) =>
  envelope(rows.slice(q.offset, q.offset + q.limit), rows.length, q);

/** `-votes` → votes, descending. The field is one the query schema allowed, so it keeps its type. */
export function parseSort<F extends string>(spec: F | `-${F}`): { field: F; descending: boolean } {
  const descending = spec.startsWith('-');
  return { field: (descending ? spec.slice(1) : spec) as F, descending };
}
