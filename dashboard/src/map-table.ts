import { apiUrl, type ElectionMap } from './api.js';
import { h } from './dom.js';
import { figureCell, type Footnotes } from './figures.js';
import { t, type Lang } from './i18n.js';
import { metricFigure } from './metrics.js';
import { dataTable } from './table.js';

/** The map as a table: one row per region of the day, each name a button that opens the region's panel. */
export function mapTable(
  map: ElectionMap,
  metric: string,
  metricLabel: string,
  notes: Footnotes,
  lang: Lang,
  onSelect: (regionId: string) => void,
): HTMLElement {
  const features = [...map.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, lang));
  const headers = [t(lang, 'region'), t(lang, 'turnout'), t(lang, 'registered'), t(lang, 'participated')];
  if (metric !== 'turnout') headers.push(metricLabel);
  return dataTable(
    `${t(lang, 'map')}: ${metricLabel}`,
    headers,
    features.map((f) => {
      const cells = [
        h(
          'button',
          { type: 'button', class: 'link', 'data-region-id': f.id, onclick: () => onSelect(f.id) },
          f.properties.name,
        ),
        figureCell(f.properties.turnout?.turnout_pct, notes, lang, true),
        figureCell(f.properties.turnout?.registered_voters, notes, lang),
        figureCell(f.properties.turnout?.voters_participated, notes, lang),
      ];
      const share = metricFigure(f, metric);
      if (metric !== 'turnout')
        cells.push(share ? figureCell(share, notes, lang, true) : h('span', { class: 'missing' }, t(lang, 'noSource')));
      return cells;
    }),
    { href: apiUrl(`/v1/elections/${map.election_id}/turnout`, lang, { format: 'csv' }), label: t(lang, 'csv') },
  );
}
