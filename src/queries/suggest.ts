import type { SearchEntityType } from '../domain/values.js';
import { foldQuery } from '../lib/fold-name.js';
import { searchEntities } from './search.js';
import type { ReadContext } from './read-context.js';

/**
 * Existing ids of one kind that an unknown id may have meant, found by the cross-script search on the id's
 * words (`almaty` → almaty-city, almaty-region; `2022` → both votes of 2022; `tokaev` → tokayev-kassym-jomart).
 */
export function suggestIds(ctx: ReadContext, type: SearchEntityType, unknownId: string, max = 5): string[] {
  const words = unknownId
    .replace(/[-_:./]+/g, ' ')
    .trim()
    .slice(0, 100);
  // Too little left after folding (`zzzz` folds to `z`) would match nearly everything: no suggestion beats noise.
  if (foldQuery(words).join('').length < 3) return [];
  return searchEntities(ctx, { q: words, type, limit: max, offset: 0 }).data.map((hit) => hit.id);
}
