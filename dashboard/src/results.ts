import * as Plot from '@observablehq/plot';
import { apiUrl, type Results } from './api.js';
import { h } from './dom.js';
import { figureCell, formatNumber, statusLabel, type Footnotes } from './figures.js';
import { t, type Lang } from './i18n.js';
import { tidyPlot } from './plot-node.js';
import { dataTable } from './table.js';

type Row = Results['data'][number];

/** "6 456 393 (81.31 %)", with the status when it is not final: the bar's label. */
function barLabel(r: Row, lang: Lang): string {
  const votes = r.votes.value === null ? t(lang, 'noSource') : formatNumber(r.votes.value, lang);
  const pct = r.pct.value === null ? '' : ` (${formatNumber(r.pct.value, lang, true)})`;
  const status = r.pct.status && r.pct.status !== 'final' ? ` · ${statusLabel(r.pct.status, lang)}` : '';
  return `${votes}${pct}${status}`;
}

/** Height of one bar with its name above it, in pixels. */
export const ROW_HEIGHT = 46;

/** National results: a bar per contestant (length = share), labelled with votes, share and status. */
export function resultsChart(results: Results, lang: Lang, width: number): Element {
  const rows = results.data.filter((r) => r.pct.value !== null || r.votes.value !== null);
  // Names sit above their bars rather than in a left margin, so long party names fit a phone's width too.
  const chart = Plot.plot({
    className: 'plot',
    width,
    height: ROW_HEIGHT * rows.length + 40,
    marginLeft: 8,
    marginRight: Math.min(170, width / 3),
    x: { label: `${t(lang, 'share')} (%)`, grid: true, domain: [0, 100] },
    y: { axis: null, domain: rows.map((r) => r.name), padding: 0.5 },
    marks: [
      Plot.barX(rows, {
        y: 'name',
        x: (r: Row) => r.pct.value ?? 0,
        fill: (r: Row) => (r.pct.status === 'final' ? '#1f5f99' : '#8fb3d9'),
      }),
      Plot.text(rows, { y: 'name', x: 0, text: 'name', textAnchor: 'start', dy: -15, fontSize: 12 }),
      Plot.text(rows, {
        y: 'name',
        x: (r: Row) => r.pct.value ?? 0,
        text: (r: Row) => barLabel(r, lang),
        textAnchor: 'start',
        dx: 4,
        fontSize: 11,
      }),
      Plot.ruleX([0]),
    ],
  });
  tidyPlot(chart);
  chart.setAttribute('role', 'img');
  chart.setAttribute(
    'aria-label',
    `${t(lang, 'results')}: ${rows.map((r) => `${r.name} ${barLabel(r, lang)}`).join('; ')}`,
  );
  return chart;
}

export function resultsTable(results: Results, electionId: string, notes: Footnotes, lang: Lang): HTMLElement {
  return dataTable(
    t(lang, 'results'),
    [t(lang, 'contestant'), t(lang, 'votes'), t(lang, 'share'), t(lang, 'status')],
    results.data.map((r) => [
      h(
        'span',
        { 'data-contestant-id': r.contestant_id },
        r.name,
        r.elected.value === true ? ` (${t(lang, 'elected')})` : '',
      ),
      figureCell(r.votes, notes, lang),
      figureCell(r.pct, notes, lang, true),
      statusLabel(r.votes.status ?? r.pct.status, lang),
    ]),
    { href: apiUrl(`/v1/elections/${electionId}/results`, lang, { format: 'csv' }), label: t(lang, 'csv') },
  );
}
