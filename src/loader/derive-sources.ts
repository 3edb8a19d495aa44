import type { Seed } from './read-seed.js';
import type { SeedProblem } from './seed-error.js';

const WEB_ADDRESS = /^https?:\/\//;

/**
 * The sources as served: the reference's rows with the hand-kept description and, where the reference holds a
 * local file path (the seed articles), the web address the article names, or null when it names none.
 */
export function servedSources(seed: Seed) {
  const kept = new Map(seed.sourceDescriptions.map((d) => [d.source_id, d]));
  return seed.sources.map((s) => {
    const d = kept.get(s.id);
    return { ...s, url: WEB_ADDRESS.test(s.url) ? s.url : (d?.url ?? null), description: d?.description ?? null };
  });
}

/** Every description names a source, and no served address is a local path. */
export function checkSources(seed: Seed): SeedProblem[] {
  const ids = new Set(seed.sources.map((s) => s.id));
  const problems: SeedProblem[] = seed.sourceDescriptions
    .filter((d) => !ids.has(d.source_id))
    .map((d) => ({
      file: 'source-descriptions.csv',
      record: d.source_id,
      field: 'source_id',
      message: `unknown source ${d.source_id}`,
    }));
  for (const s of seed.sources) {
    if (!WEB_ADDRESS.test(s.url) && !seed.sourceDescriptions.some((d) => d.source_id === s.id)) {
      problems.push({
        file: 'sources.csv',
        record: s.id,
        field: 'url',
        message: `${s.url} is not a web address: give the document's address (or none) in source-descriptions.csv`,
      });
    }
  }
  return problems;
}
