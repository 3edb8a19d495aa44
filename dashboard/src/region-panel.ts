import type { Comparison, ElectionSummaries, MapFeature, Region } from './api.js';
import { h } from './dom.js';
import { figureCell, type Footnotes } from './figures.js';
import { t, type Lang } from './i18n.js';
import { dataTable } from './table.js';

/** A region's name in `lang` as of `date` (Nur-Sultan in 2019, Astana from 2022-09-19), from its dated names. */
export function nameOn(region: Region, lang: Lang, date: string): string {
  const dated = region.dated_names.find(
    (n) => n.lang === lang && (n.valid_from ?? '') <= date && (n.valid_to === null || date <= n.valid_to),
  );
  return dated?.name ?? region.names[lang] ?? region.names.en;
}

export interface PanelInput {
  region: Region;
  /** The regions it was split from or into, by id, for their names and figures. */
  related: Map<string, Region>;
  /** This vote's figures for the region, from the map; undefined when it did not exist that day. */
  feature: MapFeature | undefined;
  electionId: string;
  elections: ElectionSummaries;
  /** Turnout between the previous vote and this one, when there was one. */
  comparison: Comparison | null;
}

/**
 * The change in turnout since the previous vote, as the API computes it: marked computed, with the two claims it
 * comes from, and, for a region split in 2022, the region it is compared with.
 */
function change(p: PanelInput, lang: Lang): HTMLElement | null {
  const row = p.comparison?.data.find((r) => r.region_id === p.region.id);
  if (!p.comparison || !row) return null;
  const d = row.difference;
  const value =
    d.value === null
      ? h('span', { class: 'missing', title: d.missing_reason ?? '' }, t(lang, 'noSource'))
      : h(
          'strong',
          { 'data-value': d.value },
          `${new Intl.NumberFormat(lang, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }).format(d.value)} ${t(lang, 'points')}`,
        );
  return h(
    'p',
    { class: 'change' },
    `${t(lang, 'difference')} ${t(lang, 'since')} ${p.comparison.from.name}: `,
    value,
    ` (${t(lang, 'computed')}: `,
    ...d.claim_ids.flatMap((id, i) => [
      i > 0 ? ', ' : '',
      h('a', { href: `/v1/claims/${encodeURIComponent(id)}` }, `${i + 1}`),
    ]),
    ')',
    row.lineage_note ? h('span', { class: 'note' }, ` ${row.lineage_note}`) : null,
  );
}

/** The 2022 splits in words: formed from a parent, or the regions split off from this one. */
function lineage(p: PanelInput, lang: Lang): HTMLElement[] {
  const out: HTMLElement[] = [];
  const { region, related } = p;
  const today = new Date().toISOString().slice(0, 10);
  const parent = region.parent_id ? related.get(region.parent_id) : undefined;
  if (parent && region.valid_from) {
    const name = nameOn(parent, lang, region.valid_from);
    out.push(h('p', { class: 'lineage' }, t(lang, 'formedFrom', { date: region.valid_from, parent: name })));
  }
  const children = region.children.map((id) => related.get(id)).filter((c): c is Region => c !== undefined);
  if (children.length > 0) {
    const date = children[0]?.valid_from ?? '';
    const names = children.map((c) => nameOn(c, lang, today)).join(', ');
    out.push(h('p', { class: 'lineage' }, t(lang, 'splitInto', { date, children: names })));
  }
  return out;
}

/** The region's panel: its figures in this vote, then its turnout in every vote (its parent's before a split). */
export function regionPanel(p: PanelInput, notes: Footnotes, lang: Lang, onClose: () => void): HTMLElement {
  const { region, feature } = p;
  const vote = p.elections.find((e) => e.id === p.electionId);
  const title = feature?.properties.name ?? nameOn(region, lang, vote?.date ?? '');
  const thisVote = feature
    ? dataTable(
        `${t(lang, 'thisVote')}: ${vote?.name ?? p.electionId}`,
        [t(lang, 'figure'), t(lang, 'region')],
        [
          [t(lang, 'turnout'), figureCell(feature.properties.turnout?.turnout_pct, notes, lang, true)],
          [t(lang, 'registered'), figureCell(feature.properties.turnout?.registered_voters, notes, lang)],
          [t(lang, 'participated'), figureCell(feature.properties.turnout?.voters_participated, notes, lang)],
          [t(lang, 'pollingStations'), figureCell(feature.properties.turnout?.polling_stations, notes, lang)],
          ...feature.properties.results.map((r) => [r.name, figureCell(r.pct, notes, lang, true)]),
        ],
      )
    : h('p', {}, t(lang, 'notInVote'));
  const parent = region.parent_id ? p.related.get(region.parent_id) : undefined;
  const rows = p.elections.flatMap((e) => {
    const own = region.turnout.find((r) => r.election_id === e.id);
    const inherited = own ? undefined : parent?.turnout.find((r) => r.election_id === e.id);
    const row = own ?? inherited;
    if (!row) return [];
    const who = own ? nameOn(region, lang, e.date) : `${parent ? nameOn(parent, lang, e.date) : ''}`;
    return [
      [
        `${e.name} (${e.date})`,
        who,
        figureCell(row.turnout_pct, notes, lang, true),
        figureCell(row.registered_voters, notes, lang),
      ],
    ];
  });
  return h(
    'div',
    { class: 'panel', 'data-region-id': region.id },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'panel-title', tabindex: '-1' }, title),
      h('button', { type: 'button', class: 'close', onclick: onClose }, t(lang, 'close')),
    ),
    lineage(p, lang),
    thisVote,
    change(p, lang),
    dataTable(
      t(lang, 'acrossVotes'),
      [t(lang, 'vote'), t(lang, 'region'), t(lang, 'turnout'), t(lang, 'registered')],
      rows,
      {
        href: `/v1/regions/${encodeURIComponent(region.id)}`,
        label: 'API',
      },
    ),
  );
}
