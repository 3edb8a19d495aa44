import * as Plot from '@observablehq/plot';
import { apiUrl, type Seats } from './api.js';
import { h } from './dom.js';
import { figureCell, type Footnotes } from './figures.js';
import { t, type Key, type Lang } from './i18n.js';
import { tidyPlot } from './plot-node.js';
import { ROW_HEIGHT } from './results.js';
import { dataTable } from './table.js';

const TIERS = [
  ['party_list', 'partyList'],
  ['district', 'district'],
  ['assembly', 'assembly'],
] as const satisfies readonly (readonly [string, Key])[];

/** Seats per holder and tier, stacked; only seats a source states are drawn. */
export function seatsChart(seats: Seats, lang: Lang, width: number): HTMLElement {
  const bars = seats.data.flatMap((row) =>
    TIERS.flatMap(([tier, key]) => {
      const v = row[tier].value;
      return v === null || v === 0 ? [] : [{ name: row.name, tier: t(lang, key), seats: v }];
    }),
  );
  const names = [...new Set(bars.map((b) => b.name))];
  const chart = Plot.plot({
    className: 'plot',
    width,
    height: ROW_HEIGHT * names.length + 60,
    marginLeft: 8,
    x: { label: t(lang, 'seats'), grid: true },
    y: { axis: null, domain: names, padding: 0.5 },
    color: { legend: true, domain: TIERS.map(([, key]) => t(lang, key)), range: ['#1f5f99', '#a86b00', '#3f7a36'] },
    marks: [
      Plot.barX(bars, Plot.stackX({ y: 'name', x: 'seats', fill: 'tier' })),
      Plot.text(bars, Plot.stackX({ y: 'name', x: 'seats', text: 'seats', fill: 'white', fontSize: 11 })),
      Plot.text(names, {
        y: (n: string) => n,
        x: 0,
        text: (n: string) => n,
        textAnchor: 'start',
        dy: -15,
        fontSize: 12,
      }),
    ],
  });
  tidyPlot(chart);
  chart.setAttribute('role', 'img');
  chart.setAttribute(
    'aria-label',
    `${t(lang, 'seats')}: ${bars.map((b) => `${b.name} ${b.tier} ${b.seats}`).join('; ')}`,
  );
  return h('div', {}, chart);
}

export function seatsTable(seats: Seats, electionId: string, notes: Footnotes, lang: Lang): HTMLElement {
  const c = seats.chamber;
  return h(
    'div',
    {},
    dataTable(
      t(lang, 'seats'),
      [t(lang, 'party'), ...TIERS.map(([, key]) => t(lang, key)), t(lang, 'total')],
      [
        ...seats.data.map((r) => [
          r.name,
          ...TIERS.map(([tier]) => figureCell(r[tier], notes, lang)),
          figureCell(r.total, notes, lang),
        ]),
        [
          t(lang, 'total'),
          figureCell(c.seats_party_list, notes, lang),
          figureCell(c.seats_district, notes, lang),
          figureCell(c.seats_assembly, notes, lang),
          figureCell(c.seats_total, notes, lang),
        ],
      ],
      { href: apiUrl(`/v1/elections/${electionId}/seats`, lang, { format: 'csv' }), label: t(lang, 'csv') },
    ),
  );
}
