import type { StoreRows } from '../db/store-tables.js';
import type { Seed } from './read-seed.js';
import type { SeedProblem } from './seed-error.js';

/**
 * The Kazakh and Russian name shown for each candidate: the display spelling the most sources print, unless
 * seed/candidate-name-choices.csv decides (a tie, or a spelling the other script's sources agree on). A tie
 * without a choice is a seed problem, never a silent pick.
 */
export function chooseCandidateNames(seed: Seed): {
  shown: Map<string, { name: string; sourceIds: string[]; reason: string | null }>;
  problems: SeedProblem[];
} {
  const shown = new Map<string, { name: string; sourceIds: string[]; reason: string | null }>();
  const problems: SeedProblem[] = [];
  const candidates = new Set(seed.candidates.map((c) => c.id));
  for (const n of seed.candidateNames)
    if (!candidates.has(n.candidate_id))
      problems.push({ file: 'candidate-names.csv', record: n.candidate_id, message: 'unknown candidate' });
  const sources = new Set(seed.sources.map((s) => s.id));
  for (const row of [...seed.candidateNames, ...seed.candidateNameChoices])
    for (const id of row.source_ids.filter((id) => !sources.has(id)))
      problems.push({ file: 'candidate-names.csv', record: row.candidate_id, message: `unknown source ${id}` });
  for (const c of seed.candidateNameChoices)
    shown.set(`${c.candidate_id}|${c.lang}`, { name: c.name, sourceIds: c.source_ids, reason: c.reason });
  const keys = new Set(seed.candidateNames.map((n) => `${n.candidate_id}|${n.lang}`));
  for (const key of keys) {
    if (shown.has(key)) continue;
    const ranked = seed.candidateNames
      .filter((n) => `${n.candidate_id}|${n.lang}` === key && n.name_form === 'display')
      .sort((a, b) => b.source_ids.length - a.source_ids.length);
    if (ranked.length === 0) continue;
    if (ranked.length > 1 && ranked[0]!.source_ids.length === ranked[1]!.source_ids.length) {
      problems.push({
        file: 'candidate-name-choices.csv',
        record: key,
        message: `sources tie between ${ranked.map((r) => r.name).join(' and ')}: add a choice`,
      });
      continue;
    }
    shown.set(key, { name: ranked[0]!.name, sourceIds: ranked[0]!.source_ids, reason: null });
  }
  return { shown, problems };
}

/** Store rows: every sourced spelling, plus a chosen spelling no row of its language prints (a choice). */
export function candidateNameRows(
  seed: Seed,
  shown: ReturnType<typeof chooseCandidateNames>['shown'],
): StoreRows['candidateNames'] {
  const rows: StoreRows['candidateNames'] = seed.candidateNames.map((n) => {
    const pick = shown.get(`${n.candidate_id}|${n.lang}`);
    const displayed = n.name_form === 'display' && pick?.name === n.name;
    return {
      candidateId: n.candidate_id,
      lang: n.lang,
      form: n.name_form,
      name: n.name,
      sourceIds: (displayed ? pick.sourceIds : n.source_ids).join(';'),
      displayed,
      choiceReason: displayed ? pick.reason : null,
    };
  });
  for (const [key, pick] of shown) {
    const [candidateId, lang] = key.split('|') as [string, 'kk' | 'ru'];
    if (rows.some((r) => r.candidateId === candidateId && r.lang === lang && r.displayed)) continue;
    rows.push({
      candidateId,
      lang,
      form: 'display',
      name: pick.name,
      sourceIds: pick.sourceIds.join(';'),
      displayed: true,
      choiceReason: pick.reason,
    });
  }
  return rows;
}
