/**
 * Plot writes a `<style>` element into each chart it makes. The page's policy (style-src 'self') forbids inline
 * style sheets, so they are taken out before the chart is attached; the same rules live in the page's own
 * stylesheet (the `.plot` rules of dashboard.css). Removed while detached, they are never evaluated.
 */
export function withoutInlineStyles<T extends Element>(node: T): T {
  for (const style of node.querySelectorAll('style')) style.remove();
  return node;
}
