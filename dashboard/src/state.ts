import { LANGS, type Lang } from './i18n.js';

/** Everything a shared link restores: `/dashboard?election=2022-presidential&metric=turnout&lang=kk`. */
export interface ViewState {
  election: string;
  /** `turnout`, or a contestant id: that contestant's share per region. */
  metric: string;
  lang: Lang;
  /** The region whose panel is open, if any. */
  region: string | null;
  /** Tables instead of charts (the accessible view). */
  view: 'charts' | 'tables';
  /** Framed by another site: the page's own chrome is hidden. */
  embed: boolean;
}

export const DEFAULT_ELECTION = '2022-presidential';

const isLang = (v: string | null): v is Lang => v !== null && (LANGS as readonly string[]).includes(v);

export function readState(search: string, browserLangs: readonly string[]): ViewState {
  const q = new URLSearchParams(search);
  const preferred = browserLangs.map((l) => l.slice(0, 2)).find(isLang);
  const lang = q.get('lang');
  return {
    election: q.get('election') ?? DEFAULT_ELECTION,
    metric: q.get('metric') ?? 'turnout',
    lang: isLang(lang) ? lang : (preferred ?? 'en'),
    region: q.get('region'),
    view: q.get('view') === 'tables' ? 'tables' : 'charts',
    embed: q.get('embed') === '1',
  };
}

/** The query string of a state; defaults are left out so links stay short. */
export function writeState(s: ViewState): string {
  const q = new URLSearchParams({ election: s.election, metric: s.metric, lang: s.lang });
  if (s.region) q.set('region', s.region);
  if (s.view === 'tables') q.set('view', 'tables');
  if (s.embed) q.set('embed', '1');
  return `?${q.toString()}`;
}
