import { h } from './dom.js';

export type Cell = HTMLElement | string;

/**
 * An accessible table: a caption, column headers, the first cell of each row a row header, and a link to the
 * same figures as CSV from the API.
 */
export function dataTable(caption: string, headers: string[], rows: Cell[][], csv?: { href: string; label: string }) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, caption, csv ? ' ' : null, csv ? h('a', { href: csv.href, class: 'csv' }, csv.label) : null),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((cells) =>
          h(
            'tr',
            {},
            cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))),
          ),
        ),
      ),
    ),
  );
}
