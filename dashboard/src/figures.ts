import type { NumberFigure } from '../../src/schemas/common.js';
import type { Sources } from './api.js';
import { h } from './dom.js';
import { t, type Lang } from './i18n.js';

type Source = Sources[number];

/** Numbers in the reader's language; shares as the sources give them (up to two decimals). */
export function formatNumber(value: number, lang: Lang, percent = false): string {
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: percent ? 2 : 0 }).format(value);
  return percent ? `${text} %` : text;
}

/**
 * The footnotes of the page: every figure shown cites its sources by number, and the sources list at the foot
 * of the page gives each one's title, publisher and link. Numbers are given in order of first citation.
 */
export class Footnotes {
  private readonly order = new Map<string, number>();
  private sources = new Map<string, Source>();
  constructor(private readonly lang: Lang) {}

  private label(id: string): string {
    const s = this.sources.get(id);
    return s ? `${s.title} (${s.publisher})` : id;
  }

  /** The sources' titles, once read: every citation already on the page gets its tooltip. */
  attach(sources: readonly Source[]) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
    for (const a of document.querySelectorAll<HTMLAnchorElement>('sup.cite a[data-source-id]')) {
      const id = a.dataset.sourceId ?? '';
      a.title = this.label(id);
      a.setAttribute('aria-label', `${t(this.lang, 'sources')} ${a.textContent}: ${this.label(id)}`);
    }
  }

  /** Superscript links to the sources of a figure, each with its title as a tooltip. */
  cite(sourceIds: readonly string[]): HTMLElement | null {
    if (sourceIds.length === 0) return null;
    const links = sourceIds.map((id) => {
      let n = this.order.get(id);
      if (n === undefined) {
        n = this.order.size + 1;
        this.order.set(id, n);
      }
      return h(
        'a',
        {
          href: `#src-${id}`,
          'data-source-id': id,
          title: this.label(id),
          'aria-label': `${t(this.lang, 'sources')} ${n}: ${this.label(id)}`,
        },
        `${n}`,
      );
    });
    return h('sup', { class: 'cite' }, ...links.flatMap((a, i) => (i === 0 ? [a] : [',', a])));
  }

  /** The numbered list of every source cited so far. */
  list(): HTMLElement {
    const items = [...this.order.entries()].map(([id, n]) => {
      const s = this.sources.get(id);
      // A source without a public address (a printed article, say) is named, not linked; the API entry always is.
      const title = !s
        ? h('span', {}, id)
        : s.url
          ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.title)
          : h('span', {}, s.title);
      return h(
        'li',
        { id: `src-${id}`, value: n },
        title,
        s ? ` — ${s.publisher}${s.published_on ? `, ${s.published_on}` : ''} ` : ' ',
        h('a', { href: `/v1/sources/${encodeURIComponent(id)}`, class: 'api-link' }, 'API'),
      );
    });
    return h('ol', { class: 'sources' }, items);
  }
}

/** A status word for a figure: final, preliminary, or unknown. */
export function statusLabel(status: string | null, lang: Lang): string {
  return status === 'final' || status === 'preliminary' ? t(lang, status) : t(lang, 'unknown');
}

/**
 * A figure as a table cell's content: the value (raw in `data-value` for tests and scripts), its status when not
 * final, and its sources; a null is "no source" with the API's reason as a tooltip, never a zero.
 */
export function figureCell(
  f: NumberFigure | null | undefined,
  notes: Footnotes,
  lang: Lang,
  percent = false,
): HTMLElement {
  if (!f || f.value === null) {
    return h(
      'span',
      { class: 'missing', 'data-value': '', title: f?.missing_reason ?? t(lang, 'noSourceLong') },
      // A figure that cannot exist (seats of a presidential vote) is not one nobody found.
      t(lang, f?.missing_kind === 'not-applicable' ? 'notApplicable' : 'noSource'),
    );
  }
  return h(
    'span',
    { class: 'figure', 'data-value': f.value, 'data-status': f.status ?? 'unknown' },
    formatNumber(f.value, lang, percent),
    f.status === 'final'
      ? null
      : h('span', { class: `status status-${f.status ?? 'unknown'}` }, statusLabel(f.status, lang)),
    notes.cite(f.source_ids),
  );
}
