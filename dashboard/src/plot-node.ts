/**
 * Readies a chart made by Observable Plot for this page, before it is attached:
 * - Plot writes a `<style>` element into each chart; the page's policy (style-src 'self') forbids inline style
 *   sheets, so they are taken out (removed while detached, they are never evaluated) and the same rules live in
 *   the page's own stylesheet (the `.plot` rules of dashboard.css);
 * - Plot labels its mark groups (`aria-label="bar"`), which ARIA does not allow on an element without a role; the
 *   chart's own label (and its table view) say what it shows.
 */
export function tidyPlot<T extends Element>(node: T): T {
  for (const style of node.querySelectorAll('style')) style.remove();
  for (const g of node.querySelectorAll('g[aria-label]:not([role])')) g.removeAttribute('aria-label');
  return node;
}
