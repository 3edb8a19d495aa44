import { byId, h } from './dom.js';
import { figureCell, Footnotes, statusLabel } from './figures.js';
import { t, type Lang } from './i18n.js';
import type { VoteData, VoteExtras } from './load.js';
import { renderMap } from './map.js';
import { shareMetrics } from './metrics.js';
import { mapTable } from './map-table.js';
import { qualitySection } from './quality.js';
import { resultsChart, resultsTable } from './results.js';
import { seatsChart, seatsTable } from './seats.js';
import type { ViewState } from './state.js';

const WORDS = [
  ['title', 'title'],
  ['label-election', 'vote'],
  ['label-metric', 'metric'],
  ['label-lang', 'language'],
  ['map-heading', 'map'],
  ['results-heading', 'results'],
  ['seats-heading', 'seats'],
  ['quality-heading', 'quality'],
  ['sources-heading', 'sources'],
  ['skip', 'skip'],
  ['full-link', 'fullDashboard'],
] as const;

/** The label of the map's metric: turnout, or "Share of <contestant>". */
export function metricLabel(data: VoteData, metric: string, lang: Lang): string {
  const c = shareMetrics(data.map).find((m) => m.id === metric);
  return c ? `${t(lang, 'shareOf')} ${c.name}` : t(lang, 'turnout');
}

function controls(data: VoteData, s: ViewState) {
  const lang = s.lang;
  for (const [id, key] of WORDS) byId(id).textContent = t(lang, key);
  document.title = `${data.election.name} — ${t(lang, 'title')}`;
  byId<HTMLSelectElement>('election').replaceChildren(
    ...data.elections.map((e) => h('option', { value: e.id, selected: e.id === s.election }, `${e.name} (${e.date})`)),
  );
  const metrics = [
    { id: 'turnout', name: t(lang, 'turnout') },
    ...shareMetrics(data.map).map((m) => ({ id: m.id, name: `${t(lang, 'shareOf')} ${m.name}` })),
  ];
  byId<HTMLSelectElement>('metric').replaceChildren(
    ...metrics.map((m) => h('option', { value: m.id, selected: m.id === s.metric }, m.name)),
  );
  byId<HTMLSelectElement>('lang').value = lang;
  const toggle = byId('view-toggle');
  toggle.textContent = t(lang, s.view === 'tables' ? 'showCharts' : 'showTables');
  toggle.setAttribute('aria-pressed', String(s.view === 'tables'));
  const full = new URLSearchParams(window.location.search);
  full.delete('embed');
  byId<HTMLAnchorElement>('full-link').href = `/dashboard?${full.toString()}`;
}

function summary(data: VoteData, notes: Footnotes, lang: Lang): HTMLElement[] {
  const { election } = data;
  const n = election.national_turnout;
  return [
    h('h2', { id: 'vote-name' }, election.name),
    h(
      'dl',
      { class: 'summary' },
      h('dt', {}, t(lang, 'date')),
      h('dd', {}, election.date),
      h('dt', {}, t(lang, 'resultsStatus')),
      h(
        'dd',
        { 'data-result-status': election.result_status },
        h('span', { class: `status status-${election.result_status}` }, statusLabel(election.result_status, lang)),
      ),
      h('dt', {}, t(lang, 'turnout')),
      h('dd', { id: 'national-turnout' }, figureCell(n.turnout_pct, notes, lang, true)),
      h('dt', {}, t(lang, 'registered')),
      h('dd', {}, figureCell(n.registered_voters, notes, lang)),
      h('dt', {}, t(lang, 'participated')),
      h('dd', {}, figureCell(n.voters_participated, notes, lang)),
    ),
  ];
}

/** Draws the vote's map, results and seats; returns the footnotes so the rest of the page can cite into them. */
export function renderVote(data: VoteData, s: ViewState, onSelect: (regionId: string) => void): Footnotes {
  const lang = s.lang;
  const notes = new Footnotes(lang);
  controls(data, s);
  document.body.classList.toggle('tables', s.view === 'tables');
  document.body.classList.toggle('embed', s.embed);
  byId('embed-link').hidden = !s.embed;
  byId('summary').replaceChildren(...summary(data, notes, lang));
  const width = Math.max(280, byId('main').clientWidth - 16);
  const mapWidth = Math.max(280, byId('map-section').clientWidth - 8);
  byId('map').replaceChildren(renderMap(data.map, s.metric, lang, s.region, onSelect, mapWidth));
  byId('map-heading').textContent = `${t(lang, 'map')}: ${metricLabel(data, s.metric, lang)}`;
  byId('map-table').replaceChildren(
    mapTable(data.map, s.metric, metricLabel(data, s.metric, lang), notes, lang, onSelect),
  );
  byId('results-chart').replaceChildren(resultsChart(data.results, lang, width));
  byId('results-table').replaceChildren(resultsTable(data.results, data.election.id, notes, lang));
  byId('seats').hidden = data.seats === null;
  byId('seats-chart').replaceChildren(data.seats ? seatsChart(data.seats, lang, width) : '');
  byId('seats-table').replaceChildren(data.seats ? seatsTable(data.seats, data.election.id, notes, lang) : '');
  return notes;
}

/** The second drawing: the vote's data-quality flags and disputed figures, and the list of sources cited. */
export function renderExtras(data: VoteData, extras: VoteExtras, notes: Footnotes, lang: Lang) {
  byId('quality-body').replaceChildren(qualitySection(data.election, extras.discrepancies, notes, lang));
  notes.attach(extras.sources);
  byId('sources-body').replaceChildren(notes.list());
}
