import type { Discrepancies, Election } from './api.js';
import { h } from './dom.js';
import type { Footnotes } from './figures.js';
import { t, type Lang } from './i18n.js';
import { dataTable } from './table.js';

/** The vote's data-quality flags (arithmetic that does not add up in the sources) and the figures sources dispute. */
export function qualitySection(
  election: Election,
  discrepancies: Discrepancies,
  notes: Footnotes,
  lang: Lang,
): HTMLElement {
  const flags =
    election.data_quality.length === 0
      ? h('p', {}, t(lang, 'noFlags'))
      : h(
          'ul',
          { class: 'flags' },
          election.data_quality.map((f) => h('li', {}, h('strong', {}, f.check), ` (${f.subject}): ${f.detail}`)),
        );
  const rows = discrepancies.map((d) => [
    `${d.subject_type} ${d.subject_id}: ${d.metric}`,
    h(
      'span',
      {},
      d.accepted ? `${String(d.accepted.value)} (${d.accepted.status}) ` : '—',
      d.accepted ? notes.cite([d.accepted.source_id]) : null,
    ),
    h(
      'ul',
      { class: 'claims' },
      d.claims
        .filter((c) => c.disposition !== 'accepted')
        .map((c) =>
          h(
            'li',
            {},
            `${String(c.value)} (${c.status}, ${c.disposition}) `,
            notes.cite([c.source_id]),
            ` ${c.reason ?? ''}`,
          ),
        ),
    ),
  ]);
  return h(
    'div',
    {},
    h('h3', {}, t(lang, 'flags')),
    flags,
    // Folded: every disputed figure with every claim is long, and most readers want the flags first.
    h(
      'details',
      { class: 'discrepancies' },
      h('summary', {}, `${t(lang, 'discrepancies')} (${discrepancies.length})`),
      dataTable(t(lang, 'discrepancies'), [t(lang, 'figure'), t(lang, 'accepted'), t(lang, 'claims')], rows, {
        href: `/v1/discrepancies?election=${encodeURIComponent(election.id)}&format=csv`,
        label: t(lang, 'csv'),
      }),
    ),
  );
}
