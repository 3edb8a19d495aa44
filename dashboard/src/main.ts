import { byId, h } from './dom.js';
import type { Footnotes } from './figures.js';
import { t } from './i18n.js';
import { loadComparison, loadExtras, loadRegion, loadVote, type VoteData, type VoteExtras } from './load.js';
import { shareMetrics } from './metrics.js';
import { readState, writeState, type ViewState } from './state.js';

const ui = import('./ui.js');

let state: ViewState = readState(window.location.search, navigator.languages);
let data: VoteData | null = null;
let extras: VoteExtras | null = null;
let notes: Footnotes | null = null;
/** Each render gets a number; an answer arriving for an older one is dropped. */
let generation = 0;

function setStatus(text: string, error = false) {
  const el = byId('status');
  el.textContent = text;
  el.classList.toggle('error', error);
  el.setAttribute('role', error ? 'alert' : 'status');
}

/** The state changed by the reader: remembered in the URL (shareable, back button), then drawn. */
function go(next: Partial<ViewState>) {
  state = { ...state, ...next };
  window.history.pushState(null, '', writeState(state));
  void draw();
}

const select = (region: string) => go({ region });

async function drawPanel(gen: number) {
  const aside = byId('region-panel');
  if (!state.region || !data || !notes) {
    aside.replaceChildren(h('p', { class: 'hint' }, t(state.lang, 'pickRegion')));
    return;
  }
  // The vote before this one, by date: the turnout change since then.
  const votes = [...data.elections].sort((a, b) => a.date.localeCompare(b.date));
  const previous = votes[votes.findIndex((e) => e.id === state.election) - 1];
  const [{ region, related }, comparison, { regionPanel }] = await Promise.all([
    loadRegion(state.region, state.lang),
    previous ? loadComparison(previous.id, state.election, state.lang) : null,
    ui,
  ]);
  if (gen !== generation || !data || !notes) return;
  const feature = data.map.features.find((f) => f.id === region.id);
  const input = { region, related, feature, electionId: state.election, elections: data.elections, comparison };
  aside.replaceChildren(regionPanel(input, notes, state.lang, () => go({ region: null })));
  byId('sources-body').replaceChildren(notes.list());
  byId('panel-title').focus({ preventScroll: true });
}

async function draw() {
  const gen = ++generation;
  document.documentElement.lang = state.lang;
  setStatus(t(state.lang, 'loading'));
  try {
    const [loaded, { renderVote, renderExtras }] = await Promise.all([loadVote(state.election, state.lang), ui]);
    if (gen !== generation) return;
    // A contestant's share is only offered where this vote has one; otherwise the map shows turnout.
    if (state.metric !== 'turnout' && !shareMetrics(loaded.map).some((m) => m.id === state.metric)) {
      state = { ...state, metric: 'turnout' };
      window.history.replaceState(null, '', writeState(state));
    }
    data = loaded;
    extras = null;
    notes = renderVote(loaded, state, select);
    performance.mark('dashboard-rendered');
    setStatus('');
    const more = await loadExtras(state.election, state.lang);
    if (gen !== generation) return;
    extras = more;
    renderExtras(loaded, more, notes, state.lang);
    await drawPanel(gen);
    // Everything of this draw is on the page, the region panel included (tests and scripts wait for this).
    if (gen === generation) {
      document.body.dataset.ready = String(gen);
      document.body.dataset.view = writeState(state);
    }
  } catch (err) {
    if (gen === generation) setStatus(`${t(state.lang, 'error')}: ${(err as Error).message}`, true);
  }
}

function wire() {
  const on = (id: string, key: 'election' | 'metric' | 'lang') =>
    byId<HTMLSelectElement>(id).addEventListener('change', (e) => go({ [key]: (e.target as HTMLSelectElement).value }));
  on('election', 'election');
  on('metric', 'metric');
  on('lang', 'lang');
  byId('view-toggle').addEventListener('click', () => go({ view: state.view === 'tables' ? 'charts' : 'tables' }));
  byId('controls').addEventListener('submit', (e) => e.preventDefault());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.region) go({ region: null });
  });
  window.addEventListener('popstate', () => {
    state = readState(window.location.search, navigator.languages);
    void draw();
  });
  let resize: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resize);
    resize = window.setTimeout(() => {
      void ui.then(({ renderVote, renderExtras }) => {
        if (data) notes = renderVote(data, state, select);
        if (data && extras && notes) renderExtras(data, extras, notes, state.lang);
        void drawPanel(generation);
      });
    }, 200);
  });
}

wire();
void draw();
