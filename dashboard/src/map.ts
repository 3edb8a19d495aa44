import * as Plot from '@observablehq/plot';
import type { ElectionMap, MapFeature } from './api.js';
import { h } from './dom.js';
import { formatNumber } from './figures.js';
import { t, type Lang } from './i18n.js';
import { tidyPlot } from './plot-node.js';
import { metricFigure } from './metrics.js';
import { forSphere } from './winding.js';

// Kazakhstan spans 46-87 °E and 40-56 °N: an equal-area conic centred on it keeps region areas comparable.
// Precision 1 px: the boundaries are simplified to about 1 km already, finer resampling only costs time.
const PROJECTION = { type: 'conic-equal-area', parallels: [43, 53], rotate: [-67, 0], precision: 1 } as const;

/**
 * The choropleth: one path per region that existed on the vote's day, coloured by the metric, and hatched grey
 * ("no source") where no source gives the figure. Paths carry `data-region-id` and are buttons: click, Enter or
 * Space opens the region's panel.
 */
export function renderMap(
  map: ElectionMap,
  metric: string,
  lang: Lang,
  selected: string | null,
  onSelect: (regionId: string) => void,
  width: number,
): HTMLElement {
  const valueOf = (f: MapFeature) => metricFigure(f, metric)?.value ?? null;
  const features = map.features.map(forSphere);
  const sourced = features.filter((f) => valueOf(f) !== null);
  const unsourced = features.filter((f) => valueOf(f) === null);
  const label = (f: MapFeature) => {
    const v = valueOf(f);
    return `${f.properties.name}: ${v === null ? t(lang, 'noSource') : formatNumber(v, lang, true)}`;
  };
  const chart = Plot.plot({
    className: 'plot',
    width,
    projection: { ...PROJECTION, domain: { type: 'FeatureCollection', features } as never },
    color: { type: 'linear', scheme: 'blues', label: '%' },
    marks: [
      Plot.geo(unsourced, { className: 'regions-unsourced', fill: 'url(#no-source)', stroke: '#555', title: label }),
      Plot.geo(sourced, {
        className: 'regions-sourced',
        fill: (f: MapFeature) => valueOf(f),
        stroke: '#fff',
        title: label,
      }),
    ],
  });
  tidyPlot(chart);
  chart.setAttribute('role', 'group');
  chart.setAttribute('aria-label', t(lang, 'map'));
  // A mark with no data draws no group, so each group is found by its own class.
  const marks = [
    ['regions-unsourced', unsourced],
    ['regions-sourced', sourced],
  ] as const;
  marks.forEach(([className, features]) => {
    for (const path of chart.querySelectorAll<SVGPathElement>(`g.${className} path`)) {
      // d3 binds each path to its index in the mark's data.
      const f = features[(path as unknown as { __data__: number }).__data__];
      if (!f) continue;
      path.setAttribute('data-region-id', f.id);
      path.setAttribute('data-sourced', String(valueOf(f) !== null));
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', label(f));
      path.setAttribute('aria-pressed', String(f.id === selected));
      path.addEventListener('click', () => onSelect(f.id));
      path.addEventListener('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(f.id);
        }
      });
    }
  });
  const legend = sourced.length > 0 ? tidyPlot(chart.legend('color', { width: 260 }) ?? h('span')) : null;
  const shapes = chart.querySelectorAll('path[data-region-id]').length;
  return h(
    'figure',
    { class: 'map', 'data-shapes': shapes },
    chart,
    h(
      'figcaption',
      {},
      h(
        'div',
        { class: 'legend' },
        legend,
        h(
          'span',
          { class: 'no-source' },
          h('span', { class: 'swatch-no-source', 'aria-hidden': 'true' }),
          t(lang, 'noSource'),
        ),
      ),
      // The API's attribution text, as the boundaries' licence asks, word for word.
      h('small', { class: 'attribution' }, map.attribution),
    ),
  );
}
